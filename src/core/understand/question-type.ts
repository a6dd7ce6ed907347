/**
 * What a question asks for, in English, standard Arabic and (once the dialect tables have turned
 * its question words into standard ones) the dialects; and what a fact can answer.
 *
 * Some types ask for an *attribute* — a number, a price, a date, a person's name, a place. Only a
 * fact that carries one can answer them: "how many GPUs does DeepSeek have" is not answered by a
 * fact that merely mentions GPUs. The others say which fact answers best ("why" wants the
 * reason, "who reported" the outlet) without ruling the rest out.
 *
 * Patterns read normalised text: lower-case Latin without apostrophes, and Arabic after
 * `normalizeArabic` (ا for أ إ آ, ه for ة, ي for ى, no hamza on its own).
 */
import { asksForOrigin } from './origin';
import { ARABIC_MADE, ARABIC_ROLES, ARABIC_THAT } from './reader-words';
import {
  ARABIC_SPEECH_NOUNS,
  ARABIC_SPEECH_VERBS,
  ENGLISH_INDIRECT_SPEECH_VERBS,
  ENGLISH_REPORTING_VERBS,
  ENGLISH_SPEECH_NOUNS,
  ENGLISH_SPEECH_VERBS,
} from './speaker';

export type QuestionType =
  | 'money'
  | 'count'
  | 'compare'
  | 'date'
  | 'person'
  | 'place'
  | 'when'
  | 'source'
  | 'why'
  | 'outcome'
  | 'deed'
  | 'speech'
  | 'where'
  | 'name'
  | 'list'
  | 'which'
  | 'who'
  | 'how'
  | 'extent'
  | 'significance'
  | 'yesno'
  | 'what';

const ATTRIBUTES = ['money', 'count', 'compare', 'date', 'person', 'place', 'where', 'when', 'speech'] as const satisfies readonly QuestionType[];
/** A type only a fact carrying that attribute can answer ("where" too: a place, a platform, a market). */
export type AttributeType = (typeof ATTRIBUTES)[number];
export const ATTRIBUTE_TYPES: ReadonlySet<QuestionType> = new Set(ATTRIBUTES);

interface Rule {
  type: QuestionType;
  /** Patterns over the Latin words joined by single spaces. */
  english: RegExp[];
  /** Patterns over the Arabic words joined by single spaces. */
  arabic: RegExp[];
  /** A question in both scripts: pairs of a pattern over its Latin words and one over its Arabic words, both to match ("who is the المتحدث", "مين el CEO"). */
  mixed?: [RegExp, RegExp][];
  /** A reading of the question's Latin and Arabic words as a whole, where a list of patterns would not do. */
  asks?: (latin: readonly string[], arabic: readonly string[]) => boolean;
}

const B = '(?:^| )';
const E = '(?= |$)';
/**
 * The Arabic words the type rules read (سعر، مقر، مدينه، مدير…): the Arabizi reader spells a Latin
 * word as one of them when it can ("fein el ma2ar" مقر, "kam se3r" سعر), as it spells the facts'
 * words, so that a question asking for what the report never gives is read as asking it.
 */
export const ARABIC_CUE_WORDS = new Set<string>();
const cueWords = (words: string) => {
  for (const word of words.split(/[|\s]+/)) if (word) ARABIC_CUE_WORDS.add(word);
  return words;
};
/**
 * A whole Arabic word with its attached و / ف, the article or a preposition (`particles`), and a
 * pronoun or case ending (والسعر، بالسعر، سعرها، موعدًا).
 */
const arabicWord = (words: string, particles = 'ال|ب|بال|لل|ل') => new RegExp(`${B}(?:و|ف)?(?:${particles})?(?:${words})(?:ا|ه|ها|هم|ي|ين|ات)?${E}`);
/** …one a question is read by: a cue word. */
const ar = (words: string) => arabicWord(cueWords(words));

const PERSON_ROLES =
  'ceo|ceos|founder|founders|cofounder|co founder|owner|owners|exec|execs|executive|executives|president|chairman|chairwoman|director|manager|boss|spokesperson|spokesman|spokeswoman|spokespeople|journalist|reporter|author|writer|analyst|head of|lead|leader|leaders';
const ARABIC_PERSON_ROLES = cueWords(
  'رييس|الرييس التنفيذي|مدير|المدير|مدير تنفيذي|موسس|الموسس|متحدث|المتحدث|الناطق|ناطق|صحفي|الصحفي|مراسل|كاتب|الكاتب|مسوول|قايد|القايد|مالك',
);
/** "بالسالفة كلها", "في الموضوع ده", "في قصة ديب سيك", "بهالشي بالضبط", "فيه اصلا" (in it at all): the story itself (whoever's story it is), after a question that names nothing else. */
const IN_THE_STORY = String.raw`(?: (?:(?:في|ب) ?)?(?:ال|هال)?(?:(?:سالفه|موضوع|قصه|حكايه|خبر)(?: \S+){0,2}|شي|هذا|هذي|هاد|هادا|هيدا|ده|دي|كله|كلها|هنا|ضبط|ظبط|زبط|فيه|فيها|اصلا))*`;
/** Not the report itself as the one speaking ("what does the article say about…" asks its content). */
const NOT_THE_REPORT = String.raw`(?!(the |this |that )?(article|report|story|headline|piece|it|news|text)\b)`;
const ARABIC_REPORT_NOUNS = '(مقال|مقالات|تقرير|تقارير|خبر|اخبار|عنوان|نص)';
/** Companies and their kinds: "which companies…" asks for a list, and so does "how many companies…" (the fact naming them all counts them). */
const COMPANY_NOUNS = 'companies|firms|vendors|suppliers|chipmakers|makers|manufacturers|brands';
const ARABIC_COMPANY_NOUNS = 'شركه|شركات|مورد|موردين|مصنع|مصنعين|صانع|صانعي';
/** A company's buildings: where they are is a place ("where are DeepSeek's data centers?"). */
const BUILDINGS = 'data ?cent(er|re)s?|headquarters|hq|offices?|factory|factories|plants?|fabs?|labs?|campus|servers?';
const ARABIC_BUILDINGS = cueWords('مركز|مراكز|مكتب|مكاتب|مصنع|مصانع|مختبر|مختبرات|سيرفرات|خوادم');
/** A group of people or machines: its size is a number ("how big is the team"), unlike a company's ("a giant"). */
const GROUP_NOUNS = 'team|teams|staff|workforce|crew|squad|group|cluster|clusters|fleet';

/**
 * Still using, relying on, in the picture: whether a use goes on, as "keeps using" says it in Arabic
 * (تبقى تخدم، تضل تستخدم، هتفضل تستخدم). Not "still on schedule", "on
 * track", "on time": an idiom of timing, asking whether something is late.
 */
const STILL_USING = String.raw`still (\w+ )?(using|use|uses|used|relying|rely|relies|depending|depend|depends|on(?! (?:schedule|track|time|course)\b)|in the picture|with|around|a thing)|(anymore|any more|no longer)`;
const ARABIC_STILL_USING =
  '(لسه|لسا|لساتها|لسى|مازال|مازالت|ما زال|ما زالت|لا يزال|لا تزال|بعدها|بعده|(?:[تي]|[هحب][تي])(?:بقي|بقا|ضل|ظل|فضل)|س?[تي]واصل) (\\S+ ){0,2}ب?(تستخدم|يستخدم|مستخدم|مستخدمه|مستخدمين|تعتمد|يعتمد|معتمد|معتمده|معتمدين|تشتغل|شغاله|شغالين|مع|معاهم|معها|معهم|معاها|ماسك|ماسكه|ماسكين|متمسك|متمسكه|متمسكين)';

/** What something goes or sells for is its price ("what do ascend chips go for?"), not what it is for. */
const PRICE_VERBS = 'go|goes|sell|sells|selling|sold|retail|retails|retailing';

/** How far something holds: "only", "completely" (see the extent rule). */
const EXTENT_WORDS = 'only|solely|exclusively|completely|entirely|totally|fully|altogether|permanently';

/**
 * English words the type rules read: in an Arabizi message they stay English ("meen el CEO
 * bta3 deepseek"), never read as Arabic.
 */
export const ENGLISH_CUE_WORDS: ReadonlySet<string> = new Set([
  ...PERSON_ROLES.split('|').filter((role) => !role.includes(' ')),
  ...'price prices cost costs revenue subscription dollars usd valuation parameters params date month year percent market share'.split(' '),
  ...EXTENT_WORDS.split('|'),
  // The nouns a reason is asked with ("what's the reason…", "the purpose of…").
  ...'reason reasons purpose motive motivation rationale'.split(' '),
  // …and those a reply is asked with ("whats nvidas respons…": a slip of one is caught).
  ...ENGLISH_SPEECH_NOUNS.split('|').filter((noun) => !noun.includes(' ')),
]);

const PERSON_ROLE = new RegExp(`\\b(${PERSON_ROLES})\\b`);
const ARABIC_PERSON_ROLE = new RegExp(`(?:^| )(?:ال)?(${ARABIC_PERSON_ROLES})(?= |$)`);
/** A name that is his, hers or theirs, as it is asked for ("اسمه ايه؟", "شو اسمو؟"). */
export const PRONOUN_NAMES = 'اسمه|اسمها|اسمهم|اسمو';
/** What a person is called when no role names them: a man, a woman, someone (زلمة، ريال، شخص، واحد). */
const ARABIC_PERSON_NOUNS = 'زلمه|رجال|رجل|راجل|ريال|رايل|شخص|واحد|ست|مره|بنت';

