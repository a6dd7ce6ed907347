/**
 * The inverted index: for each term, the documents (facts) that hold it and how often.
 *
 * It is built in bulk once (`IndexBuilder`: every occurrence as an integer term id in one flat
 * array, then a counting sort into two flat typed arrays of postings, each term's list a view on
 * its part of them), and then changed in place while the bot runs: a fact added later gets the
 * next slot and is appended to its terms' lists (a list outgrowing its view moves to an array of
 * its own); a removed fact leaves a hole that scoring skips, and holes are swept out of a list
 * once they outnumber the live entries. Slots only grow, so every list stays sorted by slot,
 * which is what lets ranking look a slot up in a long list instead of scanning it.
 *
 * Everything scoring reads per posting lives in typed arrays indexed by slot (a document's
 * position): a question can touch most of 100,000 facts, and chasing one object per fact is what
 * made that slow.
 */
import { IntMultiMap, stringKey } from './int-multimap';

/** One term's documents, in slot order: `slots[i]` holds the term `counts[i]` times, for i < `size`. */
export interface Posting {
  readonly term: string;
  slots: Int32Array;
  counts: Uint16Array;
  size: number;
  /** Entries whose document is still live; the list is compacted when holes outnumber them. */
  live: number;
  /** The most times any document of the list holds the term, and the shortest such document: */
  maxCount: number;
  /** together they bound what the term can add to a score (see rank.ts). */
  minLength: number;
}

/** Told when a term first appears in, or last leaves, the index (the fuzzy matcher listens). */
export interface VocabularyListener {
  termAdded(term: string): void;
  termRemoved(term: string): void;
}

const INITIAL_CAPACITY = 64;
const MAX_COUNT = 0xffff;

function grown<T extends Int32Array | Uint16Array | Uint8Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2, INITIAL_CAPACITY));
  next.set(array);
  return next;
}

/** Occurrences are held in blocks of this many (a power of two): 2 MB each, 4 MB once wide. */
const BLOCK_BITS = 20;
const BLOCK_MASK = (1 << BLOCK_BITS) - 1;
const NARROW_TERMS = 0x10000;

/**
 * Collects documents for a bulk build: each one's term occurrences are appended as integer ids
 * (the analyser's, see `Analyzer.forEachTermId`) to flat blocks, so a knowledge base of millions
 * of occurrences makes no per-document object. Blocks, not one array grown by copying: the copies
 * left behind were garbage the bot still held when it became ready (13 MB at 100,000 facts).
 * 16-bit while every term id fits (100,000 facts use some 8,000 terms): each page of memory new
 * to the process costs a fault, and halving them made the 100,000-fact build about 5 % faster.
 */
export class IndexBuilder {
  readonly ids: string[] = [];
  blocks: (Uint16Array | Int32Array)[] = [];
  private wide = false;
  occurrenceCount = 0;
  /** Where each document's occurrences start; one more entry than documents once loaded. */
  starts = new Int32Array(INITIAL_CAPACITY);

  /** Starts the next document; its terms follow with `addTerm`. */
  startDocument(id: string): void {
    this.starts = grown(this.starts, this.ids.length + 2);
    this.starts[this.ids.length] = this.occurrenceCount;
    this.ids.push(id);
  }

  addTerm(termId: number): void {
    if (termId >= NARROW_TERMS && !this.wide) this.widen();
    const at = this.occurrenceCount++;
    if ((at & BLOCK_MASK) === 0) this.blocks.push(this.wide ? new Int32Array(BLOCK_MASK + 1) : new Uint16Array(BLOCK_MASK + 1));
    this.blocks[at >>> BLOCK_BITS][at & BLOCK_MASK] = termId;
  }

  /** The blocks as 32-bit ones, from the first term id past 16 bits on. */
  private widen(): void {
    this.wide = true;
    this.blocks = this.blocks.map((block) => Int32Array.from(block));
  }
}

