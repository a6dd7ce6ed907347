/**
 * Brings the seed files in data/ into the database without undoing moderators' work.
 *
 * Each seed record keeps, in `seeded`, the content the seed files gave it last time. On open a seed
 * fact missing from the database is inserted; one whose row still equals `seeded` (active, nobody
 * touched it) takes the new seed content; one a moderator edited or removed stays as they left it.
 * Sources are handled the same way. A hash of the files skips all of this when nothing changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_FILES, loadKnowledgeBase } from '../core/knowledge/load';
import type { Fact, Source } from '../core/types';
import { factContentJson, factState, plainFact, sourceJson } from './content';
import type { Tables } from './tables';
import type { Transaction } from './transaction';
import type { Actor } from './types';

export const SEED_ACTOR: Actor = { id: 'seed', name: 'seed' };
const SEED_HASH_KEY = 'seed_hash';
const SEED_REASON = 'seeded from data/';

/** Hash of the seed files the database holds; a missing file hashes as empty and fails at loading. */
function seedFilesHash(dataDir: string): string {
  const hash = createHash('sha256');
  for (const name of [DATA_FILES.sources, DATA_FILES.facts]) {
    hash.update(name);
    try {
      hash.update(readFileSync(path.join(dataDir, name)));
    } catch {
      hash.update('\0missing');
    }
  }
  return hash.digest('hex');
}

async function seedSource({ tables, changes, at }: Transaction, source: Source): Promise<void> {
  const seeded = sourceJson(source);
  const stored = await tables.source(source.id);
  if (!stored) {
    await tables.insertSource(source, 'seed', seeded, SEED_ACTOR, at);
    await tables.insertSourceRevision(source.id, { action: 'add', actor: SEED_ACTOR, at, reason: SEED_REASON, before: null, after: source });
    changes.push({ type: 'source-set', source });
    return;
  }
  const current = sourceJson(stored.record);
  if (current === stored.seeded && current !== seeded) {
    await tables.updateSource(source, SEED_ACTOR, at);
    await tables.insertSourceRevision(source.id, { action: 'edit', actor: SEED_ACTOR, at, reason: SEED_REASON, before: stored.record, after: source });
    changes.push({ type: 'source-set', source });
  }
  await tables.setSourceSeeded(source.id, seeded);
}

async function seedFact({ tables, changes, at }: Transaction, fact: Fact): Promise<void> {
  const seeded = factContentJson(fact);
  const stored = await tables.fact(fact.id);
  if (!stored) {
    await tables.insertFact(fact, 'seed', seeded, SEED_ACTOR, at);
    await tables.insertFactRevision(fact.id, { action: 'add', actor: SEED_ACTOR, at, reason: SEED_REASON, before: null, after: factState(fact, 'active') });
    changes.push({ type: 'fact-set', fact: plainFact(fact), guildId: null });
    return;
  }
  // An id a server's moderators gave their own fact before the seed used it: theirs, left alone.
  if (stored.record.guildId !== null) return;
  const current = factContentJson(stored.record);
  const untouched = stored.record.status === 'active' && current === stored.seeded;
  if (untouched && current !== seeded) {
    await tables.updateFact(fact, 'active', SEED_ACTOR, at);
    await tables.insertFactRevision(fact.id, {
      action: 'edit',
      actor: SEED_ACTOR,
      at,
      reason: SEED_REASON,
      before: factState(stored.record, 'active'),
      after: factState(fact, 'active'),
    });
    changes.push({ type: 'fact-set', fact: plainFact(fact), guildId: null });
  }
  await tables.setFactSeeded(fact.id, seeded);
}

/**
 * Seeds when the files differ from the last seeding; loading validates them first. `write` runs
 * the seeding in one write transaction, so processes already running hear of what it changed.
 */
export async function seedIfChanged(tables: Tables, write: (work: (tx: Transaction) => Promise<void>) => Promise<void>, dataDir: string): Promise<void> {
  const hash = seedFilesHash(dataDir);
  if ((await tables.meta(SEED_HASH_KEY)) === hash) return;
  const knowledge = loadKnowledgeBase(dataDir);
  await write(async (tx) => {
    // Another process may have seeded while this one was reading the files.
    if ((await tx.tables.meta(SEED_HASH_KEY)) === hash) return;
    for (const source of knowledge.sources) await seedSource(tx, source);
    for (const fact of knowledge.facts) await seedFact(tx, fact);
    await tx.tables.setMeta(SEED_HASH_KEY, hash);
  });
}
