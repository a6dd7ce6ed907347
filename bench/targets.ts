/**
 * What Isnad is expected to reach (issue 11's targets, and the earlier ones still standing);
 * each is printed beside its figure, and in the closing Targets table.
 */

/** Isnad's p99 per question, in ms, by knowledge-base size. */
export const P99_TARGET_MS = new Map([
  [10_000, 2],
  [100_000, 5],
  [1_000_000, 20],
]);

/** Building the engine (index included) from facts already in memory, in ms. */
export const BUILD_TARGET_MS = new Map([
  [100_000, 1_000],
  [1_000_000, 15_000],
]);

/** What building the index adds to memory (heap + array buffers), in MB. */
export const INDEX_TARGET_MB = new Map([[100_000, 60]]);

/** Resident set size of the process once built, in MB. */
export const RSS_TARGET_MB = new Map([[1_000_000, 1_536]]);

/** Share of planted questions whose fact is among the first RECALL_DEPTH results, at any size. */
export const RECALL_TARGET = 0.97;
/** …and of typo questions, at any size of 100,000 facts or more. */
export const TYPO_RECALL_TARGET = 0.98;
export const RECALL_DEPTH = 10;

/** From adding a fact to its being the answer, in ms. */
export const LIVE_TARGET_MS = 100;

/** From adding a fact to another process (a second shard) holding it, in ms. */
export const PROPAGATION_TARGET_MS = 1_000;

/** /ask dispatch-to-reply p99 through the fake Discord, in ms. */
export const DISCORD_P99_TARGET_MS = 50;

/** The bot with this many facts in SQLite: process start → ready, and its resident set once ready. */
export const START_FACTS = 100_000;
export const START_TARGET_MS = 3_000;
export const START_RSS_TARGET_MB = 250;
