/**
 * Turns a decision into an Answer in the asker's language: the best fact first, then the facts
 * that support it, each with a numbered citation resolved to the source's title, section and ¶.
 */
import type { Decision } from '../search/decide';
import type { Candidate } from '../search/rank';
import type { Answer, AnsweredFact, Citation, Fact, Language, Source } from '../types';
import { MESSAGES } from './messages';

export interface FactLookup {
  fact(id: string): Fact | undefined;
  source(id: string): Source | undefined;
  /** The source the bot is about (the report), named when it abstains. */
  primarySource(): Source | undefined;
}

export function cite(fact: Fact, source: Source | undefined, language: Language, number: number): Citation {
  const section = source?.sections.find((candidate) => fact.paragraph !== null && candidate.paragraphs.includes(fact.paragraph));
  return {
    number,
    sourceId: fact.sourceId,
    source: source ? source.title[language] : fact.sourceId,
    outlet: source?.outlet ? source.outlet[language] : null,
    paragraph: fact.paragraph,
    section: section ? section.heading[language] : null,
    url: source?.url ?? null,
  };
}

function toAnswered(candidates: Candidate[], lookup: FactLookup, language: Language, topScore: number): AnsweredFact[] {
  const answered: AnsweredFact[] = [];
  for (const candidate of candidates) {
    const fact = lookup.fact(candidate.id);
    if (!fact) continue;
    const relative = topScore > 0 ? Math.min(1, candidate.score / topScore) : 0;
    answered.push({
      fact,
      score: Math.round(candidate.coverage * relative * 1000) / 1000,
      citation: cite(fact, lookup.source(fact.sourceId), language, answered.length + 1),
    });
  }
  return answered;
}

export function compose(question: string, language: Language, decision: Decision, lookup: FactLookup): Answer {
  const messages = MESSAGES[language];
  if (decision.answered) {
    const facts = toAnswered([decision.best, ...decision.support], lookup, language, decision.best.score);
    const text = facts.map((item) => `${item.fact[language]} [${item.citation.number}]`).join(' ');
    return { question, language, answered: true, text, facts };
  }
  const topScore = decision.suggestions[0]?.score ?? 0;
  const facts = toAnswered(decision.suggestions, lookup, language, topScore);
  const report = lookup.primarySource();
  const text =
    decision.reason === 'empty'
      ? messages.empty
      : [messages.notCovered, report ? messages.reportCovers(report.title[language]) : ''].filter(Boolean).join(' ');
  return { question, language, answered: false, abstention: decision.reason, text, facts };
}
