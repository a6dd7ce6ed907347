/**
 * The engine: question → normalise → retrieve → decide → compose. It holds the search index (and
 * the facts, unless a store reads them back: see EngineKnowledge) and is told of every change (a
 * moderator's edit, a removal), which it applies in place, so a change is answerable on the very
 * next question.
 */
import { createHash } from 'node:crypto';
import { combineParts, compose, composeSummary, type FactLookup } from './answer/compose';
import { type EngineOptions, type EngineOptionsInput, resolveOptions } from './options';
import { choose, decide, type Decision, type DecisionInput, evidenceFor, rerank } from './search/decide';
import { FuzzyVocabulary, type FuzzyWork, STOPWORD } from './search/fuzzy';
import { IndexBuilder, InvertedIndex } from './search/inverted-index';
import { orderByFuse } from './search/autocomplete';
import { MAX_QUERY_TERMS, type QueryTerm, resolveQuery, termsAsked, unheardWords } from './search/query';
import { Ranker } from './search/rank';
import { ServerScopes, type SlotFilter } from './search/scopes';
import { type Analysis, Analyzer, type Term, type TermSink } from './text/analyze';
import { CompiledLexicon } from './text/lexicon';
import { normalizeText, type Word } from './text/words';
import { allStopwords, isStopword } from './text/stopwords';
import type { Answer, AskContext, Fact, Language, Lexicon, Source } from './types';
import { alternativeNames, alternativeSides, boundsSide, contrastedSides, setApartNames, withoutJoinedAnd } from './understand/alternatives';
import { hasArabiziDigits } from './understand/arabizi';
import { DEFAULT_DECISION_MODEL, type Evidence } from './understand/decision-model';
import { FactKinds } from './understand/fact-kinds';
import { NameKinds, type Possessor } from './understand/name-kinds';
import { asksConsidered, asksIntended } from './understand/considered';
import { askedPredicate, asksTown, namesTown, type Possession, possessedNoun, proposedReason, type QuestionType } from './understand/question-type';
import { LINK_FACTS, Paraphrases } from './understand/paraphrase';
import { type Question, Reader } from './understand/reader';
import { ArabicSpellings } from './understand/spellings';
import { speakerWords } from './understand/speaker';
import { chooseSummary, SUMMARY_SUPPORT } from './understand/summary';
import { INNER_NEGATIONS, NEGATED_OPENINGS, QUESTION_WORDS, SAYING_WORDS, SILENCE } from './understand/reader-words';
import { isEnglishWord, unusualness, zipf } from './understand/word-frequency';
import { writtenAsNames } from './understand/written-names';

/**
 * Whether a question asks if something holds: a yes/no question, or a statement held up with no
 * question word ("wait so nvidia sent a team of engineers to deepseek??").
 */
const asksWhether = (question: Question) =>
  question.type === 'yesno' || (question.type === 'what' && !question.standard.split(' ').some((word) => QUESTION_WORDS.has(word)));

/** Whether a question word is Arabic that the everyday list holds (see word-frequency.ts). */
const isEverydayArabic = (word: string) => /\p{Script=Arabic}/u.test(word) && zipf(word) !== null;

/** A word no more unusual than this is an everyday one ("win", "read", "finally"): see DecisionInput.everydayOnly. */
const EVERYDAY_WORD = 0.4;

/**
 * Whether the words of `query` some fact holds are all plain everyday ones, none a term the lexicon
 * names (`terms`: the question's analysis). A word of the chatter around the question that the
 * facts hold only as a slip ("leafs" for "lean") is not held: a misspelling is forgiven in what is
 * asked, but chatter that merely looks like a fact's word says nothing of the topic.
 */
function holdsOnlyEverydayWords(terms: readonly Term[], query: readonly QueryTerm[]): boolean {
  const plainWords = new Set(terms.flatMap((term) => (term.kind === 'word' ? [term.source] : [])));
  // (A term resolved as itself, not as a slip, has an alternative at full weight: names and the lexicon's terms always do.)
  const held = query.filter((term) => term.alternatives.length > 0 && (plainWords.has(term.source) || term.alternatives.some(({ weight }) => weight === 1)));
  if (held.length === 0) return false;
  return held.every((term) => plainWords.has(term.source) && unusualness(term.source) <= EVERYDAY_WORD);
}

/** Questions of each script and shape (two in a message, a summary, Arabizi): see Isnad.warm. */
const WARM_UP_QUESTIONS = [
  'hey, what chips does deepseek use for r2? and why?',
  'شو القصة؟ ليش ديب سيك تركت هواوي',
  'ana 3ayez a3raf el chips di bta3et meen',
  'tl;dr pls',
  'مين نشر الخبر؟',
];

/** Longer questions are cut: nobody asks in more words, and it bounds the work per question. */
export const MAX_QUESTION_LENGTH = 500;
/** What a fact removed from the store but not yet from the index answers. */
const NO_ANSWERS: ReadonlySet<QuestionType> = new Set();
/** Verbs and nouns of what a source told (standard form): claim, say, publish, report, scoop; نشر، قال، ذكر، كتب. */
const TELLING =
  /\b(?:claim|claims|claimed|say|says|said|publish|published|report|reported|reports|write|wrote|written|scoop|piece|story|mention|mentioned|gist)\b|(?:^| )(?:نشر|نشرت|قال|قالت|يقول|تقول|ذكر|ذكرت|كتب|كتبت|تكتب)(?= |$)/;

/** Words around a question (small talk with a topic, the clause before it) count this much. */
const CONTEXT_IMPORTANCE = 0.35;
/** A name held by more than this share of the facts (the report's protagonist) tells no fact from another. */
const NEARLY_EVERY_FACT = 0.75;
/** Of the lexicon's size contrast, the side a thing named with no size means (see sideMeant). */
const UNMARKED_SIDE = 'large';
/** Relying on something, and the term that says a fact relies on it less (see reliedOnStill). */
const RELIANCE = 'rely';
const LESSENING = 'reduce';
/** Asking of relying less, in so many words or as spreading it ("hedging its bets", diversifying) or being free of it. */
const LESSENINGS = [LESSENING, 'diversify', 'independence'];
/**
 * Words that negate what a question asks ("why not just stick with nvidia", "ليش ما تبي تعتمد على
 * انفيديا"): the reader's inner negations and English negated auxiliaries (not its Arabic openings:
 * ماهو also asks "what is"), and the plain ones (the dialects' مش is لا in standard form). ما counts
 * only after the first word, where it is no "what".
 */
const NEGATIONS = new Set([
  ...INNER_NEGATIONS,
  ...[...NEGATED_OPENINGS].filter((word) => /^[a-z]+$/.test(word)),
  ...'no never aint without لا لم لن'.split(' '),
]);

/**
 * A fact's content as a digest: telling a change the engine already applied from a new one
 * without keeping the text it was indexed from.
 */
function contentVersion(fact: Fact): string {
  return createHash('sha1')
    .update(JSON.stringify([fact.en, fact.ar, fact.sourceId, fact.paragraph, fact.aliases]))
    .digest('base64');
}

/** Words after which a name is what something is done with or to, not who does it ("what will they do with ascend?", "مع هواوي"). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'on', 'to', 'for', 'about', 'into', 'مع', 'علي', 'في', 'عن']);

/**
 * The names a question holds by their part in it: `objects`, what something is done with or to,
 * which a preposition puts after its verb ("why bother with huawei?", "what will they do with
 * ascend?", "مع هواوي"); `doer`, the first name that is none of those, who did what a deed question asks.
 */
