/**
 * Answers first, with the real bot process against the fake Discord, while its database goes
 * away mid-run: a PostgreSQL server of the test's own is stopped; an SQLite file's filesystem
 * fills up. Every question is still answered or abstained (no apology), a moderator's write is
 * told plainly that nothing was saved, the outage is logged once when it starts and once when it
 * ends, and when the database returns the records kept in memory are written and a fact added by
 * `npm run facts` is answered within a second.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { StoreLocation } from '../../src/store/sql';
import { FakeDiscord, type Obj, type RestCall } from '../fake-discord';
import type { TestDatabase } from '../store/backends';
import { factsCli, MOORE_THREADS, MOORE_THREADS_QUESTION, PROJECT_ROOT, TSX } from '../store/helpers';
import { startThrowawayPostgres, THROWAWAY_POSTGRES, type ThrowawayPostgres } from '../store/throwaway-postgres';
import { waitUntil } from '../wait';
import { type BotProcess, embedText, MODERATOR_ROLE, replyBody, spawnBot } from './harness';

jest.setTimeout(120_000);

const moderator = { roles: [MODERATOR_ROLE] };
let users = 0;
/** The bot runs with a cooldown, so each question comes from a new user unless a test says so. */
const newUser = () => String(720000000000000000n + BigInt(++users));

const ANSWERABLE = ['what does DeepSeek use for R2?', 'Is DeepSeek testing Baidu chips?', 'ردّ انفيديا'];
/** Distinct questions the report does not cover: each is a new row among the unanswered. */
const unanswerable = (tag: string, i: number) => `what is the price of tea in Lisbon ${tag} ${i}?`;

function botEnv(fake: FakeDiscord, database: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...database,
    DISCORD_TOKEN: fake.token,
    DISCORD_CLIENT_ID: fake.bot.id,
    DISCORD_API_BASE: fake.api,
    MODERATOR_ROLE_IDS: MODERATOR_ROLE,
    COOLDOWN_SECONDS: '30',
    STATUS_LOG_SECONDS: '1',
  };
}

async function ask(fake: FakeDiscord, question: string, userId = newUser()): Promise<RestCall> {
  return fake.waitForResponse(await fake.slashCommand({ name: 'ask', options: { question }, userId }), 10_000);
}

/** An answer or an abstention: an embed, never an apology or a notice. */
function expectAnswerOrAbstention(reply: RestCall, question: string): void {
  const body = replyBody(reply);
  if (body.embeds?.length !== 1) throw new Error(`"${question}" got no answer but: ${JSON.stringify(body)}`);
  expect(body.content ?? '').not.toMatch(/Error id|رقم الخطأ/);
}

/** Half answerable, half not, through /ask and chat; returns the unanswerable questions asked. */
async function askThroughTheOutage(fake: FakeDiscord, tag: string): Promise<string[]> {
  const unanswered: string[] = [];
  for (let i = 0; i < 12; i++) {
    const question = i % 2 === 0 ? ANSWERABLE[i % ANSWERABLE.length] : unanswerable(tag, i);
    if (i % 2 === 1) unanswered.push(question);
    expectAnswerOrAbstention(await ask(fake, question), question);
  }
  const chat = await fake.userMessage({ content: unanswerable(tag, 99), mentionBot: true, userId: newUser() });
  unanswered.push(unanswerable(tag, 99));
  const chatReply = await fake.waitForCall((call) => call.body?.message_reference?.message_id === chat.id, 10_000);
  expect(chatReply.body.embeds).toHaveLength(1);
  // The cooldown still holds, kept in memory: a second question from one user is refused politely.
  const user = newUser();
  expectAnswerOrAbstention(await ask(fake, ANSWERABLE[0], user), ANSWERABLE[0]);
  expect(replyBody(await ask(fake, ANSWERABLE[1], user)).content).toMatch(/Please wait \d+ s/);
  return unanswered;
}

