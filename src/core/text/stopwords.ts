/**
 * Words that carry no topic: question words, pronouns, particles, degree words ("very", "a lot",
 * and each dialect's: كتير، اوي، بزاف، برشا، واجد), and the chatter around a
 * question ("tell me", "please", "يعني"). Dialect question words and demonstratives (هاذي، هيدا،
 * هداك) are here too, so "ايه" and "what" weigh the same (nothing). Words are written naturally
 * and normalised when loaded.
 */
import { foldLatin } from './english';
import { normalizeArabic } from './arabic';

const ENGLISH = `
a about above according actually after again against all also am an and any anything are aren't
around as at be because been before being below between both but by can cannot could did didn't do
does doesn't doing done don't down during each else even ever exactly for from further get gets
getting give go going gonna got had has hasn't have haven't having he her here hers him his how i
if in into is isn't it it's its itself themselves just know let like likely lot many may me might more most
much must my myself need no nor not now of off on once one or other our ours out over own
please pls plz really regarding say said says told tells telling talk talks talked talking admit admits admitted admitting acknowledge acknowledges acknowledged acknowledging concede concedes conceded conceding accepting deny denies denied denying see she should so some something such tell than thank
thanks that that's the their theirs them then there these they thing things think reckon reckons this those
through to too u under until up us very wanna want was wasn't way we were weren't what what's
whats when where which while who whom whose why will with won't would ya yeah yes you your yours
article report reports reported reporting text story news paper piece mentioned mention
happen happened happening hey hi hello ok okay
i'd i'm i'll i've you'd you're you've they'd they're they've we'd we're we've there's he's she's can't couldn't wouldn't shouldn't
it'll that'll they'll you'll we'll it'd that'd
`;

const ARABIC = `
و أو او ثم أم ام بل لكن لكنه لكنها حتى إذا اذا إن ان أن لو لا لم لن ما ماذا لماذا متى أين اين كيف
كم هل أي اي أيها من عن في على إلى الى مع عند بين حول خلال منذ قبل بعد فوق تحت ضد دون لدى
هو هي هم هن أنا انا نحن أنت انت أنتم انتم هذا هذه هذي ذلك تلك هؤلاء هاذا ذا اللي الذي التي الذين
كان كانت يكون تكون كانوا يكونوا ليس ليست قد لقد سوف كل بعض غير أيضا ايضا جدا يعني بس طيب
شو ايش إيش ايه إيه وش وشو ليش ليه ليشن فين وين منين امتى إمتى ازاي إزاي كيفاش كيفش شنو شنهو
مين منو عايز عاوز بدي بدك ابغى ابي أبي ودي ممكن لو سمحت رجاء يا هاد هادا هادي دا دي ده ديه
ولا لأ لا ايوه أيوه نعم اه آه عشان علشان لان لأن يقول قال قالت تقول يذكر ذكر ذكرت اعترف اعترفت اعترفوا التقرير تقرير
المقال مقال الخبر خبر النص حسب وفق وفقا بحسب بخصوص بشأن عنه عنها فيه فيها له لها لهم به بها
هناك هنا الآن الان حاليا حصل صار اش إش شي شيء الشي الشيء كله كلها كلهم الكل حاجة حاجه حاجات حاجاتهم عن ايش اللي هل ماذا فى الي
ورا وراء منشان مشان لمشان نفسه نفسها نفسهم بنفسه بنفسها بنفسهم
تبع تبعت تبعها تبعه بتاع بتاعت بتاعة بتوع ديال ديالها ديالو عم هلق هلأ هسا هسه هسع دلوقتي دلوقت
كده كدا كدة زي مش مو ماشي مب واش علاش شنو فاش فين مازال لسه لسا لساتها برضو بردو كمان
ف اه يعنى طب خلاص وله ولو يلا بقى لما هكذا كلو
سوت سوى سوا يسوي تسوي سوو عملت موضوع الموضوع الامر القصه قصه سالفه سالفة السالفه حكايه حكاية الحكايه قصته قصتها قصتهم سالفته سالفتها سالفتهم حكايته حكايتها حكايتهم
بانها بانه انها انه انهم انو إنو بلي بللي تسعى يسعى تحاول يحاول تريد يريد تخلق يخلق
أود اود نود أريد اريد نريد ماهي ماهو هوما حدا كنت كنا
باسم بإسم بسم ناحيه ناحية معه معها معهم معاهم معاه معاها عليه عليها عليهم عليهن بيه بيها بيهم بيهن فيهم فيهن منهم منهن منها منه بهم بهن
إليه اليه إليها اليها إليهم اليهم إليهن اليهن
يوجد توجد موجود موجودة موجودين آخر اخر أخرى اخرى آخرين اخرين تاني تانية ثاني ثانية تانيين
الآخر الاخر الأخرى الاخرى الآخرين الاخرين التاني التانية التانيين
كثير كثيرا كتير اوي أوي بزاف برشا واجد وايد
هاذي هاذ هاذو هاي هذاك هذيك هذول هذوله هداك هديك هادوك هاذيك هاديك هاذوك هيدا هيدي هيدول ذاك ذي إذ
`;

/**
 * Chatter: greetings, slang, fillers and the frames of indirect questions ("can someone tell me",
 * "I wonder", "عايز اعرف", "حد فاهم"), in English, Arabic and the dialects; and the French
 * grammar words that Maghrebi Arabizi borrows ("les petits models"). They carry no topic. Not
 * "happy": "is Huawei happy with DeepSeek?" asks how someone feels, which the report never tells
 * ("happy friday all!" is small talk the reader drops whole).
 */
