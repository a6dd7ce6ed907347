/**
 * From a message to the question(s) it asks. A message is cut into clauses (segment.ts); each
 * clause is read into standard form (Arabizi to Arabic script, dialect words to standard ones);
 * then the clauses are sorted:
 *
 * - small talk ("hi all, new here 👋", "يعني فهمت صح؟") holds no topic word and is dropped;
 * - a clause with no topic word but a question type ("why tho", "ay shahr bel zabt?") sharpens
 *   the question next to it;
 * - a statement with a topic ("my group chat is arguing about this", "كنت بقرا عن Ascend") is
 *   context for the question after it: its names stand in for a question that names nothing
 *   ("هما لسه هيستخدموه؟"), its other words count for less;
 * - a question that only names its topic ("shu a5bar el R2?") introduces the question after it, and
 *   so does a phrase of names fronted before the question on its sentence ("غير هواوي، وش الشركات…");
 * - every other question is a question of its own, and one that names nothing borrows the names
 *   of the question before it ("ليه ديب سيك بتستخدم شرايح هواوي؟ وفي انهي نماذج؟").
 */
import type { Analyzer, Term } from '../text/analyze';
import type { Language } from '../types';
import type { Word } from '../text/words';
import { normalizeText, splitWords, stemWord } from '../text/words';
import { withoutPrepositionClitic } from '../text/clitics';
import { cleanLines } from '../text/controls';
import { isStopword, LONG_ENGLISH_GRAMMAR_WORDS } from '../text/stopwords';
import { arabicSpelling, hasArabiziDigits, isArabizi, onlyArabizi, prepareArabizi, type SpellingVocabulary, transliterate } from './arabizi';
import { ARABIZI_WORDS, englishOfFrench, FRENCH_ENGLISH } from './arabizi-words';
import {
  dialectStemCandidates,
  standardContentStem,
  standardContentWord,
  standardFunctionWord,
  swallowedPerson,
  participleVerbs,
  stripAspectPrefix,
  stripNegation,
  stripPreposition,
  THIRD_PERSON,
  withoutAspect,
} from './dialects';
import { BOUNDING_WORDS, DETERMINERS_OF_THINGS, OR_WORDS, TYPED_OR_WORDS } from './alternatives';
import { ARABIC_SPEECH_VERBS, ENGLISH_INDIRECT_SPEECH_VERBS, occasionWords } from './speaker';
import { pointsAtNews } from './origin';
import {
  ARABIC_DESCRIBING_VERBS,
  asksDescription,
  asksMaker,
  ATTRIBUTE_TYPES,
  ENGLISH_CUE_WORDS,
  namesPersonRole,
  precedence,
  PRONOUN_NAMES,
  questionType,
  type QuestionType,
} from './question-type';
import {
  ARABIC_LEARNING,
  ARABIC_ROLES_OF_SOMEONE,
  ARABIC_TELL_ME,
  ARABIC_TURNING_TO,
  CHAT_SHORTHAND,
  ENGLISH_AUXILIARIES,
  CLITIC_PREFIXES,
  DEED_WORDS,
  GLUED_QUESTION_WORD,
  GLUED_WHAT,
  META_WORDS,
  MOOD_WORDS,
  SAYING_WORDS,
  INNER_NEGATIONS,
  NEGATED_OPENINGS,
  SILENCE,
  SILENCE_FILLERS,
  OPENING_WORDS,
  PHRASES,
  PREPOSITION_OF_PROCLITIC,
  QUESTION_WORDS,
  SOURCE_WORDS,
  PUBLISHING_WORDS,
  CALLING_WORDS,
  EXCLUSION_WORDS,
  SUMMARY_LENGTH_WORDS,
  THANKS_WORDS,
  TOPIC_FRAMES,
  TRUTH_WORDS,
  TYPE_WORDS,
} from './reader-words';
import { oneSlipFrom } from '../search/fuzzy';
import { type Clause, splitClauses } from './segment';
import { cutSummaryCue } from './summary-intent';
import { isEnglishWord, unusualness, zipf } from './word-frequency';

/** What the reader asks of the facts: which index terms they use, and which Arabic spellings. */
export interface ReaderVocabulary {
  /** Whether some fact holds this index term (a stem or a lexicon id). */
  knows(term: string): boolean;
  /** Whether a term no fact holds is a word of giving something up, which leads to the facts that say it is kept (see Paraphrases.givesUp). */
  givesUp(term: string): boolean;
  spelling: SpellingVocabulary;
  /**
   * For one message: whether a Latin word is one slip from a Latin term some fact holds ("nvidai",
   * "testng"). The lookups of one message share its bound on fuzzy work, as a question's do.
   */
  misspellings(): (word: string) => boolean;
  /** The kind of a name (an index term): company, model, processor, outlet (null: none known). */
  kindOf(term: string): string | null;
  /** Whether an index term is a noun of one of those kinds ("chip", "شريحة", "company"). */
  namesAKind(term: string): boolean;
  /** The other side of the lexicon's contrast a term is one side of ("small" → "large"), or undefined. */
  otherSide: (term: string) => string | undefined;
}

export interface Question {
  /** The clauses of the message it was read from, as typed. */
  text: string;
  /** The question in standard form: what the analyzer reads. */
  standard: string;
  /** Words around the question that may help but count for less. */
  context: string;
  /** The names (index terms) of what was said before the question: what a question naming another of their kind turns from (see Isnad.query). */
  saidBefore?: string[];
  type: QuestionType;
  /** A request for a summary of the report (possibly about some of its names). */
  summary: boolean;
  /**
   * The question without what a statement it asks about answered ("what did nvidia say about
   * deepseek using huawei chips?" → "what did nvidia say about"; see Reader.withoutOccasion): asked
   * again without it when no fact of the speaker's words holds the occasion.
   */
  withoutOccasion?: string;
}

/** What a message says: its questions, and whether it was written in Arabizi (so is answered in Arabic). */
export interface Reading {
  questions: Question[];
  arabizi: boolean;
  /**
   * The language its questions are asked in, by the words that ask them: "the Ascend plan for the
   * inference model، هل لغوها؟" asks in Arabic however many English words name its topic. When
   * questions ask in both, the first one's ("شو قصة الـ engineering team تبع Huawei؟ did it help or
   * not؟": the asker opened in Arabic). Null when nothing asks.
   */
  askedIn: Language | null;
}

/** The standard question word a dialect one stands for, a pronoun typed onto it (شكونهم → مين), or undefined. */
function askedOfPronoun(word: string): string | undefined {
  const stem = /^(\S{2,}?)(?:هوما|هما|هم|ها|هو|هي|ه|و)$/.exec(word)?.[1];
  const asked = stem === undefined ? undefined : standardFunctionWord(stem);
  return asked !== undefined && asked !== stem && QUESTION_WORDS.has(asked) ? asked : undefined;
}

/** A hedge ending a guess ("…china and developers i think", "…هواوي اظن"). */
const HEDGED_GUESS =
  /(?:^| )(?:i think|i guess|i believe|i reckon|i suppose|iirc|afaik|if i remember right|if im not wrong|if im not mistaken|اظن|اعتقد|لو مش غلطان|اذا مش غلطان|ان لم اكن مخطيا)$/;
/** "and who", "و مين", as a clause ends after naming part of an answer ("baidu and who else?"). */
const ANDS_WHO_ELSE = /^(?:and|و) (?:who|what|which|مين|ما|اي)$/;
/** The lexicon's term for chips and processors. */
const CHIP_TERM = 'chip';
/** Verbs of using, in any person (يستعملوهم، تستخدم، نستعملو), with و or ف before them. */
const USING = /^[وف]?[يتنا]?ست(?:عمل|خدم)/;
/** Verbs of news coming out ("when this came out", "لما الخبر طلع"): what an occasion pointing at the news says of it. */
const COMING_OUT = new Set(['came', 'broke', 'dropped', 'surfaced', 'happened', 'طلع', 'نزل', 'ظهر', 'انتشر', 'صار', 'حصل']);
/** A word less unusual than this in everyday language ("وقت", "time") is chatter in a sentence of small talk. */
const EVERYDAY = 0.5;

/** Verbs of how something seems ("sounds like pure PR", "doesnt sound right"). */
const SEEMING_VERBS = ['sound', 'sounds', 'seem', 'seems', 'look', 'looks', 'feel', 'feels'];
const OPINION_VERBS = new Set(SEEMING_VERBS);
/** Wanting, as the asker says it ("I want to…", "بدي…"), and learning ("…know"), as regular expressions' alternatives (normalised). */
const WANTING = '(?:i|im|i am|we) (?:want|wanna|need|would like|d like|am trying|m trying|trying|plan|planning|gotta)(?: to)?';
const LEARNING = 'know|understand|find|learn|ask|see|check|confirm|hear|get';
const ARABIC_WANTING = 'بدي|ابي|ابغي|عايز|عاوز|حابب|بغيت|اريد';
/**
 * What the asker means to do, not to learn ("I want to compare the specs", "بدي اقارن المواصفات"):
 * the reason they ask, no question of its own. Knowing, understanding or asking is one ("I want to
 * know who…", "بدي اعرف…": a request, below).
 */
const ASKERS_AIM = new RegExp(`^${WANTING} (?!${LEARNING})\\w+|^(?:${ARABIC_WANTING}) (?!${ARABIC_LEARNING})[انيت]\\S+`);
/** How something seems to the asker, said without a subject ("doesnt sound right to me tbh", "seems off"). */
const SEEMING = new RegExp(String.raw`^(?:(?:doesnt|does not|dont|kinda|sorta|still|just) )*(?:${SEEMING_VERBS.join('|')})\b`);
/**
 * A request to be told something, which asks as a question does without a question word or mark
 * ("give me the price of one chip", "قلي السعر", "i want to know the date") (normalised).
 */
/** Wanting to know, as the asker says it ("i want to know", "بدي اعرف"). */
const WANTING_TO_KNOW = `${WANTING} (?:${LEARNING})|(?:${ARABIC_WANTING}) (?:${ARABIC_LEARNING})`;
const REQUEST = new RegExp(
  `^(?:(?:and|also|so|pls|please|plz|و) )*(?:(?:tell|give|show|send|share) (?:me|us)|explain|describe|list|let me know|lmk|${WANTING_TO_KNOW}|و?(?:${ARABIC_TELL_ME}|اشرح|وضح|عطني|اعطني|اعطيني|هاتلي|وريني))(?= |$)`,
);
/**
 * Wanting to know, followed by when or why the asker wants it and nothing asked ("i wanna know
 * before i put my money in", "ابي اعرف قبل لا احط فلوسي", "عايز اعرف عشان احط فلوسي"): the
 * reason for a question asked beside it, no request of its own (normalised).
 */
const REASON_FOR_ASKING = new RegExp(`^(?:${WANTING_TO_KNOW}) (?:before|because|cause|cuz|coz|bc|قبل|عشان|علشان|لان|لاني|لانه|لانو|كي)(?= |$)`);
/** What the asker believed until now: "i thought…", "كنت فاكر…", "حسبت…" (normalised). */
const BELIEF_OPENING =
  /^(?:(?:ngl|tbh|honestly|lol|so|wait|والله|بصراحه|يعني) )?(?:i (?:thought|assumed|figured|believed|was sure)|كنت (?:فاكر|فاكره|مفكر|مفكره|معتقد|معتقده|متخيل|متخيله|حاسب|حاسبه|ظانن)|حسبت|ظنيت|افتكرت|اعتقدت|توقعت)(?= |$)/;

/** At most this many questions are answered from one message. */
export const MAX_QUESTIONS = 3;

interface ReadClause {
  text: string;
  questionMark: boolean;
  latin: string[];
  arabic: string[];
  /** The standard-form words, in order. */
  words: string[];
  type: QuestionType;
  asks: boolean;
  /** Topic terms (no stop-words, no type words). */
  terms: Term[];
  /** Whether its words make a topic frame ("what about …"). */
  frame: boolean;
  /** The clause with its summary cue cut out (see cutSummaryCue), or null when it asks for no summary. */
  summaryCut: { latin: string; arabic: string; manner: boolean } | null;
  /** Whether it begins with "and", "also", "+" or و: joined on to what came before. */
  joined: boolean;
  /** Whether it is a statement ending in a tag that asks to confirm it ("…, right?", "…صح؟"). */
  confirms: boolean;
  /** Whether it goes on a sentence another clause began (see Clause.continues). */
  continues: boolean;
  /** Whether it opens with a negated auxiliary or a negation ("isnt nvidia better", "مش انفيديا احسن"), or denies something with no question word. */
  negated: boolean;
  /** Whether it tells rather than asks by its form: no question mark, question word, auxiliary first or request. */
  tells: boolean;
  /** Whether it is said on the way to the point (see Clause.beforeTurn). */
  beforeTurn: boolean;
  /** Whether it ended in surprise ("??", "?!"; see Clause.surprised). */
  surprised: boolean;
  /** Whether it says the question before it again, more precisely ("…? like which outlet", "…, i mean"). */
  elaborates: boolean;
  /** Whether it is about the report itself, naming nothing in it ("who wrote this article?"): its words of publishing are the report's. */
  aboutReport: boolean;
  /** The words describing the report's story ("this deepseek huawei thing"): context, not its topic (see storyDescribed). */
  story: string[];
}

export class Reader {
  constructor(
    private readonly analyzer: Analyzer,
    private readonly vocabulary: ReaderVocabulary,
  ) {}

  read(message: string): Reading {
    const prepared = prepareText(message);
    const words = splitWords(normalizeText(prepared));
    const latin = words.filter((word) => word.script === 'other').map((word) => word.text);
    // In a message written mostly in Arabic script, a Latin word that merely spells some Arabic
    // word is a name or a term ("هل R2 يتفوق على نماذج OpenAI؟"): only digits and Arabizi's own
    // words ("ليش تأخر R2؟ shu sar?") make it Arabizi.
    const mostlyArabic = latin.length <= words.length - latin.length;
    const misspells = this.vocabulary.misspellings();
    const arabizi = isArabizi(latin, mostlyArabic ? undefined : (word) => this.looksArabic(word, misspells));
    const clauses = splitClauses(prepared).map((clause) => this.readClause(clause, arabizi));
    // A guess at an answer around a question does not say which language the question asks in.
    const guesses = new Set<ReadClause>();
    const questions = this.group(clauses, arabizi, guesses).slice(0, MAX_QUESTIONS);
    return { questions, arabizi, askedIn: askedIn(clauses.filter((clause) => !guesses.has(clause))) };
  }

  /** A whole word the facts' vocabulary (or the stop-words or the lexicon) knows as it is. */
  private known(word: Word): boolean {
    if (isStopword(word.text)) return true;
    const { lexicon } = this.analyzer;
    if (lexicon.matchWord(word.text) !== undefined) return true;
    const stem = stemWord(word);
    return lexicon.matchStem(stem) !== undefined || this.vocabulary.knows(stem);
  }

  /** The English word of the facts or of everyday English a French one is with its French ending (accélérateurs, stratégique), if any. */
  private englishOfFrench(word: string): string | undefined {
    return englishOfFrench(word, (latin) => this.known({ text: latin, script: 'other' }) || isEnglishWord(latin));
  }

