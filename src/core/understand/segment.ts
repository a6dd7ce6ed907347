/**
 * A message cut into clauses: where people end a sentence (? ؟ ! . a line break, a dash, an
 * emoji, a colon that introduces what follows), where a comma closes a clause, and where
 * "and"/"also"/"+"/و starts a new question ("who reported this and which companies…", "why are
 * they moving off nvidia + is r2 still on it", "ليش تأجل R2 وهل هواوي ساعدت؟"). Which clauses are
 * questions, which are small talk and which are context is decided by the reader.
 */
import { normalizeArabic } from '../text/arabic';
import { ARABIZI_WORDS } from './arabizi-words';
import { DIALECT_GROUPS, STANDARD } from './dialect-words';

export interface Clause {
  text: string;
  /** The clause ended with a question mark. */
  questionMark: boolean;
  /** It ended with marks doubled or mixed ("??", "?!"): surprise at what it says, more than a question. */
  surprised: boolean;
  /** The clause ended with a colon: it introduces what follows ("one thing I didn't get: …") and asks nothing itself. */
  leadsIn: boolean;
  /** The sentence it is part of ended with a full stop, as a statement does. */
  fullStop: boolean;
  /** The clause goes on a sentence another clause began (after a comma, "and", و): no sentence end before it. */
  continues: boolean;
  /** A marker turning to the point comes after it ("…, anyway which…", "… المهم شنو…") and no question mark ends it: said on the way there. */
  beforeTurn: boolean;
}

/**
 * Ends a sentence: question and exclamation marks, line breaks, a full stop before a space, an
 * ellipsis, a dash between spaces, an em dash, an en dash not joining two words (DeepSeek–Huawei is
 * one thing), emoji, and a colon before a space ("quick question: who…",
 * "settle it: nvidia or huawei?"; not a time, 10:30, nor a link's https://). Chat's written
 * laughter is its punctuation as an emoji is ("what did nvidia say lol they must be salty", "شو
 * قالت انفيديا ههههه اكيد زعلانين"; a drawn-out هههه is one ه by then), and takes the marks that
 * follow it ("did they ditch nvidia lol?" keeps its question mark).
 */
const SENTENCE_END =
  /([?؟!]+|\n+|\.(?=\s|$)|:(?=\s)|…|\s[-–—]+\s|—|(?<![\p{L}\p{N}])–|–(?![\p{L}\p{N}])|(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)+|(?:\b(?:lol|lmao|lmfao|rofl|(?:ha){2,}|(?:he){2,})\b|(?<![\p{L}\p{M}])[هخ]+(?![\p{L}\p{M}]))[\s.!?؟]*)/iu;
// Not one between adjectives of one noun ("its largest, most complex model"): a degree word after it goes on the phrase.
// Nor one before a tag asking to confirm what the clause says ("…, yes?", "…, right?", "…، صح؟"): the tag makes the clause a question.
const COMMA = /[,،;](?!dr)(?!\s*(?:most|more|less|least|very|(?:ال)?(?:اكثر|أكثر|اقل|أقل))\s)(?!\s*(?:yes|right|no|correct|innit|صح|صحيح|مظبوط|مزبوط)\s*$)/i;
/**
 * "… and which …", "… also did …", "… plus who …", "… + is …": a new question inside a sentence;
 * so is one whose question word a preposition takes ("…reported this news and on what date…", "…and
 * by how many months?"), and
 * one "but" turns to from what was said ("r2's on nvidia but whats huawei doing…").
 */
const ENGLISH_JOIN =
  /\s+(?=(?:and|also|plus|&|\+)\s+(?:(?:on|in|at|for|from|by|with|since|until|till)\s+(?:what|which|whose|whom|when|how)\b|(?:what|whats|who|whos|whose|whom|which|why|when|where|how|did|does|do|is|are|was|were|has|have|will|can|could|should)\b)|but\s+(?:what|whats|who|whos|which|why|where|how)\b)/i;

/** Every dialect group's question words that mean one of `meanings` (standard words), as typed and as normalised. */
function dialectQuestionWords(meanings: ReadonlySet<string>): string[] {
  return DIALECT_GROUPS.flatMap((group) =>
    Object.entries(group.questionWords).flatMap(([word, meaning]) => (meanings.has(meaning) ? [word, normalizeArabic(word)] : [])),
  );
}

