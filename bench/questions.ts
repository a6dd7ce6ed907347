/**
 * Questions planted on facts: each is made from one fact's own words, the way people ask (a whole
 * sentence, a few keywords, keywords with typos, Arabic spelt loosely, both scripts mixed), and
 * remembers its fact, so recall can be measured: did the engine find the fact it came from?
 */
import type { SyntheticFact, SyntheticWord } from './corpus';
import { arabicVariant, typo } from './perturb';
import { mulberry32, type Random } from './random';

/**
 * Whole sentences come last in each round: a time-boxed sample of the slow baseline then starts
 * with the cheaper kinds, which favours the baseline rather than Isnad.
 */
export const QUESTION_KINDS = ['keywords', 'typo', 'variant', 'mixed', 'sentence'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface PlantedQuestion {
  kind: QuestionKind;
  text: string;
  /** The fact the question was made from. */
  factId: string;
}

/** The rarest words say what a fact is about; people ask with those. */
const RARE_WORDS = 2;
/**
 * …and with a couple of the fact's other words, mostly ones many facts share (words are
 * Zipf-distributed): the partial matches ranking has to see past.
 */
const COMMON_WORDS = 2;
/** Slips land on the rarest words, the ones finding the fact depends on. */
const TYPOS = 2;

/** Applies `change` to each space-separated part of a (possibly multi-word) surface. */
function eachPart(surface: string, change: (part: string) => string): string {
  return surface.split(' ').map(change).join(' ');
}

/** The fact's rarest words and a few others at random, in sentence order. */
function keywords(words: SyntheticWord[], random: Random, others: number): SyntheticWord[] {
  const rarest = [...words].sort((a, b) => b.rank - a.rank).slice(0, RARE_WORDS);
  const rest = words.filter((word) => !rarest.includes(word));
  const chosen = new Set(rarest);
  for (let i = 0; i < others && rest.length > 0; i++) chosen.add(rest.splice(Math.floor(random() * rest.length), 1)[0]);
  return words.filter((word) => chosen.has(word));
}

/** A question of `kind` on `planted`, in Arabic or English (for `mixed`: which script leads). */
export function plantQuestion(kind: QuestionKind, planted: SyntheticFact, arabic: boolean, random: Random): string {
  const { fact, words } = planted;
  const language = arabic ? 'ar' : 'en';
  switch (kind) {
    case 'sentence':
      return fact[language].replace(/\.$/, '?');
    case 'keywords':
      return keywords(words, random, COMMON_WORDS)
        .map((word) => word[language])
        .join(' ');
    case 'typo': {
      const chosen = keywords(words, random, COMMON_WORDS);
      const slipped = new Set([...chosen].sort((a, b) => b.rank - a.rank).slice(0, TYPOS));
      return chosen.map((word) => (slipped.has(word) ? eachPart(word[language], (part) => typo(part, random)) : word[language])).join(' ');
    }
    case 'variant':
      return keywords(words, random, COMMON_WORDS + 1)
        .map((word) => eachPart(word.ar, (part) => arabicVariant(part, random)))
        .join(' ');
    case 'mixed':
      return keywords(words, random, COMMON_WORDS)
        .map((word, i) => ((i % 2 === 0) === arabic ? word.ar : word.en))
        .join(' ');
  }
}

/**
 * `count` questions on facts drawn from `corpus`, the kinds taking turns (so the first n of the
 * list are as varied as the whole) and each kind alternating between English and Arabic.
 */
export function plantQuestions(corpus: SyntheticFact[], count: number, seed: number): PlantedQuestion[] {
  const random = mulberry32(seed);
  const questions: PlantedQuestion[] = [];
  for (let i = 0; i < count; i++) {
    const kind = QUESTION_KINDS[i % QUESTION_KINDS.length];
    const planted = corpus[Math.floor(random() * corpus.length)];
    const arabic = Math.floor(i / QUESTION_KINDS.length) % 2 === 1;
    questions.push({ kind, text: plantQuestion(kind, planted, arabic, random), factId: planted.fact.id });
  }
  return questions;
}
