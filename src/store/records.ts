/**
 * What users asked and thought: the questions the bot could not answer (the moderators' gaps),
 * votes on answers, the answers counted for the stats, and the per-user cooldowns. Questions,
 * votes and answers belong to the server they came from ('' for direct messages): moderators read
 * their own server's (a RecordScope), the operator every server's. A cooldown holds in every
 * server (asking in another server does not dodge it), and each server where the user is refused
 * gets its own first notice. None of these changes what the bot knows, so none is announced on
 * the change feed.
 */
import { MAX_QUESTION_LENGTH } from '../core/engine';
import { normalizeText, splitWords } from '../core/text/words';
import { cleanText } from '../core/text/controls';
import type { Language } from '../core/types';
import { truncate } from '../core/text/truncate';
import type { FactCount, UsageStats } from '../stats/usage';
import { requireFact } from './fact-writes';
import type { Tables } from './tables';
import { NO_GUILD, type RecordScope } from './types';

/** What `takeCooldown` tells: 0 when the user may ask now (starting the window), else the seconds left. */
export interface CooldownTurn {
  wait: number;
  /** The first refusal in this window: only that one deserves a notice. */
  firstRefusal: boolean;
}

/**
 * The key an unanswered question is counted under: its normalised words, punctuation dropped, so
 * "Who is DeepSeek's CEO?" and "who is deepseeks ceo" count as one. Empty when it has no words.
 */
export function unansweredKey(question: string): { normalized: string; example: string } {
  const example = truncate(cleanText(question), MAX_QUESTION_LENGTH, '');
  const normalized = splitWords(normalizeText(example))
    .map((word) => word.text)
    .join(' ');
  return { normalized, example };
}

/**
 * What a user leaves beside an answer, in the server it came from (`guildId`; absent or '' for a
 * direct message), to which it then belongs: written behind the reply, never holding it up
 * (side-writes.ts).
 */
export type UserRecord =
  | { type: 'unanswered'; question: string; language: Language; guildId?: string }
  | { type: 'answer'; factId: string | null; guildId?: string }
  | { type: 'feedback'; factId: string; userId: string; helpful: boolean; question: string | null; guildId?: string };

/** A record with the moment it happened (ms since the epoch): written later, it keeps that time. */
export type TimedRecord = UserRecord & { at: number };

/** A record the store would not write, and why: a vote on a fact that is gone, say. */
export interface RefusedRecord {
  record: TimedRecord;
  error: Error;
}

/**
 * Writes one record in its server, stamped with the time it happened. An unanswered question is
 * counted under its key (a question with no words is not kept); an answer on its day's line
 * (UTC), under the fact it rested on or none; a vote replaces the user's earlier vote on the fact
 * in that server and keeps the question it was given to, so moderators see what drew a
 * not-helpful vote. A fact the server does not see cannot be voted on.
 */
export async function writeRecord(tables: Tables, record: TimedRecord): Promise<void> {
  const at = new Date(record.at).toISOString();
  const guildId = record.guildId ?? NO_GUILD;
  if (record.type === 'unanswered') {
    const { normalized, example } = unansweredKey(record.question);
    if (normalized !== '') await tables.records.countUnanswered(guildId, normalized, example, record.language, at);
  } else if (record.type === 'answer') {
    await tables.records.countAnswer(guildId, at.slice(0, 10), record.factId ?? '');
  } else {
    await requireFact(tables, record.factId, guildId === NO_GUILD ? null : guildId);
    const asked = record.question === null ? null : truncate(cleanText(record.question), MAX_QUESTION_LENGTH, '') || null;
    await tables.records.setFeedback(guildId, record.factId, record.userId, record.helpful, asked, at);
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;
const TOP_FACTS = 10;

/** The last `days` days up to `now` (UTC) in `scope`, each day's answered and unanswered questions, the top facts and the votes. */
export async function usageStats(tables: Tables, now: number, days: number, scope?: RecordScope): Promise<UsageStats> {
  const dayList = Array.from({ length: days }, (_, i) => new Date(now - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10));
  const perDay = new Map(dayList.map((day) => [day, { day, answered: 0, abstained: 0 }]));
  const perFact = new Map<string, number>();
  for (const { day, factId, count } of await tables.records.answersSince(dayList[0], scope)) {
    const line = perDay.get(day);
    if (!line) continue;
    if (factId === '') line.abstained += count;
    else {
      line.answered += count;
      perFact.set(factId, (perFact.get(factId) ?? 0) + count);
    }
  }
  const ranked = [...perFact].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_FACTS);
  const topFacts: FactCount[] = [];
  for (const [id, count] of ranked) {
    const fact = (await tables.fact(id))?.record;
    topFacts.push({ id, en: fact?.en ?? id, ar: fact?.ar ?? id, count });
  }
  return { days: [...perDay.values()], topFacts, feedback: await tables.records.feedbackSince(`${dayList[0]}T00:00:00.000Z`, scope) };
}

/** What a cooldown spaces out: questions, or suggestions. Each has its own window. */
export type CooldownKind = 'ask' | 'suggest';

/**
 * A per-user cooldown that every process sharing the database sees, in every server: 0 when the
 * user may go ahead now (and starts their `seconds`); otherwise the seconds left, and whether
 * this is the first refusal in the window in this server (`guildId`, '' for direct messages).
 */
export async function takeCooldown(tables: Tables, kind: CooldownKind, guildId: string, userId: string, seconds: number, now: number): Promise<CooldownTurn> {
  if (seconds <= 0) return { wait: 0, firstRefusal: false };
  const { untilMs, refusals } = await tables.records.takeCooldown(kind, guildId, userId, now, Math.round(now + seconds * 1000));
  if (refusals === 0) return { wait: 0, firstRefusal: false };
  return { wait: Math.ceil((untilMs - now) / 1000), firstRefusal: refusals === 1 };
}
