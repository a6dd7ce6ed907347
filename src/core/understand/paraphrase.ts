/**
 * Paraphrase: a question may say what a fact says in other words. Three sources, each adding
 * index terms to a question word at a lower weight than the word itself:
 *
 * - English synonyms from WordNet, limited to the words the facts use: when a fact is indexed,
 *   each English word of it is looked up, and each synonym is remembered as leading to that word
 *   ("postpone" → the fact's "delayed");
 * - curated Arabic synonyms (`data/arabic-synonyms.txt`): a question word in a group also finds
 *   the group's other words (أرسل / أوفد / بعث);
 * - links between the languages learned from the facts themselves, which say each thing in both:
 *   an English and an Arabic word that keep appearing in the same facts (Dice ≥ 0.6, at least
 *   twice) stand for each other.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../knowledge/load';
import type { QueryTerm } from '../search/query';
import type { Analyzer } from '../text/analyze';
import { stemEnglish } from '../text/english';
import { isEnglishWord } from './word-frequency';
import { wordNet } from './wordnet';

/** How much a synonym counts against the word itself. */
export const SYNONYM_WEIGHT = 0.6;
/** How much a word of the other language, learned from the facts, counts. */
export const LINK_WEIGHT = 0.5;
const MIN_DICE = 0.6;
const MIN_TOGETHER = 2;
/** The engine learns links from at most this many facts of the report: enough to learn from, bounded work. */
export const LINK_FACTS = 2000;

export const ARABIC_SYNONYMS_FILE = path.join(DATA_DIR, 'arabic-synonyms.txt');
const OPPOSITES_FILE = path.join(DATA_DIR, 'opposites.txt');
/** A word of giving up finds the facts that say the thing is kept at this weight (see data/opposites.txt). */
export const OPPOSITE_WEIGHT = 0.5;

/** Reads synonym groups: one a line, words separated by white space, `#` comments. */
export function parseGroups(text: string): string[][] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((line) => line.split(/\s+/));
}

type Targets = Map<string, number>;

const ARABIC_TERM = /\p{Script=Arabic}/u;

function addTarget(map: Map<string, Targets>, key: string, term: string, weight: number): void {
  if (key === term) return;
  let targets = map.get(key);
  if (!targets) map.set(key, (targets = new Map<string, number>()));
  targets.set(term, Math.max(weight, targets.get(term) ?? 0));
}

/**
 * Whether terms in this many facts each can be linked at all: they are together in at most as many
 * facts as the rarer one is in. Pairs that cannot be linked are not counted (most pairs of a fact
 * pair a common word with a rare one).
 */
function couldLink(frequency: number, otherFrequency: number): boolean {
  const rarer = Math.min(frequency, otherFrequency);
  return rarer >= MIN_TOGETHER && (2 * rarer) / (frequency + otherFrequency) >= MIN_DICE;
}

export class Paraphrases {
  /** A question term (a stem, or the stem of an unknown word) → fact index terms it may stand for. */
  private readonly targets = new Map<string, Targets>();
  private readonly lookedUp = new Set<string>();
  /** The Arabic terms of giving something up (data/opposites.txt): words the reader may take a dialect form for. */
  private readonly givingUp = new Set<string>();
  /** The words of giving up as written, with their term: a slip in one ("dicth") is caught as in a fact's word. */
  readonly givingUpWords = new Map<string, string>();
  /** The words of the synonym groups as written: spellings an Arabizi word may be read as ("yetbna" يتبنى). */
  readonly synonymWords: string[] = [];
  /**
   * What `addEnglishWords` and `learnLinks` were given, in order, not yet added to `targets`: only
   * `expand` reads those, so start-up does not wait for WordNet and the word counts (a sixth of
   * the 100,000-fact build); the first question pays once.
   */
  private readonly pending: (() => void)[] = [];

  constructor(private readonly analyzer: Analyzer) {
    for (const group of parseGroups(readFileSync(ARABIC_SYNONYMS_FILE, 'utf8'))) {
      this.synonymWords.push(...group);
      const terms = [...new Set(group.flatMap((word) => this.termsOf(word)))];
      for (const from of terms) for (const to of terms) addTarget(this.targets, from, to, SYNONYM_WEIGHT);
    }
    for (const line of parseGroups(readFileSync(OPPOSITES_FILE, 'utf8'))) {
      const bar = line.indexOf('|');
      const given = new Set<string>();
      for (const word of line.slice(0, bar)) {
        const terms = this.termsOf(word);
        if (terms.length > 0) this.givingUpWords.set(word, terms[0]);
        for (const term of terms) given.add(term);
      }
      const kept = new Set(line.slice(bar + 1).flatMap((word) => this.termsOf(word)));
      for (const from of given) for (const to of kept) addTarget(this.targets, from, to, OPPOSITE_WEIGHT);
      for (const term of given) if (ARABIC_TERM.test(term)) this.givingUp.add(term);
    }
  }

