/**
 * The store: every fact, source, revision, suggestion, unanswered question and vote, in one SQLite
 * file. Every write validates with the core's validators, runs in one transaction, and is then
 * announced to listeners (the engine), so the command line and Discord get the same refusals and
 * a change is answerable at once.
 */
import type Database from 'better-sqlite3';
import { DATA_DIR } from '../core/knowledge/load';
import { LIMITS, type Problem, validateFact, validateSource, ValidationError } from '../core/knowledge/validate';
import { MAX_QUESTION_LENGTH } from '../core/engine';
import { normalizeText, splitWords } from '../core/text/analyze';
import { cleanText } from '../core/text/controls';
import type { Fact, Language, Source } from '../core/types';
import { openDatabase } from './database';
import { ImportError, type LineProblem, NotFoundError, StoreError } from './errors';
import { newId } from './ids';
import { seedIfChanged } from './seed';
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
  private readonly tables: Tables;
  private readonly listeners = new Set<StoreListener>();
  /** Changes made by the transaction under way; announced only once it commits. */
  private pending: StoreChange[] = [];

  private constructor(private readonly db: Database.Database) {
    this.tables = new Tables(db);
  }

  /** Opens (creating if needed) the database at `file`, migrates it, and brings in the seed files. */
  static open(file: string, options: StoreOptions = {}): Store {
    const db = openDatabase(file);
    const store = new Store(db);
    try {
      seedIfChanged(db, store.tables, options.dataDir ?? DATA_DIR);
    } catch (error) {
      db.close();
      throw error;
    }
    return store;
  }

  close(): void {
    this.listeners.clear();
    if (this.db.open) this.db.close();
  }

  /** Calls `listener` after each committed change; returns a function that stops it. */
  onChange(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs `work` in one write transaction, then announces its changes (none if it threw). */
  private write<T>(work: () => T): T {
    const changes: StoreChange[] = [];
    this.pending = changes;
    let result: T;
    try {
      result = this.db.transaction(work).immediate();
    } finally {
      this.pending = [];
    }
    for (const change of changes) for (const listener of this.listeners) listener(change);
    return result;
  }

  private announce(change: StoreChange): void {
    this.pending.push(change);
  }

  // ── Facts ─────────────────────────────────────────────────────────────────────────────────

  listFacts(query: FactQuery = {}): StoredFact[] {
    return this.tables.facts(query);
  }

  countFacts(status: FactStatus | 'all' = 'active'): number {
    return this.tables.countFacts(status);
  }

  getFact(id: string): StoredFact | undefined {
    return this.tables.fact(id)?.record;
  }

  private requireFact(id: string): StoredFact {
    const fact = this.getFact(id);
    if (!fact) throw new NotFoundError(`There is no fact with id "${id}".`);
    return fact;
  }

  addFact(input: FactInput, actor: Actor, reason?: string): StoredFact {
    return this.write(() => this.insertNewFact(input, actor, reason ?? null));
  }

  private insertNewFact(input: FactInput, actor: Actor, reason: string | null): StoredFact {
    const id = newId(typeof input.en === 'string' ? input.en : '', 'fact', (candidate) => this.tables.factExists(candidate));
    const prepared = this.prepareFact(id, input, true);
    this.saveNewSource(prepared.newSource, actor);
    this.insertFactRecord(prepared.fact, actor, reason);
    return this.requireFact(id);
  }

  private insertFactRecord(fact: Fact, actor: Actor, reason: string | null): void {
    const at = new Date().toISOString();
    this.tables.insertFact(fact, 'moderator', null, actor, at);
    this.tables.insertFactRevision(fact.id, { action: 'add', actor, at, reason, before: null, after: factState(fact, 'active') });
    this.announce({ type: 'fact-set', fact: plainFact(fact) });
  }

  editFact(id: string, patch: FactPatch, actor: Actor, reason?: string): StoredFact {
    return this.write(() => {
      const current = this.requireFact(id);
      if (current.status === 'removed') {
        throw new StoreError(`Fact "${id}" is removed. To bring it back, revert its removal (see its history).`);
      }
      const usesNewUrl = typeof patch.url === 'string' && patch.url.trim() !== '';
      const prepared = this.prepareFact(
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
      this.saveNewSource(prepared.newSource, actor);
      this.changeFact(current, prepared.fact, 'active', 'edit', actor, reason ?? null);
      return this.requireFact(id);
    });
  }

  removeFact(id: string, actor: Actor, reason?: string): StoredFact {
    return this.write(() => {
      const current = this.requireFact(id);
      if (current.status === 'removed') throw new StoreError(`Fact "${id}" is already removed.`);
      this.changeFact(current, current, 'removed', 'remove', actor, reason ?? null);
      return this.requireFact(id);
    });
  }

  /** Writes a change with its revision; a change to nothing is not recorded. */
  private changeFact(current: StoredFact, next: Fact, status: FactStatus, action: Revision['action'], actor: Actor, reason: string | null): boolean {
    const before = factState(current, current.status);
    const after = factState(next, status);
    if (sameState(before, after)) return false;
    const at = new Date().toISOString();
    this.tables.updateFact(next, status, actor, at);
    this.tables.insertFactRevision(current.id, { action, actor, at, reason, before, after });
    this.announce(status === 'active' ? { type: 'fact-set', fact: plainFact(next) } : { type: 'fact-removed', id: current.id });
    return true;
  }

  /** Every change to the fact, oldest first. */
  history(id: string): Revision[] {
    this.requireFact(id);
    return this.tables.factRevisions(id);
  }

  /**
   * Returns the fact to how it was just before revision `revisionId` (its `before` state), as a new
   * revision. Reverting a removal brings the fact back; reverting the revision that created the
   * fact removes it.
   */
  revert(id: string, revisionId: number, actor: Actor, reason?: string): StoredFact {
    return this.write(() => {
      const current = this.requireFact(id);
      const revision = this.tables.factRevision(id, revisionId);
      if (!revision) throw new NotFoundError(`Fact "${id}" has no revision ${revisionId}; see its history for the revision numbers.`);
      const target: FactState = revision.before ?? { ...factState(current, 'removed') };
      const fact = this.validateExisting({ id, ...target });
      const note = `revert to before revision ${revisionId}${reason ? `: ${reason}` : ''}`;
      if (!this.changeFact(current, fact, target.status, 'revert', actor, note)) {
        throw new StoreError(`Fact "${id}" is already as it was before revision ${revisionId}; there is nothing to revert.`);
      }
      return this.requireFact(id);
    });
  }

  // ── Validation and sources ────────────────────────────────────────────────────────────────

  private sourceCatalog(extra: Source[] = []): Map<string, Source> {
    const catalog = new Map(this.tables.sources().map((source) => [source.id, source]));
    for (const source of extra) catalog.set(source.id, source);
    return catalog;
  }

  private validateExisting(raw: unknown, extraSources: Source[] = []): Fact {
    return validateFact(raw, this.sourceCatalog(extraSources));
  }

  /**
   * Resolves the cited source (by id, by url — drafting a new source — or the report) and
   * validates the fact and any new source together, so every bad field is named at once.
   */
  private prepareFact(id: string, input: FactInput, isNew: boolean): PreparedFact {
    const problems: Problem[] = [];
    let newSource: Source | null = null;
    let sourceId = input.sourceId ?? this.tables.defaultSourceId();
    // A blank address (an empty form field) means none was given.
    const url = typeof input.url === 'string' && input.url.trim() !== '' ? input.url.trim() : undefined;
    if (url !== undefined) {
      if (input.sourceId !== undefined) problems.push({ field: 'url', message: 'give either a source id or a url, not both' });
      const existing = this.tables.sourceByUrl(url);
      if (existing) {
        sourceId = existing.id;
      } else {
        const draft = this.draftSource(url, input);
        problems.push(...draft.problems);
        newSource = draft.source;
        sourceId = draft.source.id;
      }
    }
    let fact: Fact | null = null;
    try {
      fact = this.validateExisting(
        { id, en: input.en, ar: input.ar, sourceId, paragraph: input.paragraph ?? null, aliases: input.aliases ?? [] },
        newSource ? [newSource] : [],
      );
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems.push(...(isNew ? withoutRecord(error.problems) : error.problems));
    }
    if (problems.length > 0 || !fact) throw new ValidationError(problems);
    return { fact, newSource };
  }

  /** A source for a url nobody has cited yet; without numbered paragraphs, so facts cite no ¶. */
  private draftSource(url: string, input: FactInput): { source: Source; problems: Problem[] } {
    const title = input.title ?? '';
    const raw = {
      id: newId(title, 'source', (candidate) => this.tables.source(candidate) !== undefined),
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

  private saveNewSource(source: Source | null, actor: Actor): void {
    if (!source) return;
    const at = new Date().toISOString();
    this.tables.insertSource(source, 'moderator', null, actor, at);
    this.tables.insertSourceRevision(source.id, { action: 'add', actor, at, reason: null, before: null, after: source });
    this.announce({ type: 'source-set', source });
  }

  listSources(): Source[] {
    return this.tables.sources();
  }

  getSource(id: string): Source | undefined {
    return this.tables.source(id)?.record;
  }

  // ── Export and import ─────────────────────────────────────────────────────────────────────

  /**
   * JSON Lines: first the moderators' sources that active facts cite (`{"source": {...}}`), then
   * every active fact (id, en, ar, sourceId, paragraph, aliases), in an order that depends only on
   * the content, so exporting the same facts from two databases gives the same bytes.
   */
  exportFacts(): string {
    const lines = this.tables.citedModeratorSources().map((source) => JSON.stringify({ source: canonicalSource(source) }));
    const facts = this.tables
      .facts({ status: 'active' })
      .map(plainFact)
      .sort((a, b) => compareText(a.sourceId, b.sourceId) || (a.paragraph ?? 0) - (b.paragraph ?? 0) || compareText(a.id, b.id));
    for (const fact of facts) lines.push(JSON.stringify(fact));
    return lines.map((line) => `${line}\n`).join('');
  }

  /**
   * Checks every line first and writes all of it or nothing. A fact whose id exists is edited
   * (a removed one comes back); a new id is added. Identical facts are left alone.
   */
  importFacts(text: string, actor: Actor, reason?: string): ImportSummary {
    return this.write(() => {
      const { sources, facts } = this.parseImport(text);
      for (const source of sources) this.importSource(source, actor, reason ?? 'import');
      const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
      for (const fact of facts) {
        const current = this.getFact(fact.id);
        if (!current) {
          this.insertFactRecord(fact, actor, reason ?? 'import');
          summary.added += 1;
        } else if (this.changeFact(current, fact, 'active', 'edit', actor, reason ?? 'import')) {
          summary.updated += 1;
        } else {
          summary.unchanged += 1;
        }
      }
      return summary;
    });
  }

  private parseImport(text: string): { sources: Source[]; facts: Fact[] } {
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
      const source = this.checkImportedSource(raw, line, problems);
      if (!source) continue;
      if (sources.some((other) => other.id === source.id)) {
        problems.push({ line, kind: 'source', problem: { record: source.id, field: 'id', message: 'appears on an earlier line too' } });
      }
      if (source.url !== null) {
        const owner = urls.get(source.url) ?? this.tables.sourceByUrl(source.url)?.id;
        if (owner !== undefined && owner !== source.id) {
          problems.push({ line, kind: 'source', problem: { record: source.id, field: 'url', message: `is already the address of source "${owner}"` } });
        }
        urls.set(source.url, source.id);
      }
      sources.push(source);
    }
    const catalog = this.sourceCatalog(sources);
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

  private checkImportedSource(raw: unknown, line: number, problems: LineProblem[]): Source | null {
    try {
      return validateSource(raw);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems.push(...error.problems.map((problem) => ({ line, kind: 'source' as const, problem })));
      return null;
    }
  }

  private importSource(source: Source, actor: Actor, reason: string): void {
    const stored = this.getSource(source.id);
    if (!stored) {
      this.saveNewSource(source, actor);
      return;
    }
    if (sourceJson(stored) === sourceJson(source)) return;
    const at = new Date().toISOString();
    this.tables.updateSource(source, actor, at);
    this.tables.insertSourceRevision(source.id, { action: 'edit', actor, at, reason, before: stored, after: source });
    this.announce({ type: 'source-set', source });
  }

  // ── Suggestions ───────────────────────────────────────────────────────────────────────────

  /**
   * Keeps a user's proposal for review. Only its shape is checked here (some text, a sane size, a
   * web address); the fact validator judges it when a moderator approves it.
   */
  addSuggestion(input: SuggestionInput, by: Actor): Suggestion {
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
    return this.write(() => {
      const id = this.tables.insertSuggestion(suggestion, by, new Date().toISOString());
      return this.tables.suggestion(id) as Suggestion;
    });
  }

  listSuggestions(status: SuggestionStatus = 'pending'): Suggestion[] {
    return this.tables.suggestions(status);
  }

  private requirePendingSuggestion(id: number): Suggestion {
    const suggestion = this.tables.suggestion(id);
    if (!suggestion) throw new NotFoundError(`There is no suggestion #${id}.`);
    if (suggestion.status !== 'pending') throw new StoreError(`Suggestion #${id} was already ${suggestion.status}.`);
    return suggestion;
  }

  /** Adds the suggested fact, with the moderator's `overrides` (a translation, a fixed ¶) applied. */
  approveSuggestion(id: number, actor: Actor, overrides: FactPatch = {}): StoredFact {
    return this.write(() => {
      const suggestion = this.requirePendingSuggestion(id);
      const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)) as FactPatch;
      const input: FactInput = {
        en: suggestion.en ?? '',
        ar: suggestion.ar ?? '',
        ...(suggestion.paragraph !== null ? { paragraph: suggestion.paragraph } : {}),
        // A moderator who names a source replaces the address the user gave.
        ...(suggestion.url !== null && given.sourceId === undefined ? { url: suggestion.url } : {}),
        ...given,
      };
      const fact = this.insertNewFact(input, actor, `suggestion #${id} by ${suggestion.suggestedBy.name}`);
      this.tables.reviewSuggestion(id, { status: 'approved', by: actor, at: new Date().toISOString(), reason: null, factId: fact.id });
      return fact;
    });
  }

  rejectSuggestion(id: number, actor: Actor, reason?: string): Suggestion {
    return this.write(() => {
      this.requirePendingSuggestion(id);
      this.tables.reviewSuggestion(id, { status: 'rejected', by: actor, at: new Date().toISOString(), reason: reason ?? null, factId: null });
      return this.tables.suggestion(id) as Suggestion;
    });
  }

  // ── What users asked and thought ──────────────────────────────────────────────────────────

  /**
   * Counts a question the bot could not answer, under its normalised words (punctuation dropped),
   * so "Who is DeepSeek's CEO?" and "who is deepseeks ceo" count as one.
   */
  recordUnanswered(question: string, language: Language): void {
    const example = cleanText(question).slice(0, MAX_QUESTION_LENGTH);
    const normalized = splitWords(normalizeText(example))
      .map((word) => word.text)
      .join(' ');
    if (normalized === '') return;
    this.write(() => this.tables.countUnanswered(normalized, example, language, new Date().toISOString()));
  }

  /** The most asked unanswered questions, most recent first among equals. */
  topUnanswered(limit = 10): UnansweredQuestion[] {
    return this.tables.topUnanswered(limit);
  }

  /** One vote per user per fact; voting again replaces the earlier vote. */
  recordFeedback(factId: string, userId: string, helpful: boolean): void {
    this.write(() => {
      this.requireFact(factId);
      this.tables.setFeedback(factId, userId, helpful, new Date().toISOString());
    });
  }

  feedbackFor(factId: string): FeedbackTally {
    return this.tables.feedback(factId);
  }
}

/** Code-point order, the same on every machine (unlike localeCompare). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