/**
 * The question words و joins to when it starts a new question ("… وهل …", "… وامتى …", "… وشكد …"):
 * standard Arabic's, and every dialect group's, as typed and as normalised. Not ما nor من, which
 * are also "not" and "from" ("وما عرفت", "ومن هواوي"), nor the dialects' "or" (ولا).
 */
const JOINED_QUESTION_WORDS = [...new Set(['هل', 'لماذا', 'ماذا', 'متى', 'كيف', 'كم', 'مين', ...dialectQuestionWords(new Set(Object.values(STANDARD)))])].sort(
  (a, b) => b.length - a.length,
);

const ARABIC_QUESTION_WORD = `(?:${JOINED_QUESTION_WORDS.join('|')})(?:\\s|$)`;
// A preposition takes what follows it and ends no clause: "يدربوهم على واش؟" is "on what", no "and what".
// و before a preposition taking a question word starts a new one too ("مين نشر الخبر وفي أي تاريخ؟", "…وبأي تاريخ؟"):
// the same question words, and أي "which", never "any" there.
const ARABIC_PREPOSITION_QUESTION = `(?:في|ف|على|علي|ب|ل|من|عن|مع)\\s?(?:أي|اي|إي|${JOINED_QUESTION_WORDS.join('|')})(?:\\s|$)`;
const ARABIC_JOIN = new RegExp(`(?<!(?:^|\\s)(?:على|علي|عن|في|من|مع|الى|إلى|عند))\\s+(?=و(?:${ARABIC_QUESTION_WORD}|${ARABIC_PREPOSITION_QUESTION}))`);
/**
 * Arabizi's و ("w", "wa", "ou") written apart before a word asking when, why, how or how many starts
 * a new question, as و joined to one does ("meen nashar el khabar w emta?", "r2 et2a5ar w leh?").
 * Not before "who" or "what", which as often go on the same question ("minu lel chbeer w minu lel
 * s8eer?", "baidu w minu ba3ad?").
 */
const OTHER_ATTRIBUTES: ReadonlySet<string> = new Set([STANDARD.when, STANDARD.why, STANDARD.how, STANDARD.howMany]);
const ANOTHER_ATTRIBUTE: ReadonlySet<string> = new Set([...OTHER_ATTRIBUTES, ...dialectQuestionWords(OTHER_ATTRIBUTES)].map(normalizeArabic));
const ARABIZI_QUESTION_WORDS = [...ARABIZI_WORDS].flatMap(([word, arabic]) => (ANOTHER_ATTRIBUTE.has(normalizeArabic(arabic)) ? [word] : []));
const ARABIZI_JOIN = new RegExp(`\\s+(?=(?:w|wa|we|ou)\\s+(?:${ARABIZI_QUESTION_WORDS.join('|')})(?=$|[\\s?!.,]))`, 'i');
/** English "and" typed before an Arabic question word in a mixed line ("…منصة المستهلكين and هل فيه beta؟") joins a new question, as و does. */
const MIXED_JOIN = new RegExp(`\\s+(?=(?:and|also|plus)\\s+${ARABIC_QUESTION_WORD})`, 'i');

/**
 * Markers turning to the point of a message, in English, standard Arabic, the dialects, Arabizi and
 * the French of Maghrebi speech ("lost my ranked game lol. anyway, which companies…", "توني خالص
 * رانكد 😭 المهم، شنو الشركات…", "bref, chkoun…"): what comes before them is said on the way. Only
 * with words after them: "who reported it anyway?" turns to nothing. They open a clause; English's
 * also turns inside one ("my boss keeps asking anyways who reported this"), where Arabic's المهم
 * may be "the important" ("ما المهم في الخبر").
 */