function namesByRole(analysis: { terms: Term[]; words: Word[] }): { doer: string | null; objects: Set<string> } {
  const texts = analysis.words.map((word) => word.text);
  // A determiner or one more word may stand between ("with the ascend chips", "with huawei's chips").
  const afterPreposition = (source: string) => {
    const at = texts.indexOf(source.split(' ')[0]);
    return texts.slice(Math.max(0, at - 2), at).some((word) => OBJECT_PREPOSITIONS.has(word));
  };
  const names = analysis.terms.filter((term) => term.kind === 'name');
  return {
    doer: names.find((term) => !afterPreposition(term.source))?.term ?? null,
    objects: new Set(names.filter((term) => afterPreposition(term.source)).map((term) => term.term)),
  };
}

/** Each term id → the ids it contrasts with. */
function contrastMap(groups: string[][]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of groups) {
    for (const id of group) map.set(id, [...(map.get(id) ?? []), ...group.filter((other) => other !== id)]);
  }
  return map;
}

/** Where the engine reads a fact back by id, at once (see EngineKnowledge's `contents`). */
export interface FactContents {
  get(id: string): Fact | undefined;
}

/**
 * What an engine is built from. `facts` are read once, in order (a store may hand them over one
 * at a time; their ids are distinct). With `contents`, the engine keeps none of them: it keeps
 * its index and reads a fact back when a question needs its text (SQLite's file, read at once,
 * is such a store; 100,000 facts' texts were a third of the bot's memory). Without, it keeps them.
 */
export interface EngineKnowledge {
  sources: Source[];
  facts: Iterable<Fact>;
  lexicon: Lexicon;
  contents?: FactContents;
}

/**
 * `sink`, which also keeps each term id in `ids`. Made only when asked for, not on every fact
 * read: a function made at run time costs more than reading a short text (tsx names each one).
 */
function recording(sink: TermSink, ids: number[]): TermSink {
  return {
    addTerm: (id) => {
      sink.addTerm(id);
      ids.push(id);
    },
  };
}

export interface Suggestion {
  fact: Fact;
  language: Language;
}

/** The summary of the whole report, and the names its title holds. */
interface WholeSummary {
  ids: string[];
  names: ReadonlySet<string>;
}

/** A name of a known kind asked for, and the terms it was asked with (a fact must give one they do not hold). */
interface NameAsked {
  kind: string;
  terms: ReadonlySet<string>;
  /** The maker it is asked of ("cambricon's model"), whose own name alone answers. */
  possessor: Possessor | null;
}

export class Isnad implements FactLookup {
  readonly options: EngineOptions;
  /** How text becomes terms; the moderators' gaps group questions with it too. */
  readonly analyzer: Analyzer;
  private readonly fuzzy: FuzzyVocabulary;
  private readonly index: InvertedIndex;
  private readonly ranker: Ranker;
  /**
   * The facts, when the engine keeps them itself (no `contents` was given), by their slot in the
   * index, which finds a fact's slot by its id already: a Map by id was 100,000 more hashed
   * strings to build (a tenth of the build) and 3 MB. A fact replaced or removed leaves its slot
   * empty, as in the index.
   */
  private readonly kept: (Fact | undefined)[] | null;
  private readonly contents: FactContents;
  /**
   * The content version of each fact set since the build, as indexed: the change feed hands a
   * process its own changes back, and one already applied costs nothing. A fact unchanged since
   * the build has none, so its first change is applied whatever it holds.
   */
  private readonly versions = new Map<string, string>();
  private readonly sourcesById = new Map<string, Source>();
  private readonly spellings: ArabicSpellings;
  private readonly reader: Reader;
  private readonly kinds: FactKinds;
  private readonly paraphrases: Paraphrases;
  private readonly nameKinds: NameKinds;
  /** The report's names (lexicon ids): the one nearly every fact holds is its protagonist (see protagonist). */
  private readonly nameIds: readonly string[];
  /** The lexicon's terms that have a contrary (small, large): a side a question may bound ("only the small models"). */
  private readonly contrastedTerms: ReadonlySet<string>;
  /** The whole report's summary (fact ids, the same in both languages, and the names they hold); dropped on any change. */
  private wholeSummary: WholeSummary | null = null;
  private readonly scopes = new ServerScopes();

  /** `options` overrides any of the defaults in `DEFAULT_OPTIONS` (./options.ts). */
  constructor(knowledge: EngineKnowledge, options: EngineOptionsInput = {}) {
    this.options = resolveOptions(options);
    const kept: (Fact | undefined)[] = [];
    this.kept = knowledge.contents ? null : kept;
    this.contents = knowledge.contents ?? {
      get: (id) => {
        const slot = this.index.slotOf(id);
        return slot === undefined ? undefined : kept[slot];
      },
    };
    this.fuzzy = new FuzzyVocabulary(this.options.fuzzy);
    this.index = new InvertedIndex(this.fuzzy);
    const lexicon = new CompiledLexicon(knowledge.lexicon);
    this.analyzer = new Analyzer(lexicon);
    this.spellings = new ArabicSpellings();
    const contrasts = contrastMap(knowledge.lexicon.contrasts);
    this.ranker = new Ranker(this.index, this.options.ranking, contrasts);
    this.contrastedTerms = new Set(contrasts.keys());
    // Read before the reader, which asks whose staff a name has while it reads.
    this.nameKinds = new NameKinds(this.analyzer);
    this.reader = new Reader(this.analyzer, {
      knows: (term) => this.index.documentFrequency(term) > 0,
      givesUp: (term) => this.paraphrases.givesUp(term),
      spelling: this.spellings,
      misspellings: () => {
        const budget = this.fuzzy.budget();
        return (word) => this.fuzzy.match(word, budget).some((match) => match.term !== STOPWORD && !/\p{Script=Arabic}/u.test(match.term));
      },
      kindOf: (term) => this.nameKinds.kindOf(term),
      namesAKind: (term) => this.nameKinds.isKindNoun(term),
      // The one term a term is contrasted with (the sizes: small, large), where it has only one.
      otherSide: (term) => {
        const others = contrasts.get(term);
        return others?.length === 1 ? others[0] : undefined;
      },
    });
    this.kinds = new FactKinds(this.reader, () => this.sources());
    this.paraphrases = new Paraphrases(this.analyzer);
    this.nameIds = knowledge.lexicon.names.map((entry) => entry.id);
    for (const [surface, id] of lexicon.entries()) this.fuzzy.addAlias(surface, id);
    for (const [word, term] of this.paraphrases.givingUpWords) this.fuzzy.addAlias(word, term);
    for (const word of allStopwords()) this.fuzzy.addAlias(word, STOPWORD);
    this.spellings.addText(allStopwords().join(' '));
    this.spellings.addText(this.nameKinds.nouns.join(' '));
    // …and the words of keeping silent, which only say "or not" ("wala sakta?" ولا ساكتة).
    this.spellings.addText([...this.paraphrases.synonymWords, ...this.paraphrases.givingUpWords.keys(), ...SILENCE].join(' '));
    for (const entry of [...knowledge.lexicon.names, ...knowledge.lexicon.terms]) this.spellings.addText(entry.forms.join(' '));
    for (const source of knowledge.sources) this.setSource(source);
    const report = this.primarySource();
    const lexiconIds = new Set([...knowledge.lexicon.names, ...knowledge.lexicon.terms].map((entry) => entry.id));
    const wordTerms = (ids: number[]) => ids.filter((id) => !lexiconIds.has(this.analyzer.termName(id)));
    // The report's facts say each thing in both languages: links between them are learned from their terms as the index reads them.
    const bilingual: { english: number[]; arabic: number[] }[] = [];
    // Built in bulk: every later change goes through setFact and removeFact, in place.
    const builder = new IndexBuilder();
    for (const fact of knowledge.facts) {
      // The n-th fact read is in slot n.
      this.kept?.push(fact);
      builder.startDocument(fact.id);
      if (fact.sourceId !== report?.id || bilingual.length >= LINK_FACTS) {
        this.readFact(fact, builder);
        continue;
      }
      const english: number[] = [];
      const arabic: number[] = [];
      this.readFact(fact, builder, english, arabic);
      bilingual.push({ english: wordTerms(english), arabic: wordTerms(arabic) });
    }
    const { analyzer } = this;
    this.index.load(builder, { length: analyzer.termCount, name: (id) => analyzer.termName(id) });
    this.learnEnglishWords();
    this.paraphrases.learnLinks(bilingual, (id) => analyzer.termName(id));
  }

