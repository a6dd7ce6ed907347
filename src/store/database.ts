/**
 * Opens the SQLite file: refuses anything that is not an Isnad database without writing to it,
 * and sets the connection up for several processes sharing the file.
 */
import { closeSync, mkdirSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseFileError } from './errors';
import { APPLICATION_ID, NEWER_SCHEMA_ADVICE, newerSchema, SCHEMA_VERSION } from './migrations';

/** How long a write waits for another process's transaction before giving up. */
export const BUSY_TIMEOUT_MS = 5000;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function moveAsideAdvice(file: string): string {
  return `Restore it from a backup, or move it aside (for example: mv "${file}" "${file}.broken") and start again to get a fresh database seeded from data/.`;
}

function statIfPresent(file: string): Stats | null {
  try {
    return statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DatabaseFileError(file, `it cannot be examined (${(error as Error).message})`, 'Check the path and its permissions.');
  }
}

/** Reads the header ourselves, so a file that is not SQLite is never handed to SQLite at all. */
function hasSqliteHeader(file: string): boolean {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  let descriptor: number;
  try {
    descriptor = openSync(file, 'r');
  } catch (error) {
    throw new DatabaseFileError(file, `it cannot be read (${(error as Error).message})`, 'Check its permissions, or restore it from a backup.');
  }
  try {
    return readSync(descriptor, header, 0, header.length, 0) === header.length && header.equals(SQLITE_HEADER);
  } finally {
    closeSync(descriptor);
  }
}

/** Checks an existing file before anything may write to it. */
function refuseForeignFile(file: string, stats: Stats | null): void {
  if (stats === null) return;
  if (stats.isDirectory()) {
    throw new DatabaseFileError(
      file,
      'it is a directory, not a database file',
      `Set DB_PATH to a file, or move the directory aside (for example: mv "${file}" "${file}.moved").`,
    );
  }
  // SQLite treats an empty file as an empty database: there is nothing in it to lose.
  if (stats.size > 0 && !hasSqliteHeader(file)) {
    throw new DatabaseFileError(file, 'it is not an SQLite database (it is damaged, or another kind of file)', moveAsideAdvice(file));
  }
}

/** Reads the header fields and the schema; a damaged file fails here, before any write. */
function refuseUnusableDatabase(db: Database.Database, file: string): void {
  let applicationId: number;
  let version: number;
  let objects: number;
  try {
    applicationId = db.pragma('application_id', { simple: true }) as number;
    version = db.pragma('user_version', { simple: true }) as number;
    objects = (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n;
  } catch (error) {
    throw new DatabaseFileError(file, `it is damaged (${(error as Error).message})`, moveAsideAdvice(file));
  }
  if (applicationId !== APPLICATION_ID && objects > 0) {
    throw new DatabaseFileError(
      file,
      "it is an SQLite database, but not one of Isnad's",
      `Set DB_PATH to another file, or move it aside (for example: mv "${file}" "${file}.other").`,
    );
  }
  if (version > SCHEMA_VERSION) throw new DatabaseFileError(file, newerSchema(version), NEWER_SCHEMA_ADVICE);
}

export function openDatabase(file: string): Database.Database {
  const stats = statIfPresent(file);
  refuseForeignFile(file, stats);
  if (stats === null) {
    try {
      mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      // Created empty first (another process may beat us to it), readable by its owner only: it
      // holds who asked what. SQLite gives the -wal and -shm files beside it the same mode.
      closeSync(openSync(file, 'a', 0o600));
    } catch (error) {
      throw new DatabaseFileError(file, `it cannot be created (${(error as Error).message})`, 'Set DB_PATH to a writable location.');
    }
  }
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new DatabaseFileError(file, `it cannot be opened (${(error as Error).message})`, 'Check the path and its permissions.');
  }
  try {
    refuseUnusableDatabase(db, file);
    // WAL lets readers (the bot answering) carry on while a moderator writes.
    db.pragma('journal_mode = WAL');
    // FULL: a change a moderator was told is saved survives a power cut, not only a crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
