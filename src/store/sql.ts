/**
 * The little SQL the store needs, which both backends (SQLite through better-sqlite3, PostgreSQL
 * through pg) provide. Statements are written once, with `?` placeholders, in the SQL both
 * dialects accept; JSON is stored as text in both.
 */

export type SqlValue = string | number | null;
export type DialectName = 'sqlite' | 'postgres';

/** A sum or a bigint column: a number from SQLite, a numeric string from PostgreSQL. */
export type Aggregate = number | string;

/** `?, ?, ?` for a list of values. */
export const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

export interface SqlExecutor {
  /** A statement that returns rows (SELECT, or a write with RETURNING). */
  query<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** A statement that returns none. */
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /** Several statements without parameters (a migration step). */
  exec(script: string): Promise<void>;
}

export interface SqlTransaction extends SqlExecutor {
  /** Tells every process following the database that facts or sources changed, once this commits. */
  notifyChange(): Promise<void>;
}

export interface SqlDatabase extends SqlExecutor {
  readonly dialect: DialectName;
  /**
   * Runs `work` in one write transaction, committed if it resolves and rolled back if it throws.
   * Write transactions run one at a time across every process using the database, so what a
   * transaction reads stays true until it commits, and revision ids are committed in order.
   */
  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T>;
  /**
   * Calls `onCommit` when another connection may have committed a change (and once when
   * watching starts, and again after any reconnection), until the returned function is called.
   */
  watch(onCommit: () => void, onError: (error: unknown) => void): () => Promise<void>;
  /** The refusal of a schema newer than this version knows, naming the file or the server. */
  newerSchemaError(version: number): Error;
  close(): Promise<void>;
}

/** Where the store lives: an SQLite file, or a PostgreSQL database. */
export type StoreLocation = { dbPath: string } | { databaseUrl: string };

/** The first row a statement returns, or undefined when it returns none. */
export async function firstRow<Row>(sql: SqlExecutor, statement: string, params: readonly SqlValue[]): Promise<Row | undefined> {
  return (await sql.query<Row>(statement, params))[0];
}
