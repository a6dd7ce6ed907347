/**
 * The embedded backend: one better-sqlite3 connection to the file, its synchronous calls behind
 * the asynchronous SQL interface. A transaction's body may await, so everything on the connection
 * takes turns in one queue: nothing else runs inside an open transaction, or sees it half done.
 */
import type Database from 'better-sqlite3';
import { DatabaseFileError } from './errors';
import { openDatabase } from './database';
import { NEWER_SCHEMA_ADVICE, newerSchema } from './migrations';
import type { SqlDatabase, SqlTransaction, SqlValue } from './sql';

/** How often a process looks for commits made by other connections to the file. */
export const POLL_INTERVAL_MS = 200;

class SqliteDatabase implements SqlDatabase {
  readonly dialect = 'sqlite';
  private readonly statements = new Map<string, Database.Statement>();
  /** Settles when everything queued on the connection so far has finished. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Runs at once: only code that already holds the queue (a transaction's body) uses it. */
  private readonly direct: SqlTransaction = {
    query: async <Row>(sql: string, params: readonly SqlValue[] = []) => this.statement(sql).all(...params) as Row[],
    run: async (sql, params = []) => {
      this.statement(sql).run(...params);
    },
    exec: async (script) => {
      this.db.exec(script);
    },
    // Other connections notice commits by `PRAGMA data_version`; there is nothing to send.
    notifyChange: async () => undefined,
  };

  constructor(
    private readonly file: string,
    private readonly db: Database.Database,
  ) {}

  /** Prepared statements, compiled on first use and kept for the connection's life. */
  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    // The queue waits for the work, never holds its result: a catch() would pass the rows
    // through, keeping every fact the engine was built from alive until the next query.
    this.queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  query<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]> {
    return this.inTurn(() => this.direct.query<Row>(sql, params));
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<void> {
    return this.inTurn(() => this.direct.run(sql, params));
  }

  exec(script: string): Promise<void> {
    return this.inTurn(() => this.direct.exec(script));
  }

  /** IMMEDIATE takes the file's write lock at once, so other processes' writers wait their turn. */
  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    return this.inTurn(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.direct);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  /** `PRAGMA data_version` changes when another connection commits; reading it costs no I/O. */
  watch(onCommit: () => void, onError: (error: unknown) => void): () => Promise<void> {
    let seen = this.dataVersion();
    const timer = setInterval(() => {
      try {
        const version = this.dataVersion();
        if (version === seen) return;
        seen = version;
        onCommit();
      } catch (error) {
        onError(error);
      }
    }, POLL_INTERVAL_MS);
    // The poll alone never keeps a process alive.
    timer.unref();
    onCommit();
    return async () => clearInterval(timer);
  }

  private dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  newerSchemaError(version: number): Error {
    return new DatabaseFileError(this.file, newerSchema(version), NEWER_SCHEMA_ADVICE);
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.db.open) this.db.close();
  }
}

/** The file, checked and set up (see database.ts); not yet migrated. */
export function openSqlite(file: string): SqlDatabase {
  return new SqliteDatabase(file, openDatabase(file));
}
