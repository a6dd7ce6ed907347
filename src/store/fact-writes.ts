/**
 * Writing facts: add, edit, remove and revert, each inside a write transaction the Store opened.
 * Every write is validated with the core's validator (so the command line and Discord get the
 * same refusals), recorded as a revision, and queued as a change for the engine.
 */
import { collectProblems, type Problem, quote, ValidationError } from '../core/knowledge/problems';
import { validateFact, validateSource } from '../core/knowledge/validate';
import type { Fact, Source } from '../core/types';
import { factState, plainFact, sameState } from './content';
import { NotFoundError, StoreError } from './errors';
import { newId } from './ids';
import type { Tables } from './tables';
import type { Transaction } from './transaction';
import type { Actor, FactInput, FactPatch, FactState, FactStatus, Revision, StoredFact, View } from './types';

/** A fact ready to be written, and the source it cites if that source is new. */
interface PreparedFact {
  fact: Fact;
  newSource: Source | null;
}

/** The fact as `view` sees it (any fact when absent); a view that does not hold it is told there is none. */
export async function requireFact(tables: Tables, id: string, view?: View): Promise<StoredFact> {
  const fact = (await tables.fact(id, view))?.record;
  if (!fact) throw new NotFoundError(`There is no fact with id ${quote(id)}.`);
  return fact;
}

/**
 * A new fact with a fresh id, citing a new source when `input.url` names one nobody cites yet.
 * It belongs to the view's server, or to the shared knowledge (a null or absent view).
 */
export async function insertNewFact(tx: Transaction, input: FactInput, actor: Actor, reason: string | null, view?: View): Promise<StoredFact> {
  const id = await newId(typeof input.en === 'string' ? input.en : '', 'fact', (candidate) => tx.tables.factExists(candidate));
  const prepared = await prepareFact(tx.tables, id, input, true);
  await saveNewSource(tx, prepared.newSource, actor);
  await insertFactRecord(tx, prepared.fact, actor, reason, view ?? null);
  return requireFact(tx.tables, id, view);
}

/**
 * Edits a fact where it lives. A server editing a shared fact gets a version of its own instead:
 * a new fact of the server's, with the shared one hidden there, in one transaction.
 */
export async function editFact(tx: Transaction, id: string, patch: FactPatch, actor: Actor, reason: string | null, view?: View): Promise<StoredFact> {
  const current = await requireFact(tx.tables, id, view);
  if (current.status === 'removed') {
    const how = current.hidden ? 'hidden in this server. To show it again, revert the hiding' : 'removed. To bring it back, revert its removal';
    throw new StoreError(`Fact "${id}" is ${how} (see its history).`);
  }
  const usesNewUrl = typeof patch.url === 'string' && patch.url.trim() !== '';
  const prepared = await prepareFact(
    tx.tables,
    id,
    {
      en: patch.en ?? current.en,
      ar: patch.ar ?? current.ar,
      sourceId: usesNewUrl ? undefined : (patch.sourceId ?? current.sourceId),
      // A fact moved to another source cites none of the old source's paragraphs.
      paragraph: patch.paragraph !== undefined ? patch.paragraph : usesNewUrl || patch.sourceId !== undefined ? null : current.paragraph,
      url: patch.url,
      title: patch.title,
      titleAr: patch.titleAr,
      aliases: patch.aliases ?? current.aliases,
    },
    false,
  );
  if (typeof view === 'string' && current.guildId === null) {
    if (sameState(factState(current, 'active'), factState(prepared.fact, 'active'))) return current;
    await saveNewSource(tx, prepared.newSource, actor);
    const { en, ar, sourceId, paragraph, aliases } = prepared.fact;
    const own = await insertNewFact(tx, { en, ar, sourceId, paragraph, aliases }, actor, reason ?? `this server's version of ${id}`, view);
    await hideInView(tx, current, view, true, 'remove', actor, `replaced in this server by ${own.id}`);
    return own;
  }
  await saveNewSource(tx, prepared.newSource, actor);
  await changeFact(tx, current, prepared.fact, 'active', 'edit', actor, reason);
  return requireFact(tx.tables, id, view);
}

