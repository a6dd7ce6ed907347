/**
 * Ranking: the question's terms are resolved against the index (exact, lexicon, or fuzzy; see
 * query.ts), every fact holding one of them is scored with BM25, and each fact's *coverage* — how much of the
 * question's weight it matches — scales the score, so a fact that answers all of the question
 * beats one that repeats a single word. Coverage is also what `decide` uses to abstain.
 */
import type { RankingOptions } from '../options';
import { findSlot, type InvertedIndex, type Posting } from './inverted-index';
import { MAX_QUERY_TERMS, type QueryTerm } from './query';
import { type Candidate, Risers, TopSlots } from './top-slots';

export type { Candidate } from './top-slots';

/**
 * An unknown code with a digit (R1, H100, V3) names a product the facts never mention: the
 * question is about something else, so it weighs as much as the rarest word.
 */
function unknownTermWeight(source: string, unknownWeight: number, rarest: number): number {
  return /\d/.test(source) ? rarest : unknownWeight;
}

/** The most a fact with this BM25 sum and covered weight can score (no penalty). */
function bound(relevance: number, covered: number, totalWeight: number): number {
  const coverage = totalWeight > 0 ? covered / totalWeight : 0;
  return relevance * coverage * coverage;
}

/** One question term as ranking scans it: its alternatives, strongest first, and its bounds. */
interface ScoredTerm {
  /** The term's bit in a fact's `matched` mask: its position in the question. */
  bit: number;
  alternatives: { posting: Posting; weight: number }[];
  /** The most this term can add to a fact's BM25 sum, and to its covered weight. */
  maxRelevance: number;
  maxCovered: number;
  /** Entries in the lists of all its alternatives. */
  entries: number;
}

/**
 * A term contrasting with the question's term at `bit`, which a fact holding it but not that term is
 * penalised for; or, for the side a question means without naming it (see RankRequest.meantSide), bit
 * 0 and that side's own list as `meant`, which a fact holding it is not; or, for a term saying the
 * reverse of the question (see RankRequest.reversedBy), bit 0 alone: no fact escapes it.
 */
interface Opposite {
  bit: number;
  posting: Posting;
  meant?: Posting;
}

/** Whether `posting` lists the fact at `slot`. */
const lists = (posting: Posting, slot: number) => findSlot(posting.slots, 0, posting.size, slot) >= 0;

/**
 * Whether the fact at `slot`, matched with the query terms at the bits of `held` and holding
 * `opposite`'s term, is penalised for it.
 */
function opposedBy({ bit, meant }: Opposite, held: number, slot: number): boolean {
  return held !== 0 && !(held & bit) && !(meant && lists(meant, slot));
}

/** What bounds a question's scores: its weight, the terms that penalise, and what the terms from each position on can add. */
interface Scoring {
  totalWeight: number;
  opposites: Opposite[];
  restRelevance: Float64Array;
  restCovered: Float64Array;
}

/** How a call to `rank` may narrow or check its work. */
export interface RankRequest {
  /**
   * Facts (by slot) this question may see; the rest are never scored, so they neither take a
   * place in the top results nor raise the bar that pruning sets. This is where a per-server
   * scope filter goes: it must be applied here, before top-k, not to the results.
   */
  accept?: (slot: number) => boolean;
  /** Scan every posting in full (no pruning): the reference that pruning is tested against. */
  exhaustive?: boolean;
  /**
   * The side of a contrast the question means while it names none ("is R2 trained on Nvidia or
   * Huawei?" asks of R2 itself, not of its small versions): a fact holding only the sides opposed
   * to it is penalised as if the question had asked it.
   */
  meantSide?: string;
  /**
   * A term saying the reverse of what the question asks ("reduce", of a question whether something
   * is still relied on): a fact holding it is penalised, whatever else it holds.
   */
  reversedBy?: string;
}

/** Calls of `rank` are numbered from 1 again here, every fact's `completedIn` cleared (0 is none). */
const COMPLETED_WRAP = 0x7fffffff;

/** Bounds are compared with this much room, so rounding can never prune a fact that would tie. */
const BOUND_MARGIN = 1 + 1e-9;

