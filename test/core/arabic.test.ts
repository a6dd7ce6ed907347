import {
  normalizeAlef,
  normalizeArabic,
  normalizeDigits,
  normalizeHamza,
  normalizePersianLetters,
  normalizeTehMarbuta,
  normalizeYeh,
  removeTashkeel,
  removeTatweel,
  stemArabic,
  stemArabicPrefix,
  stemArabicSuffix,
} from '../../src/core/text/arabic';

describe('Arabic normalisation rules', () => {
  test('alef with hamza above, below, madda and wasla become a bare alef', () => {
    expect(normalizeAlef('أإآٱ')).toBe('اااا');
    expect(normalizeAlef('إنفيديا')).toBe('انفيديا');
  });

  test('diacritics (harakat, tanween, shadda, sukun, superscript alef) are removed', () => {
    expect(removeTashkeel('رَدُّ')).toBe('رد');
    expect(removeTashkeel('تحوّلًا')).toBe('تحولا');
    expect(removeTashkeel('هٰذا')).toBe('هذا');
  });

  test('tatweel is removed', () => {
    expect(removeTatweel('هـــواوي')).toBe('هواوي');
  });

  test('hamza on waw and yeh carriers becomes the carrier; a lone hamza goes', () => {
    expect(normalizeHamza('شرائح')).toBe('شرايح');
    expect(normalizeHamza('مؤتمر')).toBe('موتمر');
    expect(normalizeHamza('أداء')).toBe('أدا');
  });

  test('teh marbuta is written as heh', () => {
    expect(normalizeTehMarbuta('شريحة')).toBe('شريحه');
  });

  test('alef maksura and the Persian yeh become yeh', () => {
    expect(normalizeYeh('على')).toBe('علي');
    expect(normalizeYeh('هواوی')).toBe('هواوي');
  });

  test('letters from Persian keyboards map to their Arabic counterparts', () => {
    expect(normalizePersianLetters('إنڤيديا')).toBe('إنفيديا');
    expect(normalizePersianLetters('کامبریکون')).toBe('كامبریكون');
  });

  test('Arabic-Indic and Eastern Arabic-Indic digits become ASCII digits', () => {
    expect(normalizeDigits('R٢ و ۲۰۲۵')).toBe('R2 و 2025');
  });

  test('the rules together make common variant spellings meet', () => {
    const variants = ['إنفيديا', 'انفيديا', 'إنفيـديا', 'إِنْفِيدْيَا'];
    expect(new Set(variants.map(normalizeArabic)).size).toBe(1);
    expect(normalizeArabic('الشريحة')).toBe(normalizeArabic('الشريحه'));
    expect(normalizeArabic('مستوى')).toBe(normalizeArabic('مستوي'));
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
