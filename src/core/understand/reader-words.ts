/**
 * The words the reader reads a clause by, beside the dialect and Arabizi tables: words a question
 * type was read from, words about the report itself, topic frames, chat shorthand, question words,
 * and the articles and prefixes glued to a word.
 */

/** The dialects' causative خلّى "made" with its objects, as "شو اللي خلاه يتأخر" asks why with it (normalised). */
export const ARABIC_MADE = ['خلي', 'خلا', 'خلاه', 'خلاها', 'خلاهم', 'خلاهن', 'خلاني'];
/** دور "role" with a pronoun on it, as normalised: its, his or their role. */
export const ARABIC_ROLES_OF_SOMEONE: readonly string[] = ['دورها', 'دوره', 'دورهم', 'دورهن'];
/** دور "role", bare, with its article, or with a pronoun. */
export const ARABIC_ROLES: readonly string[] = ['دور', 'الدور', ...ARABIC_ROLES_OF_SOMEONE];

/**
 * Words a question type was read from, which then say nothing more about the topic: "what's the
 * *reason*", "which *month* *exactly*", "ما *اسم*".
 */
export const TYPE_WORDS = new Set([
  'reason',
  'reasons',
  'purpose',
  'point',
  'idea',
  'goal',
  'aim',
  'exactly',
  'exact',
  'precisely',
  'specific',
  'month',
  'months',
  'day',
  'days',
  'year',
  'years',
  'name',
  'named',
  'called',
  'main',
  'actually',
  'even',
  'still',
  'when',
  'outlet',
  'role',
  'part',
  'difference',
  'differ',
  'relation',
  'relationship',
  'deal',
  'kind',
  'sort',
  'type',
  'status',
  'happened',
  'happening',
  'going',
  'latest',
  'سبب',
  'السبب',
  'هدف',
  'الهدف',
  'غرض',
  'الغرض',
  'الغايه',
  // What "made" it (شو اللي خلاه…), "made" and "caused" in English.
  ...ARABIC_MADE,
  'made',
  'caused',
  'بالضبط',
  'بالظبط',
  'ظبط',
  // Levantine says ض as ز here ("بالزبط"); its زبط alone is the verb "worked out".
  'بالزبط',
  'تحديدا',
  'شهر',
  'يوم',
  'سنه',
  'اسم',
  'اسمه',
  'اسمها',
  'ايش',
  'متي',
  'امتي',
  'ايمتي',
  'وقتاش',
  'فوقاش',
  'شوكت',
  'علاقه',
  'دور',
  'دورها',
  'دوره',
  'دخل',
  'دخلها',
  'دخله',
  'الفرق',
  'فرق',
  'نوع',
  'صار',
  'حصل',
  'صاير',
  'حاصل',
  'جري',
  'companies',
  'company',
  'firms',
  'brands',
  'makers',
  'manufacturers',
  'شركات',
  'الشركات',
  'اسما',
]);

/**
 * The verbs "what did/does X do" asks with, in standard Arabic and the dialects (عمل، سوى، دار):
 * in a question for someone's deed they say nothing more about the topic, as "do" says nothing in
 * English; read as a topic, "do" meets the facts' يعمل, "works" ("a model working on Huawei chips").
 */
export const DEED_WORDS = new Set([
  'فعل',
  'فعلت',
  'فعلوا',
  'يفعل',
  'تفعل',
  'يفعلون',
  'عمل',
  'عملت',
  'عملوا',
  'يعمل',
  'تعمل',
  'يعملوا',
  'سوت',
  'سوي',
  'يسوي',
  'تسوي',
  'دارت',
  'دار',
  'role',
  'دور',
  'دورها',
  'دوره',
  'دورهم',
]);

/** What "who reported this" asks with, beside the type words: only a source question drops them ("open source" keeps its word). */
export const SOURCE_WORDS = new Set(['source', 'sources', 'site', 'website', 'مصدر', 'المصدر', 'موقع', 'الموقع', 'صحيفه', 'الصحيفه', 'جريده', 'الجريده']);

/** What "what do they call…" asks a name with: a type word only when a name is asked ("why do they call it a shift" keeps it). */
export const CALLING_WORDS = new Set(['call', 'calls']);

/** The words that set a name apart from a list asked for ("besides huawei, who…"): the cue of a list question, not its topic. */
export const EXCLUSION_WORDS = new Set(['besides', 'except', 'apart', 'aside', 'غير', 'غيرها', 'غيرهم', 'غيره']);

/**
 * How long or how quick a summary is wanted ("a short summary", "résumé sghir", "ملخص صغير"): in a
 * request for one they say nothing of what about, even the words a fact holds (its small models).
 */
export const SUMMARY_LENGTH_WORDS = new Set([
  'short',
  'brief',
  'quick',
  'small',
  'little',
  'tiny',
  'petit',
  'court',
  'rapide',
  'صغير',
  'صغيره',
  'قصير',
  'قصيره',
  'سريع',
  'سريعه',
  'بسيط',
  'بسيطه',
  'مختصر',
  // How far a length goes: "in 2 lines only", "3 sentences max", "سطرين فقط".
  'only',
  'max',
  'tops',
  'فقط',
]);

/**
 * Publishing, writing and coming out, said of the report itself ("when was the article published",
 * "متى نزل المقال"، "مين كاتب التقرير"): as read (اطلق is how the dialects' نزل and طلع read).
 */
export const PUBLISHING_WORDS = new Set([
  'published',
  'publish',
  'released',
  'release',
  'written',
  'wrote',
  'writer',
  'author',
  'posted',
  'out',
  'came',
  'اطلق',
  'يطلق',
  'نشر',
  'تنشر',
  'نشره',
  'نشرت',
  'كتب',
  'كتبه',
  'كاتب',
  'كاتبه',
  // …and كتب's passive, as the dialects form it with ان- and ات- ("امتى انكتب هالتقرير؟")
  'انكتب',
  'انكتبت',
  'اتكتب',
  'اتكتبت',
]);

/** Verbs of saying, in standard form: who says something asks who told it ("who's saying deepseek…", "مين قال…"), who a statement reports, not an outlet. */
export const SAYING_WORDS: ReadonlySet<string> = new Set([
  'say',
  'says',
  'said',
  'saying',
  'claim',
  'claims',
  'claimed',
  'claiming',
  'قال',
  'قالت',
  'قالوا',
  'يقول',
  'تقول',
  'يقولون',
  'يقولوا',
]);

/** Words about the report itself: a clause whose only topic they are is small talk ("I read the news"). */
export const META_WORDS = new Set([
  'news',
  'article',
  'story',
  'report',
  'piece',
  'headline',
  'post',
  'thread',
  'خبر',
  'الخبر',
  'مقال',
  'المقال',
  'تقرير',
  'التقرير',
  'عنوان',
  'العنوان',
  // The same words in Arabizi, where a fact's Latin-letter question keeps them Latin ("el khabar da").
  'khabar',
  'akhbar',
  'maqal',
  'ma2al',
  'makal',
  'taqrir',
  'ta2rir',
]);

/**
 * Discourse markers a sentence may open with before what it says ("so what's up with R2", "btw is
 * R2 out yet", "طيب شو قصة R2"): they carry nothing, and a frame or a question's first word is read
 * after them.
 */
export const OPENING_WORDS = new Set([
  'so',
  'ok',
  'okay',
  'alright',
  'wait',
  'well',
  'yo',
  'hey',
  'but',
  'btw',
  'anyway',
  'anyways',
  'now',
  'like',
  'طيب',
  'طب',
  'يعني',
  'اوك',
  'اوكي',
  'المهم',
  'بس',
]);

/**
 * A question opened by a negated auxiliary or a negation ("isnt nvidia just better", "مش انفيديا
 * احسن؟"): going on the sentence of a question before it, it is the asker's reason for asking, not
 * a question of its own. Normalised words, as typed.
 */
export const NEGATED_OPENINGS = new Set([
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'doesnt',
  'dont',
  'didnt',
  'wouldnt',
  'shouldnt',
  'couldnt',
  'cant',
  'wont',
  'hasnt',
  'havent',
  'مش',
  'مو',
  'موش',
  'ماهو',
  'مب',
  'اليس',
  // as Arabizi writes مو and مش
  'mo',
  'mu',
  'mesh',
  'mish',
  'mush',
  'mosh',
]);

/** A negation inside a clause, as typed: "not", and the dialects' مش، مو، مب (not ما, which also asks "what"). */
export const INNER_NEGATIONS = new Set(['not', 'مش', 'مو', 'موش', 'مب', 'ليس', 'ليست']);

/**
 * "did nvidia say anything or just keep quiet?", "does nvidia admit it or are they brushing it
 * off?", "علقت انفيديا ولا سكتت؟": an alternative that only says someone kept silent is the asked
 * statement's "or not"; its words are no topic. Normalised words, as typed.
 */
export const SILENCE = new Set([
  'quiet',
  'silent',
  'silence',
  'mum',
  'ignore',
  'ignored',
  'ignoring',
  'brush',
  'brushed',
  'brushing',
  'dismiss',
  'dismissed',
  'dismissing',
  'سكت',
  'سكتت',
  'سكتوا',
  'سكتو',
  'ساكت',
  'ساكته',
  'ساكتين',
  'صامت',
  'صامته',
  'صامتين',
  'صمت',
  'تجاهل',
  'تجاهلت',
  'تجاهلوا',
  'تجاهلو',
  'طنش',
  'طنشت',
  'طنشوا',
  'طنشو',
]);
/** The words around a statement of silence: "or (are they) just (keeping) quiet", "or brushing it off", "ولا ساكتين". */
export const SILENCE_FILLERS = new Set([
  'just',
  'are',
  'is',
  'did',
  'do',
  'does',
  'they',
  'it',
  'them',
  'keep',
  'keeps',
  'keeping',
  'kept',
  'stay',
  'stays',
  'staying',
  'stayed',
  'remain',
  'remained',
  'remaining',
  'off',
  'lol',
  'بس',
  'هم',
  'هي',
  'ظلت',
  'ضلت',
  'بقت',
]);

