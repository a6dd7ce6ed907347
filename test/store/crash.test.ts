/**
 * Killing a process mid-write loses nothing it acknowledged and leaves no half-written fact:
 * a writer is SIGKILLed at random moments and the file is checked after each kill.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { mulberry32, type Random } from '../../bench/random';
import { DATA_DIR } from '../../src/core/knowledge/load';
import { Store } from '../../src/store/store';
import { crashFact } from './crash-fact';
import { testSeed } from '../seed';
import { PROJECT_ROOT, tempFolder } from './helpers';

const ROUNDS = 6;
const SEED = testSeed(6);
const folder = tempFolder();

/**
 * Runs the writer, kills it 50–400 ms after its first acknowledged write (so the kill lands
 * mid-stream, not during start-up), and returns the ids it printed.
 */
function writeUntilKilled(dbPath: string, round: number, random: Random): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'crash-writer.ts'), dbPath, DATA_DIR, String(round)], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    let killScheduled = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (!killScheduled && output.includes('\n')) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), 50 + random() * 350);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`the writer stopped on its own:\n${errors}`));
        return;
      }
      // A line cut off by the kill was never acknowledged.
      const lines = output.split('\n');
      resolve(lines.slice(0, -1));
    });
  });
}

test(`after ${ROUNDS} kills mid-write, every acknowledged fact is whole and the file is sound (seed ${SEED})`, async () => {
  const dbPath = path.join(folder, 'crash.db');
  const random = mulberry32(SEED);
  const acknowledged = new Map<string, { en: string; ar: string }>();
  for (let round = 1; round <= ROUNDS; round++) {
    const ids = await writeUntilKilled(dbPath, round, random);
    expect(ids.length).toBeGreaterThan(0);
    ids.forEach((id, index) => acknowledged.set(id, crashFact(round, index + 1)));

    const store = await Store.open({ dbPath }, { dataDir: DATA_DIR });
    for (const [id, expected] of acknowledged) {
      expect(await store.getFact(id)).toMatchObject({ ...expected, status: 'active' });
    }
    await store.close();

    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const factsWithoutRevision = db
        .prepare('SELECT count(*) AS n FROM facts WHERE id NOT IN (SELECT fact_id FROM revisions WHERE fact_id IS NOT NULL)')
        .get();
      expect(factsWithoutRevision).toEqual({ n: 0 });
      const revisionsWithoutFact = db.prepare('SELECT count(*) AS n FROM revisions WHERE fact_id IS NOT NULL AND fact_id NOT IN (SELECT id FROM facts)').get();
      expect(revisionsWithoutFact).toEqual({ n: 0 });
      const halfWritten = db.prepare("SELECT count(*) AS n FROM facts WHERE en = '' OR ar = ''").get();
      expect(halfWritten).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  }
}, 30000);
