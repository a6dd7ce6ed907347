/**
 * A request for a summary of the report: "tl;dr", "sum it up pls", "what's this about",
 * "explain like I'm 5", "لخص لي الخبر", "شو القصة؟", "ايش السالفة باختصار", "bel mo5tasar".
 * Patterns read normalised text (see question-type.ts); the cue is cut out of the question, so
 * what remains says whether the request is about the whole report or about one of its names.
 */
import { ARABIC_TELL_ME } from './reader-words';
import { ARABIC_SPEECH_VERBS } from './speaker';

/** The verbs of saying in the feminine or the plural, as a company speaks (قالت، ردوا), not the report (قال). */
const COMPANY_SPEECH_VERBS = ARABIC_SPEECH_VERBS.split('|')
  .filter((verb) => /(?:ت|وا)$/.test(verb))
  .join('|');

/** The report, named with its demonstrative before or after it: " هاد المقال"، " الخبر ده"، " التقرير". */
const REPORT = ' (?:(?:هاد|هذا|هذه|هاذا) )?(?:ال)?(?:مقال|خبر|تقرير|موضوع)(?: (?:ده|دا|دي|هذا|هذه|هاد|هادا))?';

const ENGLISH_CUES = [
  // "tl;dr version?": the summary's form, not the facts' versions of R2.
  /\btl ?;? ?dr( version)?\b/g,
  /\btldr( version)?\b/g,
  // The summary words however they are misspelt ("sumarize", "summerise", "sumary"), and outlining.
  // Not the gist the asker checks their reading against ("huawei for the small ones, that the gist?").
  /\b(summ?[ae]ri[sz](e|ed|es|ing)|summ?[ae]ry|summaries|recap|overview|(?<!\bthat(s| is)? the )gist|rundown|outline|condense|synopsis)\b/g,
  /\bsum (\w+ ){0,3}up\b/g,
  /\bsum up\b/g,
  /\bbrief (me|us)\b/g,
  /\bexplain( \w+){0,3} like (im|i am) (5|five|a kid)\b/g,
  /\beli5\b/g,
  // French, which Maghrebi and Levantine speakers mix in: "résumé rapide svp" (accents are folded).
  /\b(resume|resumer|resumez)\b/g,
  // An adverb may sit before "about": "what's this article even about", "what is it really about".
  // So may "whole" and the report's own names before "thing": "what's this whole deepseek huawei thing about",
  // and "whole" before the report itself: "what's this whole article about".
  /\bwhat( is|s)? (this|it|the)( ((whole |entire )?(article|news|story|report|piece|thing)|whole( \w+){0,3} (thing|story|saga|drama)))?( (even|really|actually|exactly|all|mainly|basically|generally|primarily|mostly))* about\b/g,
  // The report itself asked after: "whats this news", "what's the point of the article", "what does this
  // news mean", "what's in the article", "tell me about the article".
  /\bwhat( is|s)? (this|that) (news|article|story|report)$/g,
  /\bwhat( is|s)? the (main |big |key )?point of (the|this|that) (article|news|story|report|piece)$/g,
  /\bwhat (does|do) (the|this|that) (article|news|story|report) mean$/g,
  /\bwhat( is|s)? in (the|this|that) (article|news|story|report|piece)$/g,
  /\btell (me|us) about (the|this|that) (article|news|story|report|piece)$/g,
  /\bwhat( is|s)? the (main|big|key) (point|takeaway|idea|story)( here)?\b/g,
  // The news itself, in plain words and in slang: "what's the news", "what's the tea with deepseek".
  // Not the news as a word qualifying another ("what the news outlet was called").
  /\bwhat( is|s)? the (story|news|tea|scoop)( here)?(?=$| (with|on|about|here|now|today|guys)\b)/g,
  // What the report says, said of nothing in it ("what's the article saying", "what does this report say
  // overall"; "what does the report say about baidu" asks of Baidu): the report named, with words of its
  // own between ("the article everyone's posting"), or understood ("i didnt read it, what does it say?",
  // "what the article covers"); saying is telling, claiming, covering, talking about.
  /\bwhat( does| do| is|s)? ((the|this|that) (news )?(article|news|story|report|piece|post)( \w+){0,3}|it|this|that)( (even|really|actually))? (say|says|saying|tell|tells|telling|claim|claims|claiming|cover|covers|covering|(talk|talks|talking) about)( (here|exactly|overall|in general|us))?$/g,
  /\bwhat( is|s)? the (big )?deal (with|about) (the|this) (article|news|story|report|piece)\b/g,
  // What is up, or the deal, here or with the report (not "what's up?" alone, a greeting; "what's the deal
  // with r2" asks about R2).
  /\bwhat( is|s)? (up|the deal) (here|with (the|this|that) (article|news|story|report|piece))$/g,
  // What people say in it: "what are they saying in this article".
  /\bwhat( do| are)? (they|people|folks) (say|saying) in (the|this) (article|news|story|report|piece)$/g,
  // The points that matter, and bringing someone up to date: "key points?", "main takeaways",
  // "highlights", "catch me up", "fill me in".
  /\b((the )?(key|main|important|big) (points?|takeaways?|facts|bits)|(the )?big picture|(the )?bottom line|(the )?essence|(the )?(main|key|central) message|(the long and )?(the )?short of it|takeaways?|highlights|bullet points?)\b/g,
  /\bwhat( is|s)? the (article|news|story|report)s? conclusion$/g,
  /\bthe conclusion of (the|this) (article|news|story|report)$/g,
  /\b(catch|caught) (me|us) up\b/g,
  // What the asker missed, or should know of it: "what did i miss", "what should i know about this".
  /\bwhat (did|have) (i|we) (miss|missed)$/g,
  /\bwhat (should|do|must) (i|we) (need to )?know( about (it|this|that|(the|this) (article|news|story|report)))?$/g,
  // Explaining the report itself: "explain the article to me", "walk me through this story".
  /\b(explain|break down|walk (me|us) through|go over)( (me|us))? (the |this )?(article|news|story|report|piece|whole thing)\b/g,
  // The report named by what it tells of ("eli5 the deepseek x huawei x nvidia news"): the verb is
  // the cue, the words naming the report stay to say what about.
  /\b(explain|break down|walk (me|us) through|go over)( (me|us))?(?= (the|this) (\w+ ){1,5}(article|news|story|report|piece)$)/g,
  // The report understood, as "this" or "it" or not at all: "explain this to me", "break it down for us", "eli5 pls".
  // Asked, not told of ("wants me to explain it"): the clause opens with it, or with asking for it.
  /^((please|pls|plz) )?((can|could|would|will) )?((you|u|someone|somebody|anyone|anybody) )?((please|pls|plz) )?(explain|break down|walk (me|us) through|go over)( it| this| that| all this| all of this)?( (to|for) (me|us))?( (please|pls|plz))?$/g,
  /\bfill (me|us) in\b/g,
  /\bbreak (it|this|that) down\b/g,
  // What is going on or happening, here or with what the report tells of ("what's going on with deepseek"
  // is the report; "with baidu" one part of it, "with the R2 launch" a question).
  /\bwhat( is|s| are)? (going on|happening)(?=$| (here|with|between|at|in)\b)/g,
  // What happened to something ("what happened to R2", "what happened to them"), with or there in
  // what was just told ("what happened with it", "…came to help and nothing? what happened there"),
  // or next ("what happened after", "then what happened") asks about that, as "ايش صار مع R2"، "وش
  // صار بعدين" do; "what happened with deepseek and huawei" is the report's story.
  /(?<!\b(?:then|after that|afterwards|and next) )\bwhat happened\b(?! to\b| there\b| (with|in) (it|them|him|her|that|this|those|these)\b| (after|afterwards|next|then|later|since|as a result|in the end)\b)/g,
];