/** Whether the words name a person by their role ("spokesperson", "المتحدث"): what "his name", اسمه, asks of next. */
export function namesPersonRole(latin: string[], arabic: string[]): boolean {
  return PERSON_ROLE.test(latin.join(' ')) || ARABIC_PERSON_ROLE.test(arabic.join(' '));
}

/**
 * Who made, built or started something named right after the verb ("who made deepseek?", "مين عمل
 * ديب سيك؟") or by the Arabic verb's pronoun ("…ومين اللي عملها؟"): its maker, a person when it is a
 * company (see Reader); not what was made ("who made the deal with huawei?").
 */
const ASKS_MAKER =
  /\bwho\b.*\b(?:made|make|makes|created|creates|built|builds|started|starts|set up|established|invented) (?!(?:the|a|an|this|that|it|its|their|them)\b)/;
const ARABIC_ASKS_MAKER = /(?:^| )(?:مين|من|منو|شكون) (?:(?:اللي|الي|الذي) )?(?:عمل|سوي|صنع|انشا|بني|اخترع|اسس|خلق)(?: (?!ال)|(?:ها|ه|هم|و)(?= |$))/;

export function asksMaker(latin: string[], arabic: string[]): boolean {
  return ASKS_MAKER.test(latin.join(' ')) || ARABIC_ASKS_MAKER.test(arabic.join(' '));
}

/**
 * Why the report or people say or call something what they do ("why are people calling the
 * strategy balanced?", "ليش يقولوا الاستراتيجية متوازنة؟") asks what the description rests on:
 * the fact that tells it, not a reason the report gives for something (nor the name "called" asks for).
 */
/** The verbs of saying, calling and describing a description question asks with (يقول، يصف، Levantine بيحكو), without their progressive ب. */
export const ARABIC_DESCRIBING_VERBS = [
  'يقول',
  'يقولون',
  'يسمون',
  'يسمي',
  'يصف',
  'يصفون',
  'يوصف',
  'يوصفون',
  'يوصفو',
  'يتكلم',
  'يتكلمون',
  'يتحدث',
  'يتحدثون',
  'يحكو',
  'يحكوا',
  'حكو',
  'حكوا',
];

const DESCRIPTION_QUESTION = {
  english: [
    // In a direct question ("why are people calling…") or an indirect one ("explain why people are calling…").
    /\bwhy\b(?: (?:do|does|did|are|is|were|was|would|d))?(?: (?:people|they|everyone|everybody|folks|it|the (?:article|report|title|headline|news|piece|author|media)))?(?: (?:are|is|were|was|keep|keeps))? (?:say|says|saying|call|calls|calling|describe|describes|describing|talk|talks|talking)\b/,
    /\bwhy\b (?:is|was|are) (?:it|this|that|the \w+|\w+ \w+) (?:called|described|labeled|labelled)\b/,
  ],
  // (قال "said" only after the report or people, or with no one named before what was said: "ليش قالوا انو
  // الاستراتيجية مرنة" is "why do they say"; "ليش قال المتحدث…" asks why someone named said it.)
  arabic: [
    new RegExp(`(?:^| )لماذا (?:(?:الناس|الكل|الجميع|الخبر|المقال|التقرير|العنوان) )?ب?(?:${ARABIC_DESCRIBING_VERBS.join('|')})(?= |$)`),
    new RegExp(`(?:^| )لماذا (?:(?:الناس|الكل|الجميع|الخبر|المقال|التقرير|العنوان) )?قال (?:${ARABIC_THAT.join('|')})(?= |$)`),
    /(?:^| )لماذا (?:الناس|الكل|الجميع|الخبر|المقال|التقرير|العنوان) قال(?= |$)/,
  ],
};

/** An imperfect verb's prefixes, its progressive or future marker first ("بيأثر", "راح يغير", "غادي تبدل", "سيؤثر"): before its stem. */
const ARABIC_IMPERFECT = '(?:ب|ح|هي|را?ح |غادي |سوف )?(?:ي|ت|سي|ست)?';

