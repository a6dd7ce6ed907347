/**
 * Writing facts: add, edit, remove and revert, each inside a write transaction the Store opened.
 * Every write is validated with the core's validator (so the command line and Discord get the
 * same refusals), recorded as a revision, and queued as a change for the engine.
 */
import { type Problem, validateFact, validateSource, ValidationError } from '../core/knowledge/validate';
import type { Fact, Source } from '../core/types';
import { factState, plainFact, sameState } from './content';
import { NotFoundError, StoreError } from './errors';
import { newId } from './ids';
import type { Tables } from './tables';
import type { Transaction } from './transaction';
import type { Actor, FactInput, FactPatch, FactState, FactStatus, Revision, StoredFact } from './types';

/** A fact ready to be written, and the source it cites if that source is new. */
interface PreparedFact {
  fact: Fact;
  newSource: Source | null;
}

export async function requireFact(tables: Tables, id: string): Promise<StoredFact> {
  const fact = (await tables.fact(id))?.record;
  if (!fact) throw new NotFoundError(`There is no fact with id "${id}".`);
  return fact;
}

/** A new fact with a fresh id, citing a new source when `input.url` names one nobody cites yet. */
export async function insertNewFact(tx: Transaction, input: FactInput, actor: Actor, reason: string | null): Promise<StoredFact> {
  const id = await newId(typeof input.en === 'string' ? input.en : '', 'fact', (candidate) => tx.tables.factExists(candidate));
  const prepared = await prepareFact(tx.tables, id, input, true);
  await saveNewSource(tx, prepared.newSource, actor);
  await insertFactRecord(tx, prepared.fact, actor, reason);
  return requireFact(tx.tables, id);
}

export async function editFact(tx: Transaction, id: string, patch: FactPatch, actor: Actor, reason: string | null): Promise<StoredFact> {
  const current = await requireFact(tx.tables, id);
  if (current.status === 'removed') {
    throw new StoreError(`Fact "${id}" is removed. To bring it back, revert its removal (see its history).`);
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
  await saveNewSource(tx, prepared.newSource, actor);
  await changeFact(tx, current, prepared.fact, 'active', 'edit', actor, reason);
  return requireFact(tx.tables, id);
}

export async function removeFact(tx: Transaction, id: string, actor: Actor, reason: string | null): Promise<StoredFact> {
  const current = await requireFact(tx.tables, id);
  if (current.status === 'removed') throw new StoreError(`Fact "${id}" is already removed.`);
  await changeFact(tx, current, current, 'removed', 'remove', actor, reason);
  return requireFact(tx.tables, id);
}

/**
 * Returns the fact to how it was just before revision `revisionId` (its `before` state), as a new
 * revision. Reverting a removal brings the fact back; reverting the revision that created the
 * fact removes it.
 */
export async function revertFact(tx: Transaction, id: string, revisionId: number, actor: Actor, reason: string | null): Promise<StoredFact> {
  const current = await requireFact(tx.tables, id);
  const revision = await tx.tables.factRevision(id, revisionId);
  if (!revision) throw new NotFoundError(`Fact "${id}" has no revision ${revisionId}; see its history for the revision numbers.`);
  const target: FactState = revision.before ?? { ...factState(current, 'removed') };
  const fact = validateFact({ id, ...target }, await sourceCatalog(tx.tables));
  const note = `revert to before revision ${revisionId}${reason ? `: ${reason}` : ''}`;
  if (!(await changeFact(tx, current, fact, target.status, 'revert', actor, note))) {
    throw new StoreError(`Fact "${id}" is already as it was before revision ${revisionId}; there is nothing to revert.`);
  }
  return requireFact(tx.tables, id);
}

/** Writes an already validated fact under its own id, with the revision that created it. */
export async function insertFactRecord(tx: Transaction, fact: Fact, actor: Actor, reason: string | null): Promise<void> {
  await tx.tables.insertFact(fact, 'moderator', null, actor, tx.at);
  await tx.tables.insertFactRevision(fact.id, { action: 'add', actor, at: tx.at, reason, before: null, after: factState(fact, 'active') });
  tx.changes.push({ type: 'fact-set', fact: plainFact(fact) });
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
  await tx.tables.insertFactRevision(current.id, { action, actor, at: tx.at, reason, before, after });
  tx.changes.push(status === 'active' ? { type: 'fact-set', fact: plainFact(next) } : { type: 'fact-removed', id: current.id });
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
  let fact: Fact | null = null;
  try {
    fact = validateFact(
      { id, en: input.en, ar: input.ar, sourceId, paragraph: input.paragraph ?? null, aliases: input.aliases ?? [] },
      await sourceCatalog(tables, newSource ? [newSource] : []),
    );
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    problems.push(...(isNew ? withoutRecord(error.problems) : error.problems));
  }
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
  try {
    return { source: validateSource(raw), problems: [] };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { source: raw as Source, problems: withoutRecord(error.problems) };
  }
}