const ARABIC_CUES = [
  // الزبدة, "the butter": the gist, in Gulf and Levantine speech ("اعطني الزبدة").
  // The verbs take the dialects' object and dative endings, one or both: لخصلي، اختصرلنا، لخصيها، لخصهولي،
  // لخصهالي (sum it up for me); and their imperfect,
  // whoever is asked to do it and however ("ممكن حد يلخصلي الموضوع"، "اكو احد يلخص الخبر"، "فيك
  // تلخصلي"، "مين بيختصرلنا المقال"), with the dialects' progressive ب.
  // Standard Arabic's أوجز (sum up) and موجز (a brief) are the same request; an indefinite noun may carry
  // the accusative's alef ("اعطني ملخصا"، "قدم لي موجزا").
  /(?:^| )((?:لخص|اختصر|اوجز|ب?[يتن](?:لخص|ختصر|وجز))(?:ي|و|وا|ون)?(?:ها|هو|ه|هم)?(?:لي|لنا)?|تلخيصا?|ملخصا?|الملخص|ملخصه|موجزا?|الموجز|الخلاصه|خلاصه|الزبده|زبده|نبذه|بنبذه)(?= |$)/g,
  // The points that matter, and the general idea: "اهم النقاط"، "النقاط الرئيسية"، "الفكرة العامة"، "حطني بالصورة".
  /(?:^| )(اهم|ابرز) (ال)?(نقاط|افكار|معلومات|تفاصيل)(?= |$)/g,
  /(?:^| )(ال)?(نقاط|افكار) (ال)?(رييسيه|اساسيه|مهمه)(?= |$)/g,
  /(?:^| )(ال)?فكره (ال)?(عامه|رييسيه|اساسيه)(?= |$)/g,
  // An idea of the report: "اعطيني فكرة عن المقال".
  new RegExp(`(?:^| )(فكره|نظره)( عامه)? (عن|علي)${REPORT}$`, 'g'),
  // "ابرز ما جاء في التقرير"، "اهم اللي فيه": the things in it that matter most.
  /(?:^| )(اهم|ابرز) (ما|اللي|الي) (جا|جاء|ورد|فيه|في|ذكر)(?= |$)/g,
  /(?:^| )حط(ني|نا) (في|ب|بال)?(ال)?صوره(?= |$)/g,
  // Explaining the report itself: "اشرحلي القصة", "فهمني الموضوع", "وضحلي الخبر".
  /(?:^| )(اشرح|اشرحي|اشرحو|اشرحوا|فهم|يفهم|وضح)(لي|لنا|ني|نا)? (لي )?(ال)?(خبر|مقال|تقرير|موضوع|قصه|سالفه|حكايه)(?= |$)/g,
  // The report understood, as "explain (it) to me" is: "اشرحلي"، "فهمني لو سمحت".
  /^(اشرح|اشرحي|اشرحو|اشرحوا|فهم|وضح)(لي|لنا|ني|نا)( (لو سمحت|من فضلك|بليز))?$/g,
  /(?:^| )(ما|شو|ايش|وش|شنو|ايه|اش) (هي )?(القصه|قصه|السالفه|سالفه|الحكايه|حكايه|الموضوع|موضوع)(?= |$)/g,
  // Not ما: "عن الموضوع وما عرفت…" is "and I didn't know", and no one asks "القصة ما؟".
  /(?:^| )(القصه|السالفه|الحكايه|الموضوع) (ايه|ايش|شو|وش)(?= |$)/g,
  // "about what": عن anywhere; على only opening the clause, for after a verb it is "on what" ("يدربوهم على واش").
  // Not after a company's verb of saying, feminine or plural as companies are, in standard form
  // ("انفيديا اتكلمت عن ايه؟"): that asks what it said; the report, masculine, tells ("دا يحكي عن شنو؟").
  new RegExp(`(?:(?<!(?:^| )(?:${COMPANY_SPEECH_VERBS}))(?:^| )عن|^علي) (ايه|ماذا|ما|شو|ايش|وش|شنو)(?= |$)`, 'g'),
  /(?:^| )(بيقول|يقول|بيحكي|يحكي|يتكلم|يتحدث|بيتكلم) (ايه|ماذا|ما|شو|ايش|وش|شنو|عن ايه|عن ماذا|عن ما|عن شو|عن ايش)(?= |$)/g,
  /(?:^| )(ماذا|ما|شو|ايه) (يقول|يقول المقال|يقول الخبر)(?= |$)/g,
  // The report asked after, in standard form (the dialects' question words are ما): what it says, with
  // the report before the verb ("شو المقال بيحكي"، "ماذا يتناول المقال"، "شو بدو يقول المقال"); what is in
  // it ("وش فيه المقال"، "اش كاين ف هاد المقال"، "ايه اللي في المقال ده"); what it means ("الخبر ده معناه
  // ايه"، "ايه المقصود من الخبر ده"); what one should know of it; and "احكيلي عن المقال".
  new RegExp(`^(ما|ماذا)${REPORT} (يقول|قال|يحكي|يتكلم|يتحدث|يتناول|يناقش|يغطي)$`, 'g'),
  new RegExp(`^(ما|ماذا)( يريد)? (يقول|قال|يحكي|يتكلم|يتحدث|يتناول|يناقش|يغطي)${REPORT}$`, 'g'),
  // Maghrebi واش (read هل) before a verb of telling asks what is told, as "واش قال؟" does: with the
  // report its teller and nothing told, "واش راهو يحكي هاد المقال؟" asks what the report says.
  new RegExp(`^هل (يقول|قال|يحكي|يتكلم|يتحدث)${REPORT}$`, 'g'),
  new RegExp(`^(ما|ماذا)( اللي| الذي)? ((يوجد|فيه)( (في|ف|ب))?|في|ف)${REPORT}$`, 'g'),
  new RegExp(`^${REPORT.slice(1)} (معناه|يعني) (ما|ماذا)$`, 'g'),
  new RegExp(`^(ما|ماذا) (المقصود|معني|يعني)( من)?${REPORT}$`, 'g'),
  new RegExp(`^(ما|ماذا)( اللي| الذي)? (لازم|يجب|ينبغي|المفروض)( ان)? (اعرف|نعرف)( (عن|عنه)${REPORT})?$`, 'g'),
  new RegExp(`^(احكيلي|احكيلنا|قولي|قلي|قللي|خبرني|خبرنا) عن${REPORT}$`, 'g'),
  // What the asker missed: "شو فاتني".
  /^(ما|ماذا)( اللي| الذي)? (فاتني|فاتنا)$/g,
  // What is happening, what happened, what the news is, in every dialect ("ايش صاير"، "شو عم يصير"، "ايه
  // اللي بيحصل"، "شنو واقع"، "ماذا يحدث"، "شو الخبر"); read in standard form, where the dialects' question
  // words are ما. ما asks only opening the clause or after a verb of telling ("فهمني شنو واقع"، "احكيلي
  // شو صار"); inside a sentence, before a verb, it says "not". Only where, of what follows, nothing but
  // here, now, exactly, in the report, or whom it addresses does ("ايه اللي بيحصل هنا"، "شو الخبر يا
  // شباب"): what happened with, to or after something asks about it ("شو صار معهم"، "وش صار بعدين"، "ايش
  // صار مع R2"), a question of its own.
  new RegExp(
    String.raw`(?:^|(?:^| )(?:${ARABIC_TELL_ME}) )(ما|ماذا|ايش|شو|وش|ايه|شنو)( هو| اللي| الذي| الي)? (صاير|صار|يصير|حاصل|حصل|يحصل|حدث|يحدث|جاري|يجري|جرى|واقع|وقع|الخبر|السالفه)(?=(?: (?:هنا|هون|هناك|الان|دلوقتي|هلا|هسه|اليوم|بالضبط|بالزبط|بالظبط|(?:في |ب)(?:ال)?(?:خبر|مقال|تقرير|موضوع)|ده|دا|هذا|يا \S+))*$)`,
    'g',
  ),
  // …or between the parties, named before or after, as "what's going on between deepseek and nvidia"
  // is ("ديب سيك وهواوي شو صاير بيناتهم"، "ايش صاير بين ديب سيك وانفيديا"): the cut leaves their names.
  /(?:^| )(ما|ماذا|ايش|شو|وش|ايه|شنو)( اللي| الذي| الي)? (صاير|صار|يصير|حاصل|حصل|يحصل|حدث|يحدث|جاري|يجري|واقع)(?= (?:بين|بينهم|بيناتهم|بيناتن|بيناتهن)(?: |$))/g,
];

