/**
 * Arabizi (Arabic written in Latin letters and digits: "3ayez a3raf nvidia 2alet eh") to Arabic
 * script, so that it meets the facts like any Arabic question.
 *
 * Three rules, each small and tested:
 * - `isArabizi` decides whether a message is Arabizi at all: words with the digits that stand for
 *   Arabic letters (2 ء, 3 ع, 5 خ, 6 ط, 7 ح, 8 غ, 9 ق) or words only Arabizi uses (ya3ni, leh,
 *   chno, wach, bta3, dyal), outnumbering English grammar words;
 * - `ARABIZI_WORDS` (arabizi-words.ts): the everyday words (question words, particles, possessives) whose spelling is
 *   too short or too varied to transliterate letter by letter;
 * - `transliterate`: letter by letter, trying each reading of an ambiguous letter (Arabic leaves
 *   short vowels out, d is د or ض, 2 is a glottal stop that most dialects say for ق) and keeping
 *   the first spelling the vocabulary knows, walking only through spellings some known word
 *   begins with; when none fits, a plain reading.
 */
import { ARABIZI_WORDS } from './arabizi-words';
import { CHAT_SHORTHAND } from './reader-words';

/** Short or common spellings that English or French also use: they do not tell Arabizi apart. */
const AMBIGUOUS = new Set([
  // Apple's M3 chip, as much as مع
  'm3',
  // French's "en" (en Chine) as much as ان "that"
  'en',
  'a',
  'b',
  'f',
  'w',
  'la',
  'ma',
  'da',
  'di',
  'fi',
  'fe',
  // an English word (a fee) as much as في
  'fee',
  'min',
  'men',
  'had',
  'hal',
  'ya',
  'bas',
  'aw',
  'al',
  'il',
  'li',
  'we',
  'wa',
  'ha',
  'bi',
  'mal',
  'ana',
  'win',
  'wen',
  'kam',
  'eh',
  'fin',
  'ash',
  'hom',
  'mata',
  // a Latin word (the Dalai Lama) as much as لما "when"
  'lama',
  'hag',
  'rah',
  'bs',
  'esh',
  'chi',
  'shi',
  // English words as much as هاي "this" and لو "or, if"
  'hay',
  'lo',
  'law',
  // English chat's "little" as much as لل
  'lil',
  // South African English's sigh ("eish, so it flopped?") as much as ايش "what"
  'eish',
]);

/**
 * Grammar words of English, and the chat words English speakers type around them (pls, tbh, idk,
 * ain't): a message full of them is English with a stray Arabizi-looking word ("tl;dr pls i aint
 * reading allat"). So are the chat shorthands the reader spells out (r "are", wich, wat), but for
 * those Arabizi writes too (w و, wen وين).
 */
const ENGLISH_GRAMMAR = new Set(
  [
    'the is are was were what does do did how why who when which of to for and it they this that with on in about can will there any my your their our be been has have',
    'i im ive id me you youre not dont doesnt didnt isnt aint cant wont just so but or',
    'pls plz please lol lmao tbh ngl idk imo rn tho btw eli5',
  ]
    .join(' ')
    .split(' '),
);

/**
 * A product code (R2, H100, 910B, V3, H20e) has digits without being Arabizi; a word with letters
 * on both sides of its digit after two letters ("ba3d", "ma3a") is Arabizi, and so is a consonant,
 * a digit standing for a letter and a vowel ("b2a" بقى, "m3a" مع): a syllable, where a code's
 * letter after its number is a variant's (910B, H20e).
 */
