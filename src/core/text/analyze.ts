/**
 * Text → index terms, the same way for a fact and for a question, so the two meet:
 * clean → normalise (both scripts) → split into words → fold lexicon names and phrases into one
 * token → drop stop-words → stem. The language of a question is read off the same words.
 */
import type { Language, Lexicon } from '../types';
import { normalizeArabic, stemArabic } from './arabic';
import { cleanText } from './controls';
import { foldApostrophes, foldLatin, stemEnglish } from './english';
import { detectLanguage } from './language';
import { isStopword } from './stopwords';

export type Script = 'arabic' | 'other';

/** A word after normalisation, before the lexicon and stemming. */
export interface Word {
  text: string;
  script: Script;
}

/** One index term, and where it came from. */
export interface Term {
  /** What the index stores: a lexicon id, or a stemmed word. */
  term: string;
  /** A lexicon name, a lexicon term group, or an ordinary word. */
  kind: 'name' | 'term' | 'word';
  script: Script;
  /** The normalised words it was read from (several for a phrase like "ديب سيك"). */
  source: string;
}

export interface Analysis {
  terms: Term[];
  language: Language;
  /** Every normalised word, stop-words included, in order. */
  words: Word[];
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

/**
 * The lexicon, compiled for lookup: every form is normalised like any other text, so a form
 * written "إنفيديا" also catches "انفيديا" and "إنفيدْيا".
 */
export class CompiledLexicon {
  /** Multi-word forms by their first word, longest first: a lookup only tries plausible phrases. */
  private readonly phrases = new Map<string, { words: string[]; id: string }[]>();
  private readonly words = new Map<string, string>();
  private readonly stems = new Map<string, string>();
  private readonly nameIds = new Set<string>();

  constructor(lexicon: Lexicon) {
    for (const entry of lexicon.names) this.nameIds.add(entry.id);
    for (const entry of [...lexicon.names, ...lexicon.terms]) {
      for (const form of [entry.id, ...entry.forms]) this.addForm(form, entry.id);
    }
  }

  private addForm(form: string, id: string): void {
    const words = splitWords(normalizeText(form));
    if (words.length === 0) return;
    if (words.length > 1) {
      const texts = words.map((word) => word.text);
      const sameStart = this.phrases.get(texts[0]) ?? [];
      sameStart.push({ words: texts, id });
      sameStart.sort((a, b) => b.words.length - a.words.length);
      this.phrases.set(texts[0], sameStart);
      // Fast typists drop the space: "ديبسيك", "deepseek".
      this.words.set(words.map((word) => word.text).join(''), id);
      return;
    }
    this.words.set(words[0].text, id);
    this.stems.set(stemWord(words[0]), id);
  }

  isName(id: string): boolean {
    return this.nameIds.has(id);
  }

  /** The id of the phrase starting at `start`, and how many words it spans. */
  matchPhrase(words: Word[], start: number): { id: string; length: number } | null {
    for (const phrase of this.phrases.get(words[start].text) ?? []) {
      if (phrase.words.every((text, offset) => words[start + offset]?.text === text)) return { id: phrase.id, length: phrase.words.length };
    }
    return null;
  }

  matchWord(word: string): string | undefined {
    return this.words.get(word);
  }

  matchStem(stem: string): string | undefined {
    return this.stems.get(stem);
  }

  /** Every single-word form and stem with its id: the fuzzy matcher searches these too. */
  entries(): Iterable<[string, string]> {
    return [...this.words, ...this.stems];
  }
}

/** Characters that end a piece of text: spaces and line breaks (cleanText makes them spaces). */
function isBreak(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * Calls `each` with every piece of `text` between spaces and line breaks, in one pass over the
 * characters. Normalising text piece by piece gives the words normalising it whole gives: no
 * rule of `normalizeText` looks across a space.
 */
function forEachPiece(text: string, each: (piece: string) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isBreak(text.charCodeAt(i))) {
      if (start >= 0) each(text.slice(start, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0) each(text.slice(start));
}

/** What one normalised word (outside a phrase) stands for; the same every time it is seen. */
interface WordReading {
  /** Its index term, or null for a stop-word. */
  term: Term | null;
  /** Names and numbers say nothing about the language of a question. */
  isName: boolean;
}

/** Remembered pieces and words; past this many, a cache starts afresh (questions can be anything). */
const CACHE_LIMIT = 100_000;

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * Text → terms. A knowledge base of 100,000 facts has about 4 million word occurrences but only
 * some 16,000 distinct words, so each distinct piece of text is normalised once (piece → words)
 * and each distinct word is read once (word → term); the rest is map lookups.
 */
export class Analyzer {
  private readonly wordsOfPiece = new Map<string, Word[]>();
  private readonly readings = new Map<string, WordReading>();

  constructor(readonly lexicon: CompiledLexicon) {}

  /** The normalised words of `text`, as `splitWords(normalizeText(text))` gives them. */
  words(text: string): Word[] {
    const words: Word[] = [];
    forEachPiece(text, (piece) => {
      const known = this.wordsOfPiece.get(piece) ?? remember(this.wordsOfPiece, piece, splitWords(normalizeText(piece)));
      for (const word of known) words.push(word);
    });
    return words;
  }

  analyze(text: string): Analysis {
    const words = this.words(text);
    const terms: Term[] = [];
    const detected: { script: Script; isName: boolean }[] = [];
    for (let index = 0; index < words.length; ) {
      const phrase = this.lexicon.matchPhrase(words, index);
      if (phrase) {
        const spanned = words.slice(index, index + phrase.length);
        terms.push(this.lexiconTerm(phrase.id, spanned));
        for (const word of spanned) detected.push({ script: word.script, isName: this.lexicon.isName(phrase.id) });
        index += phrase.length;
        continue;
      }
      const word = words[index];
      index += 1;
      const reading = this.readings.get(word.text) ?? remember(this.readings, word.text, this.read(word));
      detected.push({ script: word.script, isName: reading.isName });
      if (reading.term) terms.push(reading.term);
    }
    return { terms, language: detectLanguage(detected), words };
  }

  /** A word outside a phrase: a lexicon form, a stop-word, or a stemmed word (or a lexicon stem). */
  private read(word: Word): WordReading {
    const wholeWordId = this.lexicon.matchWord(word.text);
    if (wholeWordId !== undefined) return { term: this.lexiconTerm(wholeWordId, [word]), isName: this.lexicon.isName(wholeWordId) };
    const isName = /^\d+$/.test(word.text);
    if (isStopword(word.text)) return { term: null, isName };
    const stem = stemWord(word);
    const stemId = this.lexicon.matchStem(stem);
    return {
      term: stemId !== undefined ? this.lexiconTerm(stemId, [word]) : { term: stem, kind: 'word', script: word.script, source: word.text },
      isName,
    };
  }

  private lexiconTerm(id: string, words: Word[]): Term {
    return {
      term: id,
      kind: this.lexicon.isName(id) ? 'name' : 'term',
      script: words[0].script,
      source: words.map((word) => word.text).join(' '),
    };
  }
}
