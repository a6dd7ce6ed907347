/** The store's vocabulary, on top of the core's Fact and Source: who changed what, when and why. */
import type { Fact, Language } from '../core/types';

/**
 * Which knowledge a request sees and changes: a server's id, or null for the shared knowledge.
 *
 * The shared knowledge is the seed, and what the operator (`npm run facts`) and the moderators of
 * the configured home servers change; every server sees it. Any other server's moderators change
 * only their server's view: they add and edit facts of its own, hide shared facts for it, and
 * revert those changes; no other server ever sees them.
 */
export type View = string | null;

/**
 * Whose records (suggestions, unanswered questions, votes) a reader sees: these servers' ids,
 * with '' for direct messages; every server's when absent (the operator at the command line).
 */
export type RecordScope = readonly string[] | undefined;

/** The server a record came from; '' for a direct message, or a command line. */
export const NO_GUILD = '';

/** Whoever makes a change: a Discord user, a command-line user, or "seed" for data/. */
export interface Actor {
  id: string;
  name: string;
}

export type FactStatus = 'active' | 'removed';
/** Where a fact or source first came from: the seed files in data/, or a moderator. */
export type Origin = 'seed' | 'moderator';

/** A fact with its bookkeeping, as the store holds it. */
export interface StoredFact extends Fact {
  /** The server whose own fact it is; null for a shared fact. */
  guildId: string | null;
  /** As seen from the view it was read in: a shared fact that server hid reads as removed. */
  status: FactStatus;
  /** True when read in a server's view that hid this shared fact. */
  hidden: boolean;
  origin: Origin;
  createdBy: Actor;
  createdAt: string;
  updatedBy: Actor;
  updatedAt: string;
}

/** What a moderator gives to add a fact. Cite the report by `paragraph`, or another source by `url`. */
export interface FactInput {
  en: string;
  ar: string;
  /** Defaults to the report (the first source in data/). */
  sourceId?: string;
  paragraph?: number | null;
  /** Cites the source at this address, creating it (titled `title`/`titleAr`) if none has it. */
  url?: string;
  title?: string;
  /** The Arabic title of a new source; `title` is used for both languages when absent. */
  titleAr?: string;
  aliases?: string[];
}

/** Only the fields to change; `aliases`, when given, replaces the whole list. */
export type FactPatch = Partial<FactInput>;

/** A fact's content and status at one moment; revisions record it before and after each change. */
export interface FactState {
  en: string;
  ar: string;
  sourceId: string;
  paragraph: number | null;
  aliases: string[];
  status: FactStatus;
}

export type RevisionAction = 'add' | 'edit' | 'remove' | 'revert';

export interface Revision {
  id: number;
  factId: string;
  /** The server whose view the change was made in; null for a change to the shared knowledge. */
  guildId: string | null;
  action: RevisionAction;
  actor: Actor;
  at: string;
  reason: string | null;
  /** Null for the revision that created the fact. */
  before: FactState | null;
  after: FactState;
}

export type SuggestionStatus = 'pending' | 'approved' | 'rejected';

/** A user's proposed fact: text in one or both languages, citing a report paragraph or a url. */
export interface SuggestionInput {
  en?: string | null;
  ar?: string | null;
  paragraph?: number | null;
  url?: string | null;
}

export interface Suggestion {
  id: number;
  /** The server it was suggested in; '' for a direct message. */
  guildId: string;
  en: string | null;
  ar: string | null;
  paragraph: number | null;
  url: string | null;
  suggestedBy: Actor;
  suggestedAt: string;
  status: SuggestionStatus;
  reviewedBy: Actor | null;
  reviewedAt: string | null;
  reviewReason: string | null;
  /** The fact made from it, once approved. */
  factId: string | null;
}

/** A question the bot could not answer, counted under its normalised text. */
export interface UnansweredQuestion {
  /** The server it was asked in; '' for a direct message or the command line. */
  guildId: string;
  normalized: string;
  /** The first wording it was asked in. */
  example: string;
  language: Language;
  count: number;
  firstAsked: string;
  lastAsked: string;
  /** How a moderator closed it; closed questions leave the gaps list but stay in the record. */
  closed: { how: GapClosing; by: Actor; at: string; factId: string | null } | null;
}

/** A gap is answered (its question became a way to ask a fact) or dismissed (not worth a fact). */
export type GapClosing = 'answered' | 'dismissed';

/** A not-helpful vote, with the question it was given to. */
export interface NotHelpfulVote {
  question: string;
  at: string;
}

export interface FeedbackTally {
  helpful: number;
  notHelpful: number;
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}
