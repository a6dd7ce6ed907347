/**
 * How much of what users leave behind the store keeps, so no table grows without bound however
 * long the bot runs or however much garbage it is asked. The store enforces these bounds itself,
 * on SQLite and PostgreSQL alike, in the transaction that writes records, once every
 * `checkEvery` records and at least hourly while records are written. Moderators' own work (facts,
 * revisions, the questions they answered or dismissed) is never pruned; neither are suggestions
 * waiting for review.
 */
import type { SqlExecutor } from './sql';
import { StoreError } from './errors';

export interface RetentionPolicy {
  /**
   * Open unanswered questions kept in each server (distinct after normalisation; direct messages
   * count as one server). Past it, the least asked go first, and among equals the longest unasked.
   */
  unansweredMax: number;
  /** An open question asked only once is forgotten this many days after it was asked. */
  oneOffDays: number;
  /** Votes on answers kept: the newest, and none older than `voteDays` days. */
  votesMax: number;
  voteDays: number;
  /** Approved or rejected suggestions go this many days after their review. */
  reviewedSuggestionDays: number;
  /** The per-day answer counts behind /fact stats go after this many days. */
  answerCountDays: number;
  /** Records written between two enforcements. */
  checkEvery: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = {
  unansweredMax: 5_000,
  oneOffDays: 30,
  votesMax: 100_000,
  voteDays: 365,
  reviewedSuggestionDays: 90,
  answerCountDays: 400,
  checkEvery: 1000,
};

/** Enforced at least this often while records are written, whatever their number. */
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The bounds operators may set, and the variable that sets each. */
const VARIABLES: Partial<Record<keyof RetentionPolicy, string>> = {
  unansweredMax: 'RETAIN_UNANSWERED',
  oneOffDays: 'RETAIN_ONE_OFF_DAYS',
  votesMax: 'RETAIN_VOTES',
  voteDays: 'RETAIN_VOTE_DAYS',
  reviewedSuggestionDays: 'RETAIN_REVIEWED_SUGGESTION_DAYS',
  answerCountDays: 'RETAIN_ANSWER_COUNT_DAYS',
};

/** The defaults, with any bound the environment sets; a malformed one is refused by name. */
export function retentionFromEnv(env: NodeJS.ProcessEnv = process.env): RetentionPolicy {
  const policy = { ...DEFAULT_RETENTION };
  const problems: string[] = [];
  for (const [key, name] of Object.entries(VARIABLES) as [keyof RetentionPolicy, string][]) {
    const text = env[name]?.trim();
    if (!text) continue;
    const value = Number(text);
    if (Number.isInteger(value) && value >= 1) policy[key] = value;
    else problems.push(`${name} must be a whole number, 1 or more (not "${text}")`);
  }
  if (problems.length > 0) throw new StoreError(`Retention settings: ${problems.join('; ')}.`);
  return policy;
}

/** Deletes what is past the bounds at `now`, on the transaction it is given. */
export async function keepWithinBounds(sql: SqlExecutor, policy: RetentionPolicy, now: number): Promise<void> {
  const daysAgo = (days: number) => new Date(now - days * DAY_MS).toISOString();
  await sql.run('DELETE FROM unanswered_questions WHERE closed IS NULL AND count = 1 AND last_asked < ?', [daysAgo(policy.oneOffDays)]);
  // Each server's bound apart: a flood of questions in one server never pushes out another's.
  // count(*) is a number on both backends (the PostgreSQL client parses int8 as one: postgres.ts).
  const crowded = await sql.query<{ guild_id: string; open: number }>(
    'SELECT guild_id, count(*) AS open FROM unanswered_questions WHERE closed IS NULL GROUP BY guild_id HAVING count(*) > ?',
    [policy.unansweredMax],
  );
  for (const { guild_id: guildId, open } of crowded) {
    await sql.run(
      `DELETE FROM unanswered_questions WHERE guild_id = ? AND normalized IN (
         SELECT normalized FROM unanswered_questions WHERE guild_id = ? AND closed IS NULL ORDER BY count, last_asked LIMIT ?)`,
      [guildId, guildId, open - policy.unansweredMax],
    );
  }
  await sql.run('DELETE FROM feedback WHERE at < ?', [daysAgo(policy.voteDays)]);
  const [{ votes }] = await sql.query<{ votes: number }>('SELECT count(*) AS votes FROM feedback');
  if (votes > policy.votesMax) {
    await sql.run('DELETE FROM feedback WHERE (guild_id, fact_id, user_id) IN (SELECT guild_id, fact_id, user_id FROM feedback ORDER BY at LIMIT ?)', [
      votes - policy.votesMax,
    ]);
  }
  await sql.run("DELETE FROM suggestions WHERE status <> 'pending' AND reviewed_at < ?", [daysAgo(policy.reviewedSuggestionDays)]);
  await sql.run('DELETE FROM answers_per_day WHERE day < ?', [daysAgo(policy.answerCountDays).slice(0, 10)]);
  // A window that has ended holds nothing: the next turn starts afresh either way.
  await sql.run('DELETE FROM cooldowns WHERE until_ms < ?', [now]);
}
