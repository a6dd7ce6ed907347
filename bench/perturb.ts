/**
 * How people mistype: one slip per word (swapped, dropped, doubled or wrong letter), and how
 * Arabic is written loosely (hamza dropped or moved, ة as ه, ى for final ي, tatweel, diacritics).
 * Pure functions of a word and a random source.
 */
import { pick, type Random } from './random';

const LATIN = Array.from('abcdefghijklmnopqrstuvwxyz');
const ARABIC = Array.from('ابتثجحخدذرزسشصضطظعغفقكلمنهوي');
const DIACRITICS = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B'];
const TATWEEL = '\u0640';
/** Letters that join the next one: tatweel can only stretch after these. */
const JOINING = /[بتثجحخسشصضطظعغفقكلمنهي]/;

/**
 * One slip in `word`, never in its first letter (people rarely miss that one). Words shorter
 * than five letters are returned as they are: the core corrects none of them on purpose.
 */
export function typo(word: string, random: Random): string {
  if (word.length < 5) return word;
  const at = 1 + Math.floor(random() * (word.length - 2));
  const letters = /\p{Script=Arabic}/u.test(word) ? ARABIC : LATIN;
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + word[at] + word.slice(at);
    default:
      return (
        word.slice(0, at) +
        pick(
          random,
          letters.filter((letter) => letter !== word[at]),
        ) +
        word.slice(at + 1)
      );
  }
}

/** Every way one Arabic word can be respelt that a reader would still take for the same word. */
function variants(word: string): ((random: Random) => string)[] {
  const options: ((random: Random) => string)[] = [];
  if (/^[أإآ]/.test(word)) options.push(() => `ا${word.slice(1)}`);
  // Not the ا of the article ال: nobody writes it with a hamza.
  if (/^ا(?!ل)/.test(word)) options.push((random) => `${pick(random, ['أ', 'إ'])}${word.slice(1)}`);
  if (word.endsWith('ة')) options.push(() => `${word.slice(0, -1)}ه`);
  if (word.endsWith('ى')) options.push(() => `${word.slice(0, -1)}ي`);
  if (word.endsWith('ي')) options.push(() => `${word.slice(0, -1)}ى`);
  if (/[ؤئ]/.test(word)) options.push(() => word.replace(/ؤ/g, 'و').replace(/ئ/g, 'ي'));
  options.push((random) => {
    const joins = [...word].flatMap((letter, i) => (i < word.length - 1 && JOINING.test(letter) ? [i + 1] : []));
    if (joins.length === 0) return word;
    const at = pick(random, joins);
    return word.slice(0, at) + TATWEEL + word.slice(at);
  });
  options.push((random) => {
    const at = 1 + Math.floor(random() * word.length);
    return word.slice(0, at) + pick(random, DIACRITICS) + word.slice(at);
  });
  return options;
}

/** `word` respelt one or two ways (see `variants`); a non-Arabic word is returned as it is. */
export function arabicVariant(word: string, random: Random): string {
  if (!/\p{Script=Arabic}/u.test(word)) return word;
  let result = word;
  const changes = 1 + Math.floor(random() * 2);
  for (let i = 0; i < changes; i++) result = pick(random, variants(result))(random);
  return result;
}
