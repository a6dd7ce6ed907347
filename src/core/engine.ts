/**
 * The engine: question → normalise → retrieve → decide → compose. It holds the facts in memory
 * with their search index and is told of every change (a moderator's edit, a removal), which it
 * applies in place, so a change is answerable on the very next question.
 */
import { compose, type FactLookup } from './answer/compose';
import { type EngineOptions, type EngineOptionsInput, resolveOptions } from './options';
import { decide, type Decision } from './search/decide';
import { FuzzyVocabulary, type FuzzyWork, STOPWORD } from './search/fuzzy';
import { IndexBuilder, InvertedIndex } from './search/inverted-index';
import { Ranker, resolveQuery } from './search/rank';
import { Analyzer, CompiledLexicon, type TermSink } from './text/analyze';
import { allStopwords } from './text/stopwords';
import type { Answer, Fact, KnowledgeBase, Language, Source } from './types';

/** Longer questions are cut: nobody asks in more words, and it bounds the work per question. */
export const MAX_QUESTION_LENGTH = 500;

function sameContent(a: Fact, b: Fact): boolean {
  return (
    a.en === b.en &&
    a.ar === b.ar &&
    a.sourceId === b.sourceId &&
    a.paragraph === b.paragraph &&
    a.aliases.length === b.aliases.length &&
    a.aliases.every((alias, i) => alias === b.aliases[i])
  );
}

/** Each term id → the ids it contrasts with. */
function contrastMap(groups: string[][]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of groups) {
    for (const id of group) map.set(id, [...(map.get(id) ?? []), ...group.filter((other) => other !== id)]);
  }
  return map;
}

export interface Suggestion {
  fact: Fact;
  language: Language;
}

export class Isnad implements FactLookup {
  readonly options: EngineOptions;
  /** How text becomes terms; the moderators' gaps group questions with it too. */
  readonly analyzer: Analyzer;
  private readonly fuzzy: FuzzyVocabulary;
  private readonly index: InvertedIndex;
  private readonly ranker: Ranker;
  private readonly factsById = new Map<string, Fact>();
  private readonly sourcesById = new Map<string, Source>();

  /** `options` overrides any of the defaults in `DEFAULT_OPTIONS` (./options.ts). */
  constructor(knowledge: KnowledgeBase, options: EngineOptionsInput = {}) {
    this.options = resolveOptions(options);
    this.fuzzy = new FuzzyVocabulary(this.options.fuzzy);
    this.index = new InvertedIndex(this.fuzzy);
    const lexicon = new CompiledLexicon(knowledge.lexicon);
    this.analyzer = new Analyzer(lexicon);
    this.ranker = new Ranker(this.index, this.options.ranking, contrastMap(knowledge.lexicon.contrasts));
    for (const [surface, id] of lexicon.entries()) this.fuzzy.addAlias(surface, id);
    for (const word of allStopwords()) this.fuzzy.addAlias(word, STOPWORD);
    for (const source of knowledge.sources) this.setSource(source);
    // Built in bulk: every later change goes through setFact and removeFact, in place.
    for (const fact of knowledge.facts) this.factsById.set(fact.id, fact);
    const builder = new IndexBuilder();
    for (const fact of this.factsById.values()) {
      builder.startDocument(fact.id);
      this.readFact(fact, builder);
    }
    const { analyzer } = this;
    this.index.load(builder, { length: analyzer.termCount, name: (id) => analyzer.termName(id) });
  }

  /** Fuzzy matching's work so far, counted: what bounds its memory and time. */
  get fuzzyWork(): Readonly<FuzzyWork> {
    return this.fuzzy.work;
  }

  fact(id: string): Fact | undefined {
    return this.factsById.get(id);
  }

  source(id: string): Source | undefined {
    return this.sourcesById.get(id);
  }

  facts(): Fact[] {
    return [...this.factsById.values()];
  }

  sources(): Source[] {
    return [...this.sourcesById.values()];
  }

  /** The first source the engine was given: the report, which the seed files list first. */
  primarySource(): Source | undefined {
    return this.sourcesById.values().next().value;
  }

