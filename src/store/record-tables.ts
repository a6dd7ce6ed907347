/**
 * The community records' SQL: users' suggestions, the questions the bot could not answer, 👍/👎
 * feedback, answers counted per day, and cooldowns. Like tables.ts (facts, sources, revisions),
 * nothing here validates or decides; callers write through these inside a transaction.
 */
import type { Language } from '../core/types';
import { suggestionFromRow, type SuggestionRow, unansweredFromRow, type UnansweredRow } from './rows';
import { type Aggregate, firstRow, placeholders, type SqlExecutor, type SqlValue } from './sql';
import type { Actor, FeedbackTally, GapClosing, NotHelpfulVote, RecordScope, Suggestion, SuggestionInput, SuggestionStatus, UnansweredQuestion } from './types';

/** Answers counted on one day under one fact ('' counts the questions it could not answer). */
export interface AnswerCount {
  day: string;
  factId: string;
  count: number;
}

/** `AND guild_id IN (…)` for a record scope; nothing for every server. */
export function inScope(scope: RecordScope, column = 'guild_id'): { sql: string; params: SqlValue[] } {
  if (scope === undefined) return { sql: '', params: [] };
  if (scope.length === 0) return { sql: ' AND 1 = 0', params: [] };
  return { sql: ` AND ${column} IN (${placeholders(scope)})`, params: [...scope] };
}

export class RecordTables {
  constructor(private readonly sql: SqlExecutor) {}

  async insertSuggestion(suggestion: Required<SuggestionInput>, by: Actor, at: string, guildId: string): Promise<number> {
    const [row] = await this.sql.query<{ id: number }>(
      `INSERT INTO suggestions (en, ar, paragraph, url, suggested_by_id, suggested_by_name, suggested_at, status, guild_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?) RETURNING id`,
      [suggestion.en, suggestion.ar, suggestion.paragraph, suggestion.url, by.id, by.name, at, guildId],
    );
    return row.id;
  }

  /** How many of the user's suggestions in the server still wait for review. */
  async pendingSuggestionsBy(userId: string, guildId: string): Promise<number> {
    const row = await firstRow<{ n: Aggregate }>(
      this.sql,
      "SELECT count(*) AS n FROM suggestions WHERE suggested_by_id = ? AND guild_id = ? AND status = 'pending'",
      [userId, guildId],
    );
    return Number(row?.n ?? 0);
  }

  async suggestion(id: number): Promise<Suggestion | undefined> {
    const row = await firstRow<SuggestionRow>(this.sql, 'SELECT * FROM suggestions WHERE id = ?', [id]);
    return row && suggestionFromRow(row);
  }

  async suggestions(status: SuggestionStatus, scope?: RecordScope): Promise<Suggestion[]> {
    const servers = inScope(scope);
    return (await this.sql.query<SuggestionRow>(`SELECT * FROM suggestions WHERE status = ?${servers.sql} ORDER BY id`, [status, ...servers.params])).map(
      suggestionFromRow,
    );
  }

  async reviewSuggestion(id: number, review: { status: SuggestionStatus; by: Actor; at: string; reason: string | null; factId: string | null }): Promise<void> {
    await this.sql.run(
      `UPDATE suggestions SET status = ?, reviewed_by_id = ?, reviewed_by_name = ?, reviewed_at = ?, review_reason = ?, fact_id = ?
       WHERE id = ?`,
      [review.status, review.by.id, review.by.name, review.at, review.reason, review.factId, id],
    );
  }

  async countUnanswered(guildId: string, normalized: string, example: string, language: Language, at: string): Promise<void> {
    await this.sql.run(
      `INSERT INTO unanswered_questions (guild_id, normalized, example, language, count, first_asked, last_asked)
       VALUES (?, ?, ?, ?, 1, ?, ?)
       ON CONFLICT (guild_id, normalized) DO UPDATE SET count = unanswered_questions.count + 1, last_asked = excluded.last_asked,
         closed = CASE WHEN unanswered_questions.closed = 'answered' THEN NULL ELSE unanswered_questions.closed END`,
      [guildId, normalized, example, language, at, at],
    );
  }

  /** The most asked questions still open in `scope` (a question answered once and unanswered again is open again). */
  async topUnanswered(limit: number, scope?: RecordScope): Promise<UnansweredQuestion[]> {
    const servers = inScope(scope);
    const rows = await this.sql.query<UnansweredRow>(
      `SELECT * FROM unanswered_questions WHERE closed IS NULL${servers.sql} ORDER BY count DESC, last_asked DESC LIMIT ?`,
      [...servers.params, limit],
    );
    return rows.map(unansweredFromRow);
  }

  /** Questions moderators closed in `scope`, latest first: still in the record, no longer in the list. */
  async closedUnanswered(limit: number, scope?: RecordScope): Promise<UnansweredQuestion[]> {
    const servers = inScope(scope);
    const rows = await this.sql.query<UnansweredRow>(
      `SELECT * FROM unanswered_questions WHERE closed IS NOT NULL${servers.sql} ORDER BY closed_at DESC LIMIT ?`,
      [...servers.params, limit],
    );
    return rows.map(unansweredFromRow);
  }

  /** Closes each question, asked in the server named with it. */
  async closeUnanswered(questions: { guildId: string; normalized: string }[], how: GapClosing, actor: Actor, factId: string | null, at: string): Promise<void> {
    for (const { guildId, normalized } of questions) {
      await this.sql.run(
        'UPDATE unanswered_questions SET closed = ?, closed_by_id = ?, closed_by_name = ?, closed_at = ?, fact_id = ? WHERE guild_id = ? AND normalized = ?',
        [how, actor.id, actor.name, at, factId, guildId, normalized],
      );
    }
  }

