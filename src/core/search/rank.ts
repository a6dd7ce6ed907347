/**
 * Ranking: the question's terms are resolved against the index (exact, lexicon, or fuzzy), every
 * fact holding one of them is scored with BM25, and each fact's *coverage* — how much of the
 * question's weight it matches — scales the score, so a fact that answers all of the question
 * beats one that repeats a single word. Coverage is also what `decide` uses to abstain.
 */
import type { RankingOptions } from '../options';
import type { Term } from '../text/analyze';
import { type FuzzyVocabulary, STOPWORD } from './fuzzy';
import type { InvertedIndex, Posting } from './inverted-index';

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

export interface Candidate {
  id: string;
  /** BM25 × coverage²: the order of candidates. */
  score: number;
  /** The share (0–1) of the question's weight this fact matches. */
  coverage: number;
  /** Which query terms the fact matched: bit i for the i-th term. */
  matched: number;
}

/** Only this many terms of a question are scored (a bitmask per fact records which matched). */
export const MAX_QUERY_TERMS = 31;

export function resolveQuery(terms: Term[], index: InvertedIndex, fuzzy: FuzzyVocabulary, options: RankingOptions): QueryTerm[] {
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
    const matches = fuzzy.match(term.term, budget);
    // Only a close misspelling of a filler word is dropped ("happend"); "cost" is not "most".
    if (matches.length > 0 && matches[0].term === STOPWORD && matches[0].similarity >= options.minStopwordSimilarity) continue;
    resolved.push({
      source: term.source,
      alternatives: matches
        .filter((match) => match.term !== STOPWORD)
        .map((match) => ({ term: match.term, weight: Math.max(options.minFuzzyWeight, match.similarity) })),
    });
  }
  return resolved;
}

/**
 * An unknown code with a digit (R1, H100, V3) names a product the facts never mention: the
 * question is about something else, so it weighs as much as the rarest word.
 */
function unknownTermWeight(source: string, unknownWeight: number, rarest: number): number {
  return /\d/.test(source) ? rarest : unknownWeight;
}

/**
 * Scores facts for a question. Per-slot buffers are reused: a question touches many facts, and
 * allocating per question is waste. `contrasts` maps a term to the terms that exclude it.
 */
export class Ranker {
  private relevance = new Float64Array(0);
  private covered = new Float64Array(0);
  private matched = new Int32Array(0);
  private contradicted = new Uint8Array(0);
  private touched = new Int32Array(0);

  constructor(
    private readonly index: InvertedIndex,
    private readonly options: RankingOptions,
    private readonly contrasts: ReadonlyMap<string, string[]> = new Map(),
  ) {}

  rank(query: QueryTerm[], limit: number): Candidate[] {
    const { index } = this;
    const { k1, b, contrastPenalty, unknownWeightShare } = this.options;
    this.ensureCapacity(index.slotCount);
    const { relevance, covered, matched, touched } = this;
    const lengths = index.documentLengths;
    const live = index.live;
    const documents = index.size;
    const averageLength = index.averageLength || 1;
    const idf = (frequency: number) => Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
    // A word the index has never seen counts like a rare word: enough to keep a question about
    // a CEO from being answered with a fact about DeepSeek, not so much that one stray verb
    // ("fix", "faced") sinks an otherwise well-covered question.
    const unknownWeight = unknownWeightShare * idf(0);
    let touchedCount = 0;
    let totalWeight = 0;

    query.forEach((queryTerm, termIndex) => {
      const importance = queryTerm.importance ?? 1;
      const weighted = queryTerm.alternatives
        .map(({ term, weight }) => {
          const frequency = index.documentFrequency(term);
          return { term, weight: frequency > 0 ? importance * weight * idf(frequency) : 0 };
        })
        .filter((alternative) => alternative.weight > 0)
        .sort((a, b) => b.weight - a.weight);
      totalWeight += weighted.length > 0 ? weighted[0].weight : importance * unknownTermWeight(queryTerm.source, unknownWeight, idf(0));
      // Alternatives are visited strongest first; a fact counts only its best match per term.
      const bit = 1 << termIndex;
      for (const { term, weight } of weighted) {
        const posting = index.posting(term) as Posting;
        const { slots, counts, size } = posting;
        for (let i = 0; i < size; i++) {
          const slot = slots[i];
          if (!live[slot] || matched[slot] & bit) continue;
          if (matched[slot] === 0) touched[touchedCount++] = slot;
          matched[slot] |= bit;
          const count = counts[i];
          const lengthNorm = 1 - b + (b * lengths[slot]) / averageLength;
          relevance[slot] += (weight * count * (k1 + 1)) / (count + k1 * lengthNorm);
          covered[slot] += weight;
        }
      }
    });

    this.markContradictions(query);

    // Scores are computed in place and only the best `limit` slots become Candidates.
    const best = new TopSlots(limit, (slot) => index.idAt(slot));
    for (let i = 0; i < touchedCount; i++) {
      const slot = touched[i];
      const coverage = totalWeight > 0 ? covered[slot] / totalWeight : 0;
      const penalty = this.contradicted[slot] ? contrastPenalty : 1;
      best.offer(slot, relevance[slot] * coverage * coverage * penalty, coverage, matched[slot]);
      relevance[slot] = 0;
      covered[slot] = 0;
      matched[slot] = 0;
      this.contradicted[slot] = 0;
    }
    return best.candidates();
  }

