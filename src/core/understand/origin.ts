/**
 * "Who published this?", "ما الوسيلة الإعلامية التي استقى منها المقال معلوماته؟", "الخبر ده منقول
 * عن مين؟": a question for the origin of the news, read as a linguist would rather than by a list of
 * phrasings. It asks with a question word (who, which, what, where; مين، ما، اي، انهي، منين) and a
 * word of publishing, transmitting or being the origin, whose object is the news (the report, this
 * story, the information), not a thing the report is about ("where do the chips come from?").
 *
 * The words of origin fall in five classes, each with what its object must be:
 * - a noun of origin (source, origin, مصدر): asks on its own ("report source"), unless it is the
 *   origin of a thing ("chip sources", "مصدر الشرائح"), an open source, or stands in a clause about
 *   things and not the news, where it names a supplier ("مصدر الشرائح الاساسي للنموذج"); a question for
 *   a reason is read before this one ("why is Nvidia the main source for R2" asks why);
 * - a noun for an outlet (site, newspaper, موقع، صحيفة): with a question word;
 * - a verb of publishing (publish, report, break, leak; نشر، طلع، نقل، استقى، سرب، كشف): with a word
 *   asking for its agent, its object not a thing ("ماهي الجهة التي نشرت التقرير");
 * - a verb of transmitting (give, share, say; قال، جاب): with a word asking for its agent, its object
 *   the news ("who gave this information first", "مين اللي قال الكلام ده");
 * - a verb of coming from (come from, based on, relies on; جاي من، من أين، استند إلى): with a question
 *   word or a yes/no opener, the news in the clause and no thing;
 * - a verb of announcing or confirming (announce, confirm; اعلن، اكد): with a yes/no opener, its object
 *   the news ("did deepseek announce this themselves?", "هل اكدت ديب سيك الخبر؟": whether they are its origin).
 *
 * "What" asks for the agent of publishing only with a noun for one ("what website published…"):
 * alone it asks what was published or said, the report's content ("ذا انفورمشين شو نشرت").
 *
 * Reads the words as the reader gives them: lower-case Latin without apostrophes, and Arabic in
 * standard form after `normalizeArabic` with the dialects' question words made standard (منو → مين,
 * شو → ما, وين → اين).
 */

import { oneSlipFrom } from '../search/fuzzy';
import { keepsFirstLetter } from '../text/clitics';
import { ARABIC_LEARNING, ARABIC_TELL_ME, ARABIC_THAT } from './reader-words';
import { isEnglishWord } from './word-frequency';

type OriginClass = 'noun' | 'outlet' | 'publish' | 'transmit' | 'motion' | 'announce';

/** An Arabic word with its attached و / ف, article or preposition, and a pronoun or case ending. */
const arabicWord = (stems: string) => new RegExp(`^(?:و|ف)?(?:ال|بال|لل|ل|ب|ك)?(?:${stems})(?:ا|ه|ها|هم|و|وه|وها|ات|ي|يه)?$`);

const ENGLISH_CLASSES: [OriginClass, ReadonlySet<string>][] = [
  ['noun', new Set(['source', 'sources', 'origin', 'origins'])],
  [
    'outlet',
    new Set(['outlet', 'outlets', 'site', 'website', 'websites', 'newspaper', 'paper', 'publication', 'magazine', 'agency', 'channel', 'publisher', 'media']),
  ],
  [
    'publish',
    new Set([
      'publish',
      'published',
      'publishes',
      'publishing',
      'reported',
      'reporting',
      'broke',
      'break',
      'breaks',
      'leaked',
      'leak',
      'leaks',
      'relayed',
      'relay',
      'relays',
      'posted',
      'cited',
      'cite',
      'cites',
      'citing',
      'quoted',
      'quote',
      'quotes',
      'quoting',
      'originated',
      // Bringing hidden news to light is publishing it ("who dug this story up", "who revealed it"), as كشف is.
      'uncovered',
      'uncover',
      'uncovers',
      'dug',
      'dig',
      'digs',
      'revealed',
      'reveal',
      'reveals',
      'exposed',
      'scooped',
    ]),
  ],
  ['transmit', new Set(['gave', 'give', 'gives', 'given', 'provided', 'provide', 'provides', 'shared', 'share', 'spread', 'said', 'says', 'told', 'brought'])],
  // "From" as an origin, not as a departure ("move away from Nvidia"): see asksAt.
  ['motion', new Set(['from', 'based', 'relies', 'rely', 'relied', 'relying'])],
  ['announce', new Set(['announce', 'announced', 'announces', 'confirm', 'confirmed', 'confirms'])],
];

