/**
 * The limits every way a fact gets in shares (the seed files, the command line, an import, Discord's
 * forms), in one place so each refuses the same things and a form can state them up front.
 */
export const LIMITS = {
  factText: 600,
  alias: 120,
  /**
   * Ways of asking for one fact. Users ask in English, standard Arabic, five dialects and Arabizi,
   * so a fact needs a few of each; 30 of 120 characters still fit one Discord text field (4000).
   */
  aliases: 30,
  title: 200,
  id: 64,
  /**
   * Letters in one word, after normalisation. The longest word in the seed is 20; past 40 a
   * "word" is a pasted hash, a URL or an attack on the fuzzy matcher, whose work grows with it.
   */
  word: 40,
  /** Words in one text field; a 600-character claim holds about 100 real words. */
  words: 100,
  /** A source's numbered paragraphs and sections. */
  paragraphs: 500,
  sections: 100,
} as const;
