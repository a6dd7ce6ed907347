/**
 * A per-user cooldown between questions, so one person cannot flood a channel through the bot.
 * It also remembers whether the person was already told, so the notice itself is not spam.
 */
export class Cooldown {
  private readonly until = new Map<string, { until: number; warned: boolean }>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * 0 when the user may ask now (and starts their cooldown); otherwise the seconds left, and
   * whether this is the first refusal in this window (only that one deserves a notice).
   */
  take(userId: string): { wait: number; firstRefusal: boolean } {
    if (this.seconds <= 0) return { wait: 0, firstRefusal: false };
    const now = this.now();
    const entry = this.until.get(userId);
    if (entry && entry.until > now) {
      const firstRefusal = !entry.warned;
      entry.warned = true;
      return { wait: Math.ceil((entry.until - now) / 1000), firstRefusal };
    }
    this.until.set(userId, { until: now + this.seconds * 1000, warned: false });
    if (this.until.size > 10_000) this.forgetExpired(now);
    return { wait: 0, firstRefusal: false };
  }

  private forgetExpired(now: number): void {
    for (const [userId, entry] of this.until) if (entry.until <= now) this.until.delete(userId);
  }
}
