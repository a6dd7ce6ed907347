/**
 * Dialect Arabic to standard Arabic, word by word, in the manner of Lucene's analyzers: each
 * rule small, named and tested on its own. People ask in Egyptian, Levantine, Gulf, Iraqi and
 * Maghrebi Arabic; the facts are written in standard Arabic. Two kinds of rule meet them:
 *
 * - word tables, one per dialect group (dialect-words.ts): its question words, negation, future and progressive
 *   markers, possessives and common verbs, each mapped to the standard word (or to nothing, for
 *   a marker that carries no topic);
 * - morphology: a dialect verb wears prefixes and suffixes the standard stemmer does not know
 *   (بيستخدموا، هيشتغل، كاتجرب، اتأجل، ماعرفتش). `dialectStemCandidates` lists the forms such a
 *   word may stand for, and the caller keeps the first one the facts use, so the rules never
 *   invent a word.
 *
 * Words are written naturally and normalised when loaded (see `normalizeArabic`).
 */
import { normalizeArabic } from '../text/arabic';
import { keepsFirstLetter, withoutPrepositionClitic } from '../text/clitics';
import { DIALECT_GROUPS, STANDARD, type WordTable } from './dialect-words';

/** Markers written as prefixes (هـ, حـ) are morphology, not table words; the tables skip them. */
const isPrefixMarker = (word: string) => word.endsWith('ـ');

type Part = 'questionWords' | 'negation' | 'aspect' | 'possessives' | 'verbs' | 'words';

/**
 * A question word's final ى is often typed ا ("امتا هيطلع؟", "متا موعد الاطلاق؟"): the ا-spelling of
 * each that ends so, mapped as it is. Only question words, whose ا-spelling is no other word.
 */
function typedAlefSpellings(words: [string, string][]): [string, string][] {
  return words.flatMap(([word, standard]): [string, string][] => (word.endsWith('ى') ? [[`${word.slice(0, -1)}ا`, standard]] : []));
}

/** The standard question words typed so (متا for متى), which no dialect table lists. */
const STANDARD_TYPED_ALEF: WordTable = Object.fromEntries(typedAlefSpellings(Object.values(STANDARD).map((standard) => [standard, standard])));

/** Typed fast, لماذا and ماذا lose their final ا ("لماذ تاجلت…؟"); neither shortened form is another word. */
const DROPPED_FINAL_ALEF: WordTable = { لماذ: STANDARD.why, ماذ: 'ماذا' };

function tableOf(parts: Part[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const group of DIALECT_GROUPS) {
    for (const part of parts) {
      const words = Object.entries(group[part]);
      if (part === 'questionWords') words.push(...typedAlefSpellings(words), ...Object.entries(STANDARD_TYPED_ALEF), ...Object.entries(DROPPED_FINAL_ALEF));
      for (const [dialect, standard] of words) {
        if (isPrefixMarker(dialect)) continue;
        const key = normalizeArabic(dialect);
        // The first group to claim a word keeps it (شنو is "what" in Gulf, Iraqi and Maghrebi alike).
        if (!table.has(key)) table.set(key, normalizeArabic(standard));
      }
    }
  }
  return table;
}

/** Words that shape the question (what, not, will, of): always read as their standard form. */
const FUNCTION_WORDS = tableOf(['questionWords', 'negation', 'aspect', 'possessives']);
/** Verbs and other words: standard Arabic may use the same spelling for something else (عمل). */
const CONTENT_WORDS = tableOf(['verbs', 'words']);

/**
 * The standard form of a normalised dialect question word, negation, aspect marker or
 * possessive: '' for a marker that carries no topic, undefined when it is none of those.
 */
export function standardFunctionWord(word: string): string | undefined {
  return FUNCTION_WORDS.get(word);
}

/** The standard word for a normalised dialect verb or everyday word, when a table has one. */
export function standardContentWord(word: string): string | undefined {
  return CONTENT_WORDS.get(word);
}

/** The standard demonstratives, normalised: what ده، دي، دول stand for. */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['هذا', 'هذه', 'هؤلاء'].map(normalizeArabic));

/**
 * The standard word for a form an unknown word was cut to (see dialectStemCandidates), when a table
 * has one: not a demonstrative, which takes no ending (دوله is دولة "a country", never دول + ه).
 */