/** In precedence order: the first rule that matches gives the type. */
const RULES: Rule[] = [
  {
    // What something signals or says about someone ("what does it mean that deepseek may drop the
    // Ascend plan?", "ماذا يدل تراجعها على استراتيجيتها؟", "وده بيقول ايه عن طريقتها؟"): the reading of
    // it, not the event told again.
    type: 'significance',
    english: [
      /\bwhat (?:does|do|did|would|could|might|can) (?:\S+ ){0,12}?(?:signal|signals|suggest|indicate|imply|reveal about)\b/,
      /\bwhat (?:does|do|did|would) (?:it|this|that) mean (?:that|for|about)\b/,
      /\b(?:a sign|sign) of what\b/,
      // What something leads to or follows from it: its consequence, which the report reads as it reads a sign.
      /\bwhat (?:does|do|did|would|could|might|will|can) (?:\S+ ){0,8}?(?:lead to|result in|bring about)\b/,
      /\bwhat (?:follows|comes) (?:of|from)\b/,
      // How it affects the market or the competition, or its effect there ("how will deepseek's decision
      // affect the market?", "what impact will this have on competition?"): the consequence the report draws.
      // …or whether it does, asked yes or no ("will this change the market?"): the consequence is still what is asked.
      /\b(?:how (?:will|would|could|might|does|do|is|can)|will|would|could|might|does|do|can)\b (?:\S+ ){0,8}?(?:affect|impact|change|shake up|disrupt)\b(?: \S+){0,3} (?:market|markets|competition|industry)\b/,
      /\b(?:effect|effects|impact|impacts) (?:\S+ ){0,6}?on (?:\S+ ){0,2}?(?:market|markets|competition|industry)\b/,
    ],
    arabic: [
      /(?:^| )(?:ماذا|ما|علي ماذا|علي ما) (?:\S+ ){0,8}?(?:يدل|تدل|يعكس|تعكس)(?= |$)/,
      // …and what it points to ("ما الذي يشير إليه احتمال تخلي ديب سيك عن…؟")
      /(?:^| )(?:ماذا|ما|الام|الي ماذا|الي ما)(?: الذي)? (?:يشير|تشير)(?= |$)/,
      /(?:^| )(?:يدل|تدل|يعكس|تعكس) (?:\S+ ){0,8}?(?:علي ماذا|علي ما|ماذا)(?= |$)/,
      /(?:^| )(?:ده|دا|هذا|هاد|هيدا|هذي|دي) (?:يقول|بيقول|تقول|بتقول) (?:ما|ماذا) عن(?= |$)/,
      // What something does to the market or the competition is its effect there ("هالخطوة شو
      // بتعمل بالسوق؟", "شنو راح تسوي بالسوق؟"), not a deed of its own.
      /(?:^| )(?:ما|ماذا) (?:\S+ )?(?:تسوي|يسوي|تعمل|يعمل|تفعل|يفعل|ستفعل|سيفعل)(?: \S+)? (?:في |علي |ب|ل)?(?:ال)?(?:سوق|منافسه)(?= |$)/,
      // …and how it affects them, or its effect there ("كيفاش غادي يأثر هاد القرار على السوق؟", "شو تأثيره على المنافسة؟").
      new RegExp(`(?:^| )(?:كيف|ما|ماذا) (?:\\S+ ){0,3}?${ARABIC_IMPERFECT}(?:اثر|وثر)(?: \\S+){0,6}? (?:علي |ع|في |ب)(?:ال)?(?:سوق|منافسه)(?= |$)`),
      // …or whether it changes something there ("واش هاد الخطوة غادي تبدل شي فالسوق؟", "هل ستغير السوق؟").
      new RegExp(`(?:^| )${ARABIC_IMPERFECT}(?:غير|بدل)(?: \\S+){0,3}? (?:علي |في |ف|ب)?ال(?:سوق|منافسه)(?= |$)`),
      /(?:^| )(?:ال)?تاثير(?:ه|ها|هم)?(?: \S+){0,6}? (?:علي |ع|في |ب)(?:ال)?(?:سوق|منافسه)(?= |$)/,
    ],
  },
  {
    type: 'money',
    english: [
      /\b(price|prices|priced|cost|costs|costing|pay(?! off)|paid(?! off)|paying(?! off)|revenue|revenues|earn|earns|earned|worth|valuation|valued|(?<!\bin )charge|charges|charging|charged|subscription|fee|fees|dollars?|usd|yuan|cheap|cheaper|expensive)\b/,
      // What a company is worth on the market is a sum of money too: its market cap, its shares' price.
      /\b(market (cap|caps|capitalization|capitalisation|value)|marketcap|stock|stocks|share price)\b/,
      // …and its shares going up or down ("are nvidia shares up or doon efter this news?").
      /\bshares (up|down|doon|rise|rising|rose|fall|falling|fell|drop|dropping|dropped|jump|jumped|tank|tanked|tanking|go|going|went)\b/,
      // Whether to buy it ("is $NVDA a buy after this?", "should i sell my nvidia"): its price is what is weighed.
      /\b(a (good |strong )?(buy|sell)|buy the dip|should (i|we) (buy|sell))\b/,
      // What something goes or sells for (PRICE_VERBS).
      new RegExp(String.raw`\b(${PRICE_VERBS}) for\b(?= *$| (about|around|roughly|now|these days|tho|though|exactly)\b)`),
      // What is spent on something: a budget, an investment.
      /\b(budget|budgets|funding|funded|invest|invests|invested|investment|investments|spend|spends|spent|spending)\b/,
      // Whether something is free or paid ("is R2 free?", "free to use", "for free", "a free tier", "freemium"):
      // its price, which only a fact telling one gives; not being free of something ("break free from nvidia").
      /\b(for free|free of charge|freemium|paywall|paywalled)\b|\b(is|are|be|it|s|r2|model|models|app|version|stay|stays|remain|remains) free\b(?! (from|of)\b)|\bfree (to use|version|tier|plan|access)\b/,
    ],
    arabic: [
      ar('سعر|اسعار|سعره|سعرها|تكلفه|تكلف|يكلف|ثمن|كلف|بكام|بشحال|ايرادات|ايراد|اشتراك|الاشتراك|دولار|يوان|ارباح|يدفع|دفعت|اشترت|شرت|يبيع|تبيع|كاتبيع'),
      ar('سهم|اسهم|بورصه|ميزانيه|تمويل|استثمار|استثمارات'),
      // Money in the dialects (فلوس، مصاري), and whether something is free or paid (مجاني، ببلاش، فابور، مدفوع).
      ar('فلوس|مصاري|مجاني|مجانا|مجانيه|ببلاش|بالمجان|فابور|مدفوع|مدفوعه'),
      /(?:^| )(ال)?قيمه (ال)?سوقيه(?= |$)/,
    ],
  },
  {
    type: 'count',
    // A measure is a number too: "how fast is Ascend", "what's R2's benchmark score", "ما سرعة الشريحة".
    // Not size or power: the report answers "how big is Nvidia" in words (a giant), as "the most powerful R2".
    english: [
      new RegExp(String.raw`\bhow (many|much)\b(?! (\w+ )?(${COMPANY_NOUNS})\b)`),
      /\bnumber of\b/,
      new RegExp(String.raw`\b(how (big|large|small)|what size|size of)\b.*\b(${GROUP_NOUNS}|headcount)\b`),
      /\b(count|parameters?|params|percent|percentage|market share)\b/,
      /\bhow (fast|quick|efficient|accurate)\b/,
      // How long something lasts is a number of days or months ("كم مدة…"), which the report never gives;
      // how long until an event is when it comes ("no date yet").
      /\bhow long\b(?! (until|till|til|before|to wait|left)\b)/,
      /\b(speed|speeds|performance|benchmarks?|memory|bandwidth|flops|specs|specifications)\b/,
    ],
    arabic: [
      new RegExp(`${ar('كم|شكد|قديش|قديه|اديش|شحال|قداش|عدد').source}(?! (من )?(ال)?(${ARABIC_COMPANY_NOUNS})${E})`),
      /(?:^| )حجم (ال)?(فريق|طاقم|مجموعه)(?= |$)/,
      ar('باراميتر|معاملات|معامل|بارامترات'),
      /(?:^| )(نسبه مئويه|حصه سوقيه|حصه السوق)(?= |$)/,
      // Not بسرعه, "quickly" ("لخص بسرعة"); ادا is اداء without its hamza.
      /(?:^| )(ال)?(سرعه|ادا|ذاكره|مواصفات|بنشمارك|بنشماركات)(?= |$)/,
    ],
  },
  {
    type: 'compare',
    // "other than", "rather than" compare nothing.
    // …and so does asking which of two is the better, faster or cheaper ("which one is better, deepseek
    // or ernie?"); not which thing is ("which chips are more powerful" names what is chosen among).
    english: [
      /\b(?!other\b|rather\b)(\w+er|better|worse|more \w+|less \w+) than\b/,
      /\b(?:which|who)(?: one| of (?:them|the two|those|these))?(?: (?:is|are|s|was|would be|will be|runs|works|get|gets|has))? (?:better|worse|faster|slower|cheaper|quicker|stronger|weaker)\b/,
    ],
    // The elative right before من compares ("أقوى من", "أحسن بكتير من"); with a noun between, it is
    // a superlative ("أقوى إصدار من R2", the strongest version of R2) and compares nothing.
    arabic: [
      /(?:^| )(افضل|احسن|اسرع|ابطا|اقوي|اضعف|اكبر|اصغر|ارخص|اغلي|اقل|اكثر|اذكي|اعلي) ((بكثير|بكتير|كثير|كتير|شوي|شويه|بشوي|بواجد|برشا|بزاف) )?من(?= |$)/,
      // Which one is the better ("مين احسن هواوي ولا انفيديا؟", "انهي فيهم اسرع؟").
      /(?:^| )(?:مين|منو|اي|انهي|ايهم|ايهما|اياهم|شو|وش) (?:(?:واحد|وحده|فيهم|منهم|فيهما|منهما) )?(?:هو |هي )?(?:افضل|احسن|اسرع|ابطا|اقوي|اضعف|ارخص|اغلي|اذكي)(?= |$)/,
    ],
  },
  {
    type: 'date',
    // "When exactly" asks for a date as much as "which day" does.
    english: [
      /\b(what|which|exact|specific|precise|new|actual|original|initial|planned|scheduled)( \w+){0,3} (date|dates|day|month|year)\b/,
      /\b(date|day|month|year) (exactly|precisely)\b/,
      // …and the date of a past event, asked whether given ("does the article give a date for when The Information published it?").
      /\b(date|day|month|year) (for|of) when ((?!(will|would|gonna|going|can|could|should|might|may|be|is|are)\b)\S+ ){0,4}(published|posted|reported|wrote|broke|appeared|happened|said|sent|started|began)\b/,
      /\bwhen (exactly|precisely)\b/,
      // "when did they say it?", "when was it published?": a past event's time is a date ("when will…" may be answered by "not yet").
      /\bwhen (did|was|were|had)\b|\bwhend\b/,
      // The time now is a clock's, which no report tells ("what time is it in Berlin").
      /\bwhat time is it\b|\bwhat( is|s) the time\b/,
    ],
    arabic: [
      // "ما تاريخ…؟", "التاريخ ايه؟", "شو تاريخه؟" (its date); not "في تاريخ للإطلاق؟" ("is there a date?"), a
      // yes/no question, as "is there a launch date?" is in English.
      new RegExp(`${B}(اي|ما|كم)( \\S+)? (ب|بال|ال)?تاريخ(ه|ها|هم)?${E}`),
      new RegExp(`${B}(ال)?تاريخ(ه|ها|هم)?( \\S+)? (ما|اي|كم)${E}`),
      /(?:^| )(اي|انهي|ما|ايش|شو|وش) (شهر|يوم|سنه|عام)(?= |$)/,
      /(?:^| )(الموعد|موعد) (الجديد|المحدد بالضبط|الاصلي|الاول|الاولي|السابق|القديم)(?= |$)/,
      // "متى كان…", "امتى تم…": a past event's time, as "when was…" ("متى سيطلق" may be answered by "not yet").
      /(?:^| )متي (كان|كانت|كانوا|تم)(?= |$)/,
      /(?:^| )(متي|امتي|ايمتي|وقتاش|فوقاش|شوكت) (بالضبط|بالظبط|تحديدا)(?= |$)/,
    ],
  },
  {
    type: 'person',
    english: [
      new RegExp(`\\b(who|whom|whose|which|name|named|called)\\b.*\\b(${PERSON_ROLES})\\b`),
      // …then who they are; not a who asked inside what they said ("the spokesman talk say america
      // must win who?": whom they must win).
      new RegExp(`\\b(${PERSON_ROLES})\\b.*\\b(name|named|called|who)\\b(?<!\\b(?:say|says|said|told)\\b.*\\bwho)`),
      /\bwho\b.*\b(founded|founder|runs|leads|leading|led|heads|heading|headed|manages|managing|managed|owns|invented|wrote|authored|penned)\b/,
      // "the name of the guy leading the team": a person, however the asker calls them.
      /\b(name|named|called)\b.*\b(guy|guys|person|man|woman|leader|leaders)\b/,
      // "and what's his name?": a name that is his or hers is a person's, or the man's ("wetin be di man im name?").
      /\b(his|her|im)( full| real| actual)? name\b/,
      /\b(guy|man|woman|dude|bloke|fella|lady|person)s? name\b/,
      // "who's the bloke running deepseek?": who a man or woman doing something is asks a person, however called.
      /\bwho( is| s|s)? the (guy|man|woman|dude|bloke|fella|fellow|chap|lady|person) (running|leading|heading|behind|in charge|at the top)\b/,
    ],
    arabic: [
      // Not من أين (from where): "من أين حصل الكاتب على معلوماته" asks where the writer got them;
      // nor من before another noun (شو بدها انفيديا من المطورين… حسب كلام المتحدث؟): "from".
      new RegExp(
        `(?:^| )(مين|من(?! اين)(?! ال(?!(?:${ARABIC_PERSON_ROLES})(?= |$))\\S)|اسم|ما اسم|${PRONOUN_NAMES}) (.* )?(?:ال)?(${ARABIC_PERSON_ROLES})(?= |$)`,
      ),
      // The role first, then its name asked for: "المتحدث بتاع انفيديا اللي قال الكلام ده اسمه ايه؟".
      new RegExp(`(?:^| )(?:و|ف)?(?:ال)?(${ARABIC_PERSON_ROLES}) (.* )?(${PRONOUN_NAMES})(?= |$)`),
      // The name of the man or woman spoken of ("شو اسمو هالزلمة؟", "وش اسمه هالرجال؟").
      new RegExp(`(?:^| )(?:${PRONOUN_NAMES}|اسم) (?:هذا |هاد |هيدا |ده |هل )?(?:ال)?(?:${ARABIC_PERSON_NOUNS})(?= |$)`),
      // Who owns a company ("منو صاحب شركة ديب سيك؟"); not the one behind the news (صاحب الخبر), its source.
      new RegExp(`(?:^| )(مين|من) (هو |هي )?صاحب (?!(ال)?${ARABIC_REPORT_NOUNS}(?= |$))`),
      // Also with the one asked about named as a person ("مين الشخص اللي قاد فريق هواوي؟", "من هو الرجل الذي يدير…").
      new RegExp(
        `(?:^| )(مين|من) (هو |هي )?((ال)?(${ARABIC_PERSON_NOUNS}|مهندس) )?(اللي |الذي |الي )?(كان |كانت )?ب?(اسس|موسس|يدير|يملك|كتب|الف|يقود|قاد|يراس|يتراس|تراس|اشرف|يشرف)(?= |$)`,
      ),
    ],
    mixed: [
      [/\b(who|whom|whose|name|named|called)\b/, ARABIC_PERSON_ROLE],
      // من before what it comes from is "from" ("what did the spokesperson من انفيديا say"), not "who".
      [PERSON_ROLE, new RegExp(`(?:^| )(مين|اسم|${PRONOUN_NAMES}|ما اسم)(?= |$)|(?:^| )من(?=$| (هو|هي|اللي|الي|الذي|التي)(?= |$))`)],
    ],
  },
  {
    type: 'place',
    english: [
      /\b(which|what|in which|in what) (city|cities|country|countries|location|place|region|state|province|data ?cent(er|re)s?)\b/,
      /\b(headquartered|headquarters|hq|located)\b/,
      // "where is it based", "based in…": not "based on" (a source) nor "huawei-based" (built on).
      /\b(is|are|was|were|s) based\b(?! on\b)/,
      /\bbased (in|at|out of)\b/,
      /\bbased$/,
      // "where are Huawei's chips made?": where something is made is a place, which only a fact naming one tells.
      // Not "made" before what it is made into ("where will it be made available?"): a platform, no factory.
      /\bwhere\b.*\b(made(?! (available|public|accessible|open|free)\b)|manufactured|produced|fabricated|fabbed|assembled)\b/,
      // Where a company's buildings are ("where are DeepSeek's data centers?") is a place, as "which city" is.
      new RegExp(String.raw`\bwhere\b.*\b(${BUILDINGS})\b`),
    ],
    arabic: [
      ar('مدينه|المدينه|دوله|الدوله|مقر|مقرها|مركز البيانات|مراكز البيانات|مركز بيانات'),
      /(?:^| )مركز (ال)?بيانات(?= |$)/,
      /(?:^| )(اين|وين|فين|فاين) (\S+ )?(تصنع|يصنع|تتصنع|يتصنع|تنتج|ينتج|مصنوع|مصنوعه)(?= |$)/,
      // "وين مراكز بيانات ديب سيك؟", "فين مكاتبها؟": where its buildings are.
      new RegExp(`(?:^| )(اين|وين|فين|فاين) (\\S+ )?(ال)?(${ARABIC_BUILDINGS})(?= |$)`),
    ],
    // …and across the scripts: "وين el data center?", "where are مراكز البيانات?".
    mixed: [
      [new RegExp(String.raw`\b(${BUILDINGS})\b`), /(?:^| )(اين|وين|فين|فاين)(?= |$)/],
      [/\bwhere\b/, new RegExp(`(?:^| )(ال)?(${ARABIC_BUILDINGS})(?= |$)`)],
    ],
  },
  {
    type: 'when',
    english: [
      // Not "when" joining a clause to a question asked before it ("what did huawei do when R2 got stuck?",
      // as Arabic's لما), unless a verb of knowing or saying asks it ("did they say when R2 launches?").
      /^(?!.*\b(what|whats|who|whos|which|how|why|where|did|does|do|is|are|was|were|will|would|can|could|has|have)\b.*\bwhen\b)(.*\b)?when\b/,
      /\b(know|knows|knew|knowing|say|says|said|saying|tell|tells|told|telling|announce|announces|announced|announcing|mention|mentions|mentioned|mentioning|ask|asks|asked|asking|wonder|wondering|idea|sure|clue|news|word|info|on|about) when\b/,
      /\bwhat time\b/,
      /\bhow (long|soon)\b/,
      // An estimated time, or any date at all, asks when ("R2 eta?", "any date yet?", "any release date?"); "is there a date yet?" asks yes or no.
      /\b(eta|etas|timeline|timeframe|release window)\b/,
      /\bany (\w+ )?dates?\b/,
    ],
    arabic: [
      ar('متي|امتي|ايمتي|وقتاش|فوقاش|شوكت'),
      // …and "any date" opening a question, as in English ("في شي موعد…؟", "فيه تاريخ للاطلاق؟", "كاين شي موعد؟"); after هل, or with "or not" at its end, it asks yes or no.
      /^(?!.* او لا$)(?:في|فيه|فيش|اكو|كاين|كاينه|فما)(?: (?:شي|اي|اشي))? (?:موعد|تاريخ)(?= |$)/,
    ],
  },
  {
    type: 'why',
    english: [
      /\bwhy\b/,
      /\bhow come\b/,
      /\b(reason|reasons|purpose|goal|aim|motive|motivation|rationale)\b/,
      /\bwhat( is|s)?( even| actually| really| exactly)? the (main |real |whole )?(point|idea|benefits?|upside)\b/,
      // …with "what" after it ("the point of grabbing huawei chips is what?"), or the whole point named.
      /\bpoint (of|behind) .+ (is|was) what$/,
      /\bwhole point (of|behind)\b/,
      /\bwhat for\b/,
      // What someone wants from or with something, or hopes to gain by it, is what they do it for.
      /\bwhat (?:do|does|did|is|are) (?:\S+ ){1,3}(?:want|wants|hope|hoping|hopes|aim|aiming|trying) (?:from|out of|with|to (?:get|gain|achieve|reach))\b/,
      /\bfor what\b/,
      // What made or caused something asks its reason ("what made them drop the plan", "what led to the delay").
      /\bwhat (made|makes|caused|causes|led|leads|pushed|drove)\b/,
      // "what are they testing baidu chips for", "what is deepseek using baidu chips for" ask the purpose;
      // "what did they consider using Ascend for" asks the option weighed, a thing, and so does what
      // something was chosen, planned or meant for ("what was Ascend considered for", "what was it planning to use it for");
      // what it is meant for now, with no past tense, is its purpose ("what are the accelerators meant for?");
      // what tells apart the uses of two things ("the difference between what huawei and nvidia chips are used for") asks for their division.
      // …nor what it goes or sells for, its price (PRICE_VERBS).
      new RegExp(
        String.raw`^(?:(?:and|so|but|ok|okay) )*what( is|s| are| r)? (?!.*\b(consider|considered|considering|think\w*|thought|plan\w*|originally|initially|choose|chose|chosen|pick|picked|select|selected|(?<=\b(?:was|were|originally)\b.*)(?:meant|intended|designed)|between|vs|versus|${PRICE_VERBS})\b).+ for( (tho|though|exactly|anyway|then|again|really|actually|even))*$`,
      ),
    ],
    arabic: [
      // …and the good it does them (شنهو الفايدة لهم؟), what it is done for.
      ar('لماذا|ليش|ليه|علاش|لويش|لشو|هدف|الهدف|غرض|الغرض|الغايه|غايه|فايده|الفايده|فائده|الفائده'),
      // What something is used for ("بتستخدم شرايح بايدو في ايه؟", "لإيش تستعملها؟"): its purpose, as in
      // English; not what it was weighed or meant for (كانت ناوية تستخدمه في ايه؟), the option itself.
      /^(?!.*(?:^| )(?:كان|كانت|كانوا|ناوي|ناويه|تفكر|فكرت|درست|تدرس|مخطط|مخططه)(?= |$)).*(?:(?:^| )(?:في|ل) ?(?:ما|ماذا) \S*(?:ستخدم|ستعمل)|(?:^| )\S*(?:ستخدم|ستعمل)\S*(?: \S+){0,4} (?:في|ل) ?(?:ما|ماذا)(?: (?:بالزبط|بالضبط|بالظبط|بالتحديد|تحديدا|يعني|اصلا))*$)/,
      // "for what" closing a clause (…عشان شو بالزبط؟، علشان ايه؟): the purpose; not "so that not" (عشان ما تعتمد).
      /(?:^| )(?:عشان|علشان|مشان|منشان) (?:ما|ماذا|ايه|ايش|اش)(?=(?: (?:بالزبط|بالضبط|بالظبط|بالتحديد|تحديدا|يعني|اصلا|هيك|كده|كدا))*$)/,
      // What is making them do it (ايه اللي مخليهم…، شو اللي خلاهم…): its reason, as "what made them" is.
      /(?:^| )(?:ما|ماذا|ايه|ايش|شو|وش|شنو|اش) (?:اللي|الي|الذي) (?:ب)?(?:مخلي|مخليه|مخليها|مخليهم|خلي|خلاه|خلاها|خلاهم|يخلي|يخليه|يخليها|يخليهم|تخلي|تخليه|تخليها|تخليهم)(?= |$)/,
      // The reason as a noun (ما السبب، سببه ايه), not the preposition بسبب "because of" ("هل تأخر R2
      // بسبب العقوبات؟" asks yes or no), unless a question word is its object (بسبب ايه؟).
      arabicWord(cueWords('سبب|اسباب'), 'ال|لل|ل'),
      // …and what someone wants from or with it ("شو بدها من هالشي؟"، "ايش تبي ديب سيك من هواوي؟"), read
      // in standard form.
      /(?:^| )ما (?:\S+ ){0,2}يريد (?:\S+ ){0,2}(?:من|ب|في|فيه|فيها|فيهم|فيهن|منه|منها|منهم)(?= |$)/,
      // …and in the dialects, what "made" it (خلّى): "شو اللي خلاه يتأخر", "ايه اللي خلى ديب سيك تغير".
      new RegExp(`(?:^| )(?:ما|ماذا|ايش|شو|وش|ايه|شنو|اش)(?: هو)? (?:اللي|الي|الذي) (?:${ARABIC_MADE.join('|')})(?= |$)`),
      new RegExp(`${B}(?:و|ف)?بسبب (?:ماذا|ما|ايش|شو|ايه|وش|شنو|اش)${E}`),
    ],
  },
  // Where the news comes from: a question word and a word of publishing, transmitting or origin whose object is the news (origin.ts);
  // after "why", which asks a reason of a source too ("why is Nvidia the main source for R2").
  { type: 'source', english: [], arabic: [], asks: asksForOrigin },
  {
    type: 'outcome',
    english: [
      /\bwhat (happened|came of|became of|went wrong)\b/,
      /\bhow did (it|that|this|they|the \w+) (go|turn out|work out|end)\b/,
      /\bhowd (it|that|this|they) (go|turn out|work out|end)\b/,
      /\b(pay|paid|pays) off\b/,
      /\b(turn|turned) out\b/,
      /\bwhat( is|s)? (going on|happening|up|the status|the latest) with\b/,
      /\b(work|worked|help|helped|succeed|succeeded) or not\b/,
      // Where something stands or has got to is how it is going, no place ("where do things stand with the ascend plan?").
      /\bwhere (do|does|did|are|is) (\w+ ){1,3}((stand|stands|stood)\b|at( now)?$)/,
    ],
    arabic: [
      // …and where it has got to (وين وصلت خطة Ascend؟، فين وصلات الحكاية؟، لوين صار؟).
      /(?:^| )(?:ل)?(?:اين|وين|فين) (?:وصل|وصلت|وصلوا|وصلو|وصلات|وصلاو|صار|صارت)(?= |$)/,
      /(?:^| )(ما|شو|ايش|وش|ايه|شنو|اش) (صار|حصل|حدث|جري|صاير|حاصل|اللي صار|اللي حصل)(?= |$)/,
      /(?:^| )(حصل|صار|جري) (ما|ايه|ايش|شو)(?= |$)/,
      /(?:^| )(نفع|نفعت|نفعوا|نجح|نجحت|نجحوا|زبط|مازبط|فشل|فشلت)(?= |$)/,
    ],
  },
  {
    // "what did Baidu say?", "did Cambricon respond?", "شو قالت بايدو؟": what someone said, which only a
    // fact reporting their words can tell (not "what does the article say about…": that asks its content).
    // Not علق (commented): Arabizi's "3alaqa" (relation) is spelt علقت too.
    type: 'speech',
    english: [
      new RegExp(String.raw`\bwhat (did|does|do|has|have|is|are|was|were) ${NOT_THE_REPORT}(\w+ ){1,3}(${ENGLISH_SPEECH_VERBS})\b`),
      new RegExp(String.raw`\bwhat (did|does|do) ${NOT_THE_REPORT}(\w+ ){1,3}(${ENGLISH_REPORTING_VERBS})\b`),
      new RegExp(String.raw`\b(did|has|have|does|do) ${NOT_THE_REPORT}(\w+ ){1,3}(respond|reply|comment|react|say anything|mention)\b`),
      // …its auxiliary dropped, as chat asks it: "nvidia say anything about all this?".
      new RegExp(String.raw`^(?!(did|does|do|has|have|is|are|was|were|will|would|can|could)\b)${NOT_THE_REPORT}(\w+ ){1,2}(say|said) (anything|something)\b`),
      // Asked indirectly, with no "did": "wanna know what nvidia said abt all this".
      new RegExp(String.raw`\bwhat ${NOT_THE_REPORT}(\w+ ){1,3}(${ENGLISH_INDIRECT_SPEECH_VERBS})\b`),
      // …or with its auxiliary dropped, as chat and Pidgin ask it: "what nvidia say bout all dis?". Not
      // what the asker or the one asked would say ("what would you say is the point"): that is a frame.
      new RegExp(
        String.raw`\bwhat ${NOT_THE_REPORT}(?!(?:\w+ )*?(?:you|u|i|we|would|could|should|can|will|to|did|does|do|is|are|was|were|has|have)\b)(\w+ ){1,2}(say|tell|respond|reply|comment)\b`,
      ),
      // …and what someone reported or claimed; not what was reported (the report's content).
      new RegExp(String.raw`\bwhat ${NOT_THE_REPORT}(?!(was|were|is|are|been|has|have|had) )(\w+ ){1,3}(reported|claimed)\b`),
      /\bhow did (\w+ ){1,3}(respond|react|reply)\b/,
      // A noun of reply asked for: "what was baidu's response?", "how was nvidia's reaction?".
      new RegExp(String.raw`\b(what|whats|how|hows)\b(.* )?\w+ (${ENGLISH_SPEECH_NOUNS})\b`),
      // …or by itself, whose it is first ("cambricon's reaction to all this?", "any nvidia response?").
      // Not a judgement of it ("nvidia's reply is proper cope").
      new RegExp(
        String.raw`^(?:(?:and|so|but|ok|okay|any) )*\w+ (${ENGLISH_SPEECH_NOUNS})\b(?!.*\b(?:is|was|are|were|reads|read|looks|seems|sounds|feels|felt)\b)`,
      ),
    ],
    arabic: [
      // Not the report as the one saying, after the question word or before it ("هل المقال بيحكي انو…",
      // "التقرير شو بيحكي عن بايدو؟"; does the article say that…): that asks its content.
      new RegExp(
        String.raw`(?<!${ARABIC_REPORT_NOUNS})(?:^| )(ما|ماذا|ايه|ايش|شو|وش|شنو|اش|هل|واش) (?!(ال)?${ARABIC_REPORT_NOUNS} )(\S+ )?(${ARABIC_SPEECH_VERBS})(?! (ال)?${ARABIC_REPORT_NOUNS})(?= |$)`,
      ),
      new RegExp(String.raw`(?<!${ARABIC_REPORT_NOUNS})(?:^| )(${ARABIC_SPEECH_VERBS}) (\S+ )?(ما|ماذا|ايه|ايش|شو|وش)(?= |$)`),
      // Whether someone said anything, as "did nvidia say anything" asks it ("انفيديا قالت حاجة عن الموضوع؟", "قالوا شي؟").
      new RegExp(String.raw`(?<!${ARABIC_REPORT_NOUNS})(?:^| )(${ARABIC_SPEECH_VERBS}) (\S+ )?(?:اي )?(?:شي|اشي|شيء|حاجه)(?= |$)`),
      // Whether someone replied or commented, asked with no question word, as "did nvidia respond to…" is
      // ("انفيديا ردت على الكلام ده؟", "هل علقت بايدو على الخبر؟").
      /^(?:(?:هل|واش) )?(?:\S+ ){0,2}(?:رد|ردت|ردوا|علق|علقت|علقوا)(?: \S+)? (?:علي|عليه|عليها|عليهم)(?= |$)/,
      // A noun of reply with the one replying after it: "شو كان رد هواوي؟", "ردة فعل بايدو ايه؟".
      // Not a mind changed ("غيرت رأيها ولا لأ؟"): that asks whether a plan went on.
      new RegExp(String.raw`(?:^| )(?<!(?:غير|غيرت|غيروا|يغير|تغير|بدل|بدلت|بدلوا) )(${ARABIC_SPEECH_NOUNS}) (?!(علي|عن|في|حول) )\S+`),
    ],
  },
  {
    // "what did Huawei do for R2?", "هواوي عملت ايه؟": what someone did, told by the fact whose subject they are.
    type: 'deed',
    // …and the role someone plays in the story, nothing more named ("what's huawei's role in all this?",
    // "هواوي شو دورها بالسالفة؟"); a role in something named is what it is used for ("huawei's role in the small R2s").
    english: [
      /\bwhat (did|does|do|has|have|will|would|is|are|was|were) (\w+ ){0,3}(do|done|doing)\b/,
      /\b(what|whats)\b (\w+ ){0,3}(role)(?: (?:in|here|there)(?: (?:all|the whole))?(?: (?:this|that|it|story|saga|thing|news|drama))*)?$/,
    ],
    arabic: [
      // The imperfect too: "شو عم تعمل ديب سيك مع هواوي؟" ("what is DeepSeek doing with Huawei?"),
      // and after wanting or meaning to, with the one who wants ("ماذا تريد ديب سيك ان تفعل بها؟", "ما
      // الذي تعتزم ديب سيك فعله؟" with the verbal noun).
      /(?:^| )(ما|ماذا)(?: الذي)? (?:(?:يريد|تريد|يريدون|ينوي|تنوي|ينوون|يعتزم|تعتزم) (?:\S+ ){0,2}?(?:ان )?|\S+ )?(فعل|فعلت|فعلوا|يفعل|تفعل|عمل|عملت|عملوا|يعمل|تعمل|يعملوا|سوت|سوى|يسوي|تسوي|دارت|دار|فعله)(?= |$)/,
      /(?:^| )(فعل|فعلت|فعلوا|عملت|عمل|عملوا|يعمل|تعمل|يعملوا|سوت|سوى|يسوي|تسوي|دارت|دار) (ما|ماذا)(?= |$)/,
      new RegExp(String.raw`(?:^| )(ما|ماذا)(?: \S+)? (${ARABIC_ROLES.join('|')})(?: (?!ال)\S+)?${IN_THE_STORY}$`),
      new RegExp(String.raw`(?:^| )(${ARABIC_ROLES.join('|')})(?: \S+)? (ما|ماذا)${IN_THE_STORY}$`),
    ],
  },
  {
    type: 'where',
    english: [/\bwhere\b/],
    arabic: [ar('اين|وين|فين|فاين')],
  },
  {
    type: 'name',
    // Not name-dropping ("heaps of chip companies getting name dropped"): that is being mentioned.
    english: [
      /\b(name|named|called)\b(?![ -]?(drop|release))/,
      /\bwhat (do|does|did) (\w+ ){1,2}call\b/,
      // Which of a maker's chips ("which huawei chip is deepseek using?", "which baidu chip exactly?"): the chip's
      // name, as "what's the name of huawei's chip" asks it; not which chips by their use or size ("which new chips"),
      // nor which companies' chips (a plural, or a word for a company or a kind).
      /^(?:(?:and|so|but|ok|okay) )*which (?!(?:new|small|smaller|big|bigger|large|larger|main|other|ai|latest|specific|exact|particular|chinese|american|r2|of|the|these|those|their|its|company|firm|gpu|vendor|maker|brand|kind|type|sort)\b)\w+(?<!s) (chip|chips|processor|processors|gpu|gpus|accelerator|accelerators)\b/,
    ],
    // Not باسم: "المتحدث باسم انفيديا" speaks on behalf of Nvidia, it does not ask for a name.
    // …and what they call it, in every person and with its object (شو بيسموا، شو يسموها).
    arabic: [
      // Not "the one called…" (الموديل اللي اسمه R2): a relative clause naming what is asked about.
      /(?<!(?:اللي|الي|الذي|التي))(?:^| )(?:و|ف)?(?:ال)?(اسم|اسمه|اسمها|اسمهم|يسمي|تسمي|يدعي)(?= |$)/,
      /(?:^| )(?:ما|شو|ايش|وش|ايه|شنو|اش) (?:ب)?(?:[يت]سم(?:ي|و|وا|ون|وها|يها|وه|ونه|ونها)|سموها|سموه)(?= |$)/,
    ],
  },
  {
    type: 'list',
    english: [
      // With the copula between ("what are the companies…") as without it.
      new RegExp(String.raw`\b(which|what|names?|list|all|how many)( are| were| r)?( of)? (the )?(other )?(\w+ )?(${COMPANY_NOUNS})\b`),
      /\bwho (else|are the (companies|firms|vendors))\b/,
      /\b(other than|besides|apart from|aside from)\b/,
    ],
    arabic: [
      // The pronoun between in standard Arabic and the dialects: "ما هي"، "شنو هوما"، "شو هني"، "شنو همه";
      // joined to "who" as it is said ("منهم الشركات", "مينهم").
      /(?:^| )(اي|ما|شو|ايش|وش|مين|من|اسما|اشمن|ما هي|ماهي|من هي|مين هي|منهم|مينهم|منهو|مينهو) ((?:هي|هم|هما|هوما|همه|هني|هنن|هنه) )?(ال)?(شركات|موردين|مصنعين)(?= |$)/,
      /(?:^| )(غير|مين غير|من غير) (هواوي|ها)(?= |$)/,
      // A number followed by its noun in the singular, as Arabic counts: "كم شركة", "شحال من شركة".
      new RegExp(`${B}(كم|شكد|قديش|قديه|اديش|شحال|قداش|عدد) (من )?(ال)?(${ARABIC_COMPANY_NOUNS})${E}`),
    ],
  },
  {
    type: 'which',
    // "whose accelerators…" asks which company's.
    // "what" right before a noun of a kind of name is "which" ("what model does it run on nvidia?"), in
    // Arabic too with the article and a relative clause after ("شو الموديل اللي بتشغله…", which model it runs).
    english: [
      /\b(which|whose)\b/,
      /\bwhat (companies|company|firm|firms|vendor|vendors|chip|chips|accelerator|accelerators|model|models|processor|processors|version|versions)\b/,
    ],
    arabic: [ar('اي|انهي|اشمن|ياهو'), /(?:^| )ما (?:ال)?(?:موديل|نموذج|معالج|شريحه|شركه|نسخه|اصدار|مسرع)(?:ات)? (?:اللي|الي|الذي|التي)(?= |$)/],
  },
  {
    type: 'who',
    english: [/\bwho\b/, /\bwhom\b/],
    arabic: [/(?:^| )مين(?= |$)/, /^من(?= )/],
  },
  {
    type: 'how',
    english: [/\bhow\b/],
    arabic: [ar('كيف|شلون|ازاي|كيفاش')],
  },
  {
    // "is it only Huawei?", "is DeepSeek dropping Nvidia completely?", "هل تعتمد على هواوي بس؟": how far
    // something holds, answered by the fact that bounds it (also Baidu; still Nvidia for R2; on hold
    // for now), not by the one that tells it again. Not "just" ("just finished reading…"), nor what
    // the asker did ("I only read the headline"): those ask nothing.
    type: 'extent',
    english: [
      // Not how long an answer may be ("in 2 lines only", "3 sentences max"), nor what it may be about
      // ("catch me up on the R2 problems only, nothing else"): those are said of the reply.
      new RegExp(
        String.raw`^(?!.*\b(i|im|ive|id|we|weve)\b)(?!.*\b(lines?|sentences?|words?|points?|bullets?|paragraphs?) only\b)(?!.*\b(catch|fill) me (up|in)\b|.*\bnothing else\b).*\b(${EXTENT_WORDS}|for good)\b`,
      ),
      // "is it just huawei?", "are they just for the small models?": "just" after the subject of a
      // yes/no question bounds what follows it, as "only" does.
      /^(?:(?:and|so|but|wait|ok|okay) )*(is|are|was|were) (it|this|that|they|these|those) just\b/,
      // Whether a use goes on ("is deepseek still using nvidia?", "is nvidia still in the picture?") asks how
      // far the change goes, in a yes/no question ("what do they still use" asks for a thing).
      new RegExp(String.raw`^(?!.*\b(i|im|ive|id|we|weve|my|me|what|which|who|whom|where|why|when|how)\b).*\b(${STILL_USING})\b`),
    ],
    arabic: [
      // Not of the asker ("انا لسه صاحي ومش مجمع خالص", I'm not awake at all), as in English, nor only
      // wanting to know ("bghit ghir n3ref…", "بدي بس اعرف…": فقط is said of the asking).
      /^(?!.*(?:^| )(انا|احنا|نحن)(?= |$))(?!.*(?:^| )(?:يريد|بدي|ابي|حابب|حابه) فقط(?= ))(?!.*(?:^| )فقط (?:اعرف|نعرف|افهم|نفهم|اسال|نسال)(?= |$)).*(?:^| )(فقط|وحده|وحدها|وحدهم|لوحده|لوحدها|تماما|نهاييا|نهايي|ابدا|كليا|خالص|بالكامل|بالمره|تقتصر|يقتصر|اقتصرت|تكتفي|يكتفي|اكتفت)(?= |$)/,
      // بس is "only" at the end of a clause, before its "or" ("هواوي بس ولا…") or right after it ("…الكبيره ولا بس
      // الصغيره؟"), "but" at its start.
      /(?:^| )بس(?:$| (?:او|ولا|والا)(?= ))|(?:^| )(?:او|ولا|والا) بس(?= )/,
      new RegExp(
        `^(?!.*(?:^| )(ماذا|مين|^من|من(?= (?:هو|هي|اللي|الي|الذي|التي)(?= |$))|اي|انهي|لماذا|ليش|ليه|كيف|متي|اين)(?= |$)).*(?:^| )(${ARABIC_STILL_USING})(?= |$)`,
      ),
    ],
  },
  {
    type: 'yesno',
    english: [
      /^(?:(?:and|also|plus|so|but|ok|okay) )*(is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|may|might|isnt|doesnt|didnt|hasnt|wasnt)\b(?! \w+ing\b)/,
      /\bor (not|nah|no)$/,
    ],
    arabic: [/^(?:و )?(هل|واش|صح)(?= )/, /(او لا|او ما|او ما زال|صح|او شو|او لاء)$/],
  },
];

