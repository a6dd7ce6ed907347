/**
 * Who a question about a statement asks about: "what did Baidu say about Huawei?" asks Baidu's
 * words, and Huawei is only their topic. The speaker is the subject of the verb of saying: in
 * English between the auxiliary and the verb ("did [the US government] comment"); in Arabic after
 * the verb up to "about" ("شو قالت [بايدو] عن…") or before it ("[انفيديا] قالت ايه"). With a noun
 * of reply it is its possessor ("[cambricon]'s reaction", "the response from [baidu]", "رد [هواوي]"). Reads the
 * question in standard form (lower-case Latin, normalised Arabic, dialect question words made standard).
 */
import { ARABIC_THAT } from './reader-words';

/** English verbs of saying, mentioning, replying and reacting, as a regular expression's alternatives (question-type.ts reads them too). */
export const ENGLISH_SPEECH_VERBS =
  'say|said|saying|tell|told|respond|responded|reply|replied|comment|commented|react|reacted|mention|mentioned|reported|claimed|wrote|written|revealed|admit|admitted|admitting|acknowledge|acknowledged|acknowledging|concede|conceded|conceding|accepting|deny|denied|denying';
/**
 * Verbs of saying that ask a statement with no "did" before them ("what nvidia said abt all this"), and
 * talking or telling about something as Pidgin and learners' English ask it ("wetin nvidia talk about
 * all this?", "what nvidia told about this").
 */
export const ENGLISH_INDIRECT_SPEECH_VERBS = 'said|says|stated|replied|responded|commented|told|talk|talked|talking';
/** Verbs of reporting that are nouns too ("the main claim"): verbs only after did / does / do ("what did The Information report?"). */
export const ENGLISH_REPORTING_VERBS = 'report|claim|write|reveal';
const ENGLISH_REPORTING = new RegExp(String.raw`\b(?:did|does|do) (.+?) (?:${ENGLISH_REPORTING_VERBS})\b`);
/** Asked indirectly, with no "did": "what nvidia said". */
const ENGLISH_INDIRECT = new RegExp(String.raw`\bwhat (.+?) (?:${ENGLISH_INDIRECT_SPEECH_VERBS})\b`);
const ENGLISH = new RegExp(String.raw`\b(?:did|does|do|has|have|is|are|was|were) (.+?) (?:${ENGLISH_SPEECH_VERBS})\b`);
/** Arabic verbs of saying, mentioning and replying, as a regular expression's alternatives (question-type.ts reads them too). */
export const ARABIC_SPEECH_VERBS = 'قال|قالت|قالوا|رد|ردت|ردوا|صرح|صرحت|ذكر|ذكرت|ذكروا|اعترف|اعترفت|اعترفوا|اقر|اقرت|اقروا';
const ARABIC_VERB = `(?:${ARABIC_SPEECH_VERBS})`;
/** Verb, then its subject up to "about" or the end: "ما قالت بايدو عن …"; or the English word, code-switching ("شو قال about China؟"). */
const ABOUT = '(?:عن|حول|بخصوص|بشان|علي|في|about|regarding|on)';
/** "that", opening what was said ("قالت ان…", Maghrebi "قالت بلي…"): the words after it are the statement, not who made it. */
const THAT = `(?:${ARABIC_THAT.join('|')})`;
const ARABIC_AFTER = new RegExp(`(?:^| )${ARABIC_VERB} (?!(?:${ABOUT}|${THAT}) )(.+?)(?= (?:${ABOUT}|${THAT}) |$)`);
/**
 * After a verb of mentioning, one word alone is what was mentioned ("هل ذكروا الصين؟", the plural
 * gone once normalised); the one said to mention it comes first of two ("هل ذكرت بايدو الصين؟").
 */
const MENTIONING = 'ذكر';
/** Subject, then the verb: "انفيديا قالت ما …". */
const ARABIC_BEFORE = new RegExp(`(?:^| )(.+?) ${ARABIC_VERB}(?= |$)`);
/** Question words, and "something" said ("قالت حاجة؟", "قالوا شي؟"): what is asked, not who said it. */
const QUESTION_WORDS = new Set(['ما', 'ماذا', 'هل', 'شو', 'ايش', 'وش', 'شنو', 'ايه', 'واش', 'شي', 'اشي', 'شيء', 'حاجه']);
/**
 * Nouns of a reply or reaction, or of a stance taken in words, as a regular expression's
 * alternatives (question-type.ts reads them too): "Baidu's response", "nvidia's take on this".
 */
export const ENGLISH_SPEECH_NOUNS =
  'reaction|reactions|response|responses|reply|replies|comment|comments|statement|statements|remarks|stance|opinion|take on|position on|view on|views on|attitude|message';