const ARABIC_CLASSES: [OriginClass, RegExp][] = [
  // Not اصلا, "at all", nor الاصلي, "the original".
  ['noun', /^(?:و|ف)?(?:ال|بال|لل|ل|ب)?(?:مصدر(?:ا|ه|ها|هم|ي)?|اصل(?:ه|ها)?)$/],
  // …and the French words the Maghreb says them with (الجورنال، السيت).
  ['outlet', arabicWord('موقع|صحيفه|جريده|مجله|وكاله|قناه|ناشر|اعلاميه|اعلام|جورنال|سيت|سايت')],
  [
    'publish',
    arabicWord('نشر|نشرت|ينشر|تنشر|اتنشر|نشرو|طلع|طلعت|كشف|كشفت|سرب|سربت|اورد|اوردت|نقل|نقلت|ينقل|تنقل|منقول|منقوله|استقي|استقت|يستقي|تستقي|روي|روت'),
  ],
  // Bringing is transmitting: "جايبين الخبر" brings the news, "جابت سيرة الصين" brings up China.
  ['transmit', arabicWord('قال|قالت|اعطي|اعطت|عطي|جايبين|جايب|جايبه|جبتوا|جاب|جابو|جابت')],
  ['motion', arabicWord('جاي|جايه|جات|جاءت|جا|اتت|اتي|استند|يستند|تستند|استندت|منين|مناين')],
  ['announce', arabicWord('اعلن|اعلنت|اعلنوا|يعلن|تعلن|اكد|اكدت|اكدوا|يوكد|توكد')],
];

/** Verbs "from" follows for an origin: come, get, take, draw. */
const ENGLISH_COMING = new Set(['come', 'came', 'comes', 'coming', 'get', 'got', 'gets', 'getting', 'take', 'took', 'taken', 'draw', 'draws', 'drew', 'drawn']);
/** Who asks for an agent (who, which, where; مين، اي، انهي، منين); what asks for one only of a noun for it ("what website…", "ما الجهة التي…"). */
const ENGLISH_WHO = new Set(['who', 'whom', 'whose', 'which', 'where', 'whos', 'whered']);
const ENGLISH_WHAT = new Set(['what', 'whats']);
const ARABIC_WHO = new Set(['مين', 'اي', 'انهي', 'اين', 'منين', 'مناين', 'ياتو', 'اشمن']);
/**
 * Verbs of knowing, asking and telling, which an indirect question follows (اعرف من…، قلي من…): the
 * asker's learning and being told, and the other persons of knowing and asking (normalised).
 */
const KNOWING = new Set([
  ...ARABIC_LEARNING.split('|'),
  ...ARABIC_TELL_ME.split('|'),
  ...['تعرف', 'يعرف', 'عارف', 'عارفين', 'ادري', 'تدري', 'يدري', 'ندري', 'نسال', 'قولولي', 'خبروني'],
]);
const ARABIC_WHAT = new Set(['ما', 'ماذا', 'ماهي', 'ماهو']);
/** Nouns for whoever publishes: an outlet, or a body ("the entity that published"). */
const ENGLISH_AGENTS = new Set(['entity', 'body', 'organisation', 'organization']);
const ARABIC_AGENTS = arabicWord('جهه|منصه|شركه');
/** A yes/no question's opener: it asks whether the news came from somewhere ("did this come from Reuters?"). */
const ENGLISH_YESNO = new Set(['did', 'does', 'do', 'is', 'was', 'are', 'were']);
const ARABIC_YESNO = new Set(['هل', 'هو', 'هي']);

