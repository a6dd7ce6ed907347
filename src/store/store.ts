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
 *                    (the stats), cooldowns; retention.ts, how much of it is kept
 * - side-writes.ts   those records written behind the replies; outage.ts, telling when the
 *                    database is unavailable; cooldowns.ts, cooldowns kept in memory meanwhile
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
import { isRefusal } from '../core/knowledge/problems';
import type { Analyzer } from '../core/text/analyze';
import type { Fact, Language, Source } from '../core/types';
import type { UsageStats } from '../stats/usage';
import { follow, type StoreChange, type StoreListener } from './change-feed';
import { StoreError } from './errors';
import { type Clock, systemClock } from './clock';
import { editFact, insertNewFact, removeFact, requireFact, revertFact } from './fact-writes';
import { exportFacts, importFacts } from './import-export';
import { migrate } from './migrations';
import { openPostgres } from './postgres';
import { answerGap, dismissGap, type Gap, GAP_QUESTIONS, groupGaps } from './gaps';
import { type CooldownKind, type CooldownTurn, type RefusedRecord, takeCooldown, type TimedRecord, type UserRecord, usageStats, writeRecord } from './records';
import { DEFAULT_RETENTION, keepWithinBounds, RETENTION_INTERVAL_MS, type RetentionPolicy } from './retention';
import { seedIfChanged } from './seed';
import type { SqlDatabase, StoreLocation } from './sql';
import { openSqlite } from './sqlite';
import { approveSuggestion, checkSuggestion, insertSuggestion, rejectSuggestion, rejectSuggestionsFrom } from './suggestions';
import { type FactQuery, Tables } from './tables';
import { runTransaction, type Transaction } from './transaction';
import {
  type Actor,
  type FactInput,
  type FactPatch,
  type FactStatus,
  type FeedbackTally,
  type ImportSummary,
  type NotHelpfulVote,
  NO_GUILD,
  type RecordScope,
  type Revision,
  type StoredFact,
  type Suggestion,
  type SuggestionInput,
  type SuggestionStatus,
  type UnansweredQuestion,
  type View,
} from './types';

/** The meta row `checkWritable` writes: when a write last succeeded. */
const WRITE_CHECK_KEY = 'write_checked_at';

export interface StoreOptions {
  /** The seed files to bring in on open; the project's data/ by default. */
  dataDir?: string;
  /** The time every record is stamped with and cooldowns are measured by; the system's by default. */
  clock?: Clock;
  /** How much of users' records is kept (retention.ts); the defaults when not given. */
  retention?: RetentionPolicy;
}

export class Store {
  /** Reads outside any transaction. */
  private readonly tables: Tables;
  private readonly listeners = new Set<StoreListener>();
  /** Records written since the bounds were last enforced, and when that was. */
  private recordsSinceRetention = 0;
  private lastRetention = Number.NEGATIVE_INFINITY;

  private constructor(
    private readonly sql: SqlDatabase,
    private readonly clock: Clock,
    private readonly retention: RetentionPolicy,
  ) {
    this.tables = new Tables(sql);
  }

