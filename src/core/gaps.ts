/**
 * Unanswered questions grouped the way a moderator reads them: "Who is DeepSeek's CEO?", "who is
 * the ceo of deepseek" and "who is deepseek's ceo" are one gap, asked three times. Two questions
 * belong together when the analyser (the same one the search uses: normalisation, lexicon,
 * stop-words, stems) leaves them the same words, or words that differ only by a typo each.
 */
import { allowedEdits, editDistance } from './search/fuzzy';
import type { Analyzer } from './text/analyze';

/** One distinct wording of an unanswered question and how often it was asked. */
export interface AskedQuestion {
  text: string;
  count: number;
  /** ISO 8601, so text order is time order. */
  lastAsked: string;
}

export interface QuestionGroup<Q extends AskedQuestion> {
  /** Most asked first; the first is the group's wording. */
  questions: Q[];
  count: number;
  lastAsked: string;
}

/** What two questions are compared on. */
interface Shape {
  /** The distinct analysed terms, sorted. */
  terms: string[];
  /** Those terms joined: equal for questions with the same words after analysis. */
  key: string;
}

const ARABIC = /\p{Script=Arabic}/u;

function shapeOf(text: string, analyzer: Analyzer): Shape {
  const analysis = analyzer.analyze(text);
  const terms = [...new Set(analysis.terms.map((term) => term.term))].sort();
  // A question of stop-words alone ("what?") is grouped by its normalised words instead.
  const key = terms.length > 0 ? terms.join(' ') : `=${analysis.words.map((word) => word.text).join(' ')}`;
  return { terms, key };
}

/** Each term of one pairs with its own term of the other, equal or one typo away. */
function typosApart(a: Shape, b: Shape): boolean {
  if (a.terms.length === 0 || a.terms.length !== b.terms.length) return false;
  const unmatched = b.terms.filter((term) => !a.terms.includes(term));
  for (const term of a.terms) {
    if (b.terms.includes(term)) continue;
    const limit = allowedEdits(term.length, ARABIC.test(term));
    const partner = unmatched.findIndex((other) => editDistance(term, other, limit) <= limit);
    if (limit === 0 || partner < 0) return false;
    unmatched.splice(partner, 1);
  }
  return true;
}

function byCountThenRecency(a: { count: number; lastAsked: string }, b: { count: number; lastAsked: string }): number {
  return b.count - a.count || (a.lastAsked < b.lastAsked ? 1 : a.lastAsked > b.lastAsked ? -1 : 0);
}

/**
 * Groups `questions`, most asked first. Each question joins the group whose first (most asked)
 * wording it is close to, so a chain of small differences never pulls unrelated questions
 * together. The work is one analysis per question and, for a question no group has the same words
 * as, one comparison per group: callers pass a bounded list.
 */
export function groupQuestions<Q extends AskedQuestion>(questions: readonly Q[], analyzer: Analyzer): QuestionGroup<Q>[] {
  const groups: { shape: Shape; group: QuestionGroup<Q> }[] = [];
  const byKey = new Map<string, QuestionGroup<Q>>();
  for (const question of [...questions].sort(byCountThenRecency)) {
    const shape = shapeOf(question.text, analyzer);
    let group = byKey.get(shape.key) ?? groups.find((candidate) => typosApart(candidate.shape, shape))?.group;
    if (!group) {
      group = { questions: [], count: 0, lastAsked: question.lastAsked };
      groups.push({ shape, group });
    }
    if (!byKey.has(shape.key)) byKey.set(shape.key, group);
    group.questions.push(question);
    group.count += question.count;
    if (question.lastAsked > group.lastAsked) group.lastAsked = question.lastAsked;
  }
  return groups.map(({ group }) => group).sort(byCountThenRecency);
}

/** The group `text` belongs to by the same rule: the same words as one of its wordings, or typos of its first. */
export function findGroup<G extends QuestionGroup<AskedQuestion>>(groups: readonly G[], text: string, analyzer: Analyzer): G | undefined {
  const shape = shapeOf(text, analyzer);
  return groups.find(
    (group) =>
      group.questions.some((question) => shapeOf(question.text, analyzer).key === shape.key) || typosApart(shapeOf(group.questions[0].text, analyzer), shape),
  );
}