/** Removes a fact where it lives; a server removing a shared fact hides it in its own view only. */
export async function removeFact(tx: Transaction, id: string, actor: Actor, reason: string | null, view?: View): Promise<StoredFact> {
  const current = await requireFact(tx.tables, id, view);
  if (current.status === 'removed') throw new StoreError(`Fact "${id}" is already ${current.hidden ? 'hidden in this server' : 'removed'}.`);
  if (typeof view === 'string' && current.guildId === null) await hideInView(tx, current, view, true, 'remove', actor, reason);
  else await changeFact(tx, current, current, 'removed', 'remove', actor, reason);
  return requireFact(tx.tables, id, view);
}

/** Hides a shared fact in one server's view (or shows it again), with a revision of that server's. */
async function hideInView(
  tx: Transaction,
  fact: StoredFact,
  guildId: string,
  hidden: boolean,
  action: Revision['action'],
  actor: Actor,
  reason: string | null,
): Promise<void> {
  const [shown, gone] = [factState(fact, 'active'), factState(fact, 'removed')];
  await tx.tables.setHidden(guildId, fact.id, hidden);
  await tx.tables.insertFactRevision(fact.id, { action, actor, at: tx.at, reason, before: hidden ? shown : gone, after: hidden ? gone : shown, guildId });
  tx.changes.push({ type: 'fact-hidden', id: fact.id, guildId, hidden });
}

/**
 * Returns the fact to how it was just before revision `revisionId` (its `before` state), as a new
 * revision. Reverting a removal brings the fact back; reverting the revision that created the
 * fact removes it.
 */
export async function revertFact(tx: Transaction, id: string, revisionId: number, actor: Actor, reason: string | null, view?: View): Promise<StoredFact> {
  const current = await requireFact(tx.tables, id, view);
  const revision = await tx.tables.factRevision(id, revisionId);
  // A view reverts only its own changes: a server, what it changed; the shared knowledge, what changed it.
  if (!revision || (view !== undefined && revision.guildId !== null && revision.guildId !== view)) {
    throw new NotFoundError(`Fact "${id}" has no revision ${revisionId}; see its history for the revision numbers.`);
  }
  if (view !== undefined && revision.guildId !== view) {
    throw new StoreError(
      `Revision ${revisionId} changed the shared knowledge; only the home servers' moderators can revert it. You can hide the fact in this server instead.`,
    );
  }
  const note = `revert to before revision ${revisionId}${reason ? `: ${reason}` : ''}`;
  const target: FactState = revision.before ?? { ...factState(current, 'removed') };
  if (revision.guildId !== null && current.guildId === null) {
    // A server's hiding (or showing) of a shared fact: only whether it is hidden there goes back.
    const hidden = (await tx.tables.fact(id, revision.guildId))?.record.hidden ?? false;
    if (hidden === (target.status === 'removed')) throw nothingToRevert(id, revisionId);
    await hideInView(tx, current, revision.guildId, !hidden, 'revert', actor, note);
    return requireFact(tx.tables, id, view);
  }
  const fact = validateFact({ id, ...target }, await sourceCatalog(tx.tables));
  if (!(await changeFact(tx, current, fact, target.status, 'revert', actor, note))) throw nothingToRevert(id, revisionId);
  return requireFact(tx.tables, id, view);
}

function nothingToRevert(id: string, revisionId: number): StoreError {
  return new StoreError(`Fact "${id}" is already as it was before revision ${revisionId}; there is nothing to revert.`);
}

/** Writes an already validated fact under its own id, with the revision that created it; `guildId` null for a shared fact. */
export async function insertFactRecord(tx: Transaction, fact: Fact, actor: Actor, reason: string | null, guildId: string | null = null): Promise<void> {
  await tx.tables.insertFact(fact, 'moderator', null, actor, tx.at, guildId);
  await tx.tables.insertFactRevision(fact.id, { action: 'add', actor, at: tx.at, reason, before: null, after: factState(fact, 'active'), guildId });
  tx.changes.push({ type: 'fact-set', fact: plainFact(fact), guildId });
}

