/**
 * Truncation never splits a character: for every limit over texts made of emoji (surrogate pairs,
 * flags, ZWJ families, skin tones), Arabic with its marks and combining accents, the result fits
 * the limit, holds no lone surrogate, and is a start of the text made of whole graphemes.
 */
import { truncate } from '../../src/core/text/truncate';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

const TEXTS = [
  '😀'.repeat(40),
  'R2 🇸🇦🇨🇳 DeepSeek 👨‍👩‍👧‍👦 uses 👍🏽 Nvidia 🧑🏿‍💻',
  'تستخدمُ ديب سيك شرائحَ 🇸🇦 إنفيديا 😀 لنموذج R2',
  'e\u0301'.repeat(30),
  `a${'😀'.repeat(3)}b${'\u{1F469}\u200D\u{1F52C}'.repeat(5)}`,
];

test.each(TEXTS)('every limit over %s', (text) => {
  const wholes = graphemes(text);
  const starts = new Set(wholes.map((_, i) => wholes.slice(0, i).join('')));
  for (let limit = 1; limit <= text.length + 1; limit++) {
    const cut = truncate(text, limit);
    expect(cut.length).toBeLessThanOrEqual(limit);
    expect(cut).not.toMatch(LONE_SURROGATE);
    if (limit >= text.length) {
      expect(cut).toBe(text);
    } else {
      expect(cut.endsWith('…')).toBe(true);
      expect(starts.has(cut.slice(0, -1))).toBe(true);
    }
  }
});

test('a 2 MB text is cut at the limit, the emoji at the boundary kept whole or left out', () => {
  const text = `${'ب'.repeat(1000)}${'😀'.repeat(1024 * 1024)}`;
  expect(truncate(text, 1002)).toBe(`${'ب'.repeat(1000)}…`);
  expect(truncate(text, 1003)).toBe(`${'ب'.repeat(1000)}😀…`);
});

test('no room for the ellipsis gives what fits of it; an empty ellipsis cuts bare', () => {
  expect(truncate('abcdef', 0)).toBe('');
  expect(truncate('abcdef', 1)).toBe('…');
  expect(truncate('ab😀cd', 3, '')).toBe('ab');
});
