/**
 * Text → normalised words, the first steps every reading shares: clean, fold case and accents,
 * normalise Arabic, split into words (also where scripts touch), and stem a word.
 */
import { normalizeArabic, stemArabic } from './arabic';
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

export function stemWord(word: Word): string {
  return word.script === 'arabic' ? stemArabic(word.text) : stemEnglish(word.text);
}
