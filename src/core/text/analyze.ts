/**
 * Text → index terms, the same way for a fact and for a question, so the two meet:
 * clean → normalise (both scripts) → split into words → fold lexicon names and phrases into one
 * token → drop stop-words → stem. The language of a question is read off the same words.
 */
import type { Language } from '../types';
import { withoutPrepositionClitic } from './clitics';
import { detectLanguage, type ScriptedWord } from './language';
import type { CompiledLexicon } from './lexicon';
import { PieceTable } from './pieces';
import { isStopword } from './stopwords';
import { normalizeText, type Script, splitWords, stemWord, type Word } from './words';

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
  /** A lexicon phrase may start here ("ديب" of "ديب سيك"). */
  startsPhrase: boolean;
}

/** A distinct piece of text (between spaces), read once: its words and what each stands for. */
interface Piece {
  words: Word[];
  readings: WordReading[];
  /** A lexicon phrase may start in this piece, so its terms depend on the pieces after it. */
  startsPhrase: boolean;
}

/** Where `forEachTermId` sends a text's term ids (the index build's collector is one). */
export interface TermSink {
  addTerm(termId: number): void;
}

/** Remembered pieces and words; past this many, a cache starts afresh (questions can be anything). */
const CACHE_LIMIT = 100_000;

/** `pieceFlags` bits: the piece may start a phrase; its words went to an `eachNewPiece`. */
const STARTS_PHRASE = 1;
const HANDED_OVER = 2;
/** `pieceTermStart` of a piece whose term ids are not known yet. */
const UNREAD = -1;

function grownTo<T extends Int32Array | Uint8Array>(array: T, needed: number, fill: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  next.fill(fill, array.length);
  return next;
}

/**
 * Text → terms. A knowledge base of 100,000 facts has about 4 million word occurrences but only
 * some 16,000 distinct words, so each distinct piece of text is normalised once (piece → words)
 * and each distinct word is read once (word → term); the rest is lookups. Reading text piece by
 * piece gives the words reading it whole gives: no rule of `normalizeText` looks across a space.
 */
export class Analyzer {
  private readonly pieces: PieceTable<Piece>;
  private readonly readings = new Map<string, WordReading>();
  /**
   * Integer ids of the terms read by `forEachTermId` (texts of facts, never questions), so the
   * index build works with integers; it grows with the vocabulary of the facts indexed.
   */
  private readonly termIds = new Map<string, number>();
  private readonly names: string[] = [];
  /**
   * What `forEachTermId` needs of each piece, by the piece table's number, in flat arrays (the
   * build reads millions of pieces; objects to chase would make that slow): where its term ids
   * start in `pieceTerms` (UNREAD until first needed), how many it has, and its flags. Valid for
   * the table's generation `flatGeneration`.
   */
  private pieceTermStart = new Int32Array(1024).fill(UNREAD);
  private pieceTermCount = new Int32Array(1024);
  private pieceFlags = new Uint8Array(1024);
  private pieceTerms = new Int32Array(4096);
  private pieceTermsUsed = 0;
  private flatGeneration = 0;
  /** The words of the text being read and their readings (reused from call to call; `collect` says how many are current). */
  private readonly words: Word[] = [];
  private readonly wordReadings: WordReading[] = [];

