/**
 * The Arabic spellings the Arabizi reader may choose from: every Arabic word of the facts, their
 * aliases, the lexicon, the stop-words and the everyday words, normalised, with every beginning of each, so that a
 * transliteration walks only down paths some known word takes.
 */
import { normalizeText, splitWords } from '../text/words';
import { dialectVocabulary } from './dialects';
import { ARABIC_CUE_WORDS } from './question-type';
import { SUMMARY_WORDS } from './summary-intent';
import { everydayArabicText } from './word-frequency';
import type { SpellingVocabulary } from './arabizi';

export class ArabicSpellings implements SpellingVocabulary {
  private readonly words = new Set<string>();
  private readonly prefixes = new Set<string>();
  /**
   * Words given and not yet added with their beginnings: added when the reader first asks (only
   * Arabizi needs them), so start-up does not wait for the beginnings of every Arabic word of the
   * facts (some 14,000 words at 100,000 facts).
   */
  private pending: string[] = [];

  constructor() {
    for (const word of dialectVocabulary()) this.addWord(word);
    this.addText(SUMMARY_WORDS);
    // Everyday words too: spelt as none of them, "talkhees sare3" (تلخيص سريع, a quick summary)
    // would read "sare3" as the nearest word of the facts, مسرع (accelerator).
    this.addText(everydayArabicText());
    // And the words the question types are read from: "fein el ma2ar" asks for a headquarters (مقر).
    for (const word of ARABIC_CUE_WORDS) this.addWord(word);
  }

  /** Adds the Arabic words of a text. Words are never taken back: a stale spelling only finds nothing. */
  addText(text: string): void {
    for (const word of splitWords(normalizeText(text))) if (word.script === 'arabic') this.addWord(word.text);
  }

  /**
   * Adds an Arabic word already normalised: the engine hands over each word of the facts' texts
   * as it indexes them, so a fact is read once.
   */
  addWord(word: string): void {
    this.pending.push(word);
  }

  has(word: string): boolean {
    this.addPending();
    return this.words.has(word);
  }

  begins(prefix: string): boolean {
    this.addPending();
    return this.prefixes.has(prefix);
  }

  /** Adds the words given and not added yet (see `pending`); returns how many there were. */
  addPending(): number {
    const given = this.pending.length;
    for (const word of this.pending) {
      if (this.words.has(word)) continue;
      this.words.add(word);
      for (let end = 1; end <= word.length; end++) this.prefixes.add(word.slice(0, end));
    }
    this.pending = [];
    return given;
  }
}
