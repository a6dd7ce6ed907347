/**
 * Dialect Arabic to standard Arabic, word by word, in the manner of Lucene's analyzers: each
 * rule small, named and tested on its own. People ask in Egyptian, Levantine, Gulf, Iraqi and
 * Maghrebi Arabic; the facts are written in standard Arabic. Two kinds of rule meet them:
 *
 * - word tables, one per dialect group: its question words, negation, future and progressive
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

/** A dialect word, and the standard word it stands for ('' for a marker that carries no topic). */
export type WordTable = Record<string, string>;

export interface DialectGroup {
  name: 'egyptian' | 'levantine' | 'gulf' | 'iraqi' | 'maghrebi';
  questionWords: WordTable;
  negation: WordTable;
  /** Future and progressive markers written as words of their own (رح، عم، غادي، قاعد، دا). */
  aspect: WordTable;
  possessives: WordTable;
  verbs: WordTable;
  /** Other everyday words that stand for a standard one (لسه → ما زال, هلق → الآن). */
  words: WordTable;
}

/**
 * The standard question words every dialect maps to. They are stop-words for retrieval; the
 * question-type rules read them.
 */
export const STANDARD = {
  what: 'ما',
  why: 'لماذا',
  when: 'متى',
  where: 'اين',
  /** Not من, which is also the preposition "from": the dialects' مين/منو/شكون all meet here. */
  who: 'مين',
  howMany: 'كم',
  how: 'كيف',
  which: 'اي',
  yesNo: 'هل',
  not: 'لا',
} as const;

const S = STANDARD;

export const EGYPTIAN: DialectGroup = {
  name: 'egyptian',
  questionWords: {
    ايه: S.what,
    إيه: S.what,
    ليه: S.why,
    امتى: S.when,
    إمتى: S.when,
    فين: S.where,
    مين: S.who,
    كام: S.howMany,
    بكام: S.howMany,
    ازاي: S.how,
    إزاي: S.how,
    انهي: S.which,
    إنهي: S.which,
    // "على Nvidia ولا Huawei؟": the dialects' "or" (standard ولا is "nor", which questions do not use).
    ولا: 'او',
  },
  negation: { مش: S.not, مفيش: S.not, مافيش: S.not },
  aspect: { هـ: '', حـ: '' },
  possessives: { بتاع: '', بتاعة: '', بتاعت: '', بتوع: '', بتاعهم: '', بتاعها: '' },
  verbs: {
    عايز: 'يريد',
    عاوز: 'يريد',
    عايزة: 'يريد',
    عايزين: 'يريد',
    بعت: 'ارسل',
    بعتت: 'ارسلت',
    بعتوا: 'ارسلوا',
    شاف: 'راى',
    عمل: 'فعل',
    عملت: 'فعلت',
    عملوا: 'فعلوا',
    ساب: 'تخلي',
    يسيب: 'يتخلي',
    هيسيب: 'يتخلي',
    جرب: 'اختبر',
    ينزل: 'يطلق',
    نزل: 'اطلق',
    تنزل: 'تطلق',
    بيقول: 'يقول',
    هيطلع: 'يطلق',
    هتسيب: 'تتخلي',
    تسيب: 'تتخلي',
    بطل: 'توقف',
    هتبطل: 'تتوقف',
    تبطل: 'تتوقف',
  },
  words: {
    لسه: 'ما زال',
    دلوقتي: 'الان',
    دلوقت: 'الان',
    كده: 'هكذا',
    اللي: 'الذي',
    ده: 'هذا',
    دي: 'هذه',
    دول: 'هؤلاء',
    برضو: 'ايضا',
    كمان: 'ايضا',
    بالظبط: 'بالضبط',
    حاجة: 'شيء',
    كروت: 'شرائح',
    خالص: 'تماما',
    تانيين: 'اخري',
    تانية: 'اخري',
  },
};

