/**
 * What Isnad is expected to reach, and what the naive build measured before this benchmark
 * existed; both are printed beside the figures.
 */

/** Isnad's p99 per question, in ms, by knowledge-base size. */
export const P99_TARGET_MS = new Map([
  [10_000, 2],
  [100_000, 20],
]);

/** Heap after building, in MB, by knowledge-base size. */
export const HEAP_TARGET_MB = new Map([[100_000, 300]]);

/** Share of planted questions whose fact is among the first RECALL_DEPTH results, at any size. */
export const RECALL_TARGET = 0.97;
export const RECALL_DEPTH = 10;

/** From adding a fact to its being the answer, in ms. */
export const LIVE_TARGET_MS = 100;

/** /ask dispatch-to-reply p99 through the fake Discord, in ms. */
export const DISCORD_P99_TARGET_MS = 50;

/** The naive fuse.js build as measured earlier, in ms, by knowledge-base size. */
export const FUSE_EARLIER: ReadonlyMap<number, { p50: number; p99?: number }> = new Map([
  [1_000, { p50: 190 }],
  [10_000, { p50: 1_800, p99: 8_000 }],
]);
