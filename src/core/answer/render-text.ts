/** The plain-text rendering of an answer, for the terminal. */
import type { Answer, Citation } from '../types';
import { MESSAGES } from './messages';

export function formatCitation(citation: Citation, language: Answer['language']): string {
  const messages = MESSAGES[language];
  const parts = [citation.source];
  if (citation.section) parts.push(citation.section);
  if (citation.paragraph !== null) parts.push(messages.paragraph(citation.paragraph));
  if (citation.outlet) parts.push(messages.relaying(citation.outlet));
  if (citation.url) parts.push(citation.url);
  return `[${citation.number}] ${parts.join(' — ')}`;
}

/** An answer's citations, each place once, in the order of their numbers (facts from one place share a number). */
export function distinctCitations(answer: Answer): Citation[] {
  const seen = new Map<number, Citation>();
  for (const item of answer.facts) if (!seen.has(item.citation.number)) seen.set(item.citation.number, item.citation);
  return [...seen.values()];
}

/** What introduces the facts shown under an abstention: "did you mean", or, when the report lacks the attribute asked for, what it does say. */
export function suggestionsHeading(answer: Answer): string {
  const messages = MESSAGES[answer.language];
  return answer.abstention === 'missing-attribute' ? messages.whatItSays : messages.didYouMean;
}

function renderOne(answer: Answer): string {
  const messages = MESSAGES[answer.language];
  const lines = [answer.text];
  if (answer.answered) {
    lines.push('', `${messages.sources}:`, ...distinctCitations(answer).map((citation) => formatCitation(citation, answer.language)));
  } else if (answer.facts.length > 0) {
    const where = (citation: Citation) => (citation.paragraph === null ? '' : ` (${messages.paragraph(citation.paragraph)})`);
    lines.push('', suggestionsHeading(answer), ...answer.facts.map((item) => `  • ${item.fact[answer.language]}${where(item.citation)}`));
  }
  return lines.join('\n');
}

/** An answer as terminal text; a message that asked several questions gets each question and its answer in turn. */
export function renderText(answer: Answer): string {
  if (!answer.parts) return renderOne(answer);
  return answer.parts.map((part, i) => `${i + 1}. ${part.question}\n${renderOne(part)}`).join('\n\n');
}
