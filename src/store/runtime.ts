/**
 * What every command (ask, facts, the bot) starts with: the store opened and seeded, and an engine
 * built from its active facts that follows every later change in place.
 */
import path from 'node:path';
import { Isnad } from '../core/engine';
import { DATA_DIR, loadKnowledgeBase } from '../core/knowledge/load';
import { Store, type StoreChange } from './store';
import { plainFact } from './tables';

export const PROJECT_ROOT = path.resolve(__dirname, '../..');

/** `DB_PATH` (relative to the working directory), or var/isnad.db in the project. */
export function defaultDbPath(): string {
  const configured = process.env.DB_PATH?.trim();
  return configured ? path.resolve(configured) : path.join(PROJECT_ROOT, 'var', 'isnad.db');
}

export interface RuntimeOptions {
  dbPath?: string;
  /** The seed files and lexicon; the project's data/ by default. */
  dataDir?: string;
}

export interface Runtime {
  store: Store;
  engine: Isnad;
  close(): void;
}

function applyChange(engine: Isnad, change: StoreChange): void {
  if (change.type === 'fact-set') engine.setFact(change.fact);
  else if (change.type === 'fact-removed') engine.removeFact(change.id);
  else engine.setSource(change.source);
}

export function openRuntime(options: RuntimeOptions = {}): Runtime {
  const dataDir = options.dataDir ?? DATA_DIR;
  // The lexicon is read from the files, never stored; loading also validates all of data/.
  const { lexicon } = loadKnowledgeBase(dataDir);
  const store = Store.open(options.dbPath ?? defaultDbPath(), { dataDir });
  try {
    const engine = new Isnad({ sources: store.listSources(), facts: store.listFacts({ status: 'active' }).map(plainFact), lexicon });
    const stopListening = store.onChange((change) => applyChange(engine, change));
    return {
      store,
      engine,
      close() {
        stopListening();
        store.close();
      },
    };
  } catch (error) {
    store.close();
    throw error;
  }
}
