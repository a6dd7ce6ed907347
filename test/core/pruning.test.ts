/**
 * Pruning (MaxScore) must not change what a question is answered with: on random corpora and
 * random questions, the pruned ranking returns the very facts, scores and coverage an exhaustive
 * scan returns, with and without a slot filter, contrasts, fuzzy alternatives and removed facts.
 */
import { mulberry32, zipf } from '../../bench/random';
import { DEFAULT_OPTIONS } from '../../src/core/options';
import { InvertedIndex } from '../../src/core/search/inverted-index';
import type { QueryTerm } from '../../src/core/search/query';
import { Ranker } from '../../src/core/search/rank';

function randomCorpus(seed: number) {
  const random = mulberry32(seed);
  const vocabularySize = 50 + Math.floor(random() * 400);
  const draw = zipf(vocabularySize);
  const index = new InvertedIndex();
  const documents = 200 + Math.floor(random() * 1500);
  // Most common words have a translation: in every fact that holds the word for even ranks (the
  // same list), in most of them for odd ones.
  const withTranslations = (words: string[]) =>
    words.flatMap((word) => {
      const rank = Number(word.slice(1));
      return rank < 30 && (rank % 2 === 0 || random() < 0.8) ? [word, `t${rank}`] : [word];
    });
  for (let n = 0; n < documents; n++) {
    const length = 1 + Math.floor(random() * 20);
    index.add(`d${n}`, withTranslations(Array.from({ length }, () => `w${draw(random)}`)));
  }
  // Some facts removed, some edited (removed, then added again with new words).
  for (let n = 0; n < documents / 10; n++) {
    const id = `d${Math.floor(random() * documents)}`;
    if (!index.delete(id)) continue;
    if (random() < 0.5)
      index.add(
        id,
        Array.from({ length: 1 + Math.floor(random() * 20) }, () => `w${draw(random)}`),
      );
  }
  const contrasts = new Map<string, string[]>();
  for (let n = 0; n < 5; n++) {
    const [a, b] = [`w${draw(random)}`, `w${draw(random)}`];
    if (a !== b) {
      contrasts.set(a, [...(contrasts.get(a) ?? []), b]);
      contrasts.set(b, [...(contrasts.get(b) ?? []), a]);
    }
  }
  const question = (): QueryTerm[] =>
    // Mostly a few words; one in five a whole sentence's worth (most of them common words).
    Array.from({ length: random() < 0.2 ? 8 + Math.floor(random() * 16) : 1 + Math.floor(random() * 7) }, (_, i) => {
      const alternatives = Array.from({ length: random() < 0.2 ? 0 : random() < 0.7 ? 1 : 3 }, () => ({
        term: `w${random() < 0.1 ? vocabularySize + 1 : draw(random)}`,
        weight: random() < 0.5 ? 1 : 0.5 + random() / 2,
      }));
      // A word asked with its translation, as the lexicon and the language links add it.
      const rank = Number(alternatives[0]?.term.slice(1));
      if (rank < 30 && random() < 0.5) alternatives.push({ term: `t${rank}`, weight: 0.5 });
      return { source: `q${i}${random() < 0.1 ? '1' : ''}`, alternatives };
    });
  return { index, contrasts, question, random };
}

test.each(Array.from({ length: 12 }, (_, i) => 1000 + i))('pruned ranking = exhaustive ranking on a random corpus (seed %i)', (seed) => {
  const { index, contrasts, question, random } = randomCorpus(seed);
  const ranker = new Ranker(index, DEFAULT_OPTIONS.ranking, contrasts);
  // Lists this short are long for a corpus this small: the contenders are gathered by bounds, and
  // the longest lists are often left unread.
  const gathering = new Ranker(
    index,
    { ...DEFAULT_OPTIONS.ranking, boundedFromFacts: 0, boundedListShare: random() / 40, unreadListShare: random() / 4 },
    contrasts,
  );
  for (let n = 0; n < 150; n++) {
    const query = question();
    const limit = 1 + Math.floor(random() * 12);
    const modulus = 2 + Math.floor(random() * 3);
    const accept = random() < 0.3 ? (slot: number) => slot % modulus !== 0 : undefined;
    // A side of a contrast meant though not asked, now and then.
    const meantSide = random() < 0.3 ? [...contrasts.keys()][Math.floor(random() * contrasts.size)] : undefined;
    const exhaustive = ranker.rank(query, limit, { accept, meantSide, exhaustive: true });
    for (const [name, pruned] of [
      ['pruned', ranker.rank(query, limit, { accept, meantSide })],
      ['gathered', gathering.rank(query, limit, { accept, meantSide })],
    ] as const) {
      if (JSON.stringify(pruned) !== JSON.stringify(exhaustive)) {
        throw new Error(
          `seed ${seed}, question ${n}: ${JSON.stringify({ query, limit, filtered: Boolean(accept), meantSide })}\n${name}: ${JSON.stringify(pruned)}\nexhaustive: ${JSON.stringify(exhaustive)}`,
        );
      }
      if (accept) for (const candidate of pruned) expect(index.has(candidate.id)).toBe(true);
    }
  }
  expect(gathering.work.bounded).toBeGreaterThan(0);
  expect(gathering.work.unread).toBeGreaterThan(0);
});

