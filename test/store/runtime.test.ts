/** A moderator's change reaches the answers at once, and survives a restart. */
import path from 'node:path';
import { openRuntime, type Runtime } from '../../src/store/runtime';
import { MODERATOR, MOORE_THREADS, tempFolder } from './helpers';

const QUESTION = 'What does Moore Threads build?';
const EDITED = {
  en: 'Moore Threads builds the MTT S5000 accelerator in Shanghai.',
  ar: 'تبني مور ثريدز مسرّع MTT S5000 في شنغهاي.',
};

function answerTo(runtime: Runtime, question: string) {
  return runtime.engine.ask(question);
}

describe('the engine from openRuntime follows the store', () => {
  const dbPath = path.join(tempFolder(), 'nested', 'isnad.db');
  let runtime: Runtime;
  let id: string;

  beforeAll(() => {
    runtime = openRuntime({ dbPath });
  });
  afterAll(() => runtime.close());

  test('a new fact is the answer at once, in both languages', () => {
    id = runtime.store.addFact(MOORE_THREADS, MODERATOR, 'new chip maker').id;
    const english = answerTo(runtime, QUESTION);
    expect(english.answered).toBe(true);
    expect(english.facts[0].fact.id).toBe(id);
    expect(english.text).toContain('Beijing');
    const arabic = answerTo(runtime, 'ماذا تبني مور ثريدز؟');
    expect(arabic.answered).toBe(true);
    expect(arabic.text).toContain('بكين');
  });

  test('an edit changes the answer', () => {
    runtime.store.editFact(id, EDITED, MODERATOR, 'wrong model');
    const answer = answerTo(runtime, QUESTION);
    expect(answer.facts[0].fact.id).toBe(id);
    expect(answer.text).toContain('Shanghai');
    expect(answer.text).not.toContain('Beijing');
  });

  test('a removal stops the fact being given', () => {
    runtime.store.removeFact(id, MODERATOR, 'unsourced');
    const answer = answerTo(runtime, QUESTION);
    expect(answer.answered).toBe(false);
    expect(answer.facts.map((item) => item.fact.id)).not.toContain(id);
  });

  test('reverting the removal and then the edit brings back the original text', () => {
    const [, edit, removal] = runtime.store.history(id);
    expect(runtime.store.revert(id, removal.id, MODERATOR).status).toBe('active');
    expect(answerTo(runtime, QUESTION).text).toContain('Shanghai');
    expect(runtime.store.revert(id, edit.id, MODERATOR).en).toBe(MOORE_THREADS.en);
    const answer = answerTo(runtime, QUESTION);
    expect(answer.facts[0].fact.id).toBe(id);
    expect(answer.text).toContain('Beijing');
  });

  test('a restart keeps the fact, its text and its whole history', () => {
    runtime.close();
    runtime = openRuntime({ dbPath });
    const answer = answerTo(runtime, QUESTION);
    expect(answer.answered).toBe(true);
    expect(answer.facts[0].fact.id).toBe(id);
    expect(answer.text).toContain('Beijing');
    expect(runtime.store.history(id).map((revision) => revision.action)).toEqual(['add', 'edit', 'remove', 'revert', 'revert']);
  });

  test('opening an existing database is quick enough for every `ask`', () => {
    runtime.close();
    const started = performance.now();
    runtime = openRuntime({ dbPath });
    expect(performance.now() - started).toBeLessThan(300);
  });
});
