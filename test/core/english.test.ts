import { foldApostrophes, foldLatin, stemEnglish } from '../../src/core/text/english';

describe('English normalisation', () => {
  test('lower-cases and drops accents', () => {
    expect(foldLatin('DeepSeek Café')).toBe('deepseek cafe');
  });

  test('possessives are stripped, with straight or curly apostrophes, and contractions close up', () => {
    expect(foldApostrophes("huawei's chips")).toBe('huawei chips');
    expect(foldApostrophes('deepseek’s r2')).toBe('deepseek r2');
    expect(foldApostrophes("the engineers' help")).toBe('the engineers help');
    expect(foldApostrophes("doesn't")).toBe('doesnt');
  });
});

describe('English light stemmer', () => {
  const same = (...words: string[]) => new Set(words.map(stemEnglish));

  test('plural and singular meet', () => {
    expect(same('chip', 'chips').size).toBe(1);
    expect(same('accelerator', 'accelerators').size).toBe(1);
    expect(same('company', 'companies').size).toBe(1);
    expect(same('launch', 'launches').size).toBe(1);
  });

  test('verb forms meet', () => {
    expect(same('use', 'uses', 'used', 'using').size).toBe(1);
    expect(same('rely', 'relies', 'relied', 'relying').size).toBe(1);
    expect(same('plan', 'plans', 'planned', 'planning').size).toBe(1);
    expect(same('train', 'trains', 'trained', 'training').size).toBe(1);
  });

  test('an irregular past meets its verb, and no other word ("made" is no "mad")', () => {
    expect(same('make', 'makes', 'made', 'making').size).toBe(1);
    expect(same('send', 'sends', 'sent', 'sending').size).toBe(1);
    expect(same('keep', 'keeps', 'kept').size).toBe(1);
    expect(stemEnglish('made')).not.toBe(stemEnglish('mad'));
    // "found" is also "to found", "left" a side: left as they are
    expect(stemEnglish('found')).not.toBe(stemEnglish('find'));
  });

  test('leaves words it should not touch', () => {
    expect(stemEnglish('r2')).toBe('r2');
    expect(stemEnglish('h100')).toBe('h100');
    expect(stemEnglish('boss')).toBe('boss');
    expect(stemEnglish('string')).toBe('string');
    expect(stemEnglish('ai')).toBe('ai');
  });
});

test('words ending in -eed are not taken for past tenses', () => {
  expect(stemEnglish('need')).toBe(stemEnglish('needed'));
  expect(stemEnglish('speed')).toBe(stemEnglish('speeds'));
});
