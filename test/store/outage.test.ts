/**
 * Answers first: which errors mean the database is unavailable (real errors from both backends),
 * an outage said once when it starts and once when it ends, side records waiting in a bounded
 * buffer and written when the database returns, and cooldowns kept in memory meanwhile.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { ValidationError } from '../../src/core/knowledge/problems';
import type { Clock } from '../../src/store/clock';
import { Cooldowns } from '../../src/store/cooldowns';
import { NotFoundError } from '../../src/store/errors';
import { type AvailabilityChange, DatabaseAvailability, databaseFailureOf } from '../../src/store/outage';
import { openPostgres } from '../../src/store/postgres';
import type { RefusedRecord, TimedRecord, UserRecord } from '../../src/store/records';
import { type SideRecordStore, SideWriter } from '../../src/store/side-writes';
import { Store } from '../../src/store/store';
import { waitUntil } from '../wait';
import { ADMIN_URL, asAdmin } from './backends';
import { manualClock, tempFolder } from './helpers';
import { freePort } from './throwaway-postgres';

async function refusedConnection(): Promise<unknown> {
  const client = new Client({ host: '127.0.0.1', port: await freePort(), user: 'nobody', database: 'none' });
  return client.connect().then(
    () => null,
    (error: unknown) => error,
  );
}

/** better-sqlite3's own error when the file may grow no further. */
function sqliteFull(): unknown {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (x TEXT)');
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  try {
    for (;;) db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(1000));
  } catch (error) {
    return error;
  } finally {
    db.close();
  }
}

function sqliteConstraint(): unknown {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (x TEXT PRIMARY KEY); INSERT INTO t VALUES (1)');
  try {
    db.exec('INSERT INTO t VALUES (1)');
  } catch (error) {
    return error;
  } finally {
    db.close();
  }
  return null;
}

describe('which errors mean the database is unavailable', () => {
  test('a refused connection, a server that cannot be reached at start, and a full SQLite file', async () => {
    expect(databaseFailureOf(await refusedConnection())).toBe('unreachable');
    const opening = await openPostgres(`postgres://nobody@127.0.0.1:${await freePort()}/none`).catch((error: unknown) => error);
    expect(databaseFailureOf(opening)).toBe('unreachable');
    expect(databaseFailureOf(sqliteFull())).toBe('full');
  });

  (ADMIN_URL ? test : test.skip)('a PostgreSQL connection the server ends (as when it shuts down)', async () => {
    const client = new Client({ connectionString: ADMIN_URL as string });
    const lost = new Promise<unknown>((resolve) => client.on('error', resolve));
    await client.connect();
    const [{ pid }] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
    await asAdmin((admin) => admin.query('SELECT pg_terminate_backend($1)', [pid]));
    expect(databaseFailureOf(await lost)).toBe('unreachable');
    expect(databaseFailureOf(await client.query('SELECT 1').catch((error: unknown) => error))).toBe('unreachable');
    await client.end().catch(() => undefined);
  });

  (ADMIN_URL ? test : test.skip)('a transaction whose connection the server ends between statements fails, and nothing goes unheard', async () => {
    const database = await openPostgres(ADMIN_URL as string);
    try {
      const failed = database.transaction(async (tx) => {
        const [{ pid }] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        await asAdmin((admin) => admin.query('SELECT pg_terminate_backend($1)', [pid]));
        await waitUntil(
          async () => (await asAdmin((admin) => admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid]))).rowCount === 0,
          'the connection gone',
        );
        await tx.query('SELECT 1');
      });
      expect(databaseFailureOf(await failed.catch((error: unknown) => error))).toBe('unreachable');
      // The pool goes on with a new connection.
      expect(await database.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await database.close();
    }
  });

  test('refusals, bugs and constraint violations say nothing about the database', () => {
    expect(databaseFailureOf(new ValidationError([{ field: 'en', message: 'is empty' }]))).toBeNull();
    expect(databaseFailureOf(new NotFoundError('no such fact'))).toBeNull();
    expect(databaseFailureOf(new Error('disk on fire'))).toBeNull();
    expect(databaseFailureOf(sqliteConstraint())).toBeNull();
    expect(databaseFailureOf(undefined)).toBeNull();
  });
});

describe('an outage is said once when it starts and once when it ends', () => {
  test('many failures, one "down"; callers skip the database except one trial per interval; one "up"', async () => {
    const clock = manualClock();
    const availability = new DatabaseAvailability(clock, 1000);
    const changes: AvailabilityChange[] = [];
    availability.onChange((change) => changes.push(change));
    const refused = await refusedConnection();

    expect(availability.mayTry()).toBe(true);
    for (let i = 0; i < 50; i++) expect(availability.failed(refused)).toBe('unreachable');
    expect(changes.map((change) => change.state)).toEqual(['down']);
    expect(availability.state).toBe('unreachable');
    expect(availability.mayTry()).toBe(false);
    clock.advance(1000);
    expect(availability.mayTry()).toBe(true);
    expect(availability.mayTry()).toBe(false);

    expect(availability.failed(new Error('a bug'))).toBeNull();
    clock.advance(2500);
    availability.succeeded();
    availability.succeeded();
    expect(changes).toEqual([expect.objectContaining({ state: 'down', failure: 'unreachable' }), { state: 'up', failure: 'unreachable', downForMs: 3500 }]);
    expect(availability.state).toBe('up');
  });
});