/** The news: the report and its words, or a pronoun standing for them ("who said this"). */
const ENGLISH_NEWS = new Set([
  'report',
  'reports',
  'article',
  'story',
  'stories',
  'news',
  'info',
  'information',
  'claim',
  'claims',
  'piece',
  'headline',
  'thing',
  'rumor',
  'rumour',
]);
const ENGLISH_POINTERS = new Set(['this', 'that', 'it', 'these']);
const ARABIC_NEWS = arabicWord('خبر|اخبار|تقرير|تقارير|مقال|معلومه|معلومات|كلام|قصه|سالفه|موضوع|اشاعه|اشاعات');
const ARABIC_POINTERS = new Set(['هذا', 'هذه', 'هذي', 'ده', 'دي', 'دا', 'هاد', 'هادا', 'هاي', 'هيدا', 'ذلك']);
/** "that" opening what was said ("مين قال انو ديب سيك…", Maghrebi "شكون قال بلي…"): the claim itself is the object, as a pointer to it is. */
const THAT = new Set(ARABIC_THAT);
/** The report itself speaks rather than being said: "ما قال المقال" asks what it says. */
const ARABIC_REPORT = arabicWord('تقرير|مقال');
/** Things the report is about, which come from suppliers rather than from an outlet. */
const ENGLISH_THINGS = new Set([
  'chip',
  'chips',
  'processor',
  'processors',
  'gpu',
  'gpus',
  'accelerator',
  'accelerators',
  'hardware',
  'silicon',
  'card',
  'cards',
  'model',
  'models',
  'compute',
  'semiconductors',
  'money',
  'funding',
]);
const ARABIC_THINGS = arabicWord('شريحه|شرائح|شرايح|رقاقه|رقائق|معالج|معالجات|مسرع|مسرعات|نموذج|نماذج|موديل|موديلات|كروت');
/** Words before an object's head: articles and possessives; and the prepositions a noun's object comes with ("the source of…", "المصدر الذي نقل عنه"). */
const ENGLISH_ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'all', 'whole', 'original', 'first', 'out']);
const ENGLISH_PREPOSITIONS = new Set(['of', 'for', 'on', 'about', 'behind']);
const ARABIC_ARTICLES = new Set(['اللي', 'الذي', 'التي', 'كل']);
const ARABIC_PREPOSITIONS = new Set(['عن', 'من', 'علي', 'الي', 'حول']);

interface Script {
  words: readonly string[];
  classOf: (word: string, at: number) => OriginClass | null;
  who: (word: string, at: number) => boolean;
  /** A word asking what; or, opening the clause, a word for a name ("name of the site that published it??", "اسم الموقع اللي نشر الخبر؟"): the question word left out. */
  what: (word: string, at: number) => boolean;
  agent: (word: string) => boolean;
  yesno: (word: string) => boolean;
  news: (word: string) => boolean;
  /** News that can be said or given: not the report itself, which is the one saying. */
  said: (word: string) => boolean;
  thing: (word: string) => boolean;
  article: (word: string) => boolean;
  preposition: (word: string) => boolean;
}

/** The words of the English lists one slip from a word (see `oneSlipFrom`). */
const nearListed = oneSlipFrom([...ENGLISH_CLASSES.flatMap(([, set]) => [...set]), ...ENGLISH_NEWS]);

/** The word `holds` last looked up and the listed words it may be a slip for: a word is asked of each list in turn. */
let lookedUp: { word: string; near: readonly string[] } = { word: '', near: [] };

/**
 * Whether `set` holds `word`, or a word one slip from it when both are long enough to carry one
 * and `word` is no English word of its own ("reportd", "pubished", "sorce", "storry"; not "delayed",
 * one slip from "relayed").
 */
