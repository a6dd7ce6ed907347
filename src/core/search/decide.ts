/**
 * Answer or abstain. The bot would rather say "the report doesn't say" than state a wrong fact
 * with confidence: it answers only when the best fact covers most of what was asked. A question
 * about DeepSeek's CEO matches "DeepSeek" everywhere but "CEO" nowhere, and names like DeepSeek
 * weigh little (they are in almost every fact), so its coverage stays low.
 */
import type { Candidate } from './rank';

/** The least share of the question's weight the best fact must match to be given as the answer. */
export const MIN_COVERAGE = 0.55;
/** A supporting fact must score at least this share of the best fact's score. */
const SUPPORT_SHARE = 0.5;
const MAX_SUPPORT = 2;
const MAX_SUGGESTIONS = 3;

export type Decision =
  | { answered: true; best: Candidate; support: Candidate[] }
  | { answered: false; reason: 'empty' | 'not-covered'; suggestions: Candidate[] };

/** `hasTerms` is false when nothing in the question was a searchable word ("???", "ok"). */
export function decide(candidates: Candidate[], hasTerms: boolean): Decision {
  const [best] = candidates;
  if (!best || best.coverage < MIN_COVERAGE) {
    return {
      answered: false,
      reason: hasTerms ? 'not-covered' : 'empty',
      suggestions: candidates.slice(0, MAX_SUGGESTIONS),
    };
  }
  const support = candidates
    .slice(1)
    .filter((candidate) => candidate.coverage >= MIN_COVERAGE && candidate.score >= SUPPORT_SHARE * best.score)
    .slice(0, MAX_SUPPORT);
  return { answered: true, best, support };
}
