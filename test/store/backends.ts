/**
 * The store suite runs once per backend: SQLite always, PostgreSQL when TEST_DATABASE_URL names a
 * server where these tests may create and drop schemas (`npm test` says once when it is not set).
 * Every database a test asks for is new and private to it: a file in a temp folder, or a schema of
 * its own; all are dropped when the test file ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { StoreLocation } from '../../src/store/sql';

export const ADMIN_URL = process.env.TEST_DATABASE_URL?.trim() || null;

export interface TestDatabase {
  /** What openRuntime and Store.open take. */
  location: StoreLocation;
  /** The environment for a command-line child process using this database (and no other). */
  env: NodeJS.ProcessEnv;
}

export interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  /** False for PostgreSQL without TEST_DATABASE_URL: its tests are then reported as skipped. */
  available: boolean;
  create(): Promise<TestDatabase>;
}

const folder = mkdtempSync(path.join(os.tmpdir(), 'isnad-store-'));
const dropDatabases: (() => Promise<unknown>)[] = [];
// Registered when a test file imports this, so it runs after every hook of the file's blocks.
afterAll(async () => {
  for (const drop of dropDatabases.splice(0)) await drop();
  rmSync(folder, { recursive: true, force: true });
});

function environment(location: StoreLocation): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DB_PATH;
  delete env.DATABASE_URL;
  return 'dbPath' in location ? { ...env, DB_PATH: location.dbPath } : { ...env, DATABASE_URL: location.databaseUrl };
}

let count = 0;

const sqlite: Backend = {
  name: 'SQLite',
  available: true,
  async create() {
    const location = { dbPath: path.join(folder, `test-${++count}`, 'isnad.db') };
    return { location, env: environment(location) };
  },
};

/** Runs `work` on a connection to `url`: by default as the administrator TEST_DATABASE_URL names. */
export async function asAdmin<T>(work: (client: Client) => Promise<T>, url = ADMIN_URL): Promise<T> {
  const client = new Client({ connectionString: url ?? undefined });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

interface PostgresTestDatabase extends TestDatabase {
  location: { databaseUrl: string };
}

function postgresLocation(url: URL, name: string): PostgresTestDatabase {
  // Names its connections, and so its listener's, apart from other tests' in pg_stat_activity.
  url.searchParams.set('application_name', name);
  const location = { databaseUrl: url.href };
  return { location, env: environment(location) };
}

export const POSTGRES: Backend = {
  name: 'PostgreSQL',
  available: ADMIN_URL !== null,
  /** A schema of its own, in the database TEST_DATABASE_URL names. */
  async create() {
    const schema = `isnad_test_${process.pid}_${++count}`;
    await asAdmin((client) => client.query(`CREATE SCHEMA ${schema}`));
    dropDatabases.push(() => asAdmin((client) => client.query(`DROP SCHEMA ${schema} CASCADE`)));
    const url = new URL(ADMIN_URL as string);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return postgresLocation(url, schema);
  },
};

/** A whole PostgreSQL database, for a test that shuts connections to it out. */
export async function createPostgresDatabase(): Promise<PostgresTestDatabase & { name: string }> {
  const name = `isnad_test_${process.pid}_${++count}`;
  await asAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  dropDatabases.push(() => asAdmin((client) => client.query(`DROP DATABASE ${name} WITH (FORCE)`)));
  const url = new URL(ADMIN_URL as string);
  url.pathname = `/${name}`;
  return { ...postgresLocation(url, name), name };
}

export const BACKENDS: readonly Backend[] = [sqlite, POSTGRES];

/** `body` once per backend, in a block named after it; skipped (and so counted) where unavailable. */
export function eachBackend(title: string, body: (backend: Backend) => void): void {
  for (const backend of BACKENDS) (backend.available ? describe : describe.skip)(`${title} (${backend.name})`, () => body(backend));
}

/**
 * A new database for each test (`scope` 'each') or for the whole block ('all'), created before it.
 * Read `.current` inside tests and hooks.
 */
export function freshDatabase(backend: Backend, scope: 'each' | 'all' = 'each'): { readonly current: TestDatabase } {
  let current: TestDatabase | null = null;
  (scope === 'each' ? beforeEach : beforeAll)(async () => {
    current = await backend.create();
  });
  return {
    get current() {
      if (!current) throw new Error('the test database is created in a hook; read it inside a test');
      return current;
    },
  };
}
