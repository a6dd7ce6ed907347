/** The benchmark's workload must be reproducible and realistic, and its baseline must answer like the brief says. */
import { syntheticCorpus } from '../../bench/corpus';
import { NaiveFuse } from '../../bench/naive';
import { arabicVariant, typo } from '../../bench/perturb';
import { plantQuestions, QUESTION_KINDS } from '../../bench/questions';
import { mulberry32 } from '../../bench/random';
import { percentile } from '../../bench/stats';
import { validateFact } from '../../src/core/knowledge/validate';
import { normalizeArabic } from '../../src/core/text/arabic';
import { editDistance } from '../../src/core/search/fuzzy';

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
  const naive = new NaiveFuse({ ...base, facts: corpus.map((planted) => planted.fact) });

  it('answers with its top hit, in Arabic when the question has Arabic letters', () => {
    const fact = corpus[3].fact;
    const answer = naive.ask(fact.ar);
    expect(answer.answered).toBe(true);
    expect(answer.language).toBe('ar');
    expect(answer.facts[0].fact.id).toBe(naive.search(fact.ar)[0].id);
  });

  it('abstains only when fuse.js finds nothing', () => {
    expect(naive.ask('qqqqqqqqqqqqqqqqqqqq').answered).toBe(false);
  });
});

it('takes the nearest-rank percentile', () => {
  expect(percentile([5, 1, 4, 2, 3], 0.5)).toBe(3);
  expect(percentile([...Array(100).keys()], 0.99)).toBe(98);
});
