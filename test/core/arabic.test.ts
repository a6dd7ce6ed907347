import { normalizeArabic, stemArabic, stemArabicPrefix, stemArabicSuffix } from '../../src/core/text/arabic';
import { mulberry32 } from '../../bench/random';

describe('Arabic normalisation rules', () => {
  test('alef with hamza above, below, madda and wasla become a bare alef', () => {
    expect(normalizeArabic('أإآٱ')).toBe('اااا');
    expect(normalizeArabic('إنفيديا')).toBe('انفيديا');
  });

  test('diacritics (harakat, tanween, shadda, sukun, superscript alef) are removed', () => {
    expect(normalizeArabic('رَدُّ')).toBe('رد');
    expect(normalizeArabic('تحوّلًا')).toBe('تحولا');
    expect(normalizeArabic('هٰذا')).toBe('هذا');
  });

  test('tatweel is removed', () => {
    expect(normalizeArabic('هـــواوي')).toBe('هواوي');
  });

  test('hamza on waw and yeh carriers becomes the carrier; a lone hamza goes', () => {
    expect(normalizeArabic('شرائح')).toBe('شرايح');
    expect(normalizeArabic('مؤتمر')).toBe('موتمر');
    expect(normalizeArabic('أداء')).toBe('ادا');
  });

  test('teh marbuta is written as heh', () => {
    expect(normalizeArabic('شريحة')).toBe('شريحه');
  });

  test('alef maksura and the Persian yeh become yeh', () => {
    expect(normalizeArabic('على')).toBe('علي');
    expect(normalizeArabic('هواوی')).toBe('هواوي');
  });

  test('letters from Persian keyboards map to their Arabic counterparts', () => {
    expect(normalizeArabic('إنڤيديا')).toBe('انفيديا');
    expect(normalizeArabic('کامبریکون')).toBe('كامبريكون');
    expect(normalizeArabic('پگ')).toBe('بك');
  });

  test('Arabic-Indic and Eastern Arabic-Indic digits become ASCII digits', () => {
    expect(normalizeArabic('R٢ و ۲۰۲۵')).toBe('R2 و 2025');
    expect(normalizeArabic('٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹')).toBe('01234567890123456789');
  });

  test('text with nothing to change comes back as it is, Latin and other scripts untouched', () => {
    expect(normalizeArabic('DeepSeek R2 中文 кириллица')).toBe('DeepSeek R2 中文 кириллица');
    expect(normalizeArabic('ديب سيك')).toBe('ديب سيك');
    expect(normalizeArabic('')).toBe('');
  });

  test('the rules together make common variant spellings meet', () => {
    const variants = ['إنفيديا', 'انفيديا', 'إنفيـديا', 'إِنْفِيدْيَا'];
    expect(new Set(variants.map(normalizeArabic)).size).toBe(1);
    expect(normalizeArabic('الشريحة')).toBe(normalizeArabic('الشريحه'));
    expect(normalizeArabic('مستوى')).toBe(normalizeArabic('مستوي'));
  });

  test('one pass gives exactly what the rules applied one after another give (random text, seeded)', () => {
    // The earlier normaliser, rule after rule, kept here as the reference.
    const chained = (text: string) =>
      text
        .replace(/[\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g, '')
        .replace(/\u0640/g, '')
        .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
        .replace(/\u0624/g, '\u0648')
        .replace(/\u0626/g, '\u064A')
        .replace(/\u0621/g, '')
        .replace(/\u0629/g, '\u0647')
        .replace(/[\u0649\u06CC]/g, '\u064A')
        .replace(/\u06A9/g, '\u0643')
        .replace(/\u06A4/g, '\u0641')
        .replace(/\u067E/g, '\u0628')
        .replace(/\u06AF/g, '\u0643')
        .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
    const seed = 20261130;
    const random = mulberry32(seed);
    for (let n = 0; n < 5_000; n++) {
      let text = '';
      const length = Math.floor(random() * 20);
      for (let i = 0; i < length; i++) {
        const roll = random();
        text += String.fromCharCode(
          roll < 0.8 ? 0x0600 + Math.floor(random() * 0x100) : roll < 0.95 ? 0x20 + Math.floor(random() * 0x60) : Math.floor(random() * 0xffff),
        );
      }
      if (normalizeArabic(text) !== chained(text))
        throw new Error(
          `seed ${seed}, case ${n}: ${JSON.stringify(text)} → ${JSON.stringify(normalizeArabic(text))}, expected ${JSON.stringify(chained(text))}`,
        );
    }
  });
});

describe('Arabic light stemmer (Lucene ArabicStemmer rules)', () => {
  test('removes the definite article and its prefixed forms', () => {
    expect(stemArabicPrefix('النماذج')).toBe('نماذج');
    expect(stemArabicPrefix('والشرائح')).toBe('شرائح');
    expect(stemArabicPrefix('بالذكاء')).toBe('ذكاء');
    expect(stemArabicPrefix('للنماذج')).toBe('نماذج');
  });

  test('keeps at least two letters after a prefix, three after و', () => {
    expect(stemArabicPrefix('الم')).toBe('الم');
    expect(stemArabicPrefix('ولد')).toBe('ولد');
    expect(stemArabicPrefix('وقال')).toBe('قال');
  });

  test('removes suffixes in turn, keeping at least two letters', () => {
    expect(stemArabicSuffix('معالجات')).toBe('معالج');
    expect(stemArabicSuffix('مهندسين')).toBe('مهندس');
    expect(stemArabicSuffix('شريحه')).toBe('شريح');
    expect(stemArabicSuffix('له')).toBe('له');
  });

  test('prefix and suffix together', () => {
    expect(stemArabic('والمعالجات')).toBe('معالج');
    expect(stemArabic('المطورين')).toBe('مطور');
  });
});