/**
 * What "is that true?", "is it legit?", "الكلام ده صح؟" ask of the statement before them: whether it
 * holds. A question of these words alone asks the statement itself.
 */
export const TRUTH_WORDS = new Set([
  'true',
  'truth',
  'real',
  'legit',
  'accurate',
  'correct',
  'fact',
  'facts',
  'صح',
  'صحيح',
  'حقيقي',
  'حقيقه',
  // Gulf and Iraqi صدق (صدگ), "for real?"; فعلا، حقا, "really?".
  'صدق',
  'فعلا',
  'حقا',
  'مظبوط',
  'مزبوط',
  'كلام',
  'الكلام',
  'حكي',
  'الحكي',
]);

/** "what about R2?", "shu a5bar el R2?": a question that names its topic and asks what comes next. */
export const TOPIC_FRAMES = [
  // ("and R2?" names its topic; "and who's the spokesperson" asks a question of its own.)
  /^(what about|how about|what( is|s| s)? up with|any news on|news on|and(?! (?:what|whats|who|whos|whose|whom|which|why|when|where|how)\b))\b/,
  /^(what happened (with|to)|what( is|s| s)? (going on|happening|the deal|the story|the situation) with)\b/,
  /^(ما|شو|ايش|وش|ايه|شنو) ((ال)?(اخر|احدث) )?(ال)?(اخبار|خبر|قصه|موضوع|سالفه|حكايه)(?= |$)/,
  // Iraqi "شكو ماكو بموضوع R2؟" (what's there and what isn't: what's up with R2), read ما لا.
  /^ما لا(?= |$)/,
  // "ايش صار مع R2؟ ليه تأخر؟": what happened to something, then the question about it.
  /^(ما|شو|ايش|وش|ايه|شنو) (صار|حصل|جري|صاير|حاصل) (مع|في|عند|ل|ب)(?= |$)/,
];

/** Chat shorthand and misspelt question words spelt out (not in Arabizi, where "w" is و). */
export const CHAT_SHORTHAND = new Map(
  Object.entries({
    w: 'with',
    r: 'are',
    u: 'you',
    ur: 'your',
    y: 'why',
    n: 'and',
    bc: 'because',
    cuz: 'because',
    coz: 'because',
    abt: 'about',
    thru: 'through',
    wat: 'what',
    teh: 'the',
    wut: 'what',
    wot: 'what',
    waht: 'what',
    wht: 'what',
    wich: 'which',
    whcih: 'which',
    wen: 'when',
    whn: 'when',
    wher: 'where',
    whr: 'where',
    // A question word with its auxiliary contracted, the apostrophe closed up or never typed
    // ("why'd they delay it", "what're they training", "howd it go"): the question word and the auxiliary.
    whatre: 'what are',
    whyre: 'why are',
    howre: 'how are',
    whatd: 'what did',
    whyd: 'why did',
    howd: 'how did',
    whered: 'where did',
    whend: 'when did',
    whatll: 'what will',
    whenll: 'when will',
    howll: 'how will',
    b4: 'before',
    lil: 'little',
    smth: 'something',
    smthng: 'something',
    sth: 'something',
    rite: 'right',
    tryna: 'trying to',
    ppl: 'people',
    govt: 'government',
    // Australian English: a mob is a group, an outfit ("which mob's chips r they usin").
    mob: 'company',
    // Keeping schtum is keeping quiet ("nvidia say owt about all this or they keepin schtum").
    schtum: 'quiet',
    shtum: 'quiet',
    shtoom: 'quiet',
    // Nigerian Pidgin: wetin "what", dey "is", dem "they", una "you all", don "has" (deepseek don finish with nvidia),
    // abi "right?", sef "even", abeg "please".
    wetin: 'what',
    weytin: 'what',
    dey: 'is',
    dem: 'they',
    una: 'you',
    don: 'has',
    abi: '',
    sef: '',
    abeg: '',
    // Taglish: ano / sino / bakit / kailan / saan "what / who / why / when / where", and the
    // particles and function words around them (ba, po, naman, lang, talaga, kasi, yung, daw, mga,
    // sila "they", diba "right?", lodi / pare / pre for a friend).
    ano: 'what',
    sino: 'who',
    bakit: 'why',
    kailan: 'when',
    saan: 'where',
    ba: '',
    po: '',
    naman: '',
    lang: '',
    talaga: '',
    kasi: '',
    yung: '',
    daw: '',
    mga: '',
    sila: 'they',
    diba: '',
    lodi: '',
    pare: '',
    pre: '',
    // Hinglish, as Indian chat mixes it in: kya / kyun / kab / kaun / kahan / kaise / kitna "what / why /
    // when / who / where / how / how much", hai / hain "is / are", aur "and", bhi "also", nahi "not", and
    // the possessive ka / ki / ke ("r2 launch kab hai??", "deepseek ka plan kya hai").
    kya: 'what',
    kyun: 'why',
    kyu: 'why',
    kab: 'when',
    kaun: 'who',
    kahan: 'where',
    kaise: 'how',
    kitna: 'how much',
    kitne: 'how many',
    hai: 'is',
    hain: 'are',
    aur: 'and',
    bhi: 'also',
    nahi: 'not',
    ka: '',
    ki: '',
    ke: '',
    // Jamaican Patois: wah / wha "what", weh "where", fi "for / to", pon "on", di "the", seh "that",
    // mi "I / my", jus "just", nuh "don't", inna "in" (dem a use huawei fi train R2?); wah gwaan greets.
    wah: 'what',
    wha: 'what',
    weh: 'where',
    fi: 'to',
    pon: 'on',
    di: 'the',
    seh: 'that',
    mi: 'i',
    jus: 'just',
    nuh: "don't",
    inna: 'in',
    gwaan: '',
    // th written as d or t, as Caribbean, Cajun and West African English say it ("wha chips dem a
    // use fi dis", "dey admit dere's competition", "run on dat ascend chip"): the words with th.
    dis: 'this',
    dat: 'that',
    dats: 'thats',
    dese: 'these',
    dose: 'those',
    dere: 'there',
    da: 'the',
    wit: 'with',
    wid: 'with',
    bout: 'about',
    tink: 'think',
    ting: 'thing',
    // Irish English: a yoke is a thing, any thing ("whats this ascend yoke").
    yoke: 'thing',
    // Northern English owt "anything", nowt "nothing" ("did nvidia say owt about china?").
    owt: 'anything',
    nowt: 'nothing',
    // Scots: whit "what", fae "from", tae "to", wi "with", aw "all", dinnae / didnae / cannae / disnae / isnae
    // "don't / didn't / can't / doesn't / isn't", dae / daein "do / doing", oot "out".
    whit: 'what',
    fae: 'from',
    tae: 'to',
    wi: 'with',
    aw: 'all',
    dinnae: "don't",
    didnae: "didn't",
    cannae: "can't",
    disnae: "doesn't",
    isnae: "isn't",
    dae: 'do',
    daein: 'doing',
    oot: 'out',
  }),
);

/** Moods a speaker may be asked about ("why is nvidia so salty?", "انفيديا ليش معصبة؟"), in standard form: the report tells their words, not moods. */
export const MOOD_WORDS: ReadonlySet<string> = new Set([
  'upset',
  'angry',
  'mad',
  'salty',
  'scared',
  'afraid',
  'worried',
  'nervous',
  'annoyed',
  'pissed',
  'vexed',
  'shook',
  'panicking',
  'زعلان',
  'زعلانه',
  'زعلانين',
  'متضايق',
  'متضايقه',
  'متضايقين',
  'خايف',
  'خايفه',
  'خايفين',
  'قلقان',
  'قلقانه',
  'قلقانين',
  'معصب',
  'معصبه',
  'معصبين',
]);

/**
 * Words of thanks ("tysm that actually helped a lot", "شكرا هذا ساعدني كثير"): a sentence with one that
 * asks nothing thanks the bot, whatever else it says of the answer. Not "thanks to", "because of".
 */
export const THANKS_WORDS: ReadonlySet<string> = new Set([
  'thanks',
  'thank',
  'thx',
  'thnx',
  'thanx',
  'ty',
  'tysm',
  'tyvm',
  'merci',
  'شكرا',
  'مشكور',
  'مشكوره',
  'مشكورين',
  'تسلم',
  'تسلمي',
  'يسلمو',
  'يسلموا',
  'يعطيك',
]);

export const QUESTION_WORDS = new Set([
  'what',
  'whats',
  'who',
  'whos',
  'whose',
  'whom',
  'which',
  'why',
  'when',
  'where',
  'how',
  'wat',
  'ما',
  'ماذا',
  'مين',
  'اي',
  'هل',
  'كيف',
  'كم',
  'متي',
  'لماذا',
  'اين',
]);

/** "that" opening what was said, normalised ("قال انو…", "قالت ان…", Maghrebi "قالت بلي…"): the words after it are the claim. */
export const ARABIC_THAT: readonly string[] = ['ان', 'انو', 'انه', 'انها', 'انهم', 'بان', 'بانو', 'بانه', 'بانها', 'بلي', 'بللي'];

/** Telling or explaining to the asker, as Arabic asks it ("قلي…"، "احكيلي…"، "فهمني…"), as a regular expression's alternatives (normalised). */
export const ARABIC_TELL_ME = 'قول لي|قل لي|احكي لي|اشرح لي|قولي|قلي|قللي|قلنا|قولنا|خبرني|خبرنا|احكيلي|احكيلنا|اشرحلي|اشرحلنا|وضحلي|فهمني|فهمنا|علمني';
/** Learning, as the asker says they want to ("…اعرف", "…افهم"), as a regular expression's alternatives (normalised). */
export const ARABIC_LEARNING = 'اعرف|افهم|افتهم|اسال|اتاكد|اشوف|نعرف|نفهم';

