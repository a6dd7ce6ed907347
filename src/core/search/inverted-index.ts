/**
 * The inverted index: for each term, the documents (facts) that hold it and how often. Facts are
 * added, replaced and removed one at a time while the bot runs, so nothing here needs a rebuild:
 * a removed fact leaves a hole that scoring skips, and holes are swept out of a term's list once
 * they outnumber the live entries.
 */

interface Posting {
  slots: number[];
  counts: number[];
  /** Entries whose document is still live; the list is compacted when holes outnumber them. */
  live: number;
}

interface IndexedDocument {
  id: string;
  length: number;
  uniqueTerms: string[];
}

/** Told when a term first appears in, or last leaves, the index (the fuzzy matcher listens). */
export interface VocabularyListener {
  termAdded(term: string): void;
  termRemoved(term: string): void;
}

export class InvertedIndex {
  private readonly documents: (IndexedDocument | null)[] = [];
  private readonly slotById = new Map<string, number>();
  private readonly postings = new Map<string, Posting>();
  private totalLength = 0;

  constructor(private readonly listener?: VocabularyListener) {}

  get size(): number {
    return this.slotById.size;
  }

  /** One past the highest slot ever used: the length a per-document score buffer needs. */
  get slotCount(): number {
    return this.documents.length;
  }

  get averageLength(): number {
    return this.size === 0 ? 0 : this.totalLength / this.size;
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  /** Adds a document, or replaces the one with the same id. */
  set(id: string, terms: string[]): void {
    this.delete(id);
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    const slot = this.documents.length;
    this.documents.push({ id, length: terms.length, uniqueTerms: [...counts.keys()] });
    this.slotById.set(id, slot);
    this.totalLength += terms.length;
    for (const [term, count] of counts) {
      let posting = this.postings.get(term);
      if (!posting) {
        posting = { slots: [], counts: [], live: 0 };
        this.postings.set(term, posting);
        this.listener?.termAdded(term);
      }
      posting.slots.push(slot);
      posting.counts.push(count);
      posting.live += 1;
    }
  }

  delete(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined) return false;
    const document = this.documents[slot] as IndexedDocument;
    this.documents[slot] = null;
    this.slotById.delete(id);
    this.totalLength -= document.length;
    for (const term of document.uniqueTerms) {
      const posting = this.postings.get(term) as Posting;
      posting.live -= 1;
      if (posting.live === 0) {
        this.postings.delete(term);
        this.listener?.termRemoved(term);
      } else if (posting.slots.length > 2 * posting.live) {
        this.compact(posting);
      }
    }
    return true;
  }

  /** How many live documents hold `term`. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.live ?? 0;
  }

  /** Calls `visit` for each live document holding `term`, with its slot and the term's count. */
  forEachPosting(term: string, visit: (slot: number, count: number) => void): void {
    const posting = this.postings.get(term);
    if (!posting) return;
    const { slots, counts } = posting;
    for (let i = 0; i < slots.length; i++) {
      if (this.documents[slots[i]] !== null) visit(slots[i], counts[i]);
    }
  }

  idAt(slot: number): string {
    return (this.documents[slot] as IndexedDocument).id;
  }

  lengthAt(slot: number): number {
    return (this.documents[slot] as IndexedDocument).length;
  }

  private compact(posting: Posting): void {
    const slots: number[] = [];
    const counts: number[] = [];
    posting.slots.forEach((slot, i) => {
      if (this.documents[slot] !== null) {
        slots.push(slot);
        counts.push(posting.counts[i]);
      }
    });
    posting.slots = slots;
    posting.counts = counts;
  }
}
