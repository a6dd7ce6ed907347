/**
 * The store's SQL: rows in and out of the database, in statements both backends accept. Nothing
 * here validates or decides; the Store's writers and the seeding do that, then write through
 * these, always inside a transaction they opened. Row types and their mappers are in rows.ts.
 */
import type { Fact, Language, Source } from '../core/types';
import { canonicalSource, sourceJson } from './content';
import {
  factFromRow,
  type FactRow,
  revisionFromRow,
  type RevisionRow,
  sourceFromRow,
  type SourceRow,
  suggestionFromRow,
  type SuggestionRow,
  unansweredFromRow,
  type UnansweredRow,
} from './rows';
import type { SqlExecutor, SqlValue } from './sql';
import type {
  Actor,
  FactState,
  FactStatus,
  FeedbackTally,
  GapClosing,
  NotHelpfulVote,
  Origin,
  Revision,
  RevisionAction,
  StoredFact,
  Suggestion,
  SuggestionInput,
  SuggestionStatus,
  UnansweredQuestion,
} from './types';

export interface SeededRecord<T> {
  record: T;
  /** JSON of the content the seed files last gave it; null for a moderator's record. */
  seeded: string | null;
}

export interface FactQuery {
  status?: FactStatus | 'all';
  offset?: number;
  limit?: number;
  order?: FactOrder;
}

/** In the order added (the default), or the facts with most not-helpful votes first. */
export type FactOrder = 'added' | 'not-helpful';

/** Answers counted on one day under one fact ('' counts the questions it could not answer). */
export interface AnswerCount {
  day: string;
  factId: string;
  count: number;
}

/** `LIMIT` without a bound, written the same way in both dialects. */
const ALL_ROWS = Number.MAX_SAFE_INTEGER;

/** The store's statements, run on the connection or the transaction it is given. */
export class Tables {
  constructor(private readonly sql: SqlExecutor) {}

  private async first<Row>(statement: string, params: readonly SqlValue[]): Promise<Row | undefined> {
    return (await this.sql.query<Row>(statement, params))[0];
  }