/**
 * What Arabizi writes apart from the word it belongs to ("el mawdo3", "bel mo5tasar"), with the
 * preposition or conjunction it holds without its article ("l shno" ل شنو).
 */
export const PREPOSITION_OF_PROCLITIC: ReadonlyMap<string, string> = new Map([
  ['ال', 'ل'],
  ['بال', 'ب'],
  ['فال', 'في'],
  ['وال', 'و'],
  ['لل', 'ل'],
]);

/**
 * Prefixes a dialect glues to a word that has an article of its own: Levantine and Gulf هال
 * ("this", هالتقرير) and عال ("on the", عالموضوع).
 */
export const CLITIC_PREFIXES: [string, string[]][] = [
  ['هال', []],
  ['عال', ['علي']],
];

/**
 * Going, moving or switching to a company is turning to it, using what it makes ("why is deepseek
 * switching to huawei", "ليش ديب سيك دتروح لهواوي؟", "راحت لهواوي", "هيقلب على هواوي"): the verb
 * of motion, in standard Arabic and the dialects, with its aspect and person prefixes and plural
 * endings, or its verbal noun ("موقف انفيديا من توجه ديب سيك نحو شرائح هواوي"), before a preposition
 * of direction (لـ، الى، للـ، على، نحو; its subject may come between, "انتقلت ديب سيك الى هواوي"),
 * reads as the lexicon's تستخدم. Over normalised Arabic text, before
 * its words are read: the glued لـ is still there. راح and رايح are also the future ("راح
 * تستخدم", "رايحين يستخدموا لتدريب…"): only right before the preposition are they "went".
 */
export const ARABIC_TURNING_TO =
  /(?<=^| )(?:(?:(?:[بدهح]|عم)?[يتن](?:روح|تجه|لجا|نتقل|قلب)(?:و|وا|ون|ين)?|(?:راح|اتجه|لجا|انتقل|قلب)(?:ت|وا|و)|(?:اتجه|لجا|انتقل|قلب)|(?:ال)?(?:توجه|اتجاه|انتقال|لجوء)|مشات|مشاو)(?= (?:\S+ ){0,2}(?:ل\S|الي |للي? |علي |نحو ))|(?:راح|رايح|رايحه|رايحين)(?= (?:ل\S|الي |للي? |علي )))/g;

/**
 * A preposition glued to a question word ("بأي شرائح", "لأي موديل", "لانهي نموذج", "لمين"): the
 * preposition and the question word, which carries no topic; glued, the pair was a word no fact
 * holds. Over normalised Arabic text, as ARABIC_TURNING_TO. Not ما nor من ("لما" is "when", "بما"
 * "with what"), and only before another word: "باي" alone, or "باي باي", is goodbye.
 */
export const GLUED_QUESTION_WORD = /(?<=^| )([بل])(اي|انهي|مين|ايش|ايه|شو|وش|شنو)(?= (?!باي(?: |$))\S)/g;
/**
 * ما written together with the pronoun or relative after it ("ماهو Ascend؟", "ماهي خطة ديب سيك؟",
 * "مالذي قالته انفيديا؟", "ماالذي حدث؟"): "what is", "what (is it) that", two words. Glued, ماهو read
 * as the negation ما…ه, and مالذي as a word no fact holds. Over normalised Arabic text.
 */
export const GLUED_WHAT = /(?<=^| )ما(هو|هي|ا?لذي|ا?لتي)(?= |$)/g;

/** Leaning less on a supplier, the words the rules below read seeking alternatives to it or choosing another over it as. */
const LESS_RELIANCE = { english: 'less reliance on ', arabic: ' تقليل الاعتماد علي ' };
/** The supplier those rules read as leaned on less, as a question writes it. */
const NVIDIA = String.raw`(?:nvidia|nvidias)\b`;
const ARABIC_NVIDIA_NAME = '(?:انفيديا|نفيديا|nvidia)';
const ARABIC_NVIDIA = `${ARABIC_NVIDIA_NAME}(?= |$)`;
/** The verbs of writing a story (see the rules reading writing the original report, or writing it first, as publishing it). */
const WRITING = 'wrote|write|writes|written|authored';
const ARABIC_WRITING = 'كتب|كتبت|كتبوا|كتبو|كاتب';
/** Verbs of giving a supplier up (see the rules reading giving Nvidia up for another, or asked why, as leaning less on it). */
const GIVING_UP_VERBS = [
  'ditch|ditches|ditching|ditched|dump|dumps|dumping|dumped|drop|drops|dropping|dropped|abandon|abandons|abandoning|abandoned',
  'quit|quits|quitting|leave|leaves|leaving|left',
].join('|');
/** …and of swapping it out, or moving away from it (a change or step away from it too: "why is deepseek doing this change away from nvidia?"). */
const SWAPPING_VERBS = [
  'swap|swaps|swapping|swapped|replace|replaces|replacing|replaced|switch|switches|switching|switched',
  '(?:move|moves|moving|moved|shift|shifts|shifting|shifted|get|gets|getting|turn|turns|turning|walk|walks|walking|back|backing|change|changes|changing|step|steps|stepping|stepped) (?:away from|off)',
].join('|');
/** The words asking why that open the clause those rules read. */
const WHY_WORDS = 'why|whys|how come';
const ARABIC_WHY_WORDS = 'لماذا|ليش|ليه|علاش|لويش|شحقه';

/** "The man" of the dialects, with its article or demonstrative (الراجل، الزلمة، هالرجال), as normalised. */
const THE_MAN = '(?:ال|هال)(?:راجل|رجال|رجل|ريال|زلمه|زلمي)';
/** The past verbs of speaking said of him, before or after him (قال الراجل، الراجل… قال). */
const MAN_SPOKE = 'قال|حكي|صرح|اتكلم|تكلم';

/** The verb of bringing (جاب "brought"), and the nouns of a mention it brings up (سيرة، طاري), normalised. */
const BRINGING = '(?:جاب|جابت|جابو|جابوا|يجيب|تجيب|يجيبو|يجيبوا|جايب|جايبين)';
const A_MENTION = '(?:ذكر|سيره|طاري)(?= |$)';

/**
 * Phrases whose words, read one by one, miss what they mean together: a verb of saying with
 * "back" is a reply ("what did nvidia say back"), one who speaks "on behalf of" or "باسم"
 * someone is their spokesperson ("الشخص اللي حكى باسم انفيديا"), a product that drops comes out.
 * Patterns over the standard words.
 */
