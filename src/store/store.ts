/**
 * The store: every fact, source, revision, suggestion, unanswered question, vote and cooldown, in
 * an SQLite file or a PostgreSQL database. `Store` is the one way in, a thin front: it opens the
 * database, runs each write in one transaction, and announces what committed to its listeners
 * (the engine), so the command line and Discord get the same refusals and a change is answerable
 * at once; other processes hear of it through the database (`follow`).
 *
 * Where things live in this folder:
 * - fact-writes.ts   adding, editing, removing and reverting facts (validated, with revisions)
 * - import-export.ts the knowledge base as JSON Lines, out and in (all or nothing)
 * - suggestions.ts   users' suggested facts and their review
 * - records.ts       what users asked and thought: unanswered questions, votes, answers per day
 *                    (the stats), cooldowns
 * - gaps.ts          unanswered questions grouped, and a gap answered with a fact or dismissed
 * - change-feed.ts   what a commit changed, for this process and (`follow`) every other
 * - seed.ts          bringing data/ in without undoing moderators' work
 * - transaction.ts   one write transaction as the writers see it; clock.ts, the store's time
 * - tables.ts        the SQL; rows.ts, row types and their mappers; content.ts, canonical shapes
 * - sql.ts           the SQL interface both backends provide: sqlite.ts (with database.ts, which
 *                    opens and checks the file) and postgres.ts; migrations.ts, the schema
 * - runtime.ts       what every command starts with: the store and an engine that follows it
 * - types.ts, errors.ts, ids.ts: the store's vocabulary, refusals and new ids
 */
import { DATA_DIR } from '../core/knowledge/load';
import type { Analyzer } from '../core/text/analyze';
import type { Language, Source } from '../core/types';
import type { UsageStats } from '../stats/usage';
import { follow, type StoreChange, type StoreListener } from './change-feed';
import { type Clock, systemClock } from './clock';
import { editFact, insertNewFact, removeFact, requireFact, revertFact } from './fact-writes';
import { exportFacts, importFacts } from './import-export';
import { migrate } from './migrations';
import { openPostgres } from './postgres';
import { answerGap, dismissGap, type Gap, GAP_QUESTIONS, groupGaps } from './gaps';
import { type CooldownTurn, recordAnswer, recordFeedback, takeCooldown, unansweredKey, usageStats } from './records';
import { seedIfChanged } from './seed';
import type { SqlDatabase, StoreLocation } from './sql';
import { openSqlite } from './sqlite';
import { approveSuggestion, checkSuggestion, insertSuggestion, rejectSuggestion } from './suggestions';
import { type FactQuery, Tables } from './tables';
import { runTransaction, type Transaction } from './transaction';
import type {
  Actor,
  FactInput,
  FactPatch,
  FactStatus,
  FeedbackTally,
  ImportSummary,
  NotHelpfulVote,
  Revision,
  StoredFact,
  Suggestion,
  SuggestionInput,
  SuggestionStatus,
  UnansweredQuestion,
} from './types';

/** The meta row `checkWritable` writes: when a write last succeeded. */
const WRITE_CHECK_KEY = 'write_checked_at';

export interface StoreOptions {
  /** The seed files to bring in on open; the project's data/ by default. */
  dataDir?: string;
  /** The time every record is stamped with and cooldowns are measured by; the system's by default. */
  clock?: Clock;
}

export class Store {
  /** Reads outside any transaction. */
  private readonly tables: Tables;
  private readonly listeners = new Set<StoreListener>();

  private constructor(
    private readonly sql: SqlDatabase,
    private readonly clock: Clock,
  ) {
    this.tables = new Tables(sql);
  }

