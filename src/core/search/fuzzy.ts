/**
 * Fuzzy matching of one question word against the known vocabulary (index terms, lexicon
 * spellings, stop-words). A deletion index finds the few known words within reach, and a true edit
 * distance decides. (fuse.js once scored them first: looser than the edits a word may carry, it
 * turned none of them away, and building it for each lookup was a quarter of the lookup's time.)
 */
import type { FuzzyOptions } from '../options';
import { finishKey, IntMultiMap, KEY_SEED, stringKey, withCharacter } from './int-multimap';
import type { VocabularyListener } from './inverted-index';

/** What a fuzzy match resolves to: an index term, or a stop-word (so the typo can be dropped). */
export interface FuzzyMatch {
  term: string;
  /** 1 for an exact match, lower for more edits relative to the word's length. */
  similarity: number;
}

/** Best first: the higher similarity, then the term, so equal matches always come in one order. */
export function byCloseness(a: FuzzyMatch, b: FuzzyMatch): number {
  return b.similarity - a.similarity || (a.term < b.term ? -1 : 1);
}

/** What a stop-word means to the vocabulary: a typo of one ("wat") is dropped, not searched. */
export const STOPWORD = '#stopword';

const CACHE_LIMIT = 20_000;

/**
 * How many edits a word of this length may carry and still be taken for another word. Arabic
 * words are short and close to each other (تستخدم and تعتمد are two edits apart), so two edits
 * wait for long words.
 */
export function allowedEdits(length: number, arabic: boolean): number {
  if (length <= (arabic ? 4 : 3)) return 0;
  if (length <= 7) return 1;
  return 2;
}

/**
 * Arabic's article and plural ending are written without a slip and earn none: a word's second
 * edit goes by the letters between them, so "الموبايل" and "موبايلات" (a six-letter word) are not
 * taken for الموديل، موديلات two edits away.
 */
export function slipsAllowed(word: string): number {
  const edits = allowedEdits(word.length, isArabic(word));
  if (edits < 2 || !isArabic(word)) return edits;
  return Math.max(1, allowedEdits(word.replace(/^ال/, '').replace(/ات$/, '').length, true));
}

/**
 * A five-letter Arabic word is not taken for a shorter word: one letter shorter is usually a
 * different word of the same root (موضوع / موضع), not a typo. A longer one is: a letter dropped
 * while typing fast (مجسرخ for مجسروخ), like a swapped or mistyped letter.
 */
function acceptsLength(word: string, candidate: string): boolean {
  return candidate.length >= word.length || word.length > 5 || !isArabic(word);
}

/**
 * The three rows editDistance works in, kept between calls and grown as needed: it runs for every
 * candidate of every fuzzy lookup and every cue word a question's word is checked against.
 */
let rows = { twoBefore: new Int32Array(16), before: new Int32Array(16), current: new Int32Array(16) };

/** Optimal string alignment distance: insertions, deletions, substitutions and transpositions. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rows.current.length <= b.length) {
    const size = 2 * (b.length + 1);
    rows = { twoBefore: new Int32Array(size), before: new Int32Array(size), current: new Int32Array(size) };
  }
  let { twoBefore, before, current } = rows;
  for (let j = 0; j <= b.length; j++) before[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const letter = a.charCodeAt(i - 1);
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = letter === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(before[j] + 1, current[j - 1] + 1, before[j - 1] + cost);
      if (i > 1 && j > 1 && letter === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, twoBefore[j - 2] + 1);
      }
      current[j] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    const spare = twoBefore;
    twoBefore = before;
    before = current;
    current = spare;
  }
  return before[b.length];
}

const isArabic = (word: string) => /\p{Script=Arabic}/u.test(word);

/** Every string `word` becomes with up to `depth` letters deleted, itself included. */
function deletions(word: string, depth: number): Set<string> {
  const found = new Set([word]);
  let layer = [word];
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const text of layer) {
      for (let i = 0; i < text.length; i++) {
        const shorter = text.slice(0, i) + text.slice(i + 1);
        if (shorter.length > 0 && !found.has(shorter)) {
          found.add(shorter);
          next.push(shorter);
        }
      }
    }
    layer = next;
  }
  return found;
}

/**
 * A lookup of the words of a small fixed list within one slip of a word, by their one-letter
 * deletions (a word and a typo of it share one), so that a question's words are not each measured
 * against the whole list. Only words long enough to carry a slip (`allowedEdits`) are matched.
 */
