/**
 * The store's sense of time, passed in so tests can move it (cooldown windows, retention ages)
 * instead of sleeping through them.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch, as `Date.now()` gives them. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
