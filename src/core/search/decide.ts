/**
 * Answer or abstain. The bot would rather say "the report doesn't say" than state a wrong fact
 * with confidence: it answers only when the best fact covers most of what was asked. A question
 * about DeepSeek's CEO matches "DeepSeek" everywhere but "CEO" nowhere, and names like DeepSeek
 * weigh little (they are in almost every fact), so its coverage stays low. The operating point
 * (how much coverage is enough) is `DecisionOptions` in `../options.ts`.
 */
import type { DecisionOptions } from '../options';
import type { Candidate } from './rank';

export type Decision =
  | { answered: true; best: Candidate; support: Candidate[] }
  | { answered: false; reason: 'empty' | 'not-covered'; suggestions: Candidate[] };

/** `hasTerms` is false when nothing in the question was a searchable word ("???", "ok"). */
export function decide(candidates: Candidate[], hasTerms: boolean, options: DecisionOptions): Decision {
  const [best] = candidates;
  if (!best || best.coverage < options.minCoverage) {
    return {
      answered: false,
      reason: hasTerms ? 'not-covered' : 'empty',
      suggestions: candidates.slice(0, options.maxSuggestions),
    };
  }
  const support = candidates
    .slice(1)
    .filter((candidate) => candidate.coverage >= options.minCoverage && candidate.score >= options.supportShare * best.score)
    .slice(0, options.maxSupport);
  return { answered: true, best, support };
}