  /** Fuzzy matching's work so far, counted: what bounds its memory and time. */
  get fuzzyWork(): Readonly<FuzzyWork> {
    return this.fuzzy.work;
  }

  /**
   * A fact the engine holds, as the store has it now (moments ahead of the index, after another
   * process's change). The facts kept by slot are those the index holds: one lookup of the id.
   */
  fact(id: string): Fact | undefined {
    if (this.kept) return this.contents.get(id);
    return this.index.has(id) ? this.contents.get(id) : undefined;
  }

  source(id: string): Source | undefined {
    return this.sourcesById.get(id);
  }

  /** Every fact the engine holds, or only those the asker in `context` may be told of. */
  facts(context?: AskContext): Fact[] {
    const all: Fact[] = [];
    for (let slot = 0; slot < this.index.slotCount; slot++) {
      const fact = this.index.live[slot] ? this.contents.get(this.index.idAt(slot)) : undefined;
      if (fact && (!context || this.isVisible(fact.id, context))) all.push(fact);
    }
    return all;
  }

  /** Whether the asker in `context` may be told of the fact (see AskContext). */
  isVisible(id: string, context: AskContext = {}): boolean {
    return this.index.has(id) && this.scopes.isVisible(id, context.guildId ?? null);
  }

  sources(): Source[] {
    return [...this.sourcesById.values()];
  }

  /** The first source the engine was given: the report, which the seed files list first. */
  primarySource(): Source | undefined {
    return this.sourcesById.values().next().value;
  }

  setSource(source: Source): void {
    this.sourcesById.set(source.id, source);
    this.wholeSummary = null;
    this.kinds?.clear();
  }

  /**
   * Adds a fact or replaces the one with its id; the index changes in place. `guildId` names the
   * server whose own fact it is (null: shared). The change feed hands a process its own changes
   * back, so a fact already held as it is costs nothing.
   */
  setFact(fact: Fact, guildId: string | null = null): void {
    const version = contentVersion(fact);
    const held = this.index.has(fact.id);
    if (held && this.versions.get(fact.id) === version && this.scopes.ownerOf(fact.id) === (guildId ?? undefined)) return;
    if (held) this.deleteFromIndex(fact.id);
    this.versions.set(fact.id, version);
    this.index.add(fact.id, this.termsOf(fact), this.scopes.assign(fact.id, guildId));
    // A fact added is in the last slot.
    if (this.kept) this.kept[this.index.slotCount - 1] = fact;
    this.learnEnglishWords();
    this.kinds.forget(fact.id);
    this.wholeSummary = null;
  }

  removeFact(id: string): boolean {
    if (!this.deleteFromIndex(id)) return false;
    this.versions.delete(id);
    this.kinds.forget(id);
    this.wholeSummary = null;
    this.scopes.forget(id);
    return true;
  }

  /** Takes a fact out of the index, and out of the facts kept by slot; false when it was not held. */
  private deleteFromIndex(id: string): boolean {
    const slot = this.index.slotOf(id);
    if (slot === undefined) return false;
    this.index.delete(id);
    if (this.kept) this.kept[slot] = undefined;
    return true;
  }

  /** What a fact is indexed under: the terms of its texts. */
  private termsOf(fact: Fact): string[] {
    const terms: string[] = [];
    this.readFact(fact, { addTerm: (id) => terms.push(this.analyzer.termName(id)) });
    return terms;
  }

  /**
   * Reads a fact's texts into `sink` (and the term ids of its English and Arabic texts into
   * `english` and `arabic`, when given). A fact is read once: each word of the facts read for
   * the first time joins the spellings the Arabizi reader chooses from (an Arabic word) and waits
   * for its WordNet synonyms (an English word, see `learnEnglishWords`).
   */
  private readFact(fact: Fact, sink: TermSink, english?: number[], arabic?: number[]): void {
    this.analyzer.forEachTermId(fact.en, english ? recording(sink, english) : sink, this.learnWord);
    this.analyzer.forEachTermId(fact.ar, arabic ? recording(sink, arabic) : sink, this.learnWord);
    for (const alias of fact.aliases) this.analyzer.forEachTermId(alias, sink, this.learnWord);
  }

  /** Latin words of the facts not yet looked up in WordNet (the analyzer cannot be asked while it reads). */
  private readonly newLatinWords: string[] = [];

  private readonly learnWord = (word: Word): void => {
    if (word.script === 'other') {
      this.newLatinWords.push(word.text);
      return;
    }
    this.spellings.addWord(word.text);
    this.learnArabicSurface(word);
  };

  private learnEnglishWords(): void {
    this.paraphrases.addEnglishWords(this.newLatinWords.splice(0));
  }

  /** A server hides a shared fact for itself (or shows it again); other servers are unaffected. */
  setHidden(id: string, guildId: string, hidden: boolean): void {
    this.scopes.setHidden(id, guildId, hidden);
  }

  private filterFor(context: AskContext = {}): SlotFilter | undefined {
    return this.scopes.filterFor(context.guildId ?? null, this.index);
  }

  /**
   * Each Arabic word of a fact, as written, leads the fuzzy matcher to its term: a slip in a short
   * stem (الشركة → الشكرة) or in the article (المبيعات → املبيعات) is caught on the whole word, long
   * enough to judge. One deletion deep: a slip is one edit.
   */
  private learnArabicSurface(word: Word): void {
    const term = this.analyzer.wordTerm(word);
    if (term !== null && term !== word.text) this.fuzzy.addAlias(word.text, term, 1);
  }

  /**
   * Does now what the first questions would otherwise pay for, so no asker does (the bot calls it
   * once connected): the work the build leaves to the first question that needs it (the fuzzy
   * deletion forms, WordNet and the links between the languages, the spellings Arabizi is read
   * against), then a few questions of each kind, whose answers are dropped: the reader's patterns
   * are compiled at their first use (some 0.2 s, against about 1 ms for a question after).
   * Returns how many pieces of deferred work it did (none: already warm).
   */
  warm(): number {
    // In this order: WordNet's words join the fuzzy vocabulary.
    const deferred = this.paraphrases.doPending() + this.spellings.addPending() + this.fuzzy.storePending();
    for (const question of WARM_UP_QUESTIONS) this.ask(question);
    return deferred;
  }

  /** The language a reply to `text` should be written in. */
  languageOf(text: string): Language {
    return this.analyzer.analyze(text.slice(0, MAX_QUESTION_LENGTH)).language;
  }

  /**
   * Answers a message: the question(s) it asks, each answered or declined, in the asker's
   * language, from what the asker may be told (see AskContext; none: the shared knowledge alone).
   * Several questions in one message give one Answer with `parts`.
   */
  ask(message: string, context?: AskContext): Answer {
    const text = message.slice(0, MAX_QUESTION_LENGTH);
    const { questions, arabizi, askedIn } = this.reader.read(text);
    // The language the questions are asked in; else that of the message as typed (the reader
    // drops dialect words that tell Arabic apart).
    const language = arabizi ? 'ar' : (askedIn ?? this.analyzer.analyze(text).language);
    if (questions.length === 0) {
      return compose(message, language, { answered: false, reason: 'empty', suggestions: [] }, this);
    }
    const accept = this.filterFor(context);
    const answered = questions.map((question) => ({ type: question.type, answer: this.answerQuestion(question, language, accept) }));
    // A question led by the fact an earlier one leads with is answered by it: one answer, told once,
    // whether it asks again in other words ("who put this out? which site?") or another attribute
    // the fact holds ("where will it come out? and when?"). A yes/no question naming nothing after
    // a "what" stays: it asks on about the answer ("what was the Ascend plan? and are they still
    // going ahead with it?"), and its reply says yes or no.
    const answers = answered
      .filter(
        ({ type, answer }, i) =>
          !answer.answered ||
          !answered
            .slice(0, i)
            .some(
              (earlier) =>
                earlier.answer.answered &&
                earlier.answer.facts[0]?.fact.id === answer.facts[0]?.fact.id &&
                !(earlier.type === 'what' && type === 'yesno' && !this.namesSomething(questions[i])),
            ),
      )
      .map(({ answer }) => answer);
    if (answers.length === 1) return { ...answers[0], question: message };
    return combineParts(message, language, answers);
  }