/**
 * How briefly to tell it: "in short", "briefly", "in two lines", "باختصار", "بالمختصر", "بسطرين".
 * Alone they ask for a summary ("in a nutshell?"); next to a question they say how to answer it
 * ("in short, who published this?", "…؟ باختصار").
 */
const ENGLISH_MANNER = [
  // However many lines, sentences or points it is to fit in ("in a couple of lines", "in 4 bullet points").
  /\b(in short|in brief|briefly|short version|quick version|long story short|in a nutshell|in (?:a|one|two|three|four|five|\d|a few|few|a couple(?: of)?|couple(?: of)?) (?:short )?(sentences?|lines?|words?|points?|bullets?|bullet points?|paragraphs?))\b/g,
  /\ben bref\b/g,
];

const ARABIC_MANNER = [
  /(?:^| )(باختصار|اختصار|بالمختصر|المختصر|مختصر|بايجاز|ايجاز)(?= |$)/g,
  // Egyptian "من الآخر" (cutting to the end), "ع السريع" (quickly).
  /(?:^| )(من الاخر|ع السريع|علي السريع|عالسريع)(?= |$)/g,
  // "in two words", "in two lines": briefly.
  /(?:^| )(بكلمتين|بسطرين|بسطر)(?= |$)/g,
  /(?:^| )في (كلمتين|سطرين|سطر)(?= |$)/g,
];

