/**
 * A fact's and a source's content in fixed shapes: what the engine and the export see, what a
 * revision records, and JSON with a fixed key order, so equal content gives equal text.
 */
import type { Fact, Source } from '../core/types';
import type { FactState, FactStatus } from './types';

/** A fact with its bookkeeping stripped: what the engine and the export see. */
export function plainFact(fact: Fact): Fact {
  return { id: fact.id, en: fact.en, ar: fact.ar, sourceId: fact.sourceId, paragraph: fact.paragraph, aliases: [...fact.aliases] };
}

export function factState(fact: Fact, status: FactStatus): FactState {
  return { en: fact.en, ar: fact.ar, sourceId: fact.sourceId, paragraph: fact.paragraph, aliases: [...fact.aliases], status };
}

export function sameState(a: FactState, b: FactState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The content of a fact as JSON with a fixed key order, so equal content gives equal text. */
export function factContentJson(fact: Fact): string {
  return JSON.stringify({ en: fact.en, ar: fact.ar, sourceId: fact.sourceId, paragraph: fact.paragraph, aliases: fact.aliases });
}

/** A source rebuilt with a fixed key order (for comparison and export). */
export function canonicalSource(source: Source): Source {
  return {
    id: source.id,
    title: { en: source.title.en, ar: source.title.ar },
    outlet: source.outlet ? { en: source.outlet.en, ar: source.outlet.ar } : null,
    url: source.url,
    sections: source.sections.map((section) => ({
      id: section.id,
      heading: { en: section.heading.en, ar: section.heading.ar },
      paragraphs: [...section.paragraphs],
    })),
    paragraphs: source.paragraphs.map((paragraph) => ({
      number: paragraph.number,
      gloss: { en: paragraph.gloss.en, ar: paragraph.gloss.ar },
    })),
  };
}

export function sourceJson(source: Source): string {
  return JSON.stringify(canonicalSource(source));
}
