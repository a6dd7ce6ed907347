/**
 * A message cut into clauses: where people end a sentence (? ؟ ! . a line break, a dash, an
 * emoji), where a comma closes a clause, and where "and"/"also"/و starts a new question ("who
 * reported this and which companies…", "ليش تأجل R2 وهل هواوي ساعدت؟"). Which clauses are
 * questions, which are small talk and which are context is decided by the reader.
 */

export interface Clause {
  text: string;
  /** The clause ended with a question mark. */
  questionMark: boolean;
}

/** Ends a sentence: question and exclamation marks, line breaks, a full stop before a space, an ellipsis, a dash between spaces, emoji. */
const SENTENCE_END = /([?؟!]+|\n+|\.(?=\s|$)|…|\s[-–—]+\s|[–—]|(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)+)/u;
const COMMA = /[,،;](?!dr)/i;
/** "… and which …", "… also did …", "… plus who …": a new question inside a sentence. */
const ENGLISH_JOIN =
  /\s+(?=(?:and|also|plus|&)\s+(?:what|whats|who|whos|which|why|when|where|how|did|does|do|is|are|was|were|has|have|will|can|could|should)\b)/i;
/** "… وهل …", "… ومين …": و joined to a question word starts a new question. */
const ARABIC_JOIN = /\s+(?=و(?:هل|مين|منو|شكون|ليش|ليه|لماذا|علاش|ايش|إيش|متى|امتى|إمتى|كيف|شلون|وين|فين|كم|انهي|إنهي|ماذا)(?:\s|$))/;

/** At most this many clauses are read from one message: it bounds the work per message. */
export const MAX_CLAUSES = 12;

export function splitClauses(message: string): Clause[] {
  const clauses: Clause[] = [];
  const pieces = message.split(SENTENCE_END);
  // split() with a capturing group alternates text and the delimiter that ended it.
  for (let i = 0; i < pieces.length && clauses.length < MAX_CLAUSES; i += 2) {
    const ending = pieces[i + 1] ?? '';
    const questionMark = /[?؟]/.test(ending);
    const parts = pieces[i]
      .split(COMMA)
      .flatMap((part) => part.split(ENGLISH_JOIN))
      .flatMap((part) => part.split(ARABIC_JOIN))
      .map((part) => part.trim())
      .filter((part) => /[\p{L}\p{N}]/u.test(part));
    parts.forEach((text, index) => clauses.push({ text, questionMark: questionMark && index === parts.length - 1 }));
  }
  return clauses.slice(0, MAX_CLAUSES);
}
