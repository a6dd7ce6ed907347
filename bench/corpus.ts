/**
 * Synthetic bilingual facts: the same run of concepts written as an English sentence and as an
 * Arabic one (80–200 characters), with the little words each language puts between them. The
 * words of each fact are kept beside it, so a question can be planted on the fact from its own
 * words.
 */
import { loadKnowledgeBase } from '../src/core/knowledge/load';
import type { Fact, KnowledgeBase } from '../src/core/types';
import { chance, integer, mulberry32, pick, zipf } from './random';
import { buildVocabulary, type Concept } from './vocabulary';

/** A concept as it is written in one fact (an Arabic word may carry ال or و). */
export interface SyntheticWord {
  /** The concept's rank in the vocabulary: higher is rarer. */
  rank: number;
  en: string;
  ar: string;
}

export interface SyntheticFact {
  fact: Fact;
  /** The fact's concepts in sentence order, without the little words. */
  words: SyntheticWord[];
}

const ENGLISH_LINKS = ['the', 'of', 'to', 'in', 'and', 'for', 'on', 'with', 'that', 'its', 'by', 'from', 'as', 'was'];
const ARABIC_LINKS = ['في', 'من', 'على', 'إلى', 'أن', 'التي', 'الذي', 'مع', 'عن', 'هذه', 'كما', 'بعد'];
/** Share of concepts preceded by a little word. */
const LINK_SHARE = 0.4;
/** "A few thousand words": enough for rare words to be rare, few enough for common ones to recur. */
const VOCABULARY_SIZE = 4000;
const MIN_LENGTH = 80;
const MAX_LENGTH = 200;

function arabicSurface(word: string, random: () => number): string {
  if (word.includes(' ') || word.startsWith('ال')) return word;
  if (chance(random, 0.3)) return `ال${word}`;
  return chance(random, 0.1) ? `و${word}` : word;
}

/**
 * `count` facts with ids syn-1…, all from the same seed whatever `count` is: the first
 * thousand facts of the 100,000-fact corpus are the 1,000-fact corpus. Each cites a paragraph of
 * the report, so answers built from them cite like real ones.
 */
export function syntheticFacts(vocabulary: Concept[], count: number, seed: number, paragraphs: number[]): SyntheticFact[] {
  const random = mulberry32(seed);
  const draw = zipf(vocabulary.length);
  const facts: SyntheticFact[] = [];
  for (let n = 1; n <= count; n++) {
    const target = integer(random, MIN_LENGTH, MAX_LENGTH);
    const words: SyntheticWord[] = [];
    const en: string[] = [];
    const ar: string[] = [];
    let length = 0;
    while (length < target) {
      const rank = draw(random);
      // A sentence names a thing once; repeats would only inflate term counts.
      if (words.some((word) => word.rank === rank)) continue;
      const concept = vocabulary[rank];
      const link = words.length > 0 && chance(random, LINK_SHARE) ? { en: pick(random, ENGLISH_LINKS), ar: pick(random, ARABIC_LINKS) } : null;
      // Counted with the separating spaces and the final full stop.
      const added = (link ? link.en.length + 1 : 0) + concept.en.length + 1;
      if (length + added > MAX_LENGTH && length >= MIN_LENGTH) break;
      const word = { rank, en: concept.en, ar: arabicSurface(concept.ar, random) };
      if (link) {
        en.push(link.en);
        ar.push(link.ar);
      }
      words.push(word);
      en.push(word.en);
      ar.push(word.ar);
      length += added;
    }
    const english = en.join(' ');
    facts.push({
      fact: {
        id: `syn-${n}`,
        en: `${english[0].toUpperCase()}${english.slice(1)}.`,
        ar: `${ar.join(' ')}.`,
        sourceId: 'report',
        paragraph: pick(random, paragraphs),
        aliases: [],
      },
      words,
    });
  }
  return facts;
}

/** The report's knowledge base (its sources and lexicon) and `count` synthetic facts from `seed`. */
export function syntheticCorpus(count: number, seed: number): { base: KnowledgeBase; corpus: SyntheticFact[] } {
  const base = loadKnowledgeBase();
  const vocabulary = buildVocabulary(base.lexicon, VOCABULARY_SIZE, mulberry32(seed));
  const paragraphs = base.sources.flatMap((source) => source.paragraphs.map((paragraph) => paragraph.number));
  return { base, corpus: syntheticFacts(vocabulary, count, seed + 1, paragraphs) };
}

/** `base` with `facts` in place of its own facts. */
export function withFacts(base: KnowledgeBase, facts: Fact[]): KnowledgeBase {
  return { sources: base.sources, lexicon: base.lexicon, facts };
}
