/**
 * The lexicon compiled for lookup: its names and terms, single words, stems and multi-word
 * phrases, normalised like any other text.
 */
import type { Lexicon } from '../types';
import { editDistance } from '../search/fuzzy';
import { normalizeText, splitWords, stemWord, type Word } from './words';

/** A conjunction or preposition joined to an Arabic word. */
const JOINED_CLITIC = /^[وفبل]\p{Script=Arabic}/u;
/** The article speech puts on a foreign name ("الديب سيك", "والديب سيك"), with what joins it. */
const SPOKEN_ARTICLE = /^(?:[وفب]?ال|لل)(?=\p{Script=Arabic})/u;

/** A later word as typed, one slip off, when it is at least `shortest` letters long (not a letter or a digit, as R of "R 2"). */
const oneSlipAway = (shortest: number) => (typed: string, text: string) => typed === text || (text.length >= shortest && editDistance(typed, text, 1) <= 1);
/** A name's later words: its first word typed right vouches for them. */
const NAME_WORD_SLIP = oneSlipAway(3);
/**
 * Another phrase's later words ("open sorce"): only a long Latin one, as a long word alone may carry a
 * slip. Not Arabic, whose words one letter apart are often other words (موعد، موقع).
 */
const LONG_WORD_SLIP = oneSlipAway(5);
/** Made once: a regular expression written in a function is a new object at every call (some 300,000 while 100,000 facts are read). */
const LATIN_START = /^[a-z]/;
const TERM_WORD_SLIP = (typed: string, text: string) => typed === text || (LATIN_START.test(text) && LONG_WORD_SLIP(typed, text));

/** A multi-word form: its normalised words, its entry's id, and how many words it spans. */
export interface Phrase {
  readonly words: readonly string[];
  readonly id: string;
  readonly length: number;
}

const EXACT_WORD = (typed: string, text: string) => typed === text;

/** Whether the words after a phrase's first one are those from `start` on, each as `same` judges. */
function laterWordsMatch(phrase: Phrase, words: readonly Word[], start: number, same: (typed: string, text: string) => boolean): boolean {
  for (let offset = 1; offset < phrase.length; offset++) if (!same(words[start + offset].text, phrase.words[offset])) return false;
  return true;
}

/**
 * The lexicon, compiled for lookup: every form is normalised like any other text, so a form
 * written "إنفيديا" also catches "انفيديا" and "إنفيدْيا".
 */
export class CompiledLexicon {
  /** Multi-word forms by their first word, longest first: a lookup only tries plausible phrases. */
  private readonly phrases = new Map<string, Phrase[]>();
  private readonly words = new Map<string, string>();
  private readonly stems = new Map<string, string>();
  private readonly nameIds = new Set<string>();
  /** The most words a multi-word form has (1 when there is none). */
  readonly longestPhrase: number;

  constructor(lexicon: Lexicon) {
    for (const entry of lexicon.names) this.nameIds.add(entry.id);
    for (const entry of [...lexicon.names, ...lexicon.terms]) {
      for (const form of [entry.id, ...entry.forms]) this.addForm(form, entry.id);
    }
    this.longestPhrase = Math.max(1, ...[...this.phrases.values()].map((phrases) => phrases[0].length));
  }

  private addForm(form: string, id: string): void {
    const words = splitWords(normalizeText(form));
    if (words.length === 0) return;
    if (words.length > 1) {
      const texts = words.map((word) => word.text);
      const sameStart = this.phrases.get(texts[0]) ?? [];
      sameStart.push({ words: texts, id, length: texts.length });
      sameStart.sort((a, b) => b.length - a.length);
      this.phrases.set(texts[0], sameStart);
      // Fast typists drop the space: "ديبسيك", "deepseek".
      this.words.set(words.map((word) => word.text).join(''), id);
      return;
    }
    this.words.set(words[0].text, id);
    this.stems.set(stemWord(words[0]), id);
  }

  /** True when a multi-word form begins with `word`. */
  startsPhrase(word: string): boolean {
    return this.phrasesFrom(word) !== undefined;
  }

  /**
   * The multi-word forms `word` begins, longest first: as written, or with و، ف، ب، ل joined to
   * their first word ("وديب سيك", "لديب سيك"), as Arabic writes them on a name of one word
   * ("وهواوي"), or the article speech gives a foreign name ("الديب سيك").
   */
  phrasesFrom(word: string): readonly Phrase[] | undefined {
    return (
      this.phrases.get(word) ??
      (JOINED_CLITIC.test(word) ? this.phrases.get(word.slice(1)) : undefined) ??
      (SPOKEN_ARTICLE.test(word) ? this.phrases.get(word.replace(SPOKEN_ARTICLE, '')) : undefined)
    );
  }

  isName(id: string): boolean {
    return this.nameIds.has(id);
  }

  /**
   * The phrase starting at `start` (among the first `end` words), of the `phrases` that
   * `phrasesFrom` gives for its first word (the analyzer keeps each word's). A name's first word,
   * typed right, vouches for the rest: a later word of it may carry one slip ("ديب سيل", "ذا
   * انفورمشن"), as a long word alone may, though it is short or a word of its own; so may another
   * phrase's later word of five letters or more ("open sorce"). An exact phrase still comes first.
   * Loops, not closures over filtered copies: building the index matches phrases some 300,000
   * times at 100,000 facts.
   */
  matchPhrase(phrases: readonly Phrase[], words: readonly Word[], start: number, end: number): Phrase | null {
    // The first word was matched with its clitic, if any, by phrasesFrom.
    for (const phrase of phrases) if (start + phrase.length <= end && laterWordsMatch(phrase, words, start, EXACT_WORD)) return phrase;
    for (const phrase of phrases) {
      const same = this.nameIds.has(phrase.id) ? NAME_WORD_SLIP : TERM_WORD_SLIP;
      if (start + phrase.length <= end && laterWordsMatch(phrase, words, start, same)) return phrase;
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