/** "will R2 be [multimodal]?", "هل سيكون R2 [مجانيا]؟": a copula's complement at the end of a yes/no question, and the like. */
const COPULA_END = [
  // However many words the complement has ("will R2 be available in europe?"), as in Arabic below; not
  // a passive's participle and what follows it ("be released soon", "be trained on huawei chips").
  // ("open", "even", "often" end as participles do, and are none.)
  /\bbe (?!(?!(?:open|even|often)\b)\S+(?:ed|en|wn)\b)(?:\S+ )*(\S+)$/,
  // A passive's participle that ends the question is what is asked of its subject ("were huawei's
  // engineers fired?", "was R2 delayed?"): a fact that does not hold it does not say it.
  // (Not after "be": "is R2 going to be released soon" asks when, as above.)
  /^(?:was|were|is|are|has|have|had|got|get|gets)\b(?: \S+){1,4} (?<!\b(?:be|been) )(\S+(?:ed|en))$/,
  // An adjective asked of a subject with what it is for ("is the deepseek app safe to use?", "is R2
  // free to download?"); not what only frames a verb ("is deepseek going to…", "able to", "about to").
  /^(?:is|are|was|were|isnt|arent)(?: \S+){1,3} (?!(?:going|gonna|able|unable|about|supposed|set|likely|unlikely|ready|due|allowed|trying|planning|expected|meant|starting|beginning|continuing|still)\b)([a-z]+(?<!ing|ed)) to \S+$/,
  // What it is to be released as is asked of it the same way ("will R2 be released as open source?").
  /\b(?:release|released|releasing|launch|launched|launching|ship|shipped|offer|offered|come out|comes out|coming out|came out) as (?:\S+ )*(\S+)$/,
  // What a subject is asked to support is a capability asked of it, as a complement is ("does R2
  // support arabic?", "will R2 support image input?"); this support is no help given.
  /\bsupports? (?:\S+ )*(\S+)$/,
  // So is what it is asked to run on ("will R2 run on mobile?", "هل R2 هيشتغل على الموبايل؟").
  /\bruns? on (?:\S+ )*(\S+)$/,
  /(?:^| )\S*شتغل علي(?: \S+)* (\S+)$/,
  // So is what a maker is asked to make, sell or build ("does huawei make phones?", "هل هواوي بتصنع موبايلات؟").
  /\b(?:make|makes|making|sell|sells|selling|produce|produces|producing|build|builds|building|manufacture|manufactures) (?:\S+ )*(\S+)$/,
  /(?:^| )(?:ب|بت|بي)?(?:تصنع|يصنع|تبيع|يبيع|تنتج|ينتج)(?: \S+)* (\S+)$/,
  // …and so is what it is asked to be run on by someone ("هل اقدر اشغل R2 على موبايلي؟"; in English, "can i run R2
  // on my phone?" is read by the next pattern, what it is asked to run).
  /(?:^| )(?:ا|ت|ي|ن|ب|بت|بي|هت|هي)?شغل(?:ه|ها|هم|و|وا)? (?!علي )(?:\S+ ){1,3}علي(?: \S+)* (\S+)$/,
  // So is what it is asked to run or how to work ("can ascend run chatgpt?", "does R2 work offline?").
  /\b(?:run|runs|running) (?!on\b)(?:\S+ )*(\S+)$/,
  /\b(?:work|works|working) (?:\S+ )*(\S+)$/,
  /(?:^| )(?:يكون|تكون|سيكون|ستكون|يصبح|تصبح|سيصبح|ستصبح|يبقي|تبقي|سيبقي|ستبقي)(?: \S+)* (\S+)$/,
];

