/** The store's rules the Discord layer relies on: suggestions, refusals, sources, votes, questions, cooldowns. */
import { ValidationError } from '../../src/core/knowledge/problems';
import { openRuntime, type Runtime } from '../../src/store/runtime';
import { Store } from '../../src/store/store';
import { eachBackend, freshDatabase } from './backends';
import { manualClock, MODERATOR, MOORE_THREADS, MOORE_THREADS_QUESTION } from './helpers';

const USER = { id: 'discord:2002', name: 'yusuf' };

async function refusal(action: () => Promise<unknown>): Promise<ValidationError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

eachBackend('the store', (backend) => {
  const database = freshDatabase(backend);
  let runtime: Runtime;

  beforeEach(async () => {
    runtime = await openRuntime(database.current.location);
  });
  afterEach(() => runtime.close());

  describe('suggestions', () => {
    test('an English-only suggestion needs the Arabic at approval, then answers at once', async () => {
      const { store, engine } = runtime;
      const suggestion = await store.addSuggestion({ en: MOORE_THREADS.en, paragraph: 4 }, USER);
      expect((await store.listSuggestions('pending')).map((item) => item.id)).toContain(suggestion.id);

      const missingArabic = await refusal(() => store.approveSuggestion(suggestion.id, MODERATOR));
      expect(missingArabic.problems.map((problem) => problem.field)).toEqual(['ar']);
      expect((await store.listSuggestions('pending')).map((item) => item.id)).toContain(suggestion.id);

      const fact = await store.approveSuggestion(suggestion.id, MODERATOR, { ar: MOORE_THREADS.ar });
      expect(engine.ask(MOORE_THREADS_QUESTION).facts[0].fact.id).toBe(fact.id);
      const [approved] = await store.listSuggestions('approved');
      expect(approved).toMatchObject({ id: suggestion.id, factId: fact.id, reviewedBy: MODERATOR });
      expect((await store.history(fact.id))[0].reason).toBe(`suggestion #${suggestion.id} by yusuf`);
    });

    test('a rejected suggestion leaves the queue with its reason, and cannot be approved later', async () => {
      const { store } = runtime;
      const suggestion = await store.addSuggestion({ ar: 'ديب سيك اشترت إنفيديا.', paragraph: 3 }, USER);
      await store.rejectSuggestion(suggestion.id, MODERATOR, 'the report says no such thing');
      expect((await store.listSuggestions('pending')).map((item) => item.id)).not.toContain(suggestion.id);
      expect((await store.listSuggestions('rejected'))[0]).toMatchObject({ id: suggestion.id, reviewReason: 'the report says no such thing' });
      await expect(store.approveSuggestion(suggestion.id, MODERATOR)).rejects.toThrow(/already rejected/);
    });

    test('an empty suggestion is refused', async () => {
      expect((await refusal(() => runtime.store.addSuggestion({ en: '  ', ar: null }, USER))).problems[0].field).toBe('en');
    });
  });

  describe('facts', () => {
    test('an invalid edit is refused with every bad field named, and changes nothing', async () => {
      const { store } = runtime;
      const [fact] = await store.listFacts();
      const problems = (await refusal(() => store.editFact(fact.id, { ar: 'English here', paragraph: 42 }, MODERATOR))).problems;
      expect(problems.map((problem) => problem.field).sort()).toEqual(['ar', 'paragraph']);
      expect(await store.getFact(fact.id)).toEqual(fact);
      expect(await store.history(fact.id)).toHaveLength(1);
    });

    test('facts citing the same url share one source; the title is needed only the first time', async () => {
      const { store, engine } = runtime;
      const url = 'https://example.com/moore-threads-funding';
      const first = await store.addFact(
        {
          en: 'Moore Threads raised new funding this year.',
          ar: 'جمعت مور ثريدز تمويلًا جديدًا هذا العام.',
          url,
          title: 'Funding news',
          titleAr: 'أخبار التمويل',
        },
        MODERATOR,
      );
      const second = await store.addFact({ en: 'Moore Threads plans a stock listing.', ar: 'تخطط مور ثريدز لطرح أسهمها.', url }, MODERATOR);
      expect(second.sourceId).toBe(first.sourceId);
      expect(await store.getSource(first.sourceId)).toMatchObject({ url, title: { en: 'Funding news', ar: 'أخبار التمويل' } });
      const answer = engine.ask('Is Moore Threads planning a stock listing?');
      expect(answer.facts[0].citation).toMatchObject({ source: 'Funding news', url, paragraph: null });
    });

    test('reverting the revision that created a fact removes it', async () => {
      const { store } = runtime;
      const fact = await store.addFact({ en: 'A fact added by mistake about Moore Threads.', ar: 'حقيقة أضيفت خطأً عن مور ثريدز.', paragraph: 4 }, MODERATOR);
      const [creation] = await store.history(fact.id);
      expect((await store.revert(fact.id, creation.id, MODERATOR)).status).toBe('removed');
      expect(runtime.engine.fact(fact.id)).toBeUndefined();
    });
  });

  describe('what users tell the bot', () => {
    test('one vote per user per fact, the latest counting', async () => {
      const { store } = runtime;
      const [fact] = await store.listFacts();
      await store.recordFeedback(fact.id, 'user-a', true);
      await store.recordFeedback(fact.id, 'user-b', true);
      await store.recordFeedback(fact.id, 'user-a', false);
      expect(await store.feedbackFor(fact.id)).toEqual({ helpful: 1, notHelpful: 1 });
    });

    test('unanswered questions are counted under their normalised wording, most asked first', async () => {
      const { store } = runtime;
      await store.recordUnanswered('Who is the CEO of DeepSeek?', 'en');
      await store.recordUnanswered('who is the ceo of deepseek', 'en');
      await store.recordUnanswered('ما هي أرباح إنفيديا؟', 'ar');
      await store.recordUnanswered('ما هى أرباح انفيديا', 'ar');
      await store.recordUnanswered('ما هي أرباح إنفيديا', 'ar');
      const [top, second] = await store.topUnanswered(2);
      expect(top).toMatchObject({ count: 3, example: 'ما هي أرباح إنفيديا؟', language: 'ar' });
      expect(second).toMatchObject({ count: 2, example: 'Who is the CEO of DeepSeek?', language: 'en' });
    });
  });

  describe('cooldowns', () => {
    test('a user waits out the window, is told once, then may ask again', async () => {
      const clock = manualClock();
      const store = await Store.open(database.current.location, { clock });
      try {
        expect(await store.takeCooldown('user-a', 10)).toEqual({ wait: 0, firstRefusal: false });
        expect(await store.takeCooldown('user-a', 10)).toEqual({ wait: 10, firstRefusal: true });
        clock.advance(9_500);
        expect(await store.takeCooldown('user-a', 10)).toEqual({ wait: 1, firstRefusal: false });
        expect(await store.takeCooldown('user-b', 10)).toEqual({ wait: 0, firstRefusal: false });
        clock.advance(500);
        expect(await store.takeCooldown('user-a', 10)).toEqual({ wait: 0, firstRefusal: false });
        expect(await store.takeCooldown('user-a', 10)).toEqual({ wait: 10, firstRefusal: true });
      } finally {
        await store.close();
      }
    });

    test('the seconds left are counted up, and 0 seconds turns the cooldown off', async () => {
      const { store } = runtime;
      await store.takeCooldown('user-a', 30);
      expect(await store.takeCooldown('user-a', 30)).toEqual({ wait: 30, firstRefusal: true });
      expect(await store.takeCooldown('user-c', 0)).toEqual({ wait: 0, firstRefusal: false });
      expect(await store.takeCooldown('user-c', 0)).toEqual({ wait: 0, firstRefusal: false });
    });

    test("two stores on one database share a user's cooldown, however the asks interleave", async () => {
      const other = await Store.open(database.current.location);
      try {
        const turns = await Promise.all([runtime.store, other, runtime.store, other].map((store) => store.takeCooldown('user-a', 30)));
        expect(turns.filter((turn) => turn.wait === 0)).toHaveLength(1);
        expect(turns.filter((turn) => turn.firstRefusal)).toHaveLength(1);
        expect(await other.takeCooldown('user-b', 30)).toEqual({ wait: 0, firstRefusal: false });
        expect((await runtime.store.takeCooldown('user-b', 30)).wait).toBeGreaterThan(0);
      } finally {
        await other.close();
      }
    });
  });
});
