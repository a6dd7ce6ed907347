/**
 * The libraries a developer would pick instead of Isnad, set up the way their documentation
 * suggests for typo-tolerant search over short texts, each searching the facts' English and
 * Arabic text with no help from Isnad's analysis: minisearch (fuzzy 0.2 and prefix search),
 * flexsearch (the typo-tolerant tokenizer, a balanced Latin encoder, suggestions for partial
 * matches) and the naive fuse.js build. Each answers with fact ids, best first.
 */
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../src/core/types';
import { NaiveFuse } from './naive';

export const PEERS = ['minisearch', 'flexsearch', 'fuse'] as const;
export type PeerName = (typeof PEERS)[number];

/** A built peer: the ids of the facts it finds for a question, best first, at most `limit`. */
export type PeerSearch = (question: string, limit: number) => string[];

function minisearch(knowledge: KnowledgeBase): PeerSearch {
  const index = new MiniSearch({ fields: ['en', 'ar'], searchOptions: { fuzzy: 0.2, prefix: true } });
  index.addAll(knowledge.facts);
  return (question, limit) =>
    index
      .search(question)
      .slice(0, limit)
      .map((result) => String(result.id));
}

function flexsearch(knowledge: KnowledgeBase): PeerSearch {
  const index = new FlexSearch.Index({ tokenize: 'tolerant', encoder: FlexSearch.Charset.LatinBalance });
  // flexsearch keys by number: a fact's position stands for it.
  knowledge.facts.forEach((fact, position) => index.add(position, `${fact.en} ${fact.ar}`));
  return (question, limit) => (index.search(question, { limit, suggest: true }) as number[]).map((position) => knowledge.facts[position].id);
}

function fuse(knowledge: KnowledgeBase): PeerSearch {
  const naive = new NaiveFuse(knowledge);
  return (question, limit) =>
    naive
      .search(question)
      .slice(0, limit)
      .map((fact) => fact.id);
}

export function buildPeer(name: PeerName, knowledge: KnowledgeBase): PeerSearch {
  return { minisearch, flexsearch, fuse }[name](knowledge);
}