  /** Whether a question names one of the report's names. */
  private namesSomething(question: Question): boolean {
    return this.analyzer.analyze(question.standard).terms.some((term) => term.kind === 'name');
  }

  private answerQuestion(question: Question, language: Language, accept: SlotFilter | undefined): Answer {
    if (question.summary) return composeSummary(question.text, language, this.summaryFacts(question, accept), this);
    return compose(question.text, language, this.weigh(question, accept).decision, this);
  }

  /**
   * The decision on a question and what it weighed: asked again without what a statement answered
   * when no fact of the speaker's words holds it ("what did nvidia say about deepseek using huawei
   * chips?": the event is told elsewhere; see Question.withoutOccasion).
   */
  private weigh(question: Question, accept?: SlotFilter): { input: DecisionInput; decision: Decision } {
    const decideOn = (asked: Question) => {
      const input = this.decisionInput(asked, accept);
      return { input, decision: decide(input, input.query.length > 0) };
    };
    const first = decideOn(question);
    if (question.withoutOccasion === undefined || first.decision.answered) return first;
    return decideOn({ ...question, standard: question.withoutOccasion });
  }

  /**
   * The facts a question leaves aside (see considered.ts): one telling only of an option weighed,
   * unless the question asks about weighing it; and, when it asks what someone was going to do,
   * every fact but those.
   */
  private setAside(
    question: Question,
    asked: ReadonlySet<string>,
    held: ReadonlyMap<string, Fact>,
    ownTerms: ReadonlySet<string>,
    setApart: ReadonlySet<string>,
    intended: boolean,
  ): ((id: string) => boolean) | undefined {
    const { standard } = question;
    // "what chips is deepseek using instead of nvidia?": a fact naming what is set apart and nothing
    // of its kind besides tells of that, not of what else there is.
    const apartKinds = new Set([...setApart].map((name) => this.nameKinds.kindOf(name)));
    const namesOnlyApart = (id: string) => {
      const fact = held.get(id);
      if (setApart.size === 0 || !fact) return false;
      const names = [...this.kinds.namesOf(fact)];
      return (
        names.some((name) => setApart.has(name)) &&
        !names.some((name) => !setApart.has(name) && !this.heldNearlyEverywhere(name) && apartKinds.has(this.nameKinds.kindOf(name)))
      );
    };
    const considered = (id: string) => this.kinds.considered(held.get(id));
    // "what will they do with huawei's ascend processors?": a fact that says no more than the
    // question already does ("Ascend is a processor made by Huawei") tells the asker nothing; a
    // yes/no question is answered by the fact saying what it asks to confirm, and words looked up
    // alone, with no grammar word around them ("huawei ascend processor"), by the facts holding them.
    const asksSomething = question.type !== 'yesno' && standard.split(' ').some((word) => isStopword(word));
    // "what did the information piece actually claim?", "ماذا نشرت ذا انفورميشن؟": asking what a
    // source a question names told, the fact naming that source, and nothing else it does not,
    // only says where the news comes from; the asker wants what it told. (Not for the name nearly
    // every fact holds, DeepSeek.)
    const asksWhatWasTold = question.type !== 'source' && TELLING.test(standard);
    const namesTheSourceAgain = (id: string) => {
      const fact = held.get(id);
      if (!asksWhatWasTold || !fact || !this.kinds.of(fact).has('source')) return false;
      const names = [...this.kinds.namesOf(fact)];
      return names.some((name) => asked.has(name)) && names.every((name) => asked.has(name) || this.heldNearlyEverywhere(name));
    };
    // "why is deepseek trying to lean less on nvidia?": a fact giving that as its own aim ("…, so as to
    // lean less on Nvidia") tells what it is the aim of, not the reason for it.
    const givesAsPurpose = (id: string) => question.type === 'why' && this.kinds.givesAsPurpose(held.get(id), asked);
    // (Restated by the question's own words: a guess around it, "is it a huawei chip?", is to be confirmed.)
    const restates = (id: string) =>
      (asksSomething && this.kinds.restatedBy(held.get(id), ownTerms)) || namesTheSourceAgain(id) || givesAsPurpose(id) || namesOnlyApart(id);
    if (intended) return (id) => !considered(id) || restates(id);
    return asksConsidered(standard) ? restates : (id) => considered(id) || restates(id);
  }

  private decisionInput(typed: Question, accept?: SlotFilter): DecisionInput {
    const { read, names, everydayOnly, boundsSide, ownTerms, setApart } = this.query(typed);
    const { query, nameBits, eitherBits, contrast } = read;
    // "who's responsible for the big R2, huawei or nvidia?": a role offered with names to choose
    // from asks which of them, not a person's name.
    const question = typed.type === 'person' && eitherBits !== 0 ? { ...typed, type: 'who' as const } : typed;
    // Each candidate read from the store once for the question (with SQLite, a read of the file).
    // A fact another process just removed is gone from the store a moment before the index hears of it.
    const held = new Map<string, Fact>();
    const meantSide = this.sideMeant(read);
    const reversedBy = reliedOnStill(question, query) ? LESSENING : undefined;
    const candidates = this.ranker.rank(query, this.options.candidates, { accept, meantSide, reversedBy }).filter(({ id }) => {
      const fact = this.contents.get(id);
      if (fact) held.set(id, fact);
      return fact !== undefined;
    });
    const asked = termsAsked(query);
    // What someone was going to do (see considered.ts): read once, for what answers it and what is set aside.
    const intended = asksIntended(question.standard);
    const name = question.type === 'name' ? this.nameAsked(asked, this.analyzer.analyze(question.standard), question.text) : null;
    return {
      candidates,
      ...read,
      type: question.type,
      nameKindAsked: name !== null,
      answers: this.answersFor(question, query, name, names, held, intended),
      aside: this.setAside(question, asked, held, ownTerms, setApart, intended),
      substituted: asksWhether(question) && eitherBits === 0 ? this.substitutedNames(query, nameBits, held) : undefined,
      standIn: this.standIn(question, query, nameBits, eitherBits, held),
      // "huawei only for the small models?": bounding one side asks of the other too, which a division tells.
      // So do names offered of no thing with sizes ("is deepseek using huawei or nvidia?"): both hold, each for its part.
      divides: contrast || boundsSide || (eitherBits !== 0 && meantSide === undefined) ? (id) => this.kinds.divides(held.get(id)) : undefined,
      everydayOnly,
      model: DEFAULT_DECISION_MODEL,
      options: this.options.decision,
    };
  }

  /**
   * "is R2 trained on Nvidia or Huawei?": a thing named bare, with names offered to choose from, is
   * the thing itself, the large side of the size contrast, not its small versions: the unmarked
   * reading, as "how big is it" asks no size. Only when the question names something besides the
   * alternatives (not the name nearly every fact holds, DeepSeek: "which chips does deepseek run on,
   * nvidia or huawei?" asks of all its models, and both hold: see decisionInput's divides). A side the
   * question names is the side asked (the ranker sees to it).
   */
  private sideMeant({ query, eitherBits }: Pick<DecisionInput, 'query' | 'eitherBits'>): string | undefined {
    if (eitherBits === 0) return undefined;
    const subject = query.some(
      (term, i) => !(eitherBits & (1 << i)) && term.alternatives.some(({ term: id }) => this.analyzer.lexicon.isName(id) && !this.heldNearlyEverywhere(id)),
    );
    return subject ? UNMARKED_SIDE : undefined;
  }

