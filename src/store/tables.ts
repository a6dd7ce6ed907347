/**
 * Rows in and out of SQLite. Nothing here validates or decides; the Store and the seeding do
 * that, then write through these, always inside a transaction they opened.
 */
import type Database from 'better-sqlite3';
import type { Fact, Language, Source } from '../core/types';
import type {
  Actor,
  FactState,
  FactStatus,
  FeedbackTally,
  Origin,
  Revision,
  RevisionAction,
  StoredFact,
  Suggestion,
  SuggestionInput,
  SuggestionStatus,
  UnansweredQuestion,
} from './types';

interface FactRow {
  id: string;
  en: string;
  ar: string;
  source_id: string;
  paragraph: number | null;
  aliases: string;
  status: FactStatus;
  origin: Origin;
  seeded: string | null;
  created_by_id: string;
  created_by_name: string;
  created_at: string;
  updated_by_id: string;
  updated_by_name: string;
  updated_at: string;
}

interface SourceRow {
  id: string;
  title_en: string;
  title_ar: string;
  outlet_en: string | null;
  outlet_ar: string | null;
  url: string | null;
  sections: string;
  paragraphs: string;
  origin: Origin;
  seeded: string | null;
}

interface SuggestionRow {
  id: number;
  en: string | null;
  ar: string | null;
  paragraph: number | null;
  url: string | null;
  suggested_by_id: string;
  suggested_by_name: string;
  suggested_at: string;
  status: SuggestionStatus;
  reviewed_by_id: string | null;
  reviewed_by_name: string | null;
  reviewed_at: string | null;
  review_reason: string | null;
  fact_id: string | null;
}

interface UnansweredRow {
  normalized: string;
  example: string;
  language: Language;
  count: number;
  first_asked: string;
  last_asked: string;
}

interface RevisionRow {
  id: number;
  fact_id: string;
  action: RevisionAction;
  actor_id: string;
  actor_name: string;
  at: string;
  reason: string | null;
  before: string | null;
  after: string;
}

/** A fact with its bookkeeping stripped: what the engine and the export see. */
export function plainFact(fact: Fact): Fact {
  return { id: fact.id, en: fact.en, ar: fact.ar, sourceId: fact.sourceId, paragraph: fact.paragraph, aliases: [...fact.aliases] };
}

export function factState(fact: Fact, status: FactStatus): FactState {
  return { en: fact.en, ar: fact.ar, sourceId: fact.sourceId, paragraph: fact.paragraph, aliases: [...fact.aliases], status };
}

/** The content of a fact as JSON with a fixed key order, so equal content gives equal text. */
export function factContentJson(fact: Fact): string {
  return JSON.stringify({ en: fact.en, ar: fact.ar, sourceId: fact.sourceId, paragraph: fact.paragraph, aliases: fact.aliases });
}

/** A source rebuilt with a fixed key order (for comparison and export). */
export function canonicalSource(source: Source): Source {
  return {
    id: source.id,
    title: { en: source.title.en, ar: source.title.ar },
    outlet: source.outlet ? { en: source.outlet.en, ar: source.outlet.ar } : null,
    url: source.url,
    sections: source.sections.map((section) => ({
      id: section.id,
      heading: { en: section.heading.en, ar: section.heading.ar },
      paragraphs: [...section.paragraphs],
    })),
    paragraphs: source.paragraphs.map((paragraph) => ({
      number: paragraph.number,
      gloss: { en: paragraph.gloss.en, ar: paragraph.gloss.ar },
    })),
  };
}

export function sourceJson(source: Source): string {
  return JSON.stringify(canonicalSource(source));
}

function factFromRow(row: FactRow): StoredFact {
  return {
    id: row.id,
    en: row.en,
    ar: row.ar,
    sourceId: row.source_id,
    paragraph: row.paragraph,
    aliases: JSON.parse(row.aliases) as string[],
    status: row.status,
    origin: row.origin,
    createdBy: { id: row.created_by_id, name: row.created_by_name },
    createdAt: row.created_at,
    updatedBy: { id: row.updated_by_id, name: row.updated_by_name },
    updatedAt: row.updated_at,
  };
}