/**
 * When, how finally or how surely it holds, said after what is asked ("is R2 gonna run on huawei or
 * nvidia at the end", "is R2 going to be released soon", "هل R2 هيشتغل على هواوي في الاخر؟"): no part
 * of the predicate.
 */
const TRAILING_ADVERBIAL =
  /(?: (?:(?:at|in) the (?:end|long run)|in the long term|eventually|ultimately|finally|after all|at all|for now|for good|anymore|any more|later|soon|then|too|as well|or not|yet|already|again|anytime soon|في (?:ال)?(?:اخر|نهايه)|بال(?:اخر|نهايه)|اخيرا|في الاخير|بعدين|ولا لا|او لا))+$/;

/**
 * When it is to hold, said in a clause of its own after what is asked ("will R2 be open source when
 * it drops?", "once they launch it"): no part of the predicate either. (Its "when" may be gone from
 * the standard form, as a conjunction; the subject pronoun and its verb are left. Arabic's
 * complement is read where it stands, after its subject, whatever follows.)
 */
const TRAILING_TIME_CLAUSE = / (?:(?:when|once|after|whenever) )?(?:it|they) \S+(?: (?:it|out))?$/;

/** What it is likened to, said after what is asked ("will R2 be open source like the earlier models?", "…زي اللي قبله"): no part of the predicate. */
const TRAILING_LIKENESS = / (?:just )?(?:like|unlike|same as|similar to|زي|مثل|متل|كيما|كما)(?: \S+){1,4}$/;