const ENGLISH_TURN_MARKERS = 'anyway|anyways|anyhow';
const TURN_MARKERS = String.raw`(?:${ENGLISH_TURN_MARKERS}|المهم|على العموم|عموما|على كل حال|على اي حال|على أي حال|بكل الاحوال|بكل الأحوال|el ?mohe?im|l ?mohi?m|bref|enfin)`;
const TURN = new RegExp(String.raw`\s+(?=(?:${ENGLISH_TURN_MARKERS})[\s,]+[\p{L}\p{N}])`, 'iu');
const TURN_OPENING = new RegExp(String.raw`^${TURN_MARKERS}(?:[\s,،]+|$)`, 'iu');

/**
 * "…بس ما فهمت شي زين شنو قالت انفيديا؟", "…طب مين نشر الخبر": a particle that moves the talk on
 * (طيب، طب، زين، يلا، and بس "but") right before a question word starts the question, whatever was
 * said before it (بس before ما is "but not": "بس ما فهمت").
 */
const TURN_PARTICLES = '(?:طيب|طب|زين|يلا|يله|بس)';
const ARABIC_PARTICLE_TURN = new RegExp(`\\s+(?=${TURN_PARTICLES}\\s+${ARABIC_QUESTION_WORD})`);
const PARTICLE_OPENING = new RegExp(`^${TURN_PARTICLES}\\s+(?=${ARABIC_QUESTION_WORD})`);

/**
 * A label putting the question after it ("…very fun haha. Question: the Huawei chips, …",
 * "…الله يعطيكم العافية. سؤالي: مين…", "quick q:") turns to the point as "anyway" does.
 */
const QUESTION_LABEL =
  /^(?:(?:my|the|a|one|quick|small|simple|real)\s+)*(?:question|q)(?:\s+(?:lang|po|only|pls|please))*$|^(?:ال)?(?:سؤال|سوال)(?:ي)?(?:\s+(?:بسيط|سريع|هو))?$/iu;

/**
 * Asking leave to ask ("can I ask, the report say…", "may I ask something? who…", "ممكن اسأل سؤال؟
 * مين…") before the question turns to it as "anyway" does; alone, it asks nothing of the report yet.
 */
const ASKING_LEAVE =
  /^(?:(?:so|ok|okay|hi|hey|guys|and)\s+)*(?:can|could|may)\s+(?:i|we)\s+ask(?:\s+(?:you|u|all|everyone|something|smth|sth|a|quick|small|question|q))*(?:\s+(?:pls|please|plz))?$|^(?:ممكن|اقدر|أقدر|ينفع|يصير|بقدر|فيني)\s+(?:اسال|أسال|أسأل|اسأل|نسال|نسأل|اسئل)(?:\s+(?:سؤال|شي|شيء|حاجه|حاجة))?$/iu;

/**
 * A polite condition around the question ("…, if you don't mind me asking?", "…, if anyone knows?",
 * "…، لو سمحت؟"): it asks nothing, and the question mark after it is the question's before it.
 */
const POLITE_CONDITION = new RegExp(
  [
    String.raw`^(?:(?:and|but)\s+)?if\s+(?:you|u|ya|anyone|any1|someone|anybody|somebody|any of you)\s+(?:(?:don['’]?t|do not|wouldn['’]?t|would not)\s+)?(?:mind|know|knows|can|could|remember)(?:\s+(?:me|my|asking|ask|it|that|this|tell|telling|say|saying|help|share|sharing))*$`,
    String.raw`^if\s+(?:that|this|it)\s+makes\s+sense$|^if\s+possible$`,
    String.raw`^(?:لو|اذا|إذا)\s+(?:سمحت|سمحتو|سمحتوا|سمحتم|تكرمت|تكرمتو|ممكن|بتعرف|تعرف|تعرفون|بتعرفو|بتعرفوا|ما عليك امر|ما عليك أمر|ما عليكم امر|ما عليكم أمر|(?:(?:في|فيه)\s+)?(?:حد|احد|أحد)\s+(?:يعرف|بيعرف|عارف))$`,
  ].join('|'),
  'iu',
);

/** At most this many clauses are read from one message: it bounds the work per message. */
export const MAX_CLAUSES = 12;

/**
 * A list's markers inside a line begin its items as a line break would: "1) who reported this 2)
 * when is R2 out", "a. …  b. …", "١- مين نشر الخبر ٢- امتى بينزل R2". A digit or a letter a–e with
 * its bracket, point or dash, after a space (not "R2." nor "H800-"), before a space.
 */
