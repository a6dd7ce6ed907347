/**
 * 10,000 random and hostile strings through the core: empty, very long, control and bidi
 * characters, emoji, mixed scripts, mention and markdown injection. Every one must come back as
 * an answer or an abstention in a known language, never an exception.
 */
import { Isnad } from '../../src/core/engine';
import { loadKnowledgeBase } from '../../src/core/knowledge/load';

/** A small seeded generator, so a failure can be replayed. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '',
  ' ',
  '\u0000',
  '\u202e',
  '\u2067',
  '\u200b',
  '\ufeff',
  '\n',
  '\t',
  '\u0085',
  '😀',
  '🇸🇦',
  '👨‍👩‍👧',
  '@everyone',
  '<@123456789012345678>',
  '**bold**',
  '`code`',
  '||spoiler||',
  '> quote',
  '# title',
  '[x](http://a)',
  'DeepSeek',
  'ديب سيك',
  'إنفيديا',
  'nvidea',
  'R2',
  '؟',
  '?',
  'ـــ',
  'ًٌٍَُِّْ',
  '٢',
  '۲',
  'ﻻ',
  'ﷺ',
  '\ud800',
  '\udfff',
  'what',
  'هل',
  'Huawei',
  'الشرائح',
  '中文',
  'кириллица',
  '%s',
  '${x}',
  '\\',
  '"',
  "'",
  '/*',
  'null',
  'undefined',
  '__proto__',
  'constructor',
];

test('10,000 random and hostile strings: each answered or abstained, none throws', () => {
  const engine = new Isnad(loadKnowledgeBase());
  const random = mulberry32(2026);
  const outcomes = { answered: 0, abstained: 0 };
  const cases: string[] = ['', ' '.repeat(10_000), 'a'.repeat(10_000), 'ديب سيك '.repeat(2_000), '\u202e'.repeat(5_000)];
  while (cases.length < 10_000) {
    const parts = Math.floor(random() * 12);
    let text = '';
    for (let i = 0; i < parts; i++) {
      text += random() < 0.7 ? PIECES[Math.floor(random() * PIECES.length)] : String.fromCharCode(Math.floor(random() * 0xffff));
      if (random() < 0.5) text += ' ';
    }
    cases.push(text);
  }
  for (const question of cases) {
    const answer = engine.ask(question);
    expect(['ar', 'en']).toContain(answer.language);
    expect(typeof answer.text).toBe('string');
    if (answer.answered) {
      expect(answer.facts.length).toBeGreaterThan(0);
      outcomes.answered += 1;
    } else {
      outcomes.abstained += 1;
    }
  }
  expect(outcomes.answered + outcomes.abstained).toBe(10_000);
  // Some random mixes contain real names and must still be answered; noise must mostly abstain.
  expect(outcomes.answered).toBeGreaterThan(0);
  expect(outcomes.abstained).toBeGreaterThan(outcomes.answered);
});