  /** Opens (creating if needed) the database, migrates it, and brings in the seed files. */
  static async open(location: StoreLocation, options: StoreOptions = {}): Promise<Store> {
    const sql = 'databaseUrl' in location ? await openPostgres(location.databaseUrl) : openSqlite(location.dbPath);
    try {
      await migrate(sql);
      const store = new Store(sql, options.clock ?? systemClock, options.retention ?? DEFAULT_RETENTION);
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
  //
  // Each call names its view (see View in types.ts): a server's id for that server's moderators,
  // null for the shared knowledge (a home server's moderators), absent for the operator, who sees
  // and changes every fact where it lives. Reads show what the view holds; writes go to it.

  /** The view's facts, in the order they were added (`query.view`; every fact when absent). */
  listFacts(query: FactQuery = {}): Promise<StoredFact[]> {
    return this.tables.facts(query);
  }

  /** Every active fact of every server, as the engine indexes it, with its server (null: shared), in the order added. */
  activeFactsForEngine(): Promise<{ fact: Fact; guildId: string | null }[]> {
    return this.tables.activeFactsForEngine();
  }

  countFacts(status: FactStatus | 'all' = 'active', view?: View): Promise<number> {
    return this.tables.countFacts(status, view);
  }

  /** The fact as the view sees it; undefined when the view does not hold it (another server's). */
  async getFact(id: string, view?: View): Promise<StoredFact | undefined> {
    return (await this.tables.fact(id, view))?.record;
  }

  /** A new fact of the view's server, or a shared one (null or absent view). */
  addFact(input: FactInput, actor: Actor, reason?: string, view?: View): Promise<StoredFact> {
    return this.write((tx) => insertNewFact(tx, input, actor, reason ?? null, view));
  }

  /** Edits a fact where it lives; a server editing a shared fact gets its own version (see fact-writes.ts). */
  editFact(id: string, patch: FactPatch, actor: Actor, reason?: string, view?: View): Promise<StoredFact> {
    return this.write((tx) => editFact(tx, id, patch, actor, reason ?? null, view));
  }

  /** Removes a fact where it lives; a server removing a shared fact hides it for itself. */
  removeFact(id: string, actor: Actor, reason?: string, view?: View): Promise<StoredFact> {
    return this.write((tx) => removeFact(tx, id, actor, reason ?? null, view));
  }

  /** Every change to the fact the view shows (a server sees the shared ones and its own), oldest first. */
  async history(id: string, view?: View): Promise<Revision[]> {
    await requireFact(this.tables, id, view);
    return this.tables.factRevisions(id, view);
  }

  /** Returns the fact to how it was just before revision `revisionId`, as a new revision (see fact-writes.ts). */
  revert(id: string, revisionId: number, actor: Actor, reason?: string, view?: View): Promise<StoredFact> {
    return this.write((tx) => revertFact(tx, id, revisionId, actor, reason ?? null, view));
  }

  /** Every shared fact a server hid for itself: what an engine built now must know. */
  hiddenFacts(): Promise<{ guildId: string; factId: string }[]> {
    return this.tables.hiddenFacts();
  }

  // ── Sources ───────────────────────────────────────────────────────────────────────────────

  listSources(): Promise<Source[]> {
    return this.tables.sources();
  }

  async getSource(id: string): Promise<Source | undefined> {
    return (await this.tables.source(id))?.record;
  }

  // ── Export and import ─────────────────────────────────────────────────────────────────────

  /** JSON Lines of the view's active facts, the same bytes for the same facts in any database (see import-export.ts). */
  exportFacts(view?: View): Promise<string> {
    return exportFacts(this.tables, view);
  }

  /** Checks every line first and writes all of it, into the view, or nothing. */
  importFacts(text: string, actor: Actor, reason?: string, view?: View): Promise<ImportSummary> {
    return this.write((tx) => importFacts(tx, text, actor, reason ?? 'import', view));
  }

  // ── Suggestions ───────────────────────────────────────────────────────────────────────────
  //
  // Suggestions, like every record below, belong to the server they came from (`guildId`, '' for
  // a direct message); readers name the servers whose records they see (`scope`, see
  // RecordScope), the operator none (every server's).

  /**
   * Keeps a user's proposal for the server's review; only its shape is checked now. Refused when
   * the user already has MAX_PENDING_SUGGESTIONS waiting there, or suggested there less than
   * `cooldownSeconds` ago (a suggestion refused for its content does not start the wait).
   */
  async addSuggestion(input: SuggestionInput, by: Actor, guildId: string = NO_GUILD, cooldownSeconds = 0): Promise<Suggestion> {
    const suggestion = checkSuggestion(input);
    const { wait } = await this.takeCooldown(by.id, cooldownSeconds, guildId, 'suggest');
    if (wait > 0) throw new StoreError(`Please wait ${wait} s before suggesting again.`);
    return this.write((tx) => insertSuggestion(tx, suggestion, by, guildId));
  }

  listSuggestions(status: SuggestionStatus = 'pending', scope?: RecordScope): Promise<Suggestion[]> {
    return this.tables.records.suggestions(status, scope);
  }

  /**
   * Adds the suggested fact to `view`, with the moderator's `overrides` (a translation, a fixed ¶)
   * applied; a suggestion outside `scope` is not found.
   */
  approveSuggestion(id: number, actor: Actor, overrides: FactPatch = {}, view?: View, scope?: RecordScope): Promise<StoredFact> {
    return this.write((tx) => approveSuggestion(tx, id, actor, overrides, view, scope));
  }

  rejectSuggestion(id: number, actor: Actor, reason?: string, scope?: RecordScope): Promise<Suggestion> {
    return this.write((tx) => rejectSuggestion(tx, id, actor, reason ?? null, scope));
  }

  /** Rejects every pending suggestion one user made in `scope`; returns how many. */
  rejectSuggestionsFrom(userId: string, actor: Actor, reason?: string, scope?: RecordScope): Promise<number> {
    return this.write((tx) => rejectSuggestionsFrom(tx, userId, actor, reason ?? null, scope));
  }

  // ── What users asked and thought ──────────────────────────────────────────────────────────

  /**
   * Writes users' records in one transaction, each at the time it happened (a record kept in
   * memory through an outage is written later). A record the store refuses (a vote on a fact that
   * is gone) is left out and returned with the reason; any other failure writes none of them. The
   * records' bounds (retention.ts) are enforced in the same transaction when due.
   */
  async writeRecords(records: readonly TimedRecord[]): Promise<RefusedRecord[]> {
    const now = this.clock.now();
    const due = this.recordsSinceRetention + records.length >= this.retention.checkEvery || now - this.lastRetention >= RETENTION_INTERVAL_MS;
    const refused = await this.sql.transaction(async (sql) => {
      const tables = new Tables(sql);
      const left: RefusedRecord[] = [];
      for (const record of records) {
        try {
          await writeRecord(tables, record);
        } catch (error) {
          if (!isRefusal(error)) throw error;
          left.push({ record, error });
        }
      }
      if (due) await keepWithinBounds(sql, this.retention, now);
      return left;
    });
    this.recordsSinceRetention = due ? 0 : this.recordsSinceRetention + records.length;
    if (due) this.lastRetention = now;
    return refused;
  }

  /** One record, now; a refusal is thrown. */
  private async writeRecordNow(record: UserRecord): Promise<void> {
    const [refused] = await this.writeRecords([{ ...record, at: this.clock.now() }]);
    if (refused) throw refused.error;
  }

  /** Counts a question the bot could not answer in a server (or a DM), under its normalised words. */
  recordUnanswered(question: string, language: Language, guildId: string = NO_GUILD): Promise<void> {
    return this.writeRecordNow({ type: 'unanswered', question, language, guildId });
  }

  /** The most asked open unanswered questions in `scope`, most recent first among equals; each server's counted apart. */
  topUnanswered(limit = 10, scope?: RecordScope): Promise<UnansweredQuestion[]> {
    return this.tables.records.topUnanswered(limit, scope);
  }

  /** The open unanswered questions in `scope` grouped by `analyzer` (the engine's), most asked first. */
  async gaps(analyzer: Analyzer, scope?: RecordScope): Promise<Gap[]> {
    return groupGaps(await this.tables.records.topUnanswered(GAP_QUESTIONS, scope), analyzer);
  }

  /**
   * Makes `question` one of the fact's ways to ask in `view` (see editFact: a server answering
   * with a shared fact gets its own version), recorded as a revision, and closes `gap` (the group
   * it was asked as, if any) as answered by that fact. Returns the fact that now answers.
   */
  answerGap(factId: string, question: string, gap: Gap | undefined, actor: Actor, view?: View): Promise<StoredFact> {
    return this.write((tx) => answerGap(tx, factId, question, gap, actor, view));
  }

  /** The questions moderators closed (answered or dismissed) in `scope`, latest first. */
  closedUnanswered(limit = 50, scope?: RecordScope): Promise<UnansweredQuestion[]> {
    return this.tables.records.closedUnanswered(limit, scope);
  }

  /** Hides the gap from the list; its questions stay in the record, marked dismissed. */
  dismissGap(gap: Gap, actor: Actor): Promise<void> {
    return this.write((tx) => dismissGap(tx, gap, actor));
  }

  /** Counts a question for the stats in its server: answered with `factId` (the fact the answer rested on), or not (null). */
  recordAnswer(factId: string | null, guildId: string = NO_GUILD): Promise<void> {
    return this.writeRecordNow({ type: 'answer', factId, guildId });
  }

  /** The figures for the last `days` days (UTC), today included, in `scope`. */
  usageStats(days = 30, scope?: RecordScope): Promise<UsageStats> {
    return usageStats(this.tables, this.clock.now(), days, scope);
  }

  /**
   * One vote per user per fact in each server, with the question it was given to; voting again
   * replaces the earlier vote. A fact the server does not see is not found.
   */
  recordFeedback(factId: string, userId: string, helpful: boolean, question: string | null = null, guildId: string = NO_GUILD): Promise<void> {
    return this.writeRecordNow({ type: 'feedback', factId, userId, helpful, question, guildId });
  }

  /** The votes on a fact cast in `scope`. */
  feedbackFor(factId: string, scope?: RecordScope): Promise<FeedbackTally> {
    return this.tables.records.feedback(factId, scope);
  }

  /** Votes cast in `scope` for several facts in one read (facts without votes are absent). */
  feedbackByFact(factIds: string[], scope?: RecordScope): Promise<Map<string, FeedbackTally>> {
    return this.tables.records.feedbackByFact(factIds, scope);
  }

  /** The latest not-helpful votes on the fact cast in `scope`, with the questions that drew them. */
  notHelpfulVotes(factId: string, limit = 5, scope?: RecordScope): Promise<NotHelpfulVote[]> {
    return this.tables.records.notHelpfulVotes(factId, limit, scope);
  }

  /** The user's turn of this kind, asked for in a server, under a cooldown every process and server shares (see records.ts). */
  takeCooldown(userId: string, seconds: number, guildId: string = NO_GUILD, kind: CooldownKind = 'ask'): Promise<CooldownTurn> {
    return takeCooldown(this.tables, kind, guildId, userId, seconds, this.clock.now());
  }
}