const CODE = /^(?![b-df-hj-np-tv-z][2356789][aeiou]$)(?:[a-z]\d+[a-z]?|[a-z]{2}\d+|\d{2,}[a-z]{0,2})$/;
const ARABIZI_DIGIT_WORD = /^(?=.*[a-z])(?=.*[2356789])[a-z0-9']+$/;

/** A word spelt with the digits that stand for Arabic letters (3la, a3raf, 2alet, hatsha8al), not a code. */
export function hasArabiziDigits(word: string): boolean {
  return ARABIZI_DIGIT_WORD.test(word) && !CODE.test(word);
}

/** A word only Arabizi writes: with the digits that stand for Arabic letters, or one of its own words ("ya3ni", "leh", "wach"). */
export function onlyArabizi(word: string): boolean {
  return hasArabiziDigits(word) || (ARABIZI_WORDS.has(word) && !AMBIGUOUS.has(word));
}

/**
 * Whether the Latin words of a message (normalised, lower case) are Arabizi. Besides the digits
 * and the words only Arabizi uses, a word that is no English word but spells a known Arabic one
 * letter by letter ("nashar", "taqreer") counts: `looksArabic` says so.
 */
export function isArabizi(latinWords: string[], looksArabic: (word: string) => boolean = () => false): boolean {
  let strong = 0;
  let english = 0;
  const undecided: string[] = [];
  for (const word of latinWords) {
    // English first: a chat word with a digit ("eli5") is no Arabizi.
    if (ENGLISH_GRAMMAR.has(word) || (CHAT_SHORTHAND.has(word) && !ARABIZI_WORDS.has(word))) english += 1;
    else if (onlyArabizi(word)) strong += 1;
    else if (!ARABIZI_WORDS.has(word)) undecided.push(word);
  }
  // A spelling that happens to be Arabic is weaker evidence than a digit or an Arabizi word (a
  // typo like "testng" may spell one): it counts half, and must outweigh the English outright.
  const decided = (weak: number) => (strong > 0 && strong + weak >= english) || strong + weak > english;
  let weak = 0;
  for (const [i, word] of undecided.entries()) {
    if (decided(weak)) break;
    if (strong + weak + (undecided.length - i) * WEAK_EVIDENCE <= english) break;
    if (looksArabic(word)) weak += WEAK_EVIDENCE;
  }
  return strong + weak > 0 && decided(weak);
}

/** What a word that merely spells a known Arabic word counts for, against a digit word's 1. */
const WEAK_EVIDENCE = 0.5;

/** The known Arabic spelling a word of at least four letters reads as, letter by letter, or null. */
export function arabicSpelling(word: string, vocabulary: SpellingVocabulary): string | null {
  return word.length >= 4 && !/\d/.test(word) ? search(word, '', vocabulary, DETECTION_STEPS) : null;
}

/**
 * Before words are split: the apostrophe that marks a dotted letter (7' خ, 3' غ, 9' ض) and the
 * elided article or preposition (l'engineers, d'inférence, qu'ils) would otherwise cut a word in two or glue two words together.
 */
export function prepareArabizi(text: string): string {
  return (
    text
      // A capital H or T inside a word otherwise in small letters is Franco-Arabic's ح or ط ("motaHades"
      // متحدث, "sifTat" صيفطات), as 7 and 6 are.
      .replace(/(?<![\p{L}\p{N}])[a-z]+[HT][a-z]+(?![\p{L}\p{N}])/gu, (word) => word.replace('H', '7').replace('T', '6'))
      .replace(/7['’]/g, '5')
      .replace(/3['’]/g, '8')
      // 9' is ض, which no digit writes: kept Latin, as a pair read ض alone, so the word stays whole.
      .replace(/9['’]/g, '9h')
      .replace(/(^|[^\p{L}\p{N}])([lLdDjJ]|[qQ]u)['’](?=\p{L})/gu, '$1$2 ')
      // "la shu" (لشو, what for): the preposition ل is written as a word of its own.
      .replace(/(^|[^\p{L}\p{N}])la (shu|sho|shou)(?![\p{L}\p{N}])/giu, '$1la$2')
      // French's porte-parole "spokesperson", one word in two halves.
      .replace(/(^|[^\p{L}\p{N}])porte[- ]parole(s?)(?![\p{L}\p{N}])/giu, '$1porteparole$2')
  );
}

/** Every reading of a Latin letter or pair, most likely first ('' for a short vowel left out). */
const READINGS: [string, string[]][] = [
  ['sh', ['ش']],
  ['ch', ['ش']],
  ['kh', ['خ']],
  ['gh', ['غ']],
  ['th', ['ث', 'ت']],
  ['dh', ['ذ', 'ض', 'د']],
  ['aa', ['ا']],
  ['ee', ['ي']],
  ['ii', ['ي']],
  ['oo', ['و']],
  ['ou', ['و']],
  ['ei', ['ي']],
  ['ai', ['اي', 'ي']],
  ['ay', ['اي', 'ي']],
  ['a', ['', 'ا', 'ي', 'ه']],
  // A final e after a consonant may be the feminine ending (madine مدينة, shwaye شوية): see `search`.
  ['e', ['', 'ي', 'ا', 'ه']],
  ['i', ['ي', '', 'ا']],
  ['o', ['و', '']],
  ['u', ['و', '']],
  ['b', ['ب']],
  ['c', ['ك', 'س']],
  ['d', ['د', 'ض']],
  ['f', ['ف']],
  ['g', ['ج', 'ق']],
  ['h', ['ه', 'ح']],
  ['j', ['ج']],
  ['k', ['ك', 'ق']],
  ['l', ['ل']],
  ['m', ['م']],
  ['n', ['ن']],
  ['p', ['ب']],
  ['q', ['ق']],
  ['r', ['ر']],
  // Egypt and the Levant say ث as s (motahades متحدث, ba7s بحث): see `search`.
  ['s', ['س', 'ص', 'ث']],
  ['t', ['ت', 'ط', 'ه']],
  ['v', ['ف']],
  ['w', ['و']],
  ['x', ['كس']],
  ['y', ['ي']],
  ['z', ['ز', 'ظ']],
  ['2', ['', 'ا', 'ق']],
  // 3' is غ; typed fast, it loses its apostrophe (so3ayyar صغير).
  ['3', ['ع', 'غ']],
  ['5', ['خ']],
  ['6', ['ط']],
  ['7', ['ح']],
  ['8', ['غ', 'ق']],
  ['9h', ['ض']],
  ['9', ['ق', 'ص']],
];

/** The plain reading, when no known word fits: long vowels kept, short ones left out. */
const PLAIN: Record<string, string> = Object.fromEntries(READINGS.map(([latin, arabic]) => [latin, arabic.find(Boolean) ?? '']));
const SHORT_VOWELS = new Set(['a', 'e', 'o', 'u']);

/** What the transliterator checks its spellings against: known words, and their beginnings. */
export interface SpellingVocabulary {
  has(word: string): boolean;
  begins(prefix: string): boolean;
}

/** A bound on the spellings tried for one word, so a long nonsense word costs little. */
const MAX_STEPS = 1500;
/** Telling Arabizi apart needs less: a word that spells a known Arabic word does so early. */
const DETECTION_STEPS = 300;

/**
 * A 2 that begins a word is a consonant, never a letter left out: the ق that Cairo and the Levant
 * say as a glottal stop (2al قال, 2abl قبل), or else the hamza on an alef (2ana أنا, 2aw أو).
 */
const FIRST_2 = ['ق', 'ا'];

function readingsAt(word: string, position: number): [number, string[]][] {
  const found: [number, string[]][] = [];
  for (const [latin, arabic] of READINGS) {
    if (word.startsWith(latin, position)) found.push([latin.length, position === 0 && latin === '2' ? FIRST_2 : arabic]);
  }
  // A doubled consonant is one Arabic letter with a shadda, which is not written.
  if (position > 0 && word[position] === word[position - 1] && !SHORT_VOWELS.has(word[position])) found.unshift([1, ['']]);
  // A final "an" after a consonant may be the accusative's nunation on an adverb, written ا and said
  // -an (fe3lan فعلا, tab3an طبعا, ta2riban تقريبا); tried last, so a word ending in ان stays one (zaman زمان).
  if (position > 1 && position === word.length - 2 && word.endsWith('an') && !SHORT_VOWELS.has(word[position - 1])) found.push([2, ['ا']]);
  return found;
}

/** The first spelling of `word` the vocabulary knows, starting from `start`, or null. */
function search(word: string, start: string, vocabulary: SpellingVocabulary, maxSteps = MAX_STEPS): string | null {
  let steps = 0;
  const walk = (position: number, spelt: string): string | null => {
    if (++steps > maxSteps) return null;
    if (position === word.length) return spelt && vocabulary.has(spelt) ? spelt : null;
    for (const [length, options] of readingsAt(word, position)) {
      for (const option of options) {
        // A final a after a consonant is written: the feminine ending or a long vowel (kholasa
        // خلاصة, not خلاص; 7aga حاجة), never a short vowel left out.
        const finalAfterConsonant = length === 1 && position === word.length - 1 && position > 0 && !SHORT_VOWELS.has(word[position - 1]);
        if (option === '' && word[position] === 'a' && finalAfterConsonant) continue;
        // e is the feminine ending only there, and t (a construct's ة: sharikat) only at the end.
        if (option === 'ه' && word[position] === 'e' && !finalAfterConsonant) continue;
        if (option === 'ه' && word[position] === 't' && position !== word.length - 1) continue;
        // …and s is ث only at the end, where no short word hides in it (esm is no ثم).
        if (option === 'ث' && word[position] === 's' && position !== word.length - 1) continue;
        const next = spelt + option;
        if (next && !vocabulary.begins(next)) continue;
        const found = walk(position + length, next);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(0, start);
}

/** A vowel inside a word: i is a long ي, the others are short and not written. */
function vowel(letter: string): string | undefined {
  if (letter === 'i') return 'ي';
  return SHORT_VOWELS.has(letter) ? '' : undefined;
}

/**
 * A vowel that begins a word sits on an alef; one that ends it is written long (ا، ي، و), and a
 * final e after a consonant is the feminine ending, as Levantine and Iraqi say it (madine مدينة).
 */
function edgeVowel(letter: string, first: boolean, afterConsonant: boolean): string | undefined {
  if (!SHORT_VOWELS.has(letter) && letter !== 'i') return undefined;
  if (first) return 'ا';
  if (letter === 'e') return afterConsonant ? 'ه' : '';
  return { a: 'ا', i: 'ي', o: 'و', u: 'و' }[letter];
}

/** The plain reading of a word: long vowels, a first vowel as alef, short vowels inside left out. */
export function plainReading(word: string): string {
  let spelt = '';
  for (let position = 0; position < word.length;) {
    const [length, options] = readingsAt(word, position).find(([, readings]) => readings.length > 0) ?? [1, ['']];
    const letter = word.slice(position, position + length);
    spelt +=
      position === 0 || position + length === word.length
        ? (edgeVowel(letter, position === 0, position > 0 && !SHORT_VOWELS.has(word[position - 1]) && word[position - 1] !== 'i') ??
          PLAIN[letter] ??
          options[0])
        : (vowel(letter) ?? PLAIN[letter] ?? options[0]);
    position += length;
  }
  return spelt;
}

const ARTICLES = ['el', 'al', 'l'];

/** The imperfect's plural ending as Arabizi writes it (-oun, -oon, -on: يـ…ون). */
const PLURAL_ENDINGS: [string, string][] = [
  ['oun', 'ون'],
  ['oon', 'ون'],
  ['on', 'ون'],
];

/**
 * Pronouns Arabizi writes on the end of a word (3awnohom عاونوهم, ynazloh ينزلوه), the dative's
 * too (la55asli لخصلي, e5tesrlna اختصرلنا), and their Arabic.
 */
const PRONOUN_ENDINGS: [string, string][] = [
  ['lena', 'لنا'],
  ['lna', 'لنا'],
  ['li', 'لي'],
  ['ly', 'لي'],
  ['ohom', 'وهم'],
  ['ouhom', 'وهم'],
  ['hom', 'هم'],
  ['ohum', 'وهم'],
  ['hum', 'هم'],
  ['oha', 'وها'],
  ['ha', 'ها'],
  ['ouh', 'وه'],
  ['oh', 'وه'],
  ['kom', 'كم'],
  ['ni', 'ني'],
];

/**
 * The progressive and future prefixes Arabizi glues to an imperfect verb (y-, t-, n-): Egyptian
 * and Levantine ha / 7a (هـ، حـ) and bi / b (بـ), Maghrebi ka / ta (كا، تا), Iraqi da (د).
 */
const ASPECT_PREFIXES: [string, string][] = [
  ['ha', 'ه'],
  ['7a', 'ح'],
  ['bi', 'ب'],
  ['be', 'ب'],
  ['ka', 'كا'],
  ['ta', 'تا'],
  ['da', 'د'],
  ['h', 'ه'],
  ['7', 'ح'],
  ['b', 'ب'],
];

/**
 * A final -at after a consonant is the singular's ending in a construct (sharikat deepseek شركة ديب
 * سيك), which takes no article; with the article it is the feminine plural (el sharikat الشركات).
 */
function definiteSpelling(word: string, spelt: string, vocabulary: SpellingVocabulary): string {
  if (!/[^aeiou]at$/.test(word) || !spelt.endsWith('ه')) return spelt;
  const plural = `${spelt.slice(0, -1)}ات`;
  return vocabulary.has(plural) ? plural : spelt;
}

/** An imperfect verb the vocabulary knows with the plural's ending (yjarbon, yesta5dmoun يستخدمون), or null. */
function pluralVerb(word: string, vocabulary: SpellingVocabulary): string | null {
  for (const [latin, arabic] of PLURAL_ENDINGS) {
    const verb = word.length > latin.length + 2 && /^[ytn]/.test(word) && word.endsWith(latin) ? search(word.slice(0, -latin.length), '', vocabulary) : null;
    if (verb) return verb + arabic;
  }
  return null;
}

/**
 * `word` as a known word with a pronoun on its end (3awnohom عاونوهم, a plural verb's too:
 * ysa3doonhum يساعدونهم): the word, then the pronoun; only endings `which` lets through (given the
 * ending and the Latin before it). Null when none fits.
 */
function withPronoun(word: string, vocabulary: SpellingVocabulary, which: (latin: string, stem: string) => boolean = () => true): string | null {
  for (const [latin, arabic] of PRONOUN_ENDINGS) {
    if (word.length <= latin.length + 2 || !word.endsWith(latin)) continue;
    const before = word.slice(0, -latin.length);
    if (!which(latin, before)) continue;
    const stem = search(before, '', vocabulary) ?? pluralVerb(before, vocabulary);
    if (stem) return stem + arabic;
  }
  return null;
}

/**
 * One Arabizi word in Arabic script (normalised): the known spelling, else the plain reading.
 * `definite`: an article written apart comes before it ("el sharikat").
 */
export function transliterate(word: string, vocabulary: SpellingVocabulary, definite = false): string {
  const known = ARABIZI_WORDS.get(word);
  if (known !== undefined) return known;
  // The negation's final sh (ma bghatsh ما بغاتش, mat3rfch): a table word with ش on, which the
  // dialect rules take off again.
  const negated = /(?:sh|ch)$/.test(word) ? ARABIZI_WORDS.get(word.slice(0, -2)) : undefined;
  if (negated !== undefined) return `${negated}ش`;
  // A pronoun's h after d, t, s, k, g or c is no digraph ("3ndha" عندها, not عندي): the word it ends comes first.
  const afterDigraphLetter = withPronoun(word, vocabulary, (latin, stem) => latin.startsWith('h') && /[dtskgc]$/.test(stem));
  if (afterDigraphLetter) return afterDigraphLetter;
  const whole = search(word, '', vocabulary);
  if (whole) return definite || whole.startsWith('ال') ? definiteSpelling(word, whole, vocabulary) : whole;
  // A verb with its progressive or future prefix glued on (hay3mel هيعمل, biyesta5dem, kat3mel,
  // 7ayeshta8al): the prefix's letter, then the verb the vocabulary knows, for the dialect rules
  // to take the prefix off again as they do in Arabic script.
  for (const [latin, arabic] of ASPECT_PREFIXES) {
    const verb =
      word.length > latin.length + 2 && word.startsWith(latin) && /[ytn]/.test(word[latin.length]) ? search(word.slice(latin.length), '', vocabulary) : null;
    if (verb) return arabic + verb;
  }
  const plural = pluralVerb(word, vocabulary);
  if (plural) return plural;
  // A known word with a pronoun on its end: the word, then the pronoun.
  const pronounOn = withPronoun(word, vocabulary);
  if (pronounOn) return pronounOn;
  for (const article of ARTICLES) {
    if (word.length > article.length + 2 && word.startsWith(article)) {
      const withArticle = search(word.slice(article.length), 'ال', vocabulary);
      if (withArticle) return definiteSpelling(word, withArticle, vocabulary);
    }
  }
  // Gulf and Iraqi speech says some ك as چ, written ch (7chat حچت for حكت "she said", chem چم for كم):
  // read so only when no word is spelt with ch as ش, which Maghrebi and Levantine mean by it (3lech علاش).
  const withGulfCh = word.includes('ch') ? search(word.replaceAll('ch', 'k'), '', vocabulary) : null;
  return withGulfCh ?? plainReading(word);
}
