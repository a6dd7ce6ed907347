/**
 * Autocomplete's order, decided by fuse.js. While someone types, the question is a prefix with an
 * unfinished, often misspelt last word: the ranker finds the facts that could be meant, and
 * fuse.js — made for fuzzy matching over short fields — scores how well what was typed matches
 * each candidate's short fields (its aliases, the ways people ask for it, and its text in the
 * asker's language). The order is fuse.js's score blended with the ranker's place: on the eval
 * sets' questions cut short, the right fact is among the first five more often than by the ranker
 * alone (`npm run bench` shows the ablation). The work is bounded: fuse.js sees the candidates'
 * fields only, never the whole knowledge base.
 */
import Fuse from 'fuse.js';
import type { Fact, Language } from '../types';

/** Short fields of one candidate, and its place in the ranker's order. */
interface Entry {
  fact: Fact;
  rank: number;
  fields: string[];
}

/** How much fuse.js's score (0 perfect – 1 none) counts against the ranker's place (0 first – 1 last). */
const FUSE_SHARE = 0.5;

const FUSE_OPTIONS = {
  keys: ['fields'],
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.6,
  minMatchCharLength: 2,
};

/** `candidates` (the ranker's order) put in autocomplete's order for `typed`. */
export function orderByFuse(typed: string, candidates: Fact[], language: Language): Fact[] {
  if (candidates.length < 2 || !typed.trim()) return candidates;
  const entries: Entry[] = candidates.map((fact, rank) => ({ fact, rank, fields: [...fact.aliases, fact[language]] }));
  const scored = new Map<Entry, number>();
  for (const { item, score } of new Fuse(entries, FUSE_OPTIONS).search(typed.trim())) scored.set(item, score ?? 1);
  const combined = (entry: Entry) => FUSE_SHARE * (scored.get(entry) ?? 1) + entry.rank / entries.length;
  return [...entries].sort((a, b) => combined(a) - combined(b)).map((entry) => entry.fact);
}