  /**
   * A Latin word of an Arabizi message that does not stay Latin as it is (see staysLatin), when it is
   * an English verb the facts use, conjugated as an Arabic one ("ytrainiw" "they train",
   * "ntestiwhom" "we test them"): its person prefix and ending off, the English verb (of four letters
   * or more: a shorter one is as likely an Arabic word spelt so, bthat is no b + t + hat).
   */
  private englishOfArabiziVerb(word: string): string | undefined {
    if (ARABIZI_WORDS.has(word)) return undefined;
    const verb = ARABIZI_ENGLISH_VERB.exec(word)?.[1];
    return verb !== undefined && verb.length >= 4 && !isStopword(verb) && isEnglishWord(verb) && this.known({ text: verb, script: 'other' }) ? verb : undefined;
  }

  /** A Latin word French or English, and no name: after la, it takes the French article. */
  private readsAsFrench(word: Word | undefined): boolean {
    if (word?.script !== 'other' || /\d/.test(word.text)) return false;
    if (ARABIZI_WORDS.has(word.text)) return FRENCH_ENGLISH.has(word.text);
    const id = this.analyzer.lexicon.matchWord(word.text);
    return (id === undefined || !this.analyzer.lexicon.isName(id)) && (this.englishOfFrench(word.text) !== undefined || this.staysLatin(word.text));
  }

  /** A Latin word of an Arabizi message stays Latin when it is a name, a term, a code or English. */
  private staysLatin(word: string): boolean {
    if (ARABIZI_WORDS.has(word) || hasArabiziDigits(word)) return false;
    if (this.latinAnywhere(word)) return true;
    // A word the facts hold in Latin only in an Arabizi alias ("sharikat") is Arabizi when it spells
    // a known Arabic content word: read in Arabic, it says what the Arabic says ("الشركات" asks for a
    // list). A grammar word ("kanet" كانت) would be dropped as a stop-word: kept Latin, it still
    // meets the alias that holds it.
    if (!this.known({ text: word, script: 'other' })) return false;
    const arabic = arabicSpelling(word, this.vocabulary.spelling);
    return arabic === null || isStopword(arabic) || standardFunctionWord(arabic) !== undefined;
  }

  /** A code, an English word or a word of the lexicon (a name, a term): Latin in any message. */
  private latinAnywhere(word: string): boolean {
    return /\d/.test(word) || ENGLISH_CUE_WORDS.has(word) || isEnglishWord(word) || this.analyzer.lexicon.matchWord(word) !== undefined;
  }

  /**
   * A Latin word no English speaker writes that spells a known Arabic word ("nashar" نشر): Arabizi
   * evidence. A misspelt name ("nvidai") spells the name's Arabic form and proves nothing, nor
   * does a misspelt English word of the facts ("testng"), nor a word the facts hold in Latin: only
   * once other words tell the message Arabizi is such a word read in Arabic (see staysLatin).
   */
  private looksArabic(word: string, misspells: (word: string) => boolean): boolean {
    // A slip in a word the facts use in English is a typo, however it reads in Arabic letters.
    // (isArabizi asks only of words that are no Arabizi word nor spelt with its digits.)
    if (this.latinAnywhere(word) || this.known({ text: word, script: 'other' }) || misspells(word)) return false;
    const spelling = arabicSpelling(word, this.vocabulary.spelling);
    const id = spelling === null ? undefined : this.analyzer.lexicon.matchWord(spelling);
    return spelling !== null && (id === undefined || !this.analyzer.lexicon.isName(id));
  }

  /**
   * "so ya3ni huawei's engineers failed?", "leh did they drop nvidia": a word only Arabizi writes
   * whose Arabic is a grammar word (يعني، ليه، بالظبط) is that word even in a line otherwise
   * English; kept Latin, its digit would make it read as a product code the report lacks.
   */
  private arabiziGrammarWord(word: string): boolean {
    if (!onlyArabizi(word)) return false;
    const arabic = transliterate(word, this.vocabulary.spelling);
    return isStopword(arabic) || standardFunctionWord(arabic) !== undefined;
  }

  /** One Arabic word in standard form: zero, one or several words. */
  private standardArabic(word: string): string[] {
    const functionWord = standardFunctionWord(word);
    if (functionWord !== undefined) return wordsOf(functionWord);
    // A dialect question word with a pronoun on it ("الشركات… شكونهم؟" "who are they", شنوهي, وينهم): the question word.
    const asked = askedOfPronoun(word);
    if (asked !== undefined) return wordsOf(asked);
    // و joined to a word a table knows: "واللي" is "و" + "اللي", "وعملوا" is "و" + "عملوا"; not
    // when the whole is a table word itself (Iraqi ويا "with" is no و + يا).
    const rest = word.slice(1);
    const joinedWaw = isStopword(rest) || standardFunctionWord(rest) !== undefined || standardContentWord(rest) !== undefined;
    if (word.length > 2 && word.startsWith('و') && joinedWaw && standardContentWord(word) === undefined) {
      // The article alone after it ("…الكبير والـ small versions"), its word in Latin: the "and" joins two things.
      return rest === 'ال' ? ['و', rest] : this.standardArabic(rest);
    }
    // The negation ما typed onto an imperfect verb ("ماتعتمد" "doesn't rely"): ما and the verb.
    const negated = word.slice(2);
    if (word.startsWith('ما') && /^[يتنب]\S{2}/.test(negated) && !this.known({ text: word, script: 'arabic' })) {
      const verb = this.standardArabic(negated);
      if (verb.some((form) => this.known({ text: form, script: 'arabic' }))) return ['ما', ...verb];
    }
    // ش "what" of the Levant, the Gulf and Iraq typed onto an imperfect verb, with or without Iraqi's
    // progressive د ("شيعتمدوا" "what do they rely on", "شتبي" "what do you want", "شديسوي" "what
    // is it doing"): ما and the verb. (Only before a verb the facts or the tables know: شديدة is
    // "fierce", no ش + يدة.)
    const askedVerb = /^ش(?:دا?)?([يتن]\S{2,})$/.exec(word)?.[1];
    if (askedVerb !== undefined && !this.known({ text: word, script: 'arabic' })) {
      const verb = this.standardArabic(askedVerb);
      if (verb.some((form) => DEED_WORDS.has(form) || this.known({ text: form, script: 'arabic' }))) return ['ما', ...verb];
    }
    // A verb with a progressive or future marker (هتستخدم، هيشتغل، بيستعملوها), or a participle
    // standing for its verb (مستخدمة), is the verb the lexicon knows, or the grammar word it is
    // (بيقول، كيقول → يقول "says", as in "هل التقرير بيقول انو…"), even where some fact's alias
    // holds the form as it is.
    const { lexicon } = this.analyzer;
    // A word of giving something up (توقف "stop"), its progressive or future marker off (بتوقف، حتوقف،
    // هتوقف), is that word, not a noun some stem of it spells (موقف "stance"). (Not Maghrebi's ك: كيفك
    // "how are you" is no ك + يفك.)
    const marked = /^[بهح]/.test(word) ? stripAspectPrefix(word) : [];
    const givenUp = this.givingUpForm([word, ...marked]);
    if (givenUp !== undefined) return [givenUp];
    if (lexicon.matchWord(word) === undefined && !isStopword(word)) {
      const verb = [...withoutAspect(word), ...participleVerbs(word)].find(
        (form) => lexicon.matchWord(form) !== undefined || (THIRD_PERSON.test(form) && isStopword(form)),
      );
      if (verb !== undefined) return [verb];
      // …or one whose ي its ب ran into (بطلع، "bitla3": بيطلع), as a table or the lexicon reads it.
      const swallowed = swallowedPerson(word).find((form) => standardContentWord(form) !== undefined || lexicon.matchWord(form) !== undefined);
      if (swallowed !== undefined) return this.standardArabic(swallowed);
    }
    // A dialect word a table reads as a standard word the facts use is that word, even where some
    // fact's alias spells the dialect form (يخدم → يستخدم): read as typed, it meets that alias alone.
    const dialect = isStopword(word) ? undefined : standardContentWord(word);
    if (dialect && wordsOf(dialect).every((standard) => this.known({ text: standard, script: 'arabic' }))) return wordsOf(dialect);
    if (this.known({ text: word, script: 'arabic' })) return [word];
    // A preposition glued to the first word of a name written in two ("لديب سيك", "بديب سيك").
    const unclitic = withoutPrepositionClitic(word);
    if (unclitic !== null && this.analyzer.lexicon.startsPhrase(unclitic)) return [unclitic];
    const content = standardContentWord(word);
    if (content !== undefined) return wordsOf(content);
    for (const [prefix, replacement] of CLITIC_PREFIXES) {
      if (word.startsWith(prefix) && word.length > prefix.length + 2) return [...replacement, ...this.standardArabic(`ال${word.slice(prefix.length)}`)];
    }
    // A verb of doing says no more than "do" in any tense (تفعل is no فعلت of a question some fact was given).
    if (DEED_WORDS.has(word)) return [word];
    const candidates = dialectStemCandidates(word);
    for (const form of candidates) {
      if (this.known({ text: form, script: 'arabic' })) return [form];
      const standard = standardContentStem(form);
      if (standard !== undefined) return wordsOf(standard);
    }
    // Else a form of giving something up, which leads to the facts that say it is kept (بتستغني → تستغني "do without").
    const givingUp = this.givingUpForm(candidates);
    // Else an everyday word under a preposition or ف ("فكلامها", in her talk): chatter, as the word is.
    const everyday = zipf(word) === null ? stripPreposition(word).find((form) => zipf(form) !== null) : undefined;
    return [givingUp ?? everyday ?? word];
  }

  /** A word as Arabic script writes it: a Latin word of an Arabizi message read letter by letter. */
  private inArabicScript(word: Word): string {
    return word.script === 'other' ? transliterate(word.text, this.vocabulary.spelling) : word.text;
  }

  /**
   * A text whose Latin words are Arabizi, each read in Arabic script ("esm el sharikat" اسم ال شركه),
   * for rules written over Arabic script; null when its Latin words are not Arabizi (English).
   */
  spellInArabic(text: string): string | null {
    const words = splitWords(normalizeText(text));
    const latin = words.flatMap((word) => (word.script === 'other' ? [word.text] : []));
    return latin.length > 0 && isArabizi(latin) ? words.map((word) => this.inArabicScript(word)).join(' ') : null;
  }

  /** The first of `forms` (Arabic words) that is a word of giving something up (see Paraphrases.givesUp). */
  private givingUpForm(forms: readonly string[]): string | undefined {
    return forms.find((form) => this.vocabulary.givesUp(stemWord({ text: form, script: 'arabic' })));
  }

  private standardWords(words: Word[], arabizi: boolean): { latin: string[]; arabic: string[]; all: string[] } {
    const latin: string[] = [];
    const arabic: string[] = [];
    const all: string[] = [];
    let article = '';
    // A French word that is an English one too ("grand", "retard") is French only beside French that is
    // not ("c'est pour les grands modèles"): "grand morning for it" is English.
    const inFrench = words.some((word) => FRENCH_ENGLISH.has(word.text) && !isEnglishWord(word.text));
    const frenchEnglish = (text: string) => (inFrench || !isEnglishWord(text) ? FRENCH_ENGLISH.get(text) : undefined);
    for (const [index, word] of words.entries()) {
      let text = word.text;
      let script = word.script;
      // Singlish ends a sentence with "leh" ("source for this leh?"): in an English line, only one
      // that does not end it is Egyptian's ليه ("leh did they drop nvidia").
      if (!arabizi && index === words.length - 1 && SENTENCE_FINAL_PARTICLES.has(text)) continue;
      if (script === 'other') text = this.englishOfFrench(text) ?? text;
      // French's la before a French or English word ("la stratégie", "la compétition") is its article, not لا.
      if (arabizi && text === 'la' && this.readsAsFrench(words[index + 1])) continue;
      const readInArabic = script === 'other' && (arabizi ? !this.staysLatin(text) : this.arabiziGrammarWord(text));
      // …unless it is an English verb conjugated as an Arabic one, which stays Latin as that verb.
      const englishVerb = readInArabic && arabizi ? this.englishOfArabiziVerb(text) : undefined;
      if (englishVerb !== undefined) text = englishVerb;
      else if (readInArabic) {
        // Iraqi "da" before an imperfect verb is its progressive دا ("da yjarbon"), not Egyptian ده "this".
        const progressive = arabizi && text === 'da' && IMPERFECT_VERB.test(words[index + 1]?.text ?? '');
        text = progressive ? 'دا' : fromNotWho(text, all.at(-1), words[index + 1]) ? 'من' : transliterate(text, this.vocabulary.spelling, article !== '');
        script = 'arabic';
        // A lone article or preposition with it (el, l, bel, fel) belongs to the next word.
        if (PREPOSITION_OF_PROCLITIC.has(text)) {
          article = text;
          continue;
        }
        // …but before a question word it is its preposition alone ("l shno" ل شنو "for what", "bel eh" "with what").
        const preposition = PREPOSITION_OF_PROCLITIC.get(article);
        if (preposition !== undefined && standardFunctionWord(text) !== undefined) {
          arabic.push(preposition);
          all.push(preposition);
        } else if (article && !text.startsWith('ال')) text = `${article}${text}`;
      }
      article = '';
      if (script === 'other') {
        for (const spelt of wordsOf(arabizi ? text : (CHAT_SHORTHAND.get(text) ?? frenchEnglish(text) ?? asCueWord(withItsG(text))))) {
          latin.push(spelt);
          all.push(spelt);
        }
        continue;
      }
      // ما before a word the negation's ش ends (see stripNegation: "هواوي ما عاونتهمش؟") is the first half of ما…ش "not", no "what".
      const negation = text === 'ما' && stripNegation(words[index + 1]?.text ?? '').length > 0;
      // Maghrebi فاش is "when", and ف + اش "in what": with a verb of using chips, what they are used in
      // ("الشيبات ديال هواوي فاش غادي يستعملوهم؟"); not when people will use a product ("فاش غادي يستعملو R2؟").
      const inWhat = text === 'فاش' && words.some((word) => USING.test(word.text)) && words.some((word) => this.namesChips(word.text));
      // Algerian واش is "what" as well as Moroccan "whether": before صرا "happened", said as Algeria says it, what happened.
      const whatHappened = text === 'واش' && words[index + 1]?.text === 'صرا';
      for (const standard of negation ? [NOT] : inWhat ? ['في', 'ما'] : whatHappened ? ['ما'] : this.standardArabic(text)) {
        arabic.push(standard);
        all.push(standard);
      }
    }
    return { latin: readPhrases(latin), arabic: readPhrases(arabic), all: readPhrases(all) };
  }

