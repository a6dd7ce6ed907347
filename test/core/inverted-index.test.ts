/**
 * The index built in bulk and then changed in place holds exactly what a plain map of
 * term → document → count holds, whatever the order of adds, edits and removals.
 */
import { mulberry32 } from '../../bench/random';
import { stringKey } from '../../src/core/search/int-multimap';
import { IndexBuilder, InvertedIndex, type VocabularyListener } from '../../src/core/search/inverted-index';

const VOCABULARY = Array.from({ length: 60 }, (_, i) => `t${i}`);

function randomTerms(random: () => number): string[] {
  const length = 1 + Math.floor(random() * 12);
  // Low ids are common, so some lists grow long and some terms repeat within a document.
  return Array.from({ length }, () => VOCABULARY[Math.floor(VOCABULARY.length * random() ** 2)]);
}

/** What the index should hold: live documents' terms, and the terms ever announced. */
class Model implements VocabularyListener {
  readonly documents = new Map<string, string[]>();
  readonly vocabulary = new Set<string>();
  termAdded(term: string): void {
    expect(this.vocabulary.has(term)).toBe(false);
    this.vocabulary.add(term);
  }
  termRemoved(term: string): void {
    expect(this.vocabulary.delete(term)).toBe(true);
  }
}

/** Everything observable about the index, as plain data. */
function observe(index: InvertedIndex, vocabulary: Iterable<string>) {
  const terms: Record<string, { documents: Record<string, number>; frequency: number; sorted: boolean; bounds: boolean }> = {};
  for (const term of VOCABULARY) {
    const posting = index.posting(term);
    const documents: Record<string, number> = {};
    let sorted = true;
    let bounds = true;
    for (let i = 0; posting && i < posting.size; i++) {
      const slot = posting.slots[i];
      if (i > 0 && slot <= posting.slots[i - 1]) sorted = false;
      if (!index.live[slot]) continue;
      documents[index.idAt(slot)] = posting.counts[i];
      if (posting.counts[i] > posting.maxCount || index.documentLengths[slot] < posting.minLength) bounds = false;
    }
    if (posting || index.documentFrequency(term) > 0) terms[term] = { documents, frequency: index.documentFrequency(term), sorted, bounds };
  }
  return { size: index.size, averageLength: Math.round(index.averageLength * 1e9) / 1e9, vocabulary: [...vocabulary].sort(), terms };
}

function check(index: InvertedIndex, model: Model, context: string): void {
  const expected: ReturnType<typeof observe>['terms'] = {};
  let total = 0;
  for (const [id, terms] of model.documents) {
    total += terms.length;
    for (const term of terms) {
      expected[term] ??= { documents: {}, frequency: 0, sorted: true, bounds: true };
      const entry = expected[term];
      if (entry.documents[id] === undefined) entry.frequency += 1;
      entry.documents[id] = (entry.documents[id] ?? 0) + 1;
    }
  }
  const size = model.documents.size;
  expect({ context, ...observe(index, model.vocabulary) }).toEqual({
    context,
    size,
    averageLength: size === 0 ? 0 : Math.round((total / size) * 1e9) / 1e9,
    vocabulary: Object.keys(expected).sort(),
    terms: expected,
  });
}

test.each([1, 2, 3, 4, 5])('bulk load, then adds, edits and removals in place, match a plain model (seed %i)', (seed) => {
  const random = mulberry32(seed);
  const model = new Model();
  const index = new InvertedIndex(model);
  const builder = new IndexBuilder();
  const dictionary: string[] = [];
  for (let n = 0; n < 200; n++) {
    const id = `d${n}`;
    const terms = randomTerms(random);
    model.documents.set(id, terms);
    builder.startDocument(id);
    for (const term of terms) {
      if (!dictionary.includes(term)) dictionary.push(term);
      builder.addTerm(dictionary.indexOf(term));
    }
  }
  // Term ids the builder never used (a dictionary can know more terms than the documents hold).
  dictionary.push('unused');
  index.load(builder, { length: dictionary.length, name: (id) => dictionary[id] });
  check(index, model, `seed ${seed}, after the bulk load`);
  for (let step = 0; step < 600; step++) {
    const id = `d${Math.floor(random() * 260)}`;
    const held = model.documents.get(id);
    if (held && random() < 0.5) {
      expect(index.delete(id)).toBe(true);
      model.documents.delete(id);
    } else {
      if (held) index.delete(id);
      const terms = randomTerms(random);
      index.add(id, terms);
      model.documents.set(id, terms);
    }
    if (step % 50 === 0) check(index, model, `seed ${seed}, step ${step}`);
  }
  check(index, model, `seed ${seed}, at the end`);
});

test('a bulk load of more occurrences than one block holds keeps every document whole, those across blocks too', () => {
  const random = mulberry32(7);
  const model = new Model();
  const index = new InvertedIndex(model);
  const builder = new IndexBuilder();
  // 24,000 documents of 45 to 55 terms: about 1.2 million occurrences, past the first block's 2^20.
  for (let n = 0; n < 24_000; n++) {
    const id = `d${n}`;
    const terms = Array.from({ length: 45 + Math.floor(random() * 11) }, () => VOCABULARY[Math.floor(VOCABULARY.length * random())]);
    model.documents.set(id, terms);
    builder.startDocument(id);
    for (const term of terms) builder.addTerm(VOCABULARY.indexOf(term));
  }
  expect(builder.occurrenceCount).toBeGreaterThan(2 ** 20);
  index.load(builder, { length: VOCABULARY.length, name: (id) => VOCABULARY[id] });
  check(index, model, 'after a bulk load across blocks');
});

test('a bulk load keeps term ids past 16 bits whole, those before the first of them too', () => {
  const index = new InvertedIndex();
  const builder = new IndexBuilder();
  const documents = [
    ['d0', [1, 2, 2]],
    ['d1', [70_000, 1]],
    ['d2', [2, 70_000, 70_000]],
  ] as const;
  for (const [id, terms] of documents) {
    builder.startDocument(id);
    for (const term of terms) builder.addTerm(term);
  }
  index.load(builder, { length: 70_001, name: (id) => `t${id}` });
  const listed = (term: string) => {
    const posting = index.posting(term);
    return posting ? Array.from({ length: posting.size }, (_, i) => [index.idAt(posting.slots[i]), posting.counts[i]]) : [];
  };
  expect([listed('t1'), listed('t2'), listed('t70000')]).toEqual([
    [
      ['d0', 1],
      ['d1', 1],
    ],
    [
      ['d0', 2],
      ['d2', 1],
    ],
    [
      ['d1', 1],
      ['d2', 2],
    ],
  ]);
});

test('removing an unknown id changes nothing; adding an id twice is refused', () => {
  const index = new InvertedIndex();
  index.add('a', ['x', 'y']);
  expect(index.delete('b')).toBe(false);
  expect(index.documentFrequency('x')).toBe(1);
  expect(() => index.add('a', ['z'])).toThrow(/already indexed/);
});

test('two ids whose hashes collide are told apart', () => {
  // Both hash to the same key (30-bit FNV-1a), so they share a place in the index's table of ids.
  const [first, second] = ['fact-298824', 'fact-668140'];
  expect(stringKey(first)).toBe(stringKey(second));
  const index = new InvertedIndex();
  index.add(first, ['x']);
  expect(index.has(second)).toBe(false);
  expect(index.delete(second)).toBe(false);
  index.add(second, ['x', 'y']);
  expect(index.delete(first)).toBe(true);
  expect([index.has(first), index.has(second), index.size, index.documentFrequency('x'), index.documentFrequency('y')]).toEqual([false, true, 1, 1, 1]);
});
