/**
 * Validation shared by every way a fact gets in: the seed files, the admin command line, an
 * import, and Discord's modals. Each refusal names the field and says what to do, so a moderator
 * can fix it; nothing half-valid is ever stored.
 */
import type { Fact, Lexicon, LexiconEntry, Paragraph, Section, Source } from '../types';
import { normalizeText, splitWords } from '../text/analyze';
import { hasControlCharacters } from '../text/controls';
import { truncate } from '../text/truncate';

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

/**
 * At most this many problems are kept and shown; the rest are counted. A moderator fixes the
 * first few dozen and tries again, and a file of a million bad lines cannot build a message
 * (or a log line) of a hundred megabytes.
 */
export const MAX_PROBLEMS = 30;

/** "…and 12 more problems", or nothing when none were left out. */
export function moreProblems(more: number): string {
  return more > 0 ? `\n…and ${more} more ${more === 1 ? 'problem' : 'problems'}` : '';
}

export class ValidationError extends Error {
  readonly code: string = 'ISNAD_INVALID';
  /** The first MAX_PROBLEMS problems. */
  readonly problems: Problem[];
  /** How many more there were. */
  readonly more: number;
  /** Each kept problem as a line of text. */
  protected described: string[];
  constructor(problems: Problem[], more = 0) {
    const kept = problems.slice(0, MAX_PROBLEMS);
    const left = more + problems.length - kept.length;
    const described = kept.map(describeProblem);
    super(`${described.join('\n')}${moreProblems(left)}`);
    this.name = 'ValidationError';
    this.problems = kept;
    this.more = left;
    this.described = described;
  }

  /**
   * The refusal in at most `limit` characters (a Discord message): as many problems as fit, each
   * shown through `show` (an escaper), then how many more there were, so the count is never cut off.
   */
  fitted(limit: number, show: (line: string) => string = (line) => line): string {
    const room = limit - moreProblems(this.more + this.described.length).length;
    const shown: string[] = [];
    let used = 0;
    for (const line of this.described) {
      const text = show(line);
      if (used + text.length + 1 > room) break;
      shown.push(text);
      used += text.length + 1;
    }
    return `${shown.join('\n')}${moreProblems(this.more + this.described.length - shown.length)}`;
  }
}

/**
 * `validate()`'s value, or undefined once its problems are handed to `onProblems`: for callers that
 * gather every problem (of a file, a form) before refusing. Anything but a refusal is thrown on.
 */
export function collectProblems<T>(validate: () => T, onProblems: (problems: Problem[]) => void): T | undefined {
  try {
    return validate();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    onProblems(error.problems);
    return undefined;
  }
}

/** An http:// or https:// address without spaces: what a fact may cite, and a setting may name. */
export function isWebAddress(text: string): boolean {
  return /^https?:\/\/\S+$/.test(text);
}

export function describeProblem(problem: Problem): string {
  const where = problem.record ? `${quote(problem.record)}: ` : '';
  return `${where}${problem.field}: ${problem.message}`;
}

/** Something a person wrote, quoted in a refusal: short, whatever they sent. */
export function quote(value: string): string {
  return `"${truncate(value, LIMITS.id)}"`;
}

export const LIMITS = {
  factText: 600,
  alias: 120,
  /**
   * Ways of asking for one fact. Users ask in English, standard Arabic, five dialects and Arabizi,
   * so a fact needs a few of each; 30 of 120 characters still fit one Discord text field (4000).
   */
  aliases: 30,
  title: 200,
  id: 64,
  /**
   * Letters in one word, after normalisation. The longest word in the seed is 20; past 40 a
   * "word" is a pasted hash, a URL or an attack on the fuzzy matcher, whose work grows with it.
   */
  word: 40,
  /** Words in one text field; a 600-character claim holds about 100 real words. */
  words: 100,
  /** A source's numbered paragraphs and sections. */
  paragraphs: 500,
  sections: 100,
} as const;

/** A Discord masked link, `[text](https://…)`: it shows one address and opens another. */
const MASKED_LINK = /\[[^\]]*\]\(\s*<?\s*[a-z][a-z0-9+.-]*:/i;

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

  /**
   * Text of bounded length without control characters; prose (all but ids and addresses) also
   * has words of bounded length and number, and no masked links.
   */
  text(field: string, value: unknown, options: { max: number; script?: 'arabic' | 'latin'; optional?: boolean; prose?: boolean }): string {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (!options.optional) this.add(field, 'is required and may not be empty');
      return '';
    }
    if (typeof value !== 'string') {
      this.add(field, `must be text, not ${describeType(value)}`);
      return '';
    }
    const text = value.trim();
    if (text.length > options.max) {
      // Nothing else is worth reading in an over-long value: it costs work, and one refusal says it.
      this.add(field, `is ${text.length} characters long; the limit is ${options.max}`);
      return text;
    }
    if (hasControlCharacters(text) || /[\n\r\t]/.test(text)) {
      this.add(field, 'contains control, invisible or line-break characters; remove them');
    }
    if (options.prose !== false) this.prose(field, text);
    if (options.script === 'arabic' && !ARABIC_LETTER.test(text)) this.add(field, 'must be written in Arabic');
    if (options.script === 'latin' && !LATIN_LETTER.test(text)) this.add(field, 'must be written in English');
    return text;
  }

  /** Words a search index and a Discord message can hold, and no masked links. */
  private prose(field: string, text: string): void {
    const words = splitWords(normalizeText(text));
    const long = words.find((word) => word.text.length > LIMITS.word);
    if (long) this.add(field, `has a word of ${long.text.length} letters (${quote(long.text)}); the limit is ${LIMITS.word}`);
    if (words.length > LIMITS.words) this.add(field, `has ${words.length} words; the limit is ${LIMITS.words}`);
    if (MASKED_LINK.test(text)) this.add(field, 'contains a masked link ([text](address)); write the address itself, or cite it as the source');
  }

  id(field: string, value: unknown): string {
    const id = this.text(field, value, { max: LIMITS.id, prose: false });
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

  /** A list of at most `max` entries; a longer one is refused whole, without reading its entries. */
  boundedList(field: string, value: unknown, max: number): unknown[] {
    const list = this.array(field, value);
    if (list.length <= max) return list;
    this.add(field, `has ${list.length} entries; the limit is ${max}`);
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
  // JSON.stringify gives undefined for undefined (and functions), whatever its declared type says.
  const shown = JSON.stringify(value) as string | undefined;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${truncate(shown ?? typeof value, LIMITS.id)}`;
}

function fail(problems: Problem[]): void {
  if (problems.length > 0) throw new ValidationError(problems);
}

/** The record's id, when it has one, to name it in refusals. */
function idOf(raw: unknown): string | undefined {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The problems with one piece of free text (a suggestion's claim, say) under the rules for a
 * fact's text: its length, its words, no controls and no masked links. Empty text is allowed.
 */
export function textProblems(field: string, value: string, max: number = LIMITS.factText): Problem[] {
  const check = new RecordChecker(undefined);
  check.text(field, value, { max, optional: true });
  return check.problems;
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
