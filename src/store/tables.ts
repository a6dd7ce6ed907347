/**
 * The store's SQL: rows in and out of the database, in statements both backends accept. Nothing
 * here validates or decides; the Store's writers and the seeding do that, then write through
 * these, always inside a transaction they opened. Row types and their mappers are in rows.ts;
 * the community records' statements in record-tables.ts.
 */
import type { Fact, Source } from '../core/types';
import { canonicalSource, sourceJson } from './content';
import { inScope, RecordTables } from './record-tables';
import {
  ACTIVE_ENGINE_FACTS,
  type EngineFactRow,
  engineFactFromRow,
  factFromRow,
  type FactRow,
  revisionFromRow,
  type RevisionRow,
  sourceFromRow,
  type SourceRow,
} from './rows';
import { firstRow, type SqlExecutor, type SqlValue } from './sql';
import type { Actor, FactState, FactStatus, Origin, Revision, RevisionAction, StoredFact, View, RecordScope } from './types';

export interface SeededRecord<T> {
  record: T;
  /** JSON of the content the seed files last gave it; null for a moderator's record. */
  seeded: string | null;
}

export interface FactQuery {
  status?: FactStatus | 'all';
  offset?: number;
  limit?: number;
  /** The view to read in (see View); every fact of every server when absent. */
  view?: View;
  /** In the order added (the default), or most not-helpful votes first, counting the votes cast in `votes`. */
  order?: FactOrder;
  votes?: RecordScope;
}

/** In the order added (the default), or the facts with most not-helpful votes first. */
export type FactOrder = 'added' | 'not-helpful';

/** `LIMIT` without a bound, written the same way in both dialects. */
const ALL_ROWS = Number.MAX_SAFE_INTEGER;

/**
 * The facts a view holds, as SQL over `facts f`: every fact (no view), the shared facts (null),
 * or a server's (the shared ones, marked `hidden` where it hid them, and its own).
 */
function factsInView(view: View | undefined, status: FactStatus | 'all' = 'all'): { sql: string; params: SqlValue[] } {
  if (typeof view !== 'string') {
    const byStatus = status === 'all' ? '' : ` AND f.status = '${status}'`;
    return { sql: `FROM facts f WHERE ${view === null ? 'f.guild_id IS NULL' : '1 = 1'}${byStatus}`, params: [] };
  }
  const byStatus = { all: '', active: " AND f.status = 'active' AND h.fact_id IS NULL", removed: " AND (f.status = 'removed' OR h.fact_id IS NOT NULL)" }[
    status
  ];
  return {
    sql: `FROM facts f LEFT JOIN hidden_facts h ON h.fact_id = f.id AND h.guild_id = ? WHERE (f.guild_id IS NULL OR f.guild_id = ?)${byStatus}`,
    params: [view, view],
  };
}

/** The columns of `facts f`, with `hidden` when the view can hide. */
function factColumns(view: View | undefined): string {
  return typeof view === 'string' ? 'f.*, h.fact_id IS NOT NULL AS hidden' : 'f.*';
}

/** The store's statements, run on the connection or the transaction it is given. */
export class Tables {
  /** The community records' statements: suggestions, unanswered questions, feedback, answers, cooldowns. */
  readonly records: RecordTables;

  constructor(private readonly sql: SqlExecutor) {
    this.records = new RecordTables(sql);
  }