/**
 * A fact's bound while contenders are gathered, in one integer so that one addition adds a term:
 * the most relevance its terms can add, in steps, in bits 16–30, and their most covered weight in
 * bits 0–15; bit 31 (the sign) marks a fact found before.
 */
const RELEVANCE_STEPS = 0x7fff;
const COVERED_STEPS = 0xffff;
const FOUND = 1 << 31;

/** While contenders are gathered, this many facts per place asked for are scored in full to set the bar. */
const SCORED_PER_PLACE = 4;

/**
 * The longest lists are left unread only while the words they hold give a fact at most this share
 * of the bar: nearer to it, a fact holding one word more would reach it, and nearly every fact
 * would have to be sought in them (measured at 1,000,000 facts: 1 and ½ sought 1.5–2.3 times
 * the facts ¼ did, and sentence questions were slower; ⅒ read more lists for the same time).
 */
const UNREAD_BAR_SHARE = 1 / 4;

/**
 * Scores facts for a question. Per-slot buffers are reused: a question touches many facts, and
 * allocating per question is waste. `contrasts` maps a term to the terms that exclude it.
 *
 * Terms are scanned strongest first (rare words before common ones), term at a time. Once the
 * best `limit` facts found so far are sure to score more than any fact not yet seen could reach
 * with the terms left (MaxScore's test, with coverage² in the bound), the remaining terms —
 * usually the common words, with the longest lists — only complete the facts already found:
 * a list is read through for them, or when they are few, they are sought in it in slot order,
 * leaping ahead; a fact whose own bound falls below that bar is dropped. A whole-sentence
 * question rarely gets there before its long lists: then the facts that may still reach the top
 * are gathered by bounds alone (`gatherContenders`) and completed the same way. The top results
 * are the exhaustive scan's (tested on random corpora).
 */
export class Ranker {
  private relevance = new Float64Array(0);
  private covered = new Float64Array(0);
  private matched = new Int32Array(0);
  private contradicted = new Uint8Array(0);
  /** The facts found so far; in slot order once unseen facts can no longer reach the top. */
  private touched = new Int32Array(0);
  /** Per fact, its bound while contenders are gathered (see `gatherContenders`); 0 otherwise. */
  private bounds = new Int32Array(0);
  /** The facts whose score rose since the bar was last raised, and the bar's leaders then. */
  private risers = new Risers(0);
  /**
   * Per fact, the call of `rank` (numbered by `calls`) in which `raiseBar` scored it with every
   * term left: the terms left later are fewer, so looking them up again would add nothing (a long
   * question raises the bar at each of its terms, and nearly three lookups in four were such).
   */
  private completedIn = new Int32Array(0);
  private calls = 0;
  /**
   * Postings entries scored in full scans, facts sought in a list to complete them, entries read
   * for bounds only, and entries of the lists left unread while bounds were gathered, so far.
   */
  readonly work = { scanned: 0, sought: 0, bounded: 0, unread: 0 };

  constructor(
    private readonly index: InvertedIndex,
    private readonly options: RankingOptions,
    private readonly contrasts: ReadonlyMap<string, string[]> = new Map(),
  ) {}