/**
 * The word a yes/no question asks of its subject when it ends on a copula's complement ("will the
 * smaller R2 models be multimodal?") or on what it is asked to support or run on: what is asked,
 * not chatter around it (null: none).
 */
export function askedPredicate(standard: string): string | null {
  const asked = standard.replace(TRAILING_LIKENESS, '').replace(TRAILING_TIME_CLAUSE, '').replace(TRAILING_ADVERBIAL, '');
  for (const pattern of COPULA_END) {
    const match = pattern.exec(asked);
    if (match) return match[1];
  }
  return null;
}

/** Verbs of owning or making something: what follows is what a name is asked to own. */
const HAVING = /^(?:own|owns|build|builds|building|make|makes|making|sell|sells|selling)$/;
/** Having, an auxiliary too ("has said", "had intended"): of owning only before a determiner ("have an ai model", "has its own"). */
const HAVING_AUXILIARY = /^(?:have|has|had|got)$/;
const DETERMINERS = 'a|an|any|its|their|some';
const DETERMINER = new RegExp(`^(?:${DETERMINERS})$`);
/** Words before a possessed noun: determiners, "own", adverbs of degree, and the auxiliaries before the verb ("if baidu is building…"). */
const BEFORE_POSSESSED = new RegExp(`^(?:${DETERMINERS}|the|own|also|too|even|already|really|is|are|was|were|will|be)$`);
/** Where the possessed noun phrase ends: a relative, a preposition, an alternative, an addition. */
const AFTER_POSSESSED = /^(?:that|which|who|like|to|for|of|or|and|too|as|than|with|in|on|now|yet|already)$/;
/** (Normalised: لدى is written لدي.) */
const ARABIC_HAVING = /^(?:عند|عندها|عنده|عندهم|لدي|لديها|لديه|لديهم)$/;
/** Words before a possessed noun in Arabic: "any", "some" ("عندها شي موديل؟", "chi model"), "also". */
const ARABIC_BEFORE_POSSESSED = /^(?:شي|اشي|اي|حتي|كمان|برضو|ايضا)$/;
const ARABIC_AFTER_POSSESSED = /^(?:اللي|الي|الذي|التي|زي|مثل|ولا|او|و|ل|في|على)$/;
const ARABIC_QUESTION_OPENERS = /^(?:هل|ما|ماذا|شو|ايش|وش|شنو|اش|واش|ايه|يا ترى)$/;

