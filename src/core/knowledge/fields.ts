/**
 * The checks for one field of a record (text, ids, lists, both languages), collected per record so
 * every bad field is reported at once; and the one check of a web address.
 */
import { normalizeText, splitWords } from '../text/words';
import { hasControlCharacters } from '../text/controls';
import { truncate } from '../text/truncate';
import { LIMITS } from './limits';
import { type Problem, quote } from './problems';

/** An http:// or https:// address without spaces: what a fact may cite, and a setting may name. */
export function isWebAddress(text: string): boolean {
  return /^https?:\/\/\S+$/.test(text);
}

/** A Discord masked link, `[text](https://…)`: it shows one address and opens another. */
const MASKED_LINK = /\[[^\]]*\]\(\s*<?\s*[a-z][a-z0-9+.-]*:/i;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/** Collects problems for one record, so every bad field is reported at once. */
export class RecordChecker {
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

/**
 * The problems with one piece of free text (a suggestion's claim, say) under the rules for a
 * fact's text: its length, its words, no controls and no masked links. Empty text is allowed.
 */
export function textProblems(field: string, value: string, max: number = LIMITS.factText): Problem[] {
  const check = new RecordChecker(undefined);
  check.text(field, value, { max, optional: true });
  return check.problems;
}
