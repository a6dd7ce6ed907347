/**
 * "Is R2 trained on Nvidia or Huawei?", "على Nvidia ولا Huawei؟": names offered as alternatives.
 * A fact answers such a question by naming one of them, so the names of an alternative count
 * together, once, when a fact is checked for the names the question asks about.
 */
import { ENGLISH_AUXILIARIES } from './reader-words';

/** Words that offer an alternative, in standard form (the dialect tables turn ولا into او). */
export const OR_WORDS: ReadonlySet<string> = new Set(['or', 'او', 'أو']);
/** …and as typed, before the dialect tables read ولا and والا as او, and as Arabizi writes ولا. */
export const TYPED_OR_WORDS: ReadonlySet<string> = new Set([...OR_WORDS, 'ولا', 'والا', 'walla', 'wala', 'wla']);
/** At most this many words may stand between a name and the "or" it is joined by ("شرائح هواوي or on Nvidia"). */
const REACH = 3;

/**
 * The names (as `names` spells them, each a run of words of `words`) that stand on either side of
 * an "or": each such "or" gives the names nearest to it on both sides, when there are some on both.
 */
export function alternativeNames(words: readonly string[], names: readonly string[]): Set<string> {
  const spans = names.flatMap((name) => {
    const parts = name.split(' ');
    return words.flatMap((_, start) => (parts.every((part, offset) => words[start + offset] === part) ? [{ name, start, end: start + parts.length }] : []));
  });
  const found = new Set<string>();
  words.forEach((word, at) => {
    if (!OR_WORDS.has(word)) return;
    const before = spans.filter((span) => span.end <= at && at - span.end < REACH).sort((a, b) => b.end - a.end)[0];
    const after = spans.filter((span) => span.start > at && span.start - at <= REACH).sort((a, b) => a.start - b.start)[0];
    if (before && after) found.add(before.name).add(after.name);
  });
  return found;
}

/**
 * Words that set what follows apart from what is asked: "besides", "except", "other than", "apart
 * from", "غير", "عدا", "سوى"; and what is put in its place, "instead of", "rather than", "بدل",
 * "عوض" (what replaces Nvidia is no Nvidia). A bare "instead" closing a question sets apart the names
 * borrowed after it from the statement before ("ditching nvidia?? what chips they using instead").
 */
const SETTING_APART: ReadonlySet<string> = new Set([
  'besides',
  'except',
  'than',
  'from',
  'of',
  'instead',
  'غير',
  'عدا',
  'سوي',
  'بخلاف',
  'بدل',
  'بدال',
  'بدلا',
  'عوض',
  'عوضا',
]);
/** The word before "than", "from" or "of" that makes it set something apart ("other than", "rather than", "apart from", "instead of"). */
const APART_BEFORE: Readonly<Record<string, ReadonlySet<string>>> = {
  than: new Set(['other', 'rather']),
  from: new Set(['apart', 'aside']),
  of: new Set(['instead']),
};

