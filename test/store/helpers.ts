/** Shared set-up for the store tests: a private temp folder per test, a copy of data/, the facts CLI. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATA_DIR } from '../../src/core/knowledge/load';
import type { Clock } from '../../src/store/clock';
import type { Actor } from '../../src/store/types';
import type { TestDatabase } from './backends';

export const PROJECT_ROOT = path.resolve(__dirname, '../..');
export const TSX = path.join(PROJECT_ROOT, 'node_modules/.bin/tsx');

export const MODERATOR: Actor = { id: 'discord:1001', name: 'mona' };

/** A fresh folder under the OS temp dir, removed after the test file. */
export function tempFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'isnad-store-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** A copy of data/ the test may change. */
export function copyOfData(folder: string): string {
  const copy = path.join(folder, 'data');
  cpSync(DATA_DIR, copy, { recursive: true });
  return copy;
}

/** A fact about something the report never mentions, so only this fact can answer for it. */
export const MOORE_THREADS = {
  en: 'Moore Threads builds the MTT S4000 accelerator in Beijing.',
  ar: 'تبني مور ثريدز مسرّع MTT S4000 في بكين.',
  paragraph: 4,
};

/** The question MOORE_THREADS answers. */
export const MOORE_THREADS_QUESTION = 'What does Moore Threads build?';

/** MOORE_THREADS as a moderator corrects it. */
export const MOORE_THREADS_EDITED = {
  en: 'Moore Threads builds the MTT S5000 accelerator in Shanghai.',
  ar: 'تبني مور ثريدز مسرّع MTT S5000 في شنغهاي.',
};

/** A clock the test moves by hand, for the store's time (cooldown windows, retention ages). */
export function manualClock(start = Date.UTC(2026, 0, 1)): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => now, advance: (ms) => (now += ms) };
}

/** Runs `npm run facts -- ARGS` for real, as a child process, against `database`. */
export function factsCli(database: TestDatabase, ...args: string[]) {
  const result = spawnSync(TSX, ['src/cli/facts.ts', ...args], { cwd: PROJECT_ROOT, env: database.env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