function sourceFromRow(row: SourceRow): Source {
  return {
    id: row.id,
    title: { en: row.title_en, ar: row.title_ar },
    outlet: row.outlet_en !== null && row.outlet_ar !== null ? { en: row.outlet_en, ar: row.outlet_ar } : null,
    url: row.url,
    sections: JSON.parse(row.sections) as Source['sections'],
    paragraphs: JSON.parse(row.paragraphs) as Source['paragraphs'],
  };
}

function revisionFromRow(row: RevisionRow): Revision {
  return {
    id: row.id,
    factId: row.fact_id,
    action: row.action,
    actor: { id: row.actor_id, name: row.actor_name },
    at: row.at,
    reason: row.reason,
    before: row.before === null ? null : (JSON.parse(row.before) as FactState),
    after: JSON.parse(row.after) as FactState,
  };
}

function suggestionFromRow(row: SuggestionRow): Suggestion {
  return {
    id: row.id,
    en: row.en,
    ar: row.ar,
    paragraph: row.paragraph,
    url: row.url,
    suggestedBy: { id: row.suggested_by_id, name: row.suggested_by_name },
    suggestedAt: row.suggested_at,
    status: row.status,
    reviewedBy: row.reviewed_by_id !== null && row.reviewed_by_name !== null ? { id: row.reviewed_by_id, name: row.reviewed_by_name } : null,
    reviewedAt: row.reviewed_at,
    reviewReason: row.review_reason,
    factId: row.fact_id,
  };
}

export interface SeededRecord<T> {
  record: T;
  /** JSON of the content the seed files last gave it; null for a moderator's record. */
  seeded: string | null;
}

export interface FactQuery {
  status?: FactStatus | 'all';
  offset?: number;
  limit?: number;
}

