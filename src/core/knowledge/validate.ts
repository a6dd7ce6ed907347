/**
 * Validation shared by every way a fact gets in: the seed files, the admin command line, an
 * import, and Discord's modals. Each refusal names the field and says what to do, so a moderator
 * can fix it; nothing half-valid is ever stored.
 */
import type { Fact, Lexicon, LexiconEntry, Paragraph, Section, Source } from '../types';
import { hasControlCharacters } from '../text/controls';

/** One reason a record was refused. `record` names the fact or source when there is one. */
export interface Problem {
  record?: string;
  field: string;
  message: string;
}

/**
 * Refusals carry a code starting ISNAD_: they are messages for people (shown as they are by the
 * command line and Discord), where any other error is a bug (logged, with an apology).
 */
export function isRefusal(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ISNAD_');
}

export class ValidationError extends Error {
  readonly code: string = 'ISNAD_INVALID';
  constructor(readonly problems: Problem[]) {
    super(problems.map(describeProblem).join('\n'));
    this.name = 'ValidationError';
  }
}

export function describeProblem(problem: Problem): string {
  const where = problem.record ? `"${problem.record}": ` : '';
  return `${where}${problem.field}: ${problem.message}`;
}

export const LIMITS = {
  factText: 600,
  alias: 120,
  aliases: 12,
  title: 200,
  id: 64,
} as const;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/** Collects problems for one record, so every bad field is reported at once. */
class RecordChecker {
  readonly problems: Problem[] = [];
  constructor(private readonly record: string | undefined) {}

  add(field: string, message: string): void {
    this.problems.push({ ...(this.record ? { record: this.record } : {}), field, message });
  }

  text(field: string, value: unknown, options: { max: number; script?: 'arabic' | 'latin'; optional?: boolean }): string {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (!options.optional) this.add(field, 'is required and may not be empty');
      return '';
    }
    if (typeof value !== 'string') {
      this.add(field, `must be text, not ${describeType(value)}`);
      return '';
    }
    const text = value.trim();
    if (hasControlCharacters(text) || /[\n\r\t]/.test(text)) {
      this.add(field, 'contains control, invisible or line-break characters; remove them');
    }
    if (text.length > options.max) this.add(field, `is ${text.length} characters long; the limit is ${options.max}`);
    if (options.script === 'arabic' && !ARABIC_LETTER.test(text)) this.add(field, 'must be written in Arabic');
    if (options.script === 'latin' && !LATIN_LETTER.test(text)) this.add(field, 'must be written in English');
    return text;
  }

  id(field: string, value: unknown): string {
    const id = this.text(field, value, { max: LIMITS.id });
    if (id && !ID_PATTERN.test(id)) this.add(field, 'may use only lower-case letters, digits and hyphens');
    return id;
  }

  object(field: string, value: unknown): Record<string, unknown> {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    this.add(field, `must be an object, not ${describeType(value)}`);
    return {};
  }

  array(field: string, value: unknown): unknown[] {
    if (Array.isArray(value)) return value;
    this.add(field, `must be a list, not ${describeType(value)}`);
    return [];
  }

  /**
   * Text in both languages. `names` relaxes the script check: a title or an outlet may be a proper
   * name written the same in both ("Reuters"), but a gloss or a heading is prose in each language.
   */
  bilingual(field: string, value: unknown, max: number, names = false): { en: string; ar: string } {
    const object = this.object(field, value);
    return {
      en: this.text(`${field}.en`, object.en, { max, ...(names ? {} : { script: 'latin' as const }) }),
      ar: this.text(`${field}.ar`, object.ar, { max, ...(names ? {} : { script: 'arabic' as const }) }),
    };
  }
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function fail(problems: Problem[]): void {
  if (problems.length > 0) throw new ValidationError(problems);
}