export function standardContentStem(form: string): string | undefined {
  const standard = CONTENT_WORDS.get(form);
  return standard !== undefined && DEMONSTRATIVES.has(standard) ? undefined : standard;
}

/** Every normalised dialect word and standard word the tables hold (the Arabizi reader's vocabulary). */
export function dialectVocabulary(): string[] {
  const words = new Set<string>();
  for (const table of [FUNCTION_WORDS, CONTENT_WORDS]) {
    for (const [dialect, standard] of table) {
      words.add(dialect);
      for (const word of standard.split(' ')) if (word) words.add(word);
    }
  }
  return [...words];
}

// ---- Morphology: what a dialect verb form may stand for ----------------------------------

const IMPERFECT_PERSON = /^[يتنا]/;
/** An imperfect verb's person prefix, the first person singular's ا aside (يستخدم، تستخدم، نستخدم). */
export const THIRD_PERSON = /^[يتن]/;

/**
 * Progressive and future prefixes on an imperfect verb: standard Arabic's future س (سيتدرب،
 * ستواصل), Egyptian and Levantine ب (بيستخدم),
 * Egyptian and Levantine ه / ح (هيستخدم، حيشتغل), Levantine عم written together (عمبيشتغل),
 * Maghrebi كا / ك / تا (كاتجرب، كيدير، تايخدم), Iraqi د (ديجرب), Gulf and Levantine بـ future (بيسوي).
 * Maghrebi ك also meets a verb whose person prefix ت it has swallowed in speech (كدير for
 * كتدير, "she does"): the verb with its ت back, before a consonant.
 */
export function stripAspectPrefix(word: string): string[] {
  // A participle keeps its first letter (كامل is no ك + تامل).
  if (keepsFirstLetter(word)) return [];
  const found: string[] = [];
  for (const prefix of ['عمب', 'عم', 'كا', 'ك', 'تا', 'ب', 'ه', 'ح', 'د', 'س']) {
    const rest = word.slice(prefix.length);
    if (!word.startsWith(prefix) || rest.length < 3) continue;
    // Standard Arabic's future س, on the third persons' imperfect of three letters or more (سيتدرب، ستواصل; not سيك).
    if (prefix === 'س') {
      if (rest.length >= 4 && THIRD_PERSON.test(rest)) found.push(rest);
      continue;
    }
    // Maghrebi's first person is كن (كنجرب): after ك, a word in ا is no verb (كانت، كاين).
    if ((prefix === 'ك' ? THIRD_PERSON : IMPERFECT_PERSON).test(rest)) found.push(rest);
    else if ((prefix === 'ك' || prefix === 'كا') && !/^[اوي]/.test(rest)) found.push(`ت${rest}`);
  }
  return found;
}

/**
 * A verb with its progressive or future prefix taken off, and then its ending too (هيستخدموها →
 * يستخدموها, يستخدم): the verb the prefix was put on.
 */
export function withoutAspect(word: string): string[] {
  return stripAspectPrefix(word).flatMap((form) => [form, ...stripVerbSuffix(form)]);
}

/**
 * Levantine and Egyptian progressive ب runs into the third person's ي in speech, as Arabizi writes
 * it ("bitla3", بطلع for بيطلع): the verb with its ي back, before a consonant. Only where the
 * lexicon knows the verb (بعدين is no ب on a verb).
 */
export function swallowedPerson(word: string): string[] {
  const rest = word.slice(1);
  return word.startsWith('ب') && rest.length >= 3 && !/^[اوي]/.test(rest) ? [`ي${rest}`] : [];
}

/**
 * A Form X participle with the feminine ending, indefinite, is the predicate of its verb ("انفيديا
 * مش هتبقى مستخدمة", "Nvidia will not be used"; "الشرائح مستعملة في…"): the verb's imperfect
 * (تستخدم، يستخدم). So is a Form II one ("ديب سيك موزعة الشغل", "is dividing the work": توزع، يوزع),
 * when the lexicon knows the verb. With the article it is a noun (المستخدمة, the one who uses) and is left alone.
 */
export function participleVerbs(word: string): string[] {
  const formX = /^مست(\S{3})ه$/.exec(word)?.[1];
  if (formX !== undefined) return [`تست${formX}`, `يست${formX}`];
  const formII = /^م(\S{3})ه$/.exec(word)?.[1];
  return formII === undefined ? [] : [`ت${formII}`, `ي${formII}`];
}

