/**
 * One write transaction as the store's writers see it: the statements to run, the moment it
 * happens, and the changes to announce once it commits.
 */
import type { StoreChange } from './change-feed';
import type { Clock } from './clock';
import type { SqlDatabase } from './sql';
import { Tables } from './tables';

export interface Transaction {
  tables: Tables;
  /** When the transaction runs (ISO 8601, from the store's clock): every row it writes is stamped so. */
  at: string;
  /** Filled by the writers; announced only if the transaction commits. */
  changes: StoreChange[];
}

/**
 * Runs `work` in one write transaction; other processes are told of it if it changed facts or
 * sources. Returns the result and the changes, for the caller to announce after the commit.
 */
export async function runTransaction<T>(sql: SqlDatabase, clock: Clock, work: (tx: Transaction) => Promise<T>): Promise<{ result: T; changes: StoreChange[] }> {
  return sql.transaction(async (sqlTx) => {
    const tx: Transaction = { tables: new Tables(sqlTx), at: new Date(clock.now()).toISOString(), changes: [] };
    const result = await work(tx);
    if (tx.changes.length > 0) await sqlTx.notifyChange();
    return { result, changes: tx.changes };
  });
}
