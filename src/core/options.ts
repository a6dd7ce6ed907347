/**
 * Every tuning knob of the engine in one typed object, with its default and why. Pass a partial
 * object to `new Isnad(knowledge, options)`; what is left out keeps its default (as minisearch's
 * options do). Calibration changes the defaults here, never a constant buried in a module.
 */

import { DEFAULT_DECISION_MODEL } from './understand/decision-model';

export interface RankingOptions {
  /** BM25 term-frequency saturation: how much a word repeated in a fact adds. */
  k1: number;
  /** BM25 length normalisation (0 none, 1 full). Facts are single sentences of similar length. */
  b: number;
  /** A fact holding the opposite of what was asked (large for small) keeps this share of its score. */
  contrastPenalty: number;
  /** The weight of a word the index has never seen, as a share of the rarest word's weight. */
  unknownWeightShare: number;
  /** A fuzzy match counts for its similarity, but never less than this share of an exact match. */
  minFuzzyWeight: number;
  /** A question word this similar to a stop-word is taken for that stop-word and dropped. */
  minStopwordSimilarity: number;
  /**
   * While facts not yet seen may still reach the top, in an index of at least `boundedFromFacts`
   * facts, a word held by more than `boundedListShare` of them is read for bounds only instead of
   * scored fact by fact (see rank.ts, `gatherContenders`): the same top results, faster once the
   * per-fact sums (about 30 bytes a fact) outgrow the processor's cache. In a smaller index, or
   * for a shorter list, scoring directly costs less (measured side by side at 100,000, 300,000
   * and 1,000,000 facts).
   */
  boundedFromFacts: number;
  boundedListShare: number;
  /**
   * While contenders are gathered by bounds, a word held by more than this share of the facts is
   * not read for them when the facts holding such words alone cannot reach the top: every fact is
   * taken to hold it, and only the contenders left are sought in its list.
   */
  unreadListShare: number;
}

/** The answer decision's operating point: when to answer, and what to show beside the answer. */
export interface DecisionOptions {
  /**
   * The least confidence (0–1) the decision model (data/decision.json, fitted by `npm run fit`)
   * must give the best fact for it to be the answer. Lower answers more and is wrong more often;
   * `npm run eval` prints the trade-off. The default is the point `npm run fit` chose.
   */
  operatingPoint: number;
  /** A supporting fact must cover at least this share of the question… */
  supportCoverage: number;
  /** …and score at least this share of the best fact's score. */
  supportShare: number;
  maxSupport: number;
  /** Nearest facts offered when the engine abstains. */
  maxSuggestions: number;
}

/** Bounds on fuzzy matching, so no word and no question can cost unbounded memory or time. */
export interface FuzzyOptions {
  /**
   * Words longer than this are neither indexed for typo matching nor typo-corrected: no real
   * word is that long, and a word's deletion variants grow with the square of its length.
   */
  maxWordLength: number;
  /** Known words examined for one question word, at most (the rest are not looked at). */
  maxCandidatesPerWord: number;
  /** Known words examined for one whole question, at most: the question's fuzzy budget. */
  maxCandidatesPerQuestion: number;
  /** Fuzzy matches kept for one question word, best first. */
  maxMatchesPerWord: number;
}

export interface EngineOptions {
  ranking: RankingOptions;
  decision: DecisionOptions;
  fuzzy: FuzzyOptions;
  /** How many ranked facts `ask` hands to the decision. */
  candidates: number;
  /**
   * Autocomplete: how many of the ranker's facts fuse.js puts in order by how well what was typed
   * matches their short fields (0: no fuse.js, the ranker's order; the bench's ablation).
   */
  autocompleteCandidates: number;
}

export const DEFAULT_OPTIONS: EngineOptions = {
  ranking: {
    k1: 1.2,
    b: 0.5,
    contrastPenalty: 0.3,
    unknownWeightShare: 0.5,
    minFuzzyWeight: 0.5,
    minStopwordSimilarity: 0.8,
    boundedFromFacts: 262_144,
    boundedListShare: 1 / 256,
    unreadListShare: 1 / 8,
  },
  decision: { operatingPoint: DEFAULT_DECISION_MODEL.operatingPoint, supportCoverage: 0.55, supportShare: 0.5, maxSupport: 2, maxSuggestions: 3 },
  fuzzy: { maxWordLength: 32, maxCandidatesPerWord: 500, maxCandidatesPerQuestion: 2000, maxMatchesPerWord: 5 },
  candidates: 10,
  autocompleteCandidates: 30,
};

/** Options as a caller gives them: any group, any field, may be left out. */
export type EngineOptionsInput = {
  [Group in keyof EngineOptions]?: EngineOptions[Group] extends object ? Partial<EngineOptions[Group]> : EngineOptions[Group];
};

/** The defaults with `input` laid over them, checked: a nonsense knob fails at once, by name. */
export function resolveOptions(input: EngineOptionsInput = {}): EngineOptions {
  const options: EngineOptions = {
    ranking: { ...DEFAULT_OPTIONS.ranking, ...input.ranking },
    decision: { ...DEFAULT_OPTIONS.decision, ...input.decision },
    fuzzy: { ...DEFAULT_OPTIONS.fuzzy, ...input.fuzzy },
    candidates: input.candidates ?? DEFAULT_OPTIONS.candidates,
    autocompleteCandidates: input.autocompleteCandidates ?? DEFAULT_OPTIONS.autocompleteCandidates,
  };
  const engine = { candidates: options.candidates, autocompleteCandidates: options.autocompleteCandidates };
  const groups = { ranking: options.ranking, decision: options.decision, fuzzy: options.fuzzy, engine };
  for (const [group, values] of Object.entries(groups)) {
    for (const [name, value] of Object.entries(values)) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new RangeError(`engine option ${group}.${name} must be a finite number ≥ 0, not ${String(value)}`);
      }
    }
  }
  if (options.ranking.b > 1) throw new RangeError(`engine option ranking.b must be between 0 and 1, not ${options.ranking.b}`);
  if (options.decision.operatingPoint > 1) {
    throw new RangeError(`engine option decision.operatingPoint must be between 0 and 1, not ${options.decision.operatingPoint}`);
  }
  return options;
}