function holds(set: ReadonlySet<string>, word: string): boolean {
  if (set.has(word)) return true;
  // Most words of a question are English words: asked first, it spares them the lookup of near words.
  if (lookedUp.word !== word) lookedUp = { word, near: isEnglishWord(word) ? [] : nearListed(word) };
  return lookedUp.near.some((near) => set.has(near));
}

/** The news in English, or a pronoun standing for it: in English what is said and what is news are read from the same words. */
const englishNews = (word: string) => holds(ENGLISH_NEWS, word) || ENGLISH_POINTERS.has(word);

const arabicNews = (word: string) => ARABIC_NEWS.test(word) || ARABIC_POINTERS.has(word);

/** Whether a word names the news or points at it ("this", "the story", "الموضوع ده"), in either script. */
export const pointsAtNews = (word: string): boolean => englishNews(word) || arabicNews(word);

const english = (words: readonly string[]): Script => ({
  words,
  classOf: (word) => ENGLISH_CLASSES.find(([, set]) => holds(set, word))?.[0] ?? null,
  who: (word) => ENGLISH_WHO.has(word),
  what: (word, at) => ENGLISH_WHAT.has(word) || (at === 0 && word === 'name'),
  agent: (word) => ENGLISH_AGENTS.has(word),
  yesno: (word) => ENGLISH_YESNO.has(word),
  news: englishNews,
  said: englishNews,
  thing: (word) => ENGLISH_THINGS.has(word),
  article: (word) => ENGLISH_ARTICLES.has(word),
  preposition: (word) => ENGLISH_PREPOSITIONS.has(word),
});

const arabic = (words: readonly string[]): Script => ({
  words,
  // من أين (from where) is منين in two words.
  // A word shaped فاعل keeps its first letter: "فاصل" (cut off) is no ف + اصل, "واصل" (went on) no و + اصل.
  classOf: (word, at) =>
    word === 'اين' && words[at - 1] === 'من'
      ? 'motion'
      : keepsFirstLetter(word)
        ? null
        : (ARABIC_CLASSES.find(([, pattern]) => pattern.test(word))?.[0] ?? null),
  // من is "who" where it opens the question, or the question a verb of knowing or telling opens
  // ("بغيت اعرف من اللي نشر التقرير"); elsewhere it is "from".
  who: (word, at) => ARABIC_WHO.has(word) || (word === 'من' && (at === 0 || KNOWING.has(words[at - 1]))),
  what: (word, at) => ARABIC_WHAT.has(word) || (at === 0 && word === 'اسم'),
  agent: (word) => ARABIC_AGENTS.test(word),
  yesno: (word) => ARABIC_YESNO.has(word),
  news: arabicNews,
  said: (word) => (ARABIC_NEWS.test(word) && !ARABIC_REPORT.test(word)) || ARABIC_POINTERS.has(word) || THAT.has(word),
  thing: (word) => ARABIC_THINGS.test(word),
  article: (word) => ARABIC_ARTICLES.has(word),
  preposition: (word) => ARABIC_PREPOSITIONS.has(word),
});

/** The head of the object after the word at `at`, past articles (and prepositions, for a noun's object); null: none. */
function objectAfter(script: Script, at: number, prepositions: boolean): string | null {
  for (let i = at + 1; i < script.words.length; i++) {
    const word = script.words[i];
    if (!script.article(word) && !(prepositions && script.preposition(word))) return word;
  }
  return null;
}

/** What a clause holds, in both its scripts. */
interface Clause {
  /** An asking word that stands for an agent (who, which; or what with a noun for one). */
  agentAsked: boolean;
  /** Any asking word, what included. */
  asked: boolean;
  yesno: boolean;
  news: boolean;
  thing: boolean;
}

/** What a source is held to be when it supplies something rather than tells the news. */
const SUPPLIER_QUALITIES: ReadonlySet<string> = new Set(['trusted', 'reliable', 'dependable', 'main', 'primary', 'key', 'preferred']);

