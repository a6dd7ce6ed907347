/**
 * Arabic writes the prepositions ل، ب، ك and the conjunction ف joined to the next word (لمنافسة،
 * بخطة، للصين). Lucene's light stemmer leaves them on, since a word may simply begin with the
 * letter; the lexicon looks a word up again without it, so "لمنافسة" still meets "competition".
 */
export function withoutPrepositionClitic(word: string): string | null {
  return word.length >= 4 && /^[لبكف]/.test(word) ? word.slice(1) : null;
}
