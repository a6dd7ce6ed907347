/**
 * The core's vocabulary. Nothing here knows about Discord, SQL or the terminal: adapters
 * translate to and from these shapes.
 */

/** The two languages the bot reads and writes. */
export type Language = 'ar' | 'en';

/** The same text in both languages. */
export interface Bilingual {
  en: string;
  ar: string;
}

/** A titled part of a source; the report's sections follow its printed headings. */
export interface Section {
  id: string;
  heading: Bilingual;
  /** Paragraph numbers (¶) in this section, in reading order. */
  paragraphs: number[];
}

/** One numbered paragraph of a source, with a short gloss in each language. */
export interface Paragraph {
  number: number;
  gloss: Bilingual;
}

/** Something a fact can cite: the report, or another source a moderator adds. */
export interface Source {
  id: string;
  title: Bilingual;
  /** The outlet whose reporting the source relays, when it names one. */
  outlet: Bilingual | null;
  url: string | null;
  sections: Section[];
  paragraphs: Paragraph[];
}

/** One claim from a source, stated in both languages, with the phrasings people use for it. */
export interface Fact {
  id: string;
  en: string;
  ar: string;
  sourceId: string;
  /** The paragraph (¶) the claim comes from; null for a source without numbered paragraphs. */
  paragraph: number | null;
  /** Other ways people ask about this claim, in either language. */
  aliases: string[];
}

/** A group of spellings that name one thing, in either script. */
export interface LexiconEntry {
  /** The single token every spelling is folded into; it is what the index stores. */
  id: string;
  forms: string[];
}

/**
 * Cross-language vocabulary: `names` are the report's proper names (DeepSeek, Nvidia, …) with
 * their misspellings and transliterations; `terms` are groups of ordinary words that mean the same
 * thing for this report (chip / processor / شريحة / معالج); `contrasts` are groups of term ids
 * that exclude each other (small / large): a fact about one is a poor answer to a question about
 * the other.
 */
export interface Lexicon {
  names: LexiconEntry[];
  terms: LexiconEntry[];
  contrasts: string[][];
}

/** Everything the engine answers from. */
export interface KnowledgeBase {
  sources: Source[];
  facts: Fact[];
  lexicon: Lexicon;
}

/**
 * Who asks, which decides what they may be told. A server sees the shared knowledge, less the
 * shared facts it hid, plus its own facts; a direct message or the command line (no server)
 * sees the shared knowledge alone. One server's facts are never answered in another.
 */
export interface AskContext {
  /** The asker's server; null or absent for a direct message or the command line. */
  guildId?: string | null;
}

/** Where an answer's fact comes from, resolved for display in one language. */
export interface Citation {
  /** 1-based position in the answer's list of distinct citations (facts from the same source and paragraph share it). */
  number: number;
  sourceId: string;
  /** The source's title in the answer's language. */
  source: string;
  outlet: string | null;
  paragraph: number | null;
  /** The section heading in the answer's language, when the paragraph belongs to one. */
  section: string | null;
  url: string | null;
}

/** A fact as it appears in an answer: the fact, how well it matched, and its citation. */
export interface AnsweredFact {
  fact: Fact;
  score: number;
  citation: Citation;
}

/**
 * The engine's reply to one message. When `answered`, `facts[0]` is the fact the answer rests on
 * and the rest support it; otherwise `facts` holds the nearest facts as suggestions.
 */
export interface Answer {
  question: string;
  language: Language;
  answered: boolean;
  /**
   * Why the engine abstained; absent when it answered. 'missing-attribute': the question asks for
   * something the report does not give (a price, a name, a date); `facts` then show what it does say.
   */
  abstention?: 'empty' | 'not-covered' | 'missing-attribute';
  /** The reply text in `language`, without citations (renderers add them). */
  text: string;
  facts: AnsweredFact[];
  /**
   * When the message held several questions: one answer per question, in the order asked. The
   * top level then stands for the whole message (answered when any part is, its facts those of
   * the first answered part), so a reader that knows nothing of parts still shows something true.
   */
  parts?: Answer[];
  /** A summary of the report (asked for with "tl;dr", "لخص"…): its main point first, then the facts that carry it. */
  summary?: boolean;
}
