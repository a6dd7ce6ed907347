/**
 * What a summary says: the report's main point — the fact closest to the report's own title —
 * then the facts that carry it, the ones closest to the main point, one per paragraph, so that
 * the summary covers the report rather than repeating one of its paragraphs.
 */
import type { Candidate } from '../search/rank';
import type { Fact } from '../types';

/** The main point and at most this many facts that carry it. */
export const SUMMARY_SUPPORT = 3;

export function chooseSummary(title: string, rank: (text: string) => Candidate[], fact: (id: string) => Fact | undefined): string[] {
  const [main] = rank(title);
  const mainFact = main ? fact(main.id) : undefined;
  if (!mainFact) return [];
  const chosen = [mainFact];
  const paragraphs = new Set([mainFact.paragraph]);
  for (const candidate of rank(`${mainFact.en} ${mainFact.ar}`)) {
    const found = fact(candidate.id);
    if (!found || paragraphs.has(found.paragraph)) continue;
    chosen.push(found);
    paragraphs.add(found.paragraph);
    if (chosen.length > SUMMARY_SUPPORT) break;
  }
  return [mainFact, ...chosen.slice(1).sort((a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0))].map((item) => item.id);
}
