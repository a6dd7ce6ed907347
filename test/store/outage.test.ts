/**
 * Answers first: which errors mean the database is unavailable (real errors from both backends),
 * an outage said once when it starts and once when it ends, side records waiting in a bounded
 * buffer and written when the database returns, and cooldowns kept in memory meanwhile.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { ValidationError } from '../../src/core/knowledge/validate';
import type { Clock } from '../../src/store/clock';
import { Cooldowns } from '../../src/store/cooldowns';
import { NotFoundError } from '../../src/store/errors';
import { type AvailabilityChange, DatabaseAvailability, databaseFailureOf } from '../../src/store/outage';
import { openPostgres } from '../../src/store/postgres';
import { type SideRecord, type SideRecordStore, SideWriter } from '../../src/store/side-writes';
import { Store } from '../../src/store/store';
import { waitUntil } from '../wait';
import { ADMIN_URL, asAdmin } from './backends';
import { tempFolder } from './helpers';
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

  test('refusals, bugs and constraint violations say nothing about the database', () => {
    expect(databaseFailureOf(new ValidationError([{ field: 'en', message: 'is empty' }]))).toBeNull();
    expect(databaseFailureOf(new NotFoundError('no such fact'))).toBeNull();
    expect(databaseFailureOf(new Error('disk on fire'))).toBeNull();
    expect(databaseFailureOf(sqliteConstraint())).toBeNull();
    expect(databaseFailureOf(undefined)).toBeNull();
  });
});

/** A clock the test moves by hand. */
function manualClock(start = Date.UTC(2026, 0, 1)): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => now, advance: (ms) => (now += ms) };
}

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
    expect(changes).toEqual([
      expect.objectContaining({ state: 'down', failure: 'unreachable' }),
      { state: 'up', failure: 'unreachable', downForMs: 3500 },
    ]);
    expect(availability.state).toBe('up');
  });
});

/** The store's side-record writes, failing on demand with a real error. */
class FlakyStore implements SideRecordStore {
  failure: unknown = null;
  readonly written: SideRecord[] = [];
  async recordUnanswered(question: string, language: 'ar' | 'en'): Promise<void> {
    this.attempt({ type: 'unanswered', question, language });
  }
  async recordAnswer(factId: string | null): Promise<void> {
    this.attempt({ type: 'answer', factId });
  }
  async recordFeedback(factId: string, userId: string, helpful: boolean, question: string | null): Promise<void> {
    if (factId === 'removed') throw new NotFoundError(`There is no fact with id "${factId}".`);
    this.attempt({ type: 'feedback', factId, userId, helpful, question });
  }
  private attempt(record: SideRecord): void {
    if (this.failure) throw this.failure;
    this.written.push(record);
  }
}

const question = (i: number): SideRecord => ({ type: 'unanswered', question: `question ${i}`, language: 'en' });

function sideWriter(store: FlakyStore, capacity = 100) {
  const availability = new DatabaseAvailability({ now: () => Date.now() }, 5);
  const changes: string[] = [];
  availability.onChange((change) => changes.push(change.state));
  const rejected: SideRecord[] = [];
  const probes: number[] = [];
  const writer = new SideWriter({
    store,
    availability,
    capacity,
    probe: async () => {
      probes.push(Date.now());
      if (store.failure) throw store.failure;
    },
    onRejected: (record) => rejected.push(record),
  });
  return { writer, availability, changes, rejected, probes };
}

describe('side records: written behind the reply, kept through an outage, bounded', () => {
  test('recording never waits for the store; records are written in order', async () => {
    const store = new FlakyStore();
    const { writer } = sideWriter(store);
    const records: SideRecord[] = [question(0), { type: 'answer', factId: 'r2-nvidia' }, question(1), { type: 'answer', factId: null }];
    for (const record of records) expect(writer.record(record)).toBeUndefined();
    await waitUntil(() => store.written.length === records.length, 'all written');
    expect(store.written).toEqual(records);
    expect(writer.buffered).toBe(0);
  });

  test('during an outage records wait, and are all written, in order, when the database returns', async () => {
    const store = new FlakyStore();
    const { writer, availability, changes } = sideWriter(store);
    store.failure = await refusedConnection();
    for (let i = 0; i < 30; i++) writer.record(question(i));
    await waitUntil(() => availability.state === 'unreachable', 'the outage noticed');
    expect(store.written).toEqual([]);
    expect(writer.buffered).toBe(30);
    store.failure = null;
    await waitUntil(() => writer.buffered === 0, 'the buffer written out');
    expect(store.written).toEqual(Array.from({ length: 30 }, (_, i) => question(i)));
    expect(changes).toEqual(['down', 'up']);
  });

  test('past the bound new records are dropped and counted; memory stays bounded', async () => {
    const store = new FlakyStore();
    const { writer, availability } = sideWriter(store, 10);
    store.failure = sqliteFull();
    writer.record(question(0));
    await waitUntil(() => availability.state === 'full', 'the full disk noticed');
    for (let i = 1; i < 25; i++) writer.record(question(i));
    expect(writer.buffered).toBe(10);
    expect(writer.dropped).toBe(15);
    store.failure = null;
    await waitUntil(() => writer.buffered === 0, 'the buffer written out');
    expect(store.written).toEqual(Array.from({ length: 10 }, (_, i) => question(i)));
  });

  test('a record the store refuses (a vote on a fact gone since) is dropped and reported; the rest go on', async () => {
    const store = new FlakyStore();
    const { writer, availability, rejected } = sideWriter(store);
    const vote = (factId: string): SideRecord => ({ type: 'feedback', factId, userId: 'u1', helpful: true, question: 'what does DeepSeek use for R2?' });
    writer.record(vote('removed'));
    writer.record(vote('r2-nvidia'));
    await waitUntil(() => store.written.length === 1, 'the good vote written');
    expect(rejected).toEqual([vote('removed')]);
    expect(store.written).toEqual([vote('r2-nvidia')]);
    expect(availability.state).toBe('up');
  });

  test('with nothing waiting, the write probe notices the end of an outage', async () => {
    const store = new FlakyStore();
    const { availability, changes, probes } = sideWriter(store);
    store.failure = await refusedConnection();
    availability.failed(store.failure);
    await waitUntil(() => probes.length >= 2, 'probes while down');
    store.failure = null;
    await waitUntil(() => availability.state === 'up', 'the outage over');
    expect(changes).toEqual(['down', 'up']);
  });

  test('closing writes what waits, and says how many records it could not save', async () => {
    const store = new FlakyStore();
    const { writer, availability } = sideWriter(store);
    store.failure = await refusedConnection();
    writer.record(question(1));
    await waitUntil(() => availability.state === 'unreachable', 'the outage noticed');
    writer.record(question(2));
    expect(await writer.close(1000)).toBe(2);
    store.failure = null;
    const reopened = sideWriter(store);
    reopened.writer.record(question(3));
    expect(await reopened.writer.close(1000)).toBe(0);
    expect(store.written).toEqual([question(3)]);
  });
});

describe('cooldowns: from the database, or from memory while it is down', () => {
  const folder = tempFolder();
  const opened: Store[] = [];
  afterAll(async () => {
    for (const store of opened) await store.close();
  });

  async function cooldowns(failing: { failure: unknown }) {
    const clock = manualClock();
    const store = await Store.open({ dbPath: path.join(folder, `cooldowns-${opened.length}.db`) }, { clock });
    opened.push(store);
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
