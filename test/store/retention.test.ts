/**
 * Retention: the store keeps users' records within documented bounds on both backends — distinct
 * open unanswered questions, one-off questions after a period, votes, reviewed suggestions, the
 * per-day answer counts, ended cooldowns — enforced as records are written, on a clock the test
 * moves. Moderators' work (closed questions, pending suggestions) is never pruned.
 */
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { DEFAULT_RETENTION, retentionFromEnv, type RetentionPolicy } from '../../src/store/retention';
import type { StoreLocation } from '../../src/store/sql';
import { Store } from '../../src/store/store';
import { eachBackend, freshDatabase } from './backends';
import { manualClock, MODERATOR } from './helpers';

const DAY = 24 * 60 * 60 * 1000;
const USER = { id: 'discord:2002', name: 'sami' };

/** Rows in `table`, read straight from the database. */
async function rows(location: StoreLocation, table: string): Promise<number> {
  const sql = `SELECT count(*) AS n FROM ${table}`;
  if ('dbPath' in location) {
    const db = new Database(location.dbPath, { readonly: true });
    try {
      return (db.prepare(sql).get() as { n: number }).n;
    } finally {
      db.close();
    }
  }
  const client = new Client({ connectionString: location.databaseUrl });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0].n);
  } finally {
    await client.end();
  }
}

const policy = (bounds: Partial<RetentionPolicy>): RetentionPolicy => ({ ...DEFAULT_RETENTION, checkEvery: 1, ...bounds });