const CHATTER_ENGLISH = `
lol lmao lmfao rofl haha hahaha hehe bruh bro bros dude fr tbh ngl tho imo imho idk idc btw rn fyi omg smh tf wtf ffs lowkey highkey
iirc afaik afaict wdym wym fwiw tbf istg ikr icymi
yo sup hiya howdy folks guys everyone everybody y'all yall all morning evening afternoon night good great
friday monday weekend anyway anyways basically kinda sorta literally honestly seriously damn dang
someone somebody anyone anybody any1 some1 sum1 every1 wonder wondering wondered curious idea sure explain explained understand
confused quick question questions q guess mean means meant thing stuff ok okk okay alright right exactly precisely
completely totally entirely kind sort difference role
supposedly apparently allegedly seemingly presumably evidently
here finally just r ur wat wats wut cuz coz cause gonna gotta wanna lemme gimme hmm hm um uh yep yup nope nah aye naw
innit aint ain't allat allthat svp stp rapide na
lah lor meh sia walao ah ayuh oi oy eish uff
lad lads mate mates fam bruv machan mandem cher craic
thx ty tysm appreciate folks chat guys hello hey hi greetings cheers
les des le la du de un une et est pour avec
`;

const CHATTER_ARABIC = `
يا شباب جماعة والله ولله هههه ههه هه لول صباحو صباح مساء الخير مرحبا اهلا هلا هلو السلام سلام عليكم
ازيكم ازيك جدع جدعان عيني كيفكم شلونكم حد احد اعرف افهم فاهم فاهمه فهمت يعرف تعرف تقولي قولي قوللي قلي اشرح
اسال نسال بسال نعرف نفهم نسقسي حبيت
خوت الخوت لخوت خاوتي خويا نهاركم نهركم نهاركوم مبروك
عايزه عايزين ودي نفسي بدي حابب حابه اتمنى بتمنى سؤال عندي ممكن تكرم لو سمحت فضلك عافاك بليز رجاء شكرا مشكور اوكي اوك تمام
بقى طب اصلا صراحه بصراحه بالصراحه الصراحه الصح بجد عنجد فعلا حقا يعني خلاص اخبار قريت قرات بقرا شفت سمعت حكايه الحكايه
ب ف ل ك لل ال بال وال فال لي لنا ليا بسرعه بسرعة بالضبط بالظبط تحديدا بالتحديد بالاخر بالآخر بالاخير لازم لازمه يجب ينبغي
هما احنا انتو انتوا هوه هيه اني بالنسبه بالنسبة تعني يعني معنى معناه معناها الفرق فرق دور الدور دورها علاقه علاقة
قصد قصده قصدها قصدهم قصدهن قصدن يقصد تقصد يقصدون يقصدوا بيقصد بتقصد بيقصدوا بيقصدو المقصود مقصود هوي هيي بالزبط
تماما تمامًا كليا نهائي نهائيا كامل كامله كاملين جملة يدري ادري تدري ندري صح صحيح مظبوط مزبوط
بشكل ببساطة بساطة اشرحلي اشرحيلي اشرحولي وضحلي فهمني فهميني
يشرح تشرح يشرحلي تشرحلي يوضح توضح يوضحلي زول فكره بفكره فكرتهم
يسموها يسمونها بيسموها يسميها تسميها سموها بيسموه يسموه يسمونه
عاد حالك حالكم حالكن حالكو الحال احوالك احوالكم اخبارك اخباركم شخبارك شخباركم كيفك كيفكن شلونك شلونكن جميعا لاباس راك راكي راكم
`;

function wordsOf(list: string, normalise: (word: string) => string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map(normalise));
}

const foldEnglish = (word: string) => foldLatin(word).replace(/['’]/g, '');
const ENGLISH_GRAMMAR = wordsOf(ENGLISH, foldEnglish);
const ENGLISH_STOPWORDS = new Set([...ENGLISH_GRAMMAR, ...wordsOf(CHATTER_ENGLISH, foldEnglish)]);
/** Words of the English list that are nouns and verbs of the report and its telling, not grammar. */
const TELLING_WORDS = /^(?:article|report|stor|news|paper|piece|mention|happen|thing|think|reckon|thank|tell|regarding|exactly)/;
/** English grammar words of five letters or more ("about", "anything", "which"), no chatter: where a slip is a typo of one (see the reader). */
export const LONG_ENGLISH_GRAMMAR_WORDS: readonly string[] = [...ENGLISH_GRAMMAR].filter(
  (word) => word.length >= 5 && /^[a-z]+$/.test(word) && !TELLING_WORDS.test(word),
);
const ARABIC_STOPWORDS = wordsOf(ARABIC + CHATTER_ARABIC, normalizeArabic);

/** `word` is already normalised (lower-case Latin without apostrophes, or normalised Arabic). */
export function isStopword(word: string): boolean {
  return ENGLISH_STOPWORDS.has(word) || ARABIC_STOPWORDS.has(word);
}

/** Every stop-word, normalised: the fuzzy matcher knows them, so "wat" and "whta" are dropped too. */
export function allStopwords(): string[] {
  return [...ENGLISH_STOPWORDS, ...ARABIC_STOPWORDS];
}
