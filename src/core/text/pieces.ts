/**
 * Text read piece by piece, a piece being what lies between spaces and line breaks, and a table
 * that numbers each distinct piece and remembers what it was read as. Building the index reads
 * millions of word occurrences but only thousands of distinct pieces: the table is probed with a
 * hash computed in the same pass that finds the piece, and the piece is compared in place with
 * the characters the table keeps in one flat array, so a piece seen before costs neither a new
 * string nor a pointer to chase: a read touches typed arrays only.
 */

/** Characters that end a piece: spaces and line breaks (cleanText turns them all into spaces). */
function isBreak(code: number): boolean {
  if (code > 0x20) return code === 0x2028 || code === 0x2029;
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const INITIAL_CAPACITY = 1024;
const EMPTY = -1;

function grown<T extends Int32Array | Uint16Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/**
 * Distinct pieces, numbered 0, 1, 2… in the order first met, and what each reads as (`read`,
 * called once per distinct piece). Open addressing over typed arrays. Past `limit` pieces the
 * table starts afresh before the next text (questions can bring any number of new pieces), and
 * `generation` counts how often: numbers from an older generation mean nothing.
 */
export class PieceTable<T> {
  /** Hash table: slot → piece number (EMPTY when free), and the piece's hash. */
  private slots = new Int32Array(INITIAL_CAPACITY).fill(EMPTY);
  private slotHashes = new Int32Array(INITIAL_CAPACITY);
  /** Piece number → where its characters start in `characters`, how many there are, its hash. */
  private starts = new Int32Array(INITIAL_CAPACITY);
  private lengths = new Int32Array(INITIAL_CAPACITY);
  private hashes = new Int32Array(INITIAL_CAPACITY);
  private characters = new Uint16Array(INITIAL_CAPACITY * 8);
  private charactersUsed = 0;
  private values: T[] = [];
  /** The pieces of the text last read, by number: the first `readPieces(…)` of them. */
  pieces = new Int32Array(64);
  generation = 0;

  constructor(
    private readonly read: (piece: string) => T,
    private readonly limit: number,
  ) {}

  /** How many distinct pieces the table holds. */
  get size(): number {
    return this.values.length;
  }

  /** What the piece numbered `piece` reads as. */
  value(piece: number): T {
    return this.values[piece];
  }

  /**
   * Reads `text` into `pieces` (their numbers, in order) in one pass and returns how many there
   * are. Every number it hands out stays valid until the next call.
   */
  readPieces(text: string): number {
    if (this.values.length >= this.limit) this.clear();
    const length = text.length;
    // A text has at most one piece for every two characters (a piece and its break).
    if (this.pieces.length <= length >>> 1) this.pieces = new Int32Array((length >>> 1) + 1);
    const { pieces } = this;
    let count = 0;
    let start = -1;
    let hash = FNV_OFFSET;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (isBreak(code)) {
        if (start >= 0) pieces[count++] = this.lookup(text, start, i, hash);
        start = -1;
      } else {
        if (start < 0) {
          start = i;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
      }
    }
    if (start >= 0) pieces[count++] = this.lookup(text, start, length, hash);
    return count;
  }

  private lookup(text: string, start: number, end: number, hash: number): number {
    const { slots, slotHashes, starts, lengths, characters } = this;
    const mask = slots.length - 1;
    const length = end - start;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const piece = slots[at];
      if (piece === EMPTY) return this.insert(text, start, end, hash);
      if (slotHashes[at] !== hash || lengths[piece] !== length) continue;
      const from = starts[piece];
      let i = 0;
      while (i < length && characters[from + i] === text.charCodeAt(start + i)) i++;
      if (i === length) return piece;
    }
  }

  private insert(text: string, start: number, end: number, hash: number): number {
    const piece = this.values.length;
    const length = end - start;
    this.values.push(this.read(text.slice(start, end)));
    this.starts = grown(this.starts, piece + 1);
    this.lengths = grown(this.lengths, piece + 1);
    this.hashes = grown(this.hashes, piece + 1);
    this.characters = grown(this.characters, this.charactersUsed + length);
    this.starts[piece] = this.charactersUsed;
    this.lengths[piece] = length;
    this.hashes[piece] = hash;
    for (let i = start; i < end; i++) this.characters[this.charactersUsed++] = text.charCodeAt(i);
    if (2 * (piece + 1) > this.slots.length) this.rehash(2 * this.slots.length);
    else this.place(piece);
    return piece;
  }

  /** Puts the piece in the first free slot from where its hash points. */
  private place(piece: number): void {
    const { slots } = this;
    const mask = slots.length - 1;
    let at = this.hashes[piece] & mask;
    while (slots[at] !== EMPTY) at = (at + 1) & mask;
    slots[at] = piece;
    this.slotHashes[at] = this.hashes[piece];
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity).fill(EMPTY);
    this.slotHashes = new Int32Array(capacity);
    for (let piece = 0; piece < this.values.length; piece++) this.place(piece);
  }

  private clear(): void {
    this.slots = new Int32Array(INITIAL_CAPACITY).fill(EMPTY);
    this.slotHashes = new Int32Array(INITIAL_CAPACITY);
    this.values = [];
    this.charactersUsed = 0;
    this.generation += 1;
  }
}
