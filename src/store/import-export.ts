/**
 * The knowledge base as JSON Lines: export (the moderators' sources, then every active fact, in
 * an order that depends only on the content) and import (every line checked first, then all of
 * it written in the caller's transaction, or nothing).
 */
import { validateFact, validateSource, ValidationError } from '../core/knowledge/validate';
import type { Fact, Source } from '../core/types';
import { canonicalSource, plainFact, sourceJson } from './content';
import { ImportError, type LineProblem } from './errors';
import { changeFact, insertFactRecord, saveNewSource, sourceCatalog } from './fact-writes';
import type { Tables } from './tables';
import type { Transaction } from './transaction';
import type { Actor, ImportSummary } from './types';

/**
 * First the moderators' sources that active facts cite (`{"source": {...}}`), then every active
 * fact (id, en, ar, sourceId, paragraph, aliases), sorted, so exporting the same facts from two
 * databases gives the same bytes.
 */
export async function exportFacts(tables: Tables): Promise<string> {
  const lines = (await tables.citedModeratorSources())
    .sort((a, b) => compareText(a.id, b.id))
    .map((source) => JSON.stringify({ source: canonicalSource(source) }));
  const facts = (await tables.facts({ status: 'active' }))
    .map(plainFact)
    .sort((a, b) => compareText(a.sourceId, b.sourceId) || (a.paragraph ?? 0) - (b.paragraph ?? 0) || compareText(a.id, b.id));
  for (const fact of facts) lines.push(JSON.stringify(fact));
  return lines.map((line) => `${line}\n`).join('');
}

/**
 * A fact whose id exists is edited (a removed one comes back); a new id is added. Identical facts
 * are left alone. Any bad line refuses the whole import, naming every problem.
 */
export async function importFacts(tx: Transaction, text: string, actor: Actor, reason: string): Promise<ImportSummary> {
  const { sources, facts } = await parseImport(tx.tables, text);
  for (const source of sources) await importSource(tx, source, actor, reason);
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
  for (const fact of facts) {
    const current = (await tx.tables.fact(fact.id))?.record;
    if (!current) {
      await insertFactRecord(tx, fact, actor, reason);
      summary.added += 1;
    } else if (await changeFact(tx, current, fact, 'active', 'edit', actor, reason)) {
      summary.updated += 1;
    } else {
      summary.unchanged += 1;
    }
  }
  return summary;
}

async function parseImport(tables: Tables, text: string): Promise<{ sources: Source[]; facts: Fact[] }> {
  const problems: LineProblem[] = [];
  const sourceLines: { line: number; raw: unknown }[] = [];
  const factLines: { line: number; raw: unknown }[] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    if (content.trim() === '') return;
    const line = index + 1;
    let raw: unknown;
    try {
      raw = JSON.parse(content);
    } catch (error) {
      problems.push({ line, kind: null, problem: { field: 'JSON', message: (error as Error).message } });
      return;
    }
    const isSourceLine = typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'source' in raw;
    (isSourceLine ? sourceLines : factLines).push({ line, raw: isSourceLine ? (raw as { source: unknown }).source : raw });
  });
  const sources: Source[] = [];
  const urls = new Map<string, string>();
  for (const { line, raw } of sourceLines) {
    const source = checkImportedSource(raw, line, problems);
    if (!source) continue;
    if (sources.some((other) => other.id === source.id)) {
      problems.push({ line, kind: 'source', problem: { record: source.id, field: 'id', message: 'appears on an earlier line too' } });
    }
    if (source.url !== null) {
      const owner = urls.get(source.url) ?? (await tables.sourceByUrl(source.url))?.id;
      if (owner !== undefined && owner !== source.id) {
        problems.push({ line, kind: 'source', problem: { record: source.id, field: 'url', message: `is already the address of source "${owner}"` } });
      }
      urls.set(source.url, source.id);
    }
    sources.push(source);
  }
  const catalog = await sourceCatalog(tables, sources);
  const facts: Fact[] = [];
  for (const { line, raw } of factLines) {
    try {
      const fact = validateFact(raw, catalog);
      if (facts.some((other) => other.id === fact.id)) {
        problems.push({ line, kind: 'fact', problem: { record: fact.id, field: 'id', message: 'appears on an earlier line too' } });
      }
      facts.push(fact);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems.push(...error.problems.map((problem) => ({ line, kind: 'fact' as const, problem })));
    }
  }
  if (problems.length > 0) throw new ImportError(problems.sort((a, b) => a.line - b.line));
  return { sources, facts };
}

function checkImportedSource(raw: unknown, line: number, problems: LineProblem[]): Source | null {
  try {
    return validateSource(raw);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    problems.push(...error.problems.map((problem) => ({ line, kind: 'source' as const, problem })));
    return null;
  }
}

async function importSource(tx: Transaction, source: Source, actor: Actor, reason: string): Promise<void> {
  const stored = (await tx.tables.source(source.id))?.record;
  if (!stored) {
    await saveNewSource(tx, source, actor);
    return;
  }
  if (sourceJson(stored) === sourceJson(source)) return;
  await tx.tables.updateSource(source, actor, tx.at);
  await tx.tables.insertSourceRevision(source.id, { action: 'edit', actor, at: tx.at, reason, before: stored, after: source });
  tx.changes.push({ type: 'source-set', source });
}

/** Code-point order, the same on every machine (unlike localeCompare). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