  rank(query: QueryTerm[], limit: number, request: RankRequest = {}): Candidate[] {
    const { index } = this;
    this.ensureCapacity(index.slotCount);
    this.readBm25();
    const { terms, totalWeight } = this.scoredTerms(query);
    const opposites = this.opposites(query, request.meantSide);
    const reversing = request.reversedBy === undefined ? undefined : this.index.posting(request.reversedBy);
    if (reversing) opposites.push({ bit: 0, posting: reversing });
    // What the terms from position i on can add, at most.
    const restRelevance = new Float64Array(terms.length + 1);
    const restCovered = new Float64Array(terms.length + 1);
    for (let i = terms.length - 1; i >= 0; i--) {
      restRelevance[i] = restRelevance[i + 1] + terms[i].maxRelevance;
      restCovered[i] = restCovered[i + 1] + terms[i].maxCovered;
    }
    let touchedCount = 0;
    let open = true;
    // Whether contenders were gathered (some found facts hold no term yet), and whether the facts
    // found are in slot order.
    let gathered = false;
    let sorted = false;
    this.risers = new Risers(limit);
    if (++this.calls === COMPLETED_WRAP) {
      this.completedIn.fill(0);
      this.calls = 1;
    }
    for (let i = 0; i < terms.length; i++) {
      if (!request.exhaustive && limit > 0 && touchedCount >= limit) {
        const bar = this.raiseBar(terms, i, totalWeight, opposites);
        const unseenBound = bound(restRelevance[i], restCovered[i], totalWeight);
        if (open && unseenBound * BOUND_MARGIN < bar) {
          open = false;
        } else if (open && this.gathers(terms[i])) {
          touchedCount = this.gatherContenders(terms, i, touchedCount, bar, { totalWeight, opposites, restRelevance, restCovered }, request.accept);
          open = false;
          gathered = sorted = true;
        }
        if (!open) touchedCount = this.keepReachable(touchedCount, restRelevance[i], restCovered[i], totalWeight, bar);
      }
      const { entries } = terms[i];
      if (open) {
        touchedCount = this.scan(terms[i], touchedCount, request.accept);
      } else if (!gathered && entries <= touchedCount * Math.log2(entries + 1)) {
        // Every fact found holds a term already, and the scan takes no new one: reading the lists
        // through costs less than seeking that many facts in them.
        this.scan(terms[i], touchedCount, () => false);
      } else {
        if (!sorted) this.touched.subarray(0, touchedCount).sort();
        sorted = true;
        this.complete(terms[i], touchedCount);
      }
    }

    this.markContradictions(opposites);

    // Scores are computed in place and only the best `limit` slots become Candidates.
    const best = new TopSlots(limit, (slot) => index.idAt(slot));
    const { relevance, covered, matched, touched, contradicted } = this;
    for (let i = 0; i < touchedCount; i++) {
      const slot = touched[i];
      best.offer(
        slot,
        this.score(slot, totalWeight, contradicted[slot] ? this.options.contrastPenalty : 1),
        totalWeight > 0 ? covered[slot] / totalWeight : 0,
        matched[slot],
      );
      relevance[slot] = 0;
      covered[slot] = 0;
      matched[slot] = 0;
      contradicted[slot] = 0;
    }
    return best.candidates();
  }

  /** Whether a term's lists are long enough, in an index large enough, to gather contenders by bounds. */
  private gathers(term: ScoredTerm): boolean {
    const { slotCount } = this.index;
    return slotCount >= this.options.boundedFromFacts && term.entries > slotCount * this.options.boundedListShare;
  }

  /** The question's terms with their postings and bounds, strongest first, and the question's weight. */
  private scoredTerms(query: QueryTerm[]): { terms: ScoredTerm[]; totalWeight: number } {
    const { index } = this;
    const { unknownWeightShare } = this.options;
    const documents = index.size;
    const idf = (frequency: number) => Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
    // A word the index has never seen counts like a rare word: enough to keep a question about
    // a CEO from being answered with a fact about DeepSeek, not so much that one stray verb
    // ("fix", "faced") sinks an otherwise well-covered question.
    const unknownWeight = unknownWeightShare * idf(0);
    let totalWeight = 0;
    const terms: ScoredTerm[] = [];
    query.forEach((queryTerm, termIndex) => {
      const importance = queryTerm.importance ?? 1;
      const alternatives = queryTerm.alternatives
        .map(({ term, weight }) => {
          const frequency = index.documentFrequency(term);
          return { posting: index.posting(term) as Posting, weight: frequency > 0 ? importance * weight * idf(frequency) : 0 };
        })
        .filter((alternative) => alternative.weight > 0)
        .sort((x, y) => y.weight - x.weight);
      totalWeight += alternatives.length > 0 ? alternatives[0].weight : importance * unknownTermWeight(queryTerm.source, unknownWeight, idf(0));
      if (alternatives.length === 0) return;
      // BM25's share grows with the count and shrinks with the length: the list's largest count
      // in its shortest document bounds it.
      const maxRelevance = Math.max(...alternatives.map(({ posting, weight }) => this.bm25Of(weight, posting.maxCount, posting.minLength)));
      const entries = alternatives.reduce((sum, { posting }) => sum + posting.size, 0);
      terms.push({ bit: 1 << termIndex, alternatives, maxRelevance, maxCovered: alternatives[0].weight, entries });
    });
    // Strongest first; the order is the same with or without pruning, so sums round the same.
    terms.sort((x, y) => y.maxRelevance - x.maxRelevance || x.bit - y.bit);
    return { terms, totalWeight };
  }