  private readClause({ text, questionMark, surprised, leadsIn, fullStop, continues, beforeTurn }: Clause, arabizi: boolean): ReadClause {
    const written = withoutAddress(
      splitWords(
        normalizeText(text)
          .replace(ARABIC_TURNING_TO, 'تستخدم')
          .replace(FOR_THE_SAKE_OF, 'ل')
          .replace(STILL_BEFORE_VERB, 'لسه')
          .replace(DELAYED_AFTER_RELATIVE, 'تسبب في تاخير')
          .replace(GLUED_QUESTION_WORD, '$1 $2')
          .replace(GLUED_WHAT, (_, after: string) => `ما ${after.startsWith('ل') ? `ا${after}` : after}`),
      ),
      arabizi ? ['يا', 'ya', 'a'] : ['يا'],
      (word) => !isStopword(word.text) && this.known(word),
    );
    // "nvidia's response sounds like pure PR": what something seems to the asker, told without a
    // question mark, is their judgement of it, no topic ("what did they actually say" asks of the response).
    const opinion = questionMark ? -1 : written.findIndex((word, i) => i > 0 && OPINION_VERBS.has(word.text) && written[i + 1]?.text === 'like');
    // An Arabizi word of silence is read in Arabic script ("wala sakta?" ولا ساكتة).
    const silenceWord = (word: Word) => (arabizi ? this.inArabicScript(word) : word.text);
    const typed = withoutSilence(withoutOrWhat(opinion > 0 ? written.slice(0, opinion) : written), silenceWord);
    const read = this.standardWords(typed, arabizi);
    const [latin, arabic, all] = withYesNoParticle([read.latin, read.arabic, read.all].map(withoutOpening), questionMark);
    const type = questionType(latin, arabic);
    // Each script's words keep a gap where the other's were: "قريت عن R2 وما فهمت" has no "عن ما" (about what).
    const inPlace = (arabicScript: boolean) => all.map((word) => (ARABIC_SCRIPT.test(word) === arabicScript ? word : GAP)).join(' ');
    const cut = cutSummaryCue(inPlace(false), inPlace(true));
    const summaryCut = cut && { latin: withoutGaps(cut.latin), arabic: withoutGaps(cut.arabic), manner: cut.manner };
    // The words a type was read from say nothing more about the topic.
    const typeWord = (word: string) =>
      TYPE_WORDS.has(word) ||
      (type === 'source' && SOURCE_WORDS.has(word)) ||
      (type === 'name' && CALLING_WORDS.has(word)) ||
      (type === 'deed' && DEED_WORDS.has(word));
    // "what does the article mean when it calls the approach 'balanced'?", "ماذا يقصد المقال بأن…":
    // what is meant is asked, in the words it is said in; the report and its meaning are no topic.
    // Nor are they in asking why it describes something so ("لماذا يصف المقال الاستراتيجية بأنها متوازنة").
    const standard = all.join(' ');
    const asksMeaning = MEANING_QUESTION.some((pattern) => pattern.test(standard)) || asksDescription(latin, arabic);
    const typedTopic = (type === 'what' ? all : all.filter((word) => !typeWord(word))).filter((word) => !(asksMeaning && MEANING_WORDS.has(word)));
    const typedTerms = this.topicTerms(typedTopic.join(' '));
    // "متى نزل المقال؟", "who wrote this article?": publishing said of the report itself, naming
    // nothing else, is the report's own date or author, which it never gives; not R2's release.
    const aboutReport = all.some((word) => META_WORDS.has(word)) && !typedTerms.some((term) => term.kind === 'name');
    const reportTopic = aboutReport ? typedTopic.filter((word) => !PUBLISHING_WORDS.has(word)) : typedTopic;
    const story = this.storyDescribed(reportTopic);
    const topicWords = story ? story.rest : reportTopic;
    const terms = story ? story.restTerms : aboutReport ? this.topicTerms(topicWords.join(' ')) : typedTerms;
    // A request asks as a question does, with or without a question mark ("a3tini résumé sghir", "اعطني ملخص").
    const questionWord = all.some((word, i) => QUESTION_WORDS.has(word) && !(word === 'ما' && negates(all, i)));
    // …or, with no question word, that denies something inside it ("are nvidia chips not good enough?",
    // "nvidia chips not good enough?", "انفيديا مش كويسة؟"); "or not" is the other answer to a yes/no question.
    const negated =
      NEGATED_OPENINGS.has(typed.find((word) => !OPENING_WORDS.has(word.text))?.text ?? '') ||
      (!questionWord && typed.some((word, i) => INNER_NEGATIONS.has(word.text) && !TYPED_OR_WORDS.has(typed[i - 1]?.text ?? '')));
    // Said on the way to the point ("توني خالص رانكد وطحت 😭 المهم، …"), only a question word still asks.
    // "كنت فاكر ديب سيك ماشية مع انفيديا بس.", "i thought it was nvidia only": what the asker believed,
    // told without a question mark or a question word, asks nothing, whatever type its words give it.
    const typedText = typed.map((word) => word.text).join(' ');
    const believed = !questionMark && !questionWord && (BELIEF_OPENING.test(typedText) || SEEMING.test(typedText) || ASKERS_AIM.test(typedText));
    const asks = !leadsIn && !believed && (beforeTurn ? questionWord : questionMark || type !== 'what' || summaryCut !== null || questionWord);
    const frame = TOPIC_FRAMES.some((pattern) => pattern.test(standard));
    // A question word that begins with و (وين، وقتاش) joins nothing on, nor does Maghrebi's واش, the
    // particle its yes/no questions open with; و written apart ("و شحال من واحد؟") does, and so does
    // one before a question word, whatever the whole may read as besides (وشو، ومين).
    const first = typed[0]?.text ?? '';
    const joined =
      JOINED.test(text) ||
      /^و\s/.test(text) ||
      (/^و\S/.test(first) && first !== 'واش' && (standardFunctionWord(first) === undefined || standardFunctionWord(first.slice(1)) !== undefined));
    const confirms = questionMark && (type === 'what' || type === 'yesno') && !all.some((word) => QUESTION_WORDS.has(word)) && CONFIRMATION_TAG.test(text);
    const elaborates = ELABORATION.some((marker) => marker.test(typedText)) || (type === 'why' && WHY_NOT.test(standard));
    // English asks by putting its auxiliary first ("and is nvidia still in the picture"), with or without a mark.
    const openerAt = all.findIndex((word) => !CLAUSE_LINKS.has(word));
    const auxiliaryFirst = ENGLISH_AUXILIARIES.has(all[openerAt] ?? '');
    // Nor does one with its auxiliary first that ends with a full stop, its subject left out ("did 40
    // miles up the gorge today.", "had a swim."): a statement, where the asker marks questions elsewhere (see group).
    const subjectLeftOut = () => {
      const after = all[openerAt + 1] ?? '';
      return !SUBJECT_WORDS.has(after) && !terms.some((term) => term.kind === 'name' && term.source.split(' ')[0] === after);
    };
    const tells =
      !questionMark &&
      !questionWord &&
      summaryCut === null &&
      (!REQUEST.test(typedText) || REASON_FOR_ASKING.test(typedText)) &&
      ((type !== 'yesno' && !auxiliaryFirst) || (fullStop && auxiliaryFirst && subjectLeftOut()));
    return {
      text,
      questionMark,
      latin,
      arabic,
      words: topicWords,
      type,
      asks,
      terms,
      summaryCut,
      frame,
      joined,
      confirms,
      continues,
      negated,
      tells,
      beforeTurn,
      elaborates,
      surprised,
      aboutReport,
      story: story?.described ?? [],
    };
  }

  /**
   * "did nvidia say anything about this deepseek huawei thing", "شو قالت انفيديا عن موضوع ديب سيك
   * وهواوي": names that describe the story the report tells ("this … thing", "موضوع …") are that
   * story, context for the question, not names its answer must hold; null when nothing else is asked.
   */
  private storyDescribed(words: string[]): { described: string[]; rest: string[]; restTerms: Term[] } | null {
    const text = words.join(' ');
    for (const pattern of STORY_DESCRIPTIONS) {
      const found = pattern.exec(text);
      if (!found?.groups) continue;
      const described = wordsOf(found.groups.described);
      if (!this.topicTerms(described.join(' ')).some((term) => term.kind === 'name')) continue;
      const rest = wordsOf(`${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}`);
      const restTerms = this.topicTerms(rest.join(' '));
      if (restTerms.length > 0) return { described, rest, restTerms };
    }
    return null;
  }

  /** The clause read as about the report itself, when it names nothing: without its words of publishing. */
  private aboutTheReport(clause: ReadClause): ReadClause {
    if (clause.aboutReport || clause.terms.some((term) => term.kind === 'name')) return clause;
    const words = clause.words.filter((word) => !PUBLISHING_WORDS.has(word));
    return { ...clause, words, terms: this.topicTerms(words.join(' ')), aboutReport: true };
  }

  /** Topic terms: no stop-words, no type words, no words about the report itself. */
  private topicTerms(standard: string): Term[] {
    this.metaTerms ??= new Set(this.analyzer.analyze([...META_WORDS].join(' ')).terms.map((term) => term.term));
    const meta = this.metaTerms;
    return this.analyzer.analyze(standard).terms.filter((term) => !TYPE_WORDS.has(term.source) && !META_WORDS.has(term.source) && !meta.has(term.term));
  }

  /** The index terms of the words about the report itself, however they are spelt (للمقال، بالخبر). */
  private metaTerms: Set<string> | null = null;

