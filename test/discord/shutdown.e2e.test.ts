/**
 * Graceful shutdown, with the real bot process against the fake Discord: SIGTERM while 200
 * questions are in flight — asked in a channel, whose replies discord.js sends one at a time, and
 * Discord slow to take the first, so the other 199 wait inside the bot — every one is answered,
 * the unanswered ones are written to the database, and the process exits 0. On SQLite and
 * PostgreSQL, and for each shard under the ShardingManager. Handlers that never finish are
 * abandoned after SHUTDOWN_TIMEOUT_SECONDS, and the exit is still clean.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Store } from '../../src/store/store';
import { FakeDiscord, type Obj } from '../fake-discord';
import { eachBackend, freshDatabase } from '../store/backends';
import { waitUntil } from '../wait';
import { type BotProcess, spawnBot } from './harness';
import { withTimeout } from '../wait';

jest.setTimeout(120_000);

const IN_FLIGHT = 200;
let users = 0;
const newUser = () => String(730000000000000000n + BigInt(++users));
const questionFor = (i: number) => (i % 2 === 0 ? 'what does DeepSeek use for R2?' : `is there a tram to the harbour number ${i}?`);

function botEnv(fake: FakeDiscord, database: NodeJS.ProcessEnv, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...database, DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.bot.id, DISCORD_API_BASE: fake.api, COOLDOWN_SECONDS: '0', ...extra };
}

/** The replies to `asked` that reached Discord: answers and abstentions (embeds) only. */
function answered(fake: FakeDiscord, asked: Obj[]): number {
  const ids = new Set(asked.map((message) => message.id));
  return fake.calls.filter((call) => ids.has(call.body?.message_reference?.message_id) && call.status < 300 && call.body.embeds?.length === 1).length;
}

const logged = (bot: BotProcess, message: string) => bot.logs().filter((entry) => entry.message === message).length;
const isReply = (call: { method: string; path: string }) => call.method === 'POST' && /^\/channels\/\d+\/messages$/.test(call.path);

/**
 * With Discord holding its answer to the first reply in each channel, asks `count` questions
 * spread over the guilds; once the bot has worked out every answer (so all are in flight), sends
 * SIGTERM; once `shards` shutdowns have begun, lets Discord answer again. Returns the questions.
 */
async function sigtermInFlight(fake: FakeDiscord, bot: BotProcess, count: number, shards = 1): Promise<Obj[]> {
  const replies = fake.holdRequests(isReply);
  const asked: Obj[] = [];
  for (let i = 0; i < count; i++) {
    const guildId = fake.guilds[i % fake.guilds.length].id;
    asked.push(await fake.userMessage({ content: questionFor(i), mentionBot: true, guildId, userId: newUser() }));
  }
  await waitUntil(() => logged(bot, 'question answered') === count, `all ${count} questions in flight`, 30_000);
  expect(answered(fake, asked)).toBe(0);
  bot.child.kill('SIGTERM');
  await waitUntil(() => logged(bot, 'shutting down') === shards, 'the shutdown begun', 30_000);
  replies.release();
  return asked;
}

/** The questions the report does not cover among the first `count`. */
const unanswerable = (count: number) => Array.from({ length: count }, (_, i) => questionFor(i)).filter((_, i) => i % 2 === 1);

eachBackend('SIGTERM with 200 questions in flight', (backend) => {
  const database = freshDatabase(backend);

  test('every question is answered, the records reach the database, and the process exits 0', async () => {
    const fake = new FakeDiscord();
    await fake.start();
    const bot = spawnBot(botEnv(fake, database.current.env));
    try {
      await bot.ready(30_000);
      const sent = await sigtermInFlight(fake, bot, IN_FLIGHT);
      expect(await withTimeout(bot.exited, 30_000, 'the shutdown')).toBe(0);
      expect(answered(fake, sent)).toBe(IN_FLIGHT);
      const stopped = bot.logs().find((entry) => entry.message === 'stopped') as Obj;
      expect(stopped).toMatchObject({ failed: 0, buffered: 0 });
      expect(Number(stopped.answered) + Number(stopped.abstained)).toBe(IN_FLIGHT);
    } finally {
      bot.child.kill('SIGKILL');
      await fake.stop();
    }
    const store = await Store.open(database.current.location);
    try {
      const recorded = new Set((await store.topUnanswered(IN_FLIGHT)).map((question) => question.example));
      expect(unanswerable(IN_FLIGHT).filter((question) => !recorded.has(question))).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe('shutdown under the ShardingManager and past its bound', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'isnad-shutdown-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('npm run start:sharded: SIGTERM lets each shard answer what it took in, then exits 0', async () => {
    const fake = new FakeDiscord({ shards: 2, guilds: 2 });
    await fake.start();
    const manager = spawnBot(botEnv(fake, { DB_PATH: path.join(folder, 'sharded.db') }, { SHARD_COUNT: '2' }), 'src/discord/sharded.ts');
    try {
      await withTimeout(Promise.all([fake.waitForShardReady(0, 30_000), fake.waitForShardReady(1, 30_000)]), 35_000, 'both shards');
      const sent = await sigtermInFlight(fake, manager, IN_FLIGHT, 2);
      expect(await withTimeout(manager.exited, 40_000, 'the manager')).toBe(0);
      expect(answered(fake, sent)).toBe(IN_FLIGHT);
      expect(logged(manager, 'stopped')).toBe(2);
      expect(logged(manager, 'every shard stopped')).toBe(1);
    } finally {
      manager.child.kill('SIGKILL');
      await fake.stop();
    }
  });

  test('handlers still running after SHUTDOWN_TIMEOUT_SECONDS are abandoned, said so, and the exit is still 0', async () => {
    const fake = new FakeDiscord();
    await fake.start();
    const bot = spawnBot(botEnv(fake, { DB_PATH: path.join(folder, 'bounded.db') }, { SHUTDOWN_TIMEOUT_SECONDS: '1' }));
    try {
      await bot.ready(30_000);
      // Discord never answers: the replies cannot finish.
      fake.holdRequests(isReply);
      for (let i = 0; i < 3; i++) await fake.userMessage({ content: questionFor(i), mentionBot: true, userId: newUser() });
      await waitUntil(() => logged(bot, 'question answered') === 3, 'three questions in flight');
      bot.child.kill('SIGTERM');
      expect(await withTimeout(bot.exited, 30_000, 'the shutdown')).toBe(0);
      expect(bot.logs().find((entry) => entry.message === 'handlers still running at shutdown were abandoned')).toMatchObject({ abandoned: 3 });
    } finally {
      bot.child.kill('SIGKILL');
      await fake.stop();
    }
  });
});