  /**
   * "is Huawei's chip used for the most powerful R2?": a yes/no question is answered "no" by the
   * fact that names, where the question names one of the report's names, another of its kind
   * ("Nvidia's chips for the most powerful R2"). Not by the name nearly every fact holds
   * (DeepSeek): naming it says nothing about the other.
   */
  private substitutedNames(query: QueryTerm[], nameBits: number, held: ReadonlyMap<string, Fact>): (id: string) => number {
    const asked = new Set(query.flatMap((term, i) => (nameBits & (1 << i) ? term.alternatives.map((alternative) => alternative.term) : [])));
    const kinded = query.flatMap((term, i) => {
      const name = term.alternatives.length === 1 && nameBits & (1 << i) ? term.alternatives[0].term : null;
      const kind = name === null ? null : this.nameKinds.kindOf(name);
      return name === null || kind === null ? [] : [{ bit: 1 << i, name, kind }];
    });
    return (id) => {
      const fact = held.get(id);
      if (!fact || kinded.length === 0) return 0;
      const names = this.kinds.namesOf(fact);
      const others = [...names].filter((name) => !asked.has(name) && !this.heldNearlyEverywhere(name));
      let bits = 0;
      for (const { bit, name, kind } of kinded) {
        if (!names.has(name) && others.some((other) => this.nameKinds.kindOf(other) === kind)) bits |= bit;
      }
      return bits;
    };
  }

  /**
   * "which models will the huawei chips run?", "شرايح هواوي هتشتغل على انهي نماذج": a product asked of
   * its maker is that maker's, and a fact naming another maker in its place is about other chips
   * (see DecisionInput.standIn). Not asked whether (there the other maker says no: see
   * substitutedNames), nor negated ("why not huawei for the big R2?": the other maker is why), nor
   * with makers to choose from.
   */
  private standIn(
    question: Question,
    query: QueryTerm[],
    nameBits: number,
    eitherBits: number,
    held: ReadonlyMap<string, Fact>,
  ): ((id: string) => number) | undefined {
    if (asksWhether(question) || eitherBits !== 0 || negated(question)) return undefined;
    // Read the question again only when it holds a maker and a noun of a kind: most hold none.
    const ids = query.flatMap((term) => term.alternatives.map((alternative) => alternative.term));
    if (!ids.some((id) => this.nameKinds.makes(id)) || !ids.some((id) => this.nameKinds.isKindNoun(id))) return undefined;
    const owner = this.nameKinds.productOwner(this.analyzer.analyze(question.standard));
    if (owner === null) return undefined;
    let ownerBits = 0;
    query.forEach((term, i) => {
      if (term.alternatives.some(({ term: id }) => id === owner.maker)) ownerBits |= 1 << i;
    });
    return ownerBits & nameBits ? this.substitutedNames(query, ownerBits & nameBits, held) : undefined;
  }

  /** The name nearly every fact holds, the one the report is about (DeepSeek), or null. */
  private protagonist(): string | null {
    return this.nameIds.find((id) => this.heldNearlyEverywhere(id)) ?? null;
  }

  /** Whether nearly every fact holds the term (the report's protagonist, DeepSeek): it tells no fact from another. */
  private heldNearlyEverywhere(term: string): boolean {
    return this.index.documentFrequency(term) > this.index.size * NEARLY_EVERY_FACT;
  }

  /** "what's the name of the processor": the kind of name asked for, from the terms asked or a compound typed (null: no kind is named). */
  private nameAsked(terms: ReadonlySet<string>, analysis: Analysis, typed: string): NameAsked | null {
    const asTyped = this.analyzer.analyze(normalizeText(typed));
    // Arabizi writes the noun governed in Latin letters ("shu esm el sharikat elli…"): read in Arabic script too.
    const spelt = () => {
      const arabic = this.reader.spellInArabic(typed);
      return arabic === null ? null : this.nameKinds.governedKind(this.analyzer.analyze(arabic));
    };
    const kind = this.nameKinds.governedKind(asTyped) ?? spelt() ?? this.nameKinds.compoundKind(asTyped) ?? this.nameKinds.askedKind([...terms]);
    return kind === null ? null : { kind, terms, possessor: this.nameKinds.possessor(kind, analysis) };
  }

  /**
   * What each fact answers, for this question: "what's the name of the processor" is answered by a
   * fact holding a processor's name the question does not (see name-kinds.ts); "what did Huawei
   * do" by a fact whose subject is Huawei.
   */
  private answersFor(
    question: Question,
    query: QueryTerm[],
    name: NameAsked | null,
    names: { doer: string | null; objects: ReadonlySet<string> },
    held: ReadonlyMap<string, Fact>,
    intended: boolean,
  ): DecisionInput['answers'] {
    // "what did Huawei do": the first name the question holds is the one who did it; with none but
    // what it is done with ("what will they do with ascend?"), the report's protagonist.
    const agent = question.type === 'deed' ? (names.doer ?? this.protagonist()) : null;
    // "what was deepseek gonna use ascend for?": what something was meant for is what the option weighed was for.
    const intendedFor = question.type === 'why' && intended;
    // "did the US government comment?": a statement answers only when the speaker the question names made it.
    const spoken = question.type === 'speech' ? speakerWords(question.standard) : null;
    const spokenTerms = spoken === null ? [] : this.analyzer.analyze(spoken).terms;
    // A slip of a name is that name ("المتحدث باسم انفيدبا" is Nvidia's), as the question's terms were resolved.
    const slipOfName = (term: Term) =>
      query.find((queried) => queried.source === term.source)?.alternatives.find((alternative) => this.analyzer.lexicon.isName(alternative.term))?.term;
    const speakers = new Set(spokenTerms.flatMap((term) => (term.kind === 'name' ? [term.term] : (slipOfName(term) ?? []))));
    // "did openai comment?", "شو قالت اوبن اي اي؟": a speaker the report never names said nothing in it.
    // (Nor a slip of a word some fact holds: "what did nvidai say" asks Nvidia.)
    const unheard = unheardWords(query);
    const unheardSpeaker = speakers.size === 0 && spokenTerms.some((term) => term.kind === 'word' && unheard.has(term.source));
    // "مين اللي طلع وقال انو المنافسة بلشت؟", "…the line about the world picking the best tech, who
    // said that?": a fact reporting someone's words tells who said them, as the outlet tells who reported.
    const whoSaid = question.type === 'source' && question.standard.split(' ').some((word) => SAYING_WORDS.has(word));
    // "which city in china?", "وين مقر ديب سيك؟": a fact naming only a country gives no town.
    const townAsked = question.type === 'place' && asksTown(question.standard);
    const adjust = (answers: ReadonlySet<QuestionType>, type: QuestionType, fits: boolean): ReadonlySet<QuestionType> => {
      if (fits === answers.has(type)) return answers;
      const adjusted = new Set(answers);
      if (fits) adjusted.add(type);
      else adjusted.delete(type);
      return adjusted;
    };
    return (id) => {
      const fact = held.get(id);
      // Not among the candidates read (removed from the store, not yet from the index): it answers nothing.
      if (!fact) return NO_ANSWERS;
      const answers = this.kinds.of(fact);
      if (name) return adjust(answers, 'name', this.nameKinds.givesName(name.kind, this.kinds.namesOf(fact), name.terms, name.possessor));
      if (agent !== null) return adjust(answers, 'deed', this.kinds.subjectOf(fact) === agent);
      if (intendedFor && this.kinds.considered(fact)) return adjust(answers, 'why', true);
      // "why's deepseek bothering with huawei?": a fact whose subject is what the question names as
      // done with ("Huawei sent engineers to help…") gives that one's aim, not the reason asked.
      if (question.type === 'why' && answers.has('why')) {
        const subject = this.kinds.subjectOf(fact);
        if (subject !== null && names.objects.has(subject) && !this.heldNearlyEverywhere(subject)) return adjust(answers, 'why', false);
      }
      if (speakers.size > 0 && answers.has('speech')) return adjust(answers, 'speech', speakers.has(this.kinds.firstNameOf(fact) ?? ''));
      if (unheardSpeaker) return adjust(answers, 'speech', false);
      if (whoSaid && answers.has('speech')) return adjust(answers, 'source', true);
      // (Unless its curators gave it a place question to answer: "the report does not say where DeepSeek is based".)
      if (townAsked && answers.has('place') && !this.kinds.askedAs(fact).has('place'))
        return adjust(answers, 'place', namesTown([fact.en, normalizeText(fact.ar)]));
      return answers;
    };
  }