export function oneSlipFrom(words: Iterable<string>): (word: string) => string[] {
  const byDeletion = new Map<string, string[]>();
  for (const known of words) {
    if (allowedEdits(known.length, false) === 0) continue;
    for (const variant of deletions(known, 1)) byDeletion.set(variant, [...(byDeletion.get(variant) ?? []), known]);
  }
  return (word) => {
    if (allowedEdits(word.length, false) === 0) return [];
    const near = new Set<string>();
    for (const variant of deletions(word, 1)) {
      for (const known of byDeletion.get(variant) ?? []) if (editDistance(word, known, 1) <= 1) near.add(known);
    }
    return [...near];
  };
}

/**
 * The key (`stringKey`) of every string `word` becomes with one or, at `depth` 2, two letters
 * deleted, itself included, into `into`, without making the strings: the build stores some
 * 300,000 of them at 100,000 facts. A string reached two ways ("committee" without either m) comes
 * twice; an IntMultiMap holds an entry once.
 */
function deletionKeys(word: string, depth: 1 | 2, into: number[]): void {
  const { length } = word;
  into.length = 0;
  into.push(finishKey(hashOnward(word, KEY_SEED, 0, -1)));
  // The hash of the letters before the first one deleted.
  let before = KEY_SEED;
  for (let i = 0; i < length; i++) {
    // No deletion leaves nothing.
    if (length > 1) into.push(finishKey(hashOnward(word, before, i + 1, -1)));
    if (depth === 2 && length > 2) for (let j = i + 1; j < length; j++) into.push(finishKey(hashOnward(word, before, i + 1, j)));
    before = withCharacter(before, word.charCodeAt(i));
  }
}

/** `hash` continued over the characters of `word` from `from` on, but the one at `skip`. */
function hashOnward(word: string, hash: number, from: number, skip: number): number {
  for (let k = from; k < word.length; k++) if (k !== skip) hash = withCharacter(hash, word.charCodeAt(k));
  return hash;
}

/**
 * How deep a known word's deletions are stored: a question word two edits away is at least 8
 * letters long, so only known words of 6 letters or more can be its target.
 */
const storedDepth = (surface: string): 1 | 2 => (surface.length >= 6 ? 2 : 1);

/** What one question may still spend on fuzzy matching: known words it may examine. */
export interface FuzzyBudget {
  candidates: number;
}

/** Work done so far, counted (not timed), so tests can show it stays bounded. */
export interface FuzzyWork {
  /** Deletion variants held in the index now (a variant shared by several words counts once for each). */
  variantsStored: number;
  /** Deletion forms of question words looked up, in total. */
  variantsProbed: number;
  /** Known words examined by lookups, in total. */
  candidatesExamined: number;
}

/**
 * The vocabulary, for fuzzy lookups. Candidates come from a deletion index (a word and a typo of
 * it share a form with a letter or two deleted), so a lookup costs the same at any vocabulary
 * size; a true edit distance then decides which of those few are matches.
 * Words past `maxWordLength` are left out both ways, and each lookup and each question has a cap
 * on the candidates it examines (see `FuzzyOptions`).
 */
export class FuzzyVocabulary implements VocabularyListener {
  /** Surface word → what it stands for (itself, a lexicon id, or a stop-word marker). */
  private readonly meaning = new Map<string, string>();
  /** Known words by number (null once removed), and their numbers. */
  private readonly surfaces: (string | null)[] = [];
  private readonly surfaceIds = new Map<string, number>();
  /** A known word with letters deleted, by its key (see `stringKey`: forms that share a key only bring an extra candidate, which the edit distance turns away) → the number of the known word it came from. */
  private readonly variants = new IntMultiMap();
  private readonly cache = new Map<string, FuzzyMatch[]>();
  /** The deletion keys of the word being added or removed (reused). */
  private readonly keys: number[] = [];
  private readonly counted: Omit<FuzzyWork, 'variantsStored'> = { variantsProbed: 0, candidatesExamined: 0 };
  /**
   * Aliases given and not stored yet, in order: they are stored when the vocabulary is first read
   * (a lookup, completions, a removal), so start-up does not wait for their deletion forms (some
   * 300,000 at 100,000 facts, a tenth of the build); the first question pays once.
   */
  private pending: { surface: string; term: string; depth: 1 | 2 }[] = [];

  constructor(private readonly options: FuzzyOptions) {}

  get work(): Readonly<FuzzyWork> {
    this.storePending();
    return { ...this.counted, variantsStored: this.variants.size };
  }

  /** The most matches one lookup returns. */
  get matchLimit(): number {
    return this.options.maxMatchesPerWord;
  }

