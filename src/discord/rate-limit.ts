/**
 * A per-key token bucket, in memory: each key may act `burst` times at once and `perSecond` times
 * a second after that. It remembers at most `maxKeys` keys (the least recently seen go first), so
 * a flood of new ids costs bounded memory; a forgotten key simply starts with a full bucket.
 */
export interface RateLimit {
  burst: number;
  perSecond: number;
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxKeys: number;

  constructor(
    private readonly limit: RateLimit,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.maxKeys = limit.maxKeys ?? 10_000;
  }

  /** True when `key` may act now (and counts it); false when it must wait. */
  take(key: string): boolean {
    const now = this.clock();
    const held = this.buckets.get(key);
    const bucket = held ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond);
    bucket.at = now;
    // Re-inserted, so the Map's order is least recently seen first.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