/** A name, as the question writes it, and the head noun of what it is asked to have or make. */
export interface Possession {
  owner: string;
  noun: string;
}

/**
 * "is Baidu building its own LLM?", "does baidu make phones too?", "هل عند بايدو نموذج ذكاء اصطناعي؟",
 * "شنو اقوى موديل عند بايدو؟": what a name is asked to have or make (the head noun), which a fact must
 * hold to say it of that name, not merely name it (null: none asked). English puts the head last in its
 * phrase, Arabic first, or before عند when the thing comes first.
 */
export function possessedNoun(standard: string, isName: (word: string) => boolean): Possession | null {
  const words = standard.split(' ');
  for (const [i, word] of words.entries()) {
    if (!isName(word)) continue;
    let at = i + 1;
    while (BEFORE_POSSESSED.test(words[at] ?? '')) at += 1;
    const having = HAVING.test(words[at] ?? '') || (HAVING_AUXILIARY.test(words[at] ?? '') && DETERMINER.test(words[at + 1] ?? ''));
    if (!having) continue;
    const phrase: string[] = [];
    for (at += 1; at < words.length && !AFTER_POSSESSED.test(words[at]); at += 1) if (!BEFORE_POSSESSED.test(words[at])) phrase.push(words[at]);
    if (phrase.length > 0) return { owner: word, noun: phrase[phrase.length - 1] };
  }
  const noun = (word: string | undefined) => word !== undefined && !ARABIC_AFTER_POSSESSED.test(word) && !isName(word);
  /** The first word from `at` on that is no determiner. */
  const nounAt = (at: number) => {
    while (ARABIC_BEFORE_POSSESSED.test(words[at] ?? '')) at += 1;
    return words[at];
  };
  for (const [i, word] of words.entries()) {
    if (!ARABIC_HAVING.test(word)) continue;
    const owner = words[i + 1] ?? '';
    if (isName(owner)) {
      // "اقوى موديل عند بايدو": the thing before عند; "هل عند بايدو نموذج…": the thing after the name.
      const before = words[i - 1];
      if (before !== undefined && !ARABIC_QUESTION_OPENERS.test(before) && !isName(before)) return { owner, noun: before };
      const after = nounAt(i + 2);
      if (noun(after)) return { owner, noun: after };
    } else if (isName(words[i - 1] ?? '')) {
      // "بايدو عندها (شي) موديل…": the name, then عند and the thing.
      const after = nounAt(i + 1);
      if (noun(after)) return { owner: words[i - 1], noun: after };
    }
  }
  return null;
}

/**
 * "is the US export ban the reason deepseek is moving off nvidia?", "هل الحظر هو السبب؟": the reason
 * a question proposes, asked to be confirmed (its head word): a fact that does not hold it does not
 * give that reason, however well it tells another (null: none proposed). Read from the question as
 * typed, normalised: its standard form has lost "reason", a word of its type.
 */
export function proposedReason(typed: string): string | null {
  const english =
    /^(?:(?:so|and|but|wait) )*(?:is|was|are|were) (?:\S+ ){0,3}?(\S+) (?:the |a )?(?:main |real |only )?(?:reason|cause)\b/.exec(typed) ??
    // …or as what drove it ("whether american export restrictions are what pushed deepseek toward huawei").
    /(?:^|\b(?:whether|if) )(?:(?:so|and|but|wait) )*(?:is |was |are |were )?(?:\S+ ){0,3}?(\S+) (?:is |was |are |were )?what (?:pushed|drove|made|led|caused|forced|prompted)\b/.exec(
      typed,
    );
  // Arabic puts the noun before what qualifies it ("الحظر الامريكي"): its first word.
  const arabic =
    /^هل (\S+) (?:\S+ ){0,3}?(?:هو |هي )?(?:ال)?سبب(?= |$)|^(?!(?:ما|ماذا|لماذا|شو|ايش|وش|ايه|شنو|اش) )(\S+) (?:\S+ ){0,3}?(?:هو|هي) (?:ال)?سبب(?= |$)/.exec(
      typed,
    );
  return english?.[1] ?? arabic?.[1] ?? arabic?.[2] ?? null;
}