  /** The clauses' questions; the clauses read as guesses at an answer are added to `guesses`. */
  private group(clauses: ReadClause[], arabizi: boolean, guesses: Set<ReadClause>): Question[] {
    const questions: Draft[] = [];
    let context: ReadClause[] = [];
    let pendingType: QuestionType | null = null;
    let thanking = false;
    clauses.forEach((read, index) => {
      // "مين كاتب هالمقال؟ ومتى نزل؟": a follow-up naming nothing after a question about the report is about it too.
      const before = questions[questions.length - 1];
      const clause = before?.clauses.every((asked) => asked.aboutReport) && context.length === 0 ? this.aboutTheReport(read) : read;
      // "tysm that actually helped a lot", "شكرا هذا ساعدني": thanks that ask nothing are no question;
      // nor is what goes on their sentence asking nothing ("shokran, sa3adtni barcha", "شكرا، ساعدتني").
      if (thanksOnly(clause) || (thanking && clause.continues && !clause.asks)) {
        thanking = true;
        return;
      }
      thanking = false;
      // "when huawei sent their team for r2, what was the outcome?", "لما هواوي بعتت مهندسينها، ايه اللي
      // حصل؟": a clause opening with "when" or "after" before its subject, the question going on after
      // it, tells the event the question asks of. Its "when" asks no time, and "what happened" then
      // asks what came of that event, no summary of the report.
      const after = clauses[index + 1];
      if (!clause.questionMark && after?.continues && hasQuestionWord(after) && SUBORDINATE.test(normalizeText(clause.text)) && !ASKED_WHEN.test(clause.text)) {
        if (clause.type === 'when') clause.type = 'what';
        if (clause.terms.some((term) => term.kind === 'name')) after.summaryCut = null;
      }
      // A guess at the answer goes around the question, which stays as asked (see Draft.guessedAtBy).
      if (before && context.length === 0 && before.guessedAtBy(clause, (term) => this.vocabulary.namesAKind(term))) {
        before.context.push(clause);
        guesses.add(read);
        return;
      }
      // "who broke this story? like which outlet", "…? other than huawei i mean": said again, more precisely.
      if (clause.elaborates && before && context.length === 0) {
        before.elaborate(clause);
        return;
      }
      // "who reported this?", "report source": the question names nothing but asks for the outlet.
      const asksOutlet = clause.type === 'source';
      // "who's saying deepseek is moving to huawei, where's this from?", "meen 2al en…? el 5abar da gay
      // mnen": after "who says…", a question for the source naming nothing new asks the same, who told it.
      if (
        asksOutlet &&
        before?.type === 'who' &&
        context.length === 0 &&
        before.clauses.some((asked) => asked.words.some((word) => SAYING_WORDS.has(word))) &&
        clause.terms.every((term) => term.kind !== 'name')
      ) {
        before.type = 'source';
        before.clauses.push(clause);
        return;
      }
      if (clause.terms.length === 0 && !clause.summaryCut && !asksOutlet) {
        if (clause.type === 'what') return;
        const last = questions[questions.length - 1];
        // "شن قال متحدث انفيديا؟ وشن اسمه؟", "…and what's their name?": his name, after a question naming a
        // person by role, is a person's name.
        if (
          clause.type === 'name' &&
          last &&
          (PERSON_PRONOUN_NAME.test(clause.arabic.join(' ')) || ENGLISH_PERSON_PRONOUN_NAME.test(clause.latin.join(' '))) &&
          (last.clauses.some((asked) => namesPersonRole(asked.latin, asked.arabic)) || last.type === 'who')
        )
          clause.type = 'person';
        // "…, and when did they say it?", "…؟ وكم؟": joined on to ask for an attribute the question
        // before did not, it is a question of its own about the same names ("…? which month
        // exactly?" only makes the one before more precise).
        if (context.length === 0 && last && clause.joined && ATTRIBUTE_TYPES.has(clause.type) && !sameAttribute(clause.type, last.type)) {
          questions.push(new Draft([clause], []));
          return;
        }
        // "deepseek swapping nvidia for huawei? why tho", "…تبدل انفيديا بهواوي؟ ليش هيك؟": a bare "why" after a
        // question of one clause asks it again as its reason, read as if asked in one sentence ("why…swapping…").
        if (context.length === 0 && last && clause.type === 'why' && last.clauses.length === 1 && last.type !== 'why') {
          const [asked] = last.clauses;
          questions[questions.length - 1] = new Draft(
            [this.readClause({ ...asked, text: `${clause.text} ${asked.text}`, leadsIn: false, fullStop: false }, arabizi)],
            last.context,
          );
          return;
        }
        // "nvidia sounds salty 😂 what did they actually say": what someone said, after a statement
        // naming them, asks their words; the statement's own words are the asker's, around it.
        if (clause.type === 'speech' && context.some((told) => clauseNameTerms(told).length > 0)) {
          questions.push(new Draft([clause], context));
          context = [];
          return;
        }
        // "so nvidia basically said 'bring it on'?? what did they actually say", "nvidia's response was
        // salty or nah? what'd they actually say": so does one after a guess naming them, asked as a
        // question that is no wh-question; the guess is the asker's words, around it.
        if (
          clause.type === 'speech' &&
          context.length === 0 &&
          (last?.type === 'yesno' || last?.type === 'what' || last?.type === 'speech') &&
          last.clauses.length === 1 &&
          last.nameTerms().length > 0
        ) {
          questions[questions.length - 1] = new Draft([clause], [...last.context, ...last.clauses]);
          return;
        }
        if (context.length === 0 && last) last.sharpen(clause);
        else pendingType = stronger(pendingType, clause.type);
        return;
      }
      // "in short, who published this?", "…؟ شكون اللي نشرو؟ باختصار": how briefly to answer, said
      // next to a question, is no request of its own; it goes with the question.
      const { summaryCut } = clause;
      const saysNothingElse = (cut: { latin: string; arabic: string }) => this.chatterOnly(this.termsOf(`${cut.latin} ${cut.arabic}`));
      const question = (other: ReadClause) => other.asks && !other.summaryCut && other.type !== 'what';
      if (
        summaryCut?.manner &&
        saysNothingElse(summaryCut) &&
        [clauses[index - 1], clauses[index + 1]].some((other) => other !== undefined && question(other))
      ) {
        context.push(clause);
        return;
      }
      const namesNothing = clause.terms.every((term) => term.kind !== 'name');
      // "ابني سألني عن الموضوع وما عرفت ارد عليه.", "ما عندي وقت اقراه كله": a sentence with no
      // question mark that names nothing and brings nothing the facts know is small talk, when
      // something else in the message is asked (its ما says "not", not "what"); asked with a mark,
      // or with a question type of its own ("so what's the actual play here, why cut back on nvidia").
      const otherAsked = clauses.some(
        (other) => other !== clause && (other.questionMark || other.summaryCut !== null || (other.asks && other.type !== 'what')),
      );
      const chatter = this.chatterOnly(clause.terms);
      if (!clause.questionMark && clause.type === 'what' && !clause.summaryCut && chatter && otherAsked) return;
      // "…؟ دورت على تاريخ وما لقيت", "…? i saw the name the information somewhere": where the asker
      // marks their questions, a sentence told without one asks nothing, whatever type its words
      // give it (a date, a name, "better than"): it is what they found, saw or hope.
      if (clause.tells && clauses.some((other) => other !== clause && other.questionMark)) {
        context.push(clause);
        return;
      }
      // "what about R2? …", "DeepSeek? …", "ratio'd by hwawei? …" introduce the question after
      // them (names, and words no fact holds); "what's Ascend? …", "شو حكت انفيديا؟ …" ask with a
      // question word of their own and are questions themselves.
      const asksItself = hasQuestionWord(clause);
      // ("besides", "except" set names apart from what is asked: they name nothing themselves.)
      const namesOnly = clause.terms.every((term) => term.kind === 'name' || this.unknownWord(term) || EXCLUSION_WORDS.has(term.source));
      // A frame naming something introduces the question after it even when it could ask for a
      // summary ("what happened with R2? why was it delayed"); not one joined on to ask for another
      // attribute ("what's the deal with ascend, and how much is deepseek paying?"), nor one joined
      // on about a name the frame did not give ("what happened with huawei's engineers, and did
      // deepseek set a launch date?"): those make two.
      const next = clauses.slice(index + 1).find((later) => later.asks);
      const asksAnew = (later: ReadClause) =>
        later.joined &&
        (ATTRIBUTE_TYPES.has(later.type) || later.terms.some((term) => term.kind === 'name' && !clause.terms.some((framed) => framed.term === term.term)));
      // "deepseek had problems building r2 right? what kinda problems tho", "R2 اتأجل صح؟ ليش؟": a
      // statement held up for confirmation is the premise of the question after it.
      // So is a statement echoed back with a question mark ("so huawei flew engineers over to help
      // out? did that pan out"), when the question after it only points back at it.
      const echoed = clause.questionMark && clause.type === 'what' && !asksItself && !namesNothing;
      // Echoed in surprise ("lads just saw deepseek is ditching nvidia?? …whose chips…"), it is what the
      // question after it starts from, when that one names what it asks about ("…didnt work?? what
      // happened" asks more of it).
      // Not one joined on with "and" that asks anew ("…, right? and how much will huawei get?").
      if (
        next !== undefined &&
        ((clause.confirms && !asksAnew(next)) || (echoed && ((clause.surprised && next.terms.some((term) => term.kind === 'name')) || pointsBack(next))))
      ) {
        context.push(clause);
        return;
      }
      // "why is deepseek even bothering w huawei, isnt nvidia just better", "ليش رايحين لهواوي، مش
      // انفيديا احسن؟": a negated question going on the question before it is the asker's reason
      // for asking that one, its context, not a question of its own. So is one in a sentence of
      // its own, when it has no question word ("…على nvidia؟ mo huawei?", "…؟ مب كفاية هواوي؟").
      const asked = questions[questions.length - 1];
      // "why move away from nvidia, nvidia is the best no??": a statement held up for confirmation
      // after a question, naming nothing it does not, is the asker's reason for asking it.
      if (
        clause.confirms &&
        next === undefined &&
        context.length === 0 &&
        asked?.clauses.includes(clauses[index - 1]) &&
        asked.holdsEvery(clause.terms.filter((term) => term.kind === 'name'))
      ) {
        asked.context.push(clause);
        return;
      }
      if (
        clause.asks &&
        clause.negated &&
        (clause.continues || !hasQuestionWord(clause)) &&
        asked?.clauses.includes(clauses[index - 1]) &&
        context.length === 0
      ) {
        asked.context.push(clause);
        return;
      }
      // "هسّع ليش إنفيديا معصّبة؟ شو قال الناطق تبعها عن الصين؟", "why is nvidia so salty? what did they
      // say?": asking after a speaker's mood leads into the question of what they said, not joined on
      // to it as a question of its own: the report tells words, not moods.
      const moodWords = clause.terms.filter((term) => term.kind !== 'name');
      if (
        next?.type === 'speech' &&
        !next.joined &&
        clause.type !== 'speech' &&
        !namesNothing &&
        moodWords.some((term) => MOOD_WORDS.has(term.source)) &&
        moodWords.every((term) => MOOD_WORDS.has(term.source) || this.chatterOnly([term]))
      ) {
        context.push(clause);
        return;
      }
      const introducesNext =
        clause.asks &&
        ((clause.frame && (!clause.summaryCut || !namesNothing)) || (!clause.summaryCut && clause.type === 'what' && !asksItself && namesOnly)) &&
        next !== undefined &&
        !asksAnew(next);
      // "غير هواوي، وش الشركات الثانية؟", "other than huawei, which companies…?": a phrase with no
      // question mark or question word of its own that names only, fronted before the question that
      // goes on its sentence, is part of that question, whatever type its cue ("غير", other than) gives it.
      const fronted =
        !clause.questionMark &&
        !asksItself &&
        // (one opening with an auxiliary asks itself: "is R2 still on nvidia like, and what's…")
        !ENGLISH_AUXILIARIES.has(clause.words[0] ?? '') &&
        clause.type !== 'yesno' &&
        namesOnly &&
        !namesNothing &&
        next !== undefined &&
        clauses[index + 1] === next &&
        next.continues;
      if (!clause.asks || introducesNext || fronted) {
        context.push(clause);
        return;
      }
      // "…, just training?", "…? did that work out or nah", "…? what kinda problems tho": a
      // follow-up that names nothing and brings nothing but chatter and everyday words sharpens the
      // question before it rather than asking another; so does "…? Nvidia or Huawei?", the
      // alternatives it offers, and so does a sentence opening with "or" ("…still on nvidia? or did
      // they move it to huawei?", "…؟ ولا نقلوه لهواوي؟"): the other alternative of the one before.
      const previous = questions[questions.length - 1];
      const offersAlternatives = !asksItself && clause.words.some((word) => OR_WORDS.has(word));
      const opensWithOr = offersAlternatives && OR_WORDS.has(clause.words[0] ?? '');
      if (previous && context.length === 0 && offersAlternatives && (opensWithOr || clause.terms.every((term) => term.kind === 'name'))) {
        previous.sharpen(clause);
        return;
      }
      // "what are the huawei chips for, the big R2 or the small versions?", "شو عم تجرب ديب سيك
      // هلق، R2 الكبير ولا النسخ الصغيرة؟": alternatives in words that name something, after a
      // question asked with a question word, are the asker's guesses at its answer: context around
      // it, as a guess of names is (ones naming nothing sharpen it, below). Not versions ("…, 910B
      // or 910C?"): which of them is what is asked.
      const guessesInWords = !clause.terms.some((term) => /\d/.test(term.source) && term.kind !== 'name');
      if (
        previous &&
        context.length === 0 &&
        offersAlternatives &&
        guessesInWords &&
        !namesNothing &&
        !clause.joined &&
        clause.type !== 'yesno' &&
        previous.asksWithQuestionWord()
      ) {
        previous.context.push(clause);
        return;
      }
      // "شو ردت انفيديا؟ زعلانة ولا عادي؟", "what did nvidia say abt all this, bullish or cope?": after
      // a question for what someone said, alternatives naming nothing guess at its mood: context
      // around the question, not what it asks. So does a yes/no question naming nothing in words no
      // fact holds ("…? dey vex or wha", "…? are they salty?").
      const guessesInOwnWords = clause.type === 'yesno' && this.chatterOnly(clause.terms);
      const guessesMood = (offersAlternatives || guessesInOwnWords) && namesNothing && previous?.type === 'speech';
      if (previous && context.length === 0 && guessesMood && !clause.joined) {
        previous.context.push(clause);
        return;
      }
      // "what are they training those on?? huawei?", "مين نشر الخبر؟ ذا انفورميشن؟": a follow-up that
      // only names, with no question word or type of its own, is the asker's guess at the answer to
      // the question asked before it, not a question about those names ("…? and huawei?" is one). The
      // question stays as asked; the guess is context around it.
      // So does one bounding a name ("…? huawei only?", "…؟ هواوي بس؟"): a guess at how far the answer goes.
      const boundsName =
        clause.type === 'extent' && clause.terms.every((term) => term.kind === 'name' || this.unknownWord(term) || BOUNDING_WORDS.has(term.source));
      const guessesAnswer =
        !asksItself && !clause.joined && !namesNothing && ((namesOnly && (clause.type === 'what' || clause.type === 'yesno')) || boundsName);
      // "…غير هواوي؟ بايدو و شكون آخر؟", "…besides huawei? baidu and who else?": part of the answer,
      // guessed, and the rest asked for, is a guess at the answer to the question before too.
      const guessesPart =
        namesOnly &&
        !namesNothing &&
        ANDS_WHO_ELSE.test(
          clause.words
            .filter((word) => word !== 'else')
            .slice(-2)
            .join(' '),
        );
      // "…what did their spokesperson say? something about china and developers i think?": a guess
      // hedged as one ("i think", "اظن") is a guess at the answer, whatever it names.
      const typed = normalizeText(clause.text);
      const hedged = !asksItself && HEDGED_GUESS.test(typed);
      // "وين مقر كامبريكون؟ بالصين وين بالزبط؟", "when is it out? in may, when exactly?": the same
      // attribute asked again more precisely, around a guess at it, is the question before.
      const narrows = sameAttribute(clause.type, previous?.type ?? clause.type) && wordsOf(typed).some((word) => PRECISELY.has(word));
      if (previous && context.length === 0 && (guessesAnswer || guessesPart || hedged || (narrows && !clause.joined)) && previous.asksWithQuestionWord()) {
        previous.context.push(clause);
        return;
      }
      const onlyMarked = clause.type === 'what' && !clause.words.some((word) => QUESTION_WORDS.has(word)) && clause.terms.length <= 2;
      // "…? and how much did it cost?": a follow-up asking for an attribute the question before
      // did not ask for is a question of its own, even with words no fact holds.
      const asksOtherAttribute = ATTRIBUTE_TYPES.has(clause.type) && previous?.type !== clause.type;
      // "ليش تأجل R2؟ شنو المشاكل اللي صارت وياهم؟", "leish t2a55ar R2? shaku mashakil 3idhum?": a
      // question that names nothing of its own, not joined on with "and", asks more of the one before.
      const asksMore = !clause.joined && !clause.summaryCut && previous !== undefined && previous.names().length > 0;
      // Not a clause joined on that asks yes or no with its own auxiliary ("…? and did it actually
      // work lol", "…, and did it work?", "…؟ وهل نفع ده؟"): that asks a question of its own about the
      // same names, in the same sentence or the next.
      const asksYesNoAnew = clause.joined && clause.type === 'yesno';
      // Nor one naming only the other side of a contrast the question before asks of ("…big R2 built
      // on? and the small versions?"): that is the question again, of that side (see takeUpOtherSide).
      const swapsSide = previous !== undefined && previous.swappedSide(clause, this.vocabulary.otherSide) !== null;
      if (
        previous &&
        !asksOutlet &&
        !asksOtherAttribute &&
        !asksYesNoAnew &&
        !swapsSide &&
        context.length === 0 &&
        namesNothing &&
        (chatter || onlyMarked || asksMore)
      ) {
        previous.sharpen(clause);
        return;
      }
      // "whats the split here — huawei for what, nvidia for what?": after a question about how the
      // work is divided, a follow-up naming one side only ("huawei for what") says the question again
      // side by side: one question, the division its answer.
      const namesASide = clause.terms.length > 0 && clause.terms.every((term) => term.kind === 'name' || DIVISION_SIDES.has(term.term));
      if (previous && context.length === 0 && namesASide && previous.clauses.some((asked) => asked.terms.some((term) => DIVISION_TERMS.has(term.term)))) {
        // Its "for what" asks no reason: the question asked stays what it was.
        previous.clauses.push(clause);
        return;
      }
      // "…opens the door to new competition, competition between who?", "…لمنافسة جديدة؟ مين عم
      // ينافس مين؟": a follow-up whose every topic word the question before already holds takes
      // up its words to ask more of it, whatever it asks for.
      if (previous && context.length === 0 && !clause.joined && clause.terms.length > 0 && previous.holdsEvery(clause.terms)) {
        previous.sharpen(clause);
        return;
      }
      // "my son keeps saying deepseek is done with american chips, is that true?", "سمعت انهم تركوا
      // انفيديا، الكلام ده صح؟": a question asking only whether the statement before it holds
      // asks that statement itself, not around it.
      const asksTruth = context.length > 0 && clause.words.some((word) => TRUTH_WORDS.has(word)) && clause.terms.every((term) => TRUTH_WORDS.has(term.source));
      // "deepseek's testing accelerators from a bunch of vendors, which ones exactly?": a question
      // whose only words point back at what the statement before it names asks of that statement.
      const asksOfStatement =
        context.length > 0 &&
        clause.terms.length > 0 &&
        clause.terms.every((term) => POINTING_WORDS.has(term.source)) &&
        context.some((told) => told.terms.length > 0);
      const draft = asksTruth || asksOfStatement ? new Draft([...context, clause], []) : new Draft([clause], context);
      if (pendingType) draft.type = stronger(draft.type, pendingType);
      questions.push(draft);
      context = [];
      pendingType = null;
    });
    if (context.length > 0) {
      const last = questions[questions.length - 1];
      if (last) last.context.push(...context);
      else questions.push(new Draft(context, []));
    }
    if (questions.length === 0) return [];
    this.mergeRestated(questions);
    if (pendingType) questions[questions.length - 1].type = stronger(questions[questions.length - 1].type, pendingType);
    questions.forEach((draft, index) => {
      if (index > 0) {
        draft.takeUpElided(questions[index - 1], (term) => this.vocabulary.kindOf(term));
        draft.takeUpOtherSide(questions[index - 1], this.vocabulary.otherSide);
        draft.takeUpProForm(questions[index - 1]);
        draft.takeUpContinued(questions[index - 1], (term) => this.unknownWord(term) || this.everyday(term));
      }
      // Who made a company ("who made deepseek?", "مين عمل ديب سيك؟") asks its founder, a person the
      // report never names; who made a chip or a model asks the company behind it (Huawei, DeepSeek).
      // (Its own names, or those of what it says around the question: "ديب سيك… ومين اللي عملها؟".)
      if (draft.type !== 'who' || !draft.clauses.some((clause) => asksMaker(clause.latin, clause.arabic))) return;
      const names = [...draft.nameTerms(), ...draft.context.flatMap(clauseNameTerms)];
      if (names.length > 0 && names.every((term) => this.vocabulary.kindOf(term.term) === 'company')) draft.type = 'person';
    });
    // A question that names nothing, or points back with a pronoun ("…, and what's deepseek using them for?"), is about what the one before it named.
    questions.forEach((draft, index) => {
      const pointsBack = draft.names().length === 0 || draft.pointsBackWithPronoun();
      if (index === 0 || !pointsBack || draft.type === 'source') return;
      // "…for the R2 LLM? also what did their spokesperson say?": whose a person in a role is points
      // back at a name that has staff (Nvidia), not at a model it named besides (R2).
      const role = draft.clauses.some((clause) => namesPersonRole(clause.latin, clause.arabic));
      const names = questions[index - 1].nameTerms();
      const owners = names.filter((term) => STAFFED_KINDS.has(this.vocabulary.kindOf(term.term) ?? ''));
      draft.borrowed.push(...(role && owners.length > 0 ? owners : names).map((term) => term.source));
    });
    return questions.map((draft) => draft.question(this));
  }