export const PHRASES: [RegExp, string][] = [
  // آخر "other" ending a clause after who or what is "else" ("بايدو و شكون آخر؟", "ومين تاني؟"): a grammar
  // word, as "else" is; not the latest (ما آخر خبر؟ "what's the latest news?").
  [/(?<=(?:^| )(?:مين|ما)) (?:اخر|اخرين|تاني|ثاني)$/g, ''],
  // بيا before a noun of time or kind is speech's بأي "on which" ("بيا تاريخ نشرت…؟"), not بيّا "with me".
  [/(?:^| )بيا (?=(?:تاريخ|يوم|شهر|سنه|ساعه|وقت|طريقه|موقع|شركه|نموذج|موديل|معالج|شريحه)(?= |$))/g, ' ب اي '],
  // Maghrebi واش من before a noun of kind is "which" ("واش من جريدة نشرت الخبر؟", which paper published
  // it?), as standard هل من "is there any" asks which one there is: read as اي, not whether.
  [/(?:^| )هل من (?=(?:ال)?(?:جريده|صحيفه|موقع|شركه|شركات|مصدر|شريحه|شرايح|نموذج|موديل|معالج|معالجات|دوله|بلد|مدينه)(?= |$))/g, ' اي '],
  // ليش "why" typed without its dots: ليس "is not" opens no question before a name or a verb ("ليس
  // ديب سيك اجلت اطلاق R2؟"), only before what it negates (ليس هناك، ليس لديها، ليس من، ليس الهدف، ليس كذلك).
  [
    /^ليس (?!(?:هناك|هنالك|لدي|لدى|لديه|لديها|لديهم|له|لها|لهم|لنا|لي|من|في|فيه|فيها|عند|عنده|عندها|عندهم|كذلك|هذا|هذه|ذلك|تلك|فقط|مجرد|كل|اي|ما|مثل|سوي|الا|غير|ب\S*|ال\S*)(?: |$))/,
    'ليش ',
  ],
  // Maghrebi غير after a verb and before what it is done with is "only" ("تخدم غير بشرائح هواوي", works only
  // with Huawei's chips); elsewhere it is "other than" ("شركات غير هواوي"), after an adjective too ("شركات
  // تانية غير هواوي": a verb's ending is no ه) or a noun opening with ب ("بدائل غير انفيديا": a verb's ب is
  // the imperfect's, before its ي، ت، ن or ا).
  [/(?<=(?:^| )(?:[يتن]|ب[يتنا])\S+[^\sه] )غير (?=\S)/g, 'فقط '],
  // بس inside a yes/no question, after its subject, is "only" (فقط) before what it bounds: "هل ديب سيك
  // بس تجرب شرايح هواوي؟" asks whether it tries Huawei's alone. Not before a negation ("هل هواوي ساعدت
  // بس ما نجحت؟", but), nor before a purpose it limits ("…هواوي بس للنماذج الصغيرة؟", which the division of work answers).
  [/^(هل (?:\S+ )+)بس (?!(?:ما|مش|مو|لا|لم|مب|موش|في|علي)(?= )|ل)/, '$1فقط '],
  // "The race is on" says a competition has begun, no race to be won ("does nvidia admit the race is on?").
  [/\b(?:the )?race(?:'s| is| has)? (?:on|begun|started|heating up)\b/g, 'competition has begun'],
  // Tunisian حلّ "opened" with a door ("باش تحل باب المنافسة", "will it open the door to competition"):
  // standard Arabic's حل alone is "solved", so only the idiom is read.
  [/(?:^| )(ي|ت|ب|بت|بي)?حل(ت|و|وا)? (?=(?:ال)?باب(?: |$))/g, ' $1فتح$2 '],
  // A guess at the answer after "like", closed by a bare "or" or "or what/something" ("what R2
  // actually is, like is it a chatbot or?"): no question of its own, nor words the answer must hold.
  [
    /\blike (?:(?:is it|is that|its|it is) (?:a |an )?(?:(?!or )\S+ ){0,2}(?!or$)\S+(?: or(?: what| something| smth| sth)?)?|(?:a |an )(?:(?!or )\S+ ){0,2}\S+ or(?: what| something| smth| sth)?)$/g,
    '',
  ],
  // Doing a company is running or making it (Maghrebi يدير، دار "does, did"; standard يدير "runs"):
  // "شكون يدير الشركة؟"، "من يدير شركة ديب سيك؟"، "شكون دار ديب سيك؟" ask for a person, as "who runs
  // deepseek" does.
  [/^((?:مين|من)(?: (?:اللي|الذي|الي))? )(?:ب)?(?:يفعل|تفعل|فعل|فعلت)(?= (?:ال)?(?:شركه|موسسه|ديب سيك|هواوي|انفيديا|بايدو|كامبريكون)(?: |$))/, '$1يدير'],
  // Egyptian and Levantine "how are you (doing)": عامل ايه with ازيك before it or alone ("إزيكم
  // عاملين إيه؟"), شو عامل ("كيفك شو عامل؟"): a greeting, no question ("ديب سيك عاملة ايه مع هواوي؟"
  // has a subject, and asks what it is doing).
  [/^(?:(?:ازيك|ازيكم|ازيكو|ازيكي|كيفك|كيفكم) )?(?:(?:انت|انتي|انتو|انتم) )?(?:عامل(?:ين|ه)? ما|ما عامل(?:ين|ه)?)(?: يا \S+)*$/, ''],
  // With a subject before it, Egyptian عامل ايه is "doing what" ("ديب سيك عاملة ايه مع هواوي؟"), not
  // the facts' عامل "running on" (العامل بشرائح هواوي).
  [/(?<=\S )عامل(?:ين|ه)? (?=ما(?: |$))/g, 'تعمل '],
  // Jamaican and British "big up" hails someone ("big up bot 🙌"): a greeting, no size.
  [/\bbig up\b/g, ''],
  // North-east Scots (Doric) asks "what" with fit ("fit day did it come oot?"); only before a noun it
  // determines, as English fit is a verb or an adjective elsewhere ("which chips fit", "fit for")…
  [/\bfit (?=(?:day|date|time|month|year|kind|sort|chips?|company|companies|model|models|paper|outlet|site)\b)/g, 'what '],
  // …or opening a question before its auxiliary ("fit did the nvidia mannie say?", "an fit does it mean?").
  [/(^|(?:^| )(?:an|and|so|but) )fit (?=(?:did|does|do|is|are|was|were|will|wid|dae|daes)\b)/, '$1what '],
  // Chat writes "for" as 4 before what it is for ("which chips 4 that one", "only 4 the small models"); not
  // a number before what it counts ("send 4 engineers").
  [/(?<=[a-z] )4 (?=(?:the|that|this|these|those|it|them|me|us|my|our|their|its|real|sure|now)\b)/g, 'for '],
  // Caribbean, West African and learner English ask of the past with the bare verb ("wha happen wit it?").
  [/\bwhat happen\b/g, 'what happened'],
  // Saying something back, hitting, firing or clapping back is replying ("did nvidia say anything back?"), not cutting back.
  [/\b(?:say|said|says|saying|hit|hits|fire|fired|fires|shoot|shot|clap|clapped|talk|talked|write|wrote|writes)( anything| something)? back\b/g, 'respond$1'],
  [/\b(speak|speaks|spoke|speaking|talk|talks|talked|talking) (for|on behalf of)\b/g, 'spokesperson for'],
  [/(?:^| )(قال|قالت|تحدث|تحدثت|تكلم|تكلمت|اتكلم|اتكلمت|صرح|صرحت|ب?يتكلم|ب?يتحدث|ب?يحكي|ب?يصرح|متكلم|المتكلم) باسم(?= |$)/g, ' متحدث باسم'],
  // A product "drops" when it comes out ("has r2 dropped yet", "when's it dropping"); dropping
  // something, an object after the verb, is giving it up ("dropping nvidia").
  // (Chat's address and fillers may come between: "when is r2 dropping fam, any date yet?".)
  [
    /\b(drop|drops|dropped|dropping)(?=(?: (?:fam|bro|bruh|guys|mate|lads|yall|lol|tho|though|ngl|fr))*(?: (?:yet|soon|already|for|on|in|when|or (?:nah|not|no)|(?:this|next) (?:week|month|year))\b|$))/g,
    'release',
  ],
  // Out "yet" or "already" is released ("is the huawei-chip R2 thing out yet or nah"): "out" alone is a
  // grammar word, and the question lost what it asks of the thing.
  [/\bout(?= (?:yet|already)\b)/g, 'release'],
  // "les" before "on" or "than" is "less" slipped ("rely les on nvidea"), not the French article Arabizi borrows.
  [/\bles (?=(?:on|than)\b)/g, 'less '],
  // When people can use or try something ("when can we actually use it", "امتى نقدر نجربه") asks
  // when it comes out, not what it uses.
  [
    /\bwhen (?:can|could|will|would|do|are|r) (?:i|we|you|u|ya|people|ppl|folks|users|anyone|everyone)(?: be able to)? (?:(?:actually|finally|even|get to) )*(?:use|try|test|download|access|get|play with)\b/g,
    'when release',
  ],
  [/(?<=(?:^| )متي) (?:(?:ح|ه|رح|راح|بن|ن|ا|ي|ت)?(?:قدر|كدر)\S* )?(?:ي|ن|ا|ت|بن|هن|حن)(?:ستخدم|ستعمل|جرب)\S*/g, ' اطلاق'],
  // "…or are they keeping quiet": the other answer to whether someone said anything, nothing more asked.
  [/\bor (?:(?:are|r|is) )?(?:they |he |she |it )?(?:keep|keeps|keeping|kept|stay|stays|staying|stayed|being) (?:quiet|silent|mum)\b/g, ''],
  // What someone is trying to achieve by doing something is their purpose in it ("what is deepseek
  // trying to achieve by using huawei chips"), the question's type, not a topic ("trying" chips).
  [/\b(?:trying|hoping|aiming|want|wants|wanting|looking|try|hope|aim|hopes|aims|tries) to (?:achieve|accomplish|gain|get out of it)\b/g, 'purpose'],
  [/\bend ?game\b/g, 'purpose'],
  // Leaning on something, "on" apart or not ("why is deepseek leaning less on nvidia"), is relying on
  // it. (Not "lean" alone: WordNet's lean is also to tilt, an angle.)
  [/\b(?:lean|leans|leaning|leaned|leant)(?=(?: \w+)? on\b)/g, 'rely'],
  // What something is relied on for is what it is used for ("what do they still rely on nvidia
  // for?", "شيعتمدوا على انفيديا في ايش؟"): its use, not relying less on it.
  [
    /\b(?:rely|relies|relying|relied|depend|depends|depending|depended|count|counts|counting|counted)(?= on (?:\S+ ){1,4}for(?: (?:tho|though|exactly|anyway|then|now|really|actually))*$)/g,
    'use',
  ],
  [/(?<=^| )[يتن]عتمد\S*(?= علي (?:\S+ ){1,3}(?:في|ل) ?(?:ما|ماذا)(?: (?:بالزبط|بالضبط|بالظبط|بالتحديد|تحديدا|يعني|اصلا))*$)/g, 'يستخدم'],
  // "…, thats the plan ya?", "…. is that the idea?": a tag holding the statement before it up for
  // confirmation asks nothing of its own; the statement is what is asked.
  [
    /^(?:so |and )?(?:is )?(?:that|thats|this|this is|that is) (?:the|their|ur|your) (?:plan|idea|gist|deal|story|point|setup|split)(?: (?:ya|yeah|yea|yes|right|innit|eh|no|then|or what|or nah|or not))*$/g,
    '',
  ],
  // …and in Arabic, what someone wants or tries to achieve or reach, its subject between or not
  // ("شو بدها تحقق ديب سيك", "ماذا تحاول ديب سيك أن تحقق", "وش تبي توصل له"): its aim.
  [/(?:^| )(?:يريد|تريد|تحاول|يحاول|تسعي|يسعي)((?: \S+){0,2}?) (?:ان )?(?:تحقق|يحقق|توصل|يوصل)(?= |$)/g, ' هدف$1'],
  // The report as the one telling about something ("does the article say what…", "what does the
  // report say about nvidia?") frames the question: what it tells of that is asked, not something
  // about the article. Not "what does the report say (overall)", its summary, nor "how does the
  // article describe nvidia". (Arabic's المقال بيقول، يذكر المقال read so lost two val answers.)
  [
    /\b(?:the |this |that )?(?:article|report|story|piece)(?= (?:even |actually |really |also )?(?:say|says|said|mention|mentions|mentioned|tell|tells|told)(?: (?:us|me))? (?:about|anything|what|whats|which|who|whom|why|how|when|where|if|whether)\b)/g,
    '',
  ],
  // Keeping on saying something ("the article keeps mentioning", "people keep calling it") says it:
  // no keeping up with something ("keeps re-weighing its options").
  [/\b(?:keeps|keep|kept) (?=(?:mentioning|saying|talking|calling|bringing|referring|repeating)\b)/g, ''],
  // What keeps coming up is only what the asker met before ("what's this ascend thing that keeps popping
  // up?", "شو هاد Ascend اللي كل شوي بيطلع؟"): no keeping of anything, and nothing asked of it. By now
  // the dialect's بيطلع "comes up" reads يطلق, as a launch.
  [/\b(?:(?:that|which) )?(?:keeps|keep|kept) (?:coming|popping|showing|cropping|turning) up\b/g, ''],
  [
    /(?:^| )(?:اللي|الي|يلي|الذي) (?:كل شوي|كل شويه|كل مره|دايما|دائما|على طول|عطول) (?:ب|عم )?(?:يطلع|تطلع|يطلق|تطلق|ينذكر|تنذكر|يتذكر|تتذكر|يتكرر|تتكرر|يجي|تيجي)(?= |$)/g,
    '',
  ],
  // Leaving one supplier and going to another is swapping them ("is deepseek ditching nvidia and going
  // full huawei?", "ديب سيك بتخلي انفيديا وتروح لهواوي؟"), as ditching one for the other is (below).
  [
    new RegExp(
      String.raw`\b(?:${GIVING_UP_VERBS})( ${NVIDIA}) (?:and|n|&) (?:go|goes|going|went|move|moves|moving|moved|switch|switches|switching|switched|turn|turns|turning|turned)(?: (?:over|all in))?(?: (?:to|for|with|on))?(?: full)?(?= (?:the )?huawei\b)`,
      'g',
    ),
    'replace$1 with',
  ],
  [
    new RegExp(
      `(?:^| )(?:ت|ي)?(?:خلي|ترك|سيب)(?:و|وا)? (${ARABIC_NVIDIA_NAME}) ?و ?(?:ت|ي)?(?:روح|نتقل|تجه|تحول|قلب)(?:و|وا)?(?: (?:ل|الي|علي|ع))?(?= ?(?:ال)?هواوي(?: |$))`,
      'g',
    ),
    ' تستبدل $1 ب',
  ],
  // Ditching one thing for another is swapping them ("ditching nvidia for huawei"); ditching it alone is
  // giving it up (data/opposites.txt), answered by the facts that say what is kept.
  [/\b(?:ditch|ditches|ditched|ditching)\b(?=(?: \S+){1,3} for\b)/g, 'replace'],
  // A plan, strategy or setup between two parties is how the work is divided between them ("what's the
  // plan between huawei and nvidia exactly?", "شنو هي الخطة بين هواوي وانفيديا"), no plan of one of them.
  [/\b(?:plan|strategy|deal|arrangement|setup|set up) (?=between\b)/g, 'split '],
  [/(?:^| )(?:ال)?(?:خطه|استراتيجيه|اتفاق) (?=بين )/g, ' تقسيم '],
  // Playing on both ropes (تلعب على الحبلين), the Levantine and Egyptian idiom for keeping both sides,
  // between two parties is dividing the work between them.
  [/(?:^| )(?:ب|بت|بي|ت|ي|عم ت|عم ي)?لعب(?:وا|و)? (?:علي|ع) ?(?:ال)?حبلين(?= |$)/g, ' تقسيم'],
  // Trying or testing one maker's chips is taking them up ("why is deepseek trying huawei chips?",
  // "ليش عم تجرب شرايح هواوي"); the tests of several makers' accelerators name them together, or say
  // "accelerators", or ask whether it is that maker only.
  [
    /\b(?:try|tries|tried|trying|tryna|test|tests|tested|testing)(?: out)? (?=(?:the )?(?:huawei|nvidia|baidu|cambricon)s? (?:chip|chips|processor|processors|gpu|gpus)\b(?! (?:and|or|only|alone)\b))/g,
    'using ',
  ],
  [
    /(?:^| )(?:ت|ي|بت|بي|ن|بن)?(?:جرب|جربو|جربوا|جربون|ختبر|ختبرو|ختبروا|ختبرون)(?= (?:ال)?(?:شرايح|شريحه|معالجات|شيبات|رقايق) (?:هواوي|انفيديا|بايدو|كامبريكون)(?: |$)(?!و|او |بس(?: |$)|فقط|وحد))/g,
    ' تستخدم',
  ],
  // "All" before the story or the matter asks of it, no more ("شو رأي انفيديا بكل هالقصة", "بكل
  // الموضوع"): كل there is no term a fact must hold.
  [/(?:^| )(ب|عن|على|في|ف)?كل (?=(?:ال)?(?:قصه|سالفه|موضوع|حكايه|قضيه|خبر|شي)(?: |$))/g, ' $1 '],
  // Staying (تبقى) before a verb of using is going on using ("واش غادي تبقى خدامة بنفيديا؟", will it keep
  // working with Nvidia?); تبقى alone tells a state.
  [/(?:^| )(?:ت|ي)بقي(?= (?:ت|ي)(?:ستخدم|ستعمل|شتغل|عتمد)(?: |$))/g, ' تواصل'],
  // A model built on something runs on it ("what is R2 going to be built on?"): what it is built on is its hardware.
  [/\b(?:build|builds|built|building) on\b/g, 'run on'],
  // A model backed by, based on or driven by a chipmaker's chips runs on them ("the huawei-backed model").
  [/\b(huawei|nvidia|ascend|chip|chips|gpu|gpus) (?:backed|based|driven|fuelled|fueled)\b/g, '$1 powered'],
  // Giving something up is abandoning it ("is deepseek giving up nvidia?"), a word of giving up (data/opposites.txt).
  [/\b(?:give|gives|giving|gave|given) up(?: on)?\b/g, 'abandon'],
  // Planning or intending to do something now is going to do it ("what does deepseek plan to use
  // ascend for"); what was planned before ("was planning to", "had planned to") is what was weighed.
  [/(?<!\b(?:was|were|had|did|originally|initially|first)\b.*)\b(?:plans|plan|planning|intends|intend|intending) to\b/g, 'will'],
  // Excusing the question before asking it ("sorry if this is a daft one but…", "sorry for the dumb
  // question") is small talk.
  [
    /\b(?:sorry|apologies|pardon)(?: if| for)?(?: (?:this is|its|this|the|my))?(?: (?:a|such a))? (?:daft|dumb|stupid|silly|basic|noob|newbie|naive|obvious)(?: (?:one|question|questions|q))?(?: (?:but|lol|haha))?\b/g,
    '',
  ],
  // Seeking alternatives to a supplier is leaning less on it ("why look for alternatives to nvidia",
  // "ليش تدور على بدائل لانفيديا"): what is sought is less reliance, and the supplier is still named.
  [/\b(?:an )?(?:alternative|alternatives|replacement|replacements|substitute|substitutes) (?:to|for) /g, LESS_RELIANCE.english],
  [
    /(?:^| )(?:بدايل|بديل|البدايل|البديل)(?: ل| عن| لا)? ?(?=(?:ل|لل)?(?:(?:معالجات|شرايح|رقايق) )?(?:انفيديا|نفيديا|هواوي|nvidia|huawei)(?= |$))/g,
    LESS_RELIANCE.arabic,
  ],
  // Freeing itself from a supplier, or getting away from it, is leaning less on it ("why does deepseek
  // want to free itself from nvidia?"); in Arabic only asked why or wanted ("ليش بدها تتحرر من انفيديا؟",
  // "يبون يفكون عمرهم من انفيديا؟"), as بتفك من انفيديا خلاص؟ asks whether it is given up, which the
  // fact that it is kept answers.
  [
    new RegExp(
      String.raw`\b(?:free|frees|freeing|freed|(?:get|gets|getting|got|break|breaks|breaking|broke|breakin|gettin) (?:away|free|loose))(?: (?:itself|themselves|herself|it|them))? (?:from|of) (?=${NVIDIA})`,
      'g',
    ),
    LESS_RELIANCE.english,
  ],
  [
    new RegExp(
      `(?<=(?:^| )(?:${ARABIC_WHY_WORDS}|يريد|تريد|يريدون)(?= ).*)(?:^| )(?:ت|ي|ب|بت|بي|هت|هي|ح|حت|حي)?(?:تحرر|يتحرر|تتحرر|تفك|يفك)(?:و|وا|ون)?(?: (?:عمر|نفس)\\S*)? (?:من|عن) (?=(?:ال)?${ARABIC_NVIDIA})`,
      'g',
    ),
    LESS_RELIANCE.arabic,
  ],
  // Independence from whom is asked as whom it leans on less ("independent from who?", "مستقلة عن
  // مين؟"): the supplier it depends on is the answer, not the independence again.
  [/\bindependen\w*(?: (?:from|of))? (?=(?:who|whom|what|which)\b)/g, LESS_RELIANCE.english],
  [
    /(?:^| )(?:مستقل|مستقله|مستقلين|استقلال|استقلاليه|الاستقلال|الاستقلاليه|استقلاليتها|استقلالها) عن (?=(?:مين|من|منو|ماذا|ما|شو|ايش|اي)(?= |$))/g,
    LESS_RELIANCE.arabic,
  ],
  // …and so is choosing another over a supplier, asked why ("why use huawei chips instead of nvidia",
  // "…n not jus nvidia", "ليش تستخدم هواوي بدل انفيديا"): the reason asked is for leaning less on it.
  [
    new RegExp(
      String.raw`(?<=\b(?:${WHY_WORDS}|reason|reasons) .+ )(?:instead of |rather than |(?:and |n )?not (?:just |jus |only )?|over )(?=${NVIDIA})`,
      'g',
    ),
    LESS_RELIANCE.english,
  ],
  // Nvidia "not good enough" is the asker's guess at why it is leaned on less ("why r they even doing
  // this lol, nvidia chips not good enough or smth", "…؟ انفيديا مش كويسة كفاية؟"): the reason asked is that.
  [
    new RegExp(
      String.raw`\b(?:is |are |s )?${NVIDIA}(?: chips| gpus| processors)?(?: is| are|s)? (?:not|isnt|arent|aint|no longer) (?:good|great|enough)\b(?: enough\b)?`,
      'g',
    ),
    `${LESS_RELIANCE.english}nvidia`,
  ],
  [
    new RegExp(
      `(?:^| )(?:(?:ال)?(?:شرايح|معالجات) )?${ARABIC_NVIDIA} (?:(?:ال)?(?:شرايح|معالجات) )?(?:لا|مش|مو|مب|موش|ما) (?:كويسه|زينه|منيحه|مليحه|كفايه|كافيه|باهيه)(?: كفايه)?(?= |$)`,
      'g',
    ),
    `${LESS_RELIANCE.arabic}انفيديا`,
  ],
  // …and so is swapping Nvidia out or giving it up, asked why or for the reason, before or after
  // ("why swap nvidia for huawei?", "why is deepseek ditching nvidia??", "whats the actual reason they
  // wanna get off nvidia"): the reason asked is for leaning less on it. Asked whether, giving it up is
  // answered by the facts saying it is kept (data/opposites.txt), and so is why it is not given up.
  // (Read so, Arabic's ليش بتترك انفيديا turned a held-out answer wrong and no tuning one right.)
  [
    new RegExp(
      String.raw`^(?=.*\b(?:${WHY_WORDS}|reason|reasons)\b)(?!.*\b(?:not|never|no longer|isnt|arent|wont|didnt|doesnt|dont|cant)\b)(.*?)\b(?:${GIVING_UP_VERBS}|${SWAPPING_VERBS})(?: out)?(?: from)? (?=${NVIDIA})`,
      'g',
    ),
    `$1${LESS_RELIANCE.english}`,
  ],
  // …or in spite of what the asker says of it ("why bother with huawei if nvidia is the trusted one",
  // "…when nvidia is better"): what they grant Nvidia is theirs, the reason asked the same.
  [new RegExp(String.raw`(?<=\b(?:${WHY_WORDS}) .+ )(?:if|when|while|though|although|since) ${NVIDIA}.*$`, 'g'), `${LESS_RELIANCE.english}nvidia`],
  // …granted before the question ("if nvidia is the trusted one why bother with huawei?").
  [new RegExp(String.raw`^(?:\S+ )*?(?:if|when|while|though|although|since) ${NVIDIA}.*? (${WHY_WORDS}) (.+)$`, 'g'), `$1 $2 ${LESS_RELIANCE.english}nvidia`],
  [
    new RegExp(String.raw`(?<=(?:^| )(?:${ARABIC_WHY_WORDS}) \S.*) (?:اذا|لو|لما|مع ان|مع انه|رغم ان|بما ان) (?:ال)?${ARABIC_NVIDIA}.*$`, 'g'),
    `${LESS_RELIANCE.arabic}انفيديا`,
  ],
  // A swap for it may come right after the question word ("lesh da tbaddil nvidia b huawei", "ليش
  // تبديل انفيديا بهواوي؟"); a "not" needs words between ("ليش مش بس انفيديا" asks why not only it).
  [
    new RegExp(
      String.raw`(?<=(?:^| )(?:${ARABIC_WHY_WORDS}|سبب|السبب)(?: \S.*)?) (?:بدل |بدال |بدلا من |بدل من |تبديل |استبدال |عوض |عوضا عن )(?:(?:ال)?(?:شرايح|معالجات|رقايق|chips) )?(?=(?:ال|ل)?${ARABIC_NVIDIA})`,
      'g',
    ),
    LESS_RELIANCE.arabic,
  ],
  [
    new RegExp(String.raw`(?<=(?:^| )(?:${ARABIC_WHY_WORDS}|سبب|السبب) \S.*) (?:و)?(?:لا|مش|مو|ليس|موش) (?:بس |فقط )?(?=(?:ال|ل)?${ARABIC_NVIDIA})`, 'g'),
    LESS_RELIANCE.arabic,
  ],
  // What the reports say, as the asker attributes it ("وفق أحدث التقارير", "حسب المقال"), only frames
  // the question, as "according to the latest reports" does.
  [
    /(?:^| )(?:وفق|وفقا ل|حسب|بحسب|علي حسب|طبقا ل) ?(?:(?:احدث|اخر) )?(?:التقارير|التقرير|تقارير|المقال|الخبر|الاخبار)(?: (?:الاخيره|الاحدث|الجديده))?(?= |$)/g,
    '',
  ],
  // …and so does a cleft saying what is asked ("what im trying to get at is why…", "i guess what i
  // want to know is which…"): the question is the clause after it.
  [
    /^(?:\S+ ){0,3}?what (?:i|im|i am|id|i d) (?:really )?(?:want|wanna|need|would like|like|am trying|m trying|trying|mean|meant|am asking|m asking|asking|am getting at|m getting at|getting at)(?: to (?:know|ask|understand|get at|figure out|find out|say))? is(?= (?:what|whats|which|who|whose|where|how|why|when|whether|if)\b)/g,
    '',
  ],
  // Asking to be told ("can someone explain what…", "does anyone know which…") frames the question
  // after it: its question word says what is asked, not the yes or no of the frame.
  [
    /^(?:(?:and|so|ok|okay|but) )*(?:can|could|would|does|do|did) (?:someone|somebody|anyone|anybody|some one|any one|any1|some1|you|u|ya|yall|y'all)(?: (?:pls|please|plz))? (?:explain|tell|say|know|clarify|remind)(?: (?:me|us|to me))?(?: (?:pls|please|plz))?(?= (?:what|whats|which|who|whose|where|how|why|when)\b)/g,
    '',
  ],
  // …and so does wondering aloud, about it or whether someone can tell it ("i was wondering what…",
  // "i was wondering whether anyone could tell me what…", "im curious if someone can explain why…").
  [
    /^(?:(?:and|so|ok|okay|but|hi|hey|hello) )*(?:i|im|i'm) (?:was |am |m |'m )?(?:wondering|wonder|curious)(?: (?:if|whether) (?:someone|somebody|anyone|anybody|you|u|y'all|yall) (?:can|could|would|might|will) (?:explain|tell|say|clarify)(?: (?:me|us|to me))?)?(?= (?:what|whats|which|who|whose|where|how|why|when)\b)/g,
    '',
  ],
  // The reasoning, thinking or logic behind something is its rationale, no reasoning model ("what's
  // the reasoning behind deepseek going with huawei?").
  [/\b(?:reasoning|thinking|logic|rationale|reason|reasons|idea|motive|motives) behind\b/g, 'why'],
  // Being in charge of something is heading it, no charge paid ("who's in charge of the team?").
  [/\bin charge of\b/g, 'head of'],
  // Bringing something up, or raising it, in talk is mentioning it ("did the nvidia guy bring up china?").
  [/\b(?:bring|brings|bringing|brought)(?: (?:it|that|this|them))? up\b/g, 'mention'],
  // Iraqi لو between two choices closing a question is "or" ("هواوي لو انفيديا؟", "…لو لا؟"), not "if"
  // ("لو سمحت", "لو كان").
  [/(^| )(\S+) لو (?!(?:سمحت|سمحتو|سمحتوا|سمحتي|سمحتم|تكرمت|تكرمتو|تكرمتي|كان|كانت|كانوا|ممكن)$)(?=\S+$)/g, '$1$2 او '],
  // Where the asker met what they ask about ("this 'Ascend' thing the article keeps mentioning",
  // "mentioned in the report", "what is this Ascend processor mentioned", "شن هو Ascend اللي في
  // الخبر؟", "المذكور في المقال") only points at it: the report is no topic of the question. (A
  // noun's "mentioned" after an auxiliary is the verb: "what did the nvidia guy mentioned".)
  [
    /\b(?:(?:that|which) )?(?:is |are |was )?(?:mentioned|talked about|referred to) (?:in|by) (?:the|this|that) (?:article|report|piece|news)\b|\bmentioned(?<=^(?:(?!\b(?:did|does|do|has|have|had|will|would)\b).)*\b(?:this|that|these|those|the) (?:\S+ ){1,3}mentioned)(?: (?:here|there|above))?$|\b(?:(?:that|which) )?(?:they|people|everyone|everybody) (?:are |keep |kept )?(?:talk|talks|talking|talked|write|writes|writing|wrote) about in (?:the|this|that) (?:article|report|piece|news)\b|\b(?:that |which )?(?:the|this|that) (?:\S+ )?(?:article|report|story|piece) (?:is |was )?(?:mentioning|mentions|mentioned|talking about|talks about|refers to|referring to)(?= *$| \S+$)/g,
    '',
  ],
  // What they talk of in it, or of late ("شو هو R2 اللي عم يحكوا عنه بالخبر؟", read "اللي يقولون عنه
  // الخبر"; "…يلي عم يحكوا عنه؟", "…اللي كيهضرو عليه؟" read "اللي قالوا عليه", closing the question).
  [
    /(^| )(?!(?:ما|ماذا|هو|هي|شي|شيء|اهم|ابرز|كل|اللي|الي|الذي|التي)(?= ))(\S+) (?:اللي|الي|الذي|التي) ب?(?:يقولون|يقول|تقول|يتحدث|يتحدثون|تتحدث|يتكلمون|يتكلموا|يتكلمو|يتكلم|يذكر|يذكرون|تذكر|يحكوا|يحكو|يحكي|قالوا|قال|تحدثوا|تكلموا|حكوا)(?:(?: (?:عنه|عنها|عنهم|عليه|عليها|عليهم))? (?:(?:في|ف|ب) ?)?(?:الخبر|المقال|التقرير|النص)| (?:عنه|عنها|عنهم|عليه|عليها|عليهم)$)(?= |$)/g,
    '$1$2',
  ],
  // Only after what it points at: "شو اللي في الخبر؟" asks what the report tells, its summary.
  [
    /(^| )(?!(?:ما|ماذا|هو|هي|شي|شيء|اهم|ابرز|كل|اللي|الي|الذي|التي)(?= ))(\S+) (?:(?:اللي|الي|الذي|التي) )?(?:(?:ذكر|ذكروه|ذكروها|مذكور|مذكوره|المذكور|المذكوره|جاء|جا|ورد|الوارد|الوارده) )?(?:في|ف|ب) ?(?:الخبر|المقال|التقرير|النص)(?= |$)/g,
    '$1$2',
  ],
  // The one who speaks for a company, however chat calls them ("did the nvidia guy say…", "what did
  // nvidia's rep mention"): its spokesperson.
  [
    /(?<!\bpr )\b(?:guy|dude|bloke|fella|rep|lady)\b(?=(?: \w+){0,2} (?:say|said|says|mention|mentioned|talk|talked|respond|responded|comment|commented|reply|replied)\b)/g,
    'spokesperson',
  ],
  // …and in Arabic, the man of a company who spoke, before the verb or after it ("الراجل بتاع انفيديا
  // جال ايه؟", "شو قال الزلمة تبع انفيديا؟"); with the article, as a bare رجل is any man.
  [new RegExp(`(?:^| )${THE_MAN}(?=(?: \\S+){0,2} (?:${MAN_SPOKE}|ب?يقول|ب?يحكي)(?: |$))|(?<=(?:^| )(?:${MAN_SPOKE}) )${THE_MAN}(?= |$)`, 'g'), ' المتحدث'],
  // Public relations speak for a company ("nvidia's PR response", "the PR guy"); not "PR fluff", spin.
  [/\bpr(?= (?:response|reply|team|guy|guys|person|people|rep|statement|department|dept|folks)\b)/g, 'spokesperson'],
  // What someone said or how they reacted when something happened ("what did nvidia say when
  // deepseek went to huawei?") is what they said about it: a clause of time, no question of when.
  [/\b(what|how)\b(.*?)\b(say|said|react|reacted|respond|responded|comment|commented) when\b/g, '$1$2$3 about'],
  // Whether someone said when something happens asks whether its time was announced ("did they say
  // when the huawei powered thing comes out?", "have they said when?").
  [/\b(did|have|has|do|does)((?: \w+){1,2}) (?:say|said|tell|told|mention|mentioned) when\b/g, '$1$2 announce when'],
  // "when" after another question word joins a clause on ("what they mean when they call it
  // balanced", "what happens when…"): a conjunction, asking no time; not after a word of telling or
  // knowing ("what does the report say about when…" asks when).
  [
    /\b(what|whats|who|whos|which|how|why)\b(.*?)(?<!\b(?:about|on|regarding|of|know|knows|say|says|said|mention|mentions|tell|tells|told|idea|clue|sure|wonder|ask|asks|asking)) when\b/g,
    '$1$2',
  ],
  // What holds something back or up delays it ("what's holding back R2", "what held R2 up"); not
  // "hold up" opening a message, a call to wait.
  [/(?<=\S )\b(?:hold|holds|holding|held)(?: (?!back\b|up\b)\w+)? (?:back|up)\b/g, 'delaying'],
  // …and so does pushing it back, with what is pushed between ("why did they push R2 back?"); not
  // pushing back with nothing between, a resistance ("did nvidia push back against it?").
  [/\b(?:push|pushes|pushed|pushing)((?: (?!back\b)\w+){1,3}) back\b/g, 'delayed$1'],
  // "own" after a possessive is the adjective, a stop-word ("its own chips"); after anything else
  // it is the verb, ownership, a topic ("does huawei own deepseek?"), spelt "owns", which no
  // stop-word list holds.
  [/(?<!\b(?:my|your|his|her|its|our|their|whose) )\bown\b/g, 'owns'],
  // "صاحب الكلام" "the owner of the words" is the one who said them ("مين صاحب الكلام؟" "who said it?").
  [/(?:^| )صاحب (?:ال|هال)?(?:كلام|تصريح|تصريحات|مقوله|جمله)(?= |$)/g, ' اللي قال'],
  // "…or am I wrong", "…or im tripping", "…ولا انا غلطان": a tag asking whether the asker is right
  // offers no alternative, and its words are about the asker, not the report.
  [/\bor (?:(?:am|did|do|have|was) i|i am|im|i|is it (?:just )?me)\b.*$/g, ''],
  [/(?:^| )او (?:انا|اني)(?= |$).*$/g, ''],
  // "…ولا فهمتها غلط؟" "or did I get it wrong", and "…كذي الخطة؟" "is that the plan": the asker's
  // understanding held up to be checked, no topic of its own.
  [/(?:^| )او (?:انا )?(?:فهمت|فهمتها|فهمته|فاهم|فاهمه|فاهمها)(?: \S+)? غلط$/g, ''],
  [/\b(?:is|was) (?:that|this|it) the (?:plan|idea)\b/g, ''],
  [/(?:^| )(?:thats|that|that is|this is) the (?:plan|idea)$/g, ''],
  [/(?:^| )(?:كذي|كذا|هيك|هكذا|كده|كدا|كدة) (?:هي )?(?:ال)?(?:خطه|فكره|سالفه|قصه)$/g, ''],
  // "would love to understand what role nvidia plays", "i'd like to know who…": the frame of an
  // indirect question asks nothing itself (its "would" is no yes/no question); the Arabic frames
  // (بدي اعرف، حابب افهم) are chatter words already.
  // Chat says it with a filler before it and "wanna" for "want to" ("lowkey wanna know what nvidia said").
  [
    /^(?:(?:lowkey|honestly|really|just|kinda|i ?d|i would|would|i|id|we|im|i am) )*(?:(?:love|like|want|need) to|wanna|(?:be )?(?:curious|keen|interested|glad) to) (?:know|understand|hear|learn|find out)\b/g,
    '',
  ],
  // Putting a story out is publishing it ("who put this out?"), not putting chips to the test.
  [/\b(?:put|puts|putting) (?:(?:this|it|that|the \w+) )?out\b/g, 'published'],
  // Writing the original report, the one this article relays, or writing it "originally", before or
  // after the verb, is publishing it: the report names no writer of it but its outlet ("who wrote the
  // original story?", "who wrote originally this info", "مين كتب التقرير الاصلي؟").
  [
    new RegExp(
      String.raw`\b(?:(?:${WRITING})(?= (?:up )?the original (?:story|report|article|piece|news|source)\b)|(?:${WRITING}) originally|originally (?:${WRITING}))\b`,
      'g',
    ),
    'published',
  ],
  [new RegExp(String.raw`(?:^| )(?:${ARABIC_WRITING})(?= (?:ال)?(?:تقرير|خبر|مقال|قصه) (?:ال)?اصل(?:ي)?(?: |$))`, 'g'), ' نشر'],
  // So is writing it first ("who wrote about this news first?", "شكون اللي كتب على هاد الخبر الأول؟"):
  // the one who told it first is its origin, not this article's writer.
  [new RegExp(String.raw`\b(?:${WRITING})(?=(?: \S+){0,4} first\b)`, 'g'), 'published'],
  [new RegExp(String.raw`(?:^| )(?:${ARABIC_WRITING})(?= (?:\S+ ){0,3}(?:ال)?اول(?: |$))`, 'g'), ' نشر'],
  // Algerian واش before a pronoun and what it names asks what it is ("واش هي القصة تاع ديب سيك و
  // هواوي؟", "واش هو الهدف نتاعها؟"): a thing's pronoun makes no yes/no question of it, unless the
  // question offers alternatives ("واش هو LLM ولا شي حاجة اخرى؟", is it an LLM or something else?).
  [/^هل (هو|هي|هوما|هما|هم) (?!(?:.* )?او )/, 'ما $1 '],
  // Maghrebi واش before a verb of doing with what it is done with ("واش راح تدير بيهم ديب سيك؟",
  // "واش حابة دير بالشرائح تاع هواوي؟") asks what is done with it, as Algeria says "what": doing
  // asks for its object, and no yes/no question is asked of bare doing. (The ب of a noun is gone
  // by now: a definite noun right after the verb is what it is done with.)
  // So with its subject between ("واش راهي دير ديب سيك بالشيبات تاع هواوي؟"), the ب of a word no fact holds kept.
  [/^هل ((?:\S+ ){0,2}?)(تفعل|يفعل|يفعلون|تفعلون|نفعل)(?= (?:\S+ ){0,2}?(?:بيه|بيها|بيهم|بيهن|به|بها|بهم|بهن|ال\S+|بال\S+)(?: |$))/, 'ماذا $1$2'],
  // After a preposition, Maghrebi واش (and so the هل it is read as) asks "what", as Algerian speech
  // uses it ("يدربوهم على واش؟", "3la wach", "ب واش خدمو"), no yes/no question: no preposition comes before هل.
  [/(?:^| )(علي|عن|في|من|مع|ب|ل) هل(?= |$)/g, ' $1 ماذا'],
  // What came out with or of someone ("شو طلع معهن بالآخر؟"، "ايش طلع منه") is what happened with
  // them, no coming out of a product (R2 طلع؟).
  [/(?<=(?:^| )(?:ما|ماذا) )طلع(?= (?:مع|من)\S*(?: |$))/g, 'صار'],
  // Whether anything came of them ("طلع منن شي ولا لأ؟"، "طلع منه اشي؟") is whether it worked.
  [/(?:^| )طلع(?= (?:مع|من)\S* (?:شي|اشي|حاجه|نتيجه)(?: |$))/g, ' نفع'],
  // "امتى بيطلع R2 يا ترى؟": يا ترى is "I wonder", not the verb "sees".
  [/(?:^| )يا تري(?= |$)/g, ''],
  // Bringing something up is mentioning it ("جاب طاري الصين؟", "جابو سيرة الصين بكلامهم؟"); و "and"
  // glued on stays a word of its own, joining the question as it did.
  [new RegExp(`(?<=^| )و${BRINGING}(?= ${A_MENTION})`, 'g'), 'و ذكر'],
  [new RegExp(`(?<=^| )${BRINGING}(?= ${A_MENTION})`, 'g'), 'ذكر'],
  [new RegExp(`(?<=(?:^| )ذكر) ${A_MENTION}`, 'g'), ''],
  // …and what was said "in their words" after a verb of saying is the statement again ("ذكر الصين في كلامها؟").
  [/(?<=(?:^| )(?:ذكر|ذكرت|ذكروا|قال|قالت|قالوا)(?: \S+){1,3}) (?:في|ف|ب) ?(?:ال)?كلام(?:ها|هم|ه|هن)?(?= |$)/g, ''],
  // Where someone comes into it or fits in ("baidu n cambricon, where do they come into it", "where
  // does huawei fit in?") asks their role, no place; where they come from is one.
  [
    /\bwhere (?:(?:do|does|did|would|will) )?(.+?) (?:fit|fits|come|comes|came)(?: in| into (?:it|this|that|all this|the picture|the story))?(?= |$)(?! from\b)/g,
    'what is the role of $1',
  ],
  // Going, moving or switching to a company is turning to it (see ARABIC_TURNING_TO); not "going
  // to", the future.
  [
    /\b(?:go|goes|went|gone|move|moves|moved|moving|switch|switches|switched|switching|shift|shifts|shifted|shifting|pivot|pivots|pivoted|pivoting|jump|jumps|jumped|jumping|migrate|migrates|migrated|migrating|head|heads|headed|heading|look|looks|looked|looking)(?: over| back)? to\b/g,
    'turning to',
  ],
  // Work as the verb of a subject asked about ("did it even work?", "has the plan worked out?", "it
  // didnt work") is succeeding, as نفع and زبط are: not the noun "work" a fact holds (the work split
  // between two makers).
  [
    /\b((?:did|does|do|will|would|has|have|had|didnt|doesnt|dont|wont|hasnt|havent) (?:it|that|this|they|these|those|(?:the|their|his|her) \w+(?: \w+)?) (?:\w+ )?)work(?:s|ed)?(?: out)?\b/g,
    '$1succeed',
  ],
  [/\b(it|that|this|they) (didnt|doesnt|dont|wont|never) work(?: out)?\b/g, '$1 $2 succeed'],
  // Needing a maker ("do they still need nvidia?", "ولا بعدها تحتاجها؟", "لسه محتاجين انفيديا") is
  // relying on it: what is asked is whether its chips stay in use, not a need some fact speaks of
  // (the US needing developers' support).
  [/\bneed(?:s|ed|ing)?(?= (?:nvidia|huawei|baidu|cambricon|them|it)\b)/g, 'rely on'],
  [/(?:^| )(?:ت|ي|بت|بي)?حتاج(?:ها|ه|هم)(?= |$)/g, ' تعتمد عليها'],
  [/(?:^| )(?:(?:ت|ي|بت|بي)?حتاج|محتاج|محتاجه|محتاجين)(?= (?:ل)?(?:انفيديا|نفيديا|هواوي|بايدو|كامبريكون)(?: |$))/g, ' تعتمد علي'],
  // A company working on something is developing it ("this R2 thing deepseek's working on"); a model
  // working on chips runs on them.
  [/\b(deepseek|huawei|nvidia|baidu|cambricon|they|we)((?: is| are| has been| have been| been)?) (?:working|workin) on\b/g, '$1$2 developing'],
  // Holding a thing (a stake, shares, a patent) is owning it: not a plan put on hold or held off.
  [/\b(?<!on )hold(?:s|ing)?(?= (?:an?|any|some|shares?|stakes?|equity|patents?)\b)/g, 'own'],
  // A company publicly traded is one listed on a stock exchange, no trade of one thing for another
  // (a swap of chips).
  [/\bpublic(?:ly)? (?:traded|listed)\b/g, 'listed stock'],
  // Being in the picture (the mix, the running, the game) is being used for something, and being
  // out of it is no longer being used ("is nvidia still in the picture for R2?", "انفيديا لسا
  // بالصورة؟"): the idiom's noun is no topic of its own. Not the asker put in the picture ("put
  // me in the picture", "حطني بالصورة"): that asks for a summary.
  [/(?<!\b(?:me|us) )\b(?:in|into|out of) the (?:picture|mix|running|game|equation)\b/g, 'used'],
  [/(?<!حط(?:ني|نا|يني))(?:^| )(?:(?:في|خارج|برا|بره|من) (?:ال)?صوره|بالصوره)(?= |$)/g, ' تستخدم'],
  // What stays or remains on, with or for something keeps being used there ("nvidia stays for
  // which model?", "will deepseek stay with nvidia?"), unlike staying ahead.
  [/\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining) (on|with|for)\b/g, 'keeps using $1'],
  // So does what something is kept on ("which model will deepseek keep on nvidia chips", "keeping R2 on
  // nvidia"): keeping it there is going on using that. Not an eye or tabs kept on something, a watch,
  // nor keeping on doing something, going on with it.
  [/\b(?:keep|keeps|kept|keeping)((?: (?!(?:an|a|close|tabs|track|eye|eyes)\b)\S+){0,3}) on\b(?! \S+ing\b)/g, 'keeps using$1 on'],
  // Going on about something, or keeping on about it, is talking of it ("the strategy thing the article
  // kept going on about"): no keeping of anything, and no topic.
  [/\b(?:(?:kept|keeps|keep|keeping) )?(?:going|goes|went|banging|harping|rambling) on(?= about\b)/g, 'talking'],
  // Doing something "in the first place" is doing it at all ("why deepseek even messin w huawei chips in
  // the first place"): the asker's stress, no place asked for.
  [/\b(?:in the first place|to begin with)\b/g, ''],
  // Finishing with someone is being done with them ("has deepseek finished with nvidia?", Pidgin "deepseek
  // don finish with nvidia?"), no task finished.
  [/\b(?:finish|finished|finishes|finishing) with\b/g, 'done with'],
  // …and in Arabic, being done with or rid of someone is giving them up ("ديب سيك خلصت من انفيديا؟").
  [/(?:^| )(?:خلص|خلصت|خلصوا|خلصو|تخلص|يخلص|تخلصت|اتخلص|اتخلصت)((?: \S+){0,2}) من(?= )/g, ' تخلت$1 عن'],
  // Ending up doing something is doing it in the end ("what will the world end up choosing"): no topic.
  [/\b(?:end|ends|ended|ending) up\b/g, ''],
  // Lending someone a hand is helping them ("did Huawei actually lend DeepSeek a hand with R2?").
  [/\b(?:lend|lends|lent|lending|give|gives|gave|giving) ((?:\w+ ){0,2})a (?:helping )?hand\b/g, 'help $1'],
  [/(?:^| )(?:مد|مدت|مدوا|يمد|تمد) (?:ال)?(?:يد|ايد) (?:ال)?(?:مساعده|عون)(?= |$)/g, ' ساعد'],
  // Deciding or choosing to do something, asked about, asks about doing it ("why did deepseek decide to
  // go for huawei chips" asks why it went for them): the verb of deciding before another verb is no
  // topic of its own, as trying and wanting are not. (Arabic قررت is read apart from the facts already.)
  [/\b(?:decide|decides|decided|deciding|opt|opts|opted|opting|choose|chooses|chose|choosing) to\b/g, ''],
  // "…or what", "…or something", "…ولا ايه", "…ولا شي": a tag that asks nothing of its own
  // ("nvidia salty or what 😂 did they say something about china" holds one question), as "…or am
  // I wrong" asks nothing; a question asked with its auxiliary or هل stays a yes/no question.
  [/\bor (?:what|something|whatever)$/g, ''],
  [/(?:^| )او (?:ما|شي)$/g, ''],
  // How simply to explain it ("explain like im 5", "eli5", "in plain english", "for dummies", "dumb
  // it down", "ببساطة"): the asker's wish, no topic; its digit would read as a code the report lacks.
  // "eli5 the news", "eli5 pls" ask to explain it, as "explain the news" does; before a question
  // ("eli5 why…") it says how simply to answer.
  [/\beli5\b(?=$| (?:the|this|that|it|pls|please|plz)\b)/g, 'explain'],
  [
    /\b(?:(?:explain (?:it |this |that )?)?like (?:i ?m|i am|im) (?:5|five|a (?:5|five) year old|a kid|a child)|eli5|in (?:plain|simple) (?:english|terms|words)|in laymans? terms|for dummies|dumb(?:ed)? (?:it )?down)\b/g,
    '',
  ],
  // Putting something on chips is running it on them ("what kind of models is deepseek putting on
  // huawei chips?"); not putting it on hold, on ice, on pause.
  [/\b(?:put|puts|putting)\b(?=(?: (?!on\b)\S+){0,4} on (?!hold\b|ice\b|pause\b|the back ?burner\b))/g, 'running'],
  // Machine-learning jargon for what the facts say plainly: pre-training is training, fine-tuning
  // is refining, deploying a model is running it, hardware and compute are the chips it runs on
  // ("what compute is R2 pretrained on", "will they deploy R2 on huawei silicon"; "compute" was
  // read as one slip from "competition"); Arabic العتاد، الهاردوير، الضبط الدقيق.
  [/\bpre ?-?train(?:s|ed|ing)?\b/g, 'training'],
  [/\bfine ?-?tun(?:e|es|ed|ing)\b/g, 'refine'],
  [/\bdeploy(?:s|ed|ing|ment)?\b/g, 'run'],
  [/\b(?:hardware|compute)\b/g, 'chips'],
  [/(?:^| )(?:ال)?ضبط (?:ال)?دقيق(?= |$)/g, ' تحسين'],
  [/(?:^| )(?:ال)?(?:هاردوير|عتاد)(?= |$)/g, ' شرايح'],
  // A game plan is a strategy, not a plan for one thing ("deepseek's whole chip game plan").
  [/\bgame ?plans?\b/g, 'strategy'],
  // Messing, playing or tinkering with something is trying it out.
  [/\b(mess|messes|messing|messed|play|plays|playing|played|tinker|tinkers|tinkering|tinkered|fiddle|fiddling) (around |about )?with\b/g, 'testing'],
  // Keeping something around, or for something, is going on using it ("why keep nvidia around?",
  // "what are they keeping nvidia for?").
  [/\b(?:keep|keeps|keeping|kept) (?!using\b)((?:\S+ ){1,2})(?:around\b|(?=for\b))/g, 'keep using $1'],
];

/** English opens a yes/no question with its auxiliary ("are they sticking with it?", "…or did they move it?"). */
export const ENGLISH_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'can',
  'could',
  'will',
  'would',
  'should',
  'has',
  'have',
  'had',
]);
