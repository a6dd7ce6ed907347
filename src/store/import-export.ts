/**
 * The knowledge base as JSON Lines: export (the moderators' sources, then every active fact, in
 * an order that depends only on the content) and import (every line checked first, then all of
 * it written in the caller's transaction, or nothing).
 */
import { readJsonLines } from '../core/json-lines';
import { collectProblems, MAX_PROBLEMS, quote, ValidationError } from '../core/knowledge/problems';
import { validateFact, validateSource } from '../core/knowledge/validate';
import type { Fact, Source } from '../core/types';
import { canonicalSource, factState, plainFact, sameState, sourceJson } from './content';
import { ImportError, type LineProblem } from './errors';
import { changeFact, insertFactRecord, saveNewSource, sourceCatalog } from './fact-writes';
import type { Tables } from './tables';
import type { Transaction } from './transaction';
import type { Actor, ImportSummary, View } from './types';

/**
 * First the moderators' sources that the view's active facts cite (`{"source": {...}}`), then
 * every active fact the view holds (id, en, ar, sourceId, paragraph, aliases), sorted, so
 * exporting the same facts from two databases gives the same bytes.
 */
export async function exportFacts(tables: Tables, view?: View): Promise<string> {
  const lines = (await tables.citedModeratorSources(view))
    .sort((a, b) => compareText(a.id, b.id))
    .map((source) => JSON.stringify({ source: canonicalSource(source) }));
  const facts = (await tables.facts({ status: 'active', view }))
    .map(plainFact)
    .sort((a, b) => compareText(a.sourceId, b.sourceId) || (a.paragraph ?? 0) - (b.paragraph ?? 0) || compareText(a.id, b.id));
  for (const fact of facts) lines.push(JSON.stringify(fact));
  return lines.map((line) => `${line}\n`).join('');
}

/** Lines (facts and sources) one import may hold; a bigger knowledge base is imported in parts. */
export const MAX_IMPORT_LINES = 10_000;
/** Characters one line may hold: a source with 500 paragraphs glossed in both languages fits. */
export const MAX_IMPORT_LINE = 1_000_000;

/**
 * A fact whose id exists is edited where it lives (a removed one comes back); a new id is added
 * to the view. Identical facts are left alone, and so is a shared fact a server's file repeats
 * unchanged. Any bad line refuses the whole import, naming its problems (see parseImport).
 */
export async function importFacts(tx: Transaction, text: string, actor: Actor, reason: string, view?: View): Promise<ImportSummary> {
  const { sources, facts, unchanged } = await parseImport(tx.tables, text, view);
  for (const source of sources) await importSource(tx, source, actor, reason);
  const summary: ImportSummary = { added: 0, updated: 0, unchanged };
  for (const fact of facts) {
    const current = (await tx.tables.fact(fact.id))?.record;
    if (!current) {
      await insertFactRecord(tx, fact, actor, reason, view ?? null);
      summary.added += 1;
    } else if (await changeFact(tx, current, fact, 'active', 'edit', actor, reason)) {
      summary.updated += 1;
    } else {
      summary.unchanged += 1;
    }
  }
  return summary;
}

/** Counts the problems of an import, keeping the first MAX_PROBLEMS. */
class ImportProblems {
  readonly kept: LineProblem[] = [];
  more = 0;

  add(...problems: LineProblem[]): void {
    for (const problem of problems) {
      if (this.kept.length < MAX_PROBLEMS) this.kept.push(problem);
      else this.more += 1;
    }
  }

  get any(): boolean {
    return this.kept.length > 0;
  }
}

/**
 * Reads and checks every line, refusing the file when any is bad. The work is bounded: a file of
 * more than MAX_IMPORT_LINES lines is refused before any is read, a line past MAX_IMPORT_LINE
 * characters is not parsed, and only the first MAX_PROBLEMS problems are kept (the rest counted).
 * A server's file may repeat shared facts unchanged (`unchanged` counts them) but not change them,
 * nor reuse another server's ids, nor change a source.
 */
