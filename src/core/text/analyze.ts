/**
 * Text → index terms, the same way for a fact and for a question, so the two meet:
 * clean → normalise (both scripts) → split into words → fold lexicon names and phrases into one
 * token → drop stop-words → stem. The language of a question is read off the same words.
 */
import type { Language } from '../types';
import { withoutPrepositionClitic } from './clitics';
import { detectLanguage, type ScriptedWord } from './language';
import type { CompiledLexicon, Phrase } from './lexicon';
import { PieceTable } from './pieces';
import { isStopword } from './stopwords';
import { normalizeText, plainWord, type Script, splitWords, stemWord, type Word } from './words';

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

/** What one normalised word (outside a phrase) stands for; the same every time it is seen. */
interface WordReading {
  /** Its index term, or null for a stop-word. */
  term: Term | null;
  /** Names and numbers say nothing about the language of a question. */
  isName: boolean;
  /** The lexicon phrases that may start here ("ديب" of "ديب سيك"), longest first; null for none. */
  phrases: readonly Phrase[] | null;
}

/** Where `forEachTermId` sends a text's term ids (the index build's collector is one). */
export interface TermSink {
  addTerm(termId: number): void;
}

/** Remembered pieces and words; past this many, the caches start afresh (questions can be anything). */
const CACHE_LIMIT = 100_000;

/**
 * What is kept of each piece, by the piece table's number, in one flat array (the build reads
 * millions of pieces; objects to chase would make that slow): where its words start in
 * `pieceWords` and how many there are; where its term ids start in `pieceTerms` (UNREAD until
 * first needed) and how many there are.
 */
const PIECE = 4;
const WORD_START = 0;
const WORD_COUNT = 1;
const TERM_START = 2;
const TERM_COUNT = 3;
/** `TERM_START` of a piece whose term ids are not known yet. */
const UNREAD = -1;
/** `pieceFlags` bits: the piece may start a phrase; its new words went to an `eachNewWord`. */
const STARTS_PHRASE = 1;
const HANDED_OVER = 2;

function grownTo<T extends Int32Array | Uint8Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/**
 * Text → terms. A knowledge base of 100,000 facts has about 4 million word occurrences but only
 * some 33,000 distinct pieces of text and 20,000 distinct words, so each distinct piece is
 * normalised once (piece → word numbers) and each distinct word is read once (word → term); the
 * rest is lookups in flat arrays. Reading text piece by piece gives the words reading it whole
 * gives: no rule of `normalizeText` looks across a space.
 */
export class Analyzer {
  private readonly pieces = new PieceTable((piece, number) => this.readPiece(piece, number));
  /** Distinct normalised words, numbered: each one's text, and what it stands for. */
  private readonly wordNumbers = new Map<string, number>();
  private readonly wordList: Word[] = [];
  private readonly readingList: WordReading[] = [];
  /** Per word number: 1 once it went to an `eachNewWord`. */
  private wordHandedOver = new Uint8Array(1024);
  /**
   * Integer ids of the terms read by `forEachTermId` (texts of facts, never questions), so the
   * index build works with integers; it grows with the vocabulary of the facts indexed.
   */
  private readonly termIds = new Map<string, number>();
  private readonly names: string[] = [];
  private pieceData = new Int32Array(PIECE * 1024);
  private pieceFlags = new Uint8Array(1024);
  private pieceWords = new Int32Array(4096);
  private pieceWordsUsed = 0;
  private pieceTerms = new Int32Array(4096);
  private pieceTermsUsed = 0;
  /** The words of the text being read and their readings (reused from call to call; `collect` says how many are current). */
  private readonly words: Word[] = [];
  private readonly wordReadings: WordReading[] = [];

  /** `cacheLimit`: how many distinct pieces, and words, are remembered before starting afresh. */
  constructor(
    readonly lexicon: CompiledLexicon,
    private readonly cacheLimit = CACHE_LIMIT,
  ) {}

  /** The normalised words of `text`, as `splitWords(normalizeText(text))` gives them. */
  wordsOf(text: string): Word[] {
    return this.words.slice(0, this.collect(text));
  }

  analyze(text: string): Analysis {
    const count = this.collect(text);
    const { words, wordReadings } = this;
    const terms: Term[] = [];
    const detected: ScriptedWord[] = [];
    for (let index = 0; index < count;) {
      const { phrases } = wordReadings[index];
      const phrase = phrases ? this.lexicon.matchPhrase(phrases, words, index, count) : null;
      if (phrase) {
        const spanned = words.slice(index, index + phrase.length);
        terms.push(this.lexiconTerm(phrase.id, spanned));
        for (const word of spanned) detected.push({ script: word.script, isName: this.lexicon.isName(phrase.id) });
        index += phrase.length;
        continue;
      }
      const reading = wordReadings[index];
      detected.push({ script: words[index].script, isName: reading.isName });
      if (reading.term) terms.push(reading.term);
      index += 1;
    }
    return { terms, language: detectLanguage(detected), words: words.slice(0, count) };
  }