/** The same in Arabic; not تعليق, which is also the suspending of a plan. */
export const ARABIC_SPEECH_NOUNS = 'راي|رايها|رايهم|رايه|رد|رده فعل|ردود فعل|ردود|تصريح|تصريحات|موقف|موقفها|موقفهم|موقفه|رساله|رسالتها|رسالتهم|رسالته';
/** Whose reply: the word before the noun ("cambricon reaction", the possessive's 's gone) or after of/from ("the response from baidu"). */
const ENGLISH_POSSESSOR = new RegExp(String.raw`\b(\w+) (?:${ENGLISH_SPEECH_NOUNS})\b`);
const ENGLISH_OF = new RegExp(String.raw`\b(?:${ENGLISH_SPEECH_NOUNS}) (?:of|from) (.+?)(?= to | about | on |$)`);
/**
 * Arabic puts the one replying after the noun ("رد هواوي", "ردة فعل بايدو"), with its adjective
 * ("موقف الادارة الامريكية"); not a preposition's object ("رد على…", "موقفها من الصين").
 */
const ARABIC_POSSESSOR = new RegExp(String.raw`(?:^| )(?:${ARABIC_SPEECH_NOUNS}) (?!(?:${ABOUT}|من|الي|الى) )(\S+(?: ال\S+)?)`);

/** What tells that something is not, or not yet, said ("لسه ما قالوا", "لين الحين ما قالوا", "حتى الآن لم يعلق"): no one who said it. */
const NOT_YET = new Set(['لم', 'لا', 'ما', 'زال', 'مازال', 'لسه', 'لسا', 'بعد', 'لين', 'حتي', 'الان', 'الحين']);

/** The words of a span that are not question words ("ما", "هل") nor "something", or null when none are left. */
function subject(span: string | undefined): string | null {
  const words = (span ?? '').split(' ').filter((word) => word && !QUESTION_WORDS.has(word));
  return words.length > 0 ? words.join(' ') : null;
}

/**
 * The subject before an Arabic verb of saying: the words after the last "or" or "and" that opens its
 * clause ("حددوا موعد الاطلاق ولا لسه ما قالوا حاجة؟" — the verb's subject is its pronoun), less
 * what only tells it is not yet said.
 */
function subjectBefore(span: string | undefined): string | null {
  const clause = (span ?? '').split(/(?:^| )(?:او|ولا|و)(?= |$)/).at(-1) ?? '';
  return subject(
    clause
      .split(' ')
      .filter((word) => !NOT_YET.has(word))
      .join(' '),
  );
}

/** The words naming who the question says spoke, or null when it does not tell. */
export function speakerWords(standard: string): string | null {
  const english =
    ENGLISH.exec(standard) ??
    ENGLISH_REPORTING.exec(standard) ??
    ENGLISH_INDIRECT.exec(standard) ??
    ENGLISH_OF.exec(standard) ??
    ENGLISH_POSSESSOR.exec(standard);
  if (english) return english[1];
  const after = ARABIC_AFTER.exec(standard);
  const mentioned = after !== null && after[0].trim().startsWith(MENTIONING) && !after[1].includes(' ');
  return (mentioned ? null : subject(after?.[1])) ?? subjectBefore(ARABIC_BEFORE.exec(standard)?.[1]) ?? ARABIC_POSSESSOR.exec(standard)?.[1] ?? null;
}

/**
 * "what did nvidia say about deepseek using huawei chips?", "انفيديا قالت ايه لما عرفت ان ديب سيك
 * رايحه لهواوي؟": what a statement answered, after its verb ("about", "when", "after"; عن، على، لما،
 * بعد ما): the occasion the report tells elsewhere ("Responding to these developments, …"), not
 * what the statement must hold. Null when the question names none.
 */
const ENGLISH_OCCASION = new RegExp(
  String.raw`\b(?:${ENGLISH_SPEECH_VERBS}|reacts|responds|${ENGLISH_SPEECH_NOUNS})\b.*? (?:about|regarding|when|after|to) (.+)$`,
);
const ARABIC_OCCASION = new RegExp(String.raw`(?:^| )(?:${ARABIC_SPEECH_VERBS})(?: \S+){0,3}? (?:عن|حول|بخصوص|بشان|علي|لما|بعد ما) (.+)$`);
/** …or after someone's opinion or stance, what it is of ("شو رأي انفيديا بالمنافسة مع هواوي؟", its ب often read away). */
const ARABIC_STANCE_OCCASION = /(?:^| )(?:راي|موقف) \S+ (?:(?:ب|بال|من) )?(.+)$/;

/** The words of a question about a statement that tell what it answered (see above), or null. */
export function occasionWords(standard: string): string | null {
  return (ENGLISH_OCCASION.exec(standard) ?? ARABIC_OCCASION.exec(standard) ?? ARABIC_STANCE_OCCASION.exec(standard))?.[1] ?? null;
}
