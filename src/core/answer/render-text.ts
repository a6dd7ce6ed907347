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

export function renderText(answer: Answer): string {
  const messages = MESSAGES[answer.language];
  const lines = [answer.text];
  if (answer.answered) {
    lines.push('', `${messages.sources}:`, ...answer.facts.map((item) => formatCitation(item.citation, answer.language)));
  } else if (answer.facts.length > 0) {
    const where = (citation: Citation) => (citation.paragraph === null ? '' : ` (${messages.paragraph(citation.paragraph)})`);
    lines.push('', messages.didYouMean, ...answer.facts.map((item) => `  • ${item.fact[answer.language]}${where(item.citation)}`));
  }
  return lines.join('\n');
}
