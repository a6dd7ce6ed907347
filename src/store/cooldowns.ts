/**
 * The per-user cooldown between questions as the bot takes it: from the database, so it holds
 * across shards, or from this process's memory while the database is down or slow to answer, so
 * a question is never failed or held up because the cooldown could not be read. Windows started
 * in memory are honoured after the database returns, until they end. A window holds in every
 * server; each server where the user is refused gets its own first notice.
 */
import type { Clock } from './clock';
import { type DatabaseAvailability, withDatabaseDeadline } from './outage';
import type { CooldownTurn } from './records';
import { NO_GUILD } from './types';

/** How long a question waits for the database's cooldown before using memory instead. */
export const COOLDOWN_DATABASE_WAIT_MS = 1000;
/** Memory is swept of ended windows when it holds more than this, and then twice what remains. */
const FIRST_SWEEP_SIZE = 1000;

interface Window {
  untilMs: number;
  refusals: number;
  /** The server of the last refusal ('' for a direct message). */
  refusedIn: string;
}

export interface CooldownStore {
  takeCooldown(userId: string, seconds: number, guildId?: string): Promise<CooldownTurn>;
}

export class Cooldowns {
  private readonly memory = new Map<string, Window>();
  private sweepAt = FIRST_SWEEP_SIZE;

  constructor(
    private readonly store: CooldownStore,
    private readonly availability: DatabaseAvailability,
    private readonly clock: Clock,
    /** Told of a failure that is not an outage (a bug): the turn is then taken in memory. */
    private readonly onError: (error: unknown) => void,
  ) {}

  /** 0 when the user may ask now, in server `guildId` (starting a window of `seconds`); else the seconds left. */
  async take(userId: string, seconds: number, guildId: string = NO_GUILD): Promise<CooldownTurn> {
    if (seconds <= 0) return { wait: 0, firstRefusal: false };
    const remembered = this.memory.get(userId);
    if (remembered && remembered.untilMs > this.clock.now()) return this.refuse(remembered, guildId);
    if (this.availability.mayTry()) {
      try {
        const turn = await withDatabaseDeadline(this.store.takeCooldown(userId, seconds, guildId), COOLDOWN_DATABASE_WAIT_MS);
        this.availability.succeeded();
        return turn;
      } catch (error) {
        if (!this.availability.failed(error)) this.onError(error);
      }
    }
    return this.takeInMemory(userId, seconds, guildId);
  }

  private refuse(window: Window, guildId: string): CooldownTurn {
    window.refusals = window.refusedIn === guildId ? window.refusals + 1 : 1;
    window.refusedIn = guildId;
    return { wait: Math.ceil((window.untilMs - this.clock.now()) / 1000), firstRefusal: window.refusals === 1 };
  }

  private takeInMemory(userId: string, seconds: number, guildId: string): CooldownTurn {
    const now = this.clock.now();
    const window = this.memory.get(userId);
    if (window && window.untilMs > now) return this.refuse(window, guildId);
    this.memory.set(userId, { untilMs: now + seconds * 1000, refusals: 0, refusedIn: '' });
    if (this.memory.size > this.sweepAt) {
      for (const [id, { untilMs }] of this.memory) if (untilMs <= now) this.memory.delete(id);
      this.sweepAt = Math.max(FIRST_SWEEP_SIZE, 2 * this.memory.size);
    }
    return { wait: 0, firstRefusal: false };
  }
}
