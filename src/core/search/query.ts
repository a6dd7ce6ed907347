/**
 * The question's terms resolved against the index: a term the index holds stands for itself; a
 * word it does not know stands for the terms the fuzzy matcher finds (its stem and the word as
 * typed), each weighted by how close it is.
 */
import type { RankingOptions } from '../options';
import type { Term } from '../text/analyze';
import { byCloseness, type FuzzyMatch, type FuzzyVocabulary, STOPWORD } from './fuzzy';
import type { InvertedIndex } from './inverted-index';

/** A term of the question and the index terms it may stand for, with how sure that is. */
export interface QueryTerm {
  /** The normalised words the term was read from. */
  source: string;
  /** Empty when the word is unknown to the index: the question asks about something absent. */
  alternatives: { term: string; weight: number }[];
  /**
   * How much the term matters to the question, 0–1 (1 when absent): it scales the term's part in
   * both the score and the coverage. Question understanding lowers it for words around the
   * question and for everyday words no fact holds.
   */
  importance?: number;
}

/** The words of `query` no fact holds, nor any word near them: what the question asks that the index lacks. */
export const unheardWords = (query: readonly QueryTerm[]): Set<string> =>
  new Set(query.filter((term) => term.alternatives.length === 0).map((term) => term.source));

/** The index terms `query` may stand for: what the question asks of the facts, in their words. */
export const termsAsked = (query: readonly QueryTerm[]): Set<string> =>
  new Set(query.flatMap((term) => term.alternatives.map((alternative) => alternative.term)));

/** Only this many terms of a question are scored (a bitmask per fact records which matched). */
export const MAX_QUERY_TERMS = 31;

/**
 * `keepsItself` names the words the index does not hold that are never typos of its words (the
 * question's everyday words): they stand for nothing, and spend none of the fuzzy matcher's budget.
 * `speltRight` names words spelt as words people use, which are no slip for a word of the index
 * either ("fired" is not "failed"), though one may still be a filler word's slip, and dropped.
 */
export function resolveQuery(
  terms: Term[],
  index: InvertedIndex,
  fuzzy: FuzzyVocabulary,
  options: RankingOptions,
  keepsItself: (word: string) => boolean = () => false,
  speltRight: (word: string) => boolean = () => false,
): QueryTerm[] {
  const resolved: QueryTerm[] = [];
  const seen = new Set<string>();
  const budget = fuzzy.budget();
  for (const term of terms) {
    if (resolved.length === MAX_QUERY_TERMS) break;
    if (seen.has(term.term)) continue;
    seen.add(term.term);
    if (index.documentFrequency(term.term) > 0 || term.kind !== 'word') {
      resolved.push({ source: term.source, alternatives: [{ term: term.term, weight: 1 }] });
      continue;
    }
    if (keepsItself(term.source)) {
      resolved.push({ source: term.source, alternatives: [] });
      continue;
    }
    // A misspelt word's stem can be mangled ("ascned" → "ascn", مذايجة → مذايج): the word as typed
    // is matched too, and the closer of the two readings of each term counts.
    const stemMatches = fuzzy.match(term.term, budget);
    const matches =
      term.source === term.term || term.source.includes(' ') ? stemMatches : closest(stemMatches, fuzzy.match(term.source, budget), fuzzy.matchLimit);
    // Only a close misspelling of a filler word is dropped ("happend"); "cost" is not "most".
    if (matches.length > 0 && matches[0].term === STOPWORD && matches[0].similarity >= options.minStopwordSimilarity) continue;
    if (speltRight(term.source)) {
      resolved.push({ source: term.source, alternatives: [] });
      continue;
    }
    resolved.push({
      source: term.source,
      alternatives: matches
        .filter((match) => match.term !== STOPWORD)
        .map((match) => ({ term: match.term, weight: Math.max(options.minFuzzyWeight, match.similarity) })),
    });
  }
  return resolved;
}

/** Both lists' terms, each at its better similarity, best first, at most `limit`. */
function closest(some: FuzzyMatch[], others: FuzzyMatch[], limit: number): FuzzyMatch[] {
  if (others.length === 0) return some;
  const best = new Map<string, number>();
  for (const { term, similarity } of [...some, ...others]) best.set(term, Math.max(similarity, best.get(term) ?? 0));
  return [...best]
    .map(([term, similarity]) => ({ term, similarity }))
    .sort(byCloseness)
    .slice(0, limit);
}
