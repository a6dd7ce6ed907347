/** The moderators' loop in the store: gaps grouped, answered with a fact or dismissed; votes with their questions; the stats. */
import { gapQuestion } from '../../src/store/gaps';
import { Store } from '../../src/store/store';
import { openRuntime, type Runtime } from '../../src/store/runtime';
import { eachBackend, freshDatabase } from './backends';
import { MODERATOR } from './helpers';

const CEO_QUESTIONS = ["Who is DeepSeek's CEO?", 'who is the ceo of deepseek', 'WHO IS DEEPSEEKS CEO'];
const DAY = 24 * 60 * 60 * 1000;

eachBackend('the moderators loop', (backend) => {
  const database = freshDatabase(backend);

  describe('gaps', () => {
    let runtime: Runtime;
    beforeEach(async () => {
      runtime = await openRuntime(database.current.location);
    });
    afterEach(() => runtime.close());

    test('near-duplicate questions are one gap; answering it adds an alias as a revision, answers the question and closes the gap', async () => {
      const { store, engine } = runtime;
      for (const question of CEO_QUESTIONS) await store.recordUnanswered(question, 'en');
      await store.recordUnanswered('What is the price of an H20?', 'en');
      const gaps = await store.gaps(engine.analyzer);
      // Equally asked wordings: the latest leads.
      expect(gaps.map((gap) => [gap.count, gap.questions.map((question) => question.example)])).toEqual([
        [3, [...CEO_QUESTIONS].reverse()],
        [1, ['What is the price of an H20?']],
      ]);
      expect(engine.ask("Who is DeepSeek's CEO?").answered).toBe(false);

      const [target] = await store.listFacts();
      const fact = await store.answerGap(target.id, gapQuestion(gaps[0]), gaps[0], MODERATOR);
      expect(fact.aliases).toContain('WHO IS DEEPSEEKS CEO');
      const last = (await store.history(target.id)).at(-1);
      expect(last).toMatchObject({ action: 'edit', actor: MODERATOR, reason: 'answers an unanswered question, asked 3 times' });
      for (const question of CEO_QUESTIONS) expect(engine.ask(question).facts[0]?.fact.id).toBe(target.id);

      expect((await store.gaps(engine.analyzer)).map((gap) => gap.count)).toEqual([1]);
      const closed = await store.closedUnanswered();
      expect(closed.map((question) => question.closed?.how)).toEqual(['answered', 'answered', 'answered']);
      expect(closed[0].closed).toMatchObject({ by: MODERATOR, factId: target.id });

      // Still unanswered after all (here: recorded so), an answered wording is open again.
      await store.recordUnanswered('who is the ceo of deepseek', 'en');
      expect((await store.gaps(engine.analyzer)).map((gap) => gap.questions[0].example)).toContain('who is the ceo of deepseek');
    });

    test('a gap can be answered with the seed fact that has the most aliases: the seed leaves room for one more', async () => {
      const { store, engine } = runtime;
      await store.recordUnanswered('who is the ceo of deepseek', 'en');
      const [gap] = await store.gaps(engine.analyzer);
      const fullest = (await store.listFacts()).reduce((most, fact) => (fact.aliases.length > most.aliases.length ? fact : most));
      const fact = await store.answerGap(fullest.id, gapQuestion(gap), gap, MODERATOR);
      expect(fact.aliases).toEqual([...fullest.aliases, 'who is the ceo of deepseek']);
    });

    test('a dismissed gap leaves the list, stays in the record, and stays dismissed when asked again', async () => {
      const { store, engine } = runtime;
      for (const question of CEO_QUESTIONS) await store.recordUnanswered(question, 'en');
      const [gap] = await store.gaps(engine.analyzer);
      await store.dismissGap(gap, MODERATOR);
      expect(await store.gaps(engine.analyzer)).toEqual([]);
      await store.recordUnanswered("Who is DeepSeek's CEO?", 'en');
      expect(await store.gaps(engine.analyzer)).toEqual([]);
      const closed = await store.closedUnanswered();
      expect(closed.map((question) => [question.closed?.how, question.count]).sort()).toEqual([
        ['dismissed', 1],
        ['dismissed', 1],
        ['dismissed', 2],
      ]);
    });

    test('a not-helpful vote keeps its question; facts sort by not-helpful votes; votes are read for a page at once', async () => {
      const { store } = runtime;
      const [first, second, third] = await store.listFacts();
      await store.recordFeedback(second.id, 'user-a', false, 'is R2 trained on Huawei chips?');
      await store.recordFeedback(second.id, 'user-b', false, 'ما الشرائح لتدريب R2؟');
      await store.recordFeedback(second.id, 'user-c', true, 'what trains R2');
      await store.recordFeedback(third.id, 'user-a', false, 'why Huawei');
      expect((await store.notHelpfulVotes(second.id)).map((vote) => vote.question).sort()).toEqual(['is R2 trained on Huawei chips?', 'ما الشرائح لتدريب R2؟']);
      const sorted = await store.listFacts({ order: 'not-helpful', limit: 3 });
      expect(sorted.map((fact) => fact.id)).toEqual([second.id, third.id, first.id]);
      const tallies = await store.feedbackByFact([first.id, second.id, third.id]);
      expect(tallies.get(second.id)).toEqual({ helpful: 1, notHelpful: 2 });
      expect(tallies.has(first.id)).toBe(false);
    });
  });

  test("the stats count each day's answered and unanswered questions, the most-asked facts and the votes of the period", async () => {
    let now = Date.parse('2026-11-30T12:00:00.000Z');
    const store = await Store.open(database.current.location, { clock: { now: () => now } });
    try {
      const [a, b] = await store.listFacts();
      now -= 40 * DAY; // outside the 30 days
      await store.recordAnswer(a.id);
      await store.recordFeedback(a.id, 'old-voter', false, 'long ago');
      now += 38 * DAY; // 2026-11-28
      await store.recordAnswer(a.id);
      await store.recordAnswer(b.id);
      await store.recordAnswer(null);
      now += 2 * DAY; // 2026-11-30
      await store.recordAnswer(b.id);
      await store.recordAnswer(b.id);
      await store.recordFeedback(b.id, 'user-a', false, 'why?');
      await store.recordFeedback(b.id, 'user-b', true, 'why?');
      const stats = await store.usageStats(30);
      expect(stats.days).toHaveLength(30);
      expect(stats.days[0].day).toBe('2026-11-01');
      expect(stats.days.filter((day) => day.answered + day.abstained > 0)).toEqual([
        { day: '2026-11-28', answered: 2, abstained: 1 },
        { day: '2026-11-30', answered: 2, abstained: 0 },
      ]);
      expect(stats.topFacts.map((fact) => [fact.id, fact.count])).toEqual([
        [b.id, 3],
        [a.id, 1],
      ]);
      expect(stats.topFacts[0]).toMatchObject({ en: b.en, ar: b.ar });
      expect(stats.feedback).toEqual({ helpful: 1, notHelpful: 1 });
    } finally {
      await store.close();
    }
  });
});