test('a side of a contrast meant though not asked penalises the facts holding only its opposite, as asking it would', () => {
  const index = new InvertedIndex();
  index.add('small-only', ['r2', 'train', 'small']);
  index.add('large-only', ['r2', 'large']);
  index.add('both', ['r2', 'small', 'large']);
  index.add('neither', ['r2']);
  const ranker = new Ranker(
    index,
    DEFAULT_OPTIONS.ranking,
    new Map([
      ['small', ['large']],
      ['large', ['small']],
    ]),
  );
  const query: QueryTerm[] = ['r2', 'train'].map((term) => ({ source: term, alternatives: [{ term, weight: 1 }] }));
  const scores = (meantSide?: string) => new Map(ranker.rank(query, 4, { meantSide }).map(({ id, score }) => [id, score]));
  const plain = scores();
  const meant = scores('large');
  expect(plain.get('small-only')).toBeGreaterThan(plain.get('large-only')!);
  expect(meant.get('small-only')).toBeCloseTo(plain.get('small-only')! * DEFAULT_OPTIONS.ranking.contrastPenalty);
  for (const id of ['large-only', 'both', 'neither']) expect([id, meant.get(id)]).toEqual([id, plain.get(id)]);
  // Asking a side itself overrides what is meant.
  const asked = ranker.rank([...query, { source: 'small', alternatives: [{ term: 'small', weight: 1 }] }], 4, { meantSide: 'large' });
  expect(asked[0].id).toBe('small-only');
});

test('on a corpus with common words, pruning reads far fewer postings than the exhaustive scan', () => {
  const random = mulberry32(7);
  const index = new InvertedIndex();
  // Every fact holds the two common words; a rare word is in a handful.
  for (let n = 0; n < 5_000; n++) index.add(`d${n}`, ['common', 'usual', `rare${n % 500}`, `filler${Math.floor(random() * 50)}`]);
  const ranker = new Ranker(index, DEFAULT_OPTIONS.ranking);
  const query: QueryTerm[] = ['rare7', 'common', 'usual'].map((term) => ({ source: term, alternatives: [{ term, weight: 1 }] }));
  const pruned = ranker.rank(query, 10);
  const prunedWork = { ...ranker.work };
  const exhaustive = ranker.rank(query, 10, { exhaustive: true });
  expect(pruned).toEqual(exhaustive);
  const exhaustiveScanned = ranker.work.scanned - prunedWork.scanned;
  expect(exhaustiveScanned).toBe(10 + 5_000 + 5_000);
  expect(prunedWork.scanned).toBe(10);
  expect(prunedWork.sought).toBeLessThanOrEqual(2 * 10);
});

test('once the lists left are long, the facts that may reach the top are gathered by bounds and only they are scored', () => {
  const random = mulberry32(11);
  const index = new InvertedIndex();
  // A few rare words; many words in a tenth of the facts each, and their translations in the very
  // same facts: no fact is out of reach until most of the lists are read.
  for (let n = 0; n < 4_000; n++) {
    const words = Array.from({ length: 6 }, () => `mid${Math.floor(random() * 60)}`);
    index.add(`d${n}`, [`rare${n % 400}`, ...words, ...words.map((word) => `tr-${word}`)]);
  }
  const query: QueryTerm[] = [
    { source: 'rare3', alternatives: [{ term: 'rare3', weight: 1 }] },
    ...Array.from({ length: 12 }, (_, i) => ({
      source: `mid${i}`,
      alternatives: [
        { term: `mid${i}`, weight: 1 },
        { term: `tr-mid${i}`, weight: 0.5 },
      ],
    })),
  ];
  const gathering = new Ranker(index, { ...DEFAULT_OPTIONS.ranking, boundedFromFacts: 0, boundedListShare: 1 / 40 });
  const exhaustive = new Ranker(index, DEFAULT_OPTIONS.ranking).rank(query, 10, { exhaustive: true });
  expect(gathering.rank(query, 10)).toEqual(exhaustive);
  // Each mid word's list is read once (its translation's is the same list), for bounds only.
  expect(gathering.work.bounded).toBeLessThanOrEqual(12 * 4_000 * 0.12);
  expect(gathering.work.scanned).toBe(10);
  // The facts with the best bounds, scored first, raise the bar: fewer than a hundred facts are
  // left to complete per word (without them, over three hundred were).
  expect(gathering.work.sought).toBeLessThan(12 * 100);
  // An index this small is scored directly: its per-fact sums stay in the processor's cache.
  const direct = new Ranker(index, DEFAULT_OPTIONS.ranking);
  expect(direct.rank(query, 10)).toEqual(exhaustive);
  expect(direct.work.bounded).toBe(0);
});

