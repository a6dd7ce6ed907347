/**
 * What every command (ask, facts, the bot) starts with: the store opened and seeded, and an engine
 * built from its active facts that follows every later change in place, whichever process made it.
 */
import path from 'node:path';
import { Isnad } from '../core/engine';
import { DATA_DIR, loadLexicon } from '../core/knowledge/load';
import type { Fact } from '../core/types';
import { SqliteFactReader } from './fact-reader';
import type { StoreLocation } from './sql';
import type { StoreChange } from './change-feed';
import { type RetentionPolicy, retentionFromEnv } from './retention';
import type { Clock } from './clock';
import { Store } from './store';

export const PROJECT_ROOT = path.resolve(__dirname, '../..');

/** `DB_PATH` (relative to the working directory), or var/isnad.db in the project. */
export function defaultDbPath(): string {
  const configured = process.env.DB_PATH?.trim();
  return configured ? path.resolve(configured) : path.join(PROJECT_ROOT, 'var', 'isnad.db');
}

export interface LocationOptions {
  /** The SQLite file; `DB_PATH`, or var/isnad.db, when neither this nor a database url is given. */
  dbPath?: string;
  /** A postgres:// address; `DATABASE_URL` from the environment when neither option is given. */
  databaseUrl?: string;
}

/** PostgreSQL when a database url is given or configured, else the SQLite file. */
export function storeLocation(options: LocationOptions = {}): StoreLocation {
  if (options.databaseUrl) return { databaseUrl: options.databaseUrl };
  if (options.dbPath) return { dbPath: options.dbPath };
  const configured = process.env.DATABASE_URL?.trim();
  return configured ? { databaseUrl: configured } : { dbPath: defaultDbPath() };
}

export interface RuntimeOptions extends LocationOptions {
  /** The seed files and lexicon; the project's data/ by default. */
  dataDir?: string;
  /** Told when following other processes' changes fails for a moment (it retries by itself). */
  onError?: (error: unknown) => void;
  /** How much of users' records is kept; from the RETAIN_* variables (and defaults) when not given. */
  retention?: RetentionPolicy;
  /** The store's time (see clock.ts); the system's by default. */
  clock?: Clock;
}

export interface Runtime {
  store: Store;
  engine: Isnad;
  /** Stops following changes and closes the database. */
  close(): Promise<void>;
}

function applyChange(engine: Isnad, change: StoreChange): void {
  if (change.type === 'fact-set') engine.setFact(change.fact, change.guildId);
  else if (change.type === 'fact-removed') engine.removeFact(change.id);
  else if (change.type === 'fact-hidden') engine.setHidden(change.id, change.guildId, change.hidden);
  else engine.setSource(change.source);
}

function warn(error: unknown): void {
  console.warn(`Isnad could not follow changes in the database for a moment: ${(error as Error)?.message ?? String(error)}`);
}

/** The shared facts of `facts`, one at a time; the servers' own facts are set aside in `servers`. */
function* sharedFacts(facts: Iterable<{ fact: Fact; guildId: string | null }>, servers: { fact: Fact; guildId: string }[]): Generator<Fact> {
  for (const { fact, guildId } of facts) {
    if (guildId === null) yield fact;
    else servers.push({ fact, guildId });
  }
}

export async function openRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const dataDir = options.dataDir ?? DATA_DIR;
  // The lexicon is read from the files, never stored; the facts and sources come from the store.
  const lexicon = loadLexicon(dataDir);
  const location = storeLocation(options);
  const store = await Store.open(location, { dataDir, retention: options.retention ?? retentionFromEnv(), clock: options.clock });
  // SQLite's file is read back at once: the engine keeps its index, not the facts. PostgreSQL
  // answers only asynchronously, so with it the engine keeps the facts it is built from.
  let reader: SqliteFactReader | null = null;
  try {
    reader = 'dbPath' in location ? new SqliteFactReader(location.dbPath) : null;
    // Read before the facts, so a change committed meanwhile is caught up (applying it twice is harmless).
    const revision = await store.lastRevisionId();
    const [sources, hidden] = await Promise.all([store.listSources(), store.hiddenFacts()]);
    const servers: { fact: Fact; guildId: string }[] = [];
    const facts = reader ? reader.active() : await store.activeFactsForEngine();
    const engine = new Isnad({ sources, facts: sharedFacts(facts, servers), lexicon, contents: reader ?? undefined });
    for (const { fact, guildId } of servers) engine.setFact(fact, guildId);
    for (const { guildId, factId } of hidden) engine.setHidden(factId, guildId, true);
    const apply = (change: StoreChange) => applyChange(engine, change);
    // This process's own changes at once; every process's (its own again) through the database.
    const stopListening = store.onChange(apply);
    const stopFollowing = store.follow(revision, apply, options.onError ?? warn);
    return {
      store,
      engine,
      async close() {
        stopListening();
        await stopFollowing();
        reader?.close();
        await store.close();
      },
    };
  } catch (error) {
    reader?.close();
    await store.close();
    throw error;
  }
}
