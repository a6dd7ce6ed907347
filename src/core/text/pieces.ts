/**
 * Text read piece by piece, a piece being what lies between spaces and line breaks, and a table
 * that numbers each distinct piece. Building the index reads millions of piece occurrences but
 * only tens of thousands of distinct pieces: the table is probed with a hash computed in the same
 * pass that finds the piece, and the piece is compared in place with the characters the table
 * keeps in one flat array, so a piece seen before costs neither a new string nor a pointer to
 * chase: a read touches typed arrays only. What a piece reads as is the caller's to keep, by number.
 */

/** Characters that end a piece: spaces and line breaks (cleanText turns them all into spaces). */
function isBreak(code: number): boolean {
  if (code > 0x20) return code === 0x2028 || code === 0x2029;
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

// FNV-1a, as IntMultiMap's stringKey (search/int-multimap.ts), written out here: this is the build's
// hottest loop, and calling that module's withCharacter from it made the 100,000-fact build about
// 25 % slower (0.90–0.92 against 1.14–1.17 s, side by side).
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const INITIAL_CAPACITY = 1024;
/**
 * What is read together sits together, one cache line instead of several (the table outgrows the
 * processor's cache at 100,000 facts, and a miss costs more than comparing a piece): a piece's
 * span is where its characters start, how many there are, and its hash. A slot of the hash table
 * holds only a piece's number plus one (0: free), and the table is up to three quarters full: it
 * is probed for every piece read, so the smaller it is the more of it stays in the cache (pieces
 * read often were met early, so their spans lie together at the start).
 */
const SPAN = 3;

function grown<T extends Int32Array | Uint16Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/**
 * Distinct pieces, numbered 0, 1, 2… in the order first met; `onNew` is told of each one as it is
 * numbered, with its text. Open addressing over typed arrays.
 */
export class PieceTable {
  private slots = new Int32Array(INITIAL_CAPACITY);
  private spans = new Int32Array(SPAN * INITIAL_CAPACITY);
  private characters = new Uint16Array(INITIAL_CAPACITY * 8);
  private charactersUsed = 0;
  /** How many distinct pieces the table holds. */
  size = 0;
  /** The pieces of the text last read, by number: the first `readPieces(…)` of them. */
  pieces = new Int32Array(64);

  constructor(private readonly onNew: (piece: string, number: number) => void) {}

  /**
   * Reads `text` into `pieces` (their numbers, in order) in one pass and returns how many there
   * are. Every number it hands out stays valid until `clear`.
   */
  readPieces(text: string): number {
    const length = text.length;
    // A text has at most one piece for every two characters (a piece and its break).
    if (this.pieces.length <= length >>> 1) this.pieces = new Int32Array((length >>> 1) + 1);
    const { pieces } = this;
    let count = 0;
    let i = 0;
    while (i < length) {
      let code = text.charCodeAt(i);
      if (isBreak(code)) {
        i += 1;
        continue;
      }
      // A piece starts: hashed to its end in a loop of its own, which tests a character only for a break.
      const start = i;
      let hash = FNV_OFFSET;
      do {
        hash = Math.imul(hash ^ code, FNV_PRIME);
        if (++i === length) break;
        code = text.charCodeAt(i);
      } while (!isBreak(code));
      pieces[count++] = this.lookup(text, start, i, hash);
    }
    return count;
  }

  /** Forgets every piece: numbers start from 0 again. */
  clear(): void {
    this.slots = new Int32Array(INITIAL_CAPACITY);
    this.size = 0;
    this.charactersUsed = 0;
  }

  private lookup(text: string, start: number, end: number, hash: number): number {
    const { slots, spans, characters } = this;
    const mask = slots.length - 1;
    const length = end - start;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const piece = slots[at] - 1;
      if (piece < 0) return this.insert(text, start, end, hash);
      if (spans[SPAN * piece + 2] !== hash || spans[SPAN * piece + 1] !== length) continue;
      const from = spans[SPAN * piece];
      let i = 0;
      while (i < length && characters[from + i] === text.charCodeAt(start + i)) i++;
      if (i === length) return piece;
    }
  }

  private insert(text: string, start: number, end: number, hash: number): number {
    const piece = this.size++;
    const length = end - start;
    this.spans = grown(this.spans, SPAN * this.size);
    this.characters = grown(this.characters, this.charactersUsed + length);
    this.spans[SPAN * piece] = this.charactersUsed;
    this.spans[SPAN * piece + 1] = length;
    this.spans[SPAN * piece + 2] = hash;
    for (let i = start; i < end; i++) this.characters[this.charactersUsed++] = text.charCodeAt(i);
    if (4 * this.size > 3 * this.slots.length) this.rehash(2 * this.slots.length);
    else this.place(piece);
    this.onNew(text.slice(start, end), piece);
    return piece;
  }

  /** Puts the piece in the first free slot from where its hash points. */
  private place(piece: number): void {
    const { slots } = this;
    const mask = slots.length - 1;
    let at = this.spans[SPAN * piece + 2] & mask;
    while (slots[at] !== 0) at = (at + 1) & mask;
    slots[at] = piece + 1;
  }

  private rehash(length: number): void {
    this.slots = new Int32Array(length);
    for (let piece = 0; piece < this.size; piece++) this.place(piece);
  }
}