export class InvertedIndex {
  private ids: (string | null)[] = [];
  /** Per slot: the document's length in terms, and 1 while it is live. */
  private lengths = new Int32Array(INITIAL_CAPACITY);
  private liveFlags = new Uint8Array(INITIAL_CAPACITY);
  /** Per slot: whose document it is, as a small number the caller chose (0: a bulk-loaded one). */
  private scopeCodes = new Int32Array(INITIAL_CAPACITY);
  /** Each live document's slot, under the key of its id (`ids` tells ids that share a key apart). */
  private readonly slotsByKey = new IntMultiMap();
  private readonly found: number[] = [];
  private readonly postings = new Map<string, Posting>();
  private totalLength = 0;

  constructor(private readonly listener?: VocabularyListener) {}

  get size(): number {
    return this.slotsByKey.size;
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

  /** The scope each slot was added with (valid below `slotCount`); read-only for callers. */
  get scopes(): Int32Array {
    return this.scopeCodes;
  }

  has(id: string): boolean {
    return this.slotOf(id) !== undefined;
  }

  /** The slot of the live document `id`, or undefined. */
  slotOf(id: string): number | undefined {
    const { found } = this;
    found.length = 0;
    this.slotsByKey.valuesUnder(stringKey(id), found);
    // A loop, not find(): has() runs for every fact an answer shows.
    for (const slot of found) if (this.ids[slot] === id) return slot;
    return undefined;
  }

  /**
   * Loads every document of `builder` into an empty index at once: distinct terms per document
   * are counted, then a counting sort by term lays the postings out in slot order. Ids must be
   * distinct; `terms[id]` is the term an id stands for.
   */
  load(builder: IndexBuilder, terms: { readonly length: number; name(id: number): string }): void {
    if (this.ids.length > 0) throw new Error('InvertedIndex.load needs an empty index');
    const { blocks, starts } = builder;
    const documents = builder.ids.length;
    starts[documents] = builder.occurrenceCount;
    // A term's last document seen, plus one (0: none yet), and its entry for that document.
    const lastDocument = new Int32Array(terms.length);
    const frequency = new Int32Array(terms.length + 1);
    for (let document = 0; document < documents; document++) {
      for (let i = starts[document]; i < starts[document + 1]; i++) {
        const term = blocks[i >>> BLOCK_BITS][i & BLOCK_MASK];
        if (lastDocument[term] !== document + 1) {
          lastDocument[term] = document + 1;
          frequency[term + 1] += 1;
        }
      }
    }
    const offsets = frequency;
    for (let term = 0; term < terms.length; term++) offsets[term + 1] += offsets[term];
    const cursor = offsets.slice(0, terms.length);
    const slots = new Int32Array(offsets[terms.length]);
    const counts = new Uint16Array(offsets[terms.length]);
    const entry = new Int32Array(terms.length);
    // Each term's bounds (see Posting), worked out as its entries are laid: the term's arrays stay in the cache, its entries' documents' lengths would not.
    const maxCount = new Uint16Array(terms.length);
    const minLength = new Int32Array(terms.length).fill(0x7fffffff);
    lastDocument.fill(0);
    this.lengths = new Int32Array(Math.max(documents, INITIAL_CAPACITY));
    this.liveFlags = new Uint8Array(Math.max(documents, INITIAL_CAPACITY));
    this.scopeCodes = new Int32Array(Math.max(documents, INITIAL_CAPACITY));
    this.slotsByKey.reserve(documents);
    for (let document = 0; document < documents; document++) {
      const length = starts[document + 1] - starts[document];
      for (let i = starts[document]; i < starts[document + 1]; i++) {
        const term = blocks[i >>> BLOCK_BITS][i & BLOCK_MASK];
        if (lastDocument[term] !== document + 1) {
          lastDocument[term] = document + 1;
          entry[term] = cursor[term]++;
          slots[entry[term]] = document;
          counts[entry[term]] = 1;
          if (maxCount[term] === 0) maxCount[term] = 1;
          if (length < minLength[term]) minLength[term] = length;
        } else if (counts[entry[term]] < MAX_COUNT) {
          counts[entry[term]] += 1;
          if (counts[entry[term]] > maxCount[term]) maxCount[term] = counts[entry[term]];
        }
      }
      this.lengths[document] = length;
      this.liveFlags[document] = 1;
      this.totalLength += length;
      this.slotsByKey.add(stringKey(builder.ids[document]), document);
    }
    this.ids = builder.ids.slice();
    for (let term = 0; term < terms.length; term++) {
      const start = offsets[term];
      const end = offsets[term + 1];
      if (start === end) continue;
      const name = terms.name(term);
      this.postings.set(name, {
        term: name,
        slots: slots.subarray(start, end),
        counts: counts.subarray(start, end),
        size: end - start,
        live: end - start,
        maxCount: maxCount[term],
        minLength: minLength[term],
      });
      this.listener?.termAdded(name);
    }
  }

  /**
   * Adds a document under a new id (`delete` the old one first to replace it). `scope` is the
   * caller's name for whose document it is (the engine's: which server's fact), for a ranker
   * filter to read.
   */
  add(id: string, terms: readonly string[], scope = 0): void {
    if (this.has(id)) throw new Error(`InvertedIndex.add: ${id} is already indexed`);
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    const slot = this.ids.length;
    this.ids.push(id);
    this.lengths = grown(this.lengths, slot + 1);
    this.liveFlags = grown(this.liveFlags, slot + 1);
    this.scopeCodes = grown(this.scopeCodes, slot + 1);
    this.scopeCodes[slot] = scope;
    this.lengths[slot] = terms.length;
    this.liveFlags[slot] = 1;
    this.slotsByKey.add(stringKey(id), slot);
    this.totalLength += terms.length;
    for (const [term, count] of counts) {
      let posting = this.postings.get(term);
      if (!posting) {
        posting = { term, slots: new Int32Array(4), counts: new Uint16Array(4), size: 0, live: 0, maxCount: 0, minLength: Number.MAX_SAFE_INTEGER };
        this.postings.set(term, posting);
        this.listener?.termAdded(term);
      }
      posting.slots = grown(posting.slots, posting.size + 1);
      posting.counts = grown(posting.counts, posting.size + 1);
      posting.slots[posting.size] = slot;
      posting.counts[posting.size] = Math.min(count, MAX_COUNT);
      posting.size += 1;
      posting.live += 1;
      notePosting(posting, count, terms.length);
    }
  }

  /**
   * Removes a document. No list of each document's terms is kept (at 100,000 facts it would cost
   * more than the texts it replaces), and the caller may no longer hold the text it was indexed
   * from (the engine reads facts back from the store): every term's list is searched for the
   * slot instead, a binary search each, about a millisecond at 100,000 facts.
   */
  delete(id: string): boolean {
    const slot = this.slotOf(id);
    if (slot === undefined) return false;
    this.slotsByKey.remove(stringKey(id), slot);
    this.ids[slot] = null;
    this.liveFlags[slot] = 0;
    this.totalLength -= this.lengths[slot];
    for (const posting of this.postings.values()) {
      if (findSlot(posting.slots, 0, posting.size, slot) < 0) continue;
      posting.live -= 1;
      if (posting.live === 0) {
        this.postings.delete(posting.term);
        this.listener?.termRemoved(posting.term);
      } else if (posting.size > 2 * posting.live) {
        this.compact(posting);
      }
    }
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

function notePosting(posting: Posting, count: number, length: number): void {
  if (count > posting.maxCount) posting.maxCount = Math.min(count, MAX_COUNT);
  if (length < posting.minLength) posting.minLength = length;
}

/** The index of `slot` in the sorted `slots[from, to)`, or -1: a binary search. */
export function findSlot(slots: Int32Array, from: number, to: number, slot: number): number {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = slots[middle];
    if (value < slot) low = middle + 1;
    else if (value > slot) high = middle - 1;
    else return middle;
  }
  return -1;
}
