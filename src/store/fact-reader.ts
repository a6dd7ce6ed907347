/**
 * The facts read straight from the SQLite file, at once (better-sqlite3 is synchronous), on a
 * read-only connection of their own. It is what lets the engine keep only its index in memory and
 * read a fact back when an answer shows it: a lookup by primary key, microseconds. Its own
 * connection sees committed facts only, never a moderator's write half done on the store's.
 */
import Database from 'better-sqlite3';
import type { Fact } from '../core/types';
import { ACTIVE_ENGINE_FACT_BY_ID, ACTIVE_ENGINE_FACTS, type EngineFactRow, engineFactFromRow } from './rows';

/** Reads are single rows by key, and the build's one pass over the table gains nothing from a cache: SQLite's default (16 MB) would be resident memory for nothing. */
const PAGE_CACHE_KIB = 1024;
/**
 * How long a read waits when the file is busy (in WAL mode, only while another process recovers
 * it after a crash): a question waits this long at most, then gets an apology, instead of holding
 * every other question behind it for better-sqlite3's default 5 s.
 */
const BUSY_WAIT_MS = 100;

export class SqliteFactReader {
  private readonly db: Database.Database;
  private readonly byId: Database.Statement<[string], EngineFactRow>;
  private readonly all: Database.Statement<[], EngineFactRow>;

  /** `file` is a database the store has opened (and migrated). */
  constructor(file: string) {
    this.db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_WAIT_MS });
    try {
      this.db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
      this.byId = this.db.prepare(ACTIVE_ENGINE_FACT_BY_ID);
      this.all = this.db.prepare(ACTIVE_ENGINE_FACTS);
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  /** An active fact as it is stored now. */
  get(id: string): Fact | undefined {
    const row = this.byId.get(id);
    return row && engineFactFromRow(row).fact;
  }

  /** Every active fact and its server (null: shared), in the order added, one row at a time. */
  *active(): Generator<{ fact: Fact; guildId: string | null }> {
    for (const row of this.all.iterate()) yield engineFactFromRow(row);
  }

  close(): void {
    this.db.close();
  }
}
