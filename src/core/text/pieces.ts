/**
 * Text read piece by piece, a piece being what lies between spaces and line breaks, and a table
 * that remembers what each distinct piece was read as. Building the index reads millions of word
 * occurrences but only thousands of distinct pieces: the table is probed with a hash computed in
 * the same pass that finds the piece, and compared in place, so a piece seen before costs neither
 * a new string nor a second look at its characters.
 */

/** Characters that end a piece: spaces and line breaks (cleanText turns them all into spaces). */
export function isBreak(code: number): boolean {
  if (code > 0x20) return code === 0x2028 || code === 0x2029;
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const INITIAL_CAPACITY = 1024;

/**
 * Distinct pieces → what they were read as (`read`, called once per distinct piece). Open
 * addressing over parallel arrays; past `limit` entries it starts afresh, since questions can
 * bring any number of new pieces.
 */
export class PieceTable<T> {
  private keys: (string | undefined)[] = new Array<string | undefined>(INITIAL_CAPACITY);
  private values: (T | undefined)[] = new Array<T | undefined>(INITIAL_CAPACITY);
  private hashes = new Int32Array(INITIAL_CAPACITY);
  private count = 0;

  constructor(
    private readonly read: (piece: string) => T,
    private readonly limit: number,
  ) {}

  get size(): number {
    return this.count;
  }

  /** Calls `each` with what every piece of `text` reads as, in order, in one pass. */
  forEachPiece(text: string, each: (reading: T) => void): void {
    let start = -1;
    let hash = FNV_OFFSET;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (isBreak(code)) {
        if (start >= 0) each(this.lookup(text, start, i, hash));
        start = -1;
      } else {
        if (start < 0) {
          start = i;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
      }
    }
    if (start >= 0) each(this.lookup(text, start, text.length, hash));
  }

  private lookup(text: string, start: number, end: number, hash: number): T {
    const mask = this.keys.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const key = this.keys[at];
      if (key === undefined) return this.insert(at, text.slice(start, end), hash);
      if (this.hashes[at] === hash && sameText(key, text, start, end)) return this.values[at] as T;
    }
  }

  private insert(at: number, piece: string, hash: number): T {
    const value = this.read(piece);
    if (this.count >= this.limit) this.reset(INITIAL_CAPACITY);
    else if (2 * (this.count + 1) > this.keys.length) this.reset(2 * this.keys.length);
    else {
      this.place(at, piece, hash, value);
      return value;
    }
    // The table changed shape: find the free place again.
    const mask = this.keys.length - 1;
    let free = hash & mask;
    while (this.keys[free] !== undefined) free = (free + 1) & mask;
    this.place(free, piece, hash, value);
    return value;
  }

  private place(at: number, piece: string, hash: number, value: T): void {
    this.keys[at] = piece;
    this.values[at] = value;
    this.hashes[at] = hash;
    this.count += 1;
  }

  /** A table of `capacity`, holding the old entries again unless the limit was reached. */
  private reset(capacity: number): void {
    const { keys, values, hashes } = this;
    const keep = this.count < this.limit;
    this.keys = new Array<string | undefined>(capacity);
    this.values = new Array<T | undefined>(capacity);
    this.hashes = new Int32Array(capacity);
    this.count = 0;
    if (!keep) return;
    const mask = capacity - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === undefined) continue;
      let at = hashes[i] & mask;
      while (this.keys[at] !== undefined) at = (at + 1) & mask;
      this.place(at, key, hashes[i], values[i] as T);
    }
  }
}

function sameText(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