/** Whether the word of origin at `at` asks for the origin of the news, by its class. */
function asksAt(script: Script, at: number, cls: OriginClass, clause: Clause): boolean {
  const { words } = script;
  const word = words[at];
  const object = objectAfter(script, at, cls !== 'transmit');
  const objectIsThing = object !== null && script.thing(object);
  switch (cls) {
    case 'noun': {
      // "open source", "مفتوح المصدر", "المصدر المفتوح" name a licence; "chip sources" the suppliers.
      const before = words[at - 1];
      if (before === 'open' || /^(ال)?مفتوح/.test(before ?? '') || /^(ال)?مفتوح/.test(words[at + 1] ?? '')) return false;
      // "a trusted source", "مصدر موثوق", "the main source": a source held to be one names a supplier.
      if (SUPPLIER_QUALITIES.has(before ?? '') || /^(ال)?(موثوق|رييسي|اساسي|اول)$/.test(words[at + 1] ?? '')) return false;
      return !objectIsThing && !(before !== undefined && script.thing(before)) && !(clause.thing && !clause.news);
    }
    case 'outlet':
      return clause.asked && !objectIsThing;
    case 'publish':
      return clause.agentAsked && !objectIsThing;
    case 'transmit': {
      // "مين اللي قال انو…" asks who said it; a question word inside what was said asks of that
      // ("قال انه لازم يكسبوا مين؟", "he said they must win whom?"), not who said it: no asking word
      // before the verb, or none at all (an agent asked with "what" and a noun for one).
      const firstAsking = script.words.findIndex((word, i) => script.who(word, i));
      return clause.agentAsked && object !== null && script.said(object) && firstAsking < at;
    }
    case 'motion':
      // "From" after a verb of coming ("where did it come from"), after the news itself ("is this from
      // Reuters?"; not "it", which may be a chip), or stranded at the end ("where's this story from?").
      if (
        word === 'from' &&
        at < words.length - 1 &&
        ![words[at - 1], words[at - 2]].some((before) => ENGLISH_COMING.has(before ?? '')) &&
        !(script.news(words[at - 1] ?? '') && words[at - 1] !== 'it')
      )
        return false;
      return (clause.asked || clause.yesno) && clause.news && !clause.thing;
    case 'announce':
      // The news within three words after the verb, its subject between in Arabic ("هل اكدت ديب سيك
      // الخبر؟"); not "it", which may be a launch ("did they announce it yet?").
      return clause.yesno && !clause.thing && words.slice(at + 1, at + 4).some((after) => after !== 'it' && script.said(after));
  }
}

/** Whether a question (its normalised Latin and Arabic words) asks where the news comes from. */
export function asksForOrigin(latin: readonly string[], arabicWords: readonly string[]): boolean {
  const scripts = [english(latin), arabic(arabicWords)];
  // Each word's class, read once: an English word is matched against the lists with a slip allowed.
  const classes = scripts.map((script) => script.words.map((word, at) => script.classOf(word, at)));
  // Most questions hold no word of origin: nothing else about them need be read.
  if (classes.every((ofScript) => ofScript.every((cls) => cls === null))) return false;
  const any = (test: (script: Script, word: string, at: number, s: number) => boolean) =>
    scripts.some((script, s) => script.words.some((word, at) => test(script, word, at, s)));
  const agentNoun = any((script, word, at, s) => script.agent(word) || classes[s][at] === 'outlet');
  const clause: Clause = {
    agentAsked: any((script, word, at) => script.who(word, at) || (agentNoun && script.what(word, at))),
    asked: any((script, word, at) => script.who(word, at) || script.what(word, at)),
    yesno: scripts.some((script) => script.words.length > 0 && script.yesno(script.words[0])),
    news: any((script, word) => script.news(word)),
    thing: any((script, word) => script.thing(word)),
  };
  return any((script, _word, at, s) => {
    const cls = classes[s][at];
    return cls !== null && asksAt(script, at, cls, clause);
  });
}
