/**
 * Answer or abstain. The bot would rather say "the report doesn't say" than state a wrong fact
 * with confidence. One coverage threshold cannot tell "coffee", "bruh" or "يا جماعة" from the
 * words that matter, so the decision weighs several pieces of evidence about the best fact:
 *
 * - coverage: the share of the question's weight it matches (everyday words no fact holds
 *   already weigh little there: see word-frequency.ts);
 * - names: the share of the question's names it holds ("is R2 open source" is not answered by a
 *   fact about open-source models that never names R2);
 * - the most unusual word it leaves unmatched ("CEO", "headquartered"), and how many of the
 *   question's words no fact holds at all;
 * - its margin over the next fact;
 * - whether it is the kind of fact the question asks for (a reason for "why", the outlet for
 *   "who reported this").
 *
 * They are combined by a logistic model fitted on the dev halves of the readers' sets
 * (`npm run fit`, weights in `data/decision.json`); the engine answers when the model's
 * confidence reaches the operating point (`DecisionOptions` in `../options.ts`). A question asking for an attribute
 * (a number, a price, a date, a person's name, a place, a time, a name of a known kind) is answered only by a fact that
 * carries it; without one, the engine says which attribute the report lacks and points at what
 * it does say.
 */
import type { DecisionOptions } from '../options';
import { confidence, type DecisionModel, type Evidence } from '../understand/decision-model';
import { ATTRIBUTE_TYPES, type QuestionType, TEXT_KINDS } from '../understand/question-type';
import type { QueryTerm } from './query';
import type { Candidate } from './rank';

/** What a decision keeps of a ranked fact. */
export interface Scored {
  id: string;
  score: number;
  coverage: number;
}

export type Decision =
  | { answered: true; best: Scored; support: Scored[] }
  | { answered: false; reason: 'empty' | 'not-covered'; suggestions: Scored[] }
  | { answered: false; reason: 'missing-attribute'; attribute: QuestionType; suggestions: Scored[] };

/** A fact of the asked kind ranks this much higher (a reason for "why", the outlet for "who reported"). */
const TYPE_BONUS = 2;
/** A fact that misses a name the question holds keeps this share of its score. */
const MISSING_NAME_PENALTY = 0.5;
/** A fact telling only of an option weighed keeps this share of its score when the question is not about weighing it (see considered.ts). */
const ASIDE_PENALTY = 0.5;
/** An attribute-carrying fact must cover at least this much of the question to answer it. */
const ATTRIBUTE_COVERAGE = 0.3;
/** A fact covering this much of a question tells the event it names. */
const TELLS_EVENT = 0.8;
/** The least coverage of an answer of the asked kind beside a fact telling the event: its names. */
const ANSWER_BESIDE_COVERAGE = 0.15;
/** Types whose answer is a different statement from the one the question names (the reason, not the event told again): the fact of the type is chosen when one covers enough. */
const ANSWER_TYPES: ReadonlySet<QuestionType> = new Set(['outcome', 'list', 'name', 'deed', 'why', 'extent', 'significance']);

/** Everything the decision reads about one question. */
export interface DecisionInput {
  candidates: Candidate[];
  query: QueryTerm[];
  /** Bit i set when query term i is a name (DeepSeek, R2). */
  nameBits: number;
  /** Bit i set when query term i is a name offered as an alternative ("Nvidia or Huawei"): one of them is enough. */
  eitherBits: number;
  /** Bit i set when query term i is one of the question's own words that is no name (not a word of its context). */
  topicBits: number;
  /** The query terms of the two alternatives an "or" offers ("the big model or the small versions"), or null. */
  alternatives?: [number, number] | null;
  /** The query terms of the two things a question contrasts ("between the big R2 and the small ones"), or null: a fact must hold both. */
  contrast?: [number, number] | null;
  type: QuestionType;
  /**
   * A name of a known kind is asked ("what's the name of Baidu's chip?"): a fact holding the
   * question's names must give one, or the report lacks it, as it may lack a date or a price.
   */
  nameKindAsked?: boolean;
  /** The kinds of question a fact answers. */
  answers: (id: string) => ReadonlySet<QuestionType>;
  /** Whether a fact tells only of an option weighed, when the question does not ask about one (see considered.ts). */
  aside?: (id: string) => boolean;
  /**
   * The name bits a fact answers by naming another of their kind ("is Huawei's chip used for the
   * most powerful R2?": the fact naming Nvidia for it says no).
   */
  substituted?: (id: string) => number;
  /**
   * The name bits of a maker whose product the question asks about ("which models will huawei's
   * chips run?") that a fact's own text does not name, naming another maker in its place: that fact
   * is about the other maker's chips, whatever alias of it holds the name ("huawei or nvidia?").
   */
  standIn?: (id: string) => number;
  /**
   * The question names none of the report's names and, of its words some fact holds, holds only
   * everyday ones ("did they finally win?", "interesting read tbh"): whatever fact shares such a
   * word, it is about something else.
   */
  everydayOnly?: boolean;
  /** Whether a fact tells a division of the work, for a question contrasting two things: what tells them apart. */
  divides?: (id: string) => boolean;
  model: DecisionModel;
  options: DecisionOptions;
}

