/** The store's rules the Discord layer relies on: suggestions, refusals, sources, votes, questions. */
import path from 'node:path';
import { ValidationError } from '../../src/core/knowledge/validate';
import { openRuntime, type Runtime } from '../../src/store/runtime';
import { MODERATOR, MOORE_THREADS, tempFolder } from './helpers';

const USER = { id: 'discord:2002', name: 'yusuf' };
const folder = tempFolder();
let runtime: Runtime;

beforeAll(() => {
  runtime = openRuntime({ dbPath: path.join(folder, 'isnad.db') });
});
afterAll(() => runtime.close());

function refusal(action: () => unknown): ValidationError {
  try {
    action();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('suggestions', () => {
  test('an English-only suggestion needs the Arabic at approval, then answers at once', () => {
    const { store, engine } = runtime;
    const suggestion = store.addSuggestion({ en: MOORE_THREADS.en, paragraph: 4 }, USER);
    expect(store.listSuggestions('pending').map((item) => item.id)).toContain(suggestion.id);

    const missingArabic = refusal(() => store.approveSuggestion(suggestion.id, MODERATOR));
    expect(missingArabic.problems.map((problem) => problem.field)).toEqual(['ar']);
    expect(store.listSuggestions('pending').map((item) => item.id)).toContain(suggestion.id);

    const fact = store.approveSuggestion(suggestion.id, MODERATOR, { ar: MOORE_THREADS.ar });
    expect(engine.ask('What does Moore Threads build?').facts[0].fact.id).toBe(fact.id);
    const [approved] = store.listSuggestions('approved');
    expect(approved).toMatchObject({ id: suggestion.id, factId: fact.id, reviewedBy: MODERATOR });
    expect(store.history(fact.id)[0].reason).toBe(`suggestion #${suggestion.id} by yusuf`);
  });

  test('a rejected suggestion leaves the queue with its reason, and cannot be approved later', () => {
    const { store } = runtime;
    const suggestion = store.addSuggestion({ ar: 'ديب سيك اشترت إنفيديا.', paragraph: 3 }, USER);
    store.rejectSuggestion(suggestion.id, MODERATOR, 'the report says no such thing');
    expect(store.listSuggestions('pending').map((item) => item.id)).not.toContain(suggestion.id);
    expect(store.listSuggestions('rejected')[0]).toMatchObject({ id: suggestion.id, reviewReason: 'the report says no such thing' });
    expect(() => store.approveSuggestion(suggestion.id, MODERATOR)).toThrow(/already rejected/);
  });

  test('an empty suggestion is refused', () => {
    expect(refusal(() => runtime.store.addSuggestion({ en: '  ', ar: null }, USER)).problems[0].field).toBe('en');
  });
});

describe('facts', () => {
  test('an invalid edit is refused with every bad field named, and changes nothing', () => {
    const { store } = runtime;
    const [fact] = store.listFacts();
    const problems = refusal(() => store.editFact(fact.id, { ar: 'English here', paragraph: 42 }, MODERATOR)).problems;
    expect(problems.map((problem) => problem.field).sort()).toEqual(['ar', 'paragraph']);
    expect(store.getFact(fact.id)).toEqual(fact);
    expect(store.history(fact.id)).toHaveLength(1);
  });

  test('facts citing the same url share one source; the title is needed only the first time', () => {
    const { store, engine } = runtime;
    const url = 'https://example.com/moore-threads-funding';
    const first = store.addFact(
      { en: 'Moore Threads raised new funding this year.', ar: 'جمعت مور ثريدز تمويلًا جديدًا هذا العام.', url, title: 'Funding news', titleAr: 'أخبار التمويل' },
      MODERATOR,
    );
    const second = store.addFact({ en: 'Moore Threads plans a stock listing.', ar: 'تخطط مور ثريدز لطرح أسهمها.', url }, MODERATOR);
    expect(second.sourceId).toBe(first.sourceId);
    expect(store.getSource(first.sourceId)).toMatchObject({ url, title: { en: 'Funding news', ar: 'أخبار التمويل' } });
    const answer = engine.ask('Is Moore Threads planning a stock listing?');
    expect(answer.facts[0].citation).toMatchObject({ source: 'Funding news', url, paragraph: null });
  });

  test('reverting the revision that created a fact removes it', () => {
    const { store } = runtime;
    const fact = store.addFact({ en: 'A fact added by mistake about Moore Threads.', ar: 'حقيقة أضيفت خطأً عن مور ثريدز.', paragraph: 4 }, MODERATOR);
    const [creation] = store.history(fact.id);
    expect(store.revert(fact.id, creation.id, MODERATOR).status).toBe('removed');
    expect(runtime.engine.fact(fact.id)).toBeUndefined();
  });
});

describe('what users tell the bot', () => {
  test('one vote per user per fact, the latest counting', () => {
    const { store } = runtime;
    const [fact] = store.listFacts();
    store.recordFeedback(fact.id, 'user-a', true);
    store.recordFeedback(fact.id, 'user-b', true);
    store.recordFeedback(fact.id, 'user-a', false);
    expect(store.feedbackFor(fact.id)).toEqual({ helpful: 1, notHelpful: 1 });
  });

  test('unanswered questions are counted under their normalised wording, most asked first', () => {
    const { store } = runtime;
    store.recordUnanswered('Who is the CEO of DeepSeek?', 'en');
    store.recordUnanswered('who is the ceo of deepseek', 'en');
    store.recordUnanswered('ما هي أرباح إنفيديا؟', 'ar');
    store.recordUnanswered('ما هى أرباح انفيديا', 'ar');
    store.recordUnanswered('ما هي أرباح إنفيديا', 'ar');
    const [top, second] = store.topUnanswered(2);
    expect(top).toMatchObject({ count: 3, example: 'ما هي أرباح إنفيديا؟', language: 'ar' });
    expect(second).toMatchObject({ count: 2, example: 'Who is the CEO of DeepSeek?', language: 'en' });
  });
});
