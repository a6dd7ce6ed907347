/**
 * The words synthetic facts are made of: a few thousand *concepts*, each with an English and an
 * Arabic spelling, so a fact's two sentences say the same thing and a question can mix scripts.
 * The report's own names and terms (DeepSeek / ديب سيك, chip / شريحة) come first, as the
 * commonest words: in a knowledge base about the report they are in many facts, which is what
 * gives questions many partial matches. The rest are made-up words built the way each language
 * builds words (English syllables; Arabic roots poured into patterns, with ة, ى and hamza), so
 * typos and Arabic spelling variants of them behave like those of real words.
 */
import { normalizeArabic } from '../src/core/text/arabic';
import { foldLatin } from '../src/core/text/english';
import { isStopword } from '../src/core/text/stopwords';
import type { Lexicon } from '../src/core/types';
import { pick, type Random } from './random';

/** One word (or name) in both languages. */
export interface Concept {
  en: string;
  ar: string;
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;

const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'z',
  'br',
  'cl',
  'cr',
  'dr',
  'fl',
  'gr',
  'pl',
  'pr',
  'sh',
  'st',
  'th',
  'tr',
  'ch',
];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io'];
const CODAS = ['', '', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'ck', 'rt'];

/** Root letters; hamza-free, since the patterns below are where hamza, ة and ى come from. */
const ROOT_LETTERS = Array.from('بتجحخدذرزسشصضطعغفقكلمنهوي');
/** Classical patterns (فاعل, مفعول, تفعيل, استفعال, فعالة, أفعال, فعلى, فعائل, …) over a root c1 c2 c3. */
const PATTERNS: ((c1: string, c2: string, c3: string) => string)[] = [
  (a, b, c) => `${a}ا${b}${c}`,
  (a, b, c) => `م${a}${b}و${c}`,
  (a, b, c) => `ت${a}${b}ي${c}`,
  (a, b, c) => `است${a}${b}ا${c}`,
  (a, b, c) => `${a}${b}ا${c}ة`,
  (a, b, c) => `أ${a}${b}ا${c}`,
  (a, b, c) => `إ${a}${b}ا${c}`,
  (a, b, c) => `${a}${b}${c}ى`,
  (a, b, c) => `${a}${b}ائ${c}`,
  (a, b, c) => `م${a}${b}${c}ة`,
  (a, b, c) => `م${a}ا${b}${c}ة`,
  (a, b, c) => `${a}${b}ي${c}`,
  (a, b, c) => `ت${a}ا${b}${c}`,
  (a, b, c) => `م${a}س${b}ؤ${c}`,
];

function englishWord(random: Random): string {
  const syllables = 2 + Math.floor(random() * 2);
  let word = '';
  for (let i = 0; i < syllables; i++) word += pick(random, ONSETS) + pick(random, NUCLEI) + (i === syllables - 1 ? pick(random, CODAS) : '');
  return word;
}

function arabicWord(random: Random): string {
  return pick(random, PATTERNS)(pick(random, ROOT_LETTERS), pick(random, ROOT_LETTERS), pick(random, ROOT_LETTERS));
}

/** The report's names and terms that have a spelling in each script, in the lexicon's order. */
function lexiconConcepts(lexicon: Lexicon): Concept[] {
  const concepts: Concept[] = [];
  for (const entry of [...lexicon.names, ...lexicon.terms]) {
    const en = entry.forms.find((form) => !ARABIC_LETTER.test(form));
    const ar = entry.forms.find((form) => ARABIC_LETTER.test(form));
    if (en && ar) concepts.push({ en, ar });
  }
  return concepts;
}

/**
 * `size` concepts, commonest first: the lexicon's, spread over the head of the list (one in
 * three ranks) so that ordinary words are common too, then made-up words. Words that are
 * stop-words or already taken (after the core's own normalisation) are skipped, so each made-up
 * concept is one index term in each script.
 */
export function buildVocabulary(lexicon: Lexicon, size: number, random: Random): Concept[] {
  const report = lexiconConcepts(lexicon);
  const taken = new Set(report.flatMap(({ en, ar }) => [foldLatin(en), normalizeArabic(ar)]));
  const fresh = (make: (random: Random) => string, normalize: (word: string) => string): string => {
    for (;;) {
      const word = make(random);
      const key = normalize(word);
      if (!taken.has(key) && !isStopword(key)) {
        taken.add(key);
        return word;
      }
    }
  };
  const concepts: Concept[] = [];
  while (concepts.length < size) {
    const reportWord = concepts.length % 3 === 0 ? report[concepts.length / 3] : undefined;
    concepts.push(reportWord ?? { en: fresh(englishWord, foldLatin), ar: fresh(arabicWord, normalizeArabic) });
  }
  return concepts;
}
