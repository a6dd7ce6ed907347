/**
 * Validation shared by every way a fact gets in: the seed files, the admin command line, an
 * import, and Discord's modals. Each refusal names the field and says what to do, so a moderator
 * can fix it; nothing half-valid is ever stored.
 */
import type { Fact, Lexicon, LexiconEntry, Paragraph, Section, Source } from '../types';
import { truncate } from '../text/truncate';
import { isWebAddress, RecordChecker } from './fields';
import { LIMITS } from './limits';
import { type Problem, ValidationError } from './problems';

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
  if (sourceId && !source) check.add('sourceId', `names no known source (known: ${truncate([...sources.keys()].join(', '), 300) || 'none'})`);
  if (paragraph !== null && (typeof paragraph !== 'number' || !Number.isInteger(paragraph))) {
    check.add('paragraph', 'must be a whole paragraph number');
  } else if (source && paragraph === null && source.paragraphs.length > 0) {
    check.add('paragraph', `is required for "${source.id}": cite one of ¶${paragraphRange(source)}`);
  } else if (source && paragraph !== null && !source.paragraphs.some((p) => p.number === paragraph)) {
    check.add(
      'paragraph',
      `¶${paragraph} is not in "${source.id}"; it has ${paragraphRange(source) ? `¶${paragraphRange(source)}` : 'no numbered paragraphs'}`,
    );
  }
  const aliases = check.boundedList('aliases', input.aliases ?? [], LIMITS.aliases);
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
  const url = input.url === null || input.url === undefined ? null : check.text('url', input.url, { max: 2000, prose: false });
  if (url && !isWebAddress(url)) check.add('url', 'must be an http:// or https:// address');
  const paragraphs: Paragraph[] = check.boundedList('paragraphs', input.paragraphs ?? [], LIMITS.paragraphs).map((item, i) => {
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
  const sections: Section[] = check.boundedList('sections', input.sections ?? [], LIMITS.sections).map((item, i) => {
    const section = check.object(`sections[${i}]`, item);
    const numbersInSection = check.boundedList(`sections[${i}].paragraphs`, section.paragraphs, LIMITS.paragraphs);
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
      const id = check.text(`${field}[${i}].id`, entry.id, { max: LIMITS.id, prose: false });
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