/**
 * Egyptian and Levantine passive اتـ / انـ (اتأجل، اتلغت، انباع) → the Form V verb and the bare verb;
 * in the imperfect, the person's letter before it (تنجرب، ينباع "is being tried, sold") → the verb
 * without the ن.
 */
export function stripPassivePrefix(word: string): string[] {
  const imperfect = /^([يت])ن(\S{3,})$/.exec(word);
  if (imperfect) return [imperfect[1] + imperfect[2]];
  if (word.length < 5 || !(word.startsWith('ات') || word.startsWith('ان'))) return [];
  return [word.slice(1), word.slice(2)];
}

/** The negation circumfix ما…ش (ماعرفتش، مابيستخدموش) and a lone final ش (مبيستخدمش). */
export function stripNegation(word: string): string[] {
  if (word.length < 4 || !word.endsWith('ش')) return [];
  const inner = word.slice(0, -1);
  return inner.startsWith('ما') ? [inner.slice(2), inner] : inner.startsWith('م') ? [inner.slice(1), inner] : [inner];
}

/**
 * Verb endings the standard stemmer leaves on: dialect plural و (عملو، يجربو) and the object
 * pronouns after it (يجربوها، هيستخدموه، دزوهم), and له / لهم (بعتتلهم).
 */
export function stripVerbSuffix(word: string): string[] {
  const found: string[] = [];
  for (const suffix of ['تلهم', 'لهم', 'لها', 'له', 'وهم', 'وها', 'وه', 'وا', 'و', 'ون', 'ين', 'هم', 'هن', 'ها', 'ه', 'ت']) {
    const rest = word.slice(0, -suffix.length);
    if (word.endsWith(suffix) && rest.length >= 3) found.push(suffix === 'تلهم' ? `${rest}ت` : rest);
  }
  return found;
}

/**
 * The imperfect's person prefix changes with the subject (يجرب، تجرب، نجرب) and the facts use one.
 * The first person's ا is left alone: a word in ا is more often an elative (احسن، اكبر) or a noun.
 */
export function swapPerson(word: string): string[] {
  if (word.length < 4 || !THIRD_PERSON.test(word)) return [];
  return ['ي', 'ت', 'ن']
    .filter((person) => person !== word[0])
    .map((person) => person + word.slice(1))
    .concat(word.slice(1));
}

/**
 * A verb and its verbal noun (masdar): facts say تأجيل، تشغيل، تدريب، اختبار، مساعدة where a
 * question says تأجل، يشغلوا، يدربوا، يختبر، ساعدت. Form II/V (فعّل، تفعّل) → تفعيل; Form VIII
 * (افتعل) → افتعال; Form III (فاعل) → مفاعلة; Form X (استفعل) → استفعال.
 */
export function verbalNouns(word: string): string[] {
  const bare = word.length >= 4 ? word.replace(THIRD_PERSON, '') : word;
  const found: string[] = [];
  // …and its participle (حدد → محدد).
  if (bare.length === 3) found.push(`ت${bare.slice(0, 2)}ي${bare[2]}`, bare, `م${bare}`);
  if (bare.length === 4 && bare.startsWith('ت')) found.push(`${bare.slice(0, 3)}ي${bare[3]}`);
  if (bare.length === 4 && bare[1] === 'ا') found.push(`م${bare}ه`);
  if (bare.length === 5 && bare.startsWith('ا') && bare[2] === 'ت') found.push(`${bare.slice(0, 4)}ا${bare[4]}`);
  if (bare.length === 4 && bare[1] === 'ت') found.push(`ا${bare.slice(0, 3)}ا${bare[3]}`);
  // Form X in the perfect (استخدم، استعمل; استخدموا once its ending is off) → استفعال.
  if (bare.length === 6 && bare.startsWith('است')) found.push(`${bare.slice(0, 5)}ا${bare[5]}`);
  return found;
}

/**
 * A Form IV verb in the perfect (أعلنت، أطلقوا، أرسلت; its alif is plain once normalised) meets
 * its imperfect (تعلن، يعلن), its verbal noun (إعلان) and its participle (معلن): a question asks
 * "هل أعلنت…" where the fact says "لم تعلن…". Only with the perfect's ending: bare, أفعل is as
 * often the first person's imperfect ("ما عندي وقت اقراه", I read it).
 */