  /**
   * How the decision saw each question of `message`: the fact it weighed and the evidence about
   * it (null when no fact could answer). What `npm run fit` learns the decision model from.
   */
  trace(message: string): { question: Question; fact: Fact | null; evidence: Evidence | null }[] {
    return this.reader.read(message.slice(0, MAX_QUESTION_LENGTH)).questions.map((question) => {
      if (question.summary) return { question, fact: null, evidence: null };
      const { input } = this.weigh(question);
      const { ranked, best } = choose(input);
      // Declined by a rule before the model weighs anything (see DecisionInput.everydayOnly): nothing to fit on.
      if (best === null || input.everydayOnly) return { question, fact: null, evidence: null };
      return { question, fact: this.fact(ranked[best].candidate.id) ?? null, evidence: evidenceFor(input, ranked, best) };
    });
  }

  /** The question's terms, resolved against the index, each weighted by how much it matters. */
  private query(question: Question): {
    /** The terms and which of them are names, alternatives, contrasted sides or the question's own words. */
    read: Pick<DecisionInput, 'query' | 'nameBits' | 'eitherBits' | 'topicBits' | 'alternatives' | 'contrast'>;
    /** Its names by their part in it (see namesByRole). */
    names: { doer: string | null; objects: Set<string> };
    /** See DecisionInput.everydayOnly: no name, and the words some fact holds all plain everyday ones, none a concept the lexicon names (a date, a release). */
    everydayOnly: boolean;
    /** The question bounds one side of a contrast the lexicon knows ("only the small models"; see boundsSide). */
    boundsSide: boolean;
    /** The terms of the question's own words, not of the words around it (a guess at its answer, what was said before). */
    ownTerms: Set<string>;
    /** The names it sets apart from what it asks ("besides nvidia", "instead of nvidia"; see setApartNames), as terms. */
    setApart: Set<string>;
  } {
    const read = this.analyzer.analyze(question.standard);
    const written = writtenAsNames(question.text);
    // A name spelt like a grammar word ("US", "us") is the name only when written as one: "tell us" is the pronoun.
    const analysis = { ...read, terms: read.terms.filter((term) => term.kind !== 'name' || !isStopword(term.source) || written.has(term.source)) };
    // An everyday Arabic word (يعطيك العافية, "thanks") is that word, never a slip for a word of the facts.
    // An English word spelt right is that word ("were the engineers fired?", "the team lead"), never a slip for a word of the facts.
    const query = resolveQuery(analysis.terms, this.index, this.fuzzy, this.options.ranking, isEverydayArabic, isEnglishWord);
    // Names, and codes no fact holds (R1, H100): those name something too, unlike an Arabizi word's
    // digits that stand for letters ("so ya3ni huawei failed?"); so does a word no fact
    // holds that the asker wrote as a name (see written-names.ts: "Moore Threads", "TSMC").
    // What a comparison compares is named ("better than chatgpt"): a word no fact holds, even one
    // slip away, is something the report never compares, so a fact must hold it to answer.
    const unheard = unheardWords(query);
    const compared = (term: Term) => question.type === 'compare' && unheard.has(term.source);
    // So is what a yes/no question asks its subject to be ("will R2 be multimodal?", "released as open
    // source?"), as the question ends on it (a phrase's last word): a fact that does not hold it does not
    // say it of the subject, even when another fact holds it of something else (open-source models).
    // So is a reason a question proposes ("is the export ban the reason…?").
    const predicate =
      question.type === 'yesno' ? askedPredicate(question.standard) : question.type === 'why' ? proposedReason(normalizeText(question.text)) : null;
    // So is what a name is asked to have or make ("is baidu building its own LLM?", "هل عند بايدو نموذج؟"):
    // a fact naming Baidu only as a supplier does not say it has one.
    const nameWords = new Set(read.terms.flatMap((term) => (term.kind === 'name' ? [term.source] : [])));
    const possession = possessedNoun(question.standard, (word) => nameWords.has(word));
    const possessed = possession?.noun ?? null;
    // So is a word no fact holds that qualifies a kind of chip ("intel chips", "amd gpus"): its maker.
    const wordTexts = analysis.words.map((word) => word.text);
    const makers = makersNamed(wordTexts, unheard);
    // "which 3 chipmakers…", "what two models": a number after which or what says how many answers are wanted, no code a fact must hold.
    const counted = new Set(wordTexts.filter((word, i) => /^\d{1,2}$/.test(word) && WHICH_WORDS.has(wordTexts[i - 1] ?? '')));
    const names = new Set(
      analysis.terms
        .filter(
          (term) =>
            (term.kind === 'name' && !NATIONALITY_ADJECTIVES.has(term.source)) ||
            (/\d/.test(term.source) && !hasArabiziDigits(term.source) && !counted.has(term.source)) ||
            compared(term) ||
            (predicate !== null && (term.source === predicate || term.source.endsWith(` ${predicate}`))) ||
            term.source === possessed ||
            (written.has(term.source) && this.index.documentFrequency(term.term) === 0) ||
            makers.has(term.source) ||
            ((PRODUCT_KINDS.has(term.source) || POLICY_MEASURES.has(term.source)) && unheard.has(term.source)),
        )
        .map((term) => term.source),
    );
    const apart = setApartNames(wordTexts, [...names]);
    for (const name of apart) names.delete(name);
    const setApart = new Set(analysis.terms.flatMap((term) => (term.kind === 'name' && apart.has(term.source) ? [term.term] : [])));
    const either = alternativeNames(wordTexts, [...names]);
    // "the big model or only the small versions": the two alternatives offered, as the query terms each holds.
    const contentWords = new Set(analysis.terms.flatMap((term) => term.source.split(' ')));
    const sides = alternativeSides(wordTexts, (word) => contentWords.has(word));
    const alternatives: [number, number] | null = sides && [0, 0];
    // "the difference between the big R2 and the small ones": the two things contrasted, as the query terms each holds.
    const contrastSides = contrastedSides(
      wordTexts,
      (word) => contentWords.has(word),
      (word) => names.has(word),
    );
    const contrast: [number, number] | null = contrastSides && [0, 0];
    let nameBits = 0;
    let eitherBits = 0;
    // The question's own words other than names, everyday ones too: what it asks about its names.
    let topicBits = 0;
    // "does baidu have its own model like deepseek?", "بايدو عندها موديل؟": a thing of a kind the report
    // names asked of a name it gives none of that kind (Baidu's accelerators, no model of its own) is
    // held by no fact, whichever facts name the owner and models side by side.
    if (possession && !this.ownsKindAsked(possession, analysis)) for (const term of query) if (term.source === possessed) term.alternatives = [];
    this.paraphrases.expand(query);
    // A name in a contrast ("the big R2 and the small ones") goes with what tells its sides apart: no name a fact must hold alone.
    // So does one in an alternative offered ("huawei for the big R2 or the small ones?"), unless the
    // alternatives are names ("on Nvidia or Huawei?"): those count once, as one of them.
    const contrasted = new Set([...(contrastSides?.sides ?? []), ...(sides?.flat().filter((word) => !either.has(word)) ?? [])]);
    // "is huawei ascend going to power the flagship r2?": asked whether, a product named beside its maker is
    // asked as the maker's: a fact naming the maker (or another in its place) tells of it.
    const besideMaker = (i: number) =>
      question.type === 'yesno' &&
      query[i].alternatives.some(({ term: id }) => {
        const maker = this.nameKinds.makerOf(id);
        return maker !== null && [query[i - 1], query[i + 1]].some((neighbour) => neighbour?.alternatives.some(({ term: other }) => other === maker));
      });
    query.forEach((term, i) => {
      if (names.has(term.source) && !contrasted.has(term.source) && (either.has(term.source) || !besideMaker(i))) nameBits |= 1 << i;
      else topicBits |= 1 << i;
      if (either.has(term.source)) eitherBits |= 1 << i;
      sides?.forEach((side, j) => {
        if (alternatives && term.source.split(' ').some((word) => side.includes(word))) alternatives[j] |= 1 << i;
      });
      contrastSides?.tellApart.forEach((side, j) => {
        if (contrast && term.source.split(' ').some((word) => side.includes(withoutJoinedAnd(word)))) contrast[j] |= 1 << i;
      });
      // A word no fact holds (nor any paraphrase of it) weighs as much as it is unusual in everyday language.
      if (term.alternatives.length === 0) term.importance = Math.max(...term.source.split(' ').map(unusualness));
      // An everyday Arabic word ("عمل", "did") says little even when some fact holds it.
      else if (isEverydayArabic(term.source)) term.importance = unusualness(term.source);
    });
    // "Who reported this?" is answered by the fact naming the outlet the report relays.
    const outlet = question.type === 'source' ? this.primarySource()?.outlet : null;
    if (outlet) {
      for (const term of resolveQuery(this.analyzer.analyze(`${outlet.en} ${outlet.ar}`).terms, this.index, this.fuzzy, this.options.ranking)) {
        if (term.alternatives.length > 0 && query.length < MAX_QUERY_TERMS && !query.some((asked) => asked.source === term.source)) query.push(term);
      }
    }
    const ownTerms = termsAsked(query);
    if (question.context) {
      // "i thought deepseek was all in on nvidia. so what are the huawei chips for?": a name said
      // before the question, of the same kind as one the question names, is what the question turns
      // from, no topic of it. Not for the name nearly every fact holds (DeepSeek): naming it turns from nothing.
      const before = new Set(question.saidBefore);
      const ownKinds = new Set(
        before.size === 0
          ? []
          : analysis.terms.flatMap((term) => {
              const kind = term.kind === 'name' && !this.heldNearlyEverywhere(term.term) ? this.nameKinds.kindOf(term.term) : null;
              return kind === null ? [] : [kind];
            }),
      );
      const turnedFrom = (term: Term) => term.kind === 'name' && before.has(term.term) && ownKinds.has(this.nameKinds.kindOf(term.term) ?? '');
      const contextTerms = this.analyzer.analyze(question.context).terms.filter((term) => !turnedFrom(term));
      // Read as the question's own words are: an English word spelt right ("thought") is no slip for a word of the facts ("though").
      for (const term of resolveQuery(contextTerms, this.index, this.fuzzy, this.options.ranking, isEverydayArabic, isEnglishWord)) {
        if (query.length >= MAX_QUERY_TERMS) break;
        if (term.alternatives.length === 0 || term.alternatives.some((alternative) => ownTerms.has(alternative.term))) continue;
        query.push({ ...term, importance: CONTEXT_IMPORTANCE });
      }
    }
    const everydayOnly = nameBits === 0 && (question.type === 'what' || question.type === 'yesno') && holdsOnlyEverydayWords(analysis.terms, query);
    const sideWords = new Set(analysis.terms.filter((term) => this.contrastedTerms.has(term.term)).flatMap((term) => term.source.split(' ')));
    return {
      read: { query, nameBits, eitherBits, topicBits, alternatives, contrast },
      names: namesByRole(analysis),
      everydayOnly,
      boundsSide: boundsSide(wordTexts, (word) => sideWords.has(word)),
      ownTerms,
      setApart,
    };
  }