  setSource(source: Source): void {
    this.sourcesById.set(source.id, source);
  }

  /**
   * Adds a fact or replaces the one with its id; the index changes in place. The change feed
   * hands a process its own changes back, so a fact already held as it is costs nothing.
   */
  setFact(fact: Fact): void {
    const held = this.factsById.get(fact.id);
    if (held && sameContent(held, fact)) return;
    if (held) this.index.delete(held.id, this.termsOf(held));
    this.factsById.set(fact.id, fact);
    this.index.add(fact.id, this.termsOf(fact));
  }

  removeFact(id: string): boolean {
    const held = this.factsById.get(id);
    if (!held) return false;
    this.factsById.delete(id);
    return this.index.delete(id, this.termsOf(held));
  }

  /** What a fact is indexed under: the terms of its texts (the same every time it is read). */
  private termsOf(fact: Fact): string[] {
    const terms: string[] = [];
    this.readFact(fact, { addTerm: (id) => terms.push(this.analyzer.termName(id)) });
    return terms;
  }

  private readFact(fact: Fact, sink: TermSink): void {
    this.analyzer.forEachTermId(fact.en, sink);
    this.analyzer.forEachTermId(fact.ar, sink);
    for (const alias of fact.aliases) this.analyzer.forEachTermId(alias, sink);
  }

  /** The language a reply to `text` should be written in. */
  languageOf(text: string): Language {
    return this.analyzer.analyze(text.slice(0, MAX_QUESTION_LENGTH)).language;
  }

  ask(question: string): Answer {
    const analysis = this.analyzer.analyze(question.slice(0, MAX_QUESTION_LENGTH));
    const query = resolveQuery(analysis.terms, this.index, this.fuzzy, this.options.ranking);
    const candidates = this.ranker.rank(query, this.options.candidates);
    return compose(question, analysis.language, decide(candidates, query.length > 0, this.options.decision), this);
  }

  /**
   * Retrieval alone, for evaluation: the facts ranked for each question read in `message`, best
   * first, whatever the decision to answer would make of them.
   */
  retrieve(message: string, limit = 3): Fact[][] {
    const analysis = this.analyzer.analyze(message.slice(0, MAX_QUESTION_LENGTH));
    const query = resolveQuery(analysis.terms, this.index, this.fuzzy, this.options.ranking);
    return [this.ranker.rank(query, limit).map((candidate) => this.factsById.get(candidate.id) as Fact)];
  }

  /**
   * An answer resting on chosen facts, in `language`: a "did you mean" pick, or an answer already
   * shown, in the other language. Facts removed since are left out; none left is an abstention.
   */
  answerWith(question: string, language: Language, factIds: string[]): Answer {
    const [best, ...support] = factIds
      .filter((id) => this.factsById.has(id))
      .map((id) => ({ id, score: 1, coverage: 1 }));
    const decision: Decision = best ? { answered: true, best, support } : { answered: false, reason: 'not-covered', suggestions: [] };
    return compose(question, language, decision, this);
  }

  /**
   * Facts matching a question as it is being typed (autocomplete): the last word may be
   * unfinished, so it also stands for every indexed word it begins.
   */
  suggest(partial: string, limit = 10): Suggestion[] {
    const text = partial.slice(0, MAX_QUESTION_LENGTH);
    const analysis = this.analyzer.analyze(text);
    const query = resolveQuery(analysis.terms, this.index, this.fuzzy, this.options.ranking);
    const last = analysis.words[analysis.words.length - 1];
    if (last && !/\s$/.test(text) && last.text.length >= 2) {
      const completions = this.fuzzy.completions(last.text, 20);
      if (completions.length > 0) {
        query.push({ source: last.text, alternatives: completions.map((term) => ({ term, weight: 0.8 })) });
      }
    }
    return this.ranker
      .rank(query, limit)
      .map((candidate) => ({ fact: this.factsById.get(candidate.id) as Fact, language: analysis.language }));
  }
}
