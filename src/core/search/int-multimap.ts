const EMPTY = -1;
const REMOVED = -2;

/**
 * Integer keys → non-negative integers, several per key, as (key, value) entries in one
 * open-addressing table of typed arrays: hundreds of thousands of entries (the fuzzy matcher's
 * deletion forms, the index's documents by the hash of their id) take about a third of the memory
 * a Map of numbers would, and fill faster. The entries of one key lie on its probe path; a removed
 * entry stays as a marker until the table is rebuilt.
 */
export class IntMultiMap {
  private keys = new Int32Array(1024);
  private values = new Int32Array(1024).fill(EMPTY);
  /** Entries held, and slots taken (entries and removal markers). */
  size = 0;
  private taken = 0;

  /** Makes room for `entries` more without growing on the way (a bulk load knows how many it brings). */
  reserve(entries: number): void {
    let capacity = this.values.length;
    while (4 * (this.taken + entries) > 3 * capacity) capacity *= 2;
    if (capacity > this.values.length) this.rebuild(capacity);
  }

  /** Adds the entry unless it is held already. */
  add(key: number, value: number): void {
    if (4 * (this.taken + 1) > 3 * this.values.length) this.rebuild(4 * this.size >= this.values.length ? 2 * this.values.length : this.values.length);
    const { keys, values } = this;
    const mask = values.length - 1;
    let free = -1;
    let at = key & mask;
    for (; values[at] !== EMPTY; at = (at + 1) & mask) {
      if (values[at] === REMOVED) {
        if (free < 0) free = at;
      } else if (keys[at] === key && values[at] === value) return;
    }
    if (free < 0) {
      free = at;
      this.taken += 1;
    }
    keys[free] = key;
    values[free] = value;
    this.size += 1;
  }

  remove(key: number, value: number): void {
    const { keys, values } = this;
    const mask = values.length - 1;
    for (let at = key & mask; values[at] !== EMPTY; at = (at + 1) & mask) {
      if (keys[at] === key && values[at] === value) {
        values[at] = REMOVED;
        this.size -= 1;
        return;
      }
    }
  }

  /** Appends the values held under `key` to `into`. */
  valuesUnder(key: number, into: number[]): void {
    const { keys, values } = this;
    const mask = values.length - 1;
    for (let at = key & mask; values[at] !== EMPTY; at = (at + 1) & mask) if (values[at] >= 0 && keys[at] === key) into.push(values[at]);
  }

  /** The entries again in `capacity` slots (a power of two), without the removal markers: twice the room when mostly full of entries, the same room otherwise. */
  private rebuild(capacity: number): void {
    const { keys, values } = this;
    this.keys = new Int32Array(capacity);
    this.values = new Int32Array(capacity).fill(EMPTY);
    this.size = 0;
    this.taken = 0;
    for (let at = 0; at < values.length; at++) if (values[at] >= 0) this.add(keys[at], values[at]);
  }
}

/** `stringKey` a character at a time: from KEY_SEED, each character `withCharacter`, then `finishKey`. */
export const KEY_SEED = 0x811c9dc5;
export const withCharacter = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);
export const finishKey = (hash: number): number => hash & 0x3fffffff;

/**
 * A string's key for an IntMultiMap: a 30-bit FNV-1a hash. Two strings that share a key only
 * share a probe path; the caller tells them apart.
 */
export function stringKey(text: string): number {
  let hash = KEY_SEED;
  for (let i = 0; i < text.length; i++) hash = withCharacter(hash, text.charCodeAt(i));
  return finishKey(hash);
}
