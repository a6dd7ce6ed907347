/**
 * Which server may be told of which fact. A fact is shared (scope 0) or a server's own (that
 * server's scope code, 1, 2, …, kept beside the fact in the index so the ranker checks a number,
 * not a map, per candidate); a server may also hide shared facts for itself. One index serves
 * every server: the filter made here leaves out, before a fact competes, what the asker may not see.
 */
import type { RankRequest } from './rank';

/** Which facts (by index slot) an asker may be answered from. */
export type SlotFilter = NonNullable<RankRequest['accept']>;

/** What the filter reads of the index: each slot's scope code and fact id. */
export interface ScopedSlots {
  readonly scopes: ArrayLike<number>;
  idAt(slot: number): string;
}

export class ServerScopes {
  /** A server's own facts: fact id → server. Facts not here are shared. */
  private readonly guildOf = new Map<string, string>();
  /** Each server that has facts of its own → the scope code its facts carry in the index. */
  private readonly scopeCodes = new Map<string, number>();
  /** Each server → the shared facts it hid for itself. */
  private readonly hiddenIn = new Map<string, Set<string>>();

  /** The server whose own fact `id` is; undefined when it is shared. */
  ownerOf(id: string): string | undefined {
    return this.guildOf.get(id);
  }

  /** Records whose fact `id` is (null: shared) and returns the scope code the index keeps for it. */
  assign(id: string, guildId: string | null): number {
    if (guildId === null) {
      this.guildOf.delete(id);
      return 0;
    }
    this.guildOf.set(id, guildId);
    let code = this.scopeCodes.get(guildId);
    if (code === undefined) this.scopeCodes.set(guildId, (code = this.scopeCodes.size + 1));
    return code;
  }

  forget(id: string): void {
    this.guildOf.delete(id);
  }

  /** Whether an asker in `guildId` (null: a direct message) may be told of the fact `id`. */
  isVisible(id: string, guildId: string | null): boolean {
    const owner = this.guildOf.get(id);
    if (owner !== undefined) return owner === guildId;
    return guildId === null || !this.hiddenIn.get(guildId)?.has(id);
  }

  /** A server hides a shared fact for itself (or shows it again); other servers are unaffected. */
  setHidden(id: string, guildId: string, hidden: boolean): void {
    let ids = this.hiddenIn.get(guildId);
    if (hidden) {
      if (!ids) this.hiddenIn.set(guildId, (ids = new Set()));
      ids.add(id);
    } else if (ids?.delete(id) && ids.size === 0) {
      this.hiddenIn.delete(guildId);
    }
  }

  /**
   * The ranker's filter for an asker: shared slots (less those the server hid) and the server's
   * own. None at all while no server has a fact of its own or hid one: nothing to leave out.
   */
  filterFor(guildId: string | null, slots: ScopedSlots): SlotFilter | undefined {
    const hidden = guildId === null ? undefined : this.hiddenIn.get(guildId);
    if (this.guildOf.size === 0 && hidden === undefined) return undefined;
    const scopes = slots.scopes;
    const own = (guildId === null ? undefined : this.scopeCodes.get(guildId)) ?? -1;
    if (hidden === undefined) return (slot) => scopes[slot] === 0 || scopes[slot] === own;
    return (slot) => (scopes[slot] === 0 ? !hidden.has(slots.idAt(slot)) : scopes[slot] === own);
  }
}
