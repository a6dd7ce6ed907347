/** The benchmark's workload must be reproducible and realistic, and its baseline must answer like the brief says. */
import Fuse from 'fuse.js';
import { syntheticCorpus } from '../../bench/corpus';
import { NaiveFuse } from '../../bench/naive';
import { arabicVariant, typo } from '../../bench/perturb';
import { plantQuestions, QUESTION_KINDS } from '../../bench/questions';
import { mulberry32, pick } from '../../bench/random';
import { percentile } from '../../bench/stats';
import { validateFact } from '../../src/core/knowledge/validate';
import { normalizeArabic } from '../../src/core/text/arabic';
import { editDistance } from '../../src/core/search/fuzzy';
import { testSeed } from '../seed';

const SEED = testSeed(5);
/** Letters fuse.js rarely finds together in a fact: strings of them are mostly not found. */
const RARE_LETTERS = Array.from('qxzjkvw');

describe('synthetic corpus', () => {
  const { base, corpus } = syntheticCorpus(200, 7);

  it('is the same for the same seed, and a smaller corpus is the start of a larger one', () => {
    const smaller = syntheticCorpus(50, 7).corpus.map((planted) => planted.fact);
    expect(corpus.slice(0, 50).map((planted) => planted.fact)).toEqual(smaller);
  });

  it('makes facts the core accepts, in both scripts, of realistic length', () => {
    const catalog = new Map(base.sources.map((source) => [source.id, source]));
    for (const { fact } of corpus) {
      expect(validateFact(fact, catalog)).toEqual(fact);
      expect(fact.en.length).toBeGreaterThanOrEqual(80);
      expect(fact.en.length).toBeLessThanOrEqual(200);
    }
  });

  it('plants questions of every kind, in turn, each on a fact of the corpus', () => {
    const questions = plantQuestions(corpus, 10, 3);
    expect(questions.map((question) => question.kind)).toEqual([...QUESTION_KINDS, ...QUESTION_KINDS]);
    const ids = new Set(corpus.map((planted) => planted.fact.id));
    expect(questions.every((question) => ids.has(question.factId) && question.text.trim() !== '')).toBe(true);
  });
});

describe('perturbations', () => {
  const random = mulberry32(11);

  it('respells Arabic only in ways the normaliser undoes', () => {
    for (const word of ['المسؤولة', 'أشلاغ', 'حوزى', 'إنفيديا', 'تدريب', 'الشبائع']) {
      for (let i = 0; i < 20; i++) expect(normalizeArabic(arabicVariant(word, random))).toBe(normalizeArabic(word));
    }
  });

  it('makes one slip at most, and none in words too short to correct', () => {
    for (const word of ['processor', 'buchiolaind', 'الاستدلال']) {
      for (let i = 0; i < 20; i++) expect(editDistance(word, typo(word, random), 2)).toBeLessThanOrEqual(1);
    }
    expect(typo('chip', random)).toBe('chip');
  });
});

describe('naive fuse.js build', () => {
  const { base, corpus } = syntheticCorpus(30, 5);
  const facts = corpus.map((planted) => planted.fact);
  const naive = new NaiveFuse({ ...base, facts });
  // What the brief says the baseline is, built here on its own: fuse.js, default options, keys en and ar.
  const fuse = new Fuse(facts, { keys: ['en', 'ar'] });

  it("answers a fact's own text with that fact, in the language the text is written in", () => {
    for (const { fact } of corpus.slice(0, 10)) {
      for (const [text, language] of [
        [fact.ar, 'ar'],
        [fact.en, 'en'],
      ] as const) {
        const answer = naive.ask(text);
        expect({ text, answered: answer.answered, language: answer.language, top: answer.facts[0]?.fact.id }).toEqual({
          text,
          answered: true,
          language,
          top: fact.id,
        });
      }
    }
  });

  it(`answers with fuse.js's top hit, and abstains exactly when fuse.js finds nothing (seed ${SEED})`, () => {
    const random = mulberry32(SEED);
    const questions = [
      ...plantQuestions(corpus, 40, SEED).map((question) => question.text),
      ...Array.from({ length: 40 }, () => Array.from({ length: 12 }, () => pick(random, RARE_LETTERS)).join('')),
    ];
    const outcomes = new Set<boolean>();
    for (const question of questions) {
      const [top] = fuse.search(question);
      const answer = naive.ask(question);
      expect({ question, answered: answer.answered, top: answer.facts[0]?.fact.id }).toEqual({
        question,
        answered: top !== undefined,
        top: top?.item.id,
      });
      outcomes.add(answer.answered);
    }
    // Both directions were exercised: some questions answered, some declined.
    expect(outcomes).toEqual(new Set([true, false]));
  });
});

it('takes the nearest-rank percentile', () => {
  expect(percentile([5, 1, 4, 2, 3], 0.5)).toBe(3);
  expect(percentile([...Array(100).keys()], 0.99)).toBe(98);
});