  /**
   * "مين اللي قال الكلام ده اصلا؟ مصدر الخبر ايه", "من وين جايبين الخبر؟ يعني وش المصدر": a
   * question of the same type next to it that names nothing and brings nothing the facts know, but
   * everyday words and the name of what it asks for, asks the same thing again ("R2 راح ينزل امتى؟
   * any date yet?"; "…? وكم كلفهم؟" asks something else). So does a request for a summary
   * next to another ("chnowa l 7keya? a3tini résumé sghir", "tl;dr? sum it up pls").
   */
  private mergeRestated(questions: Draft[]): void {
    const asksSummary = (draft: Draft | undefined) => draft?.clauses.some((clause) => clause.summaryCut) === true;
    // "شنو السالفة؟ ليش ديب سيك تبي تخفف اعتمادها على انفيديا؟", "wsh elsalfa? …": asking what the
    // story is, naming nothing, beside a question asking something particular, only opens (or
    // closes) it: the particular question is the one to answer. Not a request ("tl;dr? and who
    // reported it?"): that asks for the summary besides.
    const storyOnly = (draft: Draft) =>
      draft.clauses.every(
        (clause) =>
          clause.summaryCut !== null && hasQuestionWord(clause) && this.chatterOnly(this.termsOf(`${clause.summaryCut.latin} ${clause.summaryCut.arabic}`)),
      );
    if (questions.some((draft) => !asksSummary(draft))) {
      for (let i = questions.length - 1; i >= 0; i--) if (storyOnly(questions[i])) questions.splice(i, 1);
    }
    for (let i = 0; i < questions.length && questions.length > 1; i++) {
      const draft = questions[i];
      if (asksSummary(draft)) {
        if (asksSummary(questions[i + 1])) {
          questions[i + 1].absorb(draft, true);
          questions.splice(i, 1);
          i -= 1;
        }
        continue;
      }
      const terms = draft.clauses.flatMap((clause) => clause.terms);
      const next = questions[i + 1] as Draft | undefined;
      const neighbour = next ?? questions[i - 1];
      // "who published this first? where did they get it from?", "where's this news from? what's the source?":
      // where the news was got, beside who published it, asks its source again.
      const sourceAgain = draft.type === 'where' && neighbour.type === 'source';
      // "deepseek r2 when?? is there an actual release date or nah": a date asks when (see sameAttribute);
      // so does whether it has happened yet ("is it out yet or nah, when can we use it").
      const timeAgain = asksTimeOrYet(draft) && asksTimeOrYet(neighbour);
      if (!sameAttribute(draft.type, neighbour.type) && !sourceAgain && !timeAgain) continue;
      // Words the facts hold may only name what both ask for ("…امتى؟ any date yet?", "what's
      // nvidia's take? did they say anything") or be everyday ones ("yet").
      const restates = (term: Term) => this.unknownWord(term) || this.everyday(term) || ASKED_TERMS[draft.type]?.includes(term.term) === true;
      if (!terms.every(restates)) continue;
      neighbour.absorb(draft, next !== undefined);
      // …and is answered as "when" is: with what the report says of the time, date or none.
      if (timeAgain) neighbour.type = 'when';
      questions.splice(i, 1);
      i -= 1;
    }
  }

  /** Whether a word names chips, in any script, French too ("الشيبات", "puces"): the lexicon's term for them. */
  private namesChips(word: string): boolean {
    return this.termsOf(FRENCH_ENGLISH.get(word) ?? word).some((term) => term.term === CHIP_TERM);
  }

  /** Whether some fact holds the term. */
  knows(term: Term): boolean {
    return this.vocabulary.knows(term.term);
  }

  /**
   * A question about a statement without what the statement answered, when that is one of the
   * report's developments (see occasionWords): something between two of its names ("deepseek using
   * huawei chips"), every word of it one some fact holds, or everyday; the question without it. Of
   * one name, only the name goes ("what did nvidia say about the competition with huawei?": what it
   * said of the competition, the other party unnamed in its words); its other words stay, for a
   * topic the speaker's words may lack ("…about R2's release date?"). Null when the question names
   * none, or something the report lacks ("what did nvidia say about the price?").
   */
  withoutOccasion(standard: string): string | null {
    const occasion = occasionWords(standard);
    if (!occasion) return null;
    const terms = this.termsOf(occasion);
    const names = terms.filter((term) => term.kind === 'name');
    // A slip of a word some fact holds is that word ("the competiton with huawei").
    const misspells = this.vocabulary.misspellings();
    const held = (term: Term) => this.knows(term) || (term.kind === 'word' && misspells(term.source));
    if (!terms.every((term) => term.kind === 'name' || held(term) || this.everyday(term))) return null;
    const before = standard.slice(0, -occasion.length);
    // "انفيديا قالت ايه لما الموضوع ده طلع؟", "what did nvidia say when this came out?": an occasion
    // naming nothing, only the news coming out, is the report's developments as well.
    if (names.length === 0)
      return occasion.split(' ').some(pointsAtNews) && terms.every((term) => this.everyday(term) || pointsAtNews(term.source) || COMING_OUT.has(term.source))
        ? before
        : null;
    if (new Set(names.map((term) => term.term)).size >= 2) return before;
    const nameWords = new Set(names.flatMap((term) => term.source.split(' ')));
    const topic = occasion.split(' ').filter((word) => !nameWords.has(word));
    return topic.some((word) => this.termsOf(word).some((term) => term.kind !== 'name' && held(term))) ? `${before}${topic.join(' ')}` : null;
  }

  /** A plain word no fact holds: chatter, or something the report lacks. */
  private unknownWord(term: Term): boolean {
    return term.kind === 'word' && !this.knows(term);
  }

  /** Whether every term is a word no fact holds or an everyday one: nothing the question is about. */
  private chatterOnly(terms: Term[]): boolean {
    return terms.every((term) => this.unknownWord(term) || this.everyday(term));
  }

  /** A plain word common in everyday language ("reading", "وقت"), so chatter when nothing else marks it. */
  everyday(term: Term): boolean {
    return term.kind === 'word' && unusualness(term.source) < EVERYDAY;
  }

  /** Names of the context a question borrows when it names nothing itself. */
  termsOf(standard: string): Term[] {
    return this.topicTerms(standard);
  }
}

/** A question being put together from clauses. */
class Draft {
  type: QuestionType;
  /** Names taken over from the question before, when this one names nothing. */
  readonly borrowed: string[] = [];
  /** How many of its context clauses were said before it (the rest are added after it). */
  private readonly before: number;
  /** The words of the question before with this one's name in place of one of its own (see takeUpElided). */
  private elided: string[] | null = null;

  constructor(
    readonly clauses: ReadClause[],
    readonly context: ReadClause[],
  ) {
    this.type = clauses.reduce<QuestionType>((type, clause) => stronger(type, clause.type), 'what');
    this.before = context.length;
  }

  /** Another question that asks the same: its clauses and context join this one's, in the message's order. */
  absorb(other: Draft, comesFirst: boolean): void {
    this.clauses.splice(comesFirst ? 0 : this.clauses.length, 0, ...other.clauses);
    this.context.splice(comesFirst ? 0 : this.context.length, 0, ...other.context);
    this.type = stronger(this.type, other.type);
  }

  /**
   * "which model is deepseek using nvidia for? and huawei?", "…انفيديا حق أي موديل؟ وهواوي حق شو؟",
   * "…? what about huawei?": a follow-up that names one thing and says nothing else leaves out what
   * it asks of it, the question before said with another of its kind (the last named, as objects
   * follow their verbs). It asks that question again, the name swapped, and as that question asked.
   */
  takeUpElided(previous: Draft, kindOf: (term: string) => string | null): void {
    const [own, ...more] = this.nameTerms();
    if (!own || more.length > 0 || this.clauses.some((clause) => clause.terms.some((term) => term.kind !== 'name'))) return;
    // One asking something of its own of the name ("…? and what did nvidia say?", "…? and what's huawei's role?",
    // "…؟ وشو دور هواوي؟": what it does) is no echo; "for what" asks what the one before did.
    if (this.clauses.some((clause) => clause.words.some((word) => DEED_WORDS.has(word)))) return;
    const asksForWhat = this.type === 'why' && this.clauses.some((clause) => FOR_WHAT.test(clause.text));
    if (this.type !== 'what' && this.type !== previous.type && !asksForWhat) return;
    const kind = kindOf(own.term);
    if (kind === null || !previous.clauses.some((clause) => clause.terms.some((term) => term.kind !== 'name'))) return;
    const replaced = previous
      .nameTerms()
      .filter((term) => term.term !== own.term && kindOf(term.term) === kind)
      .pop();
    if (replaced) this.askAgain(previous, replaced.source, own.source);
  }

  /**
   * Asks `previous` again with `replacement` in place of the last `source` its words hold (see
   * takeUpElided, takeUpOtherSide), as that question asked; nothing when they do not hold it.
   */
  private askAgain(previous: Draft, source: string, replacement: string): void {
    const words = previous.clauses.flatMap((clause) => clause.words);
    const span = source.split(' ');
    let at = words.length - span.length;
    while (at >= 0 && !span.every((part, offset) => words[at + offset] === part)) at--;
    if (at < 0) return;
    this.elided = [...words.slice(0, at), ...replacement.split(' '), ...words.slice(at + span.length)];
    this.type = previous.type;
  }

  /**
   * The swap when `clause` names one side of a contrast (the small, the large) where this question
   * names the other, and nothing more than what has sides ("and the small versions?", "والنسخ
   * الصغيرة؟"); else null. Not after a question bounding its side ("only the small ones? and the big
   * ones?"): the two ask how the work is divided, one question.
   */
  swappedSide(clause: ReadClause, otherSide: ReaderVocabulary['otherSide']): { from: Term; to: Term } | null {
    if (this.type === 'extent' || this.clauses.some((own) => own.words.some((word) => ONLY_WORDS.has(word)))) return null;
    const isSide = (term: Term) => otherSide(term.term) !== undefined;
    const sides = clause.terms.filter(isSide);
    if (sides.length !== 1 || !clause.terms.every((term) => isSide(term) || SIDED.has(term.term))) return null;
    const [to] = sides;
    const asked = this.clauses.flatMap((own) => own.terms);
    if (asked.some((term) => term.term === to.term)) return null;
    const from = asked.find((term) => term.term === otherSide(to.term));
    return from === undefined ? null : { from, to };
  }

  /**
   * "what chips is the big R2 built on? and the small versions?", "…الكبير على اي شرايح؟ والنسخ
   * الصغيرة؟": a follow-up naming only the other side of a contrast the question before asks of
   * leaves out the rest: it asks that question again, the side swapped, as that question asked.
   */
  takeUpOtherSide(previous: Draft, otherSide: ReaderVocabulary['otherSide']): void {
    const swap = this.clauses.length === 1 ? previous.swappedSide(this.clauses[0], otherSide) : null;
    // The side as the follow-up says it, without the "and" typed onto it (والكبيرة).
    if (swap !== null) this.askAgain(previous, swap.from.source, swap.to.source.replace(/^و(?=ال)/, ''));
  }

  /**
   * "which chips are for the small models, and which ones for the big R2?": "ones" after "which" stands
   * for the noun the question before asked "which" of, and is read as that noun; a plural pronoun
   * stands for it too, and brings it as what the question is about.
   */
  takeUpProForm(previous: Draft): void {
    const before = previous.clauses.flatMap((clause) => clause.words);
    const asked = before.findIndex((word, i) => i > 0 && before[i - 1] === 'which' && !isStopword(word));
    if (asked < 0) return;
    const words = this.elided ?? this.clauses.flatMap((clause) => clause.words);
    const at = words.findIndex((word, i) => PRO_FORMS.has(word) && i > 0 && WHICH_WORDS.has(words[i - 1]));
    if (at >= 0) this.elided = [...words.slice(0, at), before[asked], ...words.slice(at + 1)];
    // "which companies' accelerators is deepseek testing? and for what model are they?": a plural
    // pronoun stands for what was asked "which" of too.
    else if (words.some((word) => PLURAL_PRONOUNS.has(word))) this.borrowed.push(before[asked]);
  }

  /**
   * "what was the ascend plan for? and are they sticking with it?", "…؟ وبتكمل فيه ولا لا؟": whether
   * something goes on, asked of nothing new, asks it of what the question before was about: its words
   * come along.
   */
  takeUpContinued(previous: Draft, chatter: (term: Term) => boolean): void {
    const saysWhat = this.context.some((clause) => clause.terms.length > 0);
    if ((this.type !== 'yesno' && this.type !== 'extent') || this.elided !== null || saysWhat || this.names().length > 0) return;
    const terms = this.clauses.flatMap((clause) => clause.terms);
    const continues = (term: Term) => CONTINUING_WORDS.has(term.source) || CONTINUING_WORDS.has(term.term);
    if (!terms.some(continues) || !terms.every((term) => continues(term) || chatter(term))) return;
    this.elided = [...this.clauses.flatMap((clause) => clause.words), ...previous.clauses.flatMap((clause) => clause.words)];
  }

  /** Whether one of its clauses asks with a question word ("what…", "مين…"), not only with a question mark. */
  asksWithQuestionWord(): boolean {
    return this.clauses.some(hasQuestionWord);
  }

  /** Whether a clause after it, with no question word of its own, guesses at its answer. */
  guessedAtBy(clause: ReadClause, namesAKind: (term: string) => boolean): boolean {
    if (asksWhat(clause) || !this.asksWithQuestionWord()) return false;
    // "what's R2 even, like a chatbot or smth?", "what's R2, is it a chatbot or something?": told by its "or something".
    if (GUESS_TAIL.test(clause.text)) return true;
    // "علاش تأخر R2؟ هواوي ما عاونتهمش؟", "why was R2 delayed? was it the huawei team's fault?": after
    // asking why, a yes/no question not joined on (one joined on asks something new) guesses the reason.
    if (this.type === 'why') return (clause.type === 'yesno' || (clause.type === 'what' && clause.questionMark)) && !clause.joined;
    // "whats this ascend thing, is that a huawei chip?", "what is ascend? is it huawei's or nvidia's?":
    // after asking what something is, "is it / is that…" guesses what.
    if (this.type !== 'what' || this.clauses.length !== 1 || !WHAT_IT_IS.test(this.clauses[0].words.join(' '))) return false;
    // "شنو هو Ascend؟ واش puce ديال هواوي؟", "شو هاد Ascend؟ معالج؟": Arabic says "is it" with its pronoun, or with
    // none; what it guesses is a thing of a kind (a chip, a company), of names other than the one asked about.
    const asked = new Set(this.clauses[0].terms.map((term) => term.term));
    const guessesKind =
      clause.terms.some((term) => namesAKind(term.term)) &&
      clause.terms.every((term) => (term.kind === 'name' ? !asked.has(term.term) : namesAKind(term.term)));
    return GUESS_WHAT_IT_IS.test(clause.text) || (!clause.joined && guessesKind && ARABIC_GUESS_WHAT_IT_IS.test(clause.words.join(' ')));
  }