  /** The index term one normalised word stands for on its own (outside a phrase); null for a stop-word. */
  wordTerm(word: Word): string | null {
    const number = this.wordNumbers.get(word.text);
    return (number === undefined ? this.read(word) : this.readingList[number]).term?.term ?? null;
  }

  /** The term an id from `forEachTermId` stands for. */
  termName(termId: number): string {
    return this.names[termId];
  }

  /** How many term ids there are: every id is below this. */
  get termCount(): number {
    return this.names.length;
  }

  /**
   * Sends the id of every index term of `text` to `sink`, in order: the terms `analyze(text)`
   * gives, without the rest of the analysis. `eachNewWord`, when given, sees each distinct word
   * the first time a text read this way holds it (the words of facts' texts, not questions').
   * Building the index reads millions of words this way: a piece that starts no phrase hands over
   * the ids it was read as the first time.
   */
  forEachTermId(text: string, sink: TermSink, eachNewWord?: (word: Word) => void): void {
    const pieceCount = this.readPieces(text);
    const numbers = this.pieces.pieces;
    const { pieceFlags } = this;
    let p = 0;
    /** Words of piece `p` already consumed by a phrase that began before it. */
    let offset = 0;
    while (p < pieceCount) {
      const piece = numbers[p];
      const at = PIECE * piece;
      if (this.pieceData[at + TERM_START] === UNREAD) this.flatten(piece);
      if (eachNewWord && !(pieceFlags[piece] & HANDED_OVER)) this.handOver(piece, eachNewWord);
      if (offset === 0 && !(pieceFlags[piece] & STARTS_PHRASE)) {
        const { pieceData, pieceTerms } = this;
        const end = pieceData[at + TERM_START] + pieceData[at + TERM_COUNT];
        for (let i = pieceData[at + TERM_START]; i < end; i++) sink.addTerm(pieceTerms[i]);
        p += 1;
        continue;
      }
      // A phrase may start here: read this piece word by word, looking ahead into the next ones.
      let consumed = offset + this.readPhrasePiece(p, pieceCount, offset, sink) - this.pieceData[at + WORD_COUNT];
      p += 1;
      offset = 0;
      while (consumed > 0 && p < pieceCount) {
        const piece = numbers[p];
        // A piece a phrase runs into is read in full by the loop above all the same.
        if (eachNewWord && !(pieceFlags[piece] & HANDED_OVER)) this.handOver(piece, eachNewWord);
        const length = this.pieceData[PIECE * piece + WORD_COUNT];
        if (consumed < length) {
          offset = consumed;
          break;
        }
        consumed -= length;
        p += 1;
      }
    }
  }

  /** Reads `text` into the piece table's `pieces`, starting the caches afresh first when full. */
  private readPieces(text: string): number {
    if (this.pieces.size >= this.cacheLimit || this.wordList.length >= this.cacheLimit) {
      this.pieces.clear();
      this.wordNumbers.clear();
      this.wordList.length = 0;
      this.readingList.length = 0;
      this.pieceWordsUsed = 0;
      this.pieceTermsUsed = 0;
    }
    return this.pieces.readPieces(text);
  }

  /** Records what a new piece of text reads as: its words (each distinct word read once), and whether a phrase may start in it. */
  private readPiece(text: string, number: number): void {
    const plain = plainWord(text);
    const words = plain ? [plain] : splitWords(normalizeText(text));
    this.pieceWords = grownTo(this.pieceWords, this.pieceWordsUsed + words.length);
    let flags = 0;
    const start = this.pieceWordsUsed;
    for (const word of words) {
      let wordNumber = this.wordNumbers.get(word.text);
      if (wordNumber === undefined) {
        wordNumber = this.wordList.length;
        this.wordNumbers.set(word.text, wordNumber);
        this.wordList.push(word);
        this.readingList.push(this.read(word));
        this.wordHandedOver = grownTo(this.wordHandedOver, this.wordList.length);
        this.wordHandedOver[wordNumber] = 0;
      }
      if (this.readingList[wordNumber].phrases) flags |= STARTS_PHRASE;
      this.pieceWords[this.pieceWordsUsed++] = wordNumber;
    }
    this.pieceData = grownTo(this.pieceData, PIECE * (number + 1));
    this.pieceFlags = grownTo(this.pieceFlags, number + 1);
    const at = PIECE * number;
    this.pieceData[at + WORD_START] = start;
    this.pieceData[at + WORD_COUNT] = words.length;
    this.pieceData[at + TERM_START] = UNREAD;
    this.pieceData[at + TERM_COUNT] = 0;
    this.pieceFlags[number] = flags;
  }