eachBackend('retention', (backend) => {
  const database = freshDatabase(backend);
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  async function open(bounds: Partial<RetentionPolicy>) {
    const clock = manualClock();
    store = await Store.open(database.current.location, { clock, retention: policy(bounds) });
    return { store, clock };
  }

  test('past the bound on distinct open questions, the least asked go first, then the longest unasked; closed ones stay', async () => {
    const { store, clock } = await open({ unansweredMax: 3 });
    for (const question of ['asked thrice', 'asked thrice', 'asked thrice', 'asked twice', 'asked twice', 'dismissed once']) {
      await store.recordUnanswered(question, 'en');
      clock.advance(1000);
    }
    const [dismissed] = (await store.topUnanswered(10)).filter((row) => row.example === 'dismissed once');
    await store.dismissGap({ key: dismissed.normalized, count: 1, questions: [dismissed] } as never, MODERATOR);
    for (const question of ['old one-off', 'new one-off']) {
      await store.recordUnanswered(question, 'en');
      clock.advance(1000);
    }
    expect((await store.topUnanswered(10)).map((row) => row.example)).toEqual(['asked thrice', 'asked twice', 'new one-off']);
    expect((await store.closedUnanswered()).map((row) => row.example)).toEqual(['dismissed once']);
  });

  test('a question asked only once is forgotten after the period; one asked again stays', async () => {
    const { store, clock } = await open({ oneOffDays: 30 });
    await store.recordUnanswered('asked once', 'en');
    await store.recordUnanswered('asked twice', 'en');
    await store.recordUnanswered('asked twice', 'en');
    clock.advance(29 * DAY);
    await store.recordUnanswered('asked lately', 'ar');
    expect((await store.topUnanswered(10)).map((row) => row.example).sort()).toEqual(['asked lately', 'asked once', 'asked twice']);
    clock.advance(2 * DAY);
    await store.recordAnswer(null);
    expect((await store.topUnanswered(10)).map((row) => row.example).sort()).toEqual(['asked lately', 'asked twice']);
  });

  test('votes older than the period go, and past the bound the oldest go first', async () => {
    const { store, clock } = await open({ votesMax: 2, voteDays: 365 });
    const [a, b] = await store.listFacts();
    await store.recordFeedback(a.id, 'first', true);
    clock.advance(DAY);
    await store.recordFeedback(a.id, 'second', false);
    clock.advance(DAY);
    await store.recordFeedback(b.id, 'third', true);
    expect([await store.feedbackFor(a.id), await store.feedbackFor(b.id)]).toEqual([
      { helpful: 0, notHelpful: 1 },
      { helpful: 1, notHelpful: 0 },
    ]);
    // The second vote is now a year and a half day old, the third not yet a year.
    clock.advance(364.5 * DAY);
    await store.recordAnswer(null);
    expect([await store.feedbackFor(a.id), await store.feedbackFor(b.id)]).toEqual([
      { helpful: 0, notHelpful: 0 },
      { helpful: 1, notHelpful: 0 },
    ]);
  });

  test('reviewed suggestions go after the period; pending ones stay however old', async () => {
    const { store, clock } = await open({ reviewedSuggestionDays: 90 });
    const pending = await store.addSuggestion({ en: 'DeepSeek tested chips from Moore Threads.', paragraph: 4 }, USER);
    const rejected = await store.addSuggestion({ en: 'DeepSeek bought Nvidia.', paragraph: 3 }, USER);
    await store.rejectSuggestion(rejected.id, MODERATOR, 'not in the report');
    clock.advance(91 * DAY);
    await store.recordAnswer(null);
    expect((await store.listSuggestions('pending')).map((suggestion) => suggestion.id)).toEqual([pending.id]);
    expect(await store.listSuggestions('rejected')).toEqual([]);
  });

  test('per-day answer counts go after the period, and cooldown windows once they end', async () => {
    const { store, clock } = await open({ answerCountDays: 400 });
    await store.recordAnswer(null);
    await store.takeCooldown('user-a', 30);
    expect(await rows(database.current.location, 'cooldowns')).toBe(1);
    clock.advance(401 * DAY);
    await store.recordAnswer(null);
    expect(await rows(database.current.location, 'answers_per_day')).toBe(1);
    expect(await rows(database.current.location, 'cooldowns')).toBe(0);
  });

  test('a flood of distinct questions stays within the bound as it is written; the question people keep asking survives', async () => {
    const { store, clock } = await open({ unansweredMax: 50, checkEvery: 20 });
    let most = 0;
    for (let batch = 0; batch < 10; batch++) {
      const flood = Array.from({ length: 40 }, (_, i) => ({
        type: 'unanswered' as const,
        question: `garbage ${batch} ${i} zq`,
        language: 'en' as const,
        at: clock.now(),
      }));
      await store.writeRecords([...flood, { type: 'unanswered', question: 'who is the ceo of deepseek', language: 'en', at: clock.now() }]);
      most = Math.max(most, await rows(database.current.location, 'unanswered_questions'));
      clock.advance(1000);
    }
    // At most one batch past the bound between two enforcements.
    expect(most).toBeLessThanOrEqual(50 + 41);
    expect(await rows(database.current.location, 'unanswered_questions')).toBe(50);
    expect((await store.topUnanswered(1))[0]).toMatchObject({ example: 'who is the ceo of deepseek', count: 10 });
  });

  test('each server has its own bound: a flood in one never pushes out another server’s questions', async () => {
    const { store, clock } = await open({ unansweredMax: 5 });
    const [quiet, noisy] = ['111111111111111111', '222222222222222222'];
    await store.recordUnanswered('asked once in the quiet server', 'en', quiet);
    clock.advance(1000);
    for (let i = 0; i < 20; i++) await store.recordUnanswered(`garbage ${i} zq`, 'en', noisy);
    expect((await store.topUnanswered(10, [quiet])).map((row) => row.example)).toEqual(['asked once in the quiet server']);
    expect(await store.topUnanswered(10, [noisy])).toHaveLength(5);
  });

  test('with few records written, the bounds are still enforced hourly', async () => {
    const { store, clock } = await open({ unansweredMax: 1, checkEvery: 1000 });
    await store.recordUnanswered('first', 'en');
    await store.recordUnanswered('second', 'en');
    await store.recordUnanswered('third', 'en');
    expect(await rows(database.current.location, 'unanswered_questions')).toBe(3);
    clock.advance(60 * 60 * 1000);
    await store.recordUnanswered('fourth', 'en');
    expect(await rows(database.current.location, 'unanswered_questions')).toBe(1);
  });
});

describe('retention settings', () => {
  test('the RETAIN_* variables set the bounds; the rest keep their defaults', () => {
    expect(retentionFromEnv({ RETAIN_UNANSWERED: '500', RETAIN_ONE_OFF_DAYS: '7' })).toEqual({ ...DEFAULT_RETENTION, unansweredMax: 500, oneOffDays: 7 });
    expect(retentionFromEnv({})).toEqual(DEFAULT_RETENTION);
  });

  test('a malformed bound is refused by name', () => {
    expect(() => retentionFromEnv({ RETAIN_VOTES: 'lots', RETAIN_VOTE_DAYS: '0' })).toThrow(
      /RETAIN_VOTES must be a whole number, 1 or more \(not "lots"\); RETAIN_VOTE_DAYS must be/,
    );
  });
});
