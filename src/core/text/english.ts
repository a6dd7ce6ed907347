/**
 * English normalisation and a light stemmer. The stemmer only needs to be consistent (the index
 * and the question go through the same steps) and cautious: it folds plurals, -ed, -ing and
 * possessives, and leaves everything else to fuzzy matching and the lexicon.
 */

/** Lower case, and Latin letters with accents lose them (café → cafe). */
export function foldLatin(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/**
 * Apostrophes, in running text: possessives go ("Huawei's", "DeepSeek’s", "R2's", "engineers'" → the name
 * alone) and contractions close up ("doesn't" → "doesnt", a stop-word like "does").
 */
export function foldApostrophes(text: string): string {
  return text
    .replace(/([\p{L}\p{N}])['’]s(?!\p{L})/gu, '$1')
    .replace(/(?<=s)['’](?!\p{L})/gu, '')
    .replace(/(\p{L})['’](\p{L})/gu, '$1$2');
}

const VOWELS = /[aeiouy]/;
const DOUBLE_CONSONANT = /([b-df-hj-km-np-tv-z])\1$/;

function stripPlural(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(?:[sxz]|ch|sh)es$/.test(word) && word.length > 4) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function stripVerbEnding(word: string): string {
  let stem = word;
  if (word.length >= 5 && word.endsWith('ing')) stem = word.slice(0, -3);
  else if (word.length > 4 && word.endsWith('ied')) stem = `${word.slice(0, -3)}y`;
  // "need" and "speed" are not past tenses.
  else if (word.length >= 4 && word.endsWith('ed') && !word.endsWith('eed')) stem = word.slice(0, -2);
  if (stem === word || !VOWELS.test(stem)) return word;
  return DOUBLE_CONSONANT.test(stem) && !/(?:ll|ss|zz)$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** A final e is dropped and a final y becomes i, so use/uses/used/using and rely/relies meet. */
function foldEnding(word: string): string {
  if (word.length > 2 && word.endsWith('e')) return word.slice(0, -1);
  if (word.length > 2 && word.endsWith('y')) return `${word.slice(0, -1)}i`;
  return word;
}

/**
 * Irregular past forms, read as their verb: "made" would otherwise lose its e and meet "mad", and
 * "sent", "kept" would never meet "send", "keep". Not "found" (also "to found"), "left" (a side) nor
 * "won" (who won a match is no question about the AI race the spokesperson says must be won).
 */
const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map(
  Object.entries({
    made: 'make',
    said: 'say',
    sent: 'send',
    built: 'build',
    brought: 'bring',
    bought: 'buy',
    thought: 'think',
    told: 'tell',
    held: 'hold',
    led: 'lead',
    began: 'begin',
    begun: 'begin',
    chose: 'choose',
    chosen: 'choose',
    took: 'take',
    taken: 'take',
    gave: 'give',
    given: 'give',
    kept: 'keep',
    went: 'go',
    gone: 'go',
    paid: 'pay',
    spent: 'spend',
  }),
);

/** Light stemming of one lower-case English word; digits and short words pass through. */
export function stemEnglish(word: string): string {
  const verb = IRREGULAR_PAST.get(word) ?? word;
  if (verb.length <= 2 || /\d/.test(verb)) return verb;
  return foldEnding(stripVerbEnding(stripPlural(verb)));
}