const bitCount = (bits: number) => {
  let count = 0;
  for (let rest = bits; rest; rest &= rest - 1) count += 1;
  return count;
};

export interface Ranked {
  candidate: Candidate;
  score: number;
  fits: boolean;
  /** How many of the question's names the fact holds, of how many (see namesHeld). */
  names: { held: number; asked: number };
}

/**
 * How many of the question's names (its alternatives counting as one) `matched` holds, of how many.
 * An alternative question ("the big model or the small versions?") asks one thing more: a fact
 * that holds neither alternative does not settle it, as one missing a name is about something else.
 */
function namesHeld(input: DecisionInput, matched: number): { held: number; asked: number } {
  const { nameBits, eitherBits, alternatives, contrast } = input;
  const plain = nameBits & ~eitherBits;
  const either = nameBits & eitherBits;
  const settles = alternatives?.some((bits) => bits & matched) ? 1 : 0;
  const tellsApart = contrast?.every((bits) => bits & matched) ? 1 : 0;
  return {
    held: bitCount(plain & matched) + (either & matched ? 1 : 0) + settles + tellsApart,
    asked: bitCount(plain) + (either ? 1 : 0) + (alternatives ? 1 : 0) + (contrast ? 1 : 0),
  };
}

/** Candidates in the order the question's type and names put them. */
export function rerank(input: DecisionInput): Ranked[] {
  // What settles an alternative question answers it, whatever kind of fact it asks for besides ("only A or also B?").
  const special = input.type !== 'what' && input.type !== 'yesno' && !(input.alternatives && ANSWER_TYPES.has(input.type));
  return input.candidates
    .map((candidate) => {
      const fits = special && input.answers(candidate.id).has(input.type);
      // Another name in the asked one's place answers only in a fact telling the event asked about.
      const substituted = candidate.coverage >= TELLS_EVENT ? (input.substituted?.(candidate.id) ?? 0) : 0;
      const names = namesHeld(input, (candidate.matched | substituted) & ~(input.standIn?.(candidate.id) ?? 0));
      const missingNames = names.held < names.asked;
      const aside = input.aside?.(candidate.id) ?? false;
      // "the difference between huawei's role and nvidia's": a division of the work tells it.
      const divides = input.divides?.(candidate.id) ?? false;
      const score = candidate.score * (fits || divides ? TYPE_BONUS : 1) * (missingNames ? MISSING_NAME_PENALTY : 1) * (aside ? ASIDE_PENALTY : 1);
      return { candidate, score, fits, names };
    })
    .sort((a, b) => b.score - a.score || (a.candidate.id < b.candidate.id ? -1 : 1));
}