/** The Arabic words of the cues, so an Arabizi request ("bel mo5tasar") is read into them. */
export const SUMMARY_WORDS =
  'لخص اختصر ملخص تلخيص باختصار اختصار بالمختصر المختصر مختصر الخلاصه خلاصه بايجاز الزبده زبده نبذه القصه السالفه الحكايه بيقول يقول بيحكي يحكي يتكلم';

/**
 * The question with its summary cue cut out, or null when it asks for no summary; `manner` when
 * every cue found says only how briefly to tell it.
 */
export function cutSummaryCue(latin: string, arabic: string): { latin: string; arabic: string; manner: boolean } | null {
  const found = { request: false, manner: false };
  const cut = (text: string, patterns: RegExp[], kind: keyof typeof found) =>
    patterns.reduce(
      (rest, pattern) =>
        rest.replace(pattern, () => {
          found[kind] = true;
          return ' ';
        }),
      text,
    );
  const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
  const result = {
    latin: cut(squeeze(cut(latin, ENGLISH_MANNER, 'manner')), ENGLISH_CUES, 'request'),
    arabic: cut(squeeze(cut(arabic, ARABIC_MANNER, 'manner')), ARABIC_CUES, 'request'),
  };
  return found.request || found.manner ? { ...result, manner: !found.request } : null;
}
