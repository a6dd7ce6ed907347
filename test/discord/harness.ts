/**
 * Starts the real bot (discord.js client, store, engine) against the fake Discord, with a fresh
 * database in a temp folder, and offers the few lookups the end-to-end tests share.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBot, type Bot } from '../../src/discord/bot';
import type { BotConfig } from '../../src/discord/config';
import { createLogger } from '../../src/discord/logger';
import { openRuntime, type Runtime } from '../../src/store/runtime';
import { FakeDiscord, type FakeDiscordOptions, type Obj, type RestCall } from '../fake-discord';
import { waitUntil, withTimeout } from '../wait';

export const MODERATOR_ROLE = '900000000000000001';

export interface Harness {
  fake: FakeDiscord;
  runtime: Runtime;
  bot: Bot;
  logs: string[];
  stop(): Promise<void>;
}

/**
 * `overrides` may depend on the fake (its channel ids, say); `world` shapes the fake (more
 * servers, their roles), every server having MODERATOR_ROLE unless it says otherwise. The first
 * server is the home server unless `overrides` says otherwise.
 */
export async function startHarness(
  overrides: Partial<BotConfig> | ((fake: FakeDiscord) => Partial<BotConfig>) = {},
  world: FakeDiscordOptions = {},
): Promise<Harness> {
  const fake = new FakeDiscord({ roles: [MODERATOR_ROLE], ...world });
  await fake.start();
  const directory = mkdtempSync(path.join(tmpdir(), 'isnad-e2e-'));
  const runtime = await openRuntime({ dbPath: path.join(directory, 'isnad.db') });
  const logs: string[] = [];
  const config: BotConfig = {
    token: fake.token,
    clientId: fake.bot.id,
    guildId: null,
    apiBase: fake.api,
    moderatorRoleIds: [MODERATOR_ROLE],
    // The fake's first server is the home server: its moderators change the shared knowledge.
    homeGuildIds: [fake.guilds[0].id],
    askChannelIds: [],
    cooldownSeconds: 0,
    shardCount: null,
    shardIds: null,
    statusSeconds: 0,
    shutdownSeconds: 10,
    ...(typeof overrides === 'function' ? overrides(fake) : overrides),
  };
  const bot = createBot(
    config,
    runtime,
    createLogger([fake.token], (line) => logs.push(line)),
  );
  await withTimeout(bot.start(), 15_000, 'login');
  return {
    fake,
    runtime,
    bot,
    logs,
    async stop() {
      await bot.stop();
      await fake.stop();
      await runtime.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/**
 * One harness for a whole test file: started before its tests, stopped after them. Read `.current`
 * inside tests.
 */
export function harnessForFile(...args: Parameters<typeof startHarness>): { readonly current: Harness } {
  let current: Harness | undefined;
  beforeAll(async () => {
    current = await startHarness(...args);
  });
  afterAll(async () => {
    await current?.stop();
  });
  return {
    get current() {
      if (!current) throw new Error('the harness starts in a hook; read it inside a test');
      return current;
    },
  };
}

let catchUps = 0;

/**
 * Resolves once the bot has dealt with every message sent before the call, so a test can then
 * check that one of them got no reply without sleeping: it asks a question (a new user, mentioning
 * the bot, in the same channel) and waits for the answer. The bot takes each message's turn in the
 * store in the order the messages came, and its replies to one channel leave in order, so a reply
 * to any earlier message would have reached the fake before this one.
 */
export async function botCaughtUp(fake: FakeDiscord, channel: { guildId?: string | null } = {}): Promise<void> {
  const userId = String(790000000000000000n + BigInt(++catchUps));
  const sentinel = await fake.userMessage({ content: 'What does DeepSeek use for R2?', mentionBot: true, userId, ...channel });
  await fake.waitForCall((c) => c.body?.message_reference?.message_id === sentinel.id);
}

/** Everything a reply shows as text: its content and its embeds. */
export function replyText(call: RestCall): string {
  const body = replyBody(call);
  return [body.content ?? '', ...(body.embeds ?? []).map(embedText)].join('\n');
}

/** The message body a reply call carries: an interaction callback's data, or the body itself. */
export function replyBody(call: RestCall): Obj {
  return call.path.endsWith('/callback') ? (call.body.data ?? {}) : call.body;
}

export function firstEmbed(call: RestCall): Obj {
  const embed = replyBody(call).embeds?.[0];
  if (!embed) throw new Error(`reply has no embed: ${JSON.stringify(replyBody(call))}`);
  return embed;
}

/** Everything an answer embed shows, as one string (description, fields, footer). */
export function embedText(embed: Obj): string {
  return [embed.author?.name, embed.description, ...(embed.fields ?? []).map((field: Obj) => `${field.name} ${field.value}`), embed.footer?.text]
    .filter(Boolean)
    .join('\n')
    .replace(/[\u200e\u200f\u2066-\u2069]/g, '');
}

/** The message the bot created as its reply to interaction `id`. */
export function originalMessage(fake: FakeDiscord, interactionId: string): Obj {
  const message = [...fake.world.messages.values()].find((candidate) => candidate.interaction_metadata?.id === interactionId);
  if (!message) throw new Error(`no reply message for interaction ${interactionId}`);
  return message;
}

const ROOT = path.resolve(__dirname, '../..');
/** tsx's CommonJS hook, as `npm start` runs the bot, by absolute address: the bot runs in an empty folder, so no developer's .env is read. */
const TSX = require.resolve('tsx/cjs');

export interface BotProcess {
  child: ChildProcessWithoutNullStreams;
  exited: Promise<number | null>;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** The complete JSON log lines it printed so far, parsed. */
  logs(): Obj[];
  /** Resolves once it logged that it is ready (fails if it exits first). */
  ready(timeoutMs?: number): Promise<void>;
}

/**
 * `npm start`'s entry point in a child process, with only `env` (and PATH) set; `prefix` runs it
 * through another command (which must exec it, so the child's pid stays the bot's).
 */
export function spawnBot(env: NodeJS.ProcessEnv, script = 'src/discord/main.ts', prefix: string[] = []): BotProcess {
  const command = [...prefix, process.execPath, '--require', TSX, path.join(ROOT, script)];
  const child = spawn(command[0], command.slice(1), {
    cwd: mkdtempSync(path.join(tmpdir(), 'isnad-cwd-')),
    env: { PATH: process.env.PATH, ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = async (timeoutMs = 15_000) => {
    await waitUntil(
      () => {
        if (child.exitCode !== null) throw new Error(`the bot exited (${child.exitCode}):\n${output}`);
        return output.includes('"message":"ready"');
      },
      'the bot becoming ready',
      timeoutMs,
    );
  };
  const logs = () =>
    output
      .split('\n')
      .slice(0, -1)
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Obj);
  return { child, exited, output: () => output, logs, ready };
}