/** Words joining one name set apart to the next ("other than huawei and nvidia"). */
const AND_WORDS: ReadonlySet<string> = new Set(['and', 'و', '&']);
/** The article and the demonstratives before a noun ("besides the ascend stuff", "other than those huawei chips"). */
export const DETERMINERS_OF_THINGS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * The names a question sets apart from what it asks ("chips from anyone other than huawei and
 * nvidia?", "شركات غير هواوي؟"): the names after the word, and those joined to them by "and", a
 * determiner before them or not; the fact answering it names others, not them.
 */
export function setApartNames(words: readonly string[], names: readonly string[]): Set<string> {
  const firstWords = new Map(names.map((name) => [name.split(' ')[0], name]));
  const apart = new Set<string>();
  words.forEach((word, at) => {
    if (!SETTING_APART.has(word) || (APART_BEFORE[word] && !APART_BEFORE[word].has(words[at - 1] ?? ''))) return;
    for (let next = at + 1; next < words.length; next++) {
      const name = firstWords.get(words[next]);
      if (name) {
        apart.add(name);
        next += name.split(' ').length - 1;
      } else if (!AND_WORDS.has(words[next]) && !DETERMINERS_OF_THINGS.has(words[next])) break;
    }
  });
  return apart;
}

/** Words that bound an alternative without naming it ("only the small versions", "النماذج الصغيرة بس"). */
export const BOUNDING_WORDS: ReadonlySet<string> = new Set(['only', 'just', 'also', 'even', 'still', 'too', 'بس', 'فقط', 'ايضا', 'كمان', 'برضو', 'بردو']);
/**
 * What ends the question instead of a second alternative: "or not", "or nah", "ولا لا", "or what", "or not yet" ("ولا للحين", "or yet"),
 * and "or that's it", the use asked about over ("…ولا خلاص اتقطعت؟", "wla safi 9at3at m3aha", "or done with them?"),
 * or a verb of ending it ("…لسا قايمة ولا شالوها؟", "…ولا لغوها؟").
 */
const NO_ALTERNATIVE: ReadonlySet<string> = new Set([
  'not',
  'nah',
  'no',
  'what',
  'smth',
  'something',
  'sth',
  'yet',
  'لا',
  'لاء',
  'لأ',
  'ما',
  'شو',
  'ايه',
  'للحين',
  'خلاص',
  'صافي',
  'done',
  'over',
  'finished',
  'شالوها',
  'شالوه',
  'شالوا',
  'لغوها',
  'لغوه',
  'الغوها',
  'الغوه',
  'وقفوها',
  'وقفوه',
  'بطلوها',
  'بطلوه',
  // …or of replacing or leaving it, as the reader leaves them ("…باقا خدامة بنفيديا ولا بدلاتها كاملة؟",
  // "…ولا تركتها؟"; the plural's بدلوها، تركوها are read بدل، ترك before this list is).
  'بدلتها',
  'بدلاتها',
  'تركتها',
]);
/**
 * Words of totality: "leaving Nvidia completely or only for the small models?" offers no two things
 * but how far one holds, which the fact bounding it answers (an extent question).
 */
const TOTAL_WORDS: ReadonlySet<string> = new Set([
  'completely',
  'entirely',
  'totally',
  'fully',
  'altogether',
  'permanently',
  'good',
  'everything',
  'نهايي',
  'نهاييا',
  'تماما',
  'خالص',
  'كليا',
  'بالكامل',
  'بالمره',
  'كلش',
  'كلشي',
  'ابدا',
]);
/**
 * What opens a second yes/no question instead of an alternative: "is r2 still on nvidia or did they
 * move that one too" weighs two statements, not two things.
 */
const QUESTION_OPENERS: ReadonlySet<string> = new Set([...ENGLISH_AUXILIARIES, 'هل']);
/** An alternative is this many of its content words at most ("the big model", "النماذج الصغيرة"). */
const ALTERNATIVE_WORDS = 2;

/**
 * "Is Ascend used for the big model or only the small versions?", "R2 يتدرب على Nvidia ولا Ascend؟":
 * the two alternatives an "or" offers, as the content words (`isContent`) on each side of the
 * clause's last "or": after it, its first words up to the end; before it, as many as stand after
 * it, nearest first (the alternatives are parallel). Null when the "or" ends the question ("or
 * not?") or opens another ("or did they…"), follows a word of totality ("completely or…") or one side holds no content word.
 */
export function alternativeSides(words: readonly string[], isContent: (word: string) => boolean): [string[], string[]] | null {
  let at = -1;
  words.forEach((word, i) => {
    if (OR_WORDS.has(word)) at = i;
  });
  const next = words[at + 1] ?? 'not';
  if (at < 0 || NO_ALTERNATIVE.has(next) || QUESTION_OPENERS.has(next) || TOTAL_WORDS.has(words[at - 1] ?? '')) return null;
  const content = (word: string) => isContent(word) && !BOUNDING_WORDS.has(word) && !OR_WORDS.has(word);
  const after = words
    .slice(at + 1)
    .filter(content)
    .slice(0, ALTERNATIVE_WORDS);
  const before = words.slice(0, at).filter(content).slice(-after.length);
  return after.length > 0 && before.length > 0 ? [before, after] : null;
}

/**
 * "huawei chips only for the small models?", "هواوي بس للنماذج الصغيرة؟": a word bounding (only,
 * just, بس, فقط) up to three words before, or two after, a word of one side of a contrast the
 * lexicon knows (small against large) asks whether the other side has it too.
 */
export function boundsSide(words: readonly string[], isSide: (word: string) => boolean): boolean {
  return words.some((word, at) => BOUNDING_WORDS.has(word) && [at - 2, at - 1, at + 1, at + 2, at + 3].some((near) => isSide(words[near] ?? '')));
}

/** Words that contrast what stands on either side: "between A and B" (and its common slips), "A vs B" ("بين"، "ben" read as بين). */
const BETWEEN_WORDS: ReadonlySet<string> = new Set(['between', 'betwen', 'bewteen', 'btwn', 'بين']);
const VERSUS_WORDS: ReadonlySet<string> = new Set(['vs', 'versus']);
/**
 * Nouns of a tie between two ("the competition between Nvidia and Huawei", "المنافسة بين…"): "between"
 * after one names who take part in it, no two things told apart (normalised; with and without ال).
 */
const TIE_NOUNS: ReadonlySet<string> = new Set(
  [
    'competition',
    'rivalry',
    'race',
    'war',
    'fight',
    'battle',
    'partnership',
    'relationship',
    'relations',
    'deal',
    'cooperation',
    'collaboration',
    'منافسه',
    'حرب',
    'صراع',
    'سباق',
    'علاقه',
    'علاقات',
    'شراكه',
    'تعاون',
    'اتفاق',
    'معركه',
  ].flatMap((noun) => (/^[a-z]/.test(noun) ? [noun] : [noun, `ال${noun}`])),
);
/** A side of a contrast is this many of its content words at most. */
const SIDE_WORDS = 4;

/** A name, then within three words "for" or a word with ل "for" joined to it ("huawei chips are for…", "هواوي للنماذج…"). */
function nameThenFor(words: readonly string[], isName: (word: string) => boolean): boolean {
  return words.some(
    (word, at) => isName(withoutJoinedAnd(word)) && words.slice(at + 1, at + 4).some((next) => next === 'for' || (/^ل\S{2}/.test(next) && !isName(next))),
  );
}

/** Words putting something on a name: "on nvidia", "على انفيديا" (normalised علي), "ع هواوي". */
const ON_WORDS: ReadonlySet<string> = new Set(['on', 'علي', 'ع']);

/** "on" then a name: "the mini ones on huawei", "والصغير علي هواوي". */
function onName(words: readonly string[], isName: (word: string) => boolean): boolean {
  return words.some((word, at) => ON_WORDS.has(word) && isName(words[at + 1] ?? ''));
}

/**
 * "huawei chips for the small models and nvidia for the big R2", "هواوي للنماذج الصغيرة وانفيديا
 * للكبيرة", "the big R2 on nvidia and the small ones on huawei", "R2 الكبير على انفيديا والصغير على
 * هواوي": two names side by side, each given what it is for or put under something, contrast as
 * "between" does. The content words of each half, nearest the "and" (written apart or joined on).
 * Where no "and" joins them, the comma between them gone ("small models on huawei, big r2 on
 * nvidia"), the second half starts after the first half's name.
 */
function sideBySide(words: readonly string[], content: (word: string) => boolean, isName: (word: string) => boolean): [string[], string[]] | null {
  // The second half opens with its name and the first gives its own name what it is for; or each
  // half puts something on a name, the second within its first words.
  const halves = (before: readonly string[], after: readonly string[]): [string[], string[]] | null => {
    const forEach = isName(after[0] ?? '') && nameThenFor(after.slice(0, 4), isName) && nameThenFor(before, isName);
    const onEach = onName(after.slice(0, 5), isName) && onName(before, isName);
    return forEach || onEach ? [before.filter(content).slice(-SIDE_WORDS), after.filter(content).slice(0, SIDE_WORDS)] : null;
  };
  let anded = false;
  for (let at = 1; at < words.length - 1; at++) {
    const joined = words[at] !== withoutJoinedAnd(words[at]);
    if (!AND_WORDS.has(words[at]) && !joined) continue;
    anded = true;
    const found = halves(words.slice(0, at), [withoutJoinedAnd(words[at]), ...words.slice(at + 1)].slice(joined ? 0 : 1));
    if (found) return found;
  }
  if (anded) return null;
  for (let at = 2; at < words.length - 1; at++) {
    const afterOnName = ON_WORDS.has(words[at - 2]) && isName(words[at - 1]);
    const found = afterOnName || isName(words[at]) ? halves(words.slice(0, at), words.slice(at)) : null;
    if (found) return found;
  }
  return null;
}

/** A word without the و "and" joined to it ("وشرائح" is the "شرائح" of the side before). */
export const withoutJoinedAnd = (word: string) => word.replace(/^و(?=\S{3})/, '');

/**
 * "What's the difference between the big R2 and the small ones?", "الفرق بين شرائح هواوي وشرائح
 * انفيديا", "big R2 vs the small ones": what tells the two things contrasted apart, as content words
 * (`isContent`) of each side, the "and" after "between" (و written apart or joined to the next word)
 * or "vs" dividing them, or two names set side by side (see sideBySide): the names, when each side
 * has its own; else the words one side has and the other not, other than names ("the big R2"
 * against "the small ones": big, small; the R2 is both); and every word of the sides. A fact
 * telling of one side only does not tell them apart.
 * Null when nothing is contrasted.
 */
export function contrastedSides(
  words: readonly string[],
  isContent: (word: string) => boolean,
  isName: (word: string) => boolean,
): { tellApart: [string[], string[]]; sides: string[] } | null {
  const content = (word: string) => isContent(word) && !BOUNDING_WORDS.has(word);
  let sides: [string[], string[]] | null = null;
  const versus = words.findIndex((word) => VERSUS_WORDS.has(word));
  const between = words.findIndex((word) => BETWEEN_WORDS.has(word));
  if (versus > 0) {
    sides = [
      words.slice(0, versus).filter(content).slice(-SIDE_WORDS),
      words
        .slice(versus + 1)
        .filter(content)
        .slice(0, SIDE_WORDS),
    ];
  } else if (between >= 0 && !TIE_NOUNS.has(words[between - 1] ?? '')) {
    const rest = words.slice(between + 1);
    const anded = rest.findIndex((word, i) => i > 0 && (AND_WORDS.has(word) || (word !== withoutJoinedAnd(word) && content(word))));
    // "الفرق بين اللي هتعمله بهواوي واللي هتعمله بانفيديا": the word opening the first side said again
    // opens the second, its "and" read away.
    const and = anded >= 0 ? anded : rest.indexOf(rest[0], 1);
    if (and < 0) return null;
    const second = AND_WORDS.has(rest[and]) ? and + 1 : and;
    // (The first side's words nearest its end, then, as the two say the same up to what tells them apart.)
    const first = rest.slice(0, and).filter(content);
    sides = [anded >= 0 ? first.slice(0, SIDE_WORDS) : first.slice(-SIDE_WORDS), rest.slice(second).filter(content).slice(0, SIDE_WORDS)];
  }
  sides ??= sideBySide(words, content, isName);
  if (!sides || sides.some((side) => side.length === 0)) return null;
  const [first, second] = sides.map((side) => side.map(withoutJoinedAnd));
  const own = [first.filter((word) => !second.includes(word)), second.filter((word) => !first.includes(word))];
  const names = own.map((side) => side.filter(isName));
  const described = own.map((side) => side.filter((word) => !isName(word)));
  const tellApart = names.every((side) => side.length > 0) ? names : described.every((side) => side.length > 0) ? described : null;
  return tellApart && { tellApart: [tellApart[0], tellApart[1]], sides: [...first, ...second] };
}
