import { cleanLines, cleanText, hasControlCharacters, stripBidiControls, stripControls, stripInvisible } from '../../src/core/text/controls';

describe('control and invisible characters', () => {
  test('C0/C1 controls and DEL are removed', () => {
    expect(stripControls('a\u0000b\u0007c\u007f\u0085d')).toBe('abcd');
  });

  test('bidi overrides, embeddings, isolates and marks are removed', () => {
    expect(stripBidiControls('\u202eNvidia\u202c \u2067هواوي\u2069\u200f')).toBe('Nvidia هواوي');
  });

  test('zero-width characters and the BOM are removed', () => {
    expect(stripInvisible('Deep\u200bSeek\ufeff \u200dR2')).toBe('DeepSeek R2');
  });

  test('cleanText keeps words apart across line breaks and tabs, and trims', () => {
    expect(cleanText('  what\ndoes\tDeepSeek\r\n use  ')).toBe('what does DeepSeek use');
  });

  test('cleanLines cleans each line but keeps one line break between lines, where a sentence ends', () => {
    expect(cleanLines('what is R\u200d2 \r\n\r\n\u202eleh  huawei\u2028ok\n')).toBe('what is R2\nleh huawei\nok\n');
  });

  test('hasControlCharacters tells clean text from text that needs cleaning', () => {
    expect(hasControlCharacters('ديب سيك R2')).toBe(false);
    expect(hasControlCharacters('a\u202eb')).toBe(true);
    expect(hasControlCharacters('a\u200bb')).toBe(true);
    expect(hasControlCharacters('a\u0001b')).toBe(true);
  });
});