export const LEVANTINE: DialectGroup = {
  name: 'levantine',
  questionWords: { شو: S.what, ليش: S.why, إيمتى: S.when, ايمتى: S.when, وين: S.where, قديش: S.howMany, قديه: S.howMany, كيف: S.how, اديش: S.howMany },
  negation: { مش: S.not },
  aspect: { رح: '', راح: '', عم: '', عما: '' },
  possessives: { تبع: '', تبعت: '', تبعها: '', تبعو: '', تبعه: '', تبعون: '', تبعهن: '' },
  verbs: {
    بدي: 'يريد',
    بدو: 'يريد',
    بدها: 'يريد',
    بدهن: 'يريد',
    بدهم: 'يريد',
    بدون: 'يريد',
    حكى: 'قال',
    حكت: 'قالت',
    اجا: 'جاء',
    إجا: 'جاء',
    زبط: 'نجح',
    مازبط: 'فشل',
    ضل: 'بقي',
    ضلت: 'بقيت',
    تضل: 'تبقي',
    يضل: 'يبقي',
    يطلع: 'يطلق',
  },
  words: {
    هلق: 'الان',
    هلا: 'الان',
    هلأ: 'الان',
    لسا: 'ما زال',
    لسه: 'ما زال',
    هيك: 'هكذا',
    كتير: 'كثير',
    منيح: 'جيد',
    يلي: 'الذي',
    هاد: 'هذا',
    هيدا: 'هذا',
    هيدي: 'هذه',
    زغيرة: 'صغيرة',
    زغير: 'صغير',
    زغار: 'صغار',
  },
};

export const GULF: DialectGroup = {
  name: 'gulf',
  questionWords: { وش: S.what, وشو: S.what, ايش: S.what, إيش: S.what, شنو: S.what, منو: S.who, شلون: S.how, ليش: S.why },
  negation: { مب: S.not, مو: S.not, ماهو: S.not },
  aspect: { قاعد: '', قاعدين: '', قاعدة: '', جالس: '' },
  possessives: { حق: '', حقت: '', حقه: '', حقها: '', حقهم: '' },
  verbs: {
    ابغى: 'يريد',
    ابي: 'يريد',
    أبي: 'يريد',
    يبي: 'يريد',
    تبي: 'يريد',
    يبغى: 'يريد',
    تبغى: 'يريد',
    سوى: 'فعل',
    سوت: 'فعلت',
    يسوي: 'يفعل',
    يسوون: 'يفعلون',
    تسوي: 'تفعل',
    نفعوا: 'نجحوا',
    نافعين: 'ناجحين',
  },
  words: { صج: 'حقا', زين: '', طاري: 'ذكر', الحين: 'الان', ذي: 'هذه', هذي: 'هذه', وايد: 'كثير' },
};

export const IRAQI: DialectGroup = {
  name: 'iraqi',
  questionWords: { شنو: S.what, شكو: S.what, ليش: S.why, لويش: S.why, شوكت: S.when, منو: S.who, شكد: S.howMany, شلون: S.how, ياهو: S.which },
  negation: { مو: S.not, ماكو: S.not },
  aspect: { دا: '', راح: '', رح: '' },
  possessives: { مال: '', مالت: '', مالته: '', مالها: '', مالهم: '' },
  // ش glued to a verb asks "what": شصار "what happened", شقال / شكال "what did he say" (گ typed as ك).
  verbs: {
    دز: 'ارسل',
    دزت: 'ارسلت',
    دزوا: 'ارسلوا',
    شقالت: 'ما قالت',
    شقال: 'ما قال',
    شكالت: 'ما قالت',
    شكال: 'ما قال',
    شصار: 'ما صار',
    شسوت: 'ما فعلت',
    شسوى: 'ما فعل',
    يريد: 'يريد',
    سوى: 'فعل',
  },
  words: {
    هسه: 'الان',
    هسة: 'الان',
    هواية: 'كثير',
    ويه: 'مع',
    وياهم: 'معهم',
    وياه: 'معه',
    لو: 'او',
    هالشي: 'هذا',
    ماكو: 'لا يوجد',
    اكو: 'يوجد',
    محد: 'لا احد',
  },
};

