/**
 * Through Discord: the bot as users meet it. The real bot runs in a child process (`npm start`'s
 * entry point) against the fake Discord on 127.0.0.1; this process dispatches /ask interactions
 * and times each until the bot's reply reaches the fake's REST server, and times the process
 * from spawn to READY.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeDiscord } from '../test/fake-discord';
import { checkNote, type Check, progress, type Section } from './section';
import { median, now, percentile, round } from './stats';
import { formatTable } from './table';
import { DISCORD_P99_TARGET_MS } from './targets';

const ROOT = path.resolve(__dirname, '..');
const ROUND_TRIPS = 200;
const WARMUP = 20;

/**
 * Starts the bot (SQLite at `dbPath`, no cooldown, `env` on top) and resolves with the milliseconds
 * until it logged that it is ready. Its log is read only until then.
 */
export function startBot(fake: FakeDiscord, dbPath: string, env: NodeJS.ProcessEnv = {}): { child: ChildProcess; ready: Promise<number> } {
  const started = now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/discord/main.ts')], {
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
      if (!/"message":"ready"/.test(log)) return;
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
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { question: string }).question)
    .filter((question) => question.trim().length > 0);
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
      const latencies: number[] = [];
      for (let i = 0; i < WARMUP + ROUND_TRIPS; i++) {
        const started = now();
        const sent = await fake.slashCommand({ name: 'ask', options: { question: asked[i % asked.length] } });
        await fake.waitForResponse(sent, 10_000);
        if (i >= WARMUP) latencies.push(now() - started);
      }
      const p50 = round(median(latencies), 3);
      const p99 = round(percentile(latencies, 0.99), 3);
      const check: Check = { what: '/ask dispatch-to-reply p99 through the fake Discord', metric: 'p99', unit: 'ms', limit: DISCORD_P99_TARGET_MS, atMost: true, value: p99 };
      return {
        json: { discord: { round_trips: ROUND_TRIPS, p50_ms: p50, p99_ms: p99, start_to_ready_ms: round(readyMs, 0) } },
        text: [
          formatTable(['round trips', 'p50 ms', 'p99 ms', 'process start → ready ms', 'target'], [[ROUND_TRIPS, p50, p99, round(readyMs, 0), checkNote(check)]]),
          '',
          'A round trip: the fake dispatches INTERACTION_CREATE over its gateway, the bot answers from its',
          'SQLite store and engine, and its reply reaches the fake over REST. Start → ready includes tsx',
          'compiling the TypeScript, opening and seeding a new database, building the index and logging in.',
        ].join('\n'),
        checks: [check],
      };
    } finally {
      await stopBot(child);
      await fake.stop();
      rmSync(directory, { recursive: true, force: true });
    }
  },
};