  async meta(key: string): Promise<string | undefined> {
    return (await firstRow<{ value: string }>(this.sql, 'SELECT value FROM meta WHERE key = ?', [key]))?.value;
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.sql.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  /** The fact, as seen in `view` (any fact when absent); undefined when that view does not hold it. */
  async fact(id: string, view?: View): Promise<SeededRecord<StoredFact> | undefined> {
    const { sql, params } = factsInView(view);
    const row = await firstRow<FactRow>(this.sql, `SELECT ${factColumns(view)} ${sql} AND f.id = ?`, [...params, id]);
    return row && { record: factFromRow(row), seeded: row.seeded };
  }

  async factExists(id: string): Promise<boolean> {
    return (await firstRow(this.sql, 'SELECT 1 AS found FROM facts WHERE id = ?', [id])) !== undefined;
  }

  async facts({ status = 'active', offset = 0, limit = ALL_ROWS, view, order = 'added', votes }: FactQuery): Promise<StoredFact[]> {
    const { sql, params } = factsInView(view, status);
    const voters = inScope(votes);
    const orderBy = order === 'not-helpful' ? `(SELECT count(*) FROM feedback WHERE fact_id = f.id AND helpful = 0${voters.sql}) DESC, f.rowid` : 'f.rowid';
    const rows = await this.sql.query<FactRow>(`SELECT ${factColumns(view)} ${sql} ORDER BY ${orderBy} LIMIT ? OFFSET ?`, [
      ...params,
      ...(order === 'not-helpful' ? voters.params : []),
      limit,
      offset,
    ]);
    return rows.map(factFromRow);
  }

  /**
   * Every active fact with what the engine indexes and nothing else (no bookkeeping columns, not
   * the seeded copy of its content), in the order added, and its server (null: shared). What an
   * engine is built from: at 100,000 facts, reading all columns took several times as long.
   */
  async activeFactsForEngine(): Promise<{ fact: Fact; guildId: string | null }[]> {
    const rows = await this.sql.query<EngineFactRow>(ACTIVE_ENGINE_FACTS);
    return rows.map(engineFactFromRow);
  }

  async countFacts(status: FactStatus | 'all', view?: View): Promise<number> {
    const { sql, params } = factsInView(view, status);
    return (await firstRow<{ n: number }>(this.sql, `SELECT count(*) AS n ${sql}`, params))?.n ?? 0;
  }

  /** `guildId`: the server whose own fact it is; null for the shared knowledge. */
  async insertFact(fact: Fact, origin: Origin, seeded: string | null, actor: Actor, at: string, guildId: string | null = null): Promise<void> {
    await this.sql.run(
      `INSERT INTO facts (id, en, ar, source_id, paragraph, aliases, status, origin, seeded,
         created_by_id, created_by_name, created_at, updated_by_id, updated_by_name, updated_at, guild_id)
       VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        fact.id,
        fact.en,
        fact.ar,
        fact.sourceId,
        fact.paragraph,
        JSON.stringify(fact.aliases),
        origin,
        seeded,
        actor.id,
        actor.name,
        at,
        actor.id,
        actor.name,
        at,
        guildId,
      ],
    );
  }

  /** Hides a shared fact in one server's view, or shows it there again. */
  async setHidden(guildId: string, factId: string, hidden: boolean): Promise<void> {
    if (hidden) await this.sql.run('INSERT INTO hidden_facts (guild_id, fact_id) VALUES (?, ?) ON CONFLICT DO NOTHING', [guildId, factId]);
    else await this.sql.run('DELETE FROM hidden_facts WHERE guild_id = ? AND fact_id = ?', [guildId, factId]);
  }

  /** Every shared fact some server hid, with the server. */
  async hiddenFacts(): Promise<{ guildId: string; factId: string }[]> {
    const rows = await this.sql.query<{ guild_id: string; fact_id: string }>('SELECT guild_id, fact_id FROM hidden_facts ORDER BY guild_id, fact_id');
    return rows.map((row) => ({ guildId: row.guild_id, factId: row.fact_id }));
  }

  async updateFact(fact: Fact, status: FactStatus, actor: Actor, at: string): Promise<void> {
    await this.sql.run(
      `UPDATE facts SET en = ?, ar = ?, source_id = ?, paragraph = ?, aliases = ?, status = ?,
         updated_by_id = ?, updated_by_name = ?, updated_at = ? WHERE id = ?`,
      [fact.en, fact.ar, fact.sourceId, fact.paragraph, JSON.stringify(fact.aliases), status, actor.id, actor.name, at, fact.id],
    );
  }

  async setFactSeeded(id: string, seeded: string): Promise<void> {
    await this.sql.run('UPDATE facts SET seeded = ? WHERE id = ?', [seeded, id]);
  }

  async source(id: string): Promise<SeededRecord<Source> | undefined> {
    const row = await firstRow<SourceRow>(this.sql, 'SELECT * FROM sources WHERE id = ?', [id]);
    return row && { record: sourceFromRow(row), seeded: row.seeded };
  }

  async sourceByUrl(url: string): Promise<Source | undefined> {
    const row = await firstRow<SourceRow>(this.sql, 'SELECT * FROM sources WHERE url = ?', [url]);
    return row && sourceFromRow(row);
  }

  /** Seed sources first (the report leads), then moderators' sources in the order added. */
  async sources(): Promise<Source[]> {
    return (await this.sql.query<SourceRow>("SELECT * FROM sources ORDER BY origin <> 'seed', rowid")).map(sourceFromRow);
  }

  /** The source a fact cites when none is named: the first one in data/. */
  async defaultSourceId(): Promise<string | undefined> {
    return (await firstRow<{ id: string }>(this.sql, "SELECT id FROM sources WHERE origin = 'seed' ORDER BY rowid LIMIT 1", []))?.id;
  }

  /** Moderators' sources that the view's active facts cite: what an export must carry along. */
  async citedModeratorSources(view?: View): Promise<Source[]> {
    const { sql, params } = factsInView(view, 'active');
    const rows = await this.sql.query<SourceRow>(`SELECT * FROM sources WHERE origin = 'moderator' AND id IN (SELECT f.source_id ${sql})`, params);
    return rows.map(sourceFromRow);
  }

  private sourceValues(source: Source): SqlValue[] {
    const canonical = canonicalSource(source);
    return [
      canonical.title.en,
      canonical.title.ar,
      canonical.outlet?.en ?? null,
      canonical.outlet?.ar ?? null,
      canonical.url,
      JSON.stringify(canonical.sections),
      JSON.stringify(canonical.paragraphs),
    ];
  }

  async insertSource(source: Source, origin: Origin, seeded: string | null, actor: Actor, at: string): Promise<void> {
    await this.sql.run(
      `INSERT INTO sources (id, title_en, title_ar, outlet_en, outlet_ar, url, sections, paragraphs, origin, seeded,
         created_by_id, created_by_name, created_at, updated_by_id, updated_by_name, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [source.id, ...this.sourceValues(source), origin, seeded, actor.id, actor.name, at, actor.id, actor.name, at],
    );
  }

  async updateSource(source: Source, actor: Actor, at: string): Promise<void> {
    await this.sql.run(
      `UPDATE sources SET title_en = ?, title_ar = ?, outlet_en = ?, outlet_ar = ?, url = ?, sections = ?, paragraphs = ?,
         updated_by_id = ?, updated_by_name = ?, updated_at = ? WHERE id = ?`,
      [...this.sourceValues(source), actor.id, actor.name, at, source.id],
    );
  }

  async setSourceSeeded(id: string, seeded: string): Promise<void> {
    await this.sql.run('UPDATE sources SET seeded = ? WHERE id = ?', [seeded, id]);
  }

  /** `change.guildId`: the server whose view changed (absent or null: the shared knowledge). */
  async insertFactRevision(
    factId: string,
    change: { action: RevisionAction; actor: Actor; at: string; reason: string | null; before: FactState | null; after: FactState; guildId?: string | null },
  ): Promise<void> {
    await this.sql.run(
      `INSERT INTO revisions (fact_id, action, actor_id, actor_name, at, reason, before, after, guild_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        factId,
        change.action,
        change.actor.id,
        change.actor.name,
        change.at,
        change.reason,
        change.before && JSON.stringify(change.before),
        JSON.stringify(change.after),
        change.guildId ?? null,
      ],
    );
  }

  async insertSourceRevision(
    sourceId: string,
    change: { action: 'add' | 'edit'; actor: Actor; at: string; reason: string | null; before: Source | null; after: Source },
  ): Promise<void> {
    await this.sql.run(
      `INSERT INTO revisions (source_id, action, actor_id, actor_name, at, reason, before, after)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        sourceId,
        change.action,
        change.actor.id,
        change.actor.name,
        change.at,
        change.reason,
        change.before && sourceJson(change.before),
        sourceJson(change.after),
      ],
    );
  }

  /** The fact's revisions a view shows: the shared ones, and a server's own; every one when absent. */
  async factRevisions(factId: string, view?: View): Promise<Revision[]> {
    const [where, params]: [string, SqlValue[]] =
      view === undefined ? ['', []] : view === null ? [' AND guild_id IS NULL', []] : [' AND (guild_id IS NULL OR guild_id = ?)', [view]];
    return (await this.sql.query<RevisionRow>(`SELECT * FROM revisions WHERE fact_id = ?${where} ORDER BY id`, [factId, ...params])).map(revisionFromRow);
  }

  async factRevision(factId: string, revisionId: number): Promise<Revision | undefined> {
    const row = await firstRow<RevisionRow>(this.sql, 'SELECT * FROM revisions WHERE fact_id = ? AND id = ?', [factId, revisionId]);
    return row && revisionFromRow(row);
  }

  /** The newest revision of any fact or source; 0 before the first. */
  async lastRevisionId(): Promise<number> {
    return (await firstRow<{ id: number | null }>(this.sql, 'SELECT max(id) AS id FROM revisions', []))?.id ?? 0;
  }

  /**
   * The facts and sources, as they are now, that revisions after `afterId` and up to `upToId`
   * changed, and whether each shared fact a server hid or showed in that range is hidden there now.
   */
  async revisedSince(
    afterId: number,
    upToId: number,
  ): Promise<{ sources: Source[]; facts: StoredFact[]; hides: { guildId: string; factId: string; hidden: boolean }[] }> {
    const range = [afterId, upToId];
    const sources = await this.sql.query<SourceRow>(
      'SELECT * FROM sources WHERE id IN (SELECT source_id FROM revisions WHERE id > ? AND id <= ?) ORDER BY rowid',
      range,
    );
    const facts = await this.sql.query<FactRow>(
      'SELECT * FROM facts WHERE id IN (SELECT fact_id FROM revisions WHERE id > ? AND id <= ?) ORDER BY rowid',
      range,
    );
    const hides = await this.sql.query<{ guild_id: string; fact_id: string; hidden: number | boolean }>(
      `SELECT DISTINCT r.guild_id, r.fact_id, h.fact_id IS NOT NULL AS hidden
         FROM revisions r JOIN facts f ON f.id = r.fact_id
         LEFT JOIN hidden_facts h ON h.guild_id = r.guild_id AND h.fact_id = r.fact_id
        WHERE r.id > ? AND r.id <= ? AND r.guild_id IS NOT NULL AND f.guild_id IS NULL`,
      range,
    );
    return {
      sources: sources.map(sourceFromRow),
      facts: facts.map(factFromRow),
      hides: hides.map((row) => ({ guildId: row.guild_id, factId: row.fact_id, hidden: Boolean(row.hidden) })),
    };
  }
}
