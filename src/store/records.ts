/**
 * What users asked and thought: the questions the bot could not answer (the moderators' gaps),
 * votes on answers, and the per-user cooldown between questions. None of these changes what the
 * bot knows, so none is announced on the change feed.
 */
import { MAX_QUESTION_LENGTH } from '../core/engine';
import { normalizeText, splitWords } from '../core/text/analyze';
import { cleanText } from '../core/text/controls';
import { requireFact } from './fact-writes';
import type { Tables } from './tables';
import type { Transaction } from './transaction';

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
  const example = cleanText(question).slice(0, MAX_QUESTION_LENGTH);
  const normalized = splitWords(normalizeText(example))
    .map((word) => word.text)
    .join(' ');
  return { normalized, example };
}

/** One vote per user per fact; voting again replaces the earlier vote. */
export async function recordFeedback(tx: Transaction, factId: string, userId: string, helpful: boolean): Promise<void> {
  await requireFact(tx.tables, factId);
  await tx.tables.setFeedback(factId, userId, helpful, tx.at);
}

/**
 * A per-user cooldown between questions that every process sharing the database sees: 0 when
 * the user may ask now (and starts their `seconds`); otherwise the seconds left, and whether
 * this is the first refusal in the window.
 */
export async function takeCooldown(tables: Tables, userId: string, seconds: number, now: number): Promise<CooldownTurn> {
  if (seconds <= 0) return { wait: 0, firstRefusal: false };
  const { untilMs, refusals } = await tables.takeCooldown(userId, now, Math.round(now + seconds * 1000));
  if (refusals === 0) return { wait: 0, firstRefusal: false };
  return { wait: Math.ceil((untilMs - now) / 1000), firstRefusal: refusals === 1 };
}
