/**
 * Reads the knowledge base from `data/`: the report as a source, the facts, and the lexicon.
 * A malformed file stops start-up with the file, the record and the field named; starting with
 * half a knowledge base would give wrong answers with confidence.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Fact, KnowledgeBase, Lexicon, Source } from '../types';
import { collectProblems, describeProblem, type Problem, ValidationError } from './problems';
import { validateFact, validateLexicon, validateSource } from './validate';

/** The folder of seed files shipped with the project. */
export const DATA_DIR = path.resolve(__dirname, '../../../data');

export const DATA_FILES = {
  sources: 'report.json',
  facts: 'facts.json',
  lexicon: 'lexicon.json',
} as const;

export class KnowledgeFileError extends Error {
  readonly code = 'ISNAD_KNOWLEDGE_FILE';
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(`${file} is not valid:\n${problems.map((problem) => `  - ${describeProblem(problem)}`).join('\n')}`);
    this.name = 'KnowledgeFileError';
  }
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new KnowledgeFileError(file, [{ field: 'file', message: `cannot be read (${(error as Error).message})` }]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new KnowledgeFileError(file, [{ field: 'JSON', message: (error as Error).message }]);
  }
}

/** Runs a validator, turning its ValidationError into a KnowledgeFileError naming `file`. */
function inFile<T>(file: string, validate: () => T): T {
  try {
    return validate();
  } catch (error) {
    if (error instanceof ValidationError) throw new KnowledgeFileError(file, error.problems);
    throw error;
  }
}

/** Validates every fact (reporting all bad ones at once) and refuses duplicate ids. */
export function validateFacts(raw: unknown, sources: Source[]): Fact[] {
  if (!Array.isArray(raw)) throw new ValidationError([{ field: 'facts', message: 'must be a list of facts' }]);
  const catalog = new Map(sources.map((source) => [source.id, source]));
  const problems: Problem[] = [];
  const facts: Fact[] = [];
  const ids = new Set<string>();
  raw.forEach((item, index) => {
    const fact = collectProblems(
      () => validateFact(item, catalog),
      (found) => problems.push(...found.map((problem) => ({ ...problem, record: problem.record ?? `fact #${index + 1}` }))),
    );
    if (!fact) return;
    if (ids.has(fact.id)) problems.push({ record: fact.id, field: 'id', message: 'is used by another fact' });
    ids.add(fact.id);
    facts.push(fact);
  });
  if (problems.length > 0) throw new ValidationError(problems);
  return facts;
}

export function loadKnowledgeBase(directory: string = DATA_DIR): KnowledgeBase {
  const file = (name: string) => path.join(directory, name);
  const sourcesFile = file(DATA_FILES.sources);
  const rawSources = readJson(sourcesFile);
  const sources = inFile(sourcesFile, () => (Array.isArray(rawSources) ? rawSources : [rawSources]).map(validateSource));
  const factsFile = file(DATA_FILES.facts);
  const rawFacts = readJson(factsFile);
  const facts = inFile(factsFile, () => validateFacts(rawFacts, sources));
  return { sources, facts, lexicon: loadLexicon(directory) };
}

/**
 * The lexicon alone: what a process built from the database needs from data/ (the facts and
 * sources come from the store, which validated them when it seeded).
 */
export function loadLexicon(directory: string = DATA_DIR): Lexicon {
  const file = path.join(directory, DATA_FILES.lexicon);
  const raw = readJson(file);
  return inFile(file, () => validateLexicon(raw));
}