  /** The index terms a word is read as (its lexicon id, or its stem). */
  private termsOf(text: string): string[] {
    return this.analyzer.analyze(text).terms.map((term) => term.term);
  }

  /**
   * Index time: each English word of the facts brings its WordNet synonyms to it. The engine hands
   * over the words of each distinct piece of the facts' texts as its one read of them finds them.
   * Looked up when a question first needs them (see `pending`).
   */
  addEnglishWords(words: readonly string[]): void {
    if (words.length > 0) this.pending.push(() => this.lookUpEnglishWords(words));
  }

  private lookUpEnglishWords(words: readonly string[]): void {
    for (const word of words) {
      if (this.lookedUp.has(word) || !isEnglishWord(word)) continue;
      this.lookedUp.add(word);
      const [term, ...rest] = this.analyzer.analyze(word).terms;
      if (!term || rest.length > 0 || term.script !== 'other' || term.source !== word) continue;
      for (const synonym of wordNet().synonyms(word)) addTarget(this.targets, stemEnglish(synonym), term.term, SYNONYM_WEIGHT);
    }
  }

  /**
   * Learns the links between the languages from the report's facts, given as the ids of the word
   * terms (no lexicon terms: those are bilingual already) of each fact's English and Arabic texts,
   * as the index build numbers them (`name` says which term an id is). Numbers, not terms: the
   * pairs (hundreds of thousands) are counted under number keys, and the build has the ids at hand.
   */
  learnLinks(facts: readonly { english: readonly number[]; arabic: readonly number[] }[], name: (id: number) => string): void {
    this.pending.push(() => this.countLinks(facts, name));
  }

  private countLinks(facts: readonly { english: readonly number[]; arabic: readonly number[] }[], name: (id: number) => string): void {
    let size = 0;
    for (const { english, arabic } of facts) for (const terms of [english, arabic]) for (const term of terms) size = Math.max(size, term + 1);
    // Which side of which fact last held each term, so a side counts its terms once each.
    const lastSide = new Int32Array(size).fill(-1);
    const distinct = (terms: readonly number[], side: number) =>
      terms.filter((term) => {
        if (lastSide[term] === side) return false;
        lastSide[term] = side;
        return true;
      });
    const read = facts.map((fact, n) => ({ english: distinct(fact.english, 2 * n), arabic: distinct(fact.arabic, 2 * n + 1) }));
    const frequency = new Int32Array(size);
    for (const { english, arabic } of read) for (const terms of [english, arabic]) for (const term of terms) frequency[term] += 1;
    const together = new Map<number, number>();
    for (const { english, arabic } of read) {
      for (const e of english) {
        for (const a of arabic) {
          if (!couldLink(frequency[e], frequency[a])) continue;
          const pair = e * size + a;
          together.set(pair, (together.get(pair) ?? 0) + 1);
        }
      }
    }
    for (const [pair, count] of together) {
      const [e, a] = [Math.floor(pair / size), pair % size];
      const dice = (2 * count) / (frequency[e] + frequency[a]);
      if (count < MIN_TOGETHER || dice < MIN_DICE) continue;
      addTarget(this.targets, name(e), name(a), LINK_WEIGHT);
      addTarget(this.targets, name(a), name(e), LINK_WEIGHT);
    }
  }

  /**
   * Whether an Arabic question term is a word of giving something up: the reader may take a dialect
   * form for it (بتستغني → تستغني, which leads to the facts that say Nvidia is kept).
   */
  givesUp(term: string): boolean {
    return this.givingUp.has(term);
  }

  /** Does the work given and not done yet (see `pending`); returns how many pieces there were. */
  doPending(): number {
    const work = this.pending.splice(0);
    for (const piece of work) piece();
    return work.length;
  }

  /** Adds to each question term the fact terms its paraphrases lead to, at their lower weights. */
  expand(query: QueryTerm[]): void {
    this.doPending();
    for (const term of query) {
      const keys = new Set([...term.alternatives.map((alternative) => alternative.term), ...this.termsOf(term.source)]);
      const held = new Set(term.alternatives.map((alternative) => alternative.term));
      for (const key of keys) {
        for (const [target, weight] of this.targets.get(key) ?? []) {
          if (held.has(target)) continue;
          held.add(target);
          term.alternatives.push({ term: target, weight });
        }
      }
    }
  }
}
