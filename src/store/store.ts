/**
 * The store: every fact, source, revision, suggestion, unanswered question, vote and cooldown, in
 * an SQLite file or a PostgreSQL database. Every write validates with the core's validators, runs
 * in one transaction, and is then announced to listeners (the engine), so the command line and
 * Discord get the same refusals and a change is answerable at once; other processes hear of it
 * through the database (see `follow`).
 */
import { DATA_DIR } from '../core/knowledge/load';
import { LIMITS, type Problem, validateFact, validateSource, ValidationError } from '../core/knowledge/validate';
import { MAX_QUESTION_LENGTH } from '../core/engine';
import { normalizeText, splitWords } from '../core/text/analyze';
import { cleanText } from '../core/text/controls';
import type { Fact, Language, Source } from '../core/types';
import { ImportError, type LineProblem, NotFoundError, StoreError } from './errors';
import { newId } from './ids';
import { migrate } from './migrations';
import { openPostgres } from './postgres';
import { seedIfChanged } from './seed';
import type { SqlDatabase, StoreLocation } from './sql';
import { openSqlite } from './sqlite';
import { canonicalSource, factState, type FactQuery, plainFact, sourceJson, Tables } from './tables';
import type {
  Actor,
  FactInput,
  FactPatch,
  FactState,
  FactStatus,
  FeedbackTally,
  ImportSummary,
  Revision,
  StoredFact,
  Suggestion,
  SuggestionInput,
  SuggestionStatus,
  UnansweredQuestion,
} from './types';

/** What listeners hear after a write commits, in the order it happened. */
export type StoreChange =
  | { type: 'fact-set'; fact: Fact }
  | { type: 'fact-removed'; id: string }
  | { type: 'source-set'; source: Source };

export type StoreListener = (change: StoreChange) => void;

export interface StoreOptions {
  /** The seed files to bring in on open; the project's data/ by default. */
  dataDir?: string;
}

/** One write transaction: its statements, and the changes to announce once it commits. */
export interface Transaction {
  tables: Tables;
  changes: StoreChange[];
}

/** What `takeCooldown` tells: 0 when the user may ask now (starting the window), else the seconds left. */
export interface CooldownTurn {
  wait: number;
  /** The first refusal in this window: only that one deserves a notice. */
  firstRefusal: boolean;
}

/** A fact ready to be written, and the source it cites if that source is new. */
interface PreparedFact {
  fact: Fact;
  newSource: Source | null;
}

/** Drops the record label: a fact being added has no id the moderator knows yet. */
function withoutRecord(problems: Problem[]): Problem[] {
  return problems.map(({ field, message }) => ({ field, message }));
}