  async meta(key: string): Promise<string | undefined> {
    return (await this.first<{ value: string }>('SELECT value FROM meta WHERE key = ?', [key]))?.value;
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.sql.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  async fact(id: string): Promise<SeededRecord<StoredFact> | undefined> {
    const row = await this.first<FactRow>('SELECT * FROM facts WHERE id = ?', [id]);
    return row && { record: factFromRow(row), seeded: row.seeded };
  }

  async factExists(id: string): Promise<boolean> {
    return (await this.first('SELECT 1 AS found FROM facts WHERE id = ?', [id])) !== undefined;
  }

  async facts({ status = 'active', offset = 0, limit = ALL_ROWS, order = 'added' }: FactQuery): Promise<StoredFact[]> {
    const where = status === 'all' ? '' : 'WHERE status = ?';
    const orderBy = order === 'not-helpful' ? '(SELECT count(*) FROM feedback WHERE fact_id = facts.id AND helpful = 0) DESC, rowid' : 'rowid';
    const rows = await this.sql.query<FactRow>(`SELECT * FROM facts ${where} ORDER BY ${orderBy} LIMIT ? OFFSET ?`, [
      ...(status === 'all' ? [] : [status]),
      limit,
      offset,
    ]);
    return rows.map(factFromRow);
  }

  async countFacts(status: FactStatus | 'all'): Promise<number> {
    const row =
      status === 'all'
        ? await this.first<{ n: number }>('SELECT count(*) AS n FROM facts', [])
        : await this.first<{ n: number }>('SELECT count(*) AS n FROM facts WHERE status = ?', [status]);
    return row?.n ?? 0;
  }

  async insertFact(fact: Fact, origin: Origin, seeded: string | null, actor: Actor, at: string): Promise<void> {
    await this.sql.run(
      `INSERT INTO facts (id, en, ar, source_id, paragraph, aliases, status, origin, seeded,
         created_by_id, created_by_name, created_at, updated_by_id, updated_by_name, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, ?, ?, ?, ?)`,
      [fact.id, fact.en, fact.ar, fact.sourceId, fact.paragraph, JSON.stringify(fact.aliases), origin, seeded, actor.id, actor.name, at, actor.id, actor.name, at],
    );
  }

  async updateFact(fact: Fact, status: FactStatus, actor: Actor, at: string): Promise<void> {
    await this.sql.run(
      `UPDATE facts SET en = ?, ar = ?, source_id = ?, paragraph = ?, aliases = ?, status = ?,
         updated_by_id = ?, updated_by_name = ?, updated_at = ? WHERE id = ?`,
      [fact.en, fact.ar, fact.sourceId, fact.paragraph, JSON.stringify(fact.aliases), status, actor.id, actor.name, at, fact.id],
    );
  }

  async setFactSeeded(id: string, seeded: string): Promise<void> {
    await this.sql.run('UPDATE facts SET seeded = ? WHERE id = ?', [seeded, id]);
  }

  async source(id: string): Promise<SeededRecord<Source> | undefined> {
    const row = await this.first<SourceRow>('SELECT * FROM sources WHERE id = ?', [id]);
    return row && { record: sourceFromRow(row), seeded: row.seeded };
  }

  async sourceByUrl(url: string): Promise<Source | undefined> {
    const row = await this.first<SourceRow>('SELECT * FROM sources WHERE url = ?', [url]);
    return row && sourceFromRow(row);
  }

  /** Seed sources first (the report leads), then moderators' sources in the order added. */
  async sources(): Promise<Source[]> {
    return (await this.sql.query<SourceRow>("SELECT * FROM sources ORDER BY origin <> 'seed', rowid")).map(sourceFromRow);
  }

  /** The source a fact cites when none is named: the first one in data/. */
  async defaultSourceId(): Promise<string | undefined> {
    return (await this.first<{ id: string }>("SELECT id FROM sources WHERE origin = 'seed' ORDER BY rowid LIMIT 1", []))?.id;
  }

  /** Moderators' sources that active facts cite: what an export must carry along. */
  async citedModeratorSources(): Promise<Source[]> {
    const rows = await this.sql.query<SourceRow>(
      `SELECT * FROM sources WHERE origin = 'moderator'
         AND id IN (SELECT source_id FROM facts WHERE status = 'active')`,
    );
    return rows.map(sourceFromRow);
  }

  private sourceValues(source: Source): SqlValue[] {
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

  async insertSource(source: Source, origin: Origin, seeded: string | null, actor: Actor, at: string): Promise<void> {
    await this.sql.run(
      `INSERT INTO sources (id, title_en, title_ar, outlet_en, outlet_ar, url, sections, paragraphs, origin, seeded,
         created_by_id, created_by_name, created_at, updated_by_id, updated_by_name, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [source.id, ...this.sourceValues(source), origin, seeded, actor.id, actor.name, at, actor.id, actor.name, at],
    );
  }

  async updateSource(source: Source, actor: Actor, at: string): Promise<void> {
    await this.sql.run(
      `UPDATE sources SET title_en = ?, title_ar = ?, outlet_en = ?, outlet_ar = ?, url = ?, sections = ?, paragraphs = ?,
         updated_by_id = ?, updated_by_name = ?, updated_at = ? WHERE id = ?`,
      [...this.sourceValues(source), actor.id, actor.name, at, source.id],
    );
  }

  async setSourceSeeded(id: string, seeded: string): Promise<void> {
    await this.sql.run('UPDATE sources SET seeded = ? WHERE id = ?', [seeded, id]);
  }

  async insertFactRevision(
    factId: string,
    change: { action: RevisionAction; actor: Actor; at: string; reason: string | null; before: FactState | null; after: FactState },
  ): Promise<void> {
    await this.sql.run(
      `INSERT INTO revisions (fact_id, action, actor_id, actor_name, at, reason, before, after)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [factId, change.action, change.actor.id, change.actor.name, change.at, change.reason, change.before && JSON.stringify(change.before), JSON.stringify(change.after)],
    );
  }

  async insertSourceRevision(
    sourceId: string,
    change: { action: 'add' | 'edit'; actor: Actor; at: string; reason: string | null; before: Source | null; after: Source },
  ): Promise<void> {
    await this.sql.run(
      `INSERT INTO revisions (source_id, action, actor_id, actor_name, at, reason, before, after)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [sourceId, change.action, change.actor.id, change.actor.name, change.at, change.reason, change.before && sourceJson(change.before), sourceJson(change.after)],
    );
  }

  async factRevisions(factId: string): Promise<Revision[]> {
    return (await this.sql.query<RevisionRow>('SELECT * FROM revisions WHERE fact_id = ? ORDER BY id', [factId])).map(revisionFromRow);
  }

  async factRevision(factId: string, revisionId: number): Promise<Revision | undefined> {
    const row = await this.first<RevisionRow>('SELECT * FROM revisions WHERE fact_id = ? AND id = ?', [factId, revisionId]);
    return row && revisionFromRow(row);
  }

  /** The newest revision of any fact or source; 0 before the first. */
  async lastRevisionId(): Promise<number> {
    return (await this.first<{ id: number | null }>('SELECT max(id) AS id FROM revisions', []))?.id ?? 0;
  }

  /** The facts and sources, as they are now, that revisions after `afterId` and up to `upToId` changed. */
  async revisedSince(afterId: number, upToId: number): Promise<{ sources: Source[]; facts: StoredFact[] }> {
    const range = [afterId, upToId];
    const sources = await this.sql.query<SourceRow>('SELECT * FROM sources WHERE id IN (SELECT source_id FROM revisions WHERE id > ? AND id <= ?) ORDER BY rowid', range);
    const facts = await this.sql.query<FactRow>('SELECT * FROM facts WHERE id IN (SELECT fact_id FROM revisions WHERE id > ? AND id <= ?) ORDER BY rowid', range);
    return { sources: sources.map(sourceFromRow), facts: facts.map(factFromRow) };
  }

  async insertSuggestion(suggestion: Required<SuggestionInput>, by: Actor, at: string): Promise<number> {
    const [row] = await this.sql.query<{ id: number }>(
      `INSERT INTO suggestions (en, ar, paragraph, url, suggested_by_id, suggested_by_name, suggested_at, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'pending') RETURNING id`,
      [suggestion.en, suggestion.ar, suggestion.paragraph, suggestion.url, by.id, by.name, at],
    );
    return row.id;
  }

  async suggestion(id: number): Promise<Suggestion | undefined> {
    const row = await this.first<SuggestionRow>('SELECT * FROM suggestions WHERE id = ?', [id]);
    return row && suggestionFromRow(row);
  }

  async suggestions(status: SuggestionStatus): Promise<Suggestion[]> {
    return (await this.sql.query<SuggestionRow>('SELECT * FROM suggestions WHERE status = ? ORDER BY id', [status])).map(suggestionFromRow);
  }

  async reviewSuggestion(id: number, review: { status: SuggestionStatus; by: Actor; at: string; reason: string | null; factId: string | null }): Promise<void> {
    await this.sql.run(
      `UPDATE suggestions SET status = ?, reviewed_by_id = ?, reviewed_by_name = ?, reviewed_at = ?, review_reason = ?, fact_id = ?
       WHERE id = ?`,
      [review.status, review.by.id, review.by.name, review.at, review.reason, review.factId, id],
    );
  }

  async countUnanswered(normalized: string, example: string, language: Language, at: string): Promise<void> {
    await this.sql.run(
      `INSERT INTO unanswered_questions (normalized, example, language, count, first_asked, last_asked)
       VALUES (?, ?, ?, 1, ?, ?)
       ON CONFLICT (normalized) DO UPDATE SET count = unanswered_questions.count + 1, last_asked = excluded.last_asked,
         closed = CASE WHEN unanswered_questions.closed = 'answered' THEN NULL ELSE unanswered_questions.closed END`,
      [normalized, example, language, at, at],
    );
  }

  /** The most asked questions still open (a question answered once and unanswered again is open again). */
  async topUnanswered(limit: number): Promise<UnansweredQuestion[]> {
    const rows = await this.sql.query<UnansweredRow>('SELECT * FROM unanswered_questions WHERE closed IS NULL ORDER BY count DESC, last_asked DESC LIMIT ?', [limit]);
    return rows.map(unansweredFromRow);
  }

  /** Questions moderators closed, latest first: still in the record, no longer in the list. */
  async closedUnanswered(limit: number): Promise<UnansweredQuestion[]> {
    const rows = await this.sql.query<UnansweredRow>('SELECT * FROM unanswered_questions WHERE closed IS NOT NULL ORDER BY closed_at DESC LIMIT ?', [limit]);
    return rows.map(unansweredFromRow);
  }

  async closeUnanswered(normalized: string[], how: GapClosing, actor: Actor, factId: string | null, at: string): Promise<void> {
    for (const key of normalized) {
      await this.sql.run('UPDATE unanswered_questions SET closed = ?, closed_by_id = ?, closed_by_name = ?, closed_at = ?, fact_id = ? WHERE normalized = ?', [
        how,
        actor.id,
        actor.name,
        at,
        factId,
        key,
      ]);
    }
  }

  /** One vote per user per fact: a second vote replaces the first. */
  async setFeedback(factId: string, userId: string, helpful: boolean, question: string | null, at: string): Promise<void> {
    await this.sql.run(
      `INSERT INTO feedback (fact_id, user_id, helpful, question, at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (fact_id, user_id) DO UPDATE SET helpful = excluded.helpful, question = excluded.question, at = excluded.at`,
      [factId, userId, helpful ? 1 : 0, question, at],
    );
  }

  /** The latest not-helpful votes on a fact that kept their question. */
  async notHelpfulVotes(factId: string, limit: number): Promise<NotHelpfulVote[]> {
    return this.sql.query<NotHelpfulVote>(
      'SELECT question, at FROM feedback WHERE fact_id = ? AND helpful = 0 AND question IS NOT NULL ORDER BY at DESC LIMIT ?',
      [factId, limit],
    );
  }

  /** Votes per fact for several facts at once (facts without votes are absent). */
  async feedbackByFact(factIds: string[]): Promise<Map<string, FeedbackTally>> {
    if (factIds.length === 0) return new Map();
    const rows = await this.sql.query<FeedbackTally & { factId: string }>(
      `SELECT fact_id AS "factId", sum(helpful) AS helpful, sum(1 - helpful) AS "notHelpful" FROM feedback
       WHERE fact_id IN (${factIds.map(() => '?').join(', ')}) GROUP BY fact_id`,
      factIds,
    );
    return new Map(rows.map(({ factId, helpful, notHelpful }) => [factId, { helpful, notHelpful }]));
  }

  /** Votes cast (or changed) at `since` or later. */
  async feedbackSince(since: string): Promise<FeedbackTally> {
    const row = await this.first<FeedbackTally>(
      'SELECT coalesce(sum(helpful), 0) AS helpful, coalesce(sum(1 - helpful), 0) AS "notHelpful" FROM feedback WHERE at >= ?',
      [since],
    );
    return { helpful: row?.helpful ?? 0, notHelpful: row?.notHelpful ?? 0 };
  }

  async countAnswer(day: string, factId: string): Promise<void> {
    await this.sql.run(
      `INSERT INTO answers_per_day (day, fact_id, count) VALUES (?, ?, 1)
       ON CONFLICT (day, fact_id) DO UPDATE SET count = answers_per_day.count + 1`,
      [day, factId],
    );
  }

  async answersSince(day: string): Promise<AnswerCount[]> {
    return this.sql.query<AnswerCount>('SELECT day, fact_id AS "factId", count FROM answers_per_day WHERE day >= ? ORDER BY day', [day]);
  }

  async feedback(factId: string): Promise<FeedbackTally> {
    const row = await this.first<FeedbackTally>(
      'SELECT coalesce(sum(helpful), 0) AS helpful, coalesce(sum(1 - helpful), 0) AS "notHelpful" FROM feedback WHERE fact_id = ?',
      [factId],
    );
    return { helpful: row?.helpful ?? 0, notHelpful: row?.notHelpful ?? 0 };
  }

  /**
   * Starts the user's window unless one is running; in one statement, so two processes asking at
   * once cannot both pass. `refusals` counts the refusals in the running window (0: allowed now).
   */
  async takeCooldown(userId: string, now: number, until: number): Promise<{ untilMs: number; refusals: number }> {
    const [row] = await this.sql.query<{ until_ms: number; refusals: number }>(
      `INSERT INTO cooldowns (user_id, until_ms, refusals) VALUES (?, ?, 0)
       ON CONFLICT (user_id) DO UPDATE SET
         refusals = CASE WHEN cooldowns.until_ms > ? THEN cooldowns.refusals + 1 ELSE 0 END,
         until_ms = CASE WHEN cooldowns.until_ms > ? THEN cooldowns.until_ms ELSE excluded.until_ms END
       RETURNING until_ms, refusals`,
      [userId, until, now, now],
    );
    return { untilMs: row.until_ms, refusals: row.refusals };
  }
}