  /** `cacheLimit`: how many distinct pieces, and words, are remembered before starting afresh. */
  constructor(
    readonly lexicon: CompiledLexicon,
    private readonly cacheLimit = CACHE_LIMIT,
  ) {
    this.pieces = new PieceTable<Piece>((piece) => this.readPiece(piece), cacheLimit);
  }

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
      const phrase = wordReadings[index].startsPhrase ? this.lexicon.matchPhrase(words, index, count) : null;
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
    return (this.readings.get(word.text) ?? this.read(word)).term?.term ?? null;
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
   * gives, without the rest of the analysis. `eachNewPiece`, when given, sees the words of each
   * distinct piece the first time one is read this way (the pieces of facts' texts, not
   * questions'). Building the index reads millions of words this way: a piece that starts no
   * phrase hands over the ids it was read as the first time.
   */
  forEachTermId(text: string, sink: TermSink, eachNewPiece?: (words: readonly Word[]) => void): void {
    const pieceCount = this.pieces.readPieces(text);
    const numbers = this.pieces.pieces;
    this.fitFlatArrays();
    const { pieceTermStart, pieceTermCount, pieceFlags } = this;
    for (let p = 0; p < pieceCount; p++) {
      const piece = numbers[p];
      if (pieceTermStart[piece] === UNREAD) this.flatten(piece);
      if (eachNewPiece && !(pieceFlags[piece] & HANDED_OVER)) {
        pieceFlags[piece] |= HANDED_OVER;
        eachNewPiece(this.pieces.value(piece).words);
      }
    }
    const { pieceTerms } = this;
    let p = 0;
    /** Words of piece `p` already consumed by a phrase that began before it. */
    let offset = 0;
    while (p < pieceCount) {
      const piece = numbers[p];
      if (offset === 0 && !(pieceFlags[piece] & STARTS_PHRASE)) {
        const end = pieceTermStart[piece] + pieceTermCount[piece];
        for (let i = pieceTermStart[piece]; i < end; i++) sink.addTerm(pieceTerms[i]);
        p += 1;
        continue;
      }
      // A phrase may start here: read this piece word by word, looking ahead into the next ones.
      let consumed = offset + this.readPhrasePiece(p, pieceCount, offset, sink) - this.pieces.value(piece).words.length;
      p += 1;
      offset = 0;
      while (consumed > 0 && p < pieceCount) {
        const length = this.pieces.value(numbers[p]).words.length;
        if (consumed < length) {
          offset = consumed;
          break;
        }
        consumed -= length;
        p += 1;
      }
    }
  }

  /** Makes the flat arrays fit the piece table's numbers, emptied if the table started afresh. */
  private fitFlatArrays(): void {
    const { size, generation } = this.pieces;
    if (generation !== this.flatGeneration) {
      this.flatGeneration = generation;
      this.pieceTermStart.fill(UNREAD);
      this.pieceFlags.fill(0);
      this.pieceTermsUsed = 0;
    }
    this.pieceTermStart = grownTo(this.pieceTermStart, size, UNREAD);
    this.pieceTermCount = grownTo(this.pieceTermCount, size, 0);
    this.pieceFlags = grownTo(this.pieceFlags, size, 0);
  }

  /** Records a piece's flags and, unless it may start a phrase, its term ids. */
  private flatten(number: number): void {
    const piece = this.pieces.value(number);
    const start = this.pieceTermsUsed;
    if (piece.startsPhrase) {
      this.pieceFlags[number] |= STARTS_PHRASE;
    } else {
      for (const reading of piece.readings) {
        if (!reading.term) continue;
        this.pieceTerms = grownTo(this.pieceTerms, this.pieceTermsUsed + 1, 0);
        this.pieceTerms[this.pieceTermsUsed++] = this.termId(reading.term.term);
      }
    }
    this.pieceTermStart[number] = start;
    this.pieceTermCount[number] = this.pieceTermsUsed - start;
  }

  /**
   * Reads the `p`-th piece of the text (of `pieceCount`) from word `offset` on, a phrase possibly
   * running into the pieces after it; returns how many words were read, which can be more than
   * the piece has left.
   */
  private readPhrasePiece(p: number, pieceCount: number, offset: number, sink: TermSink): number {
    const { words, wordReadings, pieces } = this;
    const numbers = pieces.pieces;
    const own = pieces.value(numbers[p]).words.length - offset;
    const wanted = own + this.lexicon.longestPhrase - 1;
    let count = 0;
    for (let q = p, from = offset; q < pieceCount && count < wanted; q++, from = 0) {
      const piece = pieces.value(numbers[q]);
      for (let i = from; i < piece.words.length && count < wanted; i++) {
        words[count] = piece.words[i];
        wordReadings[count] = piece.readings[i];
        count += 1;
      }
    }
    let index = 0;
    while (index < own) {
      const phrase = wordReadings[index].startsPhrase ? this.lexicon.matchPhrase(words, index, count) : null;
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
    const { words, wordReadings, pieces } = this;
    const pieceCount = pieces.readPieces(text);
    let count = 0;
    for (let p = 0; p < pieceCount; p++) {
      const piece = pieces.value(pieces.pieces[p]);
      for (let i = 0; i < piece.words.length; i++) {
        words[count] = piece.words[i];
        wordReadings[count] = piece.readings[i];
        count += 1;
      }
    }
    return count;
  }

  private readPiece(piece: string): Piece {
    const words = splitWords(normalizeText(piece));
    const readings = words.map((word) => {
      const known = this.readings.get(word.text);
      if (known) return known;
      if (this.readings.size >= this.cacheLimit) this.readings.clear();
      const reading = this.read(word);
      this.readings.set(word.text, reading);
      return reading;
    });
    return { words, readings, startsPhrase: readings.some((reading) => reading.startsPhrase) };
  }

  /** A word outside a phrase: a lexicon form, a stop-word, or a stemmed word (or a lexicon stem). */
  private read(word: Word): WordReading {
    const startsPhrase = this.lexicon.startsPhrase(word.text);
    const unclitic = word.script === 'arabic' ? withoutPrepositionClitic(word.text) : null;
    const wholeWordId = this.lexicon.matchWord(word.text) ?? (unclitic === null ? undefined : this.lexicon.matchWord(unclitic));
    if (wholeWordId !== undefined) {
      return { term: this.lexiconTerm(wholeWordId, [word]), isName: this.lexicon.isName(wholeWordId), startsPhrase };
    }
    const isName = /^\d+$/.test(word.text);
    if (isStopword(word.text)) return { term: null, isName, startsPhrase };
    const stem = stemWord(word);
    const stemId = this.lexicon.matchStem(stem);
    return {
      term: stemId !== undefined ? this.lexiconTerm(stemId, [word]) : { term: stem, kind: 'word', script: word.script, source: word.text },
      isName,
      startsPhrase,
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
