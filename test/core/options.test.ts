import { Isnad } from '../../src/core/engine';
import { loadKnowledgeBase } from '../../src/core/knowledge/load';
import { DEFAULT_OPTIONS, resolveOptions } from '../../src/core/options';
import { confidence, DEFAULT_DECISION_MODEL, type Evidence } from '../../src/core/understand/decision-model';

const knowledge = loadKnowledgeBase();

describe('engine options', () => {
  test('left out, every option keeps its documented default', () => {
    expect(resolveOptions()).toEqual(DEFAULT_OPTIONS);
    expect(new Isnad(knowledge).options).toEqual(DEFAULT_OPTIONS);
  });

  test('a partial group overrides only the fields it names', () => {
    const options = resolveOptions({ ranking: { k1: 2 }, fuzzy: { maxWordLength: 12 } });
    expect(options.ranking).toEqual({ ...DEFAULT_OPTIONS.ranking, k1: 2 });
    expect(options.fuzzy).toEqual({ ...DEFAULT_OPTIONS.fuzzy, maxWordLength: 12 });
    expect(options.decision).toEqual(DEFAULT_OPTIONS.decision);
  });

  test('a nonsense value is refused with the option named', () => {
    expect(() => resolveOptions({ ranking: { k1: -1 } })).toThrow(/ranking\.k1/);
    expect(() => resolveOptions({ decision: { operatingPoint: Number.NaN } })).toThrow(/decision\.operatingPoint/);
    expect(() => resolveOptions({ decision: { operatingPoint: 1.5 } })).toThrow(/decision\.operatingPoint/);
    expect(() => resolveOptions({ ranking: { b: 1.5 } })).toThrow(/ranking\.b/);
    expect(() => resolveOptions({ candidates: Number.POSITIVE_INFINITY })).toThrow(/candidates/);
  });

  test('the decision operating point passed in decides whether the engine answers', () => {
    const question = 'what does DeepSeek use for R2';
    expect(new Isnad(knowledge).ask(question).answered).toBe(true);
    expect(new Isnad(knowledge, { decision: { operatingPoint: 1 } }).ask(question).answered).toBe(false);
    // A question no rule declines: a point just above the model's confidence in its fact declines it, one just below answers.
    const [{ evidence }] = new Isnad(knowledge).trace(question);
    const confident = confidence(evidence as Evidence, DEFAULT_DECISION_MODEL);
    expect(new Isnad(knowledge, { decision: { operatingPoint: confident + 0.001 } }).ask(question).answered).toBe(false);
    expect(new Isnad(knowledge, { decision: { operatingPoint: confident - 0.001 } }).ask(question).answered).toBe(true);
  });

  test('BM25 k1 and b passed in set how much repeats and length count', () => {
    const fact = (id: string, en: string) => ({ id, en, ar: 'شحنت', sourceId: 'report', paragraph: 1, aliases: [] });
    // The second fact's score relative to the best one's (the answer shows it as its score).
    const secondShare = (facts: ReturnType<typeof fact>[], ranking: { k1?: number; b?: number }) => {
      const engine = new Isnad({ ...knowledge, facts }, { ranking, decision: { operatingPoint: 0, supportCoverage: 0, supportShare: 0 } });
      return engine.ask('chips').facts[1].score;
    };
    // Same length, "chips" once against three times: k1 is how fast repeats stop adding.
    const repeats = [fact('once', 'Chips arrived late yesterday.'), fact('thrice', 'Chips chips chips yesterday.')];
    expect(secondShare(repeats, { k1: 0.5 })).toBeCloseTo(3.5 / 4.5, 2);
    expect(secondShare(repeats, { k1: 3 })).toBeCloseTo(0.5, 2);
    // Same count, a short fact and a long one: b is how much length counts.
    const lengths = [fact('short', 'Chips.'), fact('long', 'Chips arrived late yesterday evening downtown.')];
    expect(secondShare(lengths, { b: 0 })).toBe(1);
    expect(secondShare(lengths, { b: 1 })).toBeLessThan(0.9);
  });

  test('the candidate count bounds the suggestions offered', () => {
    const engine = new Isnad(knowledge, { candidates: 1, decision: { maxSuggestions: 5 } });
    expect(engine.ask("What is Nvidia's stock price?").facts.length).toBeLessThanOrEqual(1);
  });
});