  /** Opens (creating if needed) the database, migrates it, and brings in the seed files. */
  static async open(location: StoreLocation, options: StoreOptions = {}): Promise<Store> {
    const sql = 'databaseUrl' in location ? await openPostgres(location.databaseUrl) : openSqlite(location.dbPath);
    try {
      await migrate(sql);
      const store = new Store(sql, options.clock ?? systemClock);
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

  // ── The change feed ───────────────────────────────────────────────────────────────────────

  /** Calls `listener` after each change this store commits; returns a function that stops it. */
  onChange(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Follows every process's commits after `revisionId` (see change-feed.ts); returns a stop function. */
  follow(revisionId: number, apply: StoreListener, onError: (error: unknown) => void): () => Promise<void> {
    return follow(this.sql, this.tables, revisionId, apply, onError);
  }

  /**
   * A write of one small row, which fails as any write would when the database is unreachable or
   * full: how an outage's end is noticed when no record is waiting to be written.
   */
  async checkWritable(): Promise<void> {
    await this.write((tx) => tx.tables.setMeta(WRITE_CHECK_KEY, tx.at));
  }

  /** The newest revision of any fact or source: where `follow` starts for an engine built now. */
  lastRevisionId(): Promise<number> {
    return this.tables.lastRevisionId();
  }

  /** Runs `work` in one write transaction, then announces its changes (none if it threw). */
  private async write<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const { result, changes } = await runTransaction(this.sql, this.clock, work);
    for (const change of changes) this.announce(change);
    return result;
  }

  private announce(change: StoreChange): void {
    for (const listener of this.listeners) listener(change);
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
    return this.write((tx) => editFact(tx, id, patch, actor, reason ?? null));
  }

  removeFact(id: string, actor: Actor, reason?: string): Promise<StoredFact> {
    return this.write((tx) => removeFact(tx, id, actor, reason ?? null));
  }

  /** Every change to the fact, oldest first. */
  async history(id: string): Promise<Revision[]> {
    await requireFact(this.tables, id);
    return this.tables.factRevisions(id);
  }

  /** Returns the fact to how it was just before revision `revisionId`, as a new revision (see fact-writes.ts). */
  revert(id: string, revisionId: number, actor: Actor, reason?: string): Promise<StoredFact> {
    return this.write((tx) => revertFact(tx, id, revisionId, actor, reason ?? null));
  }

  // ── Sources ───────────────────────────────────────────────────────────────────────────────

  listSources(): Promise<Source[]> {
    return this.tables.sources();
  }

  async getSource(id: string): Promise<Source | undefined> {
    return (await this.tables.source(id))?.record;
  }

  // ── Export and import ─────────────────────────────────────────────────────────────────────

  /** JSON Lines, the same bytes for the same facts in any database (see import-export.ts). */
  exportFacts(): Promise<string> {
    return exportFacts(this.tables);
  }

  /** Checks every line first and writes all of it or nothing. */
  importFacts(text: string, actor: Actor, reason?: string): Promise<ImportSummary> {
    return this.write((tx) => importFacts(tx, text, actor, reason ?? 'import'));
  }

  // ── Suggestions ───────────────────────────────────────────────────────────────────────────

  /** Keeps a user's proposal for review; only its shape is checked now. */
  addSuggestion(input: SuggestionInput, by: Actor): Promise<Suggestion> {
    const suggestion = checkSuggestion(input);
    return this.write((tx) => insertSuggestion(tx, suggestion, by));
  }

  listSuggestions(status: SuggestionStatus = 'pending'): Promise<Suggestion[]> {
    return this.tables.suggestions(status);
  }

  /** Adds the suggested fact, with the moderator's `overrides` (a translation, a fixed ¶) applied. */
  approveSuggestion(id: number, actor: Actor, overrides: FactPatch = {}): Promise<StoredFact> {
    return this.write((tx) => approveSuggestion(tx, id, actor, overrides));
  }

  rejectSuggestion(id: number, actor: Actor, reason?: string): Promise<Suggestion> {
    return this.write((tx) => rejectSuggestion(tx, id, actor, reason ?? null));
  }

  // ── What users asked and thought ──────────────────────────────────────────────────────────

  /** Counts a question the bot could not answer, under its normalised words. */
  async recordUnanswered(question: string, language: Language): Promise<void> {
    const { normalized, example } = unansweredKey(question);
    if (normalized === '') return;
    await this.write((tx) => tx.tables.countUnanswered(normalized, example, language, tx.at));
  }

  /** The most asked open unanswered questions, most recent first among equals. */
  topUnanswered(limit = 10): Promise<UnansweredQuestion[]> {
    return this.tables.topUnanswered(limit);
  }

  /** The open unanswered questions grouped by `analyzer` (the engine's), most asked first. */
  async gaps(analyzer: Analyzer): Promise<Gap[]> {
    return groupGaps(await this.tables.topUnanswered(GAP_QUESTIONS), analyzer);
  }

  /**
   * Makes `question` one of the fact's ways to ask, recorded as a revision, and closes `gap` (the
   * group it was asked as, if any) as answered by that fact.
   */
  answerGap(factId: string, question: string, gap: Gap | undefined, actor: Actor): Promise<StoredFact> {
    return this.write((tx) => answerGap(tx, factId, question, gap, actor));
  }

  /** The questions moderators closed (answered or dismissed), latest first. */
  closedUnanswered(limit = 50): Promise<UnansweredQuestion[]> {
    return this.tables.closedUnanswered(limit);
  }

  /** Hides the gap from the list; its questions stay in the record, marked dismissed. */
  dismissGap(gap: Gap, actor: Actor): Promise<void> {
    return this.write((tx) => dismissGap(tx, gap, actor));
  }

  /** Counts a question for the stats: answered with `factId` (the fact the answer rested on), or not (null). */
  recordAnswer(factId: string | null): Promise<void> {
    return this.write((tx) => recordAnswer(tx, factId));
  }

  /** The figures for the last `days` days (UTC), today included. */
  usageStats(days = 30): Promise<UsageStats> {
    return usageStats(this.tables, this.clock.now(), days);
  }

  /** One vote per user per fact, with the question it was given to; voting again replaces the earlier vote. */
  recordFeedback(factId: string, userId: string, helpful: boolean, question: string | null = null): Promise<void> {
    return this.write((tx) => recordFeedback(tx, factId, userId, helpful, question));
  }

  feedbackFor(factId: string): Promise<FeedbackTally> {
    return this.tables.feedback(factId);
  }

  /** Votes for several facts in one read (facts without votes are absent). */
  feedbackByFact(factIds: string[]): Promise<Map<string, FeedbackTally>> {
    return this.tables.feedbackByFact(factIds);
  }

  /** The latest not-helpful votes on the fact, with the questions that drew them. */
  notHelpfulVotes(factId: string, limit = 5): Promise<NotHelpfulVote[]> {
    return this.tables.notHelpfulVotes(factId, limit);
  }

  /** The user's turn under a cooldown every process sharing the database sees (see records.ts). */
  takeCooldown(userId: string, seconds: number): Promise<CooldownTurn> {
    return takeCooldown(this.tables, userId, seconds, this.clock.now());
  }
}