/** A moderator's /fact add and a user's Arabic /suggest: both told privately that nothing was saved. */
async function expectPlainRefusals(bot: BotProcess, fake: FakeDiscord, failure: RegExp, failureAr: RegExp): Promise<void> {
  const added = await fake.waitForResponse(
    await fake.modalSubmit({ customId: 'isnad:add', fields: { en: MOORE_THREADS.en, ar: MOORE_THREADS.ar, source: '4', aliases: '' }, ...moderator }),
    10_000,
  );
  const text = replyBody(added).content as string;
  expect(replyBody(added).flags & 64).toBeTruthy();
  expect(text).toMatch(failure);
  expect(text).toMatch(/nothing was saved/);
  expect(text).toMatch(/try again/);
  const errorId = /Error id: ([0-9a-f]{8})/.exec(text)?.[1];
  await waitUntil(() => bot.logs().find((entry) => entry.errorId === errorId && entry.level === 'error' && entry.error), 'the error id logged with its cause');

  const suggested = await fake.waitForResponse(
    await fake.modalSubmit({ customId: 'isnad:suggestion', fields: { en: '', ar: MOORE_THREADS.ar, source: '4' }, userId: newUser() }),
    10_000,
  );
  const arabic = replyBody(suggested).content as string;
  expect(arabic).toMatch(failureAr);
  expect(arabic).toMatch(/لم يُحفظ شيء/);
  expect(arabic).not.toMatch(/database/);
}

/** Votes 👍 on a fresh answer to `question`; returns the fact voted on. */
async function vote(fake: FakeDiscord, question: string, userId: string): Promise<string> {
  const sent = await fake.slashCommand({ name: 'ask', options: { question }, userId });
  const reply = await fake.waitForResponse(sent, 10_000);
  const message = [...fake.world.messages.values()].find((candidate) => candidate.interaction_metadata?.id === sent.id) as Obj;
  const up = replyBody(reply).components[0].components[1].custom_id as string;
  const thanks = await fake.waitForResponse(await fake.button({ customId: up, messageId: message.id, userId }), 10_000);
  expect(replyBody(thanks).content).toMatch(/Thanks/);
  return /Isnad · ([a-z0-9-]+)/.exec(replyBody(reply).embeds[0].footer.text)?.[1] as string;
}

const count = (bot: BotProcess, message: string) => bot.logs().filter((entry) => entry.message === message).length;

/**
 * Adds MOORE_THREADS with `npm run facts` (`facts` runs it with these arguments and returns what
 * it printed), then asks until the bot answers with it: within a second.
 */
async function expectNewFactAnsweredWithinASecond(fake: FakeDiscord, facts: (...args: string[]) => string): Promise<void> {
  const id = facts('add', '--en', MOORE_THREADS.en, '--ar', MOORE_THREADS.ar, '--paragraph', '4').trim().split('\n').pop() as string;
  await waitUntil(async () => embedText(replyBody(await ask(fake, MOORE_THREADS_QUESTION)).embeds[0]).includes(id), 'the new fact answered', 1000);
}

/** The database as `npm run facts` reaches it: `location`, and nothing else from the environment. */
function cliDatabase(location: StoreLocation): TestDatabase {
  const env = { ...process.env };
  delete env.DB_PATH;
  delete env.DATABASE_URL;
  return { location, env: { ...env, ...('dbPath' in location ? { DB_PATH: location.dbPath } : { DATABASE_URL: location.databaseUrl }) } };
}