/** The evidence about `ranked[index]`, among the others. */
export function evidenceFor(input: DecisionInput, ranked: Ranked[], index = 0): Evidence {
  const { candidate, score, fits, names } = ranked[index];
  // A fact chosen over better-ranked ones for being of the asked kind competes with the others of that kind.
  const others = ranked.filter((entry, i) => i !== index && (index === 0 || entry.fits));
  // The most unusual word no fact holds at all: what the report probably lacks.
  let unmatched = 0;
  let unknown = 0;
  input.query.forEach((term, i) => {
    if (term.alternatives.length > 0) return;
    unknown += 1;
    if (!(candidate.matched & (1 << i))) unmatched = Math.max(unmatched, term.importance ?? 1);
  });
  // Only a kind a fact's own text can show counts for or against it ("who…" is told by no wording).
  const special = TEXT_KINDS.has(input.type);
  // An answer of the asked kind chosen over a first fact not of it (see choose) is as covered as that
  // fact: the question is about the event that one tells.
  const lent = index > 0 && fits && !ranked[0].fits ? ranked[0].candidate.coverage : 0;
  return {
    coverage: Math.max(candidate.coverage, lent),
    names: names.asked === 0 ? 1 : names.held / names.asked,
    unmatched,
    unknown: input.query.length === 0 ? 0 : unknown / input.query.length,
    margin: others.length === 0 || score <= 0 ? 1 : Math.max(0, (score - others[0].score) / score),
    // Against a fact only when another candidate is of the asked kind: no fact may tell its kind ("which…").
    typeMatch: special ? (fits ? 1 : ranked.some((entry) => entry.fits) ? -1 : 0) : 0,
    topic: input.topicBits === 0 ? 1 : bitCount(input.topicBits & candidate.matched) / bitCount(input.topicBits),
  };
}

const scoredOf = ({ candidate }: Ranked): Scored => ({ id: candidate.id, score: candidate.score, coverage: candidate.coverage });

/** Whether a ranked fact holds every name the question asks about (see namesHeld). */
const holdsEveryName = ({ names }: Ranked): boolean => names.held === names.asked;

/** The fact the decision weighs: the best ranked, or, for an attribute, the best that carries it (null when none does). */
export interface Choice {
  ranked: Ranked[];
  best: number | null;
}

export function choose(input: DecisionInput): Choice {
  const ranked = rerank(input);
  if (ranked.length === 0) return { ranked, best: null };
  if (input.type === 'source') {
    const outlet = ranked.findIndex((entry) => entry.fits);
    return { ranked, best: outlet < 0 ? 0 : outlet };
  }
  // "…and what happened after?": the fact that tells the event again is not the answer; the one
  // that tells its outcome is, however much more of the question's words the first one repeats
  // ("which vendors…": the fact that lists them, not the one about vendors in general).
  // Without one, an answer type falls back on the best fact; an attribute type has no answer.
  if (input.type === 'name' && input.nameKindAsked) {
    const naming = ranked.findIndex((entry) => entry.fits && entry.candidate.coverage >= ATTRIBUTE_COVERAGE && holdsEveryName(entry));
    return { ranked, best: naming < 0 ? null : naming };
  }
  // "which chip is doing what? nvidia for which and huawei for which", "بتظل على انفيديا ولا بتقلب على
  // هواوي؟": what or which of two things contrasted, or whose chips each is on, is told by the fact
  // dividing the work between them, however much more of the question's words a fact about one side
  // repeats. Not why one side is so ("ليه لسه بتثق في انفيديا للنموذج الكبير؟"): that asks its reason.
  if (input.contrast && input.divides && (input.type === 'what' || input.type === 'which' || input.type === 'who')) {
    const dividing = ranked.findIndex(
      (entry) => input.divides?.(entry.candidate.id) && holdsEveryName(entry) && entry.candidate.coverage >= ATTRIBUTE_COVERAGE,
    );
    if (dividing >= 0) return { ranked, best: dividing };
  }
  if (!ANSWER_TYPES.has(input.type) && !ATTRIBUTE_TYPES.has(input.type)) return { ranked, best: 0 };
  const fitting = firstNaming(ranked, (entry) => entry.fits && entry.candidate.coverage >= ATTRIBUTE_COVERAGE);
  // "وش بتسوي معالجات اسيند مع R2": a fact of the asked kind about something else (what Ascend is, not
  // what it does for R2) answers nothing of it; the first fact, holding every name, tells what is
  // asked. So for a reason ("ليش تخلت ديب سيك عن فكرة Ascend لنموذج الاستنتاج؟"): a purpose given for
  // another plan is no reason for this one, and the fact telling the event (a plan it may shelve) is
  // what the report says of it.
  if (fitting >= 0 && ANSWER_TYPES.has(input.type) && !holdsEveryName(ranked[fitting]) && holdsEveryName(ranked[0])) return { ranked, best: 0 };
  if (fitting >= 0) return { ranked, best: fitting };
  if (!ANSWER_TYPES.has(input.type)) return { ranked, best: null };
  const answering = answerBesideTelling(ranked);
  return { ranked, best: answering ?? 0 };
}

