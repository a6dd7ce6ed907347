/**
 * The store's sense of time, passed in so tests can move it (cooldown windows, retention ages)
 * instead of sleeping through them.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch, as `Date.now()` gives them. */
  now(): number;
}

let latest = 0;

/**
 * The wall clock, except that it never gives one millisecond twice in a process: records written
 * back to back still have an order, so "the latest" is always one of them.
 */
export const systemClock: Clock = { now: () => (latest = Math.max(Date.now(), latest + 1)) };