const LIST_MARKER = /(?<=^|\s)\(?(?:[1-9]|[a-e]|[١-٩])[).\-–](?=\s)/g;

/** An aside in brackets belongs to its sentence: "which nvidia chip (H20? H800?) is R2 built on" asks once. */
const ASIDE = /\(([^()]*)\)/g;
/**
 * So does a few words' aside between a pair of dashes ("is Cambricon — كامبريكون — one of the
 * companies…?"): read as one in brackets, not as two sentence ends.
 */
const DASH_ASIDE = /\s[-–—]+\s((?:[^\s?؟!.…:\-–—]+\s){0,3}[^\s?؟!.…:\-–—]+)\s[-–—]+\s/gu;

/**
 * Asking the reader's view between commas ("is baidu in the mix, would you say, for the accelerators
 * they're testing?", "هل بايدو، برأيك، من الشركات…؟") interrupts one question: no clause ends there.
 */
const OPINION_ASIDE =
  /\s*[,،]\s*(?:would you say|do you think|d['’]?you think|you think|do you reckon|d['’]?you reckon|you reckon|in your opinion|imo|برأيك|برايك|بنظرك|في رأيك|في رايك|بتقديرك|تتوقع|تفتكر|بتفتكر|تظن)\s*[,،]\s*/giu;

export function splitClauses(message: string): Clause[] {
  const clauses: Clause[] = [];
  const pieces = message
    .replace(LIST_MARKER, '\n')
    .replace(DASH_ASIDE, ' ($1) ')
    .replace(OPINION_ASIDE, ' ')
    .replace(ASIDE, (_, aside: string) => `(${aside.replace(/\s*[?؟!.…:]+\s*/g, ' ').trim()})`)
    .split(SENTENCE_END);
  // split() with a capturing group alternates text and the delimiter that ended it.
  for (let i = 0; i < pieces.length && clauses.length < MAX_CLAUSES; i += 2) {
    const ending = pieces[i + 1] ?? '';
    const questionMark = /[?؟]/.test(ending);
    const leadsIn = ending === ':';
    const fullStop = /^\.\s*$/.test(ending);
    const surprised = /^(?:[?؟][?؟!]+|![?؟])/.test(ending);
    const parts = pieces[i]
      .split(COMMA)
      .flatMap((part) => part.split(ENGLISH_JOIN))
      .flatMap((part) => part.split(ARABIC_JOIN))
      .flatMap((part) => part.split(MIXED_JOIN))
      .flatMap((part) => part.split(ARABIZI_JOIN))
      .flatMap((part) => part.split(TURN))
      .flatMap((part) => part.split(ARABIC_PARTICLE_TURN))
      .map((part) => part.trim())
      .filter((part) => /[\p{L}\p{N}]/u.test(part));
    parts.forEach((part, index) => {
      const last = index === parts.length - 1;
      const labelled = leadsIn && last && QUESTION_LABEL.test(part);
      const text = labelled ? '' : part.replace(TURN_OPENING, '').replace(PARTICLE_OPENING, '');
      if (text !== part) for (const before of clauses) before.beforeTurn ||= !before.questionMark;
      if (!/[\p{L}\p{N}]/u.test(text)) return;
      clauses.push({
        text,
        questionMark: questionMark && last,
        surprised: surprised && last,
        leadsIn: leadsIn && last,
        fullStop,
        continues: index > 0,
        beforeTurn: false,
      });
    });
  }
  for (let i = clauses.length - 1; i >= 0; i--) {
    if (!POLITE_CONDITION.test(clauses[i].text)) continue;
    if (i > 0) clauses[i - 1].questionMark ||= clauses[i].questionMark;
    clauses.splice(i, 1);
  }
  const leave = clauses.findIndex((clause) => ASKING_LEAVE.test(clause.text));
  if (leave < 0) return clauses.slice(0, MAX_CLAUSES);
  for (const before of clauses.slice(0, leave)) before.beforeTurn ||= !before.questionMark;
  return clauses.filter((_, i) => i !== leave).slice(0, MAX_CLAUSES);
}