  /** One vote per user per fact per server, with the question it was given to: a second vote replaces the first. */
  async setFeedback(guildId: string, factId: string, userId: string, helpful: boolean, question: string | null, at: string): Promise<void> {
    await this.sql.run(
      `INSERT INTO feedback (guild_id, fact_id, user_id, helpful, question, at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (guild_id, fact_id, user_id) DO UPDATE SET helpful = excluded.helpful, question = excluded.question, at = excluded.at`,
      [guildId, factId, userId, helpful ? 1 : 0, question, at],
    );
  }

  /** The latest not-helpful votes on a fact, cast in `scope`, that kept their question. */
  async notHelpfulVotes(factId: string, limit: number, scope?: RecordScope): Promise<NotHelpfulVote[]> {
    const servers = inScope(scope);
    return this.sql.query<NotHelpfulVote>(
      `SELECT question, at FROM feedback WHERE fact_id = ? AND helpful = 0 AND question IS NOT NULL${servers.sql} ORDER BY at DESC LIMIT ?`,
      [factId, ...servers.params, limit],
    );
  }

  /** Votes cast in `scope` per fact for several facts at once (facts without votes are absent). */
  async feedbackByFact(factIds: string[], scope?: RecordScope): Promise<Map<string, FeedbackTally>> {
    if (factIds.length === 0) return new Map();
    const servers = inScope(scope);
    const rows = await this.sql.query<{ factId: string; helpful: Aggregate; notHelpful: Aggregate }>(
      `SELECT fact_id AS "factId", sum(helpful) AS helpful, sum(1 - helpful) AS "notHelpful" FROM feedback
       WHERE fact_id IN (${placeholders(factIds)})${servers.sql} GROUP BY fact_id`,
      [...factIds, ...servers.params],
    );
    return new Map(rows.map(({ factId, helpful, notHelpful }) => [factId, { helpful: Number(helpful), notHelpful: Number(notHelpful) }]));
  }

  /** Votes cast (or changed) in `scope` at `since` or later. */
  async feedbackSince(since: string, scope?: RecordScope): Promise<FeedbackTally> {
    const servers = inScope(scope);
    const row = await firstRow<{ helpful: Aggregate; notHelpful: Aggregate }>(
      this.sql,
      `SELECT coalesce(sum(helpful), 0) AS helpful, coalesce(sum(1 - helpful), 0) AS "notHelpful" FROM feedback WHERE at >= ?${servers.sql}`,
      [since, ...servers.params],
    );
    return { helpful: Number(row?.helpful ?? 0), notHelpful: Number(row?.notHelpful ?? 0) };
  }

  async countAnswer(guildId: string, day: string, factId: string): Promise<void> {
    await this.sql.run(
      `INSERT INTO answers_per_day (guild_id, day, fact_id, count) VALUES (?, ?, ?, 1)
       ON CONFLICT (guild_id, day, fact_id) DO UPDATE SET count = answers_per_day.count + 1`,
      [guildId, day, factId],
    );
  }

  /** Answers counted in `scope` from `day` on, summed over the servers. */
  async answersSince(day: string, scope?: RecordScope): Promise<AnswerCount[]> {
    const servers = inScope(scope);
    const rows = await this.sql.query<{ day: string; factId: string; count: Aggregate }>(
      `SELECT day, fact_id AS "factId", sum(count) AS count FROM answers_per_day WHERE day >= ?${servers.sql} GROUP BY day, fact_id ORDER BY day`,
      [day, ...servers.params],
    );
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }

  async feedback(factId: string, scope?: RecordScope): Promise<FeedbackTally> {
    const servers = inScope(scope);
    const row = await firstRow<{ helpful: Aggregate; notHelpful: Aggregate }>(
      this.sql,
      `SELECT coalesce(sum(helpful), 0) AS helpful, coalesce(sum(1 - helpful), 0) AS "notHelpful" FROM feedback WHERE fact_id = ?${servers.sql}`,
      [factId, ...servers.params],
    );
    return { helpful: Number(row?.helpful ?? 0), notHelpful: Number(row?.notHelpful ?? 0) };
  }

  /**
   * Starts the user's window of this kind unless one is running; in one statement, so two
   * processes asking at once cannot both pass. `refusals` counts the refusals in the running
   * window in this server (0: allowed now; 1: the first refusal here).
   */
  async takeCooldown(kind: string, guildId: string, userId: string, now: number, until: number): Promise<{ untilMs: number; refusals: number }> {
    const [row] = await this.sql.query<{ until_ms: Aggregate; refusals: number }>(
      `INSERT INTO cooldowns (kind, user_id, until_ms, refusals, refused_in) VALUES (?, ?, ?, 0, '')
       ON CONFLICT (kind, user_id) DO UPDATE SET
         refusals = CASE WHEN cooldowns.until_ms <= ? THEN 0 WHEN cooldowns.refused_in = ? THEN cooldowns.refusals + 1 ELSE 1 END,
         refused_in = CASE WHEN cooldowns.until_ms <= ? THEN '' ELSE ? END,
         until_ms = CASE WHEN cooldowns.until_ms > ? THEN cooldowns.until_ms ELSE excluded.until_ms END
       RETURNING until_ms, refusals`,
      [kind, userId, until, now, guildId, now, guildId, now],
    );
    return { untilMs: Number(row.until_ms), refusals: row.refusals };
  }
}
