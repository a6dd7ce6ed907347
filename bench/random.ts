/**
 * A seeded pseudo-random generator, so every run (and every worker process) builds the very same
 * facts and questions from the same seed: figures from two runs differ by the machine, not the data.
 */

/** A source of numbers in [0, 1), like Math.random. */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough to pick words; not for anything secret. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both included. */
export function integer(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** True with probability `chance`. */
export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

/** Mandelbrot's correction to Zipf's law: it flattens the head, as in real text. */
const ZIPF_OFFSET = 2.7;

/**
 * Draws ranks 0…size-1 as words occur in text (Zipf–Mandelbrot: rank r has weight
 * 1/(r + 2.7)): a few words are in many facts, most words in few. The table is built once.
 */
export function zipf(size: number): (random: Random) => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = total += 1 / (rank + ZIPF_OFFSET);
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}