/**
 * "is deepseek cutting nvidia off completely?", "what's the goal of turning to huawei?": the fact
 * that tells the event asked about holds most of the question's words; the answer of the asked
 * kind (what still holds, the reason) is another statement about the same names, holding few of
 * them. When the first fact tells the event and is not of the kind, the first fact of the kind
 * holding every name the question asks about answers it.
 */
function answerBesideTelling(ranked: Ranked[]): number | null {
  const [telling] = ranked;
  if (!telling || telling.fits || telling.candidate.coverage < TELLS_EVENT) return null;
  const answering = ranked.findIndex(
    (entry) => entry.fits && entry.names.asked > 0 && holdsEveryName(entry) && entry.candidate.coverage >= ANSWER_BESIDE_COVERAGE,
  );
  return answering < 0 ? null : answering;
}

/** The first of `ranked` that passes `test`, preferring one that holds every name the question asks about ("when will R2 launch": a fact about R2's launch). */
function firstNaming(ranked: Ranked[], test: (entry: Ranked) => boolean): number {
  const naming = ranked.findIndex((entry) => test(entry) && holdsEveryName(entry));
  return naming >= 0 ? naming : ranked.findIndex(test);
}

/**
 * Rules decline before the model is asked (so it is fitted on the other decisions only): a fact
 * that leaves out something the question names is about something else ("is DeepSeek dropping
 * Nvidia" is not answered by DeepSeek dropping a plan for Ascend); a question most of whose words
 * the report never uses is about something else ("who won the world cup in football"), however
 * everyday those words are; a fact that covers less than a third of the question answers
 * little of it ("what is the weather like for DeepSeek"); and a yes/no question whose own words
 * the fact holds none of, one of them a word no fact holds, asks whether something the report
 * never tells holds of its names ("is NVDA a buy?", "is nvidia stock going up?"): the fact only
 * names them. A question asking "what…" of a name may carry chatter the facts lack ("wait whats
 * ascend again"); a yes/no question's words are what it asks.
 */
export const ruledOut = (evidence: Evidence, type: QuestionType): boolean =>
  evidence.names < 1 || evidence.unknown > 0.5 || evidence.coverage < ATTRIBUTE_COVERAGE || (type === 'yesno' && evidence.topic === 0 && evidence.unknown > 0);

/** `hasTerms` is false when nothing in the question was a searchable word ("???", "ok"). */
export function decide(input: DecisionInput, hasTerms: boolean): Decision {
  const { ranked, best: bestIndex } = choose(input);
  const { options } = input;
  const suggestions = ranked.slice(0, options.maxSuggestions).map(scoredOf);
  if (ranked.length === 0) return { answered: false, reason: hasTerms ? 'not-covered' : 'empty', suggestions };
  if (bestIndex === null) return { answered: false, reason: 'missing-attribute', attribute: input.type, suggestions };
  const best = ranked[bestIndex];
  // "Who reported this?" is answered by the fact naming the outlet, whatever else the question says about the report.
  const outletAsked = input.type === 'source' && best.fits;
  const evidence = evidenceFor(input, ranked, bestIndex);
  if (!outletAsked && (input.everydayOnly || ruledOut(evidence, input.type) || confidence(evidence, input.model) < options.operatingPoint)) {
    return { answered: false, reason: 'not-covered', suggestions };
  }
  const support = ranked
    .filter((entry, i) => i !== bestIndex && entry.candidate.coverage >= options.supportCoverage && entry.score >= options.supportShare * best.score)
    .slice(0, options.maxSupport)
    .map(scoredOf);
  return { answered: true, best: scoredOf(best), support };
}
