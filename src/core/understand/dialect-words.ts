/**
 * The word tables of five dialect groups (Egyptian, Levantine, Gulf, Iraqi, Maghrebi): question
 * words, negation, future and progressive markers, possessives, common verbs and everyday words,
 * each mapped to the standard word. Data, read by `dialects.ts`. Words are written naturally and
 * normalised when loaded (see `normalizeArabic`).
 */

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

const EGYPTIAN: DialectGroup = {
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
    // Sudanese "which", heard beside Egyptian (الشركات دي ياتو؟).
    ياتو: S.which,
    ياتا: S.which,
    ياتي: S.which,
    // "على Nvidia ولا Huawei؟": the dialects' "or" (standard ولا is "nor", which questions do not use).
    ولا: 'او',
  },
  negation: { مش: S.not, مفيش: S.not, مافيش: S.not },
  // ينفع "it is possible, it will do" before a verb or a use ("ينفع نطلع؟", "ينفع للقلل؟"): a modal
  // carrying no topic, not نفع "it worked", which asks an outcome.
  aspect: { هـ: '', حـ: '', ينفع: '', بينفع: '', تنفع: '', بتنفع: '' },
  possessives: { بتاع: '', بتاعة: '', بتاعت: '', بتوع: '', بتاعهم: '', بتاعها: '' },
  verbs: {
    عايز: 'يريد',
    عاوز: 'يريد',
    عايزة: 'يريد',
    عايزين: 'يريد',
    // Upper Egypt says ق as g and writes it ج: جال "said" (انفيديا جالت ايه؟), بيجول "says".
    جال: 'قال',
    جالت: 'قالت',
    جالوا: 'قالوا',
    بيجول: 'يقول',
    بتجول: 'تقول',
    بيجولوا: 'يقولون',
    بعت: 'ارسل',
    بعتت: 'ارسلت',
    بعتوا: 'ارسلوا',
    شاف: 'راى',
    عمل: 'فعل',
    عملت: 'فعلت',
    عملوا: 'فعلوا',
    // ابتدى "start" (المنافسة ابتدت)
    ابتدى: 'بدا',
    ابتدت: 'بدات',
    ابتدوا: 'بدا',
    ساب: 'تخلي',
    يسيب: 'يتخلي',
    هيسيب: 'يتخلي',
    جرب: 'اختبر',
    ينزل: 'يطلق',
    نزل: 'اطلق',
    تنزل: 'تطلق',
    بيقول: 'يقول',
    اخد: 'اخذ',
    اخدت: 'اخذت',
    تاخد: 'تاخذ',
    ياخد: 'ياخذ',
    // "spoke": who spoke for someone said what they said (not the present, بيتكلم, asked of the report).
    اتكلم: 'قال',
    اتكلمت: 'قالت',
    اتكلموا: 'قالوا',
    هيطلع: 'يطلق',
    هتسيب: 'تتخلي',
    تسيب: 'تتخلي',
    بطل: 'توقف',
    هتبطل: 'تتوقف',
    تبطل: 'تتوقف',
    // بقى is the copula "become, be" ("انفيديا مش هتبقى مستخدمة", "R2 هيبقى مجاني؟"); with the
    // future or habitual marker it is only that, never standard بقي "remained".
    هيبقى: 'يكون',
    هتبقى: 'تكون',
    حيبقى: 'يكون',
    حتبقى: 'تكون',
    بيبقى: 'يكون',
    بتبقى: 'تكون',
    هيبقوا: 'يكونوا',
    // فضل "kept on" (Levantine ضل): going on with something, as the facts' ستواصل "will keep on",
    // not standard بقي, which tells a state ("يبقى مستقبل النموذج…"); written with the future marker
    // only, since standard يفضل is "prefers".
    هيفضل: 'تواصل',
    هتفضل: 'تواصل',
    حيفضل: 'تواصل',
    حتفضل: 'تواصل',
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
    الكروت: 'الشرائح',
    خالص: 'تماما',
    تانيين: 'اخري',
    تانية: 'اخري',
    ميعاد: 'موعد',
    الميعاد: 'الموعد',
    // The verbal noun of نزل, "to come out": a release.
    نزول: 'اطلاق',
    النزول: 'الاطلاق',
    // "It seems" (the participle of بان), a hedge before a question: no ب + اين "where".
    باين: '',
  },
};