  /**
   * BM25's constants for the index as it stands, read once per question: weight × count × (k1 + 1)
   * ÷ (count + k1 × (1 − b) + k1 × b × length ÷ average length).
   */
  private bm25: { lengths: Int32Array; saturation: number; perLength: number } = { lengths: new Int32Array(0), saturation: 0, perLength: 0 };

  private readBm25(): void {
    const { k1, b } = this.options;
    this.bm25 = { lengths: this.index.documentLengths, saturation: k1 * (1 - b), perLength: (k1 * b) / (this.index.averageLength || 1) };
  }

  /** BM25 of `count` occurrences in a fact `length` terms long, for a term of `weight`. */
  private bm25Of(weight: number, count: number, length: number): number {
    const { saturation, perLength } = this.bm25;
    return (weight * count * (this.options.k1 + 1)) / (count + saturation + perLength * length);
  }

  /** BM25 of `count` occurrences in the fact at `slot`, for a term of `weight`. */
  private termScore(weight: number, count: number, slot: number): number {
    return this.bm25Of(weight, count, this.bm25.lengths[slot]);
  }

  /** The score as candidates are ordered by: BM25 × coverage² × penalty. */
  private score(slot: number, totalWeight: number, penalty: number): number {
    const coverage = totalWeight > 0 ? this.covered[slot] / totalWeight : 0;
    return this.relevance[slot] * coverage * coverage * penalty;
  }

  /** Every fact in the term's postings is scored (new ones join `touched`); returns the new count. */
  private scan(term: ScoredTerm, touchedCount: number, accept: RankRequest['accept']): number {
    const { relevance, covered, matched, touched, risers } = this;
    const live = this.index.live;
    const { bit } = term;
    let count = touchedCount;
    // Alternatives are visited strongest first; a fact counts only its best match per term.
    for (const { posting, weight } of term.alternatives) {
      const { slots, counts, size } = posting;
      this.work.scanned += size;
      for (let i = 0; i < size; i++) {
        const slot = slots[i];
        // Read once: a word's translation is usually in the same facts, so most entries of a
        // later alternative stop at this test.
        const held = matched[slot];
        if (held & bit || !live[slot]) continue;
        if (held === 0) {
          if (accept && !accept(slot)) continue;
          touched[count++] = slot;
        }
        matched[slot] = held | bit;
        const sum = (relevance[slot] += this.termScore(weight, counts[i], slot));
        const weightSum = (covered[slot] += weight);
        risers.offer(slot, sum * weightSum * weightSum);
      }
    }
    return count;
  }

  /**
   * Only facts already found are scored for this term: they are in slot order, as the lists are,
   * so each list is walked once, leaping ahead to the next fact's slot (when there are many of
   * them, far apart in memory, each seek costs less than a binary search from the start).
   */
  private complete(term: ScoredTerm, touchedCount: number): void {
    const { relevance, covered, matched, touched, risers } = this;
    const live = this.index.live;
    const { bit } = term;
    this.work.sought += touchedCount;
    // Alternatives are visited strongest first; a fact counts only its best match per term.
    for (const { posting, weight } of term.alternatives) {
      const { slots, counts, size } = posting;
      let at = 0;
      for (let t = 0; t < touchedCount; t++) {
        const slot = touched[t];
        if (matched[slot] & bit) continue;
        at = seek(slots, at, size, slot);
        if (at === size) break;
        if (slots[at] !== slot || !live[slot]) continue;
        matched[slot] |= bit;
        const sum = (relevance[slot] += this.termScore(weight, counts[at], slot));
        const weightSum = (covered[slot] += weight);
        risers.offer(slot, sum * weightSum * weightSum);
      }
    }
  }