/** Prepared statements, compiled on first use and kept for the connection's life. */
export class Tables {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  meta(key: string): string | undefined {
    return (this.statement('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  setMeta(key: string, value: string): void {
    this.statement('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  fact(id: string): SeededRecord<StoredFact> | undefined {
    const row = this.statement('SELECT * FROM facts WHERE id = ?').get(id) as FactRow | undefined;
    return row && { record: factFromRow(row), seeded: row.seeded };
  }

  factExists(id: string): boolean {
    return this.statement('SELECT 1 FROM facts WHERE id = ?').get(id) !== undefined;
  }

  facts({ status = 'active', offset = 0, limit = -1 }: FactQuery): StoredFact[] {
    const rows = (
      status === 'all'
        ? this.statement('SELECT * FROM facts ORDER BY rowid LIMIT ? OFFSET ?').all(limit, offset)
        : this.statement('SELECT * FROM facts WHERE status = ? ORDER BY rowid LIMIT ? OFFSET ?').all(status, limit, offset)
    ) as FactRow[];
    return rows.map(factFromRow);
  }

  countFacts(status: FactStatus | 'all'): number {
    const row = (
      status === 'all'
        ? this.statement('SELECT count(*) AS n FROM facts').get()
        : this.statement('SELECT count(*) AS n FROM facts WHERE status = ?').get(status)
    ) as { n: number };
    return row.n;
  }

  insertFact(fact: Fact, origin: Origin, seeded: string | null, actor: Actor, at: string): void {
    this.statement(
      `INSERT INTO facts (id, en, ar, source_id, paragraph, aliases, status, origin, seeded,
         created_by_id, created_by_name, created_at, updated_by_id, updated_by_name, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(fact.id, fact.en, fact.ar, fact.sourceId, fact.paragraph, JSON.stringify(fact.aliases), origin, seeded, actor.id, actor.name, at, actor.id, actor.name, at);
  }

  updateFact(fact: Fact, status: FactStatus, actor: Actor, at: string): void {
    this.statement(
      `UPDATE facts SET en = ?, ar = ?, source_id = ?, paragraph = ?, aliases = ?, status = ?,
         updated_by_id = ?, updated_by_name = ?, updated_at = ? WHERE id = ?`,
    ).run(fact.en, fact.ar, fact.sourceId, fact.paragraph, JSON.stringify(fact.aliases), status, actor.id, actor.name, at, fact.id);
  }

  setFactSeeded(id: string, seeded: string): void {
    this.statement('UPDATE facts SET seeded = ? WHERE id = ?').run(seeded, id);
  }

  source(id: string): SeededRecord<Source> | undefined {
    const row = this.statement('SELECT * FROM sources WHERE id = ?').get(id) as SourceRow | undefined;
    return row && { record: sourceFromRow(row), seeded: row.seeded };
  }

  sourceByUrl(url: string): Source | undefined {
    const row = this.statement('SELECT * FROM sources WHERE url = ?').get(url) as SourceRow | undefined;
    return row && sourceFromRow(row);
  }

  /** Seed sources first (the report leads), then moderators' sources in the order added. */
  sources(): Source[] {
    return (this.statement("SELECT * FROM sources ORDER BY origin <> 'seed', rowid").all() as SourceRow[]).map(sourceFromRow);
  }

  /** The source a fact cites when none is named: the first one in data/. */
  defaultSourceId(): string | undefined {
    return (this.statement("SELECT id FROM sources WHERE origin = 'seed' ORDER BY rowid LIMIT 1").get() as { id: string } | undefined)?.id;
  }

  /** Moderators' sources that active facts cite, by id: what an export must carry along. */
  citedModeratorSources(): Source[] {
    const rows = this.statement(
      `SELECT * FROM sources WHERE origin = 'moderator'
         AND id IN (SELECT source_id FROM facts WHERE status = 'active') ORDER BY id`,
    ).all() as SourceRow[];
    return rows.map(sourceFromRow);
  }

  private sourceValues(source: Source): unknown[] {
    const canonical = canonicalSource(source);
    return [
      canonical.title.en,
      canonical.title.ar,
      canonical.outlet?.en ?? null,
      canonical.outlet?.ar ?? null,
      canonical.url,
      JSON.stringify(canonical.sections),
      JSON.stringify(canonical.paragraphs),
    ];
  }

  insertSource(source: Source, origin: Origin, seeded: string | null, actor: Actor, at: string): void {
    this.statement(
      `INSERT INTO sources (id, title_en, title_ar, outlet_en, outlet_ar, url, sections, paragraphs, origin, seeded,
         created_by_id, created_by_name, created_at, updated_by_id, updated_by_name, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(source.id, ...this.sourceValues(source), origin, seeded, actor.id, actor.name, at, actor.id, actor.name, at);
  }

  updateSource(source: Source, actor: Actor, at: string): void {
    this.statement(
      `UPDATE sources SET title_en = ?, title_ar = ?, outlet_en = ?, outlet_ar = ?, url = ?, sections = ?, paragraphs = ?,
         updated_by_id = ?, updated_by_name = ?, updated_at = ? WHERE id = ?`,
    ).run(...this.sourceValues(source), actor.id, actor.name, at, source.id);
  }

  setSourceSeeded(id: string, seeded: string): void {
    this.statement('UPDATE sources SET seeded = ? WHERE id = ?').run(seeded, id);
  }

  insertFactRevision(
    factId: string,
    change: { action: RevisionAction; actor: Actor; at: string; reason: string | null; before: FactState | null; after: FactState },
  ): void {
    this.statement(
      `INSERT INTO revisions (fact_id, action, actor_id, actor_name, at, reason, before, after)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(factId, change.action, change.actor.id, change.actor.name, change.at, change.reason, change.before && JSON.stringify(change.before), JSON.stringify(change.after));
  }

  insertSourceRevision(
    sourceId: string,
    change: { action: 'add' | 'edit'; actor: Actor; at: string; reason: string | null; before: Source | null; after: Source },
  ): void {
    this.statement(
      `INSERT INTO revisions (source_id, action, actor_id, actor_name, at, reason, before, after)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(sourceId, change.action, change.actor.id, change.actor.name, change.at, change.reason, change.before && sourceJson(change.before), sourceJson(change.after));
  }

  factRevisions(factId: string): Revision[] {
    return (this.statement('SELECT * FROM revisions WHERE fact_id = ? ORDER BY id').all(factId) as RevisionRow[]).map(revisionFromRow);
  }

  factRevision(factId: string, revisionId: number): Revision | undefined {
    const row = this.statement('SELECT * FROM revisions WHERE fact_id = ? AND id = ?').get(factId, revisionId) as RevisionRow | undefined;
    return row && revisionFromRow(row);
  }

  insertSuggestion(suggestion: Required<SuggestionInput>, by: Actor, at: string): number {
    const result = this.statement(
      `INSERT INTO suggestions (en, ar, paragraph, url, suggested_by_id, suggested_by_name, suggested_at, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')`,
    ).run(suggestion.en, suggestion.ar, suggestion.paragraph, suggestion.url, by.id, by.name, at);
    return Number(result.lastInsertRowid);
  }

  suggestion(id: number): Suggestion | undefined {
    const row = this.statement('SELECT * FROM suggestions WHERE id = ?').get(id) as SuggestionRow | undefined;
    return row && suggestionFromRow(row);
  }

  suggestions(status: SuggestionStatus): Suggestion[] {
    return (this.statement('SELECT * FROM suggestions WHERE status = ? ORDER BY id').all(status) as SuggestionRow[]).map(suggestionFromRow);
  }

  reviewSuggestion(id: number, review: { status: SuggestionStatus; by: Actor; at: string; reason: string | null; factId: string | null }): void {
    this.statement(
      `UPDATE suggestions SET status = ?, reviewed_by_id = ?, reviewed_by_name = ?, reviewed_at = ?, review_reason = ?, fact_id = ?
       WHERE id = ?`,
    ).run(review.status, review.by.id, review.by.name, review.at, review.reason, review.factId, id);
  }

  countUnanswered(normalized: string, example: string, language: Language, at: string): void {
    this.statement(
      `INSERT INTO unanswered_questions (normalized, example, language, count, first_asked, last_asked)
       VALUES (?, ?, ?, 1, ?, ?)
       ON CONFLICT (normalized) DO UPDATE SET count = count + 1, last_asked = excluded.last_asked`,
    ).run(normalized, example, language, at, at);
  }

  topUnanswered(limit: number): UnansweredQuestion[] {
    const rows = this.statement('SELECT * FROM unanswered_questions ORDER BY count DESC, last_asked DESC LIMIT ?').all(limit) as UnansweredRow[];
    return rows.map((row) => ({
      normalized: row.normalized,
      example: row.example,
      language: row.language,
      count: row.count,
      firstAsked: row.first_asked,
      lastAsked: row.last_asked,
    }));
  }

  /** One vote per user per fact: a second vote replaces the first. */
  setFeedback(factId: string, userId: string, helpful: boolean, at: string): void {
    this.statement(
      `INSERT INTO feedback (fact_id, user_id, helpful, at) VALUES (?, ?, ?, ?)
       ON CONFLICT (fact_id, user_id) DO UPDATE SET helpful = excluded.helpful, at = excluded.at`,
    ).run(factId, userId, helpful ? 1 : 0, at);
  }

  feedback(factId: string): FeedbackTally {
    const row = this.statement(
      'SELECT coalesce(sum(helpful), 0) AS helpful, coalesce(sum(1 - helpful), 0) AS notHelpful FROM feedback WHERE fact_id = ?',
    ).get(factId) as FeedbackTally;
    return { helpful: row.helpful, notHelpful: row.notHelpful };
  }
}
