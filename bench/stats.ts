/** Timing and memory measurements, and the figures drawn from them. */

/** Milliseconds since an arbitrary origin, with sub-millisecond resolution. */
export const now = (): number => performance.now();

/** Runs `work` and returns its result with how long it took, in milliseconds. */
export function timed<T>(work: () => T): [T, number] {
  const start = now();
  const result = work();
  return [result, now() - start];
}

/**
 * Memory in use after a full garbage collection, in MB: the V8 heap, the buffers behind typed
 * arrays (where the index keeps its postings), and the resident set. Needs node's --expose-gc;
 * without it the figures would count garbage, so it is refused rather than reported wrong.
 */
export function memoryMb(): { heap: number; arrayBuffers: number; rss: number } {
  if (!global.gc) throw new Error('memoryMb needs node --expose-gc');
  global.gc();
  global.gc();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed / 2 ** 20, arrayBuffers: usage.arrayBuffers / 2 ** 20, rss: usage.rss / 2 ** 20 };
}

/** The value below which `share` (0–1) of `values` lie (nearest rank); NaN when there are none. */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

export const median = (values: readonly number[]): number => percentile(values, 0.5);

/** Rounds for display and JSON: figures are not precise beyond this. */
export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