/** A real store (SQLite, with a clock the test moves) whose record writes fail on demand with a real error. */
class FlakyStore implements SideRecordStore {
  failure: unknown = null;
  /** Only the next call fails. */
  failOnce = false;
  /** Calls wait for this first, when set. */
  gate: Promise<void> | null = null;
  /** The records each successful call wrote, in order. */
  readonly written: TimedRecord[] = [];
  constructor(readonly store: Store) {}
  async writeRecords(records: readonly TimedRecord[]): Promise<RefusedRecord[]> {
    await this.gate;
    const failure = this.failure;
    if (this.failOnce) this.failure = null;
    if (failure) throw failure;
    const refused = await this.store.writeRecords(records);
    this.written.push(...records.filter((record) => !refused.some((left) => left.record === record)));
    return refused;
  }
}

const folder = tempFolder();
const opened: Store[] = [];
afterAll(async () => {
  for (const store of opened) await store.close();
});

async function openStore(clock: Clock): Promise<Store> {
  const store = await Store.open({ dbPath: path.join(folder, `store-${opened.length}.db`) }, { clock });
  opened.push(store);
  return store;
}

const question = (i: number): UserRecord => ({ type: 'unanswered', question: `question ${i}`, language: 'en' });
const withoutTimes = (records: TimedRecord[]): UserRecord[] => records.map(({ at: _at, ...record }) => record);

async function sideWriter(capacity = 100) {
  const clock = manualClock();
  const store = new FlakyStore(await openStore(clock));
  const availability = new DatabaseAvailability({ now: () => Date.now() }, 5);
  const changes: string[] = [];
  availability.onChange((change) => changes.push(change.state));
  const rejected: UserRecord[] = [];
  const probes: number[] = [];
  const writer = new SideWriter({
    store,
    availability,
    clock,
    capacity,
    probe: async () => {
      probes.push(Date.now());
      if (store.failure) throw store.failure;
    },
    onRejected: (record) => rejected.push(withoutTimes([record])[0]),
  });
  return { writer, store, clock, availability, changes, rejected, probes };
}

describe('side records: written behind the reply, kept through an outage, bounded', () => {
  test('recording never waits for the store; records are written in order', async () => {
    const { writer, store } = await sideWriter();
    const records: UserRecord[] = [question(0), { type: 'answer', factId: 'r2-nvidia' }, question(1), { type: 'answer', factId: null }];
    // Nothing to wait on: record() returns void (its type says so), the caller gets no promise back.
    for (const record of records) writer.record(record);
    await waitUntil(() => store.written.length === records.length, 'all written');
    expect(withoutTimes(store.written)).toEqual(records);
    expect(writer.buffered).toBe(0);
  });

  test('during an outage records wait, and are written in order when the database returns, each at the time it was made', async () => {
    const { writer, store, clock, availability, changes } = await sideWriter(1000);
    store.failure = await refusedConnection();
    const madeAt = clock.now();
    for (let i = 0; i < 250; i++) writer.record(question(i % 125));
    await waitUntil(() => availability.state === 'unreachable', 'the outage noticed');
    expect(store.written).toEqual([]);
    expect(writer.buffered).toBe(250);
    clock.advance(3 * 60 * 60 * 1000);
    store.failure = null;
    await waitUntil(() => writer.buffered === 0, 'the buffer written out');
    expect(withoutTimes(store.written)).toEqual(Array.from({ length: 250 }, (_, i) => question(i % 125)));
    expect(changes).toEqual(['down', 'up']);
    const kept = await store.store.topUnanswered(200);
    expect(kept).toHaveLength(125);
    expect(kept.every((row) => row.count === 2 && row.lastAsked === new Date(madeAt).toISOString())).toBe(true);
  });

  test('past the bound new records are dropped and counted; memory stays bounded', async () => {
    const { writer, store, availability } = await sideWriter(10);
    store.failure = sqliteFull();
    writer.record(question(0));
    await waitUntil(() => availability.state === 'full', 'the full disk noticed');
    for (let i = 1; i < 25; i++) writer.record(question(i));
    expect(writer.buffered).toBe(10);
    expect(writer.dropped).toBe(15);
    store.failure = null;
    await waitUntil(() => writer.buffered === 0, 'the buffer written out');
    expect(withoutTimes(store.written)).toEqual(Array.from({ length: 10 }, (_, i) => question(i)));
  });

  test('a record the store refuses (a vote on a fact that does not exist) is dropped and reported; the rest are written', async () => {
    const { writer, store, availability, rejected } = await sideWriter();
    const vote = (factId: string): UserRecord => ({ type: 'feedback', factId, userId: 'u1', helpful: true, question: 'what does DeepSeek use for R2?' });
    writer.record(vote('no-such-fact'));
    writer.record(vote('baidu-accelerators'));
    await waitUntil(() => store.written.length === 1, 'the good vote written');
    expect(rejected).toEqual([vote('no-such-fact')]);
    expect(withoutTimes(store.written)).toEqual([vote('baidu-accelerators')]);
    expect(await store.store.feedbackFor('baidu-accelerators')).toEqual({ helpful: 1, notHelpful: 0 });
    expect(availability.state).toBe('up');
  });

  test('with nothing waiting, the write probe notices the end of an outage', async () => {
    const { store, availability, changes, probes } = await sideWriter();
    store.failure = await refusedConnection();
    availability.failed(store.failure);
    await waitUntil(() => probes.length >= 2, 'probes while down');
    store.failure = null;
    await waitUntil(() => availability.state === 'up', 'the outage over');
    expect(changes).toEqual(['down', 'up']);
  });

  test('closing while a batch is being written, which then fails: the records get one more try', async () => {
    const { writer, store } = await sideWriter();
    let release: () => void = () => undefined;
    store.gate = new Promise((resolve) => (release = resolve));
    store.failure = await refusedConnection();
    store.failOnce = true;
    writer.record(question(1));
    const closing = writer.close(5000);
    release();
    expect(await closing).toBe(0);
    expect(withoutTimes(store.written)).toEqual([question(1)]);
  });

  test('closing writes what waits, and says how many records it could not save', async () => {
    const down = await sideWriter();
    down.store.failure = await refusedConnection();
    down.writer.record(question(1));
    await waitUntil(() => down.availability.state === 'unreachable', 'the outage noticed');
    down.writer.record(question(2));
    expect(await down.writer.close(1000)).toBe(2);
    const up = await sideWriter();
    up.writer.record(question(3));
    expect(await up.writer.close(1000)).toBe(0);
    expect(withoutTimes(up.store.written)).toEqual([question(3)]);
  });
});