  /**
   * A clause with no topic of its own makes the question more precise ("…? which month exactly?").
   * A yes/no follow-up guesses at the answer of a question asked with a question word ("what's
   * 'the information'? is that a website", "شو يعني Ascend؟ هو معالج؟"): the question stays open.
   */
  sharpen(clause: ReadClause): void {
    const guess = clause.type === 'yesno' && this.asksWithQuestionWord();
    this.clauses.push(clause);
    if (!guess) this.type = stronger(this.type, clause.type);
  }

  /**
   * A clause saying it again more precisely adds its words; it asks what this one asked, unless this
   * one only said "what", or it asks why ("what are they doing with huawei? why not just nvidia?").
   */
  elaborate(clause: ReadClause): void {
    this.clauses.push(clause);
    if (this.type === 'what' || clause.type === 'why') this.type = clause.type;
  }

  names(): string[] {
    return this.clauses.flatMap(clauseNames);
  }

  /** The terms of its names, for what the names are as well as how they are written. */
  nameTerms(): Term[] {
    return this.clauses.flatMap(clauseNameTerms);
  }

  /**
   * "the big R2 model, whose chips is that trained on?", "النسخة الكبيرة من R2، على شرايح مين
   * بتتدرب؟": a noun phrase said alone right before the question, which points back at it with a
   * pronoun or names nothing itself, is what the question is about: its words are the question's,
   * not context. A phrase of a few content words, names and determiners, opening with "the", a
   * demonstrative or the article ال, asking nothing ("nvidia salty or what" is a clause).
   */
  private topicPhrase(namesItself: boolean): ReadClause | null {
    const phrase = this.context[this.before - 1];
    if (!phrase || phrase.beforeTurn || phrase.asks || phrase.questionMark || phrase.terms.length === 0) return null;
    const [first] = phrase.words;
    const determined = DETERMINERS_OF_THINGS.has(first) || /^ال\S{2,}/.test(first);
    if (!determined || phrase.words.length > TOPIC_PHRASE_WORDS || !phrase.words.every((word) => DETERMINERS.has(word) || !isStopword(word))) return null;
    const pointsBack = this.clauses.some((clause) => clause.words.some((word) => TOPIC_PRONOUNS.has(word)));
    return pointsBack || !namesItself ? phrase : null;
  }

  /** Whether it points back at things said before it with a pronoun ("using them for", "their chips", "بيشغلوا فيهم"). */
  pointsBackWithPronoun(): boolean {
    // "those", "them" before a word they point with ("what were them Ascend chips meant for") are
    // determiners: the word says what is meant.
    const determines = (words: string[], i: number) => DEMONSTRATIVES.has(words[i]) && i + 1 < words.length && !isStopword(words[i + 1]);
    // "it" as the object of a verb of using is a thing named before ("what was deepseek thinking to
    // use it for"); elsewhere it may stand for the whole matter ("did nvidia say something about it").
    // (After a relative pronoun the attached one goes back to its noun: "الشركات اللي عم تجربها".)
    const objectIt = (words: string[], i: number) =>
      (words[i] === 'it' && i > 0 && USING_VERBS.has(words[i - 1])) ||
      ((ARABIC_USING_IT.test(words[i]) || (ARABIC_WITH_IT.has(words[i]) && i > 0 && ARABIC_USING.test(words[i - 1]))) &&
        !words.slice(0, i).some((word) => ARABIC_RELATIVES.has(word)));
    // "…? what's its role in r2?", "…؟ شنو دورها بـ R2؟": whose role a pronoun says is the one named before.
    const roleOfIt = (clause: ReadClause) =>
      clause.arabic.some((word) => ROLE_OF_IT.has(word)) ||
      clause.latin.some((word, i) => (word === 'its' || word === 'their') && clause.latin[i + 1] === 'role');
    return this.clauses.some(
      (clause) =>
        roleOfIt(clause) || clause.words.some((word, i) => (PRONOUNS_OF_THINGS.has(word) && !determines(clause.words, i)) || objectIt(clause.words, i)),
    );
  }

  /** Whether its clauses hold every one of `terms` already. */
  holdsEvery(terms: Term[]): boolean {
    const held = new Set(this.clauses.flatMap((clause) => clause.terms.map((term) => term.term)));
    return terms.every((term) => held.has(term.term));
  }

  question(reader: Reader): Question {
    const summaryClauses = this.clauses.filter((clause) => clause.summaryCut);
    const topicWords = this.clauses.flatMap((clause) => (clause.summaryCut ? [] : clause.words));
    // What describes the report by its names is the report ("the article about deepseek swapping
    // nvidia for huawei", "نبذة عن خبر ديب سيك وشرائح هواوي"), not a part of it.
    const cutText = summaryClauses
      .map((clause) => `${withoutDescription(clause.summaryCut?.latin ?? '', reader)} ${withoutDescription(clause.summaryCut?.arabic ?? '', reader)}`)
      .join(' ');
    // A summary request is one whose words, the cue cut out, name at most some of the report's
    // names; words no fact holds and words of length say how the asker wants it ("in two lines",
    // "ملخص سريع", "résumé sghir"), and everyday words are chatter around it ("tl;dr pls i aint
    // reading allat"), not what about.
    // One "of" or "about" something the facts never tell of (no name of theirs, none of their
    // words but everyday ones) asks about that, not this report ("tl;dr of the world cup final",
    // "ملخص عن كاس العالم"): a question the report cannot answer.
    const aboutElse = summaryClauses.some((clause) => {
      const topic = SUMMARY_TOPIC.exec(`${clause.summaryCut?.latin ?? ''} | ${clause.summaryCut?.arabic ?? ''}`)?.[1] ?? '';
      const terms = reader.termsOf(topic);
      return terms.length > 0 && terms.every((term) => term.kind !== 'name' && (!reader.knows(term) || reader.everyday(term)));
    });
    const summary =
      summaryClauses.length > 0 &&
      !aboutElse &&
      reader
        .termsOf(`${cutText} ${topicWords.join(' ')}`)
        .every((term) => term.kind === 'name' || !reader.knows(term) || reader.everyday(term) || SUMMARY_LENGTH_WORDS.has(term.source));
    const ownNames = this.names();
    const topic = summary ? null : this.topicPhrase(ownNames.length > 0);
    const context = this.context.filter((clause) => clause !== topic);
    const words = summary ? [cutText, ...topicWords] : (this.elided ?? [...(topic?.words ?? []), ...this.clauses.flatMap((clause) => clause.words)]);
    // "شفت بوست عن ديبسيك وهواوي…، الموديلات الكبيره هتشتغل على ايه؟": names describing what the
    // asker read about are the story's, not ones the answer must hold.
    const contextNames = context.filter((clause) => !describesWhatWasRead(clause)).flatMap(clauseNames);
    // A pronoun stands for what the question before named ("…, and what's deepseek usin them for?"),
    // not for a name said on the way ("i thought it was nvidia only. so what does huawei do for them?").
    const pronoun = this.borrowed.length > 0 && this.pointsBackWithPronoun();
    const inherits = (ownNames.length === 0 || pronoun) && this.type !== 'source';
    // A question joined on with "and" (و) asks something new of what the one before named: those
    // names lead its search as context, not as names its answer must hold ("is R2 on Nvidia? and when
    // does it launch": R2 may be meant, Nvidia not). One not joined on asks the same again, or more
    // precisely ("what are the huawei chips for? like what will they run?"): it holds them.
    // A pronoun says what it stands for is meant, joined on or not.
    const joined = (this.clauses[0]?.joined ?? false) && !pronoun;
    const borrowed = inherits ? this.borrowed : [];
    // What someone said, asked of no one named ("so nvidia they are fearing huawei now? wat did they
    // say"), is asked of the one the words before it were about, their subject: the first name they hold.
    const contextSubject = this.type === 'speech' ? contextNames.slice(0, 1) : contextNames;
    // Names of its own context ("according to nvidia, what will…") come before the question before it.
    const inherited = inherits ? (borrowed.length > 0 && contextNames.length === 0 ? (joined ? [] : borrowed) : contextSubject) : [];
    const asked = words.join(' ').replace(/\s+/g, ' ').trim();
    const standardOf = (text: string) => [text, ...inherited].join(' ').replace(/\s+/g, ' ').trim();
    const withoutOccasion = this.type === 'speech' ? reader.withoutOccasion(asked) : null;
    return {
      text: [...this.context, ...this.clauses].map((clause) => clause.text).join(' '),
      standard: standardOf(asked),
      ...(withoutOccasion !== null ? { withoutOccasion: standardOf(withoutOccasion) } : {}),
      // What was said on the way to the point lends the question its names, not its words ("اليوم جاني
      // راكب يشتغل بالكمبيوترات وحجالي عن الشرايح… زين شنو قالت انفيديا؟").
      context: [
        ...context.flatMap((clause) => (clause.beforeTurn || aboutTheAsker(clause) ? clauseNames(clause) : clause.words)),
        ...this.clauses.flatMap((clause) => clause.story),
        ...(joined ? borrowed : []),
      ].join(' '),
      type: summary ? 'what' : this.type,
      summary,
      saidBefore: this.context.slice(0, this.before).flatMap((clause) => clause.terms.filter((term) => term.kind === 'name').map((term) => term.term)),
    };
  }
}

/**
 * Chat drops the g of -ing ("movin off nvidia", "whats deepseek usin", "ditchin", "binnin"): a word
 * that is no English word, whose -ing form or stem is one (its final consonant doubled before -ing or
 * not), is the -ing form ("cabin", "within" are words already).
 */
function withItsG(word: string): string {
  if (word.length < 4 || !word.endsWith('in') || isEnglishWord(word)) return word;
  const stem = word.slice(0, -2);
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : null;
  return isEnglishWord(`${word}g`) || isEnglishWord(stem) || isEnglishWord(`${stem}e`) || (undoubled !== null && isEnglishWord(undoubled)) ? `${word}g` : word;
}

/** The longer English words the type rules read ("completely", "spokesperson") one slip from a word, where the slip is a typo, not another word (see `oneSlipFrom`). */
const nearLongCueWord = oneSlipFrom([...ENGLISH_CUE_WORDS].filter((cue) => cue.length >= 6));
/** …and the longer English grammar words one slip from it ("abuot", "anythign"). */
const nearGrammarWord = oneSlipFrom(LONG_ENGLISH_GRAMMAR_WORDS);

/**
 * A word one slip from a long word the type rules read is that word ("compltely", "spokesprson",
 * and a letter short, "reson"), and so is one a slip from a longer grammar word ("abuot",
 * "anythign", "thier"), unless it is an English word itself.
 */
function asCueWord(word: string): string {
  // One who speaks for a company, however called in chat ("spokesbloke", "spokesguy", "spokeslady").
  if (/^spokes(?!person|man|woman|people)[a-z]{2,}$/.test(word)) return 'spokesperson';
  if (word.length < 5 || isEnglishWord(word)) return word;
  const cue = nearLongCueWord(word)[0];
  return cue ?? nearGrammarWord(word)[0] ?? word;
}

/** "for what", Arabic حق شو، لشو، عشان ايه: what something is for, not why. */
const FOR_WHAT = /\bfor what\b|(?:^|\s)(?:حق|ل|عشان|علشان) ?(?:شو|ايش|ايه|إيه|وش|شنو|اش)(?=\s|$|[؟?])/;

/** Words that open an English subject: pronouns and determiners ("did they…", "has the launch…"). */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(
  'i you u he she it we they there the this that these those their its his her my your our any anyone anybody someone somebody'.split(' '),
);
/** The standard negation the dialects' مش، مو، ما…ش read as. */
const NOT = standardFunctionWord('مش') ?? 'لا';
/** "من اجل", "لاجل" (for the sake of): the preposition ل, not أُجِّل (was postponed). */
const FOR_THE_SAKE_OF = /(?<=^| )(?:من |ل)اجل(?= |$)/g;
/**
 * Iraqi, Levantine and Gulf بعد with a pronoun before an imperfect verb ("ديب سيك بعدها تعتمد على
 * انفيديا؟"), or before its progressive or future marker ("بعدها راح تعتمد"), is "still", as لسه is;
 * at the end it is "after" ("شو صار بعدها؟"). So is Gulf عاد with a pronoun ("ديب سيك عادها بتعتمد على
 * انفيديا؟"; عادةً "usually", written عاده once normalised, says as much there).
 */
const STILL_BEFORE_VERB = /(?<=^| )(?:بعد|عاد)(?:ه|ها|هم|هن|ني|ك|كم)(?= (?:(?:عم|راح|رح|رايح) )?[يتنب]\S{2,})/g;
/**
 * أخّر "delayed" right after a relative pronoun, before what it delayed ("ما الذي أخّر إطلاق R2؟", "شو
 * اللي أخر R2؟"): the verb, whose normalised spelling is آخر "other, last" (a grammar word), which
 * there would come before a thing that was last ("شو اللي آخر شي صار؟"). Read as "caused the delay
 * of", which asks its reason.
 */
const DELAYED_AFTER_RELATIVE = /(?<=(?:^| )(?:الذي|اللي|الي|يلي) )اخر(?:ت|و|وا)?(?= (?!(?:شي|شيء|اشي|حاجه|خبر|مره|واحد|واحده|حد)(?: |$))\S)/g;

/** A topic phrase said before a question (see Draft.topicPhrase) is this many words at most, and its only grammar words are these. */
const TOPIC_PHRASE_WORDS = 5;
const DETERMINERS = new Set([...DETERMINERS_OF_THINGS, 'its', 'their', 'of', 'من']);
/** The pronouns by which a question points back at a topic phrase before it. */
const TOPIC_PRONOUNS = new Set(['it', 'that', 'this', 'they', 'them', 'those', 'these', 'هو', 'هي', 'هم']);

/** The lexicon's terms of dividing work, and the words a side of the division is named with besides its name (see the follow-ups above). */
const DIVISION_TERMS: ReadonlySet<string> = new Set(['divide']);
const DIVISION_SIDES: ReadonlySet<string> = new Set(['model', 'small', 'large', 'chip', 'use']);
/** What has those sides, named beside one ("and the small versions?"). */
const SIDED: ReadonlySet<string> = new Set(['model', 'version']);
/** Words bounding what a question asks of to one side ("only the small ones?"), as the standard form writes them. */
const ONLY_WORDS: ReadonlySet<string> = new Set(['only', 'just', 'بس', 'فقط']);

/** The kinds of name (see data/name-kinds.txt) that have people in roles: a spokesperson, engineers (not a model or a chip). */
const STAFFED_KINDS: ReadonlySet<string> = new Set(['company', 'outlet']);
/** A role with a pronoun on it: its, his or their role. */
const ROLE_OF_IT: ReadonlySet<string> = new Set(ARABIC_ROLES_OF_SOMEONE);
/** Pronouns standing for things said before (not "they", "its", nor "it" but after a verb of using: mostly the company asked about). */
const PRONOUNS_OF_THINGS = new Set(['them', 'those', 'these', 'their', 'theirs', 'بيهم', 'بهم', 'فيهم', 'عليهم', 'منهم']);
/**
 * Egyptian and Levantine open a yes/no question with هو or هي ("هي هواوي بعتت مهندسين؟", "هو R2
 * اتأجل؟"): opening the clause, before more words and a question mark, with no question word after,
 * it is هل, in the clause's words and its Arabic words alike (where it is the first too). Its two
 * answers offered ("هو موثوق ولا مجرد كلام") ask as the mark does.
 */
