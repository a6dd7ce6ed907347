/** A moderator's change reaches the answers at once, and survives a restart. */
import { openRuntime, type Runtime } from '../../src/store/runtime';
import { eachBackend, freshDatabase } from './backends';
import { MODERATOR, MOORE_THREADS, MOORE_THREADS_EDITED as EDITED, MOORE_THREADS_QUESTION as QUESTION } from './helpers';

function answerTo(runtime: Runtime, question: string) {
  return runtime.engine.ask(question);
}

eachBackend('the engine from openRuntime follows the store', (backend) => {
  const database = freshDatabase(backend, 'all');
  let runtime: Runtime;
  let id: string;

  beforeAll(async () => {
    runtime = await openRuntime(database.current.location);
  });
  afterAll(() => runtime.close());

  test('a new fact is the answer at once, in both languages', async () => {
    id = (await runtime.store.addFact(MOORE_THREADS, MODERATOR, 'new chip maker')).id;
    const english = answerTo(runtime, QUESTION);
    expect(english.answered).toBe(true);
    expect(english.facts[0].fact.id).toBe(id);
    expect(english.text).toContain('Beijing');
    const arabic = answerTo(runtime, 'ماذا تبني مور ثريدز؟');
    expect(arabic.answered).toBe(true);
    expect(arabic.text).toContain('بكين');
  });

  test('an edit changes the answer', async () => {
    await runtime.store.editFact(id, EDITED, MODERATOR, 'wrong model');
    const answer = answerTo(runtime, QUESTION);
    expect(answer.facts[0].fact.id).toBe(id);
    expect(answer.text).toContain('Shanghai');
    expect(answer.text).not.toContain('Beijing');
  });

  test('a removal stops the fact being given', async () => {
    await runtime.store.removeFact(id, MODERATOR, 'unsourced');
    const answer = answerTo(runtime, QUESTION);
    expect(answer.answered).toBe(false);
    expect(answer.facts.map((item) => item.fact.id)).not.toContain(id);
  });

  test('reverting the removal and then the edit brings back the original text', async () => {
    const [, edit, removal] = await runtime.store.history(id);
    expect((await runtime.store.revert(id, removal.id, MODERATOR)).status).toBe('active');
    expect(answerTo(runtime, QUESTION).text).toContain('Shanghai');
    expect((await runtime.store.revert(id, edit.id, MODERATOR)).en).toBe(MOORE_THREADS.en);
    const answer = answerTo(runtime, QUESTION);
    expect(answer.facts[0].fact.id).toBe(id);
    expect(answer.text).toContain('Beijing');
  });

  test('a restart keeps the fact, its text and its whole history', async () => {
    await runtime.close();
    runtime = await openRuntime(database.current.location);
    const answer = answerTo(runtime, QUESTION);
    expect(answer.answered).toBe(true);
    expect(answer.facts[0].fact.id).toBe(id);
    expect(answer.text).toContain('Beijing');
    expect((await runtime.store.history(id)).map((revision) => revision.action)).toEqual(['add', 'edit', 'remove', 'revert', 'revert']);
  });
});
