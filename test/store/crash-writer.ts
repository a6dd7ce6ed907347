/**
 * Child process for the crash test: adds facts as fast as it can and prints each id only after
 * the store has returned (the commit is done), until it is killed.
 * Usage: crash-writer.ts DB_PATH DATA_DIR ROUND
 */
import { Store } from '../../src/store/store';
import { crashFact } from './crash-fact';

async function writeUntilKilled(): Promise<never> {
  const [dbPath, dataDir, round] = process.argv.slice(2);
  const store = await Store.open({ dbPath }, { dataDir });
  for (let number = 1; ; number++) {
    const fact = await store.addFact(crashFact(Number(round), number), { id: 'crash', name: 'crash-writer' });
    process.stdout.write(`${fact.id}\n`);
  }
}

void writeUntilKilled();