function withYesNoParticle([latin, arabic, all]: string[][], questionMark: boolean): string[][] {
  const [first, ...rest] = all;
  const asked = questionMark || rest.slice(1, -1).some((word) => OR_WORDS.has(word));
  if (!asked || (first !== 'هو' && first !== 'هي') || rest.length < 2 || rest.some((word) => QUESTION_WORDS.has(word))) return [latin, arabic, all];
  return [latin, ['هل', ...arabic.slice(1)], ['هل', ...rest]];
}

/** Verbs of using a thing, whose object "it" points back at a thing named before (see Draft.pointsBackWithPronoun). */
const USING_VERBS: ReadonlySet<string> = new Set(
  'use uses used using run runs running put putting power powers powering train trains training test tests testing try trying'.split(' '),
);
/** …and in Arabic, a verb of using with the pronoun of its object attached ("كانت بدها تستخدمه", "بيشغلوها"). */
const ARABIC_USING_VERB = '(?:ب|بت|بي|ت|ي|ن|هت|هي|حت|حي)?(?:ستخدم|ستعمل|شغل|درب|جرب)(?:و|وا|ون)?';
const ARABIC_USING_IT = new RegExp(`^${ARABIC_USING_VERB}(?:ه|ها|هم|هن)$`);
/** …or with "with it", "in it" after it ("كانت باغا تخدم بيه", "بتشتغل فيها"). */
const ARABIC_USING = new RegExp(`^${ARABIC_USING_VERB}$`);
const ARABIC_WITH_IT: ReadonlySet<string> = new Set(['بيه', 'بيها', 'به', 'بها', 'فيه', 'فيها']);
const ARABIC_RELATIVES: ReadonlySet<string> = new Set(['اللي', 'الي', 'الذي', 'التي', 'الذين', 'لي']);
/** Those of them that are determiners too, before a word they point with ("them Ascend chips"). */
const DEMONSTRATIVES = new Set(['them', 'those', 'these']);

/**
 * "…شرايح مين يا واد عمي؟", "…يا حبايب", "ya gama3a", Darija's "a khouya": the vocative يا and whom it calls (up to two
 * words ending the clause, else one) address the readers and are no topic, unless a word the facts
 * use is called.
 */
function withoutAddress(words: Word[], vocatives: string[], factWord: (word: Word) => boolean): Word[] {
  const at = words.findIndex((word) => vocatives.includes(word.text));
  if (at < 0) return words;
  const called = words.slice(at + 1, words.length - at - 1 <= 2 ? words.length : at + 2);
  if (called.length === 0 || called.some(factWord)) return words;
  return [...words.slice(0, at), ...words.slice(at + 1 + called.length)];
}

/** Words that only point back at something named before: the demonstratives, and "ones", "مين منهم", "اي وحدة". */
const POINTING_WORDS = new Set([...DEMONSTRATIVES, 'ones', 'one', 'منهم', 'هم', 'هي', 'هذول', 'هدول', 'دول', 'وحده', 'واحده', 'واحد']);

/** Whether a clause asks with a question word of its own ("what…", "مين…"). */
function hasQuestionWord(clause: ReadClause): boolean {
  return clause.words.some((word) => QUESTION_WORDS.has(word));
}

/**
 * Whether a clause asks with a question word for something (what, who, why): not هل, which asks
 * yes or no, nor ما after the clause's first word, which negates ("هواوي ما ساعدتهم؟", didn't Huawei
 * help them?); what a dialect asks at the end is its own word (شو، ايه), not ما.
 */
function asksWhat(clause: ReadClause): boolean {
  return clause.words.some((word, at) => QUESTION_WORDS.has(word) && word !== 'هل' && !(word === 'ما' && at > 0));
}

/** The terms of the names a clause holds. */
function clauseNameTerms(clause: ReadClause): Term[] {
  return clause.terms.filter((term) => term.kind === 'name');
}

/** The names a clause holds, as written in standard form. */
function clauseNames(clause: ReadClause): string[] {
  return clauseNameTerms(clause).map((term) => term.source);
}

/** A sentence of thanks that asks nothing (see ReadClause.asks; "thanks to…" is "because of"). */
function thanksOnly(clause: ReadClause): boolean {
  const { words } = clause;
  return !clause.asks && words.some((word, i) => THANKS_WORDS.has(word) && words[i + 1] !== 'to');
}

/** What ما asks about when it asks "what": a definite noun (ما السبب), a pronoun (ما هي), a relative (ما الذي). */
const ASKED_AFTER_MA = /^(?:ال|هو$|هي$|هم$|هذا$|هذه$|ذلك$|تلك$)/;

/**
 * "كنت عم احكي مع صاحبي عن ديب سيك وما اتفقنا على شي.": inside a sentence, ما before a verb
 * says "not" (the dialects' negation, and standard Arabic's of the past); "what" opens a question
 * or comes before what it asks about. Read only where no question mark says the sentence asks.
 */
function negates(words: string[], index: number): boolean {
  const next = words[index + 1];
  // Right after the و that opens a clause, ما asks "and what…" ("w chnowa 9alet nvidia", وما قالت انفيديا).
  const opensClause = index === 1 && words[0] === 'و';
  // …and so does one before "exactly" ("بيشتغل على شنو بالضبط، …"): no verb follows it to be negated.
  return index > 0 && !opensClause && next !== undefined && !ASKED_AFTER_MA.test(next) && !PRECISELY.has(next);
}

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
/** Where a word of the other script stood: no cue pattern reads across it. */
const GAP = '·';
const withoutGaps = (text: string) => text.replaceAll(GAP, ' ').replace(/\s+/g, ' ').trim();

/** The terms that name what a question of the type asks for: a date, a statement, a source (مصدره ايه؟), the good something does (الفايدة). */
const ASKED_TERMS: Partial<Record<QuestionType, readonly string[]>> = {
  when: ['date', 'launch'],
  date: ['date', 'launch'],
  speech: ['response'],
  source: ['مصدر', 'sourc'],
  why: ['فايد'],
};

/** The words that ask "which" of a noun, and the pro-forms that stand for that noun after them (see Draft.takeUpProForm). */
const WHICH_WORDS: ReadonlySet<string> = new Set(['which', 'what']);
const PRO_FORMS: ReadonlySet<string> = new Set(['one', 'ones']);
const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them', 'those', 'these']);
/** Words asking whether something goes on (see Draft.takeUpContinued), as the reader standardises them. */
const CONTINUING_WORDS: ReadonlySet<string> = new Set([
  ...['continue', 'continues', 'continuing', 'stick with', 'sticking', 'keep', 'keeping', 'ahead'],
  ...['تواصل', 'ستواصل', 'تستمر', 'يستمر', 'مستمره'],
  // …or changes: a mind changed ("did they change their mind?", "غيرت رأيها ولا لأ؟").
  ...['change', 'changed', 'غيرت', 'غيروا'],
  // كمّل "go on (with)" with the habitual or future marker ("هتكمل بيه ولا لا؟"); not the bare
  // imperative ("كمل"), which asks to be told more.
  ...['بتكمل', 'بيكمل', 'هتكمل', 'هيكمل', 'حتكمل', 'حيكمل', 'ستكمل', 'سيكمل'],
]);

/** An Arabizi imperfect on an English stem: the person (y-, t-, n-, with a progressive b- or k-), the stem, the plural or an object pronoun (see Reader.englishOfArabiziVerb). */
const ARABIZI_ENGLISH_VERB = /^(?:bi|b|ka|k)?[ytn]([a-z]{2,}?)(?:iw|iou|ou|o|u|i)?(?:ha|hom|hum|h)?$/;

/** Singlish's particles ending a sentence that Arabizi also writes, as a question word. */
const SENTENCE_FINAL_PARTICLES = new Set(['leh']);

/**
 * A question that names nothing of its own and points back at what was just said ("did that pan
 * out", "then how", "ونجح هذا؟", "وبعدين؟"); "this" is as often the report itself ("who wrote this").
 */
function pointsBack(clause: ReadClause): boolean {
  return clause.terms.every((term) => term.kind !== 'name') && POINTING_BACK.test(clause.text.replace(THE_REPORT_POINTED_AT, ' '));
}
/** "this news", "الخبر هذا", "هاد المقال": a demonstrative with a word for the report points at the report, not back at the sentence before. */
const REPORT_POINTERS = 'this|that|هذا|هذه|هذي|هاد|هادا|هدا|هيدا|ده|دي|دا';
const REPORT_WORDS = [...META_WORDS].join('|');
const THE_REPORT_POINTED_AT = new RegExp(
  `(?<=^|[\\s,،])(?:(?:${REPORT_POINTERS}) (?:${REPORT_WORDS})|(?:${REPORT_WORDS}) (?:${REPORT_POINTERS}))(?=$|[\\s,،?؟!])`,
  'gi',
);
// What came of it points back too: "…? وشصار بالنتيجة؟", "…? what happened as a result".
const POINTING_BACK =
  /(?:^|[\s,،])(?:that|it|then|as a result|in the end|هذا|هذي|هاد|هادا|هدا|هيدا|ده|دا|دي|ذلك|هيك|كذا|وبعدين|بعدين|بالنتيجة|بالنتيجه|النتيجة|النتيجه|بالاخير|بالآخر|بالاخر)(?=$|[\s,،?؟!])/i;

/**
 * The words without an "or what" closing them ("…هيك الفكرة ولا شو؟", "…or what?"): a tag asking to be
 * told, whatever the statement is, with no question word of the question's own.
 */
function withoutOrWhat(words: Word[]): Word[] {
  const [or, what] = words.slice(-2);
  return words.length > 2 && TYPED_OR_WORDS.has(or.text) && OR_WHAT.has(what.text) ? words.slice(0, -2) : words;
}
const OR_WHAT = new Set(['what', 'wat', 'wut', 'شو', 'ايه', 'ايش', 'اش', 'شنو', 'وش', 'eh', 'shu', 'sho', 'chno', 'shno']);

/** The words without a last alternative that only says someone kept silent (see SILENCE). */
function withoutSilence(words: Word[], asSilence: (word: Word) => string): Word[] {
  let or = -1;
  words.forEach((word, i) => {
    if (TYPED_OR_WORDS.has(word.text)) or = i;
  });
  if (or < 0) return words;
  const rest = words.slice(or + 1).filter((word) => !SILENCE_FILLERS.has(word.text));
  const silent = rest.length > 0 && rest.every((word) => SILENCE.has(asSilence(word)));
  return silent || saysNothingYet(rest.map(asSilence)) ? words.slice(0, or) : words;
}

/** "…or they haven't said anything yet", "…ولا بعد ما حكوا شي": a negation, then a word of saying, nothing else but "yet" and "anything" (see SILENCE). */
function saysNothingYet(words: string[]): boolean {
  const said = words.filter((word) => !NOT_YET_FILLERS.has(word));
  return said.length === 2 && SAYING_NEGATIONS.has(said[0]) && SAYING_VERBS.has(said[1]);
}
/** The negations, words of saying, and "yet", "anything" around them that saysNothingYet reads (normalised, as typed). */
const SAYING_NEGATIONS: ReadonlySet<string> = new Set(['ما', 'مش', 'لم', 'not', 'didnt', 'havent', 'hasnt']);
const SAYING_VERBS: ReadonlySet<string> = new Set([
  ...ARABIC_SPEECH_VERBS.split('|'),
  ...ENGLISH_INDIRECT_SPEECH_VERBS.split('|'),
  // …and the dialects' (حكوا "they said"), a plural without its alif, announcing, and "say" itself
  ...['قالو', 'حكوا', 'حكو', 'حكت', 'صرحوا', 'صرحو', 'اعلنوا', 'اعلنو', 'اعلنت', 'say', 'announced', 'announce'],
]);
const NOT_YET_FILLERS: ReadonlySet<string> = new Set(['بعد', 'لسه', 'لسا', 'حتى', 'الان', 'شي', 'اشي', 'حاجه', 'اي', 'yet', 'anything', 'any', 'still']);

/** Words linking a clause to the one before, before its auxiliary ("and is…", "also is nvidia still…?"). */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(['and', 'or', 'also', 'plus', 'then']);

