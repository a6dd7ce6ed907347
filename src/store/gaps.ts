/**
 * The moderators' gaps: the questions the bot could not answer, grouped (core/gaps.ts), each group
 * with a short id for buttons and the command line; and the two ways to close one. Answering makes
 * the group's question one of a fact's ways to ask (an edit, recorded as a revision, that the
 * change feed brings to every process); dismissing hides it. Either way the questions stay in the
 * record, marked closed.
 */
import { createHash } from 'node:crypto';
import { findGroup, groupQuestions, type QuestionGroup } from '../core/gaps';
import type { Analyzer } from '../core/text/analyze';
import { editFact, requireFact } from './fact-writes';
import type { Transaction } from './transaction';
import type { Actor, StoredFact, UnansweredQuestion, View } from './types';

/** How many open questions are grouped: the most asked ones; a long tail of one-offs waits. */
export const GAP_QUESTIONS = 500;

export interface Gap extends QuestionGroup<UnansweredQuestion & { text: string }> {
  /** Stable while its most asked wording leads the group: 10 characters of a hash of it. */
  id: string;
}

export function gapId(normalized: string): string {
  return createHash('sha256').update(normalized).digest('base64url').slice(0, 10);
}

export function groupGaps(questions: UnansweredQuestion[], analyzer: Analyzer): Gap[] {
  const groups = groupQuestions(
    questions.map((question) => ({ ...question, text: question.example })),
    analyzer,
  );
  return groups.map((group) => ({ ...group, id: gapId(group.questions[0].normalized) }));
}

/** The wording a gap is known by: its most asked one. */
export function gapQuestion(gap: Gap): string {
  return gap.questions[0].example;
}

/**
 * What to answer, from a gap id (buttons, autocomplete, the command line's `gaps`) or a question
 * typed as is: the question to add to a fact, and the open gap it closes, if any.
 */
export function resolveGap(gaps: Gap[], gapOrQuestion: string, analyzer: Analyzer): { question: string; gap: Gap | undefined } {
  const named = gaps.find((gap) => gap.id === gapOrQuestion);
  if (named) return { question: gapQuestion(named), gap: named };
  return { question: gapOrQuestion, gap: findGroup(gaps, gapOrQuestion, analyzer) };
}

/**
 * Adds `question` to the fact's ways to ask (unless it is one already) and closes the gap's
 * questions as answered by that fact, in one transaction.
 */
export async function answerGap(tx: Transaction, factId: string, question: string, gap: Gap | undefined, actor: Actor, view?: View): Promise<StoredFact> {
  const fact = await requireFact(tx.tables, factId, view);
  const asked = gap ? `, asked ${gap.count} time${gap.count === 1 ? '' : 's'}` : '';
  const edited = fact.aliases.includes(question)
    ? fact
    : await editFact(tx, factId, { aliases: [...fact.aliases, question] }, actor, `answers an unanswered question${asked}`, view);
  if (gap) await tx.tables.records.closeUnanswered(keysOf(gap), 'answered', actor, edited.id, tx.at);
  return edited;
}

export async function dismissGap(tx: Transaction, gap: Gap, actor: Actor): Promise<void> {
  await tx.tables.records.closeUnanswered(keysOf(gap), 'dismissed', actor, null, tx.at);
}

/** Each question of the gap, in the server it was asked in. */
function keysOf(gap: Gap): { guildId: string; normalized: string }[] {
  return gap.questions.map(({ guildId, normalized }) => ({ guildId, normalized }));
}
