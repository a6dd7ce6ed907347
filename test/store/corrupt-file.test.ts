/**
 * A database file that cannot be used stops start-up with the file named and what to do, and is
 * left exactly as it was: never replaced by a fresh, empty database. A new one is private to its owner.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseFileError } from '../../src/store/errors';
import { openRuntime } from '../../src/store/runtime';
import { Store } from '../../src/store/store';
import { tempFolder } from './helpers';

const folder = tempFolder();

async function expectRefusal(file: string, problem: RegExp): Promise<void> {
  let error: unknown;
  try {
    await (await openRuntime({ dbPath: file })).close();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(DatabaseFileError);
  const message = (error as Error).message;
  expect(message).toContain(file);
  expect(message).toMatch(problem);
}

beforeAll(async () => {
  // A real database, to cut short below.
  await (await Store.open({ dbPath: path.join(folder, 'good.db') })).close();
});

describe.each([
  ['a file of random bytes', () => randomBytes(8192)],
  ['a text file', () => Buffer.from('these are my notes, not a database\n'.repeat(50))],
  ['a database file cut short after its header', () => readFileSync(path.join(folder, 'good.db')).subarray(0, 200)],
])('%s', (name, contents) => {
  test('is refused with advice and left byte-for-byte untouched', async () => {
    const file = path.join(folder, `${name.replace(/\W+/g, '-')}.db`);
    const bytes = contents();
    writeFileSync(file, bytes);
    await expectRefusal(file, /(not an SQLite database|damaged)[\s\S]*backup[\s\S]*move it aside/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readdirSync(folder).filter((entry) => entry.startsWith(path.basename(file)))).toEqual([path.basename(file)]);
  });
});

test('a directory at the path is refused, and left as it was', async () => {
  const directory = path.join(folder, 'a-directory.db');
  mkdirSync(directory);
  writeFileSync(path.join(directory, 'keep.txt'), 'mine');
  await expectRefusal(directory, /is a directory[\s\S]*DB_PATH/);
  expect(readdirSync(directory)).toEqual(['keep.txt']);
});

test('a database from a newer version of Isnad is refused, not downgraded', async () => {
  const file = path.join(folder, 'newer.db');
  await (await Store.open({ dbPath: file })).close();
  const db = new Database(file);
  db.pragma('user_version = 999');
  db.close();
  const bytes = readFileSync(file);
  await expectRefusal(file, /newer version of Isnad[\s\S]*Update Isnad/);
  expect(readFileSync(file).equals(bytes)).toBe(true);
});

test("another program's SQLite database is refused, not taken over", async () => {
  const file = path.join(folder, 'other-program.db');
  const db = new Database(file);
  db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
  db.close();
  const bytes = readFileSync(file);
  await expectRefusal(file, /not one of Isnad's/);
  expect(readFileSync(file).equals(bytes)).toBe(true);
});

test('a new database file, its folder and its write-ahead log are readable by their owner only', async () => {
  const directory = path.join(folder, 'private', 'nested');
  const file = path.join(directory, 'isnad.db');
  const store = await Store.open({ dbPath: file });
  try {
    await store.recordFeedback('baidu-accelerators', '700000000000000001', true);
    const mode = (entry: string) => statSync(entry).mode & 0o777;
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
    expect(mode(directory)).toBe(0o700);
  } finally {
    await store.close();
  }
});