test('while contenders are gathered, the lists of words in most facts are not read when those words alone cannot reach the bar', () => {
  const random = mulberry32(13);
  const index = new InvertedIndex();
  // Rare words, words in a twentieth of the facts each, and three words in most facts.
  for (let n = 0; n < 6_000; n++) {
    const common = ['often', 'usual', 'everywhere'].filter(() => random() < 0.8);
    const words = Array.from({ length: 4 }, () => `mid${Math.floor(random() * 80)}`);
    index.add(`d${n}`, [`rare${n % 600}`, ...words, ...common]);
  }
  const query: QueryTerm[] = ['rare5', ...Array.from({ length: 10 }, (_, i) => `mid${i}`), 'often', 'usual', 'everywhere'].map((term) => ({
    source: term,
    alternatives: [{ term, weight: 1 }],
  }));
  const gathering = new Ranker(index, { ...DEFAULT_OPTIONS.ranking, boundedFromFacts: 0, boundedListShare: 1 / 100, unreadListShare: 1 / 2 });
  const exhaustive = new Ranker(index, DEFAULT_OPTIONS.ranking).rank(query, 10, { exhaustive: true });
  expect(gathering.rank(query, 10)).toEqual(exhaustive);
  // The three common words' lists (about 4,800 entries each) are left unread; the mid words' are read.
  expect(gathering.work.unread).toBeGreaterThan(3 * 4_000);
  expect(gathering.work.bounded).toBeLessThan(10 * 6_000 * 0.1);
  // Only the few facts that stay are sought in them.
  expect(gathering.work.sought).toBeLessThan(14 * 100);
});

test('the slot filter keeps out the facts it refuses, before the top results are chosen', () => {
  const index = new InvertedIndex();
  for (let n = 0; n < 30; n++) index.add(`d${n}`, n < 10 ? ['chips', 'chips', 'huawei'] : ['chips']);
  const ranker = new Ranker(index, DEFAULT_OPTIONS.ranking);
  const query: QueryTerm[] = [
    { source: 'chips', alternatives: [{ term: 'chips', weight: 1 }] },
    { source: 'huawei', alternatives: [{ term: 'huawei', weight: 1 }] },
  ];
  const onlyLater = ranker.rank(query, 5, { accept: (slot) => slot >= 10 });
  expect(onlyLater.map((candidate) => candidate.id)).toEqual(['d10', 'd11', 'd12', 'd13', 'd14']);
  expect(ranker.rank(query, 5).map((candidate) => candidate.id)).toEqual(['d0', 'd1', 'd2', 'd3', 'd4']);
});

test('facts the first words found are counted once among the leaders that set the bar', () => {
  const index = new InvertedIndex();
  // Three facts hold the rare word and the next one; many more hold the next two, at lengths that
  // order them, and the common word comes last: the bar is first raised once it is the only one left.
  for (let n = 0; n < 3; n++) index.add(`rare${n}`, ['rare', 'next', 'common']);
  for (let n = 0; n < 40; n++) index.add(`d${n}`, ['next', 'common', ...Array.from({ length: n }, (_, i) => `filler${i}`)]);
  for (let n = 0; n < 400; n++) index.add(`c${n}`, ['common', `other${n}`]);
  const ranker = new Ranker(index, DEFAULT_OPTIONS.ranking);
  const query: QueryTerm[] = ['rare', 'next', 'common'].map((term) => ({ source: term, alternatives: [{ term, weight: 1 }] }));
  expect(ranker.rank(query, 10)).toEqual(ranker.rank(query, 10, { exhaustive: true }));
});
