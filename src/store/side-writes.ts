/**
 * Records that must never hold up or replace an answer — the questions the bot could not answer,
 * each answer counted for the stats, votes on answers — written behind the reply. Each names the
 * server it came from, to which it then belongs. `record` only queues: a bounded queue in memory,
 * written in batches, each record at the time it was made. During a database outage the records
 * wait (the first batch is the trial every `retryMs`) and are written when the database returns;
 * past the bound, new records are dropped and counted, so memory stays bounded however long the
 * outage lasts.
 */
import type { Clock } from './clock';
import type { DatabaseAvailability } from './outage';
import type { RefusedRecord, TimedRecord, UserRecord } from './records';

/** The store's write that side records go through (Store.writeRecords). */
export interface SideRecordStore {
  writeRecords(records: readonly TimedRecord[]): Promise<RefusedRecord[]>;
}

export interface SideWriterOptions {
  store: SideRecordStore;
  availability: DatabaseAvailability;
  /** Stamps each record with the moment it was made, which it keeps however late it is written. */
  clock: Clock;
  /** Records kept waiting at most; past it, new ones are dropped (and counted). */
  capacity: number;
  /**
   * A small write showing the database takes writes again (a read would not show that a full
   * disk has room): the trial during an outage, at most every `retryMs`, when no record waits.
   */
  probe: () => Promise<unknown>;
  /** Told of a record the store refused for a reason other than an outage; it is dropped. */
  onRejected: (record: TimedRecord, error: unknown) => void;
}

/** The default bound: at a few hundred bytes a record, a few megabytes at most. */
export const SIDE_WRITE_CAPACITY = 10_000;
/** Records written per transaction: one commit (one fsync on SQLite) for many records. */
const BATCH = 100;

export class SideWriter {
  private readonly queue: TimedRecord[] = [];
  private draining: Promise<void> | null = null;
  private retry: NodeJS.Timeout | null = null;
  private droppedCount = 0;
  private closed = false;

  constructor(private readonly options: SideWriterOptions) {
    options.availability.onChange((change) => {
      if (change.state === 'down') this.retryLater();
      else void this.drain();
    });
  }

  /** Records waiting to be written. */
  get buffered(): number {
    return this.queue.length;
  }

  /** Records dropped since start because the queue was full. */
  get dropped(): number {
    return this.droppedCount;
  }

  /** Queues `record` and returns at once; it is written as soon as the database allows. */
  record(record: UserRecord): void {
    if (this.closed || this.queue.length >= this.options.capacity) {
      this.droppedCount += 1;
      return;
    }
    this.queue.push({ ...record, at: this.options.clock.now() });
    if (this.options.availability.state === 'up') void this.drain();
  }

  /**
   * Stops taking records and writes what is waiting, trying the database once more even during
   * an outage; gives up after `timeoutMs`. Resolves with the number of records left unsaved.
   */
  async close(timeoutMs: number): Promise<number> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    // A drain already running may stop at an outage: one forced try after it, then.
    const lastTry = (this.draining ?? Promise.resolve()).then(() => (this.queue.length > 0 ? this.drain(true) : undefined));
    await Promise.race([lastTry, deadline]).finally(() => clearTimeout(timer));
    return this.queue.length;
  }

  /** One drain at a time; `force` tries the database even during an outage. */
  private drain(force = false): Promise<void> {
    this.draining ??= this.writeWaiting(force).finally(() => {
      this.draining = null;
      if (this.options.availability.state !== 'up') this.retryLater();
    });
    return this.draining;
  }

  private async writeWaiting(force: boolean): Promise<void> {
    const { availability, store, onRejected } = this.options;
    while (this.queue.length > 0 && (force || availability.mayTry())) {
      force = false;
      const batch = this.queue.slice(0, BATCH);
      try {
        const refused = await store.writeRecords(batch);
        this.queue.splice(0, batch.length);
        availability.succeeded();
        for (const { record, error } of refused) onRejected(record, error);
      } catch (error) {
        if (availability.failed(error)) return;
        // Not the database: a bug that would fail again. The batch is dropped, and said so.
        this.queue.splice(0, batch.length);
        for (const record of batch) onRejected(record, error);
      }
    }
  }

  /** During an outage: the next trial, by a waiting record or else by the probe. */
  private retryLater(): void {
    if (this.retry || this.closed) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.queue.length > 0) void this.drain();
      else void this.probe();
    }, this.options.availability.retryMs);
    // An outage alone never keeps the process alive.
    this.retry.unref();
  }

  private async probe(): Promise<void> {
    const { availability, probe } = this.options;
    if (availability.state === 'up') return;
    if (!availability.mayTry()) {
      this.retryLater();
      return;
    }
    try {
      await probe();
      availability.succeeded();
    } catch (error) {
      availability.failed(error);
      this.retryLater();
    }
  }
}
