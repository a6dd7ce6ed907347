/**
 * Text → normalised words, the first steps every reading shares: clean, fold case and accents,
 * normalise Arabic, split into words (also where scripts touch), and stem a word.
 */
import { isArabicLetter, normalizeArabic, stemArabic } from './arabic';
import { cleanText } from './controls';
import { foldApostrophes, foldLatin, stemEnglish } from './english';

export type Script = 'arabic' | 'other';

/** A word after normalisation, before the lexicon and stemming. */
export interface Word {
  text: string;
  script: Script;
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const WORD_RUN = /[\p{L}\p{N}]+/gu;
/** A run of Arabic letters, or a run of anything else (Latin words, digits, other scripts). */
const SCRIPT_RUN = /\p{Script=Arabic}+|[^\p{Script=Arabic}]+/gu;

/** Clean, fold case and accents, and normalise Arabic; the result is one line of text. */
export function normalizeText(text: string): string {
  const cleaned = cleanText(text).normalize('NFKC');
  return foldApostrophes(normalizeArabic(foldLatin(cleaned)));
}

/** Splits normalised text into words, also where Arabic letters touch Latin letters or digits. */
export function splitWords(normalized: string): Word[] {
  const words: Word[] = [];
  for (const run of normalized.match(WORD_RUN) ?? []) {
    for (const part of run.match(SCRIPT_RUN) ?? []) {
      words.push({ text: part, script: ARABIC_LETTER.test(part) ? 'arabic' : 'other' });
    }
  }
  return words;
}

/** Marks that may end a plain piece (see `plainWord`): no normalisation pass changes them, and no word holds them. */
function isClosingMark(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3f || code === 0x21 || code === 0x3a || code === 0x3b || code === 0x060c || code === 0x061f;
}

/**
 * The one word of a piece of text (no spaces) made only of Latin letters and digits, or only of
 * Arabic letters, maybe followed by a full stop, comma or the like, as
 * `splitWords(normalizeText(piece))` gives it, without the dozen passes over the text: of the
 * passes only lower-casing changes such a Latin word, and only `normalizeArabic` such an Arabic
 * one (its letters are their own NFKC form); null for any other piece, and for one that comes
 * to nothing (a lone hamza). Most pieces of most texts are such, and building the index reads
 * tens of thousands of new ones.
 */
export function plainWord(piece: string): Word | null {
  let end = piece.length;
  while (end > 0 && isClosingMark(piece.charCodeAt(end - 1))) end -= 1;
  if (end === 0) return null;
  if (isArabicLetter(piece.charCodeAt(0))) {
    for (let i = 1; i < end; i++) if (!isArabicLetter(piece.charCodeAt(i))) return null;
    const text = normalizeArabic(piece.slice(0, end));
    return text.length > 0 ? { text, script: 'arabic' } : null;
  }
  let capitals = false;
  for (let i = 0; i < end; i++) {
    const code = piece.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) continue;
    if (code >= 0x41 && code <= 0x5a) capitals = true;
    else return null;
  }
  const text = piece.slice(0, end);
  return { text: capitals ? text.toLowerCase() : text, script: 'other' };
}

export function stemWord(word: Word): string {
  return word.script === 'arabic' ? stemArabic(word.text) : stemEnglish(word.text);
}