(THROWAWAY_POSTGRES ? describe : describe.skip)('PostgreSQL stopped mid-run (a server of the test’s own)', () => {
  let server: ThrowawayPostgres;
  let fake: FakeDiscord;
  let bot: BotProcess;

  beforeAll(async () => {
    server = await startThrowawayPostgres();
    fake = new FakeDiscord({ roles: [MODERATOR_ROLE] });
    await fake.start();
    bot = spawnBot(botEnv(fake, { DATABASE_URL: server.url }));
    await bot.ready(30_000);
  });

  afterAll(async () => {
    bot?.child.kill('SIGKILL');
    await fake?.stop();
    server?.dispose();
  });

  test('every question answered or abstained, writes refused plainly, records written when it returns, then a new fact answered', async () => {
    expectAnswerOrAbstention(await ask(fake, ANSWERABLE[0]), ANSWERABLE[0]);
    server.stop();

    const unanswered = await askThroughTheOutage(fake, 'pg');
    const voter = newUser();
    const votedFact = await vote(fake, ANSWERABLE[1], voter);
    await expectPlainRefusals(bot, fake, /database cannot be reached/, /تعذّر الوصول إلى قاعدة البيانات/);
    const down = await waitUntil(() => bot.logs().find((entry) => entry.message === 'database unavailable'), 'the outage logged');
    expect(down).toMatchObject({ level: 'warn', failure: 'unreachable' });
    await waitUntil(
      () => bot.logs().find((entry) => entry.message === 'status' && entry.database === 'unreachable' && entry.gateway === 'up'),
      'a status line saying so',
    );

    server.start();
    const back = await waitUntil(() => bot.logs().find((entry) => entry.message === 'database available again'), 'the return logged', 20_000);
    expect(back).toMatchObject({ level: 'warn', failure: 'unreachable', dropped: 0 });
    expect([count(bot, 'database unavailable'), count(bot, 'database available again')]).toEqual([1, 1]);
    expect(bot.logs().filter((entry) => entry.level === 'error' && entry.message !== 'request failed: the database is unavailable')).toEqual([]);

    const db = new Client({ connectionString: server.url });
    await db.connect();
    try {
      // Each in the server it was asked in.
      const guildId = fake.guilds[0].id;
      await waitUntil(async () => {
        const { rows: found } = await db.query<{ example: string; guild_id: string }>('SELECT example, guild_id FROM unanswered_questions');
        return unanswered.every((question) => found.some((row) => row.example === question && row.guild_id === guildId));
      }, 'every unanswered question written');
      const votes = await db.query('SELECT helpful, guild_id FROM feedback WHERE fact_id = $1 AND user_id = $2', [votedFact, voter]);
      expect(votes.rows).toEqual([{ helpful: 1, guild_id: guildId }]);
      // The change feed's own connection is back before the clock for "within a second" starts.
      await waitUntil(
        async () => (await db.query("SELECT 1 FROM pg_stat_activity WHERE application_name = 'isnad listener'")).rowCount === 1,
        'the listener reconnected',
        20_000,
      );
    } finally {
      await db.end();
    }
    await expectNewFactAnsweredWithinASecond(fake, (...args) => {
      const added = factsCli(cliDatabase({ databaseUrl: server.url }), ...args);
      expect(added.stderr).toBe('');
      return added.stdout;
    });
  });
});