describe('cooldowns: from the database, or from memory while it is down', () => {
  async function cooldowns(failing: { failure: unknown }) {
    const clock = manualClock();
    const store = await openStore(clock);
    const flaky = {
      takeCooldown: async (userId: string, seconds: number) => {
        if (failing.failure) throw failing.failure;
        return store.takeCooldown(userId, seconds);
      },
    };
    const availability = new DatabaseAvailability(clock, 1000);
    const errors: unknown[] = [];
    return { clock, store, availability, errors, cooldowns: new Cooldowns(flaky, availability, clock, (error) => errors.push(error)) };
  }

  test('with the database up, the window is the database’s: another process sees it', async () => {
    const { cooldowns: taken, store, clock } = await cooldowns({ failure: null });
    expect(await taken.take('user-a', 30)).toEqual({ wait: 0, firstRefusal: false });
    expect(await store.takeCooldown('user-a', 30)).toEqual({ wait: 30, firstRefusal: true });
    clock.advance(10_000);
    expect(await taken.take('user-a', 30)).toEqual({ wait: 20, firstRefusal: false });
  });

  test('while the database is down, windows are kept in memory, and honoured after it returns', async () => {
    const failing = { failure: await refusedConnection() };
    const { cooldowns: taken, availability, clock, store } = await cooldowns(failing);
    expect(await taken.take('user-b', 30)).toEqual({ wait: 0, firstRefusal: false });
    expect(availability.state).toBe('unreachable');
    expect(await taken.take('user-b', 30)).toEqual({ wait: 30, firstRefusal: true });
    expect(await taken.take('user-b', 30)).toEqual({ wait: 30, firstRefusal: false });
    expect(await taken.take('user-c', 30)).toEqual({ wait: 0, firstRefusal: false });

    failing.failure = null;
    clock.advance(5000);
    // The database never heard of user-b's window; memory still refuses until it ends.
    expect(await taken.take('user-b', 30)).toEqual({ wait: 25, firstRefusal: false });
    expect(await taken.take('user-d', 30)).toEqual({ wait: 0, firstRefusal: false });
    expect(availability.state).toBe('up');
    expect(await store.takeCooldown('user-d', 30)).toEqual({ wait: 30, firstRefusal: true });
    clock.advance(25_000);
    expect(await taken.take('user-b', 30)).toEqual({ wait: 0, firstRefusal: false });
  });

  test('a cooldown that fails for another reason (a bug) is taken in memory and reported, not an outage', async () => {
    const { cooldowns: taken, availability, errors } = await cooldowns({ failure: new Error('a bug') });
    expect(await taken.take('user-e', 30)).toEqual({ wait: 0, firstRefusal: false });
    expect(await taken.take('user-e', 30)).toEqual({ wait: 30, firstRefusal: true });
    expect(availability.state).toBe('up');
    expect(errors).toHaveLength(1);
  });
});
