/**
 * A request for a summary of the report: "tl;dr", "sum it up pls", "what's this about",
 * "explain like I'm 5", "لخص لي الخبر", "شو القصة؟", "ايش السالفة باختصار", "bel mo5tasar".
 * Patterns read normalised text (see question-type.ts); the cue is cut out of the question, so
 * what remains says whether the request is about the whole report or about one of its names.
 */

const ENGLISH_CUES = [
  /\btl ?;? ?dr\b/g,
  /\btldr\b/g,
  /\b(summari[sz]e|summari[sz]ed|summary|summarising|summarizing|recap|overview|gist|rundown)\b/g,
  /\bsum (\w+ ){0,3}up\b/g,
  /\bsum up\b/g,
  /\b(in short|in brief|short version|quick version|long story short|in a nutshell|in (a|one|two|three|2|3|a few|few) (sentences?|lines?|words?))\b/g,
  /\bbrief (me|us)\b/g,
  /\bexplain( \w+){0,3} like (im|i am) (5|five|a kid)\b/g,
  /\beli5\b/g,
  // French, which Maghrebi and Levantine speakers mix in: "résumé rapide svp" (accents are folded).
  /\b(resume|resumer|resumez|en bref)\b/g,
  // An adverb may sit before "about": "what's this article even about", "what is it really about".
  /\bwhat( is|s)? (this|it|the)( (article|news|story|report|piece|thing))?( (even|really|actually|exactly|all))* about\b/g,
  /\bwhat( is|s)? the (main|big|key) (point|takeaway|idea|story)( here)?\b/g,
  /\bwhat( is|s)? the story( here)?\b/g,
  // What the report says, said of nothing in it ("what's the article saying", "what does this report say
  // overall"; "what does the report say about baidu" asks of Baidu).
  /\bwhat( does| do| is|s)? (the|this) (article|news|story|report|piece|post)( (even|really|actually))? (say|says|saying|tell|tells|telling)( (here|exactly|overall|in general|us))?$/g,
  /\bwhat( is|s)? the (big )?deal (with|about) (the|this) (article|news|story|report|piece)\b/g,
  // The points that matter, and bringing someone up to date: "key points?", "main takeaways",
  // "highlights", "catch me up", "fill me in".
  /\b((the )?(key|main|important|big) (points?|takeaways?|facts|bits)|takeaways?|highlights|bullet points?)\b/g,
  /\b(catch|caught) (me|us) up\b/g,
  // Explaining the report itself: "explain the article to me", "walk me through this story".
  /\b(explain|break down|walk (me|us) through|go over)( (me|us))? (the |this )?(article|news|story|report|piece|whole thing)\b/g,
  /\bfill (me|us) in\b/g,
  /\bbreak (it|this|that) down\b/g,
  /\bwhat( is|s)? going on( here)?$/g,
  /\bwhat happened\b/g,
];

const ARABIC_CUES = [
  // الزبدة, "the butter": the gist, in Gulf and Levantine speech ("اعطني الزبدة").
  // The verbs take the dialects' dative and object endings: لخصلي، اختصرلنا، لخصيها.
  /(?:^| )((?:لخص|اختصر)(?:ي|و|وا)?(?:لي|لنا|ها|هالي)?|تلخيص|ملخص|الملخص|ملخصه|باختصار|اختصار|بالمختصر|المختصر|مختصر|الخلاصه|خلاصه|بايجاز|ايجاز|الزبده|زبده|نبذه|بنبذه)(?= |$)/g,
  // The points that matter, and the general idea: "اهم النقاط"، "النقاط الرئيسية"، "الفكرة العامة"، "حطني بالصورة".
  /(?:^| )(اهم|ابرز) (ال)?(نقاط|افكار|معلومات|تفاصيل)(?= |$)/g,
  /(?:^| )(ال)?(نقاط|افكار) (ال)?(رييسيه|اساسيه|مهمه)(?= |$)/g,
  /(?:^| )(ال)?فكره (ال)?(عامه|رييسيه|اساسيه)(?= |$)/g,
  /(?:^| )حط(ني|نا) (في|ب|بال)?(ال)?صوره(?= |$)/g,
  // Explaining the report itself: "اشرحلي القصة", "فهمني الموضوع", "وضحلي الخبر".
  /(?:^| )(اشرح|اشرحي|اشرحو|اشرحوا|فهم|يفهم|وضح)(لي|لنا|ني|نا)? (لي )?(ال)?(خبر|مقال|تقرير|موضوع|قصه|سالفه|حكايه)(?= |$)/g,
  // "in two words", "in two lines": briefly.
  /(?:^| )(بكلمتين|بسطرين|بسطر)(?= |$)/g,
  /(?:^| )في (كلمتين|سطرين|سطر)(?= |$)/g,
  /(?:^| )(ما|شو|ايش|وش|شنو|ايه|اش) (هي )?(القصه|قصه|السالفه|سالفه|الحكايه|حكايه|الموضوع|موضوع)(?= |$)/g,
  // Not ما: "عن الموضوع وما عرفت…" is "and I didn't know", and no one asks "القصة ما؟".
  /(?:^| )(القصه|السالفه|الحكايه|الموضوع) (ايه|ايش|شو|وش)(?= |$)/g,
  /(?:^| )(عن|علي) (ايه|ماذا|ما|شو|ايش|وش|شنو)(?= |$)/g,
  /(?:^| )(بيقول|يقول|بيحكي|يحكي|يتكلم|يتحدث|بيتكلم) (ايه|ماذا|ما|شو|ايش|وش|شنو|عن ايه|عن ماذا|عن ما|عن شو|عن ايش)(?= |$)/g,
  /(?:^| )(ماذا|ما|شو|ايه) (يقول|يقول المقال|يقول الخبر)(?= |$)/g,
  /(?:^| )(ايش|شو|وش|ايه|شنو) (صاير|صار|حاصل|حصل|الخبر|السالفه)(?= |$)/g,
];

/** The Arabic words of the cues, so an Arabizi request ("bel mo5tasar") is read into them. */
export const SUMMARY_WORDS =
  'لخص ملخص تلخيص باختصار اختصار بالمختصر المختصر مختصر الخلاصه خلاصه بايجاز الزبده زبده نبذه القصه السالفه الحكايه بيقول يقول بيحكي يحكي يتكلم';

/** The question with its summary cue cut out, or null when it asks for no summary. */
export function cutSummaryCue(latin: string, arabic: string): { latin: string; arabic: string } | null {
  let found = false;
  const cut = (text: string, patterns: RegExp[]) =>
    patterns.reduce(
      (rest, pattern) =>
        rest.replace(pattern, () => {
          found = true;
          return ' ';
        }),
      text,
    );
  const result = { latin: cut(latin, ENGLISH_CUES), arabic: cut(arabic, ARABIC_CUES) };
  return found ? result : null;
}
