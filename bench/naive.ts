/**
 * The naive build Isnad is measured against: fuse.js over the facts' English and Arabic text
 * with its default options, answering with its top hit and abstaining only when it finds
 * nothing. Its hits are turned into the core's Answer (through the core's own composer), so the
 * same judge scores both.
 */
import Fuse from 'fuse.js';
import { compose, type FactLookup } from '../src/core/answer/compose';
import type { Answer, Fact, KnowledgeBase, Language, Source } from '../src/core/types';

/** What the naive build answers in: Arabic if the question has any Arabic letter. */
function naiveLanguage(question: string): Language {
  return /\p{Script=Arabic}/u.test(question) ? 'ar' : 'en';
}

export class NaiveFuse implements FactLookup {
  private readonly fuse: Fuse<Fact>;
  private readonly factsById: Map<string, Fact>;
  private readonly sourcesById: Map<string, Source>;

  constructor(knowledge: KnowledgeBase) {
    this.fuse = new Fuse(knowledge.facts, { keys: ['en', 'ar'] });
    this.factsById = new Map(knowledge.facts.map((fact) => [fact.id, fact]));
    this.sourcesById = new Map(knowledge.sources.map((source) => [source.id, source]));
  }

  fact(id: string): Fact | undefined {
    return this.factsById.get(id);
  }

  source(id: string): Source | undefined {
    return this.sourcesById.get(id);
  }

  primarySource(): Source | undefined {
    return this.sourcesById.values().next().value;
  }

  /** Every fact fuse.js matches, best first. */
  search(question: string): Fact[] {
    return this.fuse.search(question).map((result) => result.item);
  }

  ask(question: string): Answer {
    return this.answer(question, this.search(question));
  }

  /** The answer the naive build gives from its hits: the first one, or an abstention. */
  answer(question: string, hits: Fact[]): Answer {
    const [top] = hits;
    const decision = top
      ? { answered: true as const, best: { id: top.id, score: 1, coverage: 1 }, support: [] }
      : { answered: false as const, reason: 'not-covered' as const, suggestions: [] };
    return compose(question, naiveLanguage(question), decision, this);
  }
}
