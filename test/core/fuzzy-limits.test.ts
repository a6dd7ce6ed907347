/**
 * Fuzzy matching's work is bounded by counting it (variants stored, candidates examined), never
 * by timing it: one long "word" must not cost memory, one long question word must not cost time.
 */
import { Isnad } from '../../src/core/engine';
import { loadKnowledgeBase } from '../../src/core/knowledge/load';
import { DEFAULT_OPTIONS } from '../../src/core/options';
import { editDistance, FuzzyVocabulary, oneSlipFrom, slipsAllowed } from '../../src/core/search/fuzzy';
import { mulberry32 } from '../../bench/random';

const limits = DEFAULT_OPTIONS.fuzzy;

function letters(count: number, seed: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += String.fromCharCode(97 + ((seed * 7 + i * 13 + ((i * i) % 5)) % 26));
  return text;
}

describe('fuzzy limits', () => {
  test('a word past the length limit stores no deletion variants; a normal word does', () => {
    const vocabulary = new FuzzyVocabulary(limits);
    vocabulary.termAdded(letters(590, 1));
    expect(vocabulary.work.variantsStored).toBe(0);
    vocabulary.termAdded('accelerator');
    expect(vocabulary.work.variantsStored).toBeGreaterThan(0);
    // Two edits of an 11-letter word: 1 + 11 + 55 forms at most.
    expect(vocabulary.work.variantsStored).toBeLessThanOrEqual(67);
  });

  test('a word at the limit stores at most its two-deletion forms', () => {
    const vocabulary = new FuzzyVocabulary(limits);
    const n = limits.maxWordLength;
    vocabulary.termAdded(letters(n, 2));
    expect(vocabulary.work.variantsStored).toBeLessThanOrEqual(1 + n + (n * (n - 1)) / 2);
  });

  test('a word of distinct letters stores each of its one- and two-deletion forms', () => {
    const vocabulary = new FuzzyVocabulary(limits);
    vocabulary.termAdded('blackout');
    // 1 + 8 + 28 forms, none the same.
    expect(vocabulary.work.variantsStored).toBe(37);
  });

  test('a known word is found from any slip of up to two edits, and a short one from one (seeded)', () => {
    const seed = 2718;
    const random = mulberry32(seed);
    const pick = (letters: string) => letters[Math.floor(random() * letters.length)];
    const edit = (word: string, letters: string): string => {
      const at = Math.floor(random() * word.length);
      const kind = Math.floor(random() * 4);
      if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
      if (kind === 1) return word.slice(0, at) + pick(letters) + word.slice(at);
      if (kind === 2) return word.slice(0, at) + pick(letters) + word.slice(at + 1);
      return at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word;
    };
    for (let n = 0; n < 300; n++) {
      const arabic = random() < 0.5;
      const letters = arabic ? 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي' : 'abcdefghijklmnopqrstuvwxyz';
      const word = Array.from({ length: 4 + Math.floor(random() * 9) }, () => pick(letters)).join('');
      const vocabulary = new FuzzyVocabulary(limits);
      vocabulary.termAdded(word);
      const once = edit(word, letters);
      for (const slip of [once, edit(once, letters)]) {
        const edits = editDistance(word, slip, 2);
        // A short Arabic word is not taken for a shorter known one (see acceptsLength).
        const tooShort = arabic && slip.length <= 5 && word.length < slip.length;
        if (slip === word || edits > slipsAllowed(slip) || tooShort) continue;
        const found = vocabulary.match(slip, vocabulary.budget()).map((match) => match.term);
        if (!found.includes(word)) throw new Error(`seed ${seed}, case ${n}: ${slip} (${edits} edits) does not find ${word}`);
      }
    }
  });

  test('removing words gives their variants back', () => {
    const vocabulary = new FuzzyVocabulary(limits);
    vocabulary.termAdded('accelerator');
    vocabulary.termAdded('accelerated');
    vocabulary.termRemoved('accelerator');
    vocabulary.termRemoved('accelerated');
    expect(vocabulary.work.variantsStored).toBe(0);
  });

  test('a word is still found once words sharing its deletion forms are removed', () => {
    const vocabulary = new FuzzyVocabulary(limits);
    // Every bla?ze shares the deletion "blaze", the only form "blaqze" meets "blayze" by.
    const others = Array.from('abcdefghijklmnopqrstuvwx', (letter) => `bla${letter}ze`);
    for (const word of [...others, 'blayze']) vocabulary.termAdded(word);
    for (const word of others) vocabulary.termRemoved(word);
    expect(vocabulary.match('blaqze', vocabulary.budget()).map((match) => match.term)).toEqual(['blayze']);
  });

  test('a question word past the length limit is not even broken into deletion forms', () => {
    const vocabulary = new FuzzyVocabulary(limits);
    const long = letters(500, 3);
    // Known words that share deletion forms with the long word, were it looked up.
    vocabulary.termAdded(long.slice(0, 30));
    expect(vocabulary.match(long, vocabulary.budget())).toEqual([]);
    expect(vocabulary.work.variantsProbed).toBe(0);
    vocabulary.match(letters(31, 3), vocabulary.budget());
    expect(vocabulary.work.variantsProbed).toBeGreaterThan(0);
  });

  test('one lookup examines at most the per-word cap, however many words are within reach', () => {
    const vocabulary = new FuzzyVocabulary({ ...limits, maxCandidatesPerWord: 50 });
    // 26 × 26 known words one substitution away from "blaxyze" share its deletion "blaze".
    for (const x of 'abcdefghijklmnopqrstuvwxyz') for (const y of 'abcdefghijklmnopqrstuvwxyz') vocabulary.termAdded(`bla${x}${y}ze`);
    const matches = vocabulary.match('blaqqze', vocabulary.budget());
    expect(vocabulary.work.candidatesExamined).toBe(50);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.length).toBeLessThanOrEqual(limits.maxMatchesPerWord);
  });

  test('a question shares one budget: once spent, its other words are not looked up', () => {
    const vocabulary = new FuzzyVocabulary({ ...limits, maxCandidatesPerWord: 50, maxCandidatesPerQuestion: 120 });
    for (const x of 'abcdefghijklmnopqrstuvwxyz') for (const y of 'abcdefghijklmnopqrstuvwxyz') vocabulary.termAdded(`bla${x}${y}ze`);
    const budget = vocabulary.budget();
    const words = ['blaqqze', 'blaqwze', 'blawqze', 'blawwze', 'blaeeze'];
    const matched = words.map((word) => vocabulary.match(word, budget).length);
    expect(vocabulary.work.candidatesExamined).toBe(120);
    expect(matched.slice(0, 2).every((count) => count > 0)).toBe(true);
    expect(matched.slice(3)).toEqual([0, 0]);
  });

  test('the engine with facts full of 590-letter words holds no more variants than without them', () => {
    const knowledge = loadKnowledgeBase();
    const plain = new Isnad(knowledge).fuzzyWork.variantsStored;
    const engine = new Isnad(knowledge);
    for (let i = 0; i < 16; i++) {
      engine.setFact({ id: `long-${i}`, en: `${letters(590, i)} DeepSeek`, ar: letters(590, i + 100), sourceId: 'report', paragraph: 1, aliases: [] });
    }
    expect(engine.fuzzyWork.variantsStored).toBe(plain);
    const before = engine.fuzzyWork.variantsProbed;
    engine.ask(`${letters(500, 7)} ${letters(500, 8)} DeepSeek`);
    expect(engine.fuzzyWork.variantsProbed).toBe(before);
  });
});

test('a small word list finds its words one slip from a typo, and nothing two slips away or too short to carry one', () => {
  const near = oneSlipFrom(['report', 'source', 'story', 'published', 'it', 'reports']);
  expect(['reprot', 'reportd', 'repor', 'raport', 'sorce', 'storry', 'pubished', 'report'].map(near)).toEqual([
    ['report'],
    ['report', 'reports'],
    ['report'],
    ['report'],
    ['source'],
    ['story'],
    ['published'],
    ['report', 'reports'],
  ]);
  expect(['repartt', 'reprotss', 'sauce', 'its', 'ti'].map(near)).toEqual([[], [], [], [], []]);
});