export function formFour(word: string): string[] {
  const root = /^ا(\S{3})(?:ت|وا|و)$/.exec(word)?.[1];
  return root === undefined ? [] : [`ت${root}`, `ي${root}`, `ا${root.slice(0, 2)}ا${root[2]}`, `م${root}`];
}

/**
 * A Form I verb meets its other tense: the imperfect (تدرس، يرسل) its perfect with the subject's
 * ending (درست، درس، درسوا), and the perfect with an ending (جربت، جربوا) its imperfect (تجرب،
 * يجرب). Facts tell the past ("ديب سيك درست تشغيل…") where a question asks in the present ("لأي
 * نموذج كانت الشركة تدرسه؟"), and the other way round. Bare, a perfect of three letters is as often
 * a noun (عقد، وقت) and is left alone.
 */
export function formOne(word: string): string[] {
  const imperfect = /^[يت](\S{3})$/.exec(word)?.[1];
  if (imperfect !== undefined) return [`${imperfect}ت`, imperfect, `${imperfect}وا`];
  const perfect = /^(\S{3})(?:ت|وا|و)$/.exec(word)?.[1];
  return perfect === undefined ? [] : [`ت${perfect}`, `ي${perfect}`];
}

/** A preposition joined to a word (لسوق، بخطة، كمصدر): the word alone (see `withoutPrepositionClitic`). */
export function stripPreposition(word: string): string[] {
  const rest = withoutPrepositionClitic(word);
  return rest === null ? [] : [rest];
}

/**
 * A feminine noun with a pronoun after it writes its ة as ت (خطتهم، سياستهم، منصتهم): the noun
 * alone, as the facts write it (خطة). The stemmer takes off only ه and ها after the ت, and leaves
 * the plural pronouns on.
 */
export function stripPossessedFeminine(word: string): string[] {
  const noun = /^(\S{2,})ت(?:هم|هن|كم|كن|نا)$/.exec(word)?.[1];
  return noun === undefined ? [] : [`${noun}ه`];
}

/**
 * The accusative's tanween written as a final alif (موعداً، مصدراً، إعلامياً; the mark itself is
 * gone once normalised): the noun without it. Standard Arabic, not dialect, but the stemmer keeps
 * the alif, and the facts write the noun in other cases. A noun, so never a grammar word: "باشا"
 * (pasha) is no accusative of Maghrebi باش (in order to).
 */
export function stripAccusative(word: string): string[] {
  const noun = word.slice(0, -1);
  return word.length >= 4 && word.endsWith('ا') && !FUNCTION_WORDS.has(noun) ? [noun] : [];
}

/**
 * The forms an unknown dialect word may stand for, most likely first: each rule above alone,
 * then prefix and suffix rules together, then the person and verbal-noun rules on all of those.
 * The caller keeps the first form the facts use.
 */
export function dialectStemCandidates(word: string): string[] {
  const firstLayer = [
    ...stripNegation(word),
    ...stripPassivePrefix(word),
    ...stripAspectPrefix(word),
    ...stripVerbSuffix(word),
    ...stripPreposition(word),
    ...stripAccusative(word),
    ...stripPossessedFeminine(word),
  ];
  const both = firstLayer.flatMap((form) => [...stripAspectPrefix(form), ...stripVerbSuffix(form)]);
  const forms = [...firstLayer, ...both];
  // Three letters as written, with no verb prefix or suffix, is as likely a noun (عقد "a contract")
  // as a Form II verb without its shadda (عقّد "complicated"): it gets no verbal noun of its own.
  const asWritten = word.length === 3 ? [] : verbalNouns(word);
  const last = [
    // The third persons' imperfect meets the future the facts may tell it in (تواصل → ستواصل).
    ...[word, ...forms].flatMap((form) => (form.length >= 4 && THIRD_PERSON.test(form) ? [`س${form}`] : [])),
    ...swapPerson(word),
    // Speech drops Form IV's hamza (علنت، طلقوا for أعلنت، أطلقوا): its tenses before the word's own nouns.
    ...formFour(`ا${word}`),
    ...asWritten,
    ...formFour(word),
    ...forms.flatMap((form) => [...swapPerson(form), ...verbalNouns(form)]),
    ...[word, ...forms].flatMap(formOne),
  ];
  return [...new Set([...forms, ...last])].filter((form) => form !== word && form.length >= 2);
}
