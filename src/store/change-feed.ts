/**
 * The change feed: what a committed write changed, told to this process's listeners at once and
 * to every other process through the database (`follow`).
 */
import type { Fact, Source } from '../core/types';
import { plainFact } from './content';
import type { SqlDatabase } from './sql';
import type { Tables } from './tables';

/**
 * What listeners hear after a write commits, in the order it happened. A fact is set in its
 * place (`guildId`: the server whose own fact it is; null for a shared fact); a server hides a
 * shared fact for itself, or shows it again.
 */
export type StoreChange =
  | { type: 'fact-set'; fact: Fact; guildId: string | null }
  | { type: 'fact-removed'; id: string }
  | { type: 'fact-hidden'; id: string; guildId: string; hidden: boolean }
  | { type: 'source-set'; source: Source };

export type StoreListener = (change: StoreChange) => void;

/**
 * Follows the changes every process commits, this one's included: `apply` hears each fact and
 * source that revisions after `revisionId` changed, in its current state, then again within a
 * second of each later commit (and after the connection to the database comes back). Applying
 * a state twice does no harm, so nothing is filtered. Returns a function that stops following.
 */
export function follow(sql: SqlDatabase, tables: Tables, revisionId: number, apply: StoreListener, onError: (error: unknown) => void): () => Promise<void> {
  let applied = revisionId;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const catchUp = async () => {
    const last = await tables.lastRevisionId();
    if (last <= applied) return;
    const { sources, facts, hides } = await tables.revisedSince(applied, last);
    for (const source of sources) apply({ type: 'source-set', source });
    for (const fact of facts) {
      apply(fact.status === 'active' ? { type: 'fact-set', fact: plainFact(fact), guildId: fact.guildId } : { type: 'fact-removed', id: fact.id });
    }
    for (const { guildId, factId, hidden } of hides) apply({ type: 'fact-hidden', id: factId, guildId, hidden });
    applied = last;
  };
  // One catch-up at a time; a commit heard meanwhile runs another after it.
  const onCommit = () => {
    if (stopped) return;
    again = true;
    running ??= (async () => {
      while (again) {
        again = false;
        await catchUp().catch(onError);
      }
      running = null;
    })();
  };
  const stopWatching = sql.watch(onCommit, onError);
  return async () => {
    stopped = true;
    await stopWatching();
    await running;
  };
}