  /** Whether what a name is asked to have is of no kind of name, or one the report gives it (see NameKinds.hasOwn). */
  private ownsKindAsked(possession: Possession, analysis: Analysis): boolean {
    const termOf = (source: string) => analysis.terms.find((term) => term.source === source);
    const owner = termOf(possession.owner);
    const noun = termOf(possession.noun);
    const kind = noun ? this.nameKinds.askedKind([noun.term]) : null;
    return kind === null || owner?.kind !== 'name' || this.nameKinds.hasOwn(owner.term, kind);
  }

  /**
   * The report's main point and the facts that carry it (about `topic`'s names, when it has any),
   * among the facts `accept` lets through; kept while nothing is filtered and nothing changes. A
   * summary of one part of the report ("the tl;dr on the baidu angle", "نبذة عن كامبريكون") leads with
   * the fact the part, asked as a question, is answered by.
   */
  private summaryFacts(question: Question, accept: SlotFilter | undefined): string[] {
    const report = this.primarySource();
    if (!report) return [];
    const rank = (text: string) =>
      this.ranker.rank(resolveQuery(this.analyzer.analyze(text).terms, this.index, this.fuzzy, this.options.ranking), this.options.candidates, { accept });
    const lookup = (id: string) => this.fact(id);
    const title = `${report.title.en} ${report.title.ar}`;
    const namesOf = (text: string) => this.analyzer.analyze(text).terms.flatMap((term) => (term.kind === 'name' ? [term.term] : []));
    // The report's own names are its title's (DeepSeek, Huawei, Nvidia), read once with it: R2,
    // Ascend or Baidu are parts of it, though its summary names them.
    const summarise = (): WholeSummary => {
      const ids = chooseSummary(title, rank, lookup);
      return { ids, names: new Set(namesOf(title)) };
    };
    const { ids: whole, names: ownNames } = accept ? summarise() : (this.wholeSummary ??= summarise());
    const topic = question.standard;
    if (!topic.trim()) return whole;
    // A summary of one part of the report: one naming something beyond the report's own names
    // ("the tl;dr on the baidu angle", "what happened with R2"), or still asking something of them
    // once its cue is cut ("tl;dr what did nvidia say"). Their names alone are the report itself
    // ("what's the tea with deepseek", "شنو القصه ويه ديب سيك وهواوي").
    const names = namesOf(topic);
    const beyond = names.some((name) => !ownNames.has(name));
    if (beyond || (names.length > 0 && topic.split(' ').some((word) => QUESTION_WORDS.has(word)))) {
      const decision = decide(this.decisionInput({ ...question, summary: false }, accept), true);
      // Asked in words no fact holds ("3tini l5olasa 3la baidu"), the part is the fact closest to it.
      const leadId = decision.answered ? decision.best.id : beyond ? rank(topic)[0]?.id : undefined;
      // A part the summary already tells is the report's own point, asked of the whole.
      if (leadId !== undefined && !whole.includes(leadId)) return [leadId, ...whole].slice(0, SUMMARY_SUPPORT + 1);
    }
    return chooseSummary(`${title} ${topic}`, rank, lookup);
  }

