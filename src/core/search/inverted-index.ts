/**
 * The inverted index: for each term, the documents (facts) that hold it and how often. Facts are
 * added, replaced and removed one at a time while the bot runs, so nothing here needs a rebuild:
 * a removed fact leaves a hole that scoring skips, and holes are swept out of a term's list once
 * they outnumber the live entries.
 *
 * Everything scoring reads per posting lives in typed arrays indexed by slot (a document's
 * position): a question can touch most of 100,000 facts, and chasing one object per fact is what
 * made that slow.
 */

/** One term's documents: `slots[i]` holds the term `counts[i]` times, for i < `size`. */
export interface Posting {
  readonly term: string;
  slots: Int32Array;
  counts: Uint16Array;
  size: number;
  /** Entries whose document is still live; the list is compacted when holes outnumber them. */
  live: number;
}

/** Told when a term first appears in, or last leaves, the index (the fuzzy matcher listens). */
export interface VocabularyListener {
  termAdded(term: string): void;
  termRemoved(term: string): void;
}

const INITIAL_CAPACITY = 64;

function grown<T extends Int32Array | Uint16Array | Uint8Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2, INITIAL_CAPACITY));
  next.set(array);
  return next;
}

export class InvertedIndex {
  private ids: (string | null)[] = [];
  /** Per slot: the document's length in terms, and 1 while it is live. */
  private lengths = new Int32Array(INITIAL_CAPACITY);
  private liveFlags = new Uint8Array(INITIAL_CAPACITY);
  /** Per slot: the postings the document appears in, so removing it touches only those. */
  private postingsOf: (Posting[] | null)[] = [];
  private readonly slotById = new Map<string, number>();
  private readonly postings = new Map<string, Posting>();
  private totalLength = 0;

  constructor(private readonly listener?: VocabularyListener) {}

  get size(): number {
    return this.slotById.size;
  }

  /** One past the highest slot ever used: the length a per-document score buffer needs. */
  get slotCount(): number {
    return this.ids.length;
  }

  get averageLength(): number {
    return this.size === 0 ? 0 : this.totalLength / this.size;
  }

  /** Document lengths by slot (valid below `slotCount`); read-only for callers. */
  get documentLengths(): Int32Array {
    return this.lengths;
  }

  /** 1 for a live slot, 0 for a removed one (valid below `slotCount`); read-only for callers. */
  get live(): Uint8Array {
    return this.liveFlags;
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  /** Adds a document, or replaces the one with the same id. */
  set(id: string, terms: string[]): void {
    this.delete(id);
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    const slot = this.ids.length;
    this.ids.push(id);
    this.lengths = grown(this.lengths, slot + 1);
    this.liveFlags = grown(this.liveFlags, slot + 1);
    this.lengths[slot] = terms.length;
    this.liveFlags[slot] = 1;
    this.slotById.set(id, slot);
    this.totalLength += terms.length;
    const appearsIn: Posting[] = [];
    for (const [term, count] of counts) {
      let posting = this.postings.get(term);
      if (!posting) {
        posting = { term, slots: new Int32Array(4), counts: new Uint16Array(4), size: 0, live: 0 };
        this.postings.set(term, posting);
        this.listener?.termAdded(term);
      }
      posting.slots = grown(posting.slots, posting.size + 1);
      posting.counts = grown(posting.counts, posting.size + 1);
      posting.slots[posting.size] = slot;
      posting.counts[posting.size] = Math.min(count, 0xffff);
      posting.size += 1;
      posting.live += 1;
      appearsIn.push(posting);
    }
    this.postingsOf[slot] = appearsIn;
  }

  delete(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined) return false;
    this.slotById.delete(id);
    this.ids[slot] = null;
    this.liveFlags[slot] = 0;
    this.totalLength -= this.lengths[slot];
    for (const posting of this.postingsOf[slot] ?? []) {
      posting.live -= 1;
      if (posting.live === 0) {
        this.postings.delete(posting.term);
        this.listener?.termRemoved(posting.term);
      } else if (posting.size > 2 * posting.live) {
        this.compact(posting);
      }
    }
    this.postingsOf[slot] = null;
    return true;
  }

  /** How many live documents hold `term`. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.live ?? 0;
  }

  /** The term's posting list, holes included (check `live` for each slot). */
  posting(term: string): Posting | undefined {
    return this.postings.get(term);
  }

  idAt(slot: number): string {
    return this.ids[slot] as string;
  }

  private compact(posting: Posting): void {
    let kept = 0;
    for (let i = 0; i < posting.size; i++) {
      if (this.liveFlags[posting.slots[i]]) {
        posting.slots[kept] = posting.slots[i];
        posting.counts[kept] = posting.counts[i];
        kept += 1;
      }
    }
    posting.size = kept;
  }
}