/**
 * What drove someone to something (ما الذي دفع ديب سيك إلى البحث عن بدائل؟، "what pushed them to…")
 * asks its reason: read before any rule, as دفع is also "paid" (كم دفعت؟), a sum of money.
 */
const DROVE_TO =
  /(?:^| )(?:ما|ماذا|ايش|شو|وش|ايه|شنو|اش)(?: هو)? (?:اللي|الي|الذي) (?:دفع|دفعه|دفعها|دفعهم|يدفع|تدفع|يدفعها|تدفعها|يدفعهم)(?: \S+){1,3}? (?:الي|ل\S+)(?= |$)/;

/** A type's rank among the rules: lower is more telling ("which month" says more than "when"). */
export function precedence(type: QuestionType): number {
  const index = RULES.findIndex((rule) => rule.type === type);
  return index < 0 ? RULES.length : index;
}

/** Whether a question asks why the report or people describe something as they do (see DESCRIPTION_QUESTION). */
export function asksDescription(latin: string[], arabic: string[]): boolean {
  return (
    DESCRIPTION_QUESTION.english.some((pattern) => pattern.test(latin.join(' '))) ||
    DESCRIPTION_QUESTION.arabic.some((pattern) => pattern.test(arabic.join(' ')))
  );
}

/** The type of a question, from its normalised Latin and Arabic words. */
export function questionType(latin: string[], arabic: string[]): QuestionType {
  const english = latin.join(' ');
  const arabicText = arabic.join(' ');
  if (asksDescription(latin, arabic)) return 'what';
  if (DROVE_TO.test(arabicText)) return 'why';
  for (const rule of RULES) {
    if (rule.english.some((pattern) => pattern.test(english)) || rule.arabic.some((pattern) => pattern.test(arabicText))) return rule.type;
    if (rule.mixed?.some(([latinPattern, arabicPattern]) => latinPattern.test(english) && arabicPattern.test(arabicText))) return rule.type;
    if (rule.asks?.(latin, arabic)) return rule.type;
  }
  return 'what';
}

// ---- What a fact can answer --------------------------------------------------------------

/**
 * A division of the work, one thing for one part and another for the rest ("Huawei chips for the
 * smaller models, Nvidia for the larger"; "هواوي للنماذج الصغيرة، وإنفيديا للنماذج الكبيرة"): what
 * tells two things apart, and how far each goes. Not one thing for two ("…for R2, and for its larger
 * models"): a conjunction stands where the second thing would.
 */
const DIVISION = [/\bfor\b[^.;]*, (?!(?:and|or|but|also)\b)\w+ for\b/i, /(?:^| )ل\S+[^.;]*، و\S+ ل\S+/];

/** Whether a fact's texts (English, normalised Arabic) tell a division of the work (see DIVISION). */
export const tellsDivision = (texts: readonly string[]): boolean => texts.some((text) => DIVISION.some((pattern) => pattern.test(text)));

/** A town a fact names: what a question for a city or a headquarters asks (see asksTown). */
const TOWN_NAMED = [/\b(beijing|shanghai|hangzhou|shenzhen|santa clara)\b/i, arabicWord('بكين|شنغهاي|هانغتشو|شنتشن')];
/** "Which city?", "headquarters", "مقر", "اي مدينه": a town asked for, which a fact naming only a country ("China") does not give. */
const TOWN_ASKED = [/\b(city|cities|town|towns|headquarters|headquartered|hq|capital)\b/, arabicWord('مدينه|مدن|مقر|عاصمه')];

/** Whether a place question (its standard form) asks for a town, not a country (see TOWN_ASKED). */
export const asksTown = (standard: string): boolean => TOWN_ASKED.some((pattern) => pattern.test(standard));
/** Whether a fact's texts (English, normalised Arabic) name a town. */
export const namesTown = (texts: readonly string[]): boolean => texts.some((text) => TOWN_NAMED.some((pattern) => pattern.test(text)));

/** Evidence in a fact's own text (English and Arabic sides) that it answers a type. */
const FACT_EVIDENCE: Partial<Record<QuestionType, RegExp[]>> = {
  money: [/[$€£¥]|\b(dollars?|yuan|euros?|price|priced|costs?|revenue|paid)\b/i, arabicWord('دولار|يوان|يورو|سعر|تكلفه|ايرادات')],
  count: [
    /\b\d+(\.\d+)?\b(?!\w)|\b(two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?)\b/i,
    arabicWord('اثنان|اثنين|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثمان|ثماني|تسع|تسعه|عشر|عشره|مئه|مايه|الف|مليون|مليار'),
  ],
  // A fact listing three names ("Huawei, Baidu and Cambricon") answers "which companies…".
  list: [/\b[A-Z][\w-]*, [A-Z][\w-]*,? and [A-Z][\w-]*/],
  compare: [/\bthan\b/i, /(?:^| )(افضل|احسن|اسرع|اقوي|اكبر|اصغر|ارخص|اغلي|اقل|اكثر) من(?= |$)/],
  // A month or day by its capitalised name ("May" the month, never "may" the verb), a year.
  date: [
    /\b(January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|(19|20)\d\d)\b/,
    /\bMay \d|\b(in|on|by|since|until|of) May\b/,
  ],
  person: [/\b(mr|ms|mrs|dr)\.? [A-Z]/],
  place: [/\b(china|chinese|america|american|u\.s\.|taiwan|japan|europe|worldwide|world)\b/i, arabicWord('الصين|امريكا|اميركا|العالم'), ...TOWN_NAMED],
  // …and a consequence the report draws: left to speculation, opening the way to something.
  significance: [
    /\b(?:as a sign|a sign that|signals?|shows? how|reads? [^.]* as|open to speculation|open the way)\b/i,
    arabicWord('علامه|مؤشر|يدل|تدل|يعكس|تعكس|تكشف|يكشف|يقرا|تخمين|يفتح'),
  ],
  when: [
    // A time, a date, a delay or a schedule; not what is only still to come ("upcoming", "not
    // launched yet", القادم، لم يطلق بعد), which says nothing of when.
    // Not "when" before a gerund ("swapping chips when training its models"): a conjunction, telling no time.
    /\b(when(?! \w+ing\b)|date|delayed|postponed|launch|for now|for the time being|on hold|time being)\b/i,
    arabicWord('موعد|تاجيل|تاجل|موقتا|موقت'),
  ],
  why: [
    /\b(so that|so it|so as to|in order to|because|since|due to|as a result|reason|aims?|goal|wants?|hopes?|hoped|trusted|dependable|as part of|strategy of|purpose|is to)\b/i,
    // Using or sending something to do something: a purpose ("will use Ascend to train…").
    /\b(use|uses|using|used|sent|send|sends)\b.* to [a-z]+/i,
    arabicWord('حتي|كي|لكي|بهدف|الغايه|الغرض|بسبب|لان|لانها|سعيا|تريد|رغبه|موثوق|ضمن|يندرج'),
    /(?:^| )في اطار(?= |$)/,
  ],
  outcome: [
    /\b(on hold|shelve|shelved|drop|dropped|abandon|postponed|delayed|fell short|did not|didn't|failed|succeeded|results?|pause|paused)\b/i,
    arabicWord('تجمد|تجميد|تخلي|تاجيل|تاجل|لم تحقق|فشل|نجح|النتايج|نتايج|تراجع|تعثر'),
  ],
  // Words reported as said: a statement, a spokesperson, a reply.
  speech: [
    // Or relayed from someone who reported it: "according to The Information, …", "وفقًا لتقرير…".
    /\b(said|says|told|spokesperson|spokesman|statement|remarks|responded|responding|commented|according to)\b/i,
    arabicWord('قال|قالت|اضاف|اضافت|متحدث|صرح|صرحت|تصريح|تصريحات|علق|علقت|ردا'),
    /(?:^| )(وفقا|بحسب|حسب)(?= |$)/,
  ],
  where: [/\b(platform|worldwide|world|china|america|places?)\b/i, arabicWord('منصه|منصتها|العالم|الصين|الاماكن')],
  // What bounds a claim: others too, in spite of, still, mainly, for now.
  extent: [
    /\b(not only|also|as well|despite|still|keeps? (using|relying|working)|continues?|mainly|mostly|for now|for the time being)\b/i,
    // A division of the work tells how far each part goes.
    ...DIVISION,
    /(?:^| )(ايضا|كذلك|رغم|برغم|ستواصل|تواصل|يواصل|لا تزال|ما زالت|مازالت|اساسا|موقتا|الوحيد|الوحيده)(?= |$)/,
  ],
};

/** The kinds a fact's own text can show it answers (the outlet, named in it; a name of the kind asked, see name-kinds.ts; a deed of its subject). */
export const TEXT_KINDS: ReadonlySet<QuestionType> = new Set([...(Object.keys(FACT_EVIDENCE) as QuestionType[]), 'source', 'name', 'deed']);

/**
 * Types a fact answers, read from its text; `aliasTypes` are the types of the questions it was
 * given as aliases. Not "why": an alias asking why about the fact ("why is it called a strategic
 * shift?") does not make it the reason for the event it tells; only its own words give one.
 */
export function factAnswers(texts: string[], aliasTypes: QuestionType[], mentionsOutlet: boolean): Set<QuestionType> {
  const answers = new Set<QuestionType>(aliasTypes.filter((type) => type !== 'what' && type !== 'yesno' && type !== 'how' && type !== 'why'));
  for (const [type, patterns] of Object.entries(FACT_EVIDENCE) as [QuestionType, RegExp[]][]) {
    if (texts.some((text) => patterns.some((pattern) => pattern.test(text)))) answers.add(type);
  }
  if (mentionsOutlet) answers.add('source');
  return answers;
}