  /** Flags matched facts that hold a term contrasting with one asked for, but not the term asked. */
  private markContradictions(query: QueryTerm[]): void {
    if (!query.some((queryTerm) => queryTerm.alternatives.some(({ term }) => this.contrasts.has(term)))) return;
    const asked = new Set(query.flatMap((queryTerm) => queryTerm.alternatives.map((alternative) => alternative.term)));
    query.forEach((queryTerm, termIndex) => {
      const bit = 1 << termIndex;
      for (const { term } of queryTerm.alternatives) {
        for (const opposite of this.contrasts.get(term) ?? []) {
          const posting = asked.has(opposite) ? undefined : this.index.posting(opposite);
          if (!posting) continue;
          for (let i = 0; i < posting.size; i++) {
            const slot = posting.slots[i];
            if (this.matched[slot] !== 0 && !(this.matched[slot] & bit)) this.contradicted[slot] = 1;
          }
        }
      }
    });
  }

  private ensureCapacity(slots: number): void {
    if (this.matched.length >= slots) return;
    const capacity = Math.max(slots, this.matched.length * 2, 64);
    this.relevance = new Float64Array(capacity);
    this.covered = new Float64Array(capacity);
    this.matched = new Int32Array(capacity);
    this.contradicted = new Uint8Array(capacity);
    this.touched = new Int32Array(capacity);
  }
}

/**
 * The `limit` best slots seen, best first, kept in a small sorted window; ties go to the lower id
 * so answers are stable.
 */
class TopSlots {
  private readonly slots: number[] = [];
  private readonly scores: number[] = [];
  private readonly coverages: number[] = [];
  private readonly matches: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly idOf: (slot: number) => string,
  ) {}

  private before(scoreA: number, slotA: number, scoreB: number, slotB: number): boolean {
    if (scoreA !== scoreB) return scoreA > scoreB;
    return this.idOf(slotA) < this.idOf(slotB);
  }

  offer(slot: number, score: number, coverage: number, matched: number): void {
    const { slots, scores, coverages, matches, limit } = this;
    if (slots.length === limit && !this.before(score, slot, scores[limit - 1], slots[limit - 1])) return;
    let position = slots.length === limit ? limit - 1 : slots.length;
    while (position > 0 && this.before(score, slot, scores[position - 1], slots[position - 1])) {
      slots[position] = slots[position - 1];
      scores[position] = scores[position - 1];
      coverages[position] = coverages[position - 1];
      matches[position] = matches[position - 1];
      position--;
    }
    slots[position] = slot;
    scores[position] = score;
    coverages[position] = coverage;
    matches[position] = matched;
  }

  candidates(): Candidate[] {
    return this.slots.map((slot, i) => ({ id: this.idOf(slot), score: this.scores[i], coverage: this.coverages[i], matched: this.matches[i] }));
  }
}
