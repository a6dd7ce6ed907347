/** Top-k selection by slot, shared by ranking's final choice and its pruning (`Risers`: the bar's leaders). */

export interface Candidate {
  id: string;
  /** BM25 × coverage²: the order of candidates. */
  score: number;
  /** The share (0–1) of the question's weight this fact matches. */
  coverage: number;
  /** Which query terms the fact matched: bit i for the i-th term. */
  matched: number;
}

/**
 * The `limit` best slots seen, best first, kept in a small sorted window; ties go to the lower id
 * so answers are stable.
 */
export class TopSlots {
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

/**
 * The best few distinct facts by a key that only grows (BM25 sum × covered weight², which orders
 * facts as their scores do), offered as their scores rise: where the bar's leaders come from,
 * without reading every fact found so far.
 */
export class Risers {
  readonly slots: Int32Array;
  private readonly keys: Float64Array;
  size = 0;
  /** The least key held once full: a fact must beat it to get in. */
  least = Number.NEGATIVE_INFINITY;

  constructor(capacity: number) {
    this.slots = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
  }

  offer(slot: number, key: number): void {
    if (key <= this.least) return;
    const { slots, keys } = this;
    const capacity = slots.length;
    let at = 0;
    while (at < this.size && slots[at] !== slot) at++;
    if (at === this.size) at = this.size < capacity ? this.size++ : keys.indexOf(this.least);
    slots[at] = slot;
    keys[at] = key;
    if (this.size < capacity) return;
    let least = keys[0];
    for (let i = 1; i < capacity; i++) if (keys[i] < least) least = keys[i];
    this.least = least;
  }

  clear(): void {
    this.size = 0;
    this.least = Number.NEGATIVE_INFINITY;
  }
}
