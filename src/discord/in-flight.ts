/**
 * The handlers still running, so a shutdown can let them finish: every event the bot took in is
 * answered before the process exits, within a bound.
 */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  get size(): number {
    return this.running.size;
  }

  track(work: Promise<unknown>): void {
    const settled = work.catch(() => undefined).finally(() => this.running.delete(settled));
    this.running.add(settled);
  }

  /**
   * Resolves once every handler (including any started meanwhile) has finished, or after
   * `timeoutMs`, with the number still running then.
   */
  async finished(timeoutMs: number): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        timedOut = true;
        resolve();
      }, timeoutMs);
    });
    while (this.running.size > 0 && !timedOut) await Promise.race([Promise.all(this.running), deadline]);
    clearTimeout(timer);
    return this.running.size;
  }
}
