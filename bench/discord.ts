/**
 * Through Discord: the bot as users meet it. The real bot runs in a child process (`npm start`'s
 * entry point) against the fake Discord on 127.0.0.1; this process dispatches /ask interactions
 * and times each until the bot's reply reaches the fake's REST server, and times the process
 * from spawn to READY. Then the same questions again while another user floods autocomplete with
 * 500-letter words: the asker's p99 is set against the unflooded one from the same run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseEvalSet } from '../src/eval/evaluate';
import { FakeDiscord } from '../test/fake-discord';
import { checkNote, type Check, progress, type Section } from './section';
import { mulberry32, type Random } from './random';
import { median, now, percentile, round } from './stats';
import { formatTable } from './table';
import { DISCORD_P99_TARGET_MS } from './targets';

const ROOT = path.resolve(__dirname, '..');
const ROUND_TRIPS = 200;
const WARMUP = 20;
/** The flooder's autocompletes per second: a script's pace, far past a typist's and the bot's limit. */
const FLOOD_PER_SECOND = 100;
/** How much slower, at p99, the asker may be while another user floods. */
const FLOOD_P99_EXTRA_MS = 5;

/**
 * Starts the bot (SQLite at `dbPath`, no cooldown, `env` on top) and resolves with the milliseconds
 * until it logged that it is ready. Its log is read only until then.
 */
export function startBot(fake: FakeDiscord, dbPath: string, env: NodeJS.ProcessEnv = {}): { child: ChildProcess; ready: Promise<number> } {
  const started = now();
  // As `npm start` runs it.
  const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), path.join(ROOT, 'src/discord/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.bot.id,
      DISCORD_API_BASE: fake.api,
      DB_PATH: dbPath,
      DATABASE_URL: '',
      COOLDOWN_SECONDS: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ready = new Promise<number>((resolve, reject) => {
    let log = '';
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      if (!log.includes('"message":"ready"')) return;
      child.stderr?.off('data', read);
      // Still drained, so a chatty bot never blocks on a full pipe.
      child.stderr?.resume();
      resolve(now() - started);
    };
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`the bot exited (${code}) before it was ready:\n${log}`)));
  });
  return { child, ready };
}

/** Asks the bot to shut down and waits until it has. */
export async function stopBot(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
}

/** A process's resident memory in MB, from /proc (Linux); null elsewhere. */
export function rssMb(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? round(Number(kb) / 1024, 1) : null;
  } catch {
    return null;
  }
}

/** The project's eval questions (answerable and not), as people asked them. */
export function evalQuestions(): string[] {
  const file = path.join(ROOT, 'test/eval/isnad.jsonl');
  return parseEvalSet(readFileSync(file, 'utf8'), file)
    .map((evalCase) => evalCase.question)
    .filter((question) => question.trim().length > 0);
}

/** `count` timed /ask round trips by one user, after `warmup` untimed ones. */
async function askRoundTrips(fake: FakeDiscord, questions: string[], userId: string, count: number, warmup = 0): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < warmup + count; i++) {
    const started = now();
    const sent = await fake.slashCommand({ name: 'ask', options: { question: questions[i % questions.length] }, userId });
    await fake.waitForResponse(sent, 10_000);
    if (i >= warmup) latencies.push(now() - started);
  }
  return latencies;
}

/** Blocks of round trips, flooded and not in turn, so a machine whose load drifts weighs on both alike. */
const FLOOD_BLOCKS = 8;
const FLOOD_BLOCK_TRIPS = 100;

/** A "word" of 500 random letters: the most the question option holds, and the worst for typo matching. */
function longWord(random: Random): string {
  return Array.from({ length: 500 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
}

/**
 * Another user sends autocompletes of 500-letter words at FLOOD_PER_SECOND, without waiting for
 * answers, until stopped; resolves, once every one is answered, with how many were sent.
 */
function flood(fake: FakeDiscord, userId: string, random: Random): { stop(): Promise<number> } {
  const replies: Promise<unknown>[] = [];
  const timer = setInterval(() => {
    const question = `what does ${longWord(random)}`;
    replies.push(fake.autocomplete({ name: 'ask', options: { question }, focused: 'question', userId }).then((sent) => fake.waitForResponse(sent, 10_000)));
  }, 1000 / FLOOD_PER_SECOND);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(replies);
      return replies.length;
    },
  };
}