  /** Records a piece's term ids, unless it may start a phrase (then they depend on the pieces after it). */
  private flatten(piece: number): void {
    const at = PIECE * piece;
    const start = this.pieceTermsUsed;
    if (!(this.pieceFlags[piece] & STARTS_PHRASE)) {
      const end = this.pieceData[at + WORD_START] + this.pieceData[at + WORD_COUNT];
      for (let i = this.pieceData[at + WORD_START]; i < end; i++) {
        const { term } = this.readingList[this.pieceWords[i]];
        if (!term) continue;
        this.pieceTerms = grownTo(this.pieceTerms, this.pieceTermsUsed + 1);
        this.pieceTerms[this.pieceTermsUsed++] = this.termId(term.term);
      }
    }
    this.pieceData[at + TERM_START] = start;
    this.pieceData[at + TERM_COUNT] = this.pieceTermsUsed - start;
  }

  /** Hands the piece's words that no `eachNewWord` has seen yet over to `eachNewWord`. */
  private handOver(piece: number, eachNewWord: (word: Word) => void): void {
    this.pieceFlags[piece] |= HANDED_OVER;
    const at = PIECE * piece;
    const end = this.pieceData[at + WORD_START] + this.pieceData[at + WORD_COUNT];
    for (let i = this.pieceData[at + WORD_START]; i < end; i++) {
      const word = this.pieceWords[i];
      if (this.wordHandedOver[word]) continue;
      this.wordHandedOver[word] = 1;
      eachNewWord(this.wordList[word]);
    }
  }

  /**
   * Reads the `p`-th piece of the text (of `pieceCount`) from word `offset` on, a phrase possibly
   * running into the pieces after it; returns how many words were read, which can be more than
   * the piece has left.
   */
  private readPhrasePiece(p: number, pieceCount: number, offset: number, sink: TermSink): number {
    const { words, wordReadings, pieceData } = this;
    const numbers = this.pieces.pieces;
    const own = pieceData[PIECE * numbers[p] + WORD_COUNT] - offset;
    const wanted = own + this.lexicon.longestPhrase - 1;
    let count = 0;
    for (let q = p, from = offset; q < pieceCount && count < wanted; q++, from = 0) {
      const at = PIECE * numbers[q];
      for (let i = from; i < pieceData[at + WORD_COUNT] && count < wanted; i++) {
        const word = this.pieceWords[pieceData[at + WORD_START] + i];
        words[count] = this.wordList[word];
        wordReadings[count] = this.readingList[word];
        count += 1;
      }
    }
    let index = 0;
    while (index < own) {
      const { phrases } = wordReadings[index];
      const phrase = phrases ? this.lexicon.matchPhrase(phrases, words, index, count) : null;
      if (phrase) {
        sink.addTerm(this.termId(phrase.id));
        index += phrase.length;
        continue;
      }
      const { term } = wordReadings[index];
      if (term) sink.addTerm(this.termId(term.term));
      index += 1;
    }
    return index;
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.names.length;
      this.termIds.set(term, id);
      this.names.push(term);
    }
    return id;
  }

  /** Reads `text` into `words` and `wordReadings`; returns how many words it has. */
  private collect(text: string): number {
    const { words, wordReadings } = this;
    const pieceCount = this.readPieces(text);
    const numbers = this.pieces.pieces;
    let count = 0;
    for (let p = 0; p < pieceCount; p++) {
      const at = PIECE * numbers[p];
      const end = this.pieceData[at + WORD_START] + this.pieceData[at + WORD_COUNT];
      for (let i = this.pieceData[at + WORD_START]; i < end; i++) {
        words[count] = this.wordList[this.pieceWords[i]];
        wordReadings[count] = this.readingList[this.pieceWords[i]];
        count += 1;
      }
    }
    return count;
  }

  /** A word outside a phrase: a lexicon form, a stop-word, or a stemmed word (or a lexicon stem). */
  private read(word: Word): WordReading {
    const phrases = this.lexicon.phrasesFrom(word.text) ?? null;
    const unclitic = word.script === 'arabic' ? withoutPrepositionClitic(word.text) : null;
    const wholeWordId = this.lexicon.matchWord(word.text) ?? (unclitic === null ? undefined : this.lexicon.matchWord(unclitic));
    if (wholeWordId !== undefined) {
      return { term: this.lexiconTerm(wholeWordId, [word]), isName: this.lexicon.isName(wholeWordId), phrases };
    }
    const isName = /^\d+$/.test(word.text);
    if (isStopword(word.text)) return { term: null, isName, phrases };
    const stem = stemWord(word);
    const stemId = this.lexicon.matchStem(stem);
    return {
      term: stemId !== undefined ? this.lexiconTerm(stemId, [word]) : { term: stem, kind: 'word', script: word.script, source: word.text },
      isName,
      phrases,
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
