/**
 * Every process's engine keeps in step with the database: a change made by another process (here
 * another runtime on the same database), or by the admin command line, is answered (how soon is
 * `npm run bench`'s live section), and a process cut off from PostgreSQL catches up once it is back.
 */
import { listenerApplicationName } from '../../src/store/postgres';
import { openRuntime, type Runtime, type RuntimeOptions } from '../../src/store/runtime';
import { Store } from '../../src/store/store';
import { asAdmin, createPostgresDatabase, eachBackend, freshDatabase, POSTGRES } from './backends';
import { factsCli, MODERATOR, MOORE_THREADS, MOORE_THREADS_EDITED as SHANGHAI, MOORE_THREADS_QUESTION as QUESTION } from './helpers';
import { waitUntil } from '../wait';

function topFactId(runtime: Runtime): string | undefined {
  const answer = runtime.engine.ask(QUESTION);
  return answer.answered ? answer.facts[0].fact.id : undefined;
}

const opened: Runtime[] = [];
async function open(options: RuntimeOptions): Promise<Runtime> {
  const runtime = await openRuntime(options);
  opened.push(runtime);
  return runtime;
}
afterEach(async () => {
  for (const runtime of opened.splice(0)) await runtime.close();
});

eachBackend('changes reach every process', (backend) => {
  const database = freshDatabase(backend);

  test("a fact added through one runtime becomes the other's answer, and so does its removal", async () => {
    const [writer, reader] = [await open(database.current.location), await open(database.current.location)];
    const { id } = await writer.store.addFact(MOORE_THREADS, MODERATOR);
    await waitUntil(() => topFactId(reader) === id, 'the added fact answers in the other runtime');
    await writer.store.removeFact(id, MODERATOR);
    await waitUntil(() => reader.engine.fact(id) === undefined, 'the removed fact is gone from the other runtime');
    expect(topFactId(reader)).toBeUndefined();
  });

  test('an edit made with the admin command line reaches a running runtime', async () => {
    const runtime = await open(database.current.location);
    const { id } = await runtime.store.addFact(MOORE_THREADS, MODERATOR);
    const edited = factsCli(database.current, 'edit', id, '--en', SHANGHAI.en, '--ar', SHANGHAI.ar, '--by', 'sami');
    expect(edited.status).toBe(0);
    await waitUntil(() => runtime.engine.ask(QUESTION).text.includes('Shanghai'), 'the edit made on the command line answers');
    expect(topFactId(runtime)).toBe(id);
  });
});

(POSTGRES.available ? describe : describe.skip)('the PostgreSQL listener', () => {
  test('a runtime cut off from the database catches up on what changed meanwhile once it is back', async () => {
    const database = await createPostgresDatabase();
    const listener = listenerApplicationName(database.location.databaseUrl);
    const errors: unknown[] = [];
    const reader = await open({ ...database.location, onError: (error) => errors.push(error) });
    const writer = await Store.open(database.location);
    try {
      const listening = () =>
        asAdmin(async (admin) => (await admin.query('SELECT 1 FROM pg_stat_activity WHERE application_name = $1', [listener])).rowCount === 1);
      await waitUntil(listening, 'the listener connects');

      // The listener is cut and cannot reconnect; the writer keeps the connection its pool holds.
      await asAdmin(async (admin) => {
        await admin.query(`ALTER DATABASE ${database.name} ALLOW_CONNECTIONS false`);
        const cut = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [listener]);
        expect(cut.rowCount).toBe(1);
      });
      const { id } = await writer.addFact(MOORE_THREADS, MODERATOR);
      // Once the reader has been told its listener is gone, nothing can bring it the change.
      await waitUntil(() => errors.length > 0, 'the reader told that it cannot follow');
      expect(reader.engine.fact(id)).toBeUndefined();

      await asAdmin((admin) => admin.query(`ALTER DATABASE ${database.name} ALLOW_CONNECTIONS true`));
      await waitUntil(() => topFactId(reader) === id, 'the change made while cut off is caught up');
      await writer.editFact(id, SHANGHAI, MODERATOR);
      await waitUntil(() => reader.engine.ask(QUESTION).text.includes('Shanghai'), 'a later change is heard again');
    } finally {
      await writer.close();
    }
  });
});