/** Writes a change with its revision; a change to nothing is not recorded (and returns false). */
export async function changeFact(
  tx: Transaction,
  current: StoredFact,
  next: Fact,
  status: FactStatus,
  action: Revision['action'],
  actor: Actor,
  reason: string | null,
): Promise<boolean> {
  const before = factState(current, current.status);
  const after = factState(next, status);
  if (sameState(before, after)) return false;
  await tx.tables.updateFact(next, status, actor, tx.at);
  await tx.tables.insertFactRevision(current.id, { action, actor, at: tx.at, reason, before, after, guildId: current.guildId });
  tx.changes.push(status === 'active' ? { type: 'fact-set', fact: plainFact(next), guildId: current.guildId } : { type: 'fact-removed', id: current.id });
  return true;
}

/** Every source by id, with `extra` (sources about to be written) added. */
export async function sourceCatalog(tables: Tables, extra: Source[] = []): Promise<Map<string, Source>> {
  const catalog = new Map((await tables.sources()).map((source) => [source.id, source]));
  for (const source of extra) catalog.set(source.id, source);
  return catalog;
}

export async function saveNewSource(tx: Transaction, source: Source | null, actor: Actor): Promise<void> {
  if (!source) return;
  await tx.tables.insertSource(source, 'moderator', null, actor, tx.at);
  await tx.tables.insertSourceRevision(source.id, { action: 'add', actor, at: tx.at, reason: null, before: null, after: source });
  tx.changes.push({ type: 'source-set', source });
}

/** Drops the record label: a fact being added has no id the moderator knows yet. */
function withoutRecord(problems: Problem[]): Problem[] {
  return problems.map(({ field, message }) => ({ field, message }));
}

/**
 * Resolves the cited source (by id, by url — drafting a new source — or the report) and
 * validates the fact and any new source together, so every bad field is named at once.
 */
async function prepareFact(tables: Tables, id: string, input: FactInput, isNew: boolean): Promise<PreparedFact> {
  const problems: Problem[] = [];
  let newSource: Source | null = null;
  let sourceId = input.sourceId ?? (await tables.defaultSourceId());
  // A blank address (an empty form field) means none was given.
  const url = typeof input.url === 'string' && input.url.trim() !== '' ? input.url.trim() : undefined;
  if (url !== undefined) {
    if (input.sourceId !== undefined) problems.push({ field: 'url', message: 'give either a source id or a url, not both' });
    const existing = await tables.sourceByUrl(url);
    if (existing) {
      sourceId = existing.id;
    } else {
      const draft = await draftSource(tables, url, input);
      problems.push(...draft.problems);
      newSource = draft.source;
      sourceId = draft.source.id;
    }
  }
  const catalog = await sourceCatalog(tables, newSource ? [newSource] : []);
  const fact = collectProblems(
    () => validateFact({ id, en: input.en, ar: input.ar, sourceId, paragraph: input.paragraph ?? null, aliases: input.aliases ?? [] }, catalog),
    (found) => problems.push(...(isNew ? withoutRecord(found) : found)),
  );
  if (problems.length > 0 || !fact) throw new ValidationError(problems);
  return { fact, newSource };
}

/** A source for a url nobody has cited yet; without numbered paragraphs, so facts cite no ¶. */
async function draftSource(tables: Tables, url: string, input: FactInput): Promise<{ source: Source; problems: Problem[] }> {
  const title = input.title ?? '';
  const raw = {
    id: await newId(title, 'source', async (candidate) => (await tables.source(candidate)) !== undefined),
    title: { en: title, ar: input.titleAr ?? title },
    outlet: null,
    url,
    sections: [],
    paragraphs: [],
  };
  const problems: Problem[] = [];
  const source = collectProblems(
    () => validateSource(raw),
    (found) => problems.push(...withoutRecord(found)),
  );
  return { source: source ?? raw, problems };
}