export const discord: Section = {
  name: 'discord',
  title: 'Through Discord: the real bot process against the fake Discord on 127.0.0.1',
  async run() {
    const fake = new FakeDiscord();
    await fake.start();
    const directory = mkdtempSync(path.join(tmpdir(), 'isnad-bench-discord-'));
    const { child, ready } = startBot(fake, path.join(directory, 'isnad.db'));
    try {
      progress('discord: starting the bot');
      const readyMs = await ready;
      const asked = evalQuestions();
      const latencies = await askRoundTrips(fake, asked, fake.userId, ROUND_TRIPS, WARMUP);
      const p50 = round(median(latencies), 3);
      const p99 = round(percentile(latencies, 0.99), 3);
      const check: Check = {
        what: '/ask dispatch-to-reply p99 through the fake Discord',
        metric: 'p99',
        unit: 'ms',
        limit: DISCORD_P99_TARGET_MS,
        atMost: true,
        value: p99,
      };
      progress('discord: the same questions while another user floods autocomplete, and without, in turn');
      const random = mulberry32(9);
      const quiet: number[] = [];
      const flooded: number[] = [];
      let sent = 0;
      for (let block = 0; block < FLOOD_BLOCKS; block++) {
        const flooder = block % 2 === 1 ? flood(fake, '700000000000000666', random) : null;
        (flooder ? flooded : quiet).push(...(await askRoundTrips(fake, asked, fake.userId, FLOOD_BLOCK_TRIPS)));
        sent += (await flooder?.stop()) ?? 0;
      }
      const quietP99 = round(percentile(quiet, 0.99), 3);
      const floodedP50 = round(median(flooded), 3);
      const floodedP99 = round(percentile(flooded, 0.99), 3);
      const extra = round(floodedP99 - quietP99, 3);
      const floodCheck: Check = {
        what: '/ask p99 while another user floods autocomplete, minus the unflooded p99',
        metric: 'extra p99',
        unit: 'ms',
        limit: FLOOD_P99_EXTRA_MS,
        atMost: true,
        value: extra,
      };
      return {
        json: {
          discord: { round_trips: ROUND_TRIPS, p50_ms: p50, p99_ms: p99, start_to_ready_ms: round(readyMs, 0) },
          discord_flood: {
            autocompletes_sent: sent,
            p50_ms: floodedP50,
            p99_ms: floodedP99,
            unflooded_p99_ms: quietP99,
            p99_ratio: round(floodedP99 / quietP99, 2),
            p99_extra_ms: extra,
          },
        },
        text: [
          formatTable(
            ['round trips', 'p50 ms', 'p99 ms', 'process start → ready ms', 'target'],
            [[ROUND_TRIPS, p50, p99, round(readyMs, 0), checkNote(check)]],
          ),
          '',
          'A round trip: the fake dispatches INTERACTION_CREATE over its gateway, the bot answers from its',
          'SQLite store and engine, and its reply reaches the fake over REST. Start → ready includes tsx',
          'compiling the TypeScript, opening and seeding a new database, building the index and logging in.',
          '',
          formatTable(
            ['while another user floods autocomplete', 'p50 ms', 'p99 ms', 'unflooded p99 ms', 'p99 ÷ unflooded', 'p99 − unflooded', 'target'],
            [[`${sent} autocompletes of 500-letter words`, floodedP50, floodedP99, quietP99, round(floodedP99 / quietP99, 2), extra, checkNote(floodCheck)]],
          ),
          '',
          `${FLOOD_BLOCKS * FLOOD_BLOCK_TRIPS} more round trips in ${FLOOD_BLOCKS} blocks, every other one while the flooder sends ${FLOOD_PER_SECOND} autocompletes`,
          'a second without waiting (unflooded p99: the blocks between). Past its share (5 at once, 4 a second)',
          'each gets an empty list at once; the few it is served cost a bounded lookup (no fuzzy matching',
          'past 32 letters).',
        ].join('\n'),
        checks: [check, floodCheck],
      };
    } finally {
      await stopBot(child);
      await fake.stop();
      rmSync(directory, { recursive: true, force: true });
    }
  },
};
