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
import { normalizeText, splitWords } from '../core/text/analyze';
import { cleanText } from '../core/text/controls';
import { truncate } from '../core/text/truncate';
import type { FactCount, UsageStats } from '../stats/usage';
import { requireFact } from './fact-writes';
import type { Tables } from './tables';
import type { Transaction } from './transaction';
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
 * One vote per user per fact in each server; voting again replaces the earlier vote. The question
 * the answer was given to is kept with it, so moderators see what drew a not-helpful vote. A fact
 * the server does not see cannot be voted on.
 */
export async function recordFeedback(tx: Transaction, guildId: string, factId: string, userId: string, helpful: boolean, question: string | null): Promise<void> {
  await requireFact(tx.tables, factId, guildId === NO_GUILD ? null : guildId);
  const asked = question === null ? null : truncate(cleanText(question), MAX_QUESTION_LENGTH, '') || null;
  await tx.tables.setFeedback(guildId, factId, userId, helpful, asked, tx.at);
}

/** Counts a question on today's (UTC) line in its server: under the fact its answer rested on, or under none. */
export async function recordAnswer(tx: Transaction, guildId: string, factId: string | null): Promise<void> {
  await tx.tables.countAnswer(guildId, tx.at.slice(0, 10), factId ?? '');
}

const DAY_MS = 24 * 60 * 60 * 1000;
const TOP_FACTS = 10;

/** The last `days` days up to `now` (UTC) in `scope`, each day's answered and unanswered questions, the top facts and the votes. */
export async function usageStats(tables: Tables, now: number, days: number, scope?: RecordScope): Promise<UsageStats> {
  const dayList = Array.from({ length: days }, (_, i) => new Date(now - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10));
  const perDay = new Map(dayList.map((day) => [day, { day, answered: 0, abstained: 0 }]));
  const perFact = new Map<string, number>();
  for (const { day, factId, count } of await tables.answersSince(dayList[0], scope)) {
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
  return { days: [...perDay.values()], topFacts, feedback: await tables.feedbackSince(`${dayList[0]}T00:00:00.000Z`, scope) };
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
  const { untilMs, refusals } = await tables.takeCooldown(kind, guildId, userId, now, Math.round(now + seconds * 1000));
  if (refusals === 0) return { wait: 0, firstRefusal: false };
  return { wait: Math.ceil((untilMs - now) / 1000), firstRefusal: refusals === 1 };
}
