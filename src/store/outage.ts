/**
 * Whether the database can take work right now. A failure that means the database itself is
 * unavailable (the server unreachable, the disk full) starts an outage: it is reported once, and
 * while it lasts callers skip the database (cooldowns use memory, side writes wait in a buffer)
 * except for one trial every `retryMs`. The first success ends it, reported once. Any other error
 * (a refusal, a bug) says nothing about the database and changes nothing here.
 */
import type { Clock } from './clock';

export type DatabaseFailure = 'unreachable' | 'full';

/** Errors of the socket under a PostgreSQL connection: the server or the network is gone. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** SQLSTATEs (PostgreSQL) of a server that cannot serve: shutting down, starting, out of connections. */
const SERVER_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53300', '53400']);
/** What pg says, with no code, when a connection dies or cannot be had in time. */
const PG_CONNECTION_LOST = /Connection terminated|timeout exceeded when trying to connect|not queryable|Connection ended unexpectedly/i;
/** The code of `withDatabaseDeadline`'s timeout. */
const DATABASE_TIMEOUT = 'DATABASE_TIMEOUT';

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * 'full' for a database out of space (SQLite's SQLITE_FULL, ENOSPC, PostgreSQL's disk_full),
 * 'unreachable' for one that cannot be reached or written (a lost connection, a server shutting
 * down, an SQLite file failing its reads or writes, or locked beyond the busy timeout), and null
 * for everything else.
 */
export function databaseFailureOf(error: unknown): DatabaseFailure | null {
  const code = codeOf(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === '53100') return 'full';
  if (NETWORK_CODES.has(code) || SERVER_UNAVAILABLE.has(code) || code.startsWith('08')) return 'unreachable';
  if (/^SQLITE_(IOERR|CANTOPEN|READONLY|BUSY|LOCKED|PROTOCOL)/.test(code)) return 'unreachable';
  if (code === 'ISNAD_DATABASE_SERVER' || code === DATABASE_TIMEOUT) return 'unreachable';
  // Node reports a refused connection to a host with several addresses as an AggregateError.
  if (error instanceof AggregateError) return error.errors.map(databaseFailureOf).find((failure) => failure !== null) ?? null;
  return error instanceof Error && codeOf(error) === '' && PG_CONNECTION_LOST.test(error.message) ? 'unreachable' : null;
}

/** The database did not answer within `ms`: for a caller that cannot wait, that is an outage too. */
export function withDatabaseDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`the database did not answer within ${ms} ms`), { code: DATABASE_TIMEOUT })), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export type AvailabilityChange = { state: 'down'; failure: DatabaseFailure; error: unknown } | { state: 'up'; failure: DatabaseFailure; downForMs: number };

export type AvailabilityListener = (change: AvailabilityChange) => void;

interface Outage {
  failure: DatabaseFailure;
  since: number;
  nextTrialAt: number;
}

export class DatabaseAvailability {
  private outage: Outage | null = null;
  private readonly listeners = new Set<AvailabilityListener>();

  /** `retryMs`: during an outage, how often one caller may try the database again. */
  constructor(
    private readonly clock: Clock,
    readonly retryMs: number,
  ) {}

  /** Calls `listener` once when an outage starts and once when it ends. */
  onChange(listener: AvailabilityListener): void {
    this.listeners.add(listener);
  }

  /** 'up', or why the database is down. */
  get state(): 'up' | DatabaseFailure {
    return this.outage?.failure ?? 'up';
  }

  /**
   * True when the caller should use the database: always while it is up; during an outage, for
   * the first caller after each `retryMs` (its attempt is the trial that may end the outage).
   */
  mayTry(): boolean {
    if (!this.outage) return true;
    const now = this.clock.now();
    if (now < this.outage.nextTrialAt) return false;
    this.outage.nextTrialAt = now + this.retryMs;
    return true;
  }

  /** Judges a failed database call; returns the failure when it was the database being unavailable. */
  failed(error: unknown): DatabaseFailure | null {
    const failure = databaseFailureOf(error);
    if (failure === null) return null;
    if (this.outage) {
      this.outage.failure = failure;
      return failure;
    }
    const now = this.clock.now();
    this.outage = { failure, since: now, nextTrialAt: now + this.retryMs };
    this.announce({ state: 'down', failure, error });
    return failure;
  }

  /** A database call succeeded: an outage, if there was one, is over. */
  succeeded(): void {
    if (!this.outage) return;
    const { failure, since } = this.outage;
    this.outage = null;
    this.announce({ state: 'up', failure, downForMs: this.clock.now() - since });
  }

  private announce(change: AvailabilityChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