  /** Scores one fact for one term (its best alternative), unless it already has it; true if it has it now. */
  private lookUp(term: ScoredTerm, slot: number): boolean {
    const { bit } = term;
    if (this.matched[slot] & bit) return false;
    for (const { posting, weight } of term.alternatives) {
      const at = findSlot(posting.slots, 0, posting.size, slot);
      if (at < 0 || !this.index.live[slot]) continue;
      this.matched[slot] |= bit;
      this.relevance[slot] += this.termScore(weight, posting.counts[at], slot);
      this.covered[slot] += weight;
      return true;
    }
    return false;
  }

  /**
   * Gathers the facts that may still reach the top without scoring them, once the lists left are
   * long: scoring them entry by entry reads five per-fact arrays scattered over megabytes at a
   * million facts, while here each entry adds what it scores to one small integer per fact (see
   * RELEVANCE_STEPS), summed over the terms it holds from `from` on. The facts with the best
   * bounds, kept as the sums grow, are scored with every term left, which raises the bar: first
   * from the shorter lists, so that the longest ones need not be read at all when the words they
   * hold cannot lift a fact to it alone; then from all the lists read. The facts whose bound
   * reaches the bar stay, are sought in the lists not read, and are returned in slot order (how
   * many stay), to be completed term by term.
   */
  private gatherContenders(terms: ScoredTerm[], from: number, touchedCount: number, bar: number, scoring: Scoring, accept: RankRequest['accept']): number {
    const { bounds, touched, relevance, covered } = this;
    const { totalWeight, opposites, restRelevance, restCovered } = scoring;
    const { live, slotCount } = this.index;
    // Steps are rounded up, so a fact's summed steps bound what its terms can add.
    const relevanceStep = restRelevance[from] / (RELEVANCE_STEPS - 2 * MAX_QUERY_TERMS);
    const coveredStep = restCovered[from] / (COVERED_STEPS - MAX_QUERY_TERMS);
    // Bounds are compared times the question's weight squared: most relevance × covered weight².
    const scale = relevanceStep * coveredStep * coveredStep;
    const stepsOf = ({ maxRelevance, maxCovered }: ScoredTerm) => (Math.ceil(maxRelevance / relevanceStep) << 16) | Math.ceil(maxCovered / coveredStep);
    const scaledBound = (steps: number, relevanceSoFar: number, coveredSoFar: number) => {
      const weight = coveredSoFar + (steps & COVERED_STEPS) * coveredStep;
      return (relevanceSoFar + ((steps >>> 16) & RELEVANCE_STEPS) * relevanceStep) * weight * weight;
    };
    for (let t = 0; t < touchedCount; t++) bounds[touched[t]] = FOUND;
    // The facts with the best bounds so far; an unseen fact whose steps r, c give r × c² below
    // `least` can join neither them nor the top.
    const limit = this.risers.slots.length;
    const best = new Risers(limit * SCORED_PER_PLACE);
    let barScaled = (bar * totalWeight * totalWeight) / BOUND_MARGIN;
    let least = barScaled / scale;
    const { lengths, saturation, perLength } = this.bm25;
    const { k1 } = this.options;
    // Steps every fact is taken to hold, for the words whose lists are not read (see below).
    let assumed = 0;
    const read: { term: ScoredTerm; slots: Int32Array }[] = [];
    const readTerm = (term: ScoredTerm) => {
      const { alternatives } = term;
      for (let a = 0; a < alternatives.length; a++) {
        const { posting, weight } = alternatives[a];
        // A word's translation is usually in the very same facts: a list read already adds nothing.
        if (alternatives.slice(0, a).some((earlier) => sameEntries(earlier.posting, posting))) continue;
        const { slots, counts, size } = posting;
        this.work.bounded += size;
        read.push({ term, slots: slots.subarray(0, size) });
        // Each entry adds what it scores (BM25 of its count and its fact's length, in steps rounded
        // up) and its alternative's weight: a bound as tight as the score, but for the rounding.
        const weightSteps = Math.ceil(weight / coveredStep);
        // A fact holding two alternatives of the term counts it once: the earlier lists are
        // walked alongside (all are in slot order) and a slot they hold is skipped.
        const cursors = a > 0 ? new Int32Array(a) : null;
        for (let i = 0; i < size; i++) {
          const slot = slots[i];
          if (cursors !== null && heldIn(alternatives, a, cursors, slot)) continue;
          const count = counts[i];
          const relevanceSteps = Math.ceil((weight * count * (k1 + 1)) / (count + saturation + perLength * lengths[slot]) / relevanceStep);
          const steps = (relevanceSteps << 16) | weightSteps;
          const held = bounds[slot];
          bounds[slot] = held + steps;
          if (held < 0) continue;
          const key = stepsKey(held + steps + assumed);
          if (key < least || !live[slot] || (accept && !accept(slot))) continue;
          best.offer(slot, key * scale);
          least = Math.max(barScaled, best.least) / scale;
        }
      }
    };
    // The facts with the best bounds are scored in full, each once: the `limit`-th best of the
    // scores is reached by as many facts, so it is a bar. Scoring a few times more facts than
    // places keeps one whose bound flattered it from setting the bar low.
    const scored = new Map<number, number>();
    const raise = (bar: number) => {
      for (let t = 0; t < touchedCount; t++) {
        const slot = touched[t];
        best.offer(slot, scaledBound(bounds[slot] + assumed, relevance[slot], covered[slot]));
      }
      if (best.size < limit) return bar;
      for (const slot of best.slots.subarray(0, best.size)) {
        if (scored.has(slot)) continue;
        for (let j = from; j < terms.length; j++) this.lookUp(terms[j], slot);
        this.risers.offer(slot, relevance[slot] * covered[slot] * covered[slot]);
        scored.set(slot, this.finalScore(slot, totalWeight, opposites));
      }
      return Math.max(bar, [...scored.values()].sort((x, y) => y - x)[limit - 1]);
    };
    // The shorter lists are read first, and the bar raised with the facts they bring: then the
    // longest lists are not read while a fact holding those words alone stays below it. Every fact
    // is taken to hold them (their steps are `assumed`), and the few that stay are sought in them
    // (MaxScore's non-essential lists).
    const long = (term: ScoredTerm) => term.entries > slotCount * this.options.unreadListShare;
    for (let j = from; j < terms.length; j++) if (!long(terms[j])) readTerm(terms[j]);
    let raised = raise(bar);
    barScaled = (raised * totalWeight * totalWeight) / BOUND_MARGIN;
    least = Math.max(least, barScaled / scale);
    const unread = new Set<ScoredTerm>();
    for (const term of terms
      .slice(from)
      .filter(long)
      .sort((x, y) => y.entries - x.entries)) {
      const steps = assumed + stepsOf(term);
      if (stepsKey(steps) >= (barScaled / scale) * UNREAD_BAR_SHARE) break;
      assumed = steps;
      unread.add(term);
      this.work.unread += term.entries;
    }
    for (let j = from; j < terms.length; j++) if (long(terms[j]) && !unread.has(terms[j])) readTerm(terms[j]);
    raised = raise(raised);
    const reach = (raised * totalWeight * totalWeight) / BOUND_MARGIN;
    // A fact stays when its bound reaches the bar; it keeps its steps, marked found, until the
    // lists not read are sought.
    let kept = 0;
    for (let t = 0; t < touchedCount; t++) {
      const slot = touched[t];
      if (scaledBound(bounds[slot] + assumed, relevance[slot], covered[slot]) >= reach) touched[kept++] = slot;
      else this.drop(slot);
    }
    // An unseen fact stays when its steps r, c give r × c² of at least this. A fact holding only
    // the read words that add least, whose most together (with the words not read) stays below
    // it, cannot: only the lists of the others are read again, each fact judged once (those that
    // stay are marked found), and every other bound is then cleared at once.
    const reachSteps = reach / scale;
    let below = assumed;
    const unjudged = new Set<ScoredTerm>();
    for (const term of [...new Set(read.map((list) => list.term))].sort((x, y) => x.maxRelevance - y.maxRelevance)) {
      const steps = below + stepsOf(term);
      if (stepsKey(steps) >= reachSteps) break;
      below = steps;
      unjudged.add(term);
    }
    for (const list of read) {
      if (unjudged.has(list.term)) continue;
      for (const slot of list.slots) {
        const steps = bounds[slot];
        if (steps <= 0) continue;
        if (stepsKey(steps + assumed) >= reachSteps && live[slot] && (!accept || accept(slot))) {
          touched[kept++] = slot;
          bounds[slot] = steps | FOUND;
        } else bounds[slot] = 0;
      }
    }
    const keptSteps = Int32Array.from(touched.subarray(0, kept), (slot) => bounds[slot]);
    bounds.fill(0, 0, slotCount);
    for (let t = 0; t < kept; t++) bounds[touched[t]] = keptSteps[t];
    touched.subarray(0, kept).sort();
    // The facts that stay are sought in the lists not read, in slot order, and drop out as soon as
    // what they hold can no longer take them to the bar.
    for (let j = from; j < terms.length; j++) {
      if (!unread.has(terms[j])) continue;
      const { alternatives } = terms[j];
      const steps = stepsOf(terms[j]);
      assumed -= steps;
      this.work.sought += kept;
      const cursors = new Int32Array(alternatives.length);
      let stay = 0;
      for (let t = 0; t < kept; t++) {
        const slot = touched[t];
        if (heldIn(alternatives, alternatives.length, cursors, slot)) bounds[slot] += steps;
        if (scaledBound(bounds[slot] + assumed, relevance[slot], covered[slot]) >= reach) touched[stay++] = slot;
        else this.drop(slot);
      }
      kept = stay;
    }
    // A fact scored in full to raise the bar that did not stay is cleared like any other.
    for (const slot of scored.keys()) if (bounds[slot] === 0) this.forget(slot);
    for (let t = 0; t < kept; t++) bounds[touched[t]] = 0;
    return kept;
  }