const LEVANTINE: DialectGroup = {
  name: 'levantine',
  questionWords: { شو: S.what, ليش: S.why, إيمتى: S.when, ايمتى: S.when, وين: S.where, قديش: S.howMany, قديه: S.howMany, كيف: S.how, اديش: S.howMany },
  negation: { مش: S.not },
  aspect: { رح: '', راح: '', عم: '', عما: '' },
  possessives: { تبع: '', تبعت: '', تبعها: '', تبعو: '', تبعه: '', تبعون: '', تبعهن: '' },
  verbs: {
    // ساوى "did", as the Levant spells سوّى (شو ساوت هواوي؟).
    ساوى: 'فعل',
    ساوت: 'فعلت',
    ساوو: 'فعلوا',
    ساووا: 'فعلوا',
    بدي: 'يريد',
    بدو: 'يريد',
    بدها: 'يريد',
    بدهن: 'يريد',
    بدهم: 'يريد',
    بدون: 'يريد',
    بدنا: 'يريد',
    // "would like" (حابب is chatter already).
    حاب: 'يريد',
    حابة: 'يريد',
    حابين: 'يريد',
    حكى: 'قال',
    حكت: 'قالت',
    اجا: 'جاء',
    إجا: 'جاء',
    زبط: 'نجح',
    زبطت: 'نجحت',
    زبطو: 'نجحوا',
    مازبط: 'فشل',
    ضل: 'تواصل',
    ضلت: 'تواصل',
    تضل: 'تواصل',
    يضل: 'تواصل',
    // …and as standard ظلّ "kept on" (يظل), which it is often typed as.
    بتظل: 'تواصل',
    بيظل: 'تواصل',
    تظل: 'تواصل',
    يظل: 'تواصل',
    ظلت: 'تواصل',
    ستظل: 'تواصل',
    سيظل: 'تواصل',
    يطلع: 'يطلق',
    // أخذ "take" as the Levant and Egypt say its ذ (تاخد الأحسن "takes the best").
    اخد: 'اخذ',
    اخدت: 'اخذت',
    تاخد: 'تاخذ',
    ياخد: 'ياخذ',
    // بلّش "start" (المنافسة بلشت), and what people say (عم يحكوا انو…).
    بلش: 'بدا',
    بلشت: 'بدات',
    بلشو: 'بدا',
    بلشوا: 'بدا',
    يحكوا: 'يقولون',
    يحكو: 'يقولون',
  },
  words: {
    اكتر: 'اكثر',
    اشي: 'شي',
    // "between them" (بيناتهم، بيناتن), as the standard بينهم.
    بيناتهم: 'بينهم',
    بيناتن: 'بينهم',
    بيناتهن: 'بينهم',
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

const GULF: DialectGroup = {
  name: 'gulf',
  questionWords: {
    وش: S.what,
    وشو: S.what,
    ايش: S.what,
    ويش: S.what,
    إيش: S.what,
    شنو: S.what,
    منو: S.who,
    منهو: S.who,
    شلون: S.how,
    ليش: S.why,
    شحقه: S.why,
    شحقا: S.why,
  },
  negation: { مب: S.not, مو: S.not, ماهو: S.not },
  // با before a verb is the future in Oman, Hadramawt and the south of the Peninsula ("با تبطل" "will stop").
  // للحين "still" (till now) is ما زال, never the standard حين "time" its letters hold after ل + ال.
  aspect: { قاعد: '', قاعدين: '', قاعدة: '', جالس: '', با: '', للحين: 'ما زال', لليحين: 'ما زال' },
  possessives: { حق: '', حقت: '', حقه: '', حقها: '', حقهم: '' },
  verbs: {
    ابغى: 'يريد',
    ابي: 'يريد',
    أبي: 'يريد',
    يبي: 'يريد',
    تبي: 'يريد',
    يبغى: 'يريد',
    تبغى: 'يريد',
    // "want" in every person, and its ا spelling (ابا، تبا), as typed in the Gulf.
    نبي: 'يريد',
    يبون: 'يريد',
    تبون: 'يريد',
    نبغى: 'يريد',
    يبغون: 'يريد',
    // …and its plural with the dialects' و, its ى dropped (يبغو "they want", Arabizi yabgho).
    يبغو: 'يريد',
    يبغوا: 'يريد',
    تبغو: 'يريد',
    تبغوا: 'يريد',
    تبغون: 'يريد',
    ابا: 'يريد',
    تبا: 'يريد',
    يبا: 'يريد',
    نبا: 'يريد',
    سوى: 'فعل',
    سوت: 'فعلت',
    // رسل "sent", as the Gulf and Sudan say it (هواوي رسلت ناس).
    رسل: 'ارسل',
    رسلت: 'ارسلت',
    رسلو: 'ارسلوا',
    رسلوا: 'ارسلوا',
    يسوي: 'يفعل',
    يسوون: 'يفعلون',
    تسوي: 'تفعل',
    نفعوا: 'نجحوا',
    نافعين: 'ناجحين',
    // ضبط "work out" (ضبطت معاهم؟ "did it work out with them?")
    ضبطت: 'نجحت',
    ضبطو: 'نجحوا',
    ضبطوا: 'نجحوا',
    // Much of the Gulf says ج as y and writes it ي: ياب "brought" (منو اللي ياب الخبر؟), يايب "bringing".
    ياب: 'جاب',
    يابت: 'جابت',
    يابو: 'جابوا',
    يابوا: 'جابوا',
    يايب: 'جايب',
    يايبين: 'جايبين',
    // تمّ "stay on, keep on" with the future's ب (ديب سيك بتم على انفيديا؟ "will DeepSeek stay on Nvidia?"),
    // as the Levant's تضل; not bare يتم, standard Arabic's "is done".
    بتم: 'تواصل',
    بيتم: 'تواصل',
    بيتمون: 'تواصل',
    // فنّش "let go, dismiss" (بتفنّش انفيديا؟ "will she let Nvidia go?") and هدّ "let go of, leave"
    // (ولا هدوا؟ "or did they drop it?"): words of giving something up, as تتخلى is. Not bare هد,
    // standard Arabic's "demolished".
    فنش: 'تخلت',
    فنشت: 'تخلت',
    فنشو: 'تخلت',
    فنشوا: 'تخلت',
    فنشوها: 'تخلت',
    فنشوه: 'تخلت',
    يفنش: 'يتخلي',
    تفنش: 'تتخلي',
    بتفنش: 'تتخلي',
    بيفنش: 'يتخلي',
    يفنشون: 'يتخلي',
    هدوا: 'تخلت',
    هدو: 'تخلت',
    هدوها: 'تخلت',
    هدوه: 'تخلت',
    هدتها: 'تخلت',
    // هوّن عن "back away from" (هونوا عنه؟ "did they back off from it?"); not bare هون, the Levant's "here".
    هونت: 'تراجع',
    هونوا: 'تراجع',
    هونو: 'تراجع',
  },
  // شدخل "what has … got to do with" (شدخل بايدو بسالفة ديب سيك؟).
  words: {
    // ش glued to اسم: "what's his name"
    شسمه: 'ما اسمه',
    شسمها: 'ما اسمها',
    شسمهم: 'ما اسمهم',
    وشسمه: 'و ما اسمه',
    وشسمها: 'و ما اسمها',
    شدخل: 'ما علاقة',
    // أسامي "names", the plural of اسم in the Gulf (and the Levant and Egypt) as أسماء is in standard Arabic
    اسامي: 'اسماء',
    // "his name" with the pronoun as the Maghreb and the Levant say it (اسمو, as Arabizi's esmo)
    اسمو: 'اسمه',
    // علوم "news" (وش علوم R2؟ "what's the news of R2?"), and ترا "you know", a particle with its persons.
    علوم: 'اخبار',
    العلوم: 'الاخبار',
    ترا: '',
    تراه: '',
    تراها: '',
    تراهم: '',
    صج: 'حقا',
    زين: '',
    طاري: 'ذكر',
    الحين: 'الان',
    ذحين: 'الان',
    دحين: 'الان',
    ذي: 'هذه',
    هذي: 'هذه',
    وايد: 'كثير',
    // …and يديد "new" (الشرايح اليديدة).
    يديد: 'جديد',
    يديده: 'جديده',
    اليديد: 'الجديد',
    اليديده: 'الجديده',
  },
};

const IRAQI: DialectGroup = {
  name: 'iraqi',
  // شدا: ش "what" with دا, the progressive ("شدا تسوي" "what is she doing").
  questionWords: {
    شنو: S.what,
    شكو: S.what,
    شدا: S.what,
    ليش: S.why,
    لويش: S.why,
    شوكت: S.when,
    منو: S.who,
    شكد: S.howMany,
    // …typed with گ (شگد), which reads ق, گ being one elsewhere
    شقد: S.howMany,
    شلون: S.how,
    ياهو: S.which,
  },
  negation: { مو: S.not, ماكو: S.not },
  aspect: { دا: '', راح: '', رح: '' },
  possessives: { مال: '', مالت: '', مالته: '', مالها: '', مالهم: '' },
  // ش glued to a verb asks "what": شصار "what happened", شقال / شكال "what did he say" (گ typed as ك).
  verbs: {
    // بدت without its hamza is "started" (المنافسة بدت), not "seemed"
    بدت: 'بدات',
    دز: 'ارسل',
    دزت: 'ارسلت',
    دزوا: 'ارسلوا',
    شقالت: 'ما قالت',
    شقال: 'ما قال',
    شكالت: 'ما قالت',
    شكال: 'ما قال',
    // قال "said" with گ (typed ك): "التقرير يكول انو…".
    كال: 'قال',
    كالت: 'قالت',
    كالوا: 'قالوا',
    يكول: 'يقول',
    تكول: 'تقول',
    شصار: 'ما صار',
    شسوت: 'ما فعلت',
    شسوى: 'ما فعل',
    يريد: 'يريد',
    سوى: 'فعل',
  },
  words: {
    // ك spoken ch (چبير، written جبير too): "big"
    جبير: 'كبير',
    الجبير: 'الكبير',
    چبير: 'كبير',
    الچبير: 'الكبير',
    هسه: 'الان',
    هسة: 'الان',
    // كلّش "completely, very" ("راح تبطل انفيديا كلش؟", will it drop Nvidia altogether?), read before
    // the Maghreb's كلش "everything", which asks as much of how far a change goes.
    كلش: 'تماما',
    هواية: 'كثير',
    ويه: 'مع',
    ويا: 'مع',
    وياهم: 'معهم',
    وياه: 'معه',
    وياها: 'معها',
    لو: 'او',
    هالشي: 'هذا',
    ماكو: 'لا يوجد',
    اكو: 'يوجد',
    محد: 'لا احد',
    // "a part of" (قسم منها "some of them").
    قسم: 'بعض',
  },
};

const MAGHREBI: DialectGroup = {
  name: 'maghrebi',
  questionWords: {
    شنو: S.what,
    شنهو: S.what,
    // Mauritanian Hassaniya (شنهي الشركات؟).
    شنهي: S.what,
    شنهيه: S.what,
    أشنو: S.what,
    // Libyan and Tunisian "what" (شن قالت انفيديا؟، شنية الحكاية؟) and Tunisian "why" (علاه).
    شن: S.what,
    شني: S.what,
    شنية: S.what,
    شنوة: S.what,
    // …and with the أ of أش before them (اشنوة، اشنية "what, which"; اشنهي "which is it").
    اشنوة: S.what,
    اشنية: S.what,
    اشني: S.what,
    اشنهي: S.what,
    اشنهو: S.what,
    علاه: S.why,
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
    // Algerian كاش "any, some" (كاش تاريخ؟ "any date?", كاش واحد "someone").
    كاش: S.yesNo,
    // Tunisian and Algerian "or" (والا), as Egyptian ولا.
    والا: 'او',
  },
  // Tunisian "is not" (ماهوش باش يتدرب "it isn't going to be trained") with its other persons.
  negation: { ماشي: S.not, مشي: S.not, موش: S.not, ماهوش: S.not, ماهيش: S.not, مهوش: S.not, ماهمش: S.not },
  // Algerian and Moroccan راه "here is / is now" before a verb or a state (راهي تخدم "she is using").
  // …and Hassaniya's لاهي "is about to, is doing" (لاهي تجرب).
  aspect: { غادي: '', غادية: '', غاديين: '', باش: '', بش: '', راه: '', راهي: '', راهو: '', راهم: '', راني: '', لاهي: '', لاهو: '', لاهم: '' },
  // Algerian and Tunisian تاع / متاع "of" beside Moroccan ديال.
  possessives: {
    ديال: '',
    ديالها: '',
    ديالو: '',
    ديالهم: '',
    ديالي: '',
    نتاع: '',
    متاع: '',
    متاعها: '',
    متاعهم: '',
    تاع: '',
    تاعها: '',
    تاعو: '',
    تاعهم: '',
  },
  verbs: {
    // قعد "stay on, keep (doing)" (باش تقعد تخدم بانفيديا؟ "will it keep working with Nvidia?"): continuing it.
    تقعد: 'تواصل',
    يقعد: 'يواصل',
    // Tunisian خمّم "think over, consider" (كانت تخمم تستعمل Ascend "it was thinking of using Ascend")
    خمم: 'فكر',
    تخمم: 'فكرت',
    يخمم: 'فكر',
    خممت: 'فكرت',
    بغا: 'يريد',
    بغات: 'يريد',
    بغاو: 'يريد',
    بغيت: 'يريد',
    دار: 'فعل',
    دارت: 'فعلت',
    دارو: 'فعلوا',
    // …and its present, "does" (كيدير، كاتدير with the progressive).
    يدير: 'يفعل',
    تدير: 'تفعل',
    يديرو: 'يفعلون',
    // …and "to do" after a verb of wanting or being able (بغات دير "she wants to do", تقدر دير).
    دير: 'تفعل',
    وقع: 'حدث',
    // صرا "happened", as Algeria and Tunisia spell صار (واش صرا؟ "what happened?").
    صرا: 'صار',
    // حوّس "look for" (راهي تحوس على بدائل "she is looking for alternatives").
    حوس: 'بحث',
    تحوس: 'تبحث',
    يحوس: 'يبحث',
    يحوسو: 'يبحثون',
    صيفط: 'ارسل',
    صيفطات: 'ارسلت',
    // The feminine past's ending -ات (نشرات "she published", قالات "she said", جربات "she tried").
    نشرات: 'نشرت',
    قالات: 'قالت',
    جربات: 'جربت',
    صيفطو: 'ارسلوا',
    عاون: 'ساعد',
    عاونات: 'ساعدت',
    // جاوبت "she answered" (واش انفيديا جاوبت؟ "did Nvidia reply?"), a reply as ردت is; not the asker's own
    // answering (بدي جاوبه "I want to answer him").
    جاوبت: 'ردت',
    جاوبات: 'ردت',
    جاوبو: 'ردوا',
    جاوبوا: 'ردوا',
    تعاون: 'تساعد',
    خدام: 'يستخدم',
    خدامة: 'تستخدم',
    خدامين: 'يستخدمون',
    تخدم: 'تستخدم',
    يخدم: 'يستخدم',
    يخدمو: 'يستخدم',
    خدمو: 'استخدموا',
    لغاوها: 'الغت',
    // خلّى "leave behind" with what is left (خلاتها "she left it", خلاوها "they left it")
    خلاتها: 'تركتها',
    خلاوها: 'تركوها',
    خلاوه: 'تركوه',
    لغاو: 'الغت',
    يخرج: 'يطلق',
    خرج: 'اطلق',
    // …and its verbal noun, a release (خروج النموذج)
    خروج: 'اطلاق',
    الخروج: 'الاطلاق',
    // هدر "talk, speak" (نفيديا هدرت على الصين؟ "did Nvidia speak of China?"), as قال.
    هدر: 'قال',
    هدرت: 'قالت',
    هدرو: 'قالوا',
    هدروا: 'قالوا',
    تهدر: 'قالت',
    يهدر: 'قال',
    هضر: 'قال',
    هضرت: 'قالت',
    هضرو: 'قالوا',
    تنقص: 'تقلل',
    ينقص: 'يقلل',
    نقص: 'تقليل',
    // بطّل "stop, give up" (بطلوها "they dropped it"), a word of giving up as تتخلى is; not بطل
    // alone, "a hero".
    بطلو: 'تخلت',
    بطلوها: 'تخلت',
    بطلت: 'تخلت',
    تبطل: 'تتخلي',
    يبطلو: 'تتخلي',
    // …and so is Moroccan and Algerian حبس "stop" (تحبس نفيديا "stop Nvidia", حبسات "she stopped").
    حبس: 'تخلي',
    حبسو: 'تخلت',
    حبسوها: 'تخلت',
    حبسات: 'تخلت',
    حبساتها: 'تخلت',
    حبست: 'تخلت',
    تحبس: 'تتخلي',
    تحبسها: 'تتخلي',
    يحبس: 'يتخلي',
    يحبسو: 'تتخلي',
    // عوّل على "count on": Tunisian and Algerian for relying on a supplier.
    يعول: 'يعتمد',
    يعولو: 'يعتمد',
    تعول: 'تعتمد',
    عولت: 'اعتمدت',
  },
  words: {
    // الشينوا "the Chinese, China" (French chinois), as the Maghreb says it.
    الشينوا: 'الصين',
    شينوا: 'الصين',
    الشنوا: 'الصين',
    دابا: 'الان',
    // Hassaniya "now", "this", and Algerian and Hassaniya قاع "all of it" (گاع).
    دركة: 'الان',
    دركه: 'الان',
    ذ: 'هذا',
    قاع: 'تماما',
    توا: 'الان',
    بزاف: 'كثير',
    هادشي: 'هذا',
    هاد: 'هذا',
    هادي: 'هذه',
    // الهدرة "the talk" (صح هاد الهدرة؟ "is this talk true?"), as الكلام.
    هدره: 'كلام',
    الهدره: 'الكلام',
    هضره: 'كلام',
    الهضره: 'الكلام',
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
    // Tunisian "there is" / "there isn't" and "a lot" (فما، فماش، برشا، ياسر), "now" (توة).
    فما: 'يوجد',
    فمة: 'يوجد',
    فماش: 'لا يوجد',
    برشا: 'كثير',
    برشة: 'كثير',
    ياسر: 'كثير',
    توة: 'الان',
    // Algerian بصح "but" (بالصح).
    بصح: 'لكن',
    // The card (French carte): a graphics card, a chip, as Egyptian كروت.
    كرطة: 'شريحة',
    كارطة: 'شريحة',
    كرطات: 'شرائح',
    كارطات: 'شرائح',
    الكرطة: 'الشريحة',
    الكارطة: 'الشريحة',
    الكرطات: 'الشرائح',
    الكارطات: 'الشرائح',
  },
};

export const DIALECT_GROUPS: DialectGroup[] = [EGYPTIAN, LEVANTINE, GULF, IRAQI, MAGHREBI];