function sameState(a: FactState, b: FactState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class Store {
  /** Reads outside any transaction. */
  private readonly tables: Tables;
  private readonly listeners = new Set<StoreListener>();

  private constructor(private readonly sql: SqlDatabase) {
    this.tables = new Tables(sql);
  }

  /** Opens (creating if needed) the database, migrates it, and brings in the seed files. */
  static async open(location: StoreLocation, options: StoreOptions = {}): Promise<Store> {
    const sql = 'databaseUrl' in location ? await openPostgres(location.databaseUrl) : openSqlite(location.dbPath);
    try {
      await migrate(sql);
      const store = new Store(sql);
      await seedIfChanged(store.tables, (work) => store.write(work), options.dataDir ?? DATA_DIR);
      return store;
    } catch (error) {
      await sql.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await this.sql.close();
  }

  /** Calls `listener` after each change this store commits; returns a function that stops it. */
  onChange(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Follows the changes every process commits, this one's included: `apply` hears each fact and
   * source that revisions after `revisionId` changed, in its current state, then again within a
   * second of each later commit (and after the connection to the database comes back). Applying
   * a state twice does no harm, so nothing is filtered. Returns a function that stops following.
   */
  follow(revisionId: number, apply: StoreListener, onError: (error: unknown) => void): () => Promise<void> {
    let applied = revisionId;
    let running: Promise<void> | null = null;
    let again = false;
    let stopped = false;
    const catchUp = async () => {
      const last = await this.lastRevisionId();
      if (last <= applied) return;
      const { sources, facts } = await this.tables.revisedSince(applied, last);
      for (const source of sources) apply({ type: 'source-set', source });
      for (const fact of facts) apply(fact.status === 'active' ? { type: 'fact-set', fact: plainFact(fact) } : { type: 'fact-removed', id: fact.id });
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
    const stopWatching = this.sql.watch(onCommit, onError);
    return async () => {
      stopped = true;
      await stopWatching();
      await running;
    };
  }

  /** The newest revision of any fact or source: where `follow` starts for an engine built now. */
  lastRevisionId(): Promise<number> {
    return this.tables.lastRevisionId();
  }

  /** Runs `work` in one write transaction, then announces its changes (none if it threw). */
  private async write<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const { result, changes } = await this.sql.transaction(async (sql) => {
      const tx: Transaction = { tables: new Tables(sql), changes: [] };
      const result = await work(tx);
      if (tx.changes.length > 0) await sql.notifyChange();
      return { result, changes: tx.changes };
    });
    for (const change of changes) for (const listener of this.listeners) listener(change);
    return result;
  }

  // ── Facts ─────────────────────────────────────────────────────────────────────────────────

  listFacts(query: FactQuery = {}): Promise<StoredFact[]> {
    return this.tables.facts(query);
  }

  countFacts(status: FactStatus | 'all' = 'active'): Promise<number> {
    return this.tables.countFacts(status);
  }

  async getFact(id: string): Promise<StoredFact | undefined> {
    return (await this.tables.fact(id))?.record;
  }

  addFact(input: FactInput, actor: Actor, reason?: string): Promise<StoredFact> {
    return this.write((tx) => insertNewFact(tx, input, actor, reason ?? null));
  }

  editFact(id: string, patch: FactPatch, actor: Actor, reason?: string): Promise<StoredFact> {
    return this.write(async (tx) => {
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
      await changeFact(tx, current, prepared.fact, 'active', 'edit', actor, reason ?? null);
      return requireFact(tx.tables, id);
    });
  }

  removeFact(id: string, actor: Actor, reason?: string): Promise<StoredFact> {
    return this.write(async (tx) => {
      const current = await requireFact(tx.tables, id);
      if (current.status === 'removed') throw new StoreError(`Fact "${id}" is already removed.`);
      await changeFact(tx, current, current, 'removed', 'remove', actor, reason ?? null);
      return requireFact(tx.tables, id);
    });
  }

  /** Every change to the fact, oldest first. */
  async history(id: string): Promise<Revision[]> {
    await requireFact(this.tables, id);
    return this.tables.factRevisions(id);
  }

  /**
   * Returns the fact to how it was just before revision `revisionId` (its `before` state), as a new
   * revision. Reverting a removal brings the fact back; reverting the revision that created the
   * fact removes it.
   */
  revert(id: string, revisionId: number, actor: Actor, reason?: string): Promise<StoredFact> {
    return this.write(async (tx) => {
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
    });
  }

  // ── Sources ───────────────────────────────────────────────────────────────────────────────

  listSources(): Promise<Source[]> {
    return this.tables.sources();
  }

  async getSource(id: string): Promise<Source | undefined> {
    return (await this.tables.source(id))?.record;
  }

  // ── Export and import ─────────────────────────────────────────────────────────────────────

  /**
   * JSON Lines: first the moderators' sources that active facts cite (`{"source": {...}}`), then
   * every active fact (id, en, ar, sourceId, paragraph, aliases), in an order that depends only on
   * the content, so exporting the same facts from two databases gives the same bytes.
   */
  async exportFacts(): Promise<string> {
    const lines = (await this.tables.citedModeratorSources())
      .sort((a, b) => compareText(a.id, b.id))
      .map((source) => JSON.stringify({ source: canonicalSource(source) }));
    const facts = (await this.tables.facts({ status: 'active' }))
      .map(plainFact)
      .sort((a, b) => compareText(a.sourceId, b.sourceId) || (a.paragraph ?? 0) - (b.paragraph ?? 0) || compareText(a.id, b.id));
    for (const fact of facts) lines.push(JSON.stringify(fact));
    return lines.map((line) => `${line}\n`).join('');
  }

  /**
   * Checks every line first and writes all of it or nothing. A fact whose id exists is edited
   * (a removed one comes back); a new id is added. Identical facts are left alone.
   */
  importFacts(text: string, actor: Actor, reason?: string): Promise<ImportSummary> {
    return this.write(async (tx) => {
      const { sources, facts } = await parseImport(tx.tables, text);
      for (const source of sources) await importSource(tx, source, actor, reason ?? 'import');
      const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
      for (const fact of facts) {
        const current = (await tx.tables.fact(fact.id))?.record;
        if (!current) {
          await insertFactRecord(tx, fact, actor, reason ?? 'import');
          summary.added += 1;
        } else if (await changeFact(tx, current, fact, 'active', 'edit', actor, reason ?? 'import')) {
          summary.updated += 1;
        } else {
          summary.unchanged += 1;
        }
      }
      return summary;
    });
  }

  // ── Suggestions ───────────────────────────────────────────────────────────────────────────

  /**
   * Keeps a user's proposal for review. Only its shape is checked here (some text, a sane size, a
   * web address); the fact validator judges it when a moderator approves it.
   */
  async addSuggestion(input: SuggestionInput, by: Actor): Promise<Suggestion> {
    const problems: Problem[] = [];
    const text = (field: 'en' | 'ar'): string | null => {
      const value = input[field] == null ? '' : cleanText(String(input[field]));
      if (value.length > LIMITS.factText) problems.push({ field, message: `is ${value.length} characters long; the limit is ${LIMITS.factText}` });
      return value || null;
    };
    const suggestion = { en: text('en'), ar: text('ar'), paragraph: input.paragraph ?? null, url: input.url?.trim() || null };
    if (!suggestion.en && !suggestion.ar) problems.push({ field: 'en', message: 'write the suggested fact in English or Arabic (or both)' });
    if (suggestion.paragraph !== null && (!Number.isInteger(suggestion.paragraph) || suggestion.paragraph < 1)) {
      problems.push({ field: 'paragraph', message: 'must be a whole paragraph number' });
    }
    if (suggestion.url !== null && !/^https?:\/\/\S+$/.test(suggestion.url)) problems.push({ field: 'url', message: 'must be an http:// or https:// address' });
    if (problems.length > 0) throw new ValidationError(problems);
    return this.write(async (tx) => {
      const id = await tx.tables.insertSuggestion(suggestion, by, new Date().toISOString());
      return (await tx.tables.suggestion(id)) as Suggestion;
    });
  }

  listSuggestions(status: SuggestionStatus = 'pending'): Promise<Suggestion[]> {
    return this.tables.suggestions(status);
  }

  /** Adds the suggested fact, with the moderator's `overrides` (a translation, a fixed ¶) applied. */
  approveSuggestion(id: number, actor: Actor, overrides: FactPatch = {}): Promise<StoredFact> {
    return this.write(async (tx) => {
      const suggestion = await requirePendingSuggestion(tx.tables, id);
      const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)) as FactPatch;
      const input: FactInput = {
        en: suggestion.en ?? '',
        ar: suggestion.ar ?? '',
        ...(suggestion.paragraph !== null ? { paragraph: suggestion.paragraph } : {}),
        // A moderator who names a source replaces the address the user gave.
        ...(suggestion.url !== null && given.sourceId === undefined ? { url: suggestion.url } : {}),
        ...given,
      };
      const fact = await insertNewFact(tx, input, actor, `suggestion #${id} by ${suggestion.suggestedBy.name}`);
      await tx.tables.reviewSuggestion(id, { status: 'approved', by: actor, at: new Date().toISOString(), reason: null, factId: fact.id });
      return fact;
    });
  }

  rejectSuggestion(id: number, actor: Actor, reason?: string): Promise<Suggestion> {
    return this.write(async (tx) => {
      await requirePendingSuggestion(tx.tables, id);
      await tx.tables.reviewSuggestion(id, { status: 'rejected', by: actor, at: new Date().toISOString(), reason: reason ?? null, factId: null });
      return (await tx.tables.suggestion(id)) as Suggestion;
    });
  }

  // ── What users asked and thought ──────────────────────────────────────────────────────────

  /**
   * Counts a question the bot could not answer, under its normalised words (punctuation dropped),
   * so "Who is DeepSeek's CEO?" and "who is deepseeks ceo" count as one.
   */
  async recordUnanswered(question: string, language: Language): Promise<void> {
    const example = cleanText(question).slice(0, MAX_QUESTION_LENGTH);
    const normalized = splitWords(normalizeText(example))
      .map((word) => word.text)
      .join(' ');
    if (normalized === '') return;
    await this.write((tx) => tx.tables.countUnanswered(normalized, example, language, new Date().toISOString()));
  }

  /** The most asked unanswered questions, most recent first among equals. */
  topUnanswered(limit = 10): Promise<UnansweredQuestion[]> {
    return this.tables.topUnanswered(limit);
  }

  /** One vote per user per fact; voting again replaces the earlier vote. */
  recordFeedback(factId: string, userId: string, helpful: boolean): Promise<void> {
    return this.write(async (tx) => {
      await requireFact(tx.tables, factId);
      await tx.tables.setFeedback(factId, userId, helpful, new Date().toISOString());
    });
  }

  feedbackFor(factId: string): Promise<FeedbackTally> {
    return this.tables.feedback(factId);
  }

  /**
   * A per-user cooldown between questions that every process sharing the database sees: 0 when
   * the user may ask now (and starts their `seconds`); otherwise the seconds left, and whether
   * this is the first refusal in the window.
   */
  async takeCooldown(userId: string, seconds: number): Promise<CooldownTurn> {
    if (seconds <= 0) return { wait: 0, firstRefusal: false };
    const now = Date.now();
    const { untilMs, refusals } = await this.tables.takeCooldown(userId, now, Math.round(now + seconds * 1000));
    if (refusals === 0) return { wait: 0, firstRefusal: false };
    return { wait: Math.ceil((untilMs - now) / 1000), firstRefusal: refusals === 1 };
  }
}

// ── Inside a write transaction ──────────────────────────────────────────────────────────────

async function requireFact(tables: Tables, id: string): Promise<StoredFact> {
  const fact = (await tables.fact(id))?.record;
  if (!fact) throw new NotFoundError(`There is no fact with id "${id}".`);
  return fact;
}

async function insertNewFact(tx: Transaction, input: FactInput, actor: Actor, reason: string | null): Promise<StoredFact> {
  const id = await newId(typeof input.en === 'string' ? input.en : '', 'fact', (candidate) => tx.tables.factExists(candidate));
  const prepared = await prepareFact(tx.tables, id, input, true);
  await saveNewSource(tx, prepared.newSource, actor);
  await insertFactRecord(tx, prepared.fact, actor, reason);
  return requireFact(tx.tables, id);
}

async function insertFactRecord(tx: Transaction, fact: Fact, actor: Actor, reason: string | null): Promise<void> {
  const at = new Date().toISOString();
  await tx.tables.insertFact(fact, 'moderator', null, actor, at);
  await tx.tables.insertFactRevision(fact.id, { action: 'add', actor, at, reason, before: null, after: factState(fact, 'active') });
  tx.changes.push({ type: 'fact-set', fact: plainFact(fact) });
}

/** Writes a change with its revision; a change to nothing is not recorded. */
async function changeFact(
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
  const at = new Date().toISOString();
  await tx.tables.updateFact(next, status, actor, at);
  await tx.tables.insertFactRevision(current.id, { action, actor, at, reason, before, after });
  tx.changes.push(status === 'active' ? { type: 'fact-set', fact: plainFact(next) } : { type: 'fact-removed', id: current.id });
  return true;
}

async function sourceCatalog(tables: Tables, extra: Source[] = []): Promise<Map<string, Source>> {
  const catalog = new Map((await tables.sources()).map((source) => [source.id, source]));
  for (const source of extra) catalog.set(source.id, source);
  return catalog;
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

async function saveNewSource(tx: Transaction, source: Source | null, actor: Actor): Promise<void> {
  if (!source) return;
  const at = new Date().toISOString();
  await tx.tables.insertSource(source, 'moderator', null, actor, at);
  await tx.tables.insertSourceRevision(source.id, { action: 'add', actor, at, reason: null, before: null, after: source });
  tx.changes.push({ type: 'source-set', source });
}

async function parseImport(tables: Tables, text: string): Promise<{ sources: Source[]; facts: Fact[] }> {
  const problems: LineProblem[] = [];
  const sourceLines: { line: number; raw: unknown }[] = [];
  const factLines: { line: number; raw: unknown }[] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    if (content.trim() === '') return;
    const line = index + 1;
    let raw: unknown;
    try {
      raw = JSON.parse(content);
    } catch (error) {
      problems.push({ line, kind: null, problem: { field: 'JSON', message: (error as Error).message } });
      return;
    }
    const isSourceLine = typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'source' in raw;
    (isSourceLine ? sourceLines : factLines).push({ line, raw: isSourceLine ? (raw as { source: unknown }).source : raw });
  });
  const sources: Source[] = [];
  const urls = new Map<string, string>();
  for (const { line, raw } of sourceLines) {
    const source = checkImportedSource(raw, line, problems);
    if (!source) continue;
    if (sources.some((other) => other.id === source.id)) {
      problems.push({ line, kind: 'source', problem: { record: source.id, field: 'id', message: 'appears on an earlier line too' } });
    }
    if (source.url !== null) {
      const owner = urls.get(source.url) ?? (await tables.sourceByUrl(source.url))?.id;
      if (owner !== undefined && owner !== source.id) {
        problems.push({ line, kind: 'source', problem: { record: source.id, field: 'url', message: `is already the address of source "${owner}"` } });
      }
      urls.set(source.url, source.id);
    }
    sources.push(source);
  }
  const catalog = await sourceCatalog(tables, sources);
  const facts: Fact[] = [];
  for (const { line, raw } of factLines) {
    try {
      const fact = validateFact(raw, catalog);
      if (facts.some((other) => other.id === fact.id)) {
        problems.push({ line, kind: 'fact', problem: { record: fact.id, field: 'id', message: 'appears on an earlier line too' } });
      }
      facts.push(fact);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems.push(...error.problems.map((problem) => ({ line, kind: 'fact' as const, problem })));
    }
  }
  if (problems.length > 0) throw new ImportError(problems.sort((a, b) => a.line - b.line));
  return { sources, facts };
}

function checkImportedSource(raw: unknown, line: number, problems: LineProblem[]): Source | null {
  try {
    return validateSource(raw);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    problems.push(...error.problems.map((problem) => ({ line, kind: 'source' as const, problem })));
    return null;
  }
}

async function importSource(tx: Transaction, source: Source, actor: Actor, reason: string): Promise<void> {
  const stored = (await tx.tables.source(source.id))?.record;
  if (!stored) {
    await saveNewSource(tx, source, actor);
    return;
  }
  if (sourceJson(stored) === sourceJson(source)) return;
  const at = new Date().toISOString();
  await tx.tables.updateSource(source, actor, at);
  await tx.tables.insertSourceRevision(source.id, { action: 'edit', actor, at, reason, before: stored, after: source });
  tx.changes.push({ type: 'source-set', source });
}

async function requirePendingSuggestion(tables: Tables, id: number): Promise<Suggestion> {
  const suggestion = await tables.suggestion(id);
  if (!suggestion) throw new NotFoundError(`There is no suggestion #${id}.`);
  if (suggestion.status !== 'pending') throw new StoreError(`Suggestion #${id} was already ${suggestion.status}.`);
  return suggestion;
}

/** Code-point order, the same on every machine (unlike localeCompare). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
