/**
 * Arabic writes the prepositions ل، ب، ك and the conjunctions ف، و joined to the next word
 * (لمنافسة، بخطة، للصين، فرجعت). Lucene's light stemmer leaves them on, since a word may simply begin
 * with the letter; the lexicon looks a word up again without it, so "لمنافسة" still meets "competition".
 */
import { isStopword } from './stopwords';

/**
 * Whether the first letter of a normalised word is a root letter rather than a clitic, by the
 * word's shape: the pattern فاعل (an active participle, or a Form III verb), with its endings
 * (فاصل، فاصلة، كاتبين، لازم، كامل، باين). Taken as a clitic it would leave a three-letter word in ا
 * ("فاصل", cut off, read as ف + اصل "origin"), which after a preposition or ف is rare without the
 * article (بالاصل، فالامر) and would have kept its hamza (بأصل). A grammar word in ا after the
 * clitic is read as one (بايه "with what", لاي "for which").
 */
export function keepsFirstLetter(word: string): boolean {
  const stem = word.length > 4 ? word.replace(/(?:ه|ين|ون|ات)$/, '') : word;
  return stem.length === 4 && stem[1] === 'ا' && /^[لبكفو]/.test(stem) && !isStopword(word.slice(1));
}

/** The word without a preposition or ف joined to it (لمنافسة → منافسة), or null when it has none. */
export function withoutPrepositionClitic(word: string): string | null {
  return word.length >= 4 && /^[لبكف]/.test(word) && !keepsFirstLetter(word) ? word.slice(1) : null;
}
