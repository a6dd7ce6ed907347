/**
 * Turns a decision into an Answer in the asker's language: the best fact first, then the facts
 * that support it, each with a numbered citation resolved to the source's title, section and ¶.
 * Facts from the same place share its number, so a reader checks each place once.
 */
import type { Decision, Scored } from '../search/decide';
import type { Answer, AnsweredFact, Citation, Fact, Language, Source } from '../types';
import { type Attribute, MESSAGES } from './messages';

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

/** Where a citation points: two facts with the same place share one number. */
const placeOf = (fact: Fact) => `${fact.sourceId}\u0000${fact.paragraph ?? ''}`;

function toAnswered(candidates: Scored[], lookup: FactLookup, language: Language, topScore: number): AnsweredFact[] {
  const answered: AnsweredFact[] = [];
  const numbers = new Map<string, number>();
  for (const candidate of candidates) {
    const fact = lookup.fact(candidate.id);
    if (!fact) continue;
    const relative = topScore > 0 ? Math.min(1, candidate.score / topScore) : 0;
    const place = placeOf(fact);
    const number = numbers.get(place) ?? numbers.size + 1;
    numbers.set(place, number);
    answered.push({
      fact,
      score: Math.round(candidate.coverage * relative * 1000) / 1000,
      citation: cite(fact, lookup.source(fact.sourceId), language, number),
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
  let text: string;
  if (decision.reason === 'empty') text = messages.empty;
  else if (decision.reason === 'missing-attribute') text = messages.missing[decision.attribute as Attribute];
  else text = [messages.notCovered, report ? messages.reportCovers(report.title[language]) : ''].filter(Boolean).join(' ');
  return { question, language, answered: false, abstention: decision.reason, text, facts };
}

/** A summary: the report's main point, then the facts that carry it, each cited. */
export function composeSummary(question: string, language: Language, factIds: string[], lookup: FactLookup): Answer {
  const chosen = factIds.map((id, i) => ({ id, score: 1, coverage: 1 - i / 100 }));
  if (chosen.length === 0) return compose(question, language, { answered: false, reason: 'not-covered', suggestions: [] }, lookup);
  const facts = toAnswered(chosen, lookup, language, 1);
  const report = lookup.primarySource();
  const intro = report ? MESSAGES[language].summaryIntro(report.title[language]) : '';
  const text = [intro, ...facts.map((item) => `${item.fact[language]} [${item.citation.number}]`)].filter(Boolean).join(' ');
  return { question, language, answered: true, text, facts, summary: true };
}

/**
 * One reply to a message that asked several questions: each part answered on its own, the whole
 * answered when any part is, its facts those of the first answered part (for readers that know
 * nothing of parts).
 */
export function combineParts(message: string, language: Language, parts: Answer[]): Answer {
  const lead = parts.find((part) => part.answered) ?? parts[0];
  return {
    question: message,
    language,
    answered: lead.answered,
    ...(lead.abstention ? { abstention: lead.abstention } : {}),
    text: parts.map((part) => part.text).join('\n\n'),
    facts: lead.facts,
    parts,
  };
}