  /** A fresh allowance for one question. */
  budget(): FuzzyBudget {
    return { candidates: this.options.maxCandidatesPerQuestion };
  }

  /**
   * Adds a surface word that means `term` (a lexicon form, a stop-word, or a word as the facts
   * write it). `depth`: how many deleted letters it is stored under; one catches a slip.
   */
  addAlias(surface: string, term: string, depth: 1 | 2 = storedDepth(surface)): void {
    this.pending.push({ surface, term, depth });
  }

  /** Stores the aliases given and not stored yet (see `pending`); returns how many there were. */
  storePending(): number {
    if (this.pending.length === 0) return 0;
    const { pending } = this;
    this.pending = [];
    let stored = false;
    for (const { surface, term, depth } of pending) stored = this.store(surface, term, depth) || stored;
    // Only a new word can change a lookup (a cached one spends no budget, so the cache is kept otherwise).
    if (stored) this.cache.clear();
    return pending.length;
  }

  /** Stores an alias unless its surface is known already; true when it joined the deletion index. */
  private store(surface: string, term: string, depth: 1 | 2): boolean {
    if (this.meaning.has(surface)) return false;
    this.meaning.set(surface, term);
    if (surface.length > this.options.maxWordLength) return false;
    const id = this.surfaces.length;
    this.surfaces.push(surface);
    this.surfaceIds.set(surface, id);
    deletionKeys(surface, depth, this.keys);
    for (const key of this.keys) this.variants.add(key, id);
    return true;
  }

  termAdded(term: string): void {
    this.addAlias(term, term);
  }

  termRemoved(term: string): void {
    this.storePending();
    if (this.meaning.get(term) !== term) return;
    this.meaning.delete(term);
    const id = this.surfaceIds.get(term);
    if (id === undefined) return;
    this.surfaceIds.delete(term);
    this.surfaces[id] = null;
    deletionKeys(term, storedDepth(term), this.keys);
    for (const key of this.keys) this.variants.remove(key, id);
    this.cache.clear();
  }

  /** Terms whose known spellings begin with `prefix` (autocomplete of an unfinished word). */
  completions(prefix: string, limit: number): string[] {
    this.storePending();
    const terms = new Set<string>();
    for (const [surface, term] of this.meaning) {
      if (term !== STOPWORD && surface.startsWith(prefix)) terms.add(term);
      if (terms.size === limit) break;
    }
    return [...terms];
  }

  /**
   * The known words `word` is probably a typo of, best first. What a lookup examines is taken
   * from `budget`; once the question's budget is spent, its remaining words get no match.
   */
  match(word: string, budget: FuzzyBudget): FuzzyMatch[] {
    this.storePending();
    const cached = this.cache.get(word);
    if (cached) return cached;
    if (word.length > this.options.maxWordLength || budget.candidates <= 0) return [];
    const allowance = Math.min(this.options.maxCandidatesPerWord, budget.candidates);
    const { matches, examined } = this.search(word, allowance);
    budget.candidates -= examined;
    this.counted.candidatesExamined += examined;
    // A lookup cut short by the question's budget (not the word's own cap) is not remembered.
    if (examined < allowance || allowance === this.options.maxCandidatesPerWord) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(word, matches);
    }
    return matches;
  }

  private search(word: string, allowance: number): { matches: FuzzyMatch[]; examined: number } {
    const edits = slipsAllowed(word);
    if (edits === 0) return { matches: [], examined: 0 };
    const candidates = new Set<string>();
    const held: number[] = [];
    gather: for (const variant of deletions(word, edits)) {
      this.counted.variantsProbed += 1;
      held.length = 0;
      this.variants.valuesUnder(stringKey(variant), held);
      for (const id of held) {
        const surface = this.surfaces[id] as string;
        if (surface !== word && acceptsLength(word, surface)) candidates.add(surface);
        if (candidates.size === allowance) break gather;
      }
    }
    return { matches: this.score(word, edits, candidates).slice(0, this.options.maxMatchesPerWord), examined: candidates.size };
  }

  private score(word: string, edits: number, candidates: Set<string>): FuzzyMatch[] {
    const best = new Map<string, number>();
    for (const item of candidates) {
      const distance = editDistance(word, item, edits);
      if (distance > edits) continue;
      const term = this.meaning.get(item) as string;
      const similarity = 1 - distance / Math.max(word.length, item.length);
      if (similarity > (best.get(term) ?? 0)) best.set(term, similarity);
    }
    return [...best].map(([term, similarity]) => ({ term, similarity })).sort(byCloseness);
  }
}
