/**
 * Arabic normalisation and light stemming, after Lucene's ArabicNormalizer and ArabicStemmer.
 * Each normalisation rule is a named row of one table, tested on its own; `normalizeArabic`
 * applies the table in one pass. People type fast: without hamza, with ه for ة, with ى for ي,
 * with tatweel and diacritics; all of those must meet the same index term.
 */

// Named characters, as Lucene's ArabicNormalizer names them.
const HAMZA = 0x0621;
const ALEF_MADDA = 0x0622;
const ALEF_HAMZA_ABOVE = 0x0623;
const WAW_HAMZA_ABOVE = 0x0624;
const ALEF_HAMZA_BELOW = 0x0625;
const YEH_HAMZA_ABOVE = 0x0626;
const ALEF = 0x0627;
const BEH = 0x0628;
const TEH_MARBUTA = 0x0629;
const TATWEEL = 0x0640;
const FEH = 0x0641;
const KAF = 0x0643;
const HEH = 0x0647;
const WAW = 0x0648;
const ALEF_MAKSURA = 0x0649;
const YEH = 0x064a;
const SUPERSCRIPT_ALEF = 0x0670;
const ALEF_WASLA = 0x0671;
const PEH = 0x067e;
const VEH = 0x06a4;
const KEHEH = 0x06a9;
const GAF = 0x06af;
const FARSI_YEH = 0x06cc;
const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;
const DIGIT_ZERO = 0x30;

/** Dropped: harakat, tanween, shadda, sukun (U+064B–U+065F), Quranic marks, tatweel, a lone hamza. */
const DROPPED = [
  [0x064b, 0x065f],
  [SUPERSCRIPT_ALEF, SUPERSCRIPT_ALEF],
  [0x06d6, 0x06dc],
  [0x06df, 0x06e8],
  [0x06ea, 0x06ed],
  [TATWEEL, TATWEEL],
  [HAMZA, HAMZA],
];

/**
 * Replaced, one character by one: alef forms → bare alef; hamza on a carrier → the carrier;
 * ة → ه (written interchangeably at the end of a word); ى and the Farsi yeh → ي; letters from
 * Persian keyboards → their Arabic counterparts (ک → ك, ڤ → ف, پ → ب, گ → ك). No replacement
 * is itself replaced, so one pass gives what applying the rules one after another would.
 */
const REPLACED: [from: number, to: number][] = [
  [ALEF_MADDA, ALEF],
  [ALEF_HAMZA_ABOVE, ALEF],
  [ALEF_HAMZA_BELOW, ALEF],
  [ALEF_WASLA, ALEF],
  [WAW_HAMZA_ABOVE, WAW],
  [YEH_HAMZA_ABOVE, YEH],
  [TEH_MARBUTA, HEH],
  [ALEF_MAKSURA, YEH],
  [FARSI_YEH, YEH],
  [KEHEH, KAF],
  [VEH, FEH],
  [PEH, BEH],
  [GAF, KAF],
];

const BLOCK_START = 0x0600;
const BLOCK_END = 0x06ff;
const KEEP = 0;
const DROP = -1;

/** For each character of the Arabic block: KEEP, DROP, or the code it becomes. */
const FOLD = (() => {
  const table = new Int32Array(BLOCK_END - BLOCK_START + 1);
  for (const [first, last] of DROPPED) for (let code = first; code <= last; code++) table[code - BLOCK_START] = DROP;
  for (const [from, to] of REPLACED) table[from - BLOCK_START] = to;
  // Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits → 0-9.
  for (let digit = 0; digit < 10; digit++) {
    table[ARABIC_INDIC_ZERO + digit - BLOCK_START] = DIGIT_ZERO + digit;
    table[EXTENDED_ARABIC_INDIC_ZERO + digit - BLOCK_START] = DIGIT_ZERO + digit;
  }
  return table;
})();

/**
 * Arabic normalisation in one pass over the characters (as Lucene's ArabicNormalizer does it):
 * each character of the Arabic block is kept, dropped or replaced by the table above; every
 * other character is kept. Text without a change is returned as it is.
 */
export function normalizeArabic(text: string): string {
  let result = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < BLOCK_START || code > BLOCK_END) continue;
    const folded = FOLD[code - BLOCK_START];
    if (folded === KEEP) continue;
    result += text.slice(copiedUpTo, i);
    if (folded !== DROP) result += String.fromCharCode(folded);
    copiedUpTo = i + 1;
  }
  return copiedUpTo === 0 ? text : result + text.slice(copiedUpTo);
}

/** A letter of the Arabic alphabet (ء to ي, tatweel too), not a mark: Unicode composes none of them further. */
export function isArabicLetter(code: number): boolean {
  return code >= HAMZA && code <= YEH;
}

/** Lucene's ArabicStemmer prefixes, tried in this order; only the first that fits is removed. */
const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'];
/**
 * Lucene's suffixes, each removed in turn when it fits. They are written after normalisation,
 * so ة and ية appear as ه and يه.
 */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** Removes one prefix, keeping at least two letters (three after the one-letter و). */
export function stemArabicPrefix(word: string): string {
  for (const prefix of PREFIXES) {
    const minimum = prefix.length === 1 ? 4 : prefix.length + 2;
    if (word.length >= minimum && word.startsWith(prefix)) return word.slice(prefix.length);
  }
  return word;
}

/** Removes each suffix in turn, always keeping at least two letters. */
export function stemArabicSuffix(word: string): string {
  let stem = word;
  for (const suffix of SUFFIXES) {
    if (stem.length >= suffix.length + 2 && stem.endsWith(suffix)) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/** Light stemming of one normalised Arabic word: prefix, then suffixes. */
export function stemArabic(word: string): string {
  return stemArabicSuffix(stemArabicPrefix(word));
}