export const MAGHREBI: DialectGroup = {
  name: 'maghrebi',
  questionWords: {
    شنو: S.what,
    شنهو: S.what,
    أشنو: S.what,
    اش: S.what,
    أش: S.what,
    واش: S.yesNo,
    علاش: S.why,
    وقتاش: S.when,
    فوقاش: S.when,
    فاش: S.when,
    فين: S.where,
    شكون: S.who,
    شحال: S.howMany,
    بشحال: S.howMany,
    قداش: S.howMany,
    كيفاش: S.how,
    اشمن: S.which,
  },
  negation: { ماشي: S.not, مشي: S.not, موش: S.not },
  aspect: { غادي: '', غادية: '', غاديين: '', باش: '', بش: '' },
  possessives: { ديال: '', ديالها: '', ديالو: '', ديالهم: '', ديالي: '', نتاع: '', متاع: '', متاعها: '' },
  verbs: {
    بغا: 'يريد',
    بغات: 'يريد',
    بغاو: 'يريد',
    بغيت: 'يريد',
    دار: 'فعل',
    دارت: 'فعلت',
    دارو: 'فعلوا',
    وقع: 'حدث',
    صيفط: 'ارسل',
    صيفطات: 'ارسلت',
    صيفطو: 'ارسلوا',
    عاون: 'ساعد',
    عاونات: 'ساعدت',
    تعاون: 'تساعد',
    خدام: 'يستخدم',
    خدامة: 'تستخدم',
    خدامين: 'يستخدمون',
    تخدم: 'تستخدم',
    يخدم: 'يستخدم',
    يخدمو: 'يستخدم',
    خدمو: 'استخدموا',
    لغاوها: 'الغت',
    لغاو: 'الغت',
    يخرج: 'يطلق',
    خرج: 'اطلق',
    تنقص: 'تقلل',
    ينقص: 'يقلل',
    نقص: 'تقليل',
  },
  words: {
    دابا: 'الان',
    توا: 'الان',
    بزاف: 'كثير',
    هادشي: 'هذا',
    هاد: 'هذا',
    هادي: 'هذه',
    باقا: 'ما زال',
    باقي: 'ما زال',
    مازال: 'ما زال',
    خرين: 'اخري',
    اخرين: 'اخري',
    كاين: 'يوجد',
    كاينة: 'يوجد',
    كاينين: 'يوجد',
    جملة: 'تماما',
    كولشي: 'كل',
    كلش: 'كل',
  },
};

export const DIALECT_GROUPS: DialectGroup[] = [EGYPTIAN, LEVANTINE, GULF, IRAQI, MAGHREBI];

/** Markers written as prefixes (هـ, حـ) are morphology, not table words; the tables skip them. */
const isPrefixMarker = (word: string) => word.endsWith('ـ');

type Part = 'questionWords' | 'negation' | 'aspect' | 'possessives' | 'verbs' | 'words';

function tableOf(parts: Part[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const group of DIALECT_GROUPS) {
    for (const part of parts) {
      for (const [dialect, standard] of Object.entries(group[part])) {
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
const THIRD_PERSON = /^[يتن]/;

/**
 * Progressive and future prefixes on an imperfect verb: Egyptian and Levantine ب (بيستخدم),
 * Egyptian and Levantine ه / ح (هيستخدم، حيشتغل), Levantine عم written together (عمبيشتغل),
 * Maghrebi كا / تا (كاتجرب، تايخدم), Iraqi د (ديجرب), Gulf and Levantine بـ future (بيسوي).
 */
export function stripAspectPrefix(word: string): string[] {
  const found: string[] = [];
  for (const prefix of ['عمب', 'عم', 'كا', 'تا', 'ب', 'ه', 'ح', 'د']) {
    const rest = word.slice(prefix.length);
    if (word.startsWith(prefix) && rest.length >= 3 && IMPERFECT_PERSON.test(rest)) found.push(rest);
  }
  return found;
}

/** Egyptian and Levantine passive اتـ / انـ (اتأجل، اتلغت، انباع) → the Form V verb and the bare verb. */
export function stripPassivePrefix(word: string): string[] {
  if (word.length < 5 || !(word.startsWith('ات') || word.startsWith('ان'))) return [];
  return [word.slice(1), word.slice(2)];
}

/** The negation circumfix ما…ش (ماعرفتش، مابيستخدموش) and a lone final ش (مبيستخدمش). */
export function stripNegation(word: string): string[] {
  if (word.length < 5 || !word.endsWith('ش')) return [];
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
 * (افتعل) → افتعال; Form III (فاعل) → مفاعلة.
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
  return found;
}

/**
 * The forms an unknown dialect word may stand for, most likely first: each rule above alone,
 * then prefix and suffix rules together, then the person and verbal-noun rules on all of those.
 * The caller keeps the first form the facts use.
 */
/** A preposition joined to a word (لسوق، بخطة، كمصدر): the word alone. */
export function stripPreposition(word: string): string[] {
  return word.length >= 4 && /^[لبكف]/.test(word) ? [word.slice(1)] : [];
}

export function dialectStemCandidates(word: string): string[] {
  const firstLayer = [...stripNegation(word), ...stripPassivePrefix(word), ...stripAspectPrefix(word), ...stripVerbSuffix(word), ...stripPreposition(word)];
  const both = firstLayer.flatMap((form) => [...stripAspectPrefix(form), ...stripVerbSuffix(form)]);
  const forms = [...firstLayer, ...both];
  const last = [word, ...forms].flatMap((form) => [...swapPerson(form), ...verbalNouns(form)]);
  return [...new Set([...forms, ...last])].filter((form) => form !== word && form.length >= 2);
}
