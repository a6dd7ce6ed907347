/**
 * Arabic normalisation and light stemming, after Lucene's ArabicNormalizer and ArabicStemmer.
 * Each rule is one small function so it can be tested on its own; `normalizeArabic` applies them
 * in order. People type fast: without hamza, with ه for ة, with ى for ي, with tatweel and
 * diacritics; all of those must meet the same index term.
 */

/** Harakat, tanween, shadda, sukun, Quranic marks and the superscript alef. */
const TASHKEEL = /[\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
/** آ أ إ ٱ → ا */
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;

export function removeTashkeel(text: string): string {
  return text.replace(TASHKEEL, '');
}

export function removeTatweel(text: string): string {
  return text.replace(TATWEEL, '');
}

export function normalizeAlef(text: string): string {
  return text.replace(ALEF_FORMS, '\u0627');
}

/** Hamza on a carrier becomes the bare carrier (ؤ→و, ئ→ي) and a lone hamza is dropped. */
export function normalizeHamza(text: string): string {
  return text.replace(/\u0624/g, '\u0648').replace(/\u0626/g, '\u064A').replace(/\u0621/g, '');
}

/** ة → ه: the two are written interchangeably at the end of a word. */
export function normalizeTehMarbuta(text: string): string {
  return text.replace(/\u0629/g, '\u0647');
}

/** ى (alef maksura) and the Persian/Urdu yeh ی → ي. */
export function normalizeYeh(text: string): string {
  return text.replace(/[\u0649\u06CC]/g, '\u064A');
}

/** Letters from Persian keyboards that stand for Arabic ones: ک → ك, ڤ → ف, پ → ب, گ → ك. */
export function normalizePersianLetters(text: string): string {
  return text.replace(/\u06A9/g, '\u0643').replace(/\u06A4/g, '\u0641').replace(/\u067E/g, '\u0628').replace(/\u06AF/g, '\u0643');
}

/** Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits → 0-9. */
export function normalizeDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}

export function normalizeArabic(text: string): string {
  return normalizeDigits(
    normalizePersianLetters(normalizeYeh(normalizeTehMarbuta(normalizeHamza(normalizeAlef(removeTatweel(removeTashkeel(text))))))),
  );
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