  /** Clears a fact that cannot reach the top while contenders are gathered, its bound with it. */
  private drop(slot: number): void {
    this.forget(slot);
    this.bounds[slot] = 0;
  }

  /**
   * The bar: the `limit`-th best score the facts found so far are sure to reach. The `limit`
   * facts leading as scores stand are first scored with every term left (from `from` on), which
   * only raises their scores: they still lead, so the bar is the least of theirs. The leaders are
   * among the last ones and the facts whose score rose since (`risers`): any other fact scored
   * below them then and has not moved.
   */
  private raiseBar(terms: ScoredTerm[], from: number, totalWeight: number, opposites: Opposite[]): number {
    const { risers, relevance, covered } = this;
    const leaders = risers.slots.slice(0, risers.size);
    risers.clear();
    let bar = Number.POSITIVE_INFINITY;
    for (const slot of leaders) {
      if (this.completedIn[slot] !== this.calls) {
        for (let j = from; j < terms.length; j++) this.lookUp(terms[j], slot);
        this.completedIn[slot] = this.calls;
      }
      bar = Math.min(bar, this.finalScore(slot, totalWeight, opposites));
      risers.offer(slot, relevance[slot] * covered[slot] * covered[slot]);
    }
    return bar;
  }

  /** Drops the facts that cannot reach `bar` even with every term left; returns how many remain. */
  private keepReachable(touchedCount: number, restRelevance: number, restCovered: number, totalWeight: number, bar: number): number {
    const { relevance, covered, touched } = this;
    let kept = 0;
    for (let i = 0; i < touchedCount; i++) {
      const slot = touched[i];
      if (bound(relevance[slot] + restRelevance, covered[slot] + restCovered, totalWeight) * BOUND_MARGIN >= bar) touched[kept++] = slot;
      else this.forget(slot);
    }
    return kept;
  }