/** The record's id, when it has one, to name it in refusals. */
function idOf(raw: unknown): string | undefined {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** The sources a fact may cite, by id. */
export type SourceCatalog = ReadonlyMap<string, Source>;

/**
 * Checks a fact from any entry point; returns it trimmed and typed, or throws a ValidationError
 * naming every bad field. `raw.id` is required: callers that create facts assign one first.
 */
export function validateFact(raw: unknown, sources: SourceCatalog): Fact {
  const check = new RecordChecker(idOf(raw));
  const input = check.object('fact', raw);
  const id = check.id('id', input.id);
  const en = check.text('en', input.en, { max: LIMITS.factText, script: 'latin' });
  const ar = check.text('ar', input.ar, { max: LIMITS.factText, script: 'arabic' });
  const sourceId = check.id('sourceId', input.sourceId);
  const paragraph = input.paragraph ?? null;
  const source = sources.get(sourceId);
  if (sourceId && !source) check.add('sourceId', `names no known source (known: ${[...sources.keys()].join(', ') || 'none'})`);
  if (paragraph !== null && (typeof paragraph !== 'number' || !Number.isInteger(paragraph))) {
    check.add('paragraph', 'must be a whole paragraph number');
  } else if (source && paragraph === null && source.paragraphs.length > 0) {
    check.add('paragraph', `is required for "${source.id}": cite one of ¶${paragraphRange(source)}`);
  } else if (source && paragraph !== null && !source.paragraphs.some((p) => p.number === paragraph)) {
    check.add('paragraph', `¶${paragraph} is not in "${source.id}"; it has ${paragraphRange(source) ? `¶${paragraphRange(source)}` : 'no numbered paragraphs'}`);
  }
  const aliases = check.array('aliases', input.aliases ?? []);
  if (aliases.length > LIMITS.aliases) check.add('aliases', `has ${aliases.length} entries; the limit is ${LIMITS.aliases}`);
  const cleanAliases = aliases.map((alias, i) => check.text(`aliases[${i}]`, alias, { max: LIMITS.alias }));
  fail(check.problems);
  return { id, en, ar, sourceId, paragraph: paragraph as number | null, aliases: [...new Set(cleanAliases)] };
}

function paragraphRange(source: Source): string {
  const numbers = source.paragraphs.map((p) => p.number);
  return numbers.length === 0 ? '' : `${Math.min(...numbers)}–${Math.max(...numbers)}`;
}

export function validateSource(raw: unknown): Source {
  const check = new RecordChecker(idOf(raw));
  const input = check.object('source', raw);
  const id = check.id('id', input.id);
  const title = check.bilingual('title', input.title, LIMITS.title, true);
  const outlet = input.outlet === null || input.outlet === undefined ? null : check.bilingual('outlet', input.outlet, LIMITS.title, true);
  const url = input.url === null || input.url === undefined ? null : check.text('url', input.url, { max: 2000 });
  if (url && !/^https?:\/\/\S+$/.test(url)) check.add('url', 'must be an http:// or https:// address');
  const paragraphs: Paragraph[] = check.array('paragraphs', input.paragraphs ?? []).map((item, i) => {
    const paragraph = check.object(`paragraphs[${i}]`, item);
    if (typeof paragraph.number !== 'number' || !Number.isInteger(paragraph.number) || paragraph.number < 1) {
      check.add(`paragraphs[${i}].number`, 'must be a whole number from 1');
    }
    return { number: paragraph.number as number, gloss: check.bilingual(`paragraphs[${i}].gloss`, paragraph.gloss, LIMITS.factText) };
  });
  const numbers = new Set<number>();
  for (const paragraph of paragraphs) {
    if (numbers.has(paragraph.number)) check.add('paragraphs', `¶${paragraph.number} appears twice`);
    numbers.add(paragraph.number);
  }
  const sections: Section[] = check.array('sections', input.sections ?? []).map((item, i) => {
    const section = check.object(`sections[${i}]`, item);
    const numbersInSection = check.array(`sections[${i}].paragraphs`, section.paragraphs);
    for (const number of numbersInSection) {
      if (typeof number !== 'number' || !numbers.has(number)) check.add(`sections[${i}].paragraphs`, `¶${String(number)} is not a paragraph of this source`);
    }
    return {
      id: check.id(`sections[${i}].id`, section.id),
      heading: check.bilingual(`sections[${i}].heading`, section.heading, LIMITS.title),
      paragraphs: numbersInSection as number[],
    };
  });
  fail(check.problems);
  return { id, title, outlet, url, sections, paragraphs };
}

export function validateLexicon(raw: unknown): Lexicon {
  const check = new RecordChecker(undefined);
  const input = check.object('lexicon', raw);
  const owner = new Map<string, string>();
  const entries = (field: 'names' | 'terms'): LexiconEntry[] =>
    check.array(field, input[field]).map((item, i) => {
      const entry = check.object(`${field}[${i}]`, item);
      const id = check.text(`${field}[${i}].id`, entry.id, { max: LIMITS.id });
      if (id && !/^[a-z0-9]+$/.test(id)) check.add(`${field}[${i}].id`, 'may use only lower-case ASCII letters and digits');
      const forms = check.array(`${field}[${i}].forms`, entry.forms).map((form, j) => {
        const text = check.text(`${field}[${i}].forms[${j}]`, form, { max: LIMITS.alias });
        const key = text.toLowerCase();
        const claimed = owner.get(key);
        if (claimed !== undefined && claimed !== id) check.add(`${field}[${i}].forms[${j}]`, `"${text}" is already a form of "${claimed}"`);
        owner.set(key, id);
        return text;
      });
      return { id, forms };
    });
  const names = entries('names');
  const terms = entries('terms');
  const known = new Set([...names, ...terms].map((entry) => entry.id));
  const contrasts = check.array('contrasts', input.contrasts ?? []).map((group, i) => {
    const ids = check.array(`contrasts[${i}]`, group);
    if (ids.length < 2) check.add(`contrasts[${i}]`, 'needs at least two term ids');
    for (const id of ids) {
      if (typeof id !== 'string' || !known.has(id)) check.add(`contrasts[${i}]`, `"${String(id)}" is not a name or term id`);
    }
    return ids as string[];
  });
  const lexicon = { names, terms, contrasts };
  fail(check.problems);
  return lexicon;
}