/** An Arabizi imperfect verb: its person prefix (y-, t-, n-) and at least three letters more. */
const IMPERFECT_VERB = /^[ytn][a-z0-9']{3,}$/;
/** Arabizi's relative "that, who" (elli nashar "who published"). */
const RELATIVES: ReadonlySet<string> = new Set(['elli', 'illi', 'elly', 'illy', 'eli', 'ili', 'li', 'lli', 'yalli', 'yelli', 'halli']);

/**
 * Arabizi "min" is مين "who" at a clause's ends, after a grammar word ("w min 2al", "ma3 min") and
 * before a relative ("min elli nashar"); after a noun, a name or a verb (`readBefore`: the word before
 * it as the clause has read it) and before anything else it is the preposition من "from" ("chips min
 * huawei", "yabgho min ascend").
 */
function fromNotWho(text: string, readBefore: string | undefined, after: Word | undefined): boolean {
  if (text !== 'min' || readBefore === undefined || after === undefined || RELATIVES.has(after.text)) return false;
  return !isStopword(readBefore) && standardFunctionWord(readBefore) === undefined;
}

/** A question asking what the report, or someone, means by what they say (standard form). */
const MEANING_QUESTION = [
  /\bwhat\b(?: \S+){0,8} (?:mean|means)\b/,
  /\bwhat (?:is|s) (?:meant|the meaning)\b/,
  /\bmeaning of\b/,
  /(?:^| )(?:ماذا|ما) (?:يقصد|يقصدون|تقصد|المقصود|معني)(?= |$)/,
];
/**
 * The words of a meaning question that say the report means something: no topic of it. The report
 * itself is META_WORDS; these are its speaking, its writer and its wording.
 */
const MEANING_WORDS = new Set([
  ...META_WORDS,
  ...CALLING_WORDS,
  ...['called', 'calling', 'mean', 'means', 'meant', 'meaning', 'author', 'writer', 'title', 'says', 'say', 'term', 'word', 'phrase'],
  ...['describe', 'describes', 'described', 'describing'],
  ...['يقصد', 'يقصدون', 'تقصد', 'المقصود', 'معني', 'الكاتب', 'قال'],
  // …and the report's describing, asked why it describes something so (see ARABIC_DESCRIBING_VERBS), with its progressive ب too.
  ...ARABIC_DESCRIBING_VERBS.flatMap((verb) => [verb, `ب${verb}`]),
]);

/**
 * "…? why not just nvidia?", "…؟ ليش مب بس انفيديا؟", "…? leish mo bs nvidia": asking why not the
 * other way asks the question before it again, as its reason (standard form).
 */
const WHY_NOT = /^(?:(?:and|so|but|و) )?(?:why|لماذا) (?:not|dont|doesnt|didnt|arent|isnt|wont|mo|mu|mesh|mish|mush|لا)(?= |$)/;

/** A question for what something is: "what is X", "whats this X thing", "ما هو X", "شو هاد X". */
const WHAT_IT_IS =
  /(?:^| )(?:what|whats)(?: is| s)?(?: (?:this|that|the|these|those))? \S+(?: (?:thing|stuff|chip|one))?$|^(?:ما|ماذا) (?:(?:هو|هي) )?(?:(?:هاد|هذا|هيدا|ده|دا) )?\S+$/;
/** "is it…", "is that…", "it's…": a guess at what something asked about is. */
const GUESS_WHAT_IT_IS = /^(?:so |and |or )?(?:is (?:it|that|this)|isnt (?:it|that)|its|thats|it is|that is)\b/i;
/** The same in Arabic, over the standard form: "(هل) (هو) معالج…", a few words naming what it might be (واش هو، a guess, reads ما هو). */
const ARABIC_GUESS_WHAT_IT_IS = /^(?:(?:هل|ما) )?(?:(?:هو|هي) )?\S+(?: \S+){0,3}$/;
/** The tail of a guess at an answer: "…or something", "or smth", Northern English "or summat", "ولا شي", "او حاجة" (not "or what", which may ask a mood). */
const GUESS_TAIL = /(?:\bor (?:something|smth|sth|somethin|sumthin|summat)|(?:^| )(?:ولا|او|أو|وله) (?:شي|اشي|حاجه|حاجة))\s*[?؟!.]*$/i;

/** What opens or closes a clause that says the question before it again: "like…", "as in…", "i mean", قصدي / اقصد (normalised). */
const ELABORATION = [
  /^(?:like|as in|i mean|ie|aka|meaning|in other words|قصدي|اقصد)(?: |$)/,
  / i mean$/,
  // A relative opening the clause says which thing the question before it meant ("what's huawei's chip
  // called? the one deepseek's using", "…؟ اللي بتستخدمه ديب سيك").
  /^(?:the|that) ones? (?!(?:is|are|was|were|did|does|do)\b)|^(?:اللي|الي|الذي|التي) /,
  // …and so does what it sets apart ("…testing, apart from huawei?", "…؟ غير هواوي").
  /^(?:apart from|aside from|other than|besides|except|excluding|غير|عدا|ماعدا|بخلاف) \S+$/,
];

/** A tag asking to confirm what was just said: "…, right?", "…yeah?", "…صح؟", "…مش كده؟", "…مو هيك؟". */
const CONFIRMATION_TAG = /(?:^|[\s,،])(?:right|yeah|correct|innit|isnt it|isn't it|(?<!\bor )no|صح|صحيح|مش كده|مش كدا|مش كدة|مش هيك|مو هيك|مو كذا|مش كذا)$/i;

/** The language of the words that ask the message's first question (see Reading.askedIn). */
function askedIn(clauses: ReadClause[]): Language | null {
  for (const clause of clauses) {
    if (!clause.asks) continue;
    // An English question word asks in English, whatever Arabic word beside it reads as one (ما in بعد ما
    // "after": "so what happened بعد ما هواوي بعتت الفريق?"); so does an Arabic question word alone in
    // English grammar ("ليش nvidia still the main one for R2?"): the word the asker reached for, no more.
    const arabicAsks = clause.arabic.some((word) => QUESTION_WORDS.has(word));
    const lone = arabicAsks && clause.arabic.every((word) => QUESTION_WORDS.has(word)) && clause.latin.filter((word) => isStopword(word)).length >= 2;
    if (clause.latin.some((word) => QUESTION_WORDS.has(word)) || ENGLISH_AUXILIARIES.has(clause.latin[0] ?? '') || lone) return 'en';
    if (arabicAsks) return 'ar';
  }
  // With no question word, the grammar words say it ("the plan مال Ascend للـ inference model، لغوها؟":
  // English gives its nouns and an article, Arabic its possessive and preposition).
  const typed = clauses.flatMap((clause) => clause.text.split(/\s+/));
  const grammar = (arabic: boolean) =>
    typed.filter((word) => ARABIC_SCRIPT.test(word) === arabic && (arabic ? isArabicGrammarWord(normalizeText(word)) : isStopword(word.toLowerCase()))).length;
  const [arabic, latin] = [grammar(true), grammar(false)];
  return arabic > latin ? 'ar' : latin > arabic ? 'en' : null;
}

/** An Arabic grammar word, standard or of a dialect, or a preposition or article typed apart ("مال"، "للـ"). */
function isArabicGrammarWord(word: string): boolean {
  const bare = word.replace(/ـ/g, '');
  return isStopword(bare) || standardFunctionWord(bare) !== undefined || /^(?:لل|ال|ل|ب)$/.test(bare);
}

/**
 * "when" or "after" opening a clause before its subject, not its auxiliary ("when huawei sent…", not
 * "when did…"), and their Arabic (لما، عندما، بعد ما; normalised).
 */
const SUBORDINATE =
  /^\s*(?:(?:when|after|once) (?!(?:did|does|do|is|are|was|were|will|would|can|could|has|have|should|might|s)\b)|(?:لما|عندما|حينما|لمن|بعد ما|بعدما|من لما) )/;
/** Words opening what someone says of themself: "i", "انا", "احنا" (normalised). */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'im', 'ive', 'id', 'ill', 'me', 'my', 'we', 'our', 'انا', 'احنا', 'نحن', 'حنا', 'اني']);

/**
 * "انا بشتغل على النول طول اليوم ومش فاهم في الحاجات دي قوي، …", "i work nights so i missed this,
 * …": a statement the asker makes of themself, naming nothing of the report, is small talk on the
 * way to the question; its words say nothing of what is asked ("work", "قوي" "very").
 */
function aboutTheAsker(clause: ReadClause): boolean {
  // Not what they saw, heard, read or thought ("i saw something about delays"): that is the topic.
  const passesOn = clause.words.some((word) => HEARSAY_WORDS.has(word));
  return clause.tells && FIRST_PERSON.has(clause.words[0] ?? '') && clauseNames(clause).length === 0 && !passesOn;
}

const HEARSAY_WORDS: ReadonlySet<string> = new Set([
  ...['saw', 'seen', 'see', 'heard', 'hear', 'read', 'reading', 'watched', 'noticed', 'thought', 'think', 'believe', 'reckon', 'guess', 'assume', 'assumed'],
  ...['سمعت', 'سمعنا', 'شفت', 'شفنا', 'قريت', 'قرات', 'قرينا', 'شايف', 'سامع', 'حسبت', 'ظنيت', 'اعتقد', 'اظن', 'افتكرت', 'فاكر', 'مفكر'],
]);

/** "when's the launch happening, and why…": "when" with its verb contracted onto it asks a time (the normalised text loses the "'s"). */
const ASKED_WHEN = /^\W*when['’](?:s|re|ll|d)\b/i;

/** The story the report tells, described by what it names: "about this (whole) deepseek huawei thing", "عن موضوع ديب سيك وهواوي". */
const STORY_DESCRIPTIONS = [
  /\b(?:about|on|in|with|of|over) (?:all )?(?:this|that|the) (?:whole |entire )?(?<described>(?:\S+ ){1,4}?)(?:thing|situation|saga|drama|stuff|move|deal|mess|business|switch)\b/,
  /(?:^| )(?:عن|في|حول|بخصوص|علي) (?:ال)?(?:موضوع|قصه|سالفه|حكايه|قضيه)(?<described>(?: \S+){1,4})$/,
];

/**
 * The report named and what it is described by: "the article about X", "this story on X", "the
 * news of X", English nouns before it ("this deepseek chip article"), and Arabic's construct "خبر X"
 * (the news of X), whose first noun has no article ("الخبر ده" is this news; "المقال عن X" may be
 * what the article says of X).
 */
const DESCRIBED_REPORT = [
  /\b(?:article|news|story|report|piece|post)s? (?:about|on|regarding|of) (?<described>.+)$/,
  /\b(?:the|this|that) (?<described>(?:\S+ ){1,4}?)(?:article|news|story|report|piece|post)s?\b/,
  /(?:^| )(?:خبر|مقال|تقرير) (?<described>(?!ده$|دا$|هذا$|هاد$|هذه$)\S.*)$/,
];

/** Whether a clause says what a post, article or the news the asker came across was about ("saw a post about deepseek and huawei"). */
function describesWhatWasRead(clause: ReadClause): boolean {
  const text = normalizeText(clause.text);
  return READ_ABOUT.some((pattern) => pattern.test(text));
}

const READ_ABOUT = [
  /\b(?:article|news|story|report|piece|post|thread|video|tweet|headline)s? (?:about|on|regarding)\b/,
  /(?:^| )(?:خبر|الخبر|مقال|المقال|تقرير|بوست|البوست|منشور|تغريده|فيديو|موضوع) (?:عن|حول|بخصوص)(?= |$)/,
];

/**
 * The words left once a summary cue is cut, without what describes the report when it names what
 * the facts name ("خبر كاس العالم" is other news; "the article about the small models" may ask of them).
 */
function withoutDescription(text: string, reader: Reader): string {
  for (const pattern of DESCRIBED_REPORT) {
    const found = pattern.exec(text);
    const described = found?.groups?.described;
    if (!found || described === undefined) continue;
    const names = reader.termsOf(described).some((term) => term.kind === 'name');
    if (!names) return text;
    const start = found.index + found[0].indexOf(described);
    return `${text.slice(0, start)}${text.slice(start + described.length)}`;
  }
  return text;
}

/** What a summary is asked to be of, in the words left once its cue is cut: "(tl;dr) of the world cup final", "(ملخص) عن الايفون". */
const SUMMARY_TOPIC = /(?:^|\s)(?:of|about|on|عن|حول|بخصوص)\s+([^|]+)/;

/** A name that is his, hers or theirs (اسمه، اسمها، اسمو; his name, their name). */
const PERSON_PRONOUN_NAME = new RegExp(`(?:^| )(?:${PRONOUN_NAMES})(?= |$)`);
const ENGLISH_PERSON_PRONOUN_NAME = /(?:^| )(?:his|her|their|hes|shes|theyre) name(?= |$)/;

/**
 * A clause joined on to the one before it in English and Arabizi: "and …", "also …", "plus …", "+
 * …", "& …", "w laish…", "wa …" (و, "وامتى", is read in readClause).
 */
const JOINED = /^(?:(?:and|also|plus|w|wa|we)\b|[+&])/i;

/** Whether a question type asks a time. */
const asksTime = (type: QuestionType) => type === 'when' || type === 'date';

/** "yet", "لسه": whether something has happened by now, which asks its time. */
const YET_WORDS = new Set(['yet', 'لسه', 'لسا', 'لساته', 'لسته']);

/** Whether a question asks a time, or whether something has happened yet ("is it out yet", "نزل ولا لسه"). */
const asksTimeOrYet = (draft: Draft) =>
  asksTime(draft.type) ||
  ((draft.type === 'yesno' || draft.type === 'what') && draft.clauses.some((clause) => clause.words.some((word) => YET_WORDS.has(word))));

/** Whether two types ask for the same attribute: a date is a sharper "when". */
function sameAttribute(a: QuestionType, b: QuestionType): boolean {
  return a === b || (asksTime(a) && asksTime(b)) || (asksPlace(a) && asksPlace(b));
}
const asksPlace = (type: QuestionType) => type === 'where' || type === 'place';
/** "Exactly", as the question words of a precise question are said with it (standard form). */
const PRECISELY: ReadonlySet<string> = new Set(['exactly', 'precisely', 'بالضبط', 'بالظبط', 'بالزبط', 'تحديدا', 'بالتحديد']);

/** The more telling of two types: "which month" over "when", "why" over a bare "what". */
function stronger(a: QuestionType | null, b: QuestionType): QuestionType {
  if (a === null) return b;
  return precedence(b) < precedence(a) ? b : a;
}

/** Words with their phrases read as one (see PHRASES). */
function readPhrases(words: string[]): string[] {
  const text = words.join(' ');
  const read = PHRASES.reduce((rest, [pattern, meaning]) => rest.replace(pattern, meaning), text);
  return read === text ? words : wordsOf(read);
}

/** Words with the discourse markers they open with left out ("btw is R2 out" is read "is R2 out"). */
function withoutOpening(words: string[]): string[] {
  const first = words.findIndex((word) => !OPENING_WORDS.has(word));
  return first < 0 ? [] : words.slice(first);
}

/** A table's standard form, as words ('' is none). */
const wordsOf = (standard: string) => standard.split(' ').filter(Boolean);

/**
 * Before anything else: hidden characters go (controls, bidi marks, zero-width joiners: pasted
 * inside a word they would cut it, or pass for an Arabizi digit); Iraqi and Gulf گ is a g that
 * stands for ق (گال = قال), as are the Maghreb's ڨ and ڭ (ڨال، ڭاع), however a keyboard encodes them
 * (ﮔ is گ's form inside a word), and their چ a ch that stands for ك (يحچي = يحكي, چان = كان); a
 * letter typed three times or more is one letter drawn out ("leeeh",
 * "ليييش"); an initialism ("U.S.") is one word; a code's plural ("R2s") is the code; Arabizi's
 * marked letters.
 */
export function prepareText(message: string): string {
  return prepareArabizi(
    pairedEquations(
      cleanLines(message)
        .replace(/[\u06AF\u06A8\u06AD\uFB92-\uFB95\uFBD3-\uFBD6]/g, '\u0642')
        .replace(/[\u0686\uFB7A-\uFB7D]/g, '\u0643')
        .replace(/(\p{L})\1{2,}/gu, '$1')
        // "U.S.", "U.K.": an initialism is one word ("US"); its dots end no sentence.
        .replace(/(?<![\p{L}\p{N}])((?:\p{L}\.)+\p{L})\.?(?![\p{L}\p{N}])/gu, (_, letters: string) => letters.replaceAll('.', ''))
        // "the mini R2s", "MI300s": a code's plural. A code's letter comes before its number; two
        // letters and one digit are Arabizi's way of writing a letter ("tn9s" تنقص keeps its s).
        .replace(/(?<![\p{L}\p{N}])(\p{L}\p{N}+|\p{L}{2,}\p{N}{2,})s\b/gu, '$1'),
    ),
  );
}

/** A sentence: up to what ends one. */
const SENTENCE = /[^.?!؟\n]+/g;
/** "=" between words, and a comma between two of them. */
const EQUALS = /\s*=\s*/g;
const BETWEEN_EQUATIONS = /(=[^=]*?)\s*[,،]\s*(?=[^=,،]*=)/g;
/**
 * "huawei chips = small models, nvidia = big r2", "small models = huawei, big model = nvidia": two
 * equations side by side in one sentence pair each name with what it goes with, as "huawei chips for
 * the small models and nvidia for the big r2" does (هواوي = النماذج الصغيرة… as هواوي للنماذج…); the
 * comma between them is their "and". One "=" alone is left as typed ("going huawei = more competition").
 */
function pairedEquations(text: string): string {
  // Most messages hold no "=": their sentences need no reading.
  return text.indexOf('=') === text.lastIndexOf('=') ? text : text.replace(SENTENCE, pairedInSentence);
}

function pairedInSentence(sentence: string): string {
  if ((sentence.match(/=/g)?.length ?? 0) < 2) return sentence;
  const arabic = (sentence.match(/\p{Script=Arabic}/gu)?.length ?? 0) > (sentence.match(/[a-z]/gi)?.length ?? 0);
  return (
    sentence
      .replace(BETWEEN_EQUATIONS, (found, equation: string, at: number) => {
        if (!arabic) return `${equation} and `;
        return sentence[at + found.length] === 'و' ? `${equation} ` : `${equation} و`;
      })
      .replace(EQUALS, arabic ? ' ل' : ' for ')
      // ل joins the word after it, and with its article makes لل (هواوي = النماذج → هواوي للنماذج).
      .replace(/ لال(?=\p{Script=Arabic})/gu, ' لل')
  );
}