  /** Clears a fact found but dropped: it can no longer reach the top. */
  private forget(slot: number): void {
    this.completedIn[slot] = 0;
    this.relevance[slot] = 0;
    this.covered[slot] = 0;
    this.matched[slot] = 0;
  }

  /** The terms contrasting with the question's that it does not ask for itself, each with the bit of the term it contrasts with. */
  private opposites(query: QueryTerm[], meantSide: string | undefined): Opposite[] {
    if (!query.some((queryTerm) => queryTerm.alternatives.some(({ term }) => this.contrasts.has(term)))) {
      return meantSide === undefined ? [] : this.opposedToMeant(meantSide);
    }
    const asked = new Set(query.flatMap((queryTerm) => queryTerm.alternatives.map((alternative) => alternative.term)));
    return query.flatMap((queryTerm, termIndex) =>
      queryTerm.alternatives.flatMap(({ term }) =>
        (this.contrasts.get(term) ?? []).flatMap((opposite) => {
          const posting = asked.has(opposite) ? undefined : this.index.posting(opposite);
          return posting ? [{ bit: 1 << termIndex, posting }] : [];
        }),
      ),
    );
  }

  /** The terms contrasting with the side a question means without naming it (see RankRequest.meantSide). */
  private opposedToMeant(side: string): Opposite[] {
    const meant = this.index.posting(side);
    return (this.contrasts.get(side) ?? []).flatMap((opposite) => {
      const posting = this.index.posting(opposite);
      return posting ? [{ bit: 0, posting, meant }] : [];
    });
  }

