/**
 * The database's rows as TypeScript sees them, and how each becomes the store's record. Column
 * names are the SQL's (snake_case); JSON columns hold text in both backends.
 */
import type { Fact, Language, Source } from '../core/types';
import type {
  FactState,
  FactStatus,
  GapClosing,
  Origin,
  Revision,
  RevisionAction,
  StoredFact,
  Suggestion,
  SuggestionStatus,
  UnansweredQuestion,
} from './types';

export interface FactRow {
  id: string;
  guild_id: string | null;
  /** Read in a server's view: 1 when that server hid this shared fact (absent otherwise). */
  hidden?: number | boolean | null;
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

/** The columns of a fact the engine indexes, and its server. */
export type EngineFactRow = Pick<FactRow, 'id' | 'en' | 'ar' | 'source_id' | 'paragraph' | 'aliases' | 'guild_id'>;
const ENGINE_FACT_COLUMNS = 'id, en, ar, source_id, paragraph, aliases, guild_id';
/** Every active fact as the engine is built from it, in the order they were added. */
export const ACTIVE_ENGINE_FACTS = `SELECT ${ENGINE_FACT_COLUMNS} FROM facts WHERE status = 'active' ORDER BY rowid`;
/** One active fact as the engine reads it back, by id. */
export const ACTIVE_ENGINE_FACT_BY_ID = `SELECT ${ENGINE_FACT_COLUMNS} FROM facts WHERE id = ? AND status = 'active'`;

/** A fact as the engine indexes it, and its server (null: shared). */
export function engineFactFromRow(row: EngineFactRow): { fact: Fact; guildId: string | null } {
  return {
    fact: { id: row.id, en: row.en, ar: row.ar, sourceId: row.source_id, paragraph: row.paragraph, aliases: JSON.parse(row.aliases) as string[] },
    guildId: row.guild_id,
  };
}

export interface SourceRow {
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

export interface SuggestionRow {
  id: number;
  guild_id: string;
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

export interface UnansweredRow {
  guild_id: string;
  normalized: string;
  example: string;
  language: Language;
  count: number;
  first_asked: string;
  last_asked: string;
  closed: GapClosing | null;
  closed_by_id: string | null;
  closed_by_name: string | null;
  closed_at: string | null;
  fact_id: string | null;
}

export interface RevisionRow {
  id: number;
  fact_id: string;
  guild_id: string | null;
  action: RevisionAction;
  actor_id: string;
  actor_name: string;
  at: string;
  reason: string | null;
  before: string | null;
  after: string;
}

export function factFromRow(row: FactRow): StoredFact {
  const hidden = Boolean(row.hidden);
  return {
    id: row.id,
    guildId: row.guild_id,
    en: row.en,
    ar: row.ar,
    sourceId: row.source_id,
    paragraph: row.paragraph,
    aliases: JSON.parse(row.aliases) as string[],
    status: hidden ? 'removed' : row.status,
    hidden,
    origin: row.origin,
    createdBy: { id: row.created_by_id, name: row.created_by_name },
    createdAt: row.created_at,
    updatedBy: { id: row.updated_by_id, name: row.updated_by_name },
    updatedAt: row.updated_at,
  };
}

export function sourceFromRow(row: SourceRow): Source {
  return {
    id: row.id,
    title: { en: row.title_en, ar: row.title_ar },
    outlet: row.outlet_en !== null && row.outlet_ar !== null ? { en: row.outlet_en, ar: row.outlet_ar } : null,
    url: row.url,
    sections: JSON.parse(row.sections) as Source['sections'],
    paragraphs: JSON.parse(row.paragraphs) as Source['paragraphs'],
  };
}

export function revisionFromRow(row: RevisionRow): Revision {
  return {
    id: row.id,
    factId: row.fact_id,
    guildId: row.guild_id,
    action: row.action,
    actor: { id: row.actor_id, name: row.actor_name },
    at: row.at,
    reason: row.reason,
    before: row.before === null ? null : (JSON.parse(row.before) as FactState),
    after: JSON.parse(row.after) as FactState,
  };
}

export function suggestionFromRow(row: SuggestionRow): Suggestion {
  return {
    id: row.id,
    guildId: row.guild_id,
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

export function unansweredFromRow(row: UnansweredRow): UnansweredQuestion {
  return {
    guildId: row.guild_id,
    normalized: row.normalized,
    example: row.example,
    language: row.language,
    count: row.count,
    firstAsked: row.first_asked,
    lastAsked: row.last_asked,
    closed:
      row.closed === null
        ? null
        : { how: row.closed, by: { id: row.closed_by_id ?? '', name: row.closed_by_name ?? '' }, at: row.closed_at ?? '', factId: row.fact_id },
  };
}