  /**
   * Retrieval alone, for evaluation: the facts ranked for each question read in `message`, best
   * first, whatever the decision to answer would make of them.
   */
  retrieve(message: string, limit = 3): Fact[][] {
    return this.reader.read(message.slice(0, MAX_QUESTION_LENGTH)).questions.map((question) =>
      rerank(this.decisionInput(question))
        .slice(0, limit)
        .flatMap(({ candidate }) => this.fact(candidate.id) ?? []),
    );
  }

  /**
   * An answer resting on chosen facts, in `language`: a "did you mean" pick, or an answer already
   * shown (a summary too), in the other language. Facts removed since, and facts the asker may not
   * be told of, are left out; none left is an abstention.
   */
  answerWith(question: string, language: Language, factIds: string[], context?: AskContext, shape: { summary?: boolean } = {}): Answer {
    const present = factIds.filter((id) => this.isVisible(id, context));
    if (shape.summary) return composeSummary(question, language, present, this);
    const [best, ...support] = present.map((id) => ({ id, score: 1, coverage: 1 }));
    const decision: Decision = best ? { answered: true, best, support } : { answered: false, reason: 'not-covered', suggestions: [] };
    return compose(question, language, decision, this);
  }

  /**
   * Facts matching a question as it is being typed (autocomplete): the last word may be
   * unfinished, so it also stands for every indexed word it begins.
   */
  suggest(partial: string, limit = 10, context?: AskContext): Suggestion[] {
    const text = partial.slice(0, MAX_QUESTION_LENGTH);
    const analysis = this.analyzer.analyze(text);
    const query = resolveQuery(analysis.terms, this.index, this.fuzzy, this.options.ranking);
    const last = analysis.words[analysis.words.length - 1];
    if (last && !/\s$/.test(text) && last.text.length >= 2) {
      const completions = this.fuzzy.completions(last.text, 20);
      if (completions.length > 0) {
        query.push({ source: last.text, alternatives: completions.map((term) => ({ term, weight: 0.8 })) });
      }
    }
    // fuse.js orders the ranker's candidates by how well what was typed matches their short fields.
    const pool = Math.max(limit, this.options.autocompleteCandidates);
    const found = this.ranker.rank(query, pool, { accept: this.filterFor(context) }).flatMap((candidate) => this.fact(candidate.id) ?? []);
    const ordered = this.options.autocompleteCandidates > 0 ? orderByFuse(text, found, analysis.language) : found;
    return ordered.slice(0, limit).map((fact) => ({ fact, language: analysis.language }));
  }
}

/**
 * A country's adjective describes what it qualifies ("the chinese companies deepseek is testing",
 * "الشركات الصينية", "american chips"): the answer need not say it, as it must name the country
 * itself ("what does china say"). Normalised.
 */
const NATIONALITY_ADJECTIVES: ReadonlySet<string> = new Set([
  'chinese',
  'american',
  ...[
    'الصيني',
    'الصينيه',
    'صيني',
    'صينيه',
    'الصينيين',
    'الامريكي',
    'الامريكيه',
    'امريكي',
    'امريكيه',
    'الاميركي',
    'الاميركيه',
    'اميركي',
    'اميركيه',
    'الامريكان',
    'امريكان',
  ],
]);

/**
 * Kinds of consumer product: one no fact mentions is what the question is about ("when will huawei
 * release its new phone", "هل عند ديب سيك تطبيق؟"), so a fact must hold it to answer. Normalised.
 */
const PRODUCT_KINDS: ReadonlySet<string> = new Set([
  ...['phone', 'phones', 'smartphone', 'smartphones', 'app', 'apps', 'chatbot', 'chatbots', 'laptop', 'laptops', 'tablet', 'tablets', 'car', 'cars', 'watch'],
  ...['جوال', 'جوالها', 'جواله', 'تليفون', 'تلفون', 'موبايل', 'هاتف', 'هاتفها', 'تطبيق', 'تطبيقها', 'ابليكيشن', 'لابتوب', 'تابلت', 'سياره', 'ساعه'],
]);

/**
 * Measures a government takes on trade: one no fact mentions is what the question is about ("what US
 * export rules stop Nvidia selling to DeepSeek?", "شو سالفة الحظر الامريكي على شرائح انفيديا؟"), so a
 * fact must hold it to answer, as with PRODUCT_KINDS. Normalised.
 */
const POLICY_MEASURES: ReadonlySet<string> = new Set([
  ...[
    'ban',
    'bans',
    'banned',
    'banning',
    'sanction',
    'sanctions',
    'sanctioned',
    'embargo',
    'tariff',
    'tariffs',
    'export',
    'exports',
    'restriction',
    'restrictions',
  ],
  ...['حظر', 'الحظر', 'حاظره', 'حاظر', 'محظور', 'عقوبات', 'العقوبات', 'عقوبه', 'قيود', 'القيود', 'تصدير', 'التصدير', 'رسوم', 'جمارك'],
]);

/** "which" and "what" before a noun (standard forms): a number between says how many are asked for. */
const WHICH_WORDS: ReadonlySet<string> = new Set(['which', 'what', 'whats', 'اي', 'ما']);

/** Kinds of chip: a word qualifying one names its maker. */
const CHIP_NOUNS = new Set(['chip', 'chips', 'processor', 'processors', 'gpu', 'gpus', 'accelerator', 'accelerators', 'card', 'cards']);

/** Words that set a thing in order or count it ("the third chip", "other gpus"): they name no maker. */
const ORDER_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'next', 'other', 'another', 'same', 'few', 'several', 'many']);

/**
 * The English words of `words` no fact holds (`unheard`) that qualify a kind of chip ("intel chips",
 * "amd gpus"): its maker. Not in Arabic, where what follows the noun may as well be a dialect's
 * particle ("شرائح راهي ديب سيك تستعمل").
 */
function makersNamed(words: string[], unheard: ReadonlySet<string>): Set<string> {
  const makers = new Set<string>();
  words.forEach((word, i) => {
    const next = words[i + 1];
    if (unheard.has(word) && !ORDER_WORDS.has(word) && next !== undefined && CHIP_NOUNS.has(next)) makers.add(word);
  });
  return makers;
}

/** Words saying something goes on: "still", "keep", "stick with", لسه، مازال، للحين (see reliedOnStill). */
const GOING_ON =
  /\b(?:still|keep|keeps|keeping|kept|stick|sticks|sticking|stuck|stay|stays|staying|continue|continues|continuing)\b|(?:^| )(?:لسه|لسا|مازال|مازالت|زال|زالت|لازال|لازالت|للحين|تظل|يظل|تواصل|تستمر|يستمر)(?= |$)/;

/**
 * "is deepseek sticking with nvidia for anything?", "لسه بيستخدم Nvidia؟", "why is it still relying on
 * nvidia?": asking whether something is relied on, or why it still is, not whether less, is answered
 * by what is still relied on; a fact relying on it less says the reverse. Not a negated question ("why
 * not just stick with nvidia?"): that asks about relying on it less; nor why it is relied on at all
 * ("what does deepseek hope to gain by leaning on huawei?"): that asks the aim of the turn the
 * lessening facts tell.
 */
function reliedOnStill(question: Question, query: QueryTerm[]): boolean {
  // ("still" is read off the words as typed: the standard form drops it.)
  if (question.type === 'why' && !GOING_ON.test(`${question.text.toLowerCase()} ${question.standard}`)) return false;
  // Read from the question's own words, not found through a word of giving up ("ditching nvidia").
  const asked = new Set(query.flatMap((term) => term.alternatives.filter(({ weight }) => weight >= 1).map(({ term: id }) => id)));
  if (!asked.has(RELIANCE) || LESSENINGS.some((id) => asked.has(id))) return false;
  return !negated(question);
}

/** Whether a question negates what it asks ("why not just stick with nvidia?", "ليش ما تعتمد على هواوي؟"). */
function negated(question: Question): boolean {
  return question.standard.split(' ').some((word, i) => NEGATIONS.has(word) || (word === 'ما' && i > 0));
}