  /**
   * The score of a fact matched with every term it holds, its contrast penalty included: a fact
   * holding a term contrasting with one asked for, but not the term asked, is penalised.
   */
  private finalScore(slot: number, totalWeight: number, opposites: Opposite[]): number {
    const held = this.matched[slot];
    const opposed = opposites.some((opposite) => lists(opposite.posting, slot) && opposedBy(opposite, held, slot));
    return this.score(slot, totalWeight, opposed ? this.options.contrastPenalty : 1);
  }

  /** Flags matched facts that hold a term contrasting with one asked for, but not the term asked. */
  private markContradictions(opposites: Opposite[]): void {
    for (const opposite of opposites) {
      const { posting } = opposite;
      for (let i = 0; i < posting.size; i++) {
        const slot = posting.slots[i];
        if (opposedBy(opposite, this.matched[slot], slot)) this.contradicted[slot] = 1;
      }
    }
  }

  private ensureCapacity(slots: number): void {
    if (this.matched.length >= slots) return;
    const capacity = Math.max(slots, this.matched.length * 2, 64);
    this.relevance = new Float64Array(capacity);
    this.covered = new Float64Array(capacity);
    this.matched = new Int32Array(capacity);
    this.contradicted = new Uint8Array(capacity);
    this.touched = new Int32Array(capacity);
    this.bounds = new Int32Array(capacity);
    this.completedIn = new Int32Array(capacity);
  }
}

/** The first index in the sorted `slots[from, size)` holding `slot` or more (`size` if none): a leap, then a binary search. */
function seek(slots: Int32Array, from: number, size: number, slot: number): number {
  if (from >= size || slots[from] >= slot) return from;
  // slots[low] < slot throughout; high is where the search leapt to.
  let low = from;
  let step = 1;
  let high = from + 1;
  while (high < size && slots[high] < slot) {
    low = high;
    step *= 2;
    high = low + step;
  }
  if (high > size) high = size;
  while (low + 1 < high) {
    const middle = (low + high) >>> 1;
    if (slots[middle] < slot) low = middle;
    else high = middle;
  }
  return high;
}

/** What a fact's summed steps (not marked found) bound, in steps: most relevance × most covered weight². */
function stepsKey(steps: number): number {
  const coveredSteps = steps & COVERED_STEPS;
  return (steps >>> 16) * coveredSteps * coveredSteps;
}

/** Whether two lists hold the same slots. */
function sameEntries(x: Posting, y: Posting): boolean {
  if (x.size !== y.size) return false;
  for (let i = 0; i < x.size; i++) if (x.slots[i] !== y.slots[i]) return false;
  return true;
}

/** Whether one of the first `count` alternatives holds `slot`; `cursors` only move forward. */
function heldIn(alternatives: ScoredTerm['alternatives'], count: number, cursors: Int32Array, slot: number): boolean {
  for (let b = 0; b < count; b++) {
    const { slots, size } = alternatives[b].posting;
    const at = seek(slots, cursors[b], size, slot);
    cursors[b] = at;
    if (at < size && slots[at] === slot) return true;
  }
  return false;
}