async function parseImport(tables: Tables, text: string, view: View | undefined): Promise<{ sources: Source[]; facts: Fact[]; unchanged: number }> {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1 && count <= MAX_IMPORT_LINES; at = text.indexOf('\n', at + 1)) count += 1;
  if (count > MAX_IMPORT_LINES) {
    throw new ValidationError([
      { field: 'file', message: `has more than ${MAX_IMPORT_LINES} lines; import at most ${MAX_IMPORT_LINES} facts and sources at a time (split the file)` },
    ]);
  }
  const problems = new ImportProblems();
  const sourceLines: { line: number; raw: unknown }[] = [];
  const factLines: { line: number; raw: unknown }[] = [];
  for (const entry of readJsonLines(text, MAX_IMPORT_LINE)) {
    const { line } = entry;
    if (entry.kind === 'too-long') {
      problems.add({
        line,
        kind: null,
        problem: { field: 'line', message: `is ${entry.length} characters long; a line holds one fact or source, at most ${MAX_IMPORT_LINE} characters` },
      });
      continue;
    }
    if (entry.kind === 'not-json') {
      problems.add({ line, kind: null, problem: { field: 'JSON', message: entry.message } });
      continue;
    }
    const raw = entry.value;
    const isSourceLine = typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'source' in raw;
    (isSourceLine ? sourceLines : factLines).push({ line, raw: isSourceLine ? raw.source : raw });
  }
  const sources: Source[] = [];
  const urls = new Map<string, string>();
  for (const { line, raw } of sourceLines) {
    const source = checkImportedSource(raw, line, problems);
    if (!source) continue;
    const problem = (field: string, message: string) => problems.add({ line, kind: 'source', problem: { record: source.id, field, message } });
    if (sources.some((other) => other.id === source.id)) problem('id', 'appears on an earlier line too');
    if (source.url !== null) {
      const owner = urls.get(source.url) ?? (await tables.sourceByUrl(source.url))?.id;
      if (owner !== undefined && owner !== source.id) problem('url', `is already the address of source ${quote(owner)}`);
      urls.set(source.url, source.id);
    }
    const stored = typeof view === 'string' ? (await tables.source(source.id))?.record : undefined;
    if (stored && sourceJson(stored) !== sourceJson(source)) {
      problem('id', "is a shared source; only the home servers' moderators or the operator can change it");
    }
    sources.push(source);
  }
  const catalog = await sourceCatalog(tables, sources);
  const facts: Fact[] = [];
  let unchanged = 0;
  for (const { line, raw } of factLines) {
    const fact = collectProblems(
      () => validateFact(raw, catalog),
      (found) => problems.add(...found.map((problem) => ({ line, kind: 'fact' as const, problem }))),
    );
    if (!fact) continue;
    const problem = (message: string) => problems.add({ line, kind: 'fact', problem: { record: fact.id, field: 'id', message } });
    if (facts.some((other) => other.id === fact.id)) problem('appears on an earlier line too');
    const current = (await tables.fact(fact.id))?.record;
    if (!current || view === undefined || current.guildId === view) {
      facts.push(fact);
    } else if (current.guildId === null && sameState(factState(current, 'active'), factState(fact, 'active'))) {
      unchanged += 1;
    } else if (current.guildId === null) {
      problem("is a shared fact; this server cannot change it (edit it with /fact edit to make this server's own version)");
    } else {
      problem("is already used by another server's fact; give this fact another id");
    }
  }
  if (problems.any)
    throw new ImportError(
      problems.kept.sort((a, b) => a.line - b.line),
      problems.more,
    );
  return { sources, facts, unchanged };
}

function checkImportedSource(raw: unknown, line: number, problems: ImportProblems): Source | undefined {
  return collectProblems(
    () => validateSource(raw),
    (found) => problems.add(...found.map((problem) => ({ line, kind: 'source' as const, problem }))),
  );
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
