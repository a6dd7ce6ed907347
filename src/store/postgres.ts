/**
 * The server backend: a pg Pool for queries, one pooled client per transaction, and a dedicated
 * listener connection that hears every process's commits (LISTEN/NOTIFY) and reconnects on its own.
 */
import { Client, Pool, type PoolClient, types } from 'pg';
import { DatabaseServerError } from './errors';
import { APPLICATION_ID, NEWER_SCHEMA_ADVICE, newerSchema } from './migrations';
import type { SqlDatabase, SqlExecutor, SqlTransaction, SqlValue } from './sql';

/** The channel a write transaction notifies when facts or sources change. */
const CHANGES_CHANNEL = 'isnad_changes';
const DEFAULT_APPLICATION_NAME = 'isnad';
const CONNECT_TIMEOUT_MS = 10_000;
const RECONNECT_FIRST_MS = 100;
// Short, so a fact changed just after an outage still reaches every process within a second.
const RECONNECT_MAX_MS = 1_000;

/** count(*) and sum() are bigint in PostgreSQL; ours are small, so plain numbers as in SQLite. */
const TYPES: { getTypeParser: typeof types.getTypeParser } = {
  getTypeParser: (oid, format) => (oid === types.builtins.INT8 ? Number : (types.getTypeParser(oid, format) as unknown)),
};

const numberedCache = new Map<string, string>();

/** The store writes `?` placeholders; pg wants $1, $2… (quoted text is left alone). */
function numbered(sql: string): string {
  let translated = numberedCache.get(sql);
  if (translated === undefined) {
    let count = 0;
    translated = sql.replace(/'(?:[^']|'')*'|\?/g, (match) => (match === '?' ? `$${++count}` : match));
    numberedCache.set(sql, translated);
  }
  return translated;
}

type Queryable = Pick<PoolClient, 'query'>;

function executor(connection: Queryable): SqlExecutor {
  return {
    query: async <Row>(sql: string, params: readonly SqlValue[] = []) => (await connection.query(numbered(sql), [...params])).rows as Row[],
    run: async (sql, params = []) => {
      await connection.query(numbered(sql), [...params]);
    },
    exec: async (script) => {
      await connection.query(script);
    },
  };
}

/** The application_name of the connection that listens for changes: the pool's, plus " listener". */
export function listenerApplicationName(databaseUrl: string): string {
  return `${new URL(databaseUrl).searchParams.get('application_name') ?? DEFAULT_APPLICATION_NAME} listener`;
}

/** "isnad" on 127.0.0.1:5432 — what an operator needs to find the database, without the password. */
function describeDatabaseUrl(url: URL): string {
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || '(default)';
  const host = url.searchParams.get('host') ?? (url.hostname ? `${url.hostname}:${url.port || '5432'}` : 'localhost:5432');
  return `"${database}" on ${host}`;
}

function parseDatabaseUrl(databaseUrl: string): URL {
  let url: URL | null = null;
  try {
    url = new URL(databaseUrl);
  } catch {
    // The address may hold a password: it is not repeated in the message.
  }
  if (!url || !/^postgres(ql)?:$/.test(url.protocol)) {
    throw new DatabaseServerError(
      'named by DATABASE_URL',
      'DATABASE_URL is not a postgres:// address',
      'Set it to postgres://USER:PASSWORD@HOST:PORT/DATABASE, or leave it empty to use the SQLite file (DB_PATH).',
    );
  }
  return url;
}

class PostgresDatabase implements SqlDatabase {
  readonly dialect = 'postgres';
  private readonly pool: Pool;
  private readonly poolExecutor: SqlExecutor;

  constructor(private readonly url: URL) {
    this.pool = new Pool({
      connectionString: url.href,
      fallback_application_name: DEFAULT_APPLICATION_NAME,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      types: TYPES,
    });
    // An idle connection the server closed is dropped by the pool; the next query opens another.
    this.pool.on('error', () => undefined);
    this.poolExecutor = executor(this.pool);
  }

  get where(): string {
    return describeDatabaseUrl(this.url);
  }

  query<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]> {
    return this.poolExecutor.query<Row>(sql, params);
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<void> {
    return this.poolExecutor.run(sql, params);
  }

  exec(script: string): Promise<void> {
    return this.poolExecutor.exec(script);
  }

  /** Checks that the server answers, so a wrong address fails with advice rather than mid-way. */
  async connect(): Promise<void> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw new DatabaseServerError(
        this.where,
        `the server cannot be reached or refused the connection (${(error as Error).message || (error as { code?: string }).code})`,
        'Check that PostgreSQL is running there, that the database exists, and that DATABASE_URL names the right host, port, database, user and password.',
      );
    }
    client.release();
  }

  /**
   * The advisory lock (one per database, taken at the start and freed at commit) makes write
   * transactions take turns as SQLite's do, so revision ids also commit in increasing order.
   */
  async transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    // A connection lost between statements (the server shutting down, say) is reported as an
    // 'error' event, which would end the process unheard; the next statement fails anyway.
    const lost = (error: Error) => (broken = error);
    client.on('error', lost);
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [APPLICATION_ID]);
      const result = await work({
        ...executor(client),
        notifyChange: async () => {
          await client.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, '']);
        },
      });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client
        .query('ROLLBACK')
        .catch((rollbackError: unknown) => (broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError))));
      throw error;
    } finally {
      client.off('error', lost);
      client.release(broken);
    }
  }

  /**
   * A dedicated connection LISTENs; when it ends or fails it reconnects with a growing delay, and
   * `onCommit` runs after every (re)connection so what was missed meanwhile is caught up.
   */
  watch(onCommit: () => void, onError: (error: unknown) => void): () => Promise<void> {
    const url = new URL(this.url.href);
    url.searchParams.set('application_name', listenerApplicationName(this.url.href));
    let listener: Client | null = null;
    let retry: NodeJS.Timeout | null = null;
    let delay = RECONNECT_FIRST_MS;
    let stopped = false;

    const reconnectLater = (client: Client) => {
      if (stopped || listener !== client) return;
      listener = null;
      retry = setTimeout(connect, delay);
      delay = Math.min(delay * 2, RECONNECT_MAX_MS);
      void client.end().catch(() => undefined);
    };
    const connect = () => {
      retry = null;
      const client = new Client({ connectionString: url.href, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
      listener = client;
      client.on('notification', () => onCommit());
      client.on('error', (error) => {
        onError(error);
        reconnectLater(client);
      });
      client.on('end', () => reconnectLater(client));
      client
        .connect()
        .then(() => client.query(`LISTEN ${CHANGES_CHANNEL}`))
        .then(() => {
          if (listener !== client) return;
          delay = RECONNECT_FIRST_MS;
          onCommit();
        })
        .catch((error: unknown) => {
          if (listener !== client) return;
          onError(error);
          reconnectLater(client);
        });
    };
    connect();
    return async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      const client = listener;
      listener = null;
      await client?.end().catch(() => undefined);
    };
  }

  newerSchemaError(version: number): Error {
    return new DatabaseServerError(this.where, newerSchema(version), NEWER_SCHEMA_ADVICE);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The database, once the server has answered; not yet migrated. */
export async function openPostgres(databaseUrl: string): Promise<SqlDatabase> {
  const database = new PostgresDatabase(parseDatabaseUrl(databaseUrl));
  try {
    await database.connect();
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