/** Whether this machine lets the test give the bot a small filesystem of its own (a tmpfs in a private mount namespace). */
function canMountTmpfs(): boolean {
  const folder = mkdtempSync(path.join(tmpdir(), 'isnad-tmpfs-check-'));
  try {
    return spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', 'mount -t tmpfs -o size=1m isnad "$0"', folder]).status === 0;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

(canMountTmpfs() ? describe : describe.skip)('SQLite on a filesystem that fills up (a tmpfs only the bot sees)', () => {
  let fake: FakeDiscord;
  let bot: BotProcess;
  let folder: string;
  let file: string;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'isnad-full-'));
    file = path.join(folder, 'isnad.db');
    fake = new FakeDiscord({ roles: [MODERATOR_ROLE] });
    await fake.start();
    bot = spawnBot(botEnv(fake, { DB_PATH: file }), 'src/discord/main.ts', [
      'unshare',
      '--mount',
      '--propagation',
      'private',
      'sh',
      '-c',
      'mount -t tmpfs -o size=64m isnad "$0" && exec "$@"',
      folder,
    ]);
    await bot.ready(30_000);
  });

  afterAll(async () => {
    bot?.child.kill('SIGKILL');
    await fake?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  /** Runs a command where the bot's filesystem is mounted (its mount namespace). */
  function besideTheBot(command: string[], env: NodeJS.ProcessEnv = process.env): string {
    const result = spawnSync('nsenter', ['-t', String(bot.child.pid), '-m', '--', ...command], { env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command.join(' ')} failed (${result.status}): ${result.stderr}`);
    return result.stdout;
  }

  /** Runs `script` in node beside the bot, with `Database` (better-sqlite3) and `file` at hand. */
  const nodeBesideTheBot = (script: string) =>
    besideTheBot([
      process.execPath,
      '-e',
      `const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))}); const file = ${JSON.stringify(file)}; ${script}`,
    ]);

  /** Empties the write-ahead log, so the next write must grow a file, then fills the filesystem. */
  function fillTheDisk(): void {
    const checkpoint = nodeBesideTheBot(`
      const db = new Database(file);
      console.log(JSON.stringify(db.pragma('wal_checkpoint(TRUNCATE)')));
      db.close();
      const fs = require('node:fs');
      const filler = fs.openSync(require('node:path').join(require('node:path').dirname(file), 'filler'), 'w');
      for (const size of [1 << 20, 4096, 1]) {
        const chunk = Buffer.alloc(size, 1);
        try { for (;;) fs.writeSync(filler, chunk); } catch (error) { if (error.code !== 'ENOSPC') throw error; }
      }`);
    expect(JSON.parse(checkpoint)).toEqual([{ busy: 0, log: 0, checkpointed: 0 }]);
  }

  test('every question answered or abstained, writes refused plainly, records written when space returns, then a new fact answered', async () => {
    expectAnswerOrAbstention(await ask(fake, ANSWERABLE[0]), ANSWERABLE[0]);
    fillTheDisk();

    const unanswered = await askThroughTheOutage(fake, 'full');
    const voter = newUser();
    const votedFact = await vote(fake, ANSWERABLE[1], voter);
    await expectPlainRefusals(bot, fake, /database is full/, /قاعدة البيانات ممتلئة/);
    const down = await waitUntil(() => bot.logs().find((entry) => entry.message === 'database unavailable'), 'the outage logged');
    expect(down).toMatchObject({ level: 'warn', failure: 'full', error: { message: expect.stringMatching(/full/) } });

    besideTheBot(['rm', path.join(folder, 'filler')]);
    await waitUntil(() => bot.logs().find((entry) => entry.message === 'database available again'), 'the return logged', 20_000);
    expect([count(bot, 'database unavailable'), count(bot, 'database available again')]).toEqual([1, 1]);

    // Each in the server it was asked in.
    const guildId = fake.guilds[0].id;
    await waitUntil(() => {
      const found = JSON.parse(
        nodeBesideTheBot(`
        const db = new Database(file, { readonly: true });
        console.log(JSON.stringify(db.prepare('SELECT example, guild_id FROM unanswered_questions').all()));`),
      ) as { example: string; guild_id: string }[];
      return unanswered.every((question) => found.some((row) => row.example === question && row.guild_id === guildId));
    }, 'every unanswered question written');
    const votes = nodeBesideTheBot(`
      const db = new Database(file, { readonly: true });
      console.log(JSON.stringify(db.prepare('SELECT helpful, guild_id FROM feedback WHERE fact_id = ? AND user_id = ?').all(${JSON.stringify(votedFact)}, ${JSON.stringify(voter)})));`);
    expect(JSON.parse(votes)).toEqual([{ helpful: 1, guild_id: guildId }]);

    const database = cliDatabase({ dbPath: file });
    await expectNewFactAnsweredWithinASecond(fake, (...args) => besideTheBot([TSX, path.join(PROJECT_ROOT, 'src/cli/facts.ts'), ...args], database.env));
  });
});
