/**
 * The question-understanding rules, one by one, in both languages: message splitting, Arabizi,
 * each dialect group's words and morphology, question types, summary requests, and what a fact
 * can answer. Then the engine end to end on a few messages of each shape.
 */
import { Isnad } from '../../src/core/engine';
import type { Answer } from '../../src/core/types';
import { loadKnowledgeBase } from '../../src/core/knowledge/load';
import { normalizeArabic } from '../../src/core/text/arabic';
import { isStopword } from '../../src/core/text/stopwords';
import { keepsFirstLetter, withoutPrepositionClitic } from '../../src/core/text/clitics';
import { normalizeText } from '../../src/core/text/words';
import {
  arabicSpelling,
  hasArabiziDigits,
  isArabizi,
  plainReading,
  prepareArabizi,
  type SpellingVocabulary,
  transliterate,
} from '../../src/core/understand/arabizi';
import { englishOfFrench } from '../../src/core/understand/arabizi-words';
import { DIALECT_GROUPS } from '../../src/core/understand/dialect-words';
import {
  dialectStemCandidates,
  formFour,
  formOne,
  standardContentWord,
  standardFunctionWord,
  stripAccusative,
  stripPossessedFeminine,
  stripAspectPrefix,
  stripNegation,
  stripPassivePrefix,
  stripPreposition,
  stripVerbSuffix,
  swallowedPerson,
  swapPerson,
  participleVerbs,
  verbalNouns,
  withoutAspect,
} from '../../src/core/understand/dialects';
import { asksConsidered, asksIntended, tellsConsidered } from '../../src/core/understand/considered';
import { boundsSide, contrastedSides, setApartNames } from '../../src/core/understand/alternatives';
import { askedPredicate, factAnswers, possessedNoun, proposedReason, questionType, tellsDivision } from '../../src/core/understand/question-type';
import { prepareText, Reader } from '../../src/core/understand/reader';
import { splitClauses } from '../../src/core/understand/segment';
import { ArabicSpellings } from '../../src/core/understand/spellings';
import { cutSummaryCue } from '../../src/core/understand/summary-intent';
import { unusualness, zipf } from '../../src/core/understand/word-frequency';
import { NameKinds, parseNameKinds } from '../../src/core/understand/name-kinds';
import { LINK_WEIGHT, OPPOSITE_WEIGHT, Paraphrases, parseGroups, SYNONYM_WEIGHT } from '../../src/core/understand/paraphrase';
import { wordNet } from '../../src/core/understand/wordnet';
import { orderByFuse } from '../../src/core/search/autocomplete';

const engine = new Isnad(loadKnowledgeBase());
/** Answers whatever the confidence model thinks: a question it declines was declined by a rule. */
const eager = new Isnad(loadKnowledgeBase(), { decision: { operatingPoint: 0 } });
const n = normalizeArabic;

/** Each question is declined by a rule, for `abstention`; a failure names the questions that were not. */
function expectDeclined(questions: string[], abstention: Answer['abstention']): void {
  const reasons = (reason: (question: string) => Answer['abstention']) => Object.fromEntries(questions.map((question) => [question, reason(question)]));
  expect(reasons((question) => eager.ask(question).abstention)).toEqual(reasons(() => abstention));
}

/** Every message asks for a summary of the report (the failure names the ones that do not). */
function expectSummaries(messages: string[]): void {
  const summaries = (summary: (message: string) => boolean | undefined) => Object.fromEntries(messages.map((message) => [message, summary(message)]));
  expect(summaries((message) => engine.ask(message).summary)).toEqual(summaries(() => true));
}

/**
 * The message asks one question, answered (not declined: a declined one lists the facts it points at
 * instead) first by a fact whose English text matches `fact`.
 */
function expectOneAnswer(message: string, fact: RegExp): void {
  const answer = engine.ask(message);
  expect(answer.parts).toBeUndefined();
  expect([message, answer.answered]).toEqual([message, true]);
  expect(answer.facts[0]?.fact.en).toMatch(fact);
}

/** Each message is declined, whatever the reason (the failure names the ones that are answered). */
function expectNotAnswered(messages: string[]): void {
  for (const message of messages) expect([message, engine.ask(message).answered]).toEqual([message, false]);
}

/** Each message is answered (not declined) first by a fact whose English text matches `fact` (the failure names the ones that are not). */
function expectAnsweredWith(messages: string[], fact: RegExp): void {
  for (const message of messages) expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(fact)]);
}

/** Each message asks one question, answered (not declined) first by the fact naming the outlet the report relays (the failure names the ones that are not). */
function expectOutletAnswer(messages: string[]): void {
  for (const message of messages) {
    const answer = engine.ask(message);
    expect([message, answer.parts, answer.answered, answer.facts[0]?.fact.id]).toEqual([message, undefined, true, 'the-information-outlet']);
  }
}

/** Each message is answered first by the fact of DeepSeek's strategy of depending less on Nvidia (the failure names the ones that are not). */
function expectLessRelianceAnswer(messages: string[]): void {
  for (const message of messages)
    expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/strategy of depending less on Nvidia/)]);
}

/** The fact an answer leads with, or null when it declines (a declined question lists the facts it points at instead). */
const answeredWith = (answer: Answer | undefined): string | null => (answer?.answered ? (answer.facts[0]?.fact.en ?? null) : null);
/** What each part of a message's answer leads with (null for a part declined); undefined when the message is read as one question. */
const partsAnsweredWith = (message: string) => engine.ask(message).parts?.map(answeredWith);
/** The id of the fact each part of a message's answer leads with (null for a part declined). */
const partFacts = (message: string) => engine.ask(message).parts?.map((part) => (part.answered ? part.facts[0]?.fact.id : null));

/** Each message is read as a question of `type` and answered with a fact whose English text `fact` matches. */
function expectReadAndAnswered(messages: string[], type: string, fact: RegExp): void {
  for (const message of messages) {
    expect([message, engine.trace(message)[0].question.type]).toEqual([message, type]);
    expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(fact)]);
  }
}

/** Type of a raw question: Latin words and Arabic words, normalised, dialect question words made standard. */
function typeOf(question: string) {
  const words = question
    .toLowerCase()
    .split(/[\s?؟,]+/)
    .filter(Boolean)
    .map((word) => (/\p{Script=Arabic}/u.test(word) ? (standardFunctionWord(n(word)) ?? n(word)) : word.replace(/['’]s$/, '').replace(/['’]/g, '')))
    .flatMap((word) => word.split(' '))
    .filter(Boolean);
  return questionType(
    words.filter((word) => !/\p{Script=Arabic}/u.test(word)),
    words.filter((word) => /\p{Script=Arabic}/u.test(word)),
  );
}

describe('message → clauses', () => {
  test('sentences end at question marks (both scripts), line breaks, dashes and emoji', () => {
    expect(splitClauses('who reported this? and which companies are tested').map((c) => c.text)).toEqual([
      'who reported this',
      'and which companies are tested',
    ]);
    expect(splitClauses('مين نشر التقرير؟ وايش الشركات').map((c) => c.text)).toEqual(['مين نشر التقرير', 'وايش الشركات']);
    expect(splitClauses('back from work 😮‍💨 does deepseek use nvidia?').map((c) => c.text)).toEqual(['back from work', 'does deepseek use nvidia']);
    expect(splitClauses('my chat is arguing — is R2 on huawei?').map((c) => c.text)).toEqual(['my chat is arguing', 'is R2 on huawei']);
    expect(splitClauses('my chat is arguing—is R2 on huawei?').map((c) => c.text)).toEqual(['my chat is arguing', 'is R2 on huawei']);
    // An en dash joining two words makes one thing of them (before: two questions, the second "Huawei chip story").
    expect(splitClauses('which outlet first reported the DeepSeek–Huawei chip story?')).toHaveLength(1);
  });

  test('a polite condition after the question ("if you don\'t mind me asking", "لو سمحت") asks nothing: its question mark is the question\'s', () => {
    for (const [message, question] of [
      ["what happened to the ascend plan, if you don't mind me asking?", 'what happened to the ascend plan'],
      ['who reported this, if anyone knows?', 'who reported this'],
      ['مين نشر الخبر، لو سمحت؟', 'مين نشر الخبر'],
      ['ليش تأجل R2، اذا حد بيعرف؟', 'ليش تأجل R2'],
    ])
      expect(splitClauses(message).map(({ text, questionMark }) => ({ text, questionMark }))).toEqual([{ text: question, questionMark: true }]);
    // end to end: before, "if you don't mind me asking" was a second clause asking "what", and the plan's fate was read as its context
    expect(answeredWith(engine.ask("what happened to the ascend plan, if you don't mind me asking?"))).toMatch(/inference/);
  });

  test('a comma between two adjectives of one noun ("its largest, most complex model") ends no clause, in both languages', () => {
    expect(splitClauses('does deepseek train its largest, most complex model on huawei ascend?')).toHaveLength(1);
    expect(splitClauses('هل تدرب ديب سيك نموذجها الأكبر، الأكثر تعقيدا على هواوي؟')).toHaveLength(1);
    expect(engine.ask('هل تدرب ديب سيك نموذجها الأكبر، الأكثر تعقيدا على هواوي؟').parts).toBeUndefined();
    // A comma before anything else still ends one.
    expect(splitClauses('who reported it, which outlet?')).toHaveLength(2);
  });

  /** Each clause's text, and whether it is said on the way to the point. */
  const clauses = (message: string) => splitClauses(message).map(({ text, beforeTurn }) => [text, beforeTurn]);

  test('a marker turning to the point (anyway, المهم, على العموم, el mohim, bref) opens a clause; what comes before it without a question mark is said on the way', () => {
    expect(clauses('هلا شباب توني خالص رانكد 😭 المهم، شنو الشركات؟')).toEqual([
      ['هلا شباب توني خالص رانكد', true],
      ['شنو الشركات', false],
    ]);
    expect(clauses('my boss keeps asking about chips anyways who reported this')).toEqual([
      ['my boss keeps asking about chips', true],
      ['who reported this', false],
    ]);
    expect(clauses('why was R2 delayed? anyway, who reported it?')).toEqual([
      ['why was R2 delayed', false],
      ['who reported it', false],
    ]);
    // Nothing after it: it turns to nothing. Inside an Arabic clause, المهم is "the important".
    expect(clauses('who reported it anyway?')).toEqual([['who reported it anyway', false]]);
    expect(clauses('ما المهم في الخبر؟')).toEqual([['ما المهم في الخبر', false]]);
  });

  test('a label putting the question after it ("Question:", "quick q:", "سؤالي:") turns to the point as "anyway" does', () => {
    expect(clauses('I study english and AI news together, very fun haha. Question: who reported this?')).toEqual([
      ['I study english and AI news together, very fun', true],
      ['who reported this', false],
    ]);
    expect(clauses('مرحبا يا شباب، يعطيكم العافية. سؤالي: مين نشر الخبر؟')).toEqual([
      ['مرحبا يا شباب', true],
      ['يعطيكم العافية', true],
      ['مين نشر الخبر', false],
    ]);
    expect(clauses('quick q: who reported this?')).toEqual([['who reported this', false]]);
    // …with a softener after it (Taglish lang "just", po)
    expect(clauses('quick q lang: who reported this?')).toEqual([['who reported this', false]]);
    // end to end: the small talk before the label lends the question nothing
    expectOneAnswer(
      'Hello everyone, nice to meet you! I study english and AI news together, very fun haha. Question: the Huawei Ascend chips, DeepSeek use them to do what?',
      /smaller/,
    );
  });

  test('asking leave to ask ("can I ask, …", "ممكن اسأل سؤال؟ …") turns to the question after it; alone, it asks nothing of the report', () => {
    expect(clauses('I have exam tomorrow so very stress haha. can I ask, how did huawei help?')).toEqual([
      ['I have exam tomorrow so very stress', true],
      ['how did huawei help', false],
    ]);
    expect(clauses('ممكن اسأل سؤال؟ مين نشر الخبر؟')).toEqual([['مين نشر الخبر', false]]);
    // before: "can i ask something?" was answered with a fact about choosing vendors
    for (const message of ['can i ask something?', 'ممكن اسأل سؤال؟']) {
      const answer = engine.ask(message);
      expect([message, answer.answered, answer.text]).toEqual([message, false, expect.stringMatching(/question|سؤال/)]);
    }
  });

  test('a particle moving the talk on (طيب، طب، زين) right before a question word starts the question', () => {
    expect(clauses('قريت المقال كله طب مين نشر الخبر؟')).toEqual([
      ['قريت المقال كله', true],
      ['مين نشر الخبر', false],
    ]);
    expect(clauses('ما فهمت شي زين شنو قالت انفيديا')).toEqual([
      ['ما فهمت شي', true],
      ['شنو قالت انفيديا', false],
    ]);
    // Before anything but a question word it is a word of the clause ("good", "ok").
    expect(clauses('هل الشرايح زين؟')).toEqual([['هل الشرايح زين', false]]);
  });

  test('"but" (بس) right before a question word turns from what was said to the question; بس before ما is "but not", and "only" elsewhere', () => {
    // before: one clause, the statement's words joined to the question, and it was declined
    expect(splitClauses('so r2 is gona be bult on nvidea chips but whats huawei gear doin with the smaler versons').map((clause) => clause.text)).toEqual([
      'so r2 is gona be bult on nvidea chips',
      'but whats huawei gear doin with the smaler versons',
    ]);
    expect(splitClauses('R2 على انفيديا بس شو بتعمل هواوي؟').map((clause) => clause.text)).toEqual(['R2 على انفيديا', 'شو بتعمل هواوي']);
    expect(splitClauses('قريت الخبر بس ما فهمت شي').map((clause) => clause.text)).toEqual(['قريت الخبر بس ما فهمت شي']);
    expect(splitClauses('هواوي بس للنماذج الصغيرة؟').map((clause) => clause.text)).toEqual(['هواوي بس للنماذج الصغيرة']);
    expect(splitClauses('nvidia is good but expensive').map((clause) => clause.text)).toEqual(['nvidia is good but expensive']);
    expectOneAnswer("so r2's gona be bult on nvidea chips but whats huawei gear doin with the smaler versons", /smaller versions of R2/);
  });

  test('only the last clause of a sentence carries its question mark', () => {
    expect(splitClauses('ازيكم يا شباب، هل تستخدم هواوي؟').map((c) => c.questionMark)).toEqual([false, true]);
  });

  test('"and"/"also" before a question word, and و joined to one, start a new question', () => {
    expect(splitClauses('who reported this and which companies are they testing').length).toBe(2);
    expect(splitClauses('ليش تأجل R2 وهل هواوي ساعدت').map((c) => c.text)).toEqual(['ليش تأجل R2', 'وهل هواوي ساعدت']);
    // …and English "and" before an Arabic question word, in a mixed line, as و does
    expect(splitClauses('متى بيطلع الـ LLM اللي على شرايح هواوي and هل فيه beta نقدر نجربها').map((c) => c.text)).toEqual([
      'متى بيطلع الـ LLM اللي على شرايح هواوي',
      'and هل فيه beta نقدر نجربها',
    ]);
    // …and Arabizi's w written apart before a word asking when, why, how or how many; not before who or what, which go on the question
    expect(splitClauses('meen nashar el khabar w emta').map((c) => c.text)).toEqual(['meen nashar el khabar', 'w emta']);
    expect(splitClauses('baidu w minu ba3ad').length).toBe(1);
    // before: one clause asking "who" and "when" at once, read as asking nothing
    expect(partsAnsweredWith('meen nashar el khabar w emta?')).toEqual([expect.stringMatching(/The Information/), null]);
    // "Huawei and Nvidia" joins two names, not two questions; "tl;dr" is one word.
    expect(splitClauses('is R2 trained on huawei and nvidia').length).toBe(1);
    expect(splitClauses('tl;dr?').length).toBe(1);
  });

  test('Maghrebi واش من before a noun of kind asks which ("واش من جريدة نشرت الخبر؟"), as standard هل من "is there any" does: not whether', () => {
    // before: a yes/no question, answered with the fact about testing accelerators
    expectOneAnswer('واش من جريدة نشرت الخبر؟', /The Information/);
    expect(engine.trace('wach men chariket okhrin deepseek rahi tjarrab 3andhom les puces?')[0].question.type).toBe('which');
    // before a name, من is "from": "is it from Huawei?" stays a yes/no question
    expect(engine.trace('واش من هواوي هاد الشرايح؟')[0].question.type).toBe('yesno');
  });

  test('"it" as the object of a verb of using, and Arabic\'s attached object pronoun, point back at the thing named before ("…? and for which model was deepseek thinking to use it")', () => {
    // before: the second question lost Ascend and was answered with the small models on Huawei chips
    for (const message of [
      'what is Ascend exactly? and for which model deepseek was thinking to use it',
      'شو هو Ascend؟ ولأي موديل كانت ديب سيك بدها تستخدمه؟',
      // …and "with it", "in it" after a verb of using (before: the accelerators for the small R2s answered)
      'ايش هو Ascend؟ ولأي موديل كانت ديب سيك بدها تستخدم فيه؟',
      'شنو هو Ascend؟ ولأي موديل كانت ديب سيك باغا تخدم بيه؟',
    ]) {
      expect([message, partsAnsweredWith(message)]).toEqual([
        message,
        [expect.stringMatching(/Ascend is a processor/), expect.stringMatching(/weighed running its new AI inference/)],
      ]);
    }
    // a pronoun after a relative goes back to its own noun ("the companies that deepseek is testing (them)")
    expect(engine.trace('شو قال متحدث انفيديا؟ ومين الشركات اللي عم تجربها ديب سيك؟')[1].question.standard).not.toMatch(/انفيديا/);
  });

  test('"and" before a question word opens a question of its own, no topic frame like "and R2?" ("…still on? and who\'s the nvidia spokesperson, got a name?")', () => {
    // before: read as a frame introducing "got a name", the whole message one question for a name, declined
    for (const message of [
      "is the Huawei Ascend plan for the inference model still on? and who's the nvidia spokesperson, got a name?",
      'هل خطة Ascend لنموذج الاستنتاج لسا قايمة؟ ومين متحدث انفيديا، شو اسمه؟',
    ]) {
      expect([message, partsAnsweredWith(message)]).toEqual([message, [expect.stringMatching(/weighed running its new AI inference/), null]]);
    }
  });

  test('a statement held up with no question word ("wait so nvidia sent a team of engineers to deepseek??") is answered, as a yes/no question is, by the fact naming the one who did', () => {
    // before: declined, the fact naming Huawei missing the name asked
    expectAnsweredWith(
      ['wait so nvidia sent a team of engineers to deepseek?? thought they were rivals lol', 'يعني انفيديا بعتت فريق مهندسين لديب سيك؟'],
      /Huawei sent a specialised team/,
    );
    // with a question word it asks for something the fact must give, of the name asked: Nvidia's team is never told of
    for (const message of ['what team of engineers did nvidia send to deepseek?', 'ما الفريق الذي ارسلته انفيديا لديب سيك؟'])
      expect([message, engine.trace(message)[0].question.type, engine.ask(message).answered]).toEqual([message, 'what', false]);
  });

  test('a clause opening with an auxiliary asks itself, no phrase fronted before the next ("is R2 still on nvidia like, and what\'s…")', () => {
    // before: read as a topic put before the second question, and only that one answered
    for (const message of ["is R2 still on nvidia like, and what's the nvidia fella sayin about china?", 'هل R2 لسه على انفيديا، وشو قال المتحدث عن الصين؟']) {
      expect([message, partsAnsweredWith(message)]).toEqual([
        message,
        [expect.stringMatching(/keep using and relying on Nvidia/), expect.stringMatching(/China/)],
      ]);
    }
    // a fronted phrase naming only is still part of the question after it
    expect(engine.ask('other than huawei, which companies is deepseek testing?').parts).toBeUndefined();
  });

  test('"and" or و before a preposition taking a question word ("…and on what date…", "…وفي أي تاريخ") starts a new question', () => {
    // before: one question, asking only the date
    for (const message of ['Kindly tell which company reported this news and on what date it was published?', 'مين نشر الخبر وفي أي تاريخ نشره؟']) {
      expect([message, partFacts(message)]).toEqual([message, ['the-information-outlet', null]]);
    }
    expect(splitClauses('مين نشر الخبر وبأي تاريخ').map((c) => c.text)).toEqual(['مين نشر الخبر', 'وبأي تاريخ']);
    // …and "how" after one ("and by how many months?")
    expect(partFacts('is r2 delayed and by how many months?')).toEqual(['r2-launch-delayed', null]);
    // a preposition taking a name joins no question: "trained on huawei and on nvidia" is one
    expect(splitClauses('is R2 trained on huawei and on nvidia').length).toBe(1);
  });

  test('"+" and "&" start a new question like "and"; so do "whose" and "whom"', () => {
    expect(splitClauses('why are they moving off nvidia + is r2 still on it?').map((c) => c.text)).toEqual([
      'why are they moving off nvidia',
      '+ is r2 still on it',
    ]);
    expect(splitClauses('why are they moving off nvidia & is r2 still on it?').length).toBe(2);
    expect(splitClauses('who reported this and whose accelerators are they testing').length).toBe(2);
    expect(splitClauses('who reported this and whom did they ask').length).toBe(2);
    // Between names, "+" and "&" join them, not two questions.
    expect(splitClauses('does R2 run on huawei + nvidia chips').length).toBe(1);
    expect(splitClauses('does R2 run on huawei & nvidia chips').length).toBe(1);
  });

  test('و joined to any dialect group’s question word starts a new question', () => {
    for (const [message, second] of [
      ['R2 اتأجل وامتى هينزل', 'وامتى هينزل'],
      ['شنو صار ب R2 وشوكت ينزل', 'وشوكت ينزل'],
      ['ديب سيك بتجرب شرايح مين وقديش كلفتها', 'وقديش كلفتها'],
      ['R2 تعطل وعلاش', 'وعلاش'],
      ['هواوي بعتت مهندسين وشلون ساعدوا', 'وشلون ساعدوا'],
    ]) {
      expect(splitClauses(message).map((c) => c.text)).toEqual([message.slice(0, message.length - second.length - 1), second]);
    }
    // و before ما or من is "and not", "and from": no new question.
    expect(splitClauses('قريت الخبر وما فهمت').length).toBe(1);
    expect(splitClauses('شرايح من انفيديا ومن هواوي').length).toBe(1);
  });

  test('a colon ends a lead-in ("one more thing: …", "سؤال سريع: …"), not a time nor a link', () => {
    expect(splitClauses('one more thing: who reported this?')).toEqual([
      { text: 'one more thing', questionMark: false, surprised: false, leadsIn: true, fullStop: false, continues: false, beforeTurn: false },
      { text: 'who reported this', questionMark: true, surprised: false, leadsIn: false, fullStop: false, continues: false, beforeTurn: false },
    ]);
    expect(splitClauses('معلش سؤال سريع: انفيديا قالت ايه؟').map((c) => c.leadsIn)).toEqual([true, false]);
    expect(splitClauses('is it out at 10:30 on https://deepseek.com?').length).toBe(1);
  });

  test('a follow-up naming only another of the kind asks the question before again of it ("…nvidia for? and huawei?", "…؟ وهواوي حق شو؟")', () => {
    const partsOf = (message: string) => engine.trace(message).map((reading) => [reading.question.type, reading.question.standard]);
    for (const follow of ['and huawei?', 'what about huawei?', 'and huawei for what?']) {
      expect(partsOf(`which model does deepseek use nvidia for? ${follow}`)[1]).toEqual(['which', 'which model does deepseek use huawei for']);
    }
    expect(partsOf('ديب سيك بتستخدم انفيديا حق أي موديل؟ وهواوي حق شو؟')[1]).toEqual(['which', n('ديب سيك بتستخدم وهواوي اي موديل')]);
    const answer = engine.ask('ديب سيك بتستخدم انفيديا حق أي موديل؟ وهواوي حق شو؟');
    expect(answer.parts?.map((part) => part.facts[0]?.fact.id)).toEqual(['nvidia-for-r2-llm', 'huawei-trains-small-models']);
    // One asking something of its own of the name is a question of its own.
    expect(partsOf('which chips is deepseek testing? and what did nvidia say?')[1][0]).toBe('speech');
    expect(partsOf('ايش الشركات اللي تجربها ديب سيك؟ وايش قالت انفيديا؟')[1][1]).not.toMatch(/تجرب/);
    // So is one asking the name's role: what it does (before: "is deepseek dropping huawei completely")
    expect(partsOf("is deepseek dropping nvidia completely? and what is huawei's role exactly?")[1]).toEqual(['what', 'and what is huawei role exactly']);
    expect(partsOf('ديب سيك راح تترك انفيديا نهائي؟ وشو دور هواوي بالضبط؟')[1]).toEqual(['deed', n('ما هواوي')]);
  });

  test('a follow-up naming only the other side of a contrast ("…big R2 on? and the small versions?") asks the question before again of that side; after "only…?" the two are one question', () => {
    const partsOf = (message: string) => engine.trace(message).map((reading) => reading.question.standard);
    expect(partsOf('which chips will the large R2 run on? and the smaller versions?')).toEqual([
      'which chips will the large r2 run on',
      'which chips will the smaller r2 run on',
    ]);
    // before: one question, answered with the chips of the most powerful R2 alone
    const answer = engine.ask('R2 الكبير على اي شرايح بيتدرب؟ والنسخ الصغيرة؟');
    expect(answer.parts?.map(answeredWith)).toEqual([expect.stringMatching(/Nvidia/), expect.stringMatching(/Huawei/)]);
    // The side without the "and" typed onto it.
    expect(partsOf('R2 الكبير على اي شرايح بيتدرب؟ والصغير؟')[1]).toBe(n('r2 الصغير علي اي شرايح بيتدرب'));
    expect(partsOf('هل هواوي بس للنماذج الصغيرة؟ والكبيرة؟')).toHaveLength(1);
  });

  test('a list’s markers inside a line begin its items ("1) … 2) …", "a. … b. …", "١- … ٢- …"); a code’s digit is no marker', () => {
    expect(splitClauses('two questions: 1) who reported this 2) when is R2 out').map((c) => c.text)).toEqual([
      'two questions',
      'who reported this',
      'when is R2 out',
    ]);
    expect(splitClauses('سؤالين: ١- مين نشر الخبر ٢- امتى بينزل R2').map((c) => c.text)).toEqual(['سؤالين', 'مين نشر الخبر', 'امتى بينزل R2']);
    expect(splitClauses('a) who reported this b) why was R2 delayed').length).toBe(2);
    expect(splitClauses('is R2 on the H800- or H20-class chips').length).toBe(1);
    for (const message of ['two questions: 1) who reported this 2) when is R2 out', 'سؤالين: ١) مين نشر الخبر ٢) ليش تأخر R2']) {
      expect(engine.ask(message).parts?.map((part) => part.facts[0]?.fact.id)).toEqual(['the-information-outlet', 'r2-launch-delayed']);
    }
  });

  test('an aside in brackets belongs to its sentence, its question marks too', () => {
    expect(splitClauses('which exact nvidia chip (H20? H800?) is R2 being built on').map((c) => c.text)).toEqual([
      'which exact nvidia chip (H20 H800) is R2 being built on',
    ]);
    expect(splitClauses('اي شريحة (H20؟ H800؟) بيستخدموا لـ R2؟').length).toBe(1);
    // The report names no such chip: the whole question is declined, not its tail answered.
    expect(engine.ask('which exact nvidia chip (H20? H800?) is R2 being built on').answered).toBe(false);
  });

  test('"ones" after "which" in a follow-up, or a plural pronoun, stands for the noun the question before asked "which" of', () => {
    // before: "which ones for the big r2" named no chips, and was answered with the split of the work, naming no R2
    for (const message of [
      'which chips are for the small models and which ones are for the big r2 one?',
      'Which chips dem dey use for the small models, and which ones for the main R2?',
    ]) {
      expect(engine.trace(message)[1].question.standard).toMatch(/which chips/);
      expect(engine.ask(message).parts?.map((part) => part.facts[0]?.fact.id)).toEqual(['huawei-trains-small-models', 'nvidia-most-powerful-r2']);
    }
    // So does a plural pronoun (before: "what are they meant to train?" was answered with Huawei's chips training the small models, naming no accelerators).
    const message = "Which companies' accelerators is DeepSeek testing? And what are they meant to train?";
    expect(engine.ask(message).parts?.map((part) => part.facts[0]?.fact.id)).toEqual(['testing-accelerators', 'accelerators-for-small-r2']);
  });

  test('a few words between a pair of dashes are an aside, as in brackets; a lone dash still ends a sentence', () => {
    // before: "is Cambricon", "كامبريكون" and the rest were read as three sentences
    const message = 'is Cambricon — كامبريكون — one of the companies deepseek is testing with?';
    expect(splitClauses(message).map((c) => c.text)).toEqual(['is Cambricon (كامبريكون) one of the companies deepseek is testing with']);
    expect(answeredWith(engine.ask(message))).toMatch(/Cambricon/);
    expect(splitClauses('ديب سيك - الشركة الصينية - بتجرب شرايح مين؟')).toHaveLength(1);
    expect(splitClauses('huawei - who else is deepseek testing?').map((c) => c.text)).toEqual(['huawei', 'who else is deepseek testing']);
  });

  test('asking the reader\'s view between commas ("…, would you say, …", "…، برأيك، …") ends no clause', () => {
    // before: "Is Baidu in the mix at all" and "for the accelerators DeepSeek is testing" were asked as two questions
    const message = 'Is Baidu in the mix at all, would you say, for the accelerators DeepSeek is testing?';
    expect(splitClauses(message).map((c) => c.text)).toEqual(['Is Baidu in the mix at all for the accelerators DeepSeek is testing']);
    expect(engine.ask(message).parts ?? []).toHaveLength(0);
    expect(answeredWith(engine.ask(message))).toMatch(/Baidu/);
    expect(splitClauses('هل بايدو، برأيك، من الشركات اللي ديب سيك بتجربها؟')).toHaveLength(1);
    // a comma before something else still closes a clause
    expect(splitClauses('is baidu in the mix, and who reported it?')).toHaveLength(2);
  });

  test('written laughter ends a sentence as an emoji does, and keeps the question mark after it', () => {
    expect(splitClauses('what did nvidia say lol they must be salty af').map((c) => c.text)).toEqual(['what did nvidia say', 'they must be salty af']);
    expect(splitClauses('شو قالت انفيديا ههههه اكيد زعلانين').map((c) => c.text)).toEqual(['شو قالت انفيديا', 'اكيد زعلانين']);
    // Drawn out, هههه is one ه by the time the message is cut.
    expect(splitClauses(prepareText('شو قالت انفيديا ههههه اكيد زعلانين')).length).toBe(2);
    expect(splitClauses('did they ditch nvidia lol?')).toEqual([
      { text: 'did they ditch nvidia', questionMark: true, surprised: false, leadsIn: false, fullStop: false, continues: false, beforeTurn: false },
    ]);
    expect(splitClauses('هواوي ساعدتهم خخخ؟')).toEqual([
      { text: 'هواوي ساعدتهم', questionMark: true, surprised: false, leadsIn: false, fullStop: false, continues: false, beforeTurn: false },
    ]);
    // Inside a word, or carrying a vowel mark (هِيَ), ه is a letter.
    expect(splitClauses('هواوي وهندسة الشرائح').length).toBe(1);
    expect(splitClauses('مَن هِيَ الجِهَةُ الَّتي نَشَرَت التَّقرير؟').length).toBe(1);
  });

  test('letters drawn out are one letter; a code’s plural is the code; Iraqi گ is ق', () => {
    expect(prepareText('leeeh')).toBe('leh');
    expect(prepareText('ليييش')).toBe('ليش');
    expect(prepareText('the mini R2s')).toBe('the mini R2');
    expect(prepareText('شگالت')).toBe('شقالت');
  });

  test("the Maghreb's ڨ and ڭ are ق as Iraqi گ is, and so is گ as a keyboard encodes it inside a word (ﮔ)", () => {
    expect(['ڨالت', 'ڭاع', 'ﮔالت', 'ﮔاع'].map(prepareText)).toEqual(['قالت', 'قاع', 'قالت', 'قاع']);
    expect(prepareText('ﭽان')).toBe('كان');
    // end to end: "doesn't deepseek mean to leave nvidia altogether?" is asked how far
    expect(engine.trace('ياك ديب سيك ماهي لاهي تسيب انفيديا ﮔاع؟')[0].question.type).toBe('extent');
  });

  test('Iraqi and Gulf چ is ك (يحچي = يحكي "talks", چان = كان): "who spoke from nvidia" is asked', () => {
    expect(prepareText('منو حچى من انفيديا؟ چان زعلان؟')).toBe('منو حكى من انفيديا؟ كان زعلان؟');
    expect(answeredWith(engine.ask('منو حچى من انفيديا؟'))).toMatch(/Nvidia spokesperson/);
  });
});

describe('Arabizi', () => {
  const vocabularyOf = (list: string[]): SpellingVocabulary => {
    const words = new Set(list.map(n));
    const prefixes = new Set([...words].flatMap((word) => [...word].map((_, i) => word.slice(0, i + 1))));
    return { has: (word) => words.has(word), begins: (prefix) => prefixes.has(prefix) };
  };
  const vocabulary = vocabularyOf(['نشر', 'تقرير', 'موضوع', 'مهندسين', 'المنافسه', 'يعني', 'قالت']);

  test('digits that stand for letters mark Arabizi; product codes do not', () => {
    expect(['3la', 'a3raf', '2alet', 'mo5tasar', 'et2a7ar'].every(hasArabiziDigits)).toBe(true);
    expect(['r2', 'h100', '910b', 'v3', '2022', 'h20e'].some(hasArabiziDigits)).toBe(false);
    // Letters on both sides of the digit after two letters: a word, not a code.
    expect(['ba3d', 'ma3a'].every(hasArabiziDigits)).toBe(true);
  });

  test('a consonant, a digit standing for a letter and a vowel is a syllable of Arabizi ("b2a" بقى, "m3a" مع); a code or "e2e" is not', () => {
    expect(['b2a', 'm3a', 'l2a'].every(hasArabiziDigits)).toBe(true);
    expect(['e2e', 'a7', 'r2', 'v3', 'h20e'].some(hasArabiziDigits)).toBe(false);
    // before: "b2a" was read as a product code like R2, a name no fact holds, and the question was declined
    const question = 'el R2 et2a5ar leh? w emta hayenzel b2a';
    const [, when] = engine.trace(question);
    expect([when.question.standard, when.evidence?.names]).toEqual(['و هينزل', 1]);
    expect(engine.ask(question).answered).toBe(true);
  });

  test('a message is Arabizi when its Arabizi words outnumber English grammar words', () => {
    expect(isArabizi(['nvidia', '2alet', 'eh'])).toBe(true);
    expect(isArabizi(['chno', 'galo', 'nvidia'])).toBe(true);
    expect(isArabizi(['what', 'does', 'nvidia', 'say'])).toBe(false);
    expect(isArabizi(['is', 'the', 'r2', 'out'])).toBe(false);
    // Words with no digit count when they spell a known Arabic word.
    expect(isArabizi(['min', 'nashar', 'hal', 'taqreer'], (word) => arabicSpelling(word, vocabulary) !== null)).toBe(true);
  });

  test('a final s may be ث, as Egypt and the Levant say it (motahades متحدث); inside a word it is not (esm is no ثم)', () => {
    const withTha = vocabularyOf(['متحدث', 'ثم', 'بحث']);
    // before: motahades was spelt المتهدس, a word no fact holds, and "el motahades bta3 nvidia 2al eh?" was declined
    expect(transliterate('motahades', withTha)).toBe(n('متحدث'));
    expect(transliterate('ba7s', withTha)).toBe(n('بحث'));
    expect(transliterate('esm', withTha)).not.toBe(n('ثم'));
    expectOneAnswer('el motahades bta3 nvidia 2al eh?', /Nvidia spokesperson said/);
  });

  test('lamma / lama is لما "when", however its doubled m is spelt', () => {
    // before: "lama" stayed a Latin word, and "nvidia 2alet eh lama el mawdo3 da tele3?" was declined
    for (const word of ['lamma', 'lama', 'lmma']) expect(transliterate(word, vocabulary)).toBe(n('لما'));
    expect(engine.trace('nvidia 2alet eh lama el mawdo3 da tele3?')[0].question.standard).toBe('nvidia قالت ما لما الموضوع طلع');
  });

  test('everyday words come from the table; others are spelt letter by letter against the vocabulary', () => {
    expect(transliterate('leh', vocabulary)).toBe(n('ليه'));
    expect(transliterate('ya3ni', vocabulary)).toBe(n('يعني'));
    // "latest" (not خير "good") and Lebanese la7 "will"
    expect(['a5er', 'la7'].map((word) => transliterate(word, vocabulary))).toEqual(['اخر', 'رح'].map(n));
    // "enough"
    expect(['kafi', 'kifaya'].map((word) => transliterate(word, vocabulary))).toEqual(['كافي', 'كفاية'].map(n));
    // the dialects' plural "names" (before: read سهم "share", a question of money): the companies' names are their list
    expect(engine.trace('wsh asaami elsharikat elli deepseek ga3dah tjarrib musri3athom?')[0].question.type).toBe('list');
    // "the news", with no digit to tell it Arabizi (before: khabar stayed a Latin word no fact holds)
    expect(engine.trace('shu esm el ma3alej taba3 huawei elli 3am y7ko 3anno bel khabar?')[0].question.standard).toMatch(new RegExp(`${n('الخبر')}$`));
    // why, and "like this" (Levantine hek, Iraqi hichi with the چ of هيچي)
    expect(['lish', 'leesh', 'hek', 'hichi'].map((word) => transliterate(word, vocabulary))).toEqual(['ليش', 'ليش', 'هيك', 'هيك'].map(n));
    // French, mixed into Maghrebi Arabizi
    expect(transliterate('puces', vocabulary)).toBe(n('شرائح'));
    expect(transliterate('baghya', vocabulary)).toBe(n('بغات'));
    expect(transliterate('nashar', vocabulary)).toBe(n('نشر'));
    expect(transliterate('taqreer', vocabulary)).toBe(n('تقرير'));
    // exactly, its ض written d
    expect(transliterate('dabt', vocabulary)).toBe(n('ضبط'));
    // the source's ص written s, and Egyptian's elly "which"
    expect(transliterate('masdar', vocabulary)).toBe(n('مصدر'));
    expect(transliterate('elly', vocabulary)).toBe(n('اللي'));
    expect(engine.ask('meen elly tala3 el 5abar da? ya3ni el masdar meen').parts).toBeUndefined();
    // d may be ض: "mawdoo3" is موضوع because the vocabulary knows it.
    expect(transliterate('mawdoo3', vocabulary)).toBe(n('موضوع'));
    expect(transliterate('mohandseen', vocabulary)).toBe(n('مهندسين'));
    // The article joined to a word: "lmonafassa" → المنافسة.
    expect(transliterate('lmonafassa', vocabulary)).toBe(n('المنافسه'));
  });

  test('a final -at after the article is the feminine plural; without it, the singular of a construct', () => {
    const companies = vocabularyOf(['شركه', 'شركات', 'الشركه', 'الشركات']);
    expect(transliterate('sharikat', companies)).toBe(n('شركه'));
    expect(transliterate('sharikat', companies, true)).toBe(n('شركات'));
    expect(transliterate('elsharikat', companies)).toBe(n('الشركات'));
  });

  test('a word the facts hold in Latin only in an Arabizi alias is read in Arabic: "el sharikat" asks for the list of companies', () => {
    expect(engine.trace('shno el sharikat elli deepseek 3am tjarrib chips-hom?')[0].question.type).toBe('list');
    expect(answeredWith(engine.ask('wesh hiya el sharikat elli deepseek tjarrib chipathom?'))).toMatch(/Huawei, Baidu and Cambricon/);
  });

  test('the nouns a name of some kind is asked with are spellings the reader knows: "jarida" (a newspaper) asks which outlet', () => {
    // before: spelt جريدا, a word nothing knows, read as a bare "which" and declined
    expect(['wach men jarida 7akat 3la had l5abar?', 'wach men sa7ifa 7akat 3la had l5abar?'].map((message) => engine.trace(message)[0].question.type)).toEqual(
      ['source', 'source'],
    );
    const answer = engine.ask('wach men jarida 7akat 3la had l5abar ta3 deepseek w huawei?');
    expect(answer.answered && answer.facts.map((fact) => fact.fact.id)).toContain('the-information-outlet');
  });

  test('ch is ش first, and the Gulf and Iraqi چ for ك only when no word is spelt with ش (7chat حكت "she said"; 3lech علاش "why")', () => {
    const spellings = vocabularyOf(['حكت', 'علاش', 'عليك']);
    expect(['7chat', '3lech'].map((word) => transliterate(word, spellings))).toEqual(['حكت', 'علاش'].map(n));
    expect(engine.trace('shinu 7chat nvidia 3ala hal mawdoo3?').map((read) => read.question.type)).toEqual(['speech']);
  });

  test('"la shu" is لشو (what for), its preposition written apart, and "bedda" بدها (she wants): a follow-up asking what for', () => {
    expect(prepareText('la shu bedda yehon?')).toBe('lashu bedda yehon?');
    expect(['lashu', 'bedda'].map((word) => transliterate(word, vocabulary))).toEqual(['لشو', 'بدها'].map(n));
    expect(engine.trace('shu 3am ta3mel deepseek b chips huawei? la shu bedda yehon?').map((read) => read.question.type)).toEqual(['why']);
  });

  test('an imperfect verb\'s plural ending (-on, -oon, -oun) is ون on the verb the vocabulary knows; sa7 is the tag صح, and sh7aga the Gulf "why" شحقه', () => {
    const verbs = vocabularyOf(['يجرب', 'يستخدم']);
    expect(transliterate('yjarbon', verbs)).toBe(n('يجربون'));
    expect(transliterate('yesta5dmoun', verbs)).toBe(n('يستخدمون'));
    // not a word that merely ends so, whose stem the vocabulary does not know
    expect(transliterate('nation', verbs)).not.toMatch(/ون$/);
    expect(transliterate('sa7', vocabulary)).toBe(n('صح'));
    expect(transliterate('sh7aga', vocabulary)).toBe(n('شحقه'));
    // end to end: "so Nvidia for the big model and Huawei for the small ones, right?"
    expectOneAnswer('ya3ni nvidia lal model el kbir w huawei lal sghar, sa7?', /balanced way/);
  });

  test('a pronoun on a plural verb (ysa3doonhum يساعدونهم): the verb with its plural ending, then the pronoun', () => {
    const verbs = vocabularyOf(['يساعد']);
    expect(['ysa3doonhum', 'ysa3doonhom'].map((word) => transliterate(word, verbs))).toEqual(['يساعدونهم', 'يساعدونهم'].map(n));
    // before: يسعدونهم "they make them happy", a word no fact holds, and the question declined
    expectOneAnswer('min elli jab engineers 3shan ysa3doonhum b R2?', /sent a specialised team/);
    expectOneAnswer('huawei 3tathom engineers ysa3doonhom?', /sent a specialised team/);
  });

  test('kanet, kanit, kant are كانت "she was" however the long vowel is spelt: with a verb of wanting, an intention', () => {
    expect(['kanet', 'kanit', 'kant', 'kanou'].map((word) => transliterate(word, vocabulary))).toEqual(['كانت', 'كانت', 'كانت', 'كانوا'].map(n));
    // before: kanet stayed a Latin word, no intention was read, and the fact of training the small R2s answered
    expect(engine.ask('shu kanet deepseek badda ta3mel b ascend?').facts[0]?.fact.en).toMatch(/inference/);
  });

  test('Darija Arabizi "smiya" (سمية, a name), alone or with its pronoun (smito), asks a name as esm does', () => {
    expect(['smiya', 'smito', 'smitha'].map((word) => transliterate(word, vocabulary))).toEqual(['اسم', 'اسمه', 'اسمها'].map(n));
    // before: smiya was a word no fact holds, and the question was declined
    const [reading] = engine.trace('chno smiya dyal l processor dyal huawei?');
    expect([reading.question.type, reading.fact?.en]).toEqual(['name', expect.stringMatching(/Ascend/)]);
  });

  test('t is ه only at the end of a word (a construct\'s ة), never inside it: "testihom" is no هسههم', () => {
    // with no known word spelt with ت there, the plain reading, not هسه
    expect(transliterate('tsa', vocabularyOf(['هسه']))).toBe(plainReading('tsa'));
    expect(transliterate('sharikat', vocabularyOf(['شركه']))).toBe(n('شركه'));
    // French "tester" as Maghrebi speech conjugates it
    expect(['testi', 'testihom', 'testit'].map((word) => transliterate(word, vocabulary))).toEqual(['تجرب', 'تجربهم', 'جربت'].map(n));
  });

  test('an English verb the facts use, conjugated in Arabizi as an Arabic one (ytrainiw, ytestiw), is that verb', () => {
    expect(engine.trace('chnowa el chips elli bech ytrainiw 3lihom el models e sghar?')[0].question.standard).toMatch(/ train /);
    // before: ytestiw was read letter by letter as a word no fact holds, and the question was declined
    expectOneAnswer('deepseek ka ytestiw chips dyal chkoun?', /testing new AI GPU accelerators/);
    // A shorter stem is as likely Arabic spelt so: bthat is no "hat".
    expect(engine.trace('bthat chno galet nvidia?')[0].question.standard).not.toMatch(/\bhat\b/);
  });

  test("a pronoun's h after d (or t, s, k, g, c) is no digraph: 3ndha is عندها, not عندي", () => {
    const spellings = vocabularyOf(['عند', 'عندي']);
    expect(['3ndha', '3andhom'].map((word) => transliterate(word, spellings))).toEqual(['عندها', 'عندهم'].map(n));
    // a word with no pronoun on its end keeps its digraph
    expect(transliterate('3ndi', spellings)).toBe(n('عندي'));
  });

  test('the synonym groups\' words are spellings an Arabizi word may be read as: "yetbna" is يتبنى (built), as بناء the facts say', () => {
    expect(engine.trace('ya khawti R2 ta3 deepseek 3la wach rahou yetbna? nvidia wla huawei?')[0].question.standard).toMatch(new RegExp(n('يتبنى')));
    // before: declined, يتبنا (and يتبنى in Arabic script) a word no fact holds
    for (const message of ['ya khawti R2 ta3 deepseek 3la wach rahou yetbna? nvidia wla huawei?', 'R2 على شنو راهو يتبنى؟ انفيديا ولا هواوي؟'])
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/Nvidia/)]);
  });

  test("3 is ع, and غ when 3' has lost its apostrophe and no word is spelt with ع (so3ayyar صغير)", () => {
    const spellings = vocabularyOf(['صغير', 'عرف', 'غرف']);
    expect(['so3ayyar', 'a3raf'].map((word) => transliterate(word, spellings))).toEqual(['صغير', 'عرف'].map(n));
    // end to end: "whose chips will deepseek use now for the small models?"
    expect(answeredWith(engine.ask('ya gama3a, deepseek hatesta5dem chips meen dilwak lel models el so3ayyara?'))).toMatch(/Huawei/);
  });

  test('a final "an" may be an adverb\'s nunation, written ا (fe3lan فعلا, tab3an طبعا), when no word ending in ان fits (zaman زمان)', () => {
    const spellings = vocabularyOf(['فعلا', 'طبعا', 'زمان', 'زما']);
    expect(['fe3lan', 'tab3an', 'zaman'].map((word) => transliterate(word, spellings))).toEqual(['فعلا', 'طبعا', 'زمان'].map(n));
    // …and "really" (فعلا، حقا) is chatter in Arabic as in English: before, فعلا was a word no fact holds and the question was declined
    for (const message of [
      'R2 et2a5ar fe3lan wala kalam fady?',
      'R2 تأخر فعلا ولا هذا كلام فاضي؟',
      'R2 تأخر حقا ولا هذا كلام فاضي؟',
      'was R2 really delayed or is that just talk?',
    ])
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/delayed, because/)]);
  });

  test('Arabizi "en", "enno" after a verb is ان / انه "that", a grammar word, not a Latin word no fact holds; "en" marks no Arabizi by itself (French "en")', () => {
    // before: "en" stayed Latin, and the statement asked after held a word the report never says
    for (const message of ['howa nvidia a3tarafet en fe monafsa fe3lan walla la2?', 'did nvidia admit that there is competition for real or not?'])
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/competition/)]);
    expect(isArabizi(['en', 'english'])).toBe(false);
  });

  test('the pronouns opening a question are هو / هي however their vowels are spelt (huwa, hwa, heya, hya), in a line of both scripts too', () => {
    // before: a Latin word no fact holds, taken for a name the question asks about, and the question declined
    for (const [message, fact] of [
      ['hya DeepSeek بتجرب accelerators من مين غير Huawei?', /Baidu and Cambricon/],
      ['huwa R2 اتأجل ليه?', /delayed, because/],
      ['heya Nvidia قالت ايه؟', /competition has begun/],
    ] as const)
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(fact)]);
  });

  test('8 stands for غ like the other letter digits; a code with an 8 (H800) is still a code', () => {
    expect(hasArabiziDigits('hatsha8al')).toBe(true);
    expect(hasArabiziDigits('h800')).toBe(false);
  });

  test('English chat words count as English: "tl;dr pls i aint reading allat" is no Arabizi', () => {
    const spellsArabic = () => true;
    expect(isArabizi(['tl', 'dr', 'pls', 'i', 'aint', 'reading', 'allat'], spellsArabic)).toBe(false);
    // A chat word with a digit is still English.
    expect(isArabizi(['eli5', 'pls'])).toBe(false);
    expect(isArabizi(['ana', '3ayez', 'a3raf', 'deepseek', 'hatsha8al', 'r2'], spellsArabic)).toBe(true);
  });

  test('English chat shorthand (r "are", wich, frm) counts as English too: a typo-ridden English line with no grammar word spelt right is no Arabizi', () => {
    const spellsArabic = (word: string) => word === 'testng';
    // before: no English word was counted, and a typo that spells an Arabic word ("testng") made it Arabizi
    expect(isArabizi(['wich', 'compnies', 'r', 'deepseek', 'testng', 'gpus', 'frm'], spellsArabic)).toBe(false);
    expectAnsweredWith(['wich compnies r deepseek testng gpus frm'], /Baidu and Cambricon/);
    // a word both write is no evidence either way: "w" and "wen" are Arabizi's و and وين as much as "with" and "when"
    expect(isArabizi(['w', 'wen', 'r2', 'ya', '3am'])).toBe(true);
  });

  test('Maghrebi "did" (dar, dart) is the table’s دار, in Latin letters as in Arabic ones', () => {
    expect(transliterate('dar', vocabulary)).toBe(n('دار'));
    expect(transliterate('dart', vocabulary)).toBe(n('دارت'));
    for (const message of ['shno dar huawei m3a deepseek?', 'شنو دار هواوي مع ديب سيك؟']) {
      const [reading] = engine.trace(message);
      expect(reading.question.type).toBe('deed');
      expect(engine.ask(message).answered).toBe(true);
    }
  });

  test('Gulf and Iraqi Arabizi writes ليش with its diphthong (laish, laysh): "why", a question of its own after و', () => {
    // As Arabic script writes it: the same two questions.
    for (const message of ['minu 3awan deepseek fe R2? w laish t2a5ar?', 'minu 3awan deepseek fe R2? w laysh t2a5ar?', 'منو ساعد ديب سيك في R2؟ وليش تأخر؟']) {
      const answer = engine.ask(message);
      expect(answer.parts?.length).toBe(2);
      expect(engine.trace(message)[1].question.type).toBe('why');
      expect(answeredWith(answer.parts?.[1])).toMatch(/delayed, because/);
    }
  });

  test('Levantine ضل typed ظل, and standard ظلّ "kept on" (بتظل، ستظل), are going on with something, as the facts\' ستواصل', () => {
    // before: بتظل was a word no fact holds, and the question was declined
    for (const message of ['انفيديا بتظل مع ديب سيك ولا خلاص طلعت من السالفه؟', 'هل ستظل ديب سيك تستخدم انفيديا؟']) {
      expect(engine.trace(message)[0].question.standard).toMatch(n('تواصل'));
      expect(engine.ask(message).facts[0]?.fact.id).toBe('nvidia-for-r2-llm');
    }
  });

  test('needing a maker (still need nvidia, لسه محتاجة انفيديا، تحتاجها) is relying on it, in both languages', () => {
    // before: what Nvidia said, its most powerful R2, or a decline after the US needing developers' support
    for (const message of ['do they still need nvidia?', 'ديب سيك لسه محتاجة انفيديا؟', 'هالحين ديب سيك تبي تستغني عن انفيديا ولا بعدها تحتاجها؟']) {
      expect(engine.ask(message).facts[0]?.fact.id).toBe('nvidia-for-r2-llm');
    }
  });

  test('Maghrebi واش before a verb of doing with what it is done with asks what is done with it, not whether', () => {
    // before: read as a yes/no question of bare doing, and declined
    for (const message of ['معالجات Ascend تاع هواوي واش راح تدير بيهم ديب سيك بالضبط؟', 'ديب سيك واش راهي حابة دير بالشرائح تاع هواوي بالضبط؟']) {
      expect(engine.trace(message)[0].question.type).toBe('deed');
      expect(answeredWith(engine.ask(message))).toMatch(/small/);
    }
    // A verb of using keeps its yes/no question.
    expect(engine.trace('واش ديب سيك راهي تستعمل شرائح هواوي؟')[0].question.type).toBe('yesno');
  });

  test('after a preposition, Maghrebi واش asks "what" (على واش، 3la wach), not yes/no nor "and what"; on what is no "about what"', () => {
    const message = 'النماذج الصغار يدربوهم على واش؟ و R2 الكبير على واش؟';
    expect(splitClauses(message).map((clause) => clause.text)).toEqual(['النماذج الصغار يدربوهم على واش', 'و R2 الكبير على واش']);
    const answer = engine.ask(message);
    expect(answer.parts?.length).toBe(2);
    expect(answeredWith(answer.parts?.[0])).toMatch(/Huawei chips, using them to train its small/);
    expect(answeredWith(answer.parts?.[1])).toMatch(/Nvidia chips to build the most powerful version of R2/);
    expect(engine.trace('deepseek tdarreb les petits modeles 3la wach?')[0].question.standard).toMatch(/علي ماذا/);
    // Opening the clause, "about what" still asks what the report is about.
    for (const request of ['عن ايه الخبر؟', 'على ايه الخبر ده؟']) expect(engine.trace(request)[0].question.summary).toBe(true);
  });

  test('fee, fih "there is" (في، فيه) in Arabizi; "fee" in an English line is still a fee, asked and declined', () => {
    expect(['fee', 'fih'].map((word) => transliterate(word, vocabulary))).toEqual(['في', 'فيه'].map(n));
    const answer = engine.ask('fee maw3id l R2 walla la?');
    expect([answer.language, answeredWith(answer)]).toEqual(['ar', expect.stringMatching(/R2 .*delayed|delayed/)]);
    expect(engine.ask("what's the fee for R2?").abstention).toBe('missing-attribute');
  });

  test('Iraqi aku / maku / shaku "there is", loo "or", and da before a verb its progressive: Arabizi, answered in Arabic', () => {
    expect(['aku', 'maku', 'shaku', 'loo'].map((word) => transliterate(word, vocabulary))).toEqual(['اكو', 'ماكو', 'شكو', 'لو'].map(n));
    const answer = engine.ask('deepseek da tjarrib chips min huawei loo aku ghairha?');
    expect([answer.language, answeredWith(answer)]).toEqual(['ar', expect.stringMatching(/Baidu and Cambricon/)]);
    expect(engine.trace('minu el sharikat elli da yjarbon chips?')[0].question.standard).not.toMatch(/ده/);
  });
  test('French words of Maghrebi speech are read for what they mean, in Arabizi and in a line of Arabic script (les boîtes "the companies", l\'affaire "the story")', () => {
    expect(answeredWith(engine.ask('شكون les boîtes اللي DeepSeek راهي تجرب accelerators تاعهم؟'))).toMatch(/Huawei, Baidu and Cambricon/);
    expect(answeredWith(engine.ask('chkoun les boites li deepseek katjarreb les puces dyalhom?'))).toMatch(/Huawei, Baidu and Cambricon/);
    // "the story" is the report itself: no topic the facts must hold.
    expect(answeredWith(engine.ask("wach cambricon w baidu 3andhom 3ala9a b had l'affaire?"))).toMatch(/Baidu and Cambricon/);
  });

  test("a French word with the French ending of an English word of the facts is that word (accélérateurs, inférence); la before one is its article, and d' is de", () => {
    const known = (word: string) => ['accelerators', 'processor', 'strategic', 'optimization'].includes(word);
    expect(['accelerateurs', 'processeur', 'strategique', 'optimisation', 'amateur'].map((word) => englishOfFrench(word, known))).toEqual([
      'accelerators',
      'processor',
      'strategic',
      'optimization',
      undefined,
    ]);
    expect(engine.trace('chkoun les boites li deepseek testaw m3ahom les accelerateurs?')[0].question.standard).toMatch(/accelerators/);
    expect(engine.trace("kifach kant la stratégie ta3 DeepSeek m3a Ascend pour le modèle d'inférence?")[0].question.standard).toMatch(/inference/);
    expect(engine.trace('kifach kant la stratégie ta3 DeepSeek?')[0].question.standard).not.toMatch(/لا/);
    // Before a name, la is still "no".
    expect(engine.trace('la nvidia mazal m3a deepseek?')[0].question.standard).toMatch(/لا/);
  });

  test('la Chine is China: what Nvidia said of it is asked, in Arabizi with French as in Arabic', () => {
    // before: "Chine" was read as a question word and the question declined
    for (const message of ['w nvidia wach galet 3la la Chine? kach 7aja?', 'nvidia 9alet 3la la chine?']) expectOneAnswer(message, /China/);
  });

  test('French words of Maghrebi Arabizi a question is told in: la plateforme des consommateurs, l\'objectif, les cartes GPU, l\'équipe; and bedhabt "exactly"', () => {
    expect(transliterate('bedhabt', vocabulary)).toBe(n('بالضبط'));
    // before: each declined, the French words read letter by letter as Arabic no fact holds
    expect(answeredWith(engine.ask('daba wach deepseek 3tat chi date l lancement 3la la plateforme dyal les consommateurs?'))).toMatch(/no date/);
    expect(answeredWith(engine.ask("واش l'objectif ta3 deepseek ki testat les GPU ta3 Baidu و Cambricon؟"))).toMatch(/purpose/);
    expect(answeredWith(engine.ask('taw deepseek 9a3da tjarreb cartes GPU mta3 chkoun bedhabt?'))).toMatch(/Baidu/);
    // l'équipe, the team Huawei sent (before: spelt الاقيبه, a word no fact holds, and declined)
    expect(answeredWith(engine.ask("chno wa9e3 m3a l'équipe dyal huawei?"))).toMatch(/Huawei's engineers/);
    // …spelt by ear (ekip)
    expect(answeredWith(engine.ask('el ekip mta3 huawei 3awnouhom f R2 walla le? chnowa sar m3ahom?'))).toMatch(/Huawei's engineers/);
  });

  test('"est-ce que", French\'s yes/no question, asks as هل does, in a line of Arabic script and in Arabizi', () => {
    // before: "est ce que" stayed three words no fact holds, unusual enough to decline the question
    const { question } = engine.trace('est-ce que deepseek rahi tbeddel nvidia b huawei?')[0];
    expect([question.type, question.standard.split(' ')[0]]).toEqual(['yesno', 'هل']);
    expect(engine.trace('est-ce que DeepSeek راهي تبدل Nvidia نهائيا ب Huawei؟')[0].question.standard.split(' ')[0]).toBe('هل');
    expect(answeredWith(engine.ask('est-ce que DeepSeek راهي تبدل Nvidia نهائيا ب Huawei؟'))).toMatch(/Nvidia/);
  });

  test('French question words (pourquoi, quand, combien, quel) ask as their Arabic and English do', () => {
    // before: "Pourquoi" was read as Arabizi (بورقي), a word no fact holds, and the reason went unasked
    const [first] = engine.trace('Pourquoi deepseek bghat tb3d chwiya men nvidia? و نفيديا شنو ردات على هاد الشي؟');
    expect([first.question.type, first.question.standard.split(' ')[0]]).toEqual(['why', 'لماذا']);
    expect(engine.trace('quand R2 ghadi ykhrej?')[0].question.type).toBe('when');
    expect(engine.trace("combien d'ingénieurs huawei b3athet l deepseek?")[0].question.type).toBe('count');
    expect(engine.trace('quel modèle ghadi ykhdem b nvidia?')[0].question.type).toBe('which');
    // English "comment" is no French "how"
    expect(engine.trace('did nvidia comment?')[0].question.type).toBe('speech');
  });

  test('Maghrebi راه "is now", تاع "of", Tunisian فما "there is" and the French a question is told in (sortie, petits, c\'est pour) carry the question, in Arabizi and in Arabic script', () => {
    expect(transliterate('sortie', vocabulary)).toBe(n('إطلاق'));
    expect(transliterate('rahi', vocabulary)).toBe(n('راهي'));
    expect(engine.trace('الشرائح تاع هواوي راهي تستعمل في شنو؟')[0].question.standard).not.toMatch(/تاع|راهي/);
    expect(engine.trace('fama date pour la sortie de R2?')[0].question.standard).toMatch(/يوجد/);
    expect(answeredWith(engine.ask("c'est quoi la date de sortie ديال R2؟ فما موعد؟"))).toMatch(/launch/);
    expect(answeredWith(engine.ask('deepseek rahi t5dem b huawei pour les petits modèles wela les grands?'))).toMatch(/small/);
  });

  test('a French word that is an English one too ("grand") is French only beside French that is not: "grand morning" is English', () => {
    // before: "grand" read as "large" led to the fact about Nvidia for the larger models
    expect(engine.ask("grand morning for it. what are they using huawei's chips for exactly?").facts[0]?.fact.en).toMatch(/to train its small AI models/);
    expect(engine.trace("c'est pour les grands modèles ou les petits?")[0].question.standard).toMatch(n('كبيره'));
  });

  test('أخذ "take" as the Levant and Egypt say it (تاخد، بياخد), and its inflections, meet the fact that takes the best of each company', () => {
    expectAnsweredWith(
      ['يعني ديب سيك عم تاخد الأحسن من كل شركة؟ صح؟', 'ديب سيك بتاخد احسن حاجة من كل شركة؟', 'هل تأخذ ديب سيك أفضل ما لدى كل شركة؟'],
      /best technology of different companies/,
    );
  });

  test('Levantine بلّش "start", عم يحكوا "they say", اكتر "more", اشي "something", and Egyptian يا جدع "dude" carry the question as English does', () => {
    for (const [message, fact] of [
      ['حد بيعرف مين اللي حكى انو المنافسة بلشت خلص؟', /spokesperson/],
      ['does anyone know who said the competition has started?', /spokesperson/],
      ['هو في اشي بالتقرير بيقول انو ديب سيك بدها تصير مستقلة اكتر؟', /more independence/],
      ['is there anything in the report saying deepseek wants to be more independent?', /more independence/],
    ] as const)
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(fact)]);
    expect(answeredWith(engine.ask('هما ديب سيك بيعملوا ايه مع هواوي بالظبط يا جدع؟'))).toMatch(/Huawei chips for the smaller models/);
  });

  test('Maghrebi هدر، هضر "talk, speak" ask what was said, as قال does', () => {
    expect(['هدرت', 'هدروا', 'هضرت'].map((word) => standardContentWord(n(word)))).toEqual(['قالت', 'قالوا', 'قالت'].map(n));
    // before: هدرت was a word no fact holds, and the question was declined
    expect(answeredWith(engine.ask('نفيديا هدرت على الصين ولا لا؟'))).toMatch(/China/);
    expect(engine.trace('شنو هدرت نفيديا؟')[0].question.type).toBe('speech');
  });

  test('Algerian كاش "any" asks yes or no, as واش does, and خروج "coming out" is a release, as خرج is', () => {
    expect([standardFunctionWord(n('كاش')), standardContentWord(n('خروج'))]).toEqual([n('هل'), n('اطلاق')]);
    // before: both were words no fact holds, and the question was declined
    expectOneAnswer('كاش تاريخ للخروج ديال R2؟', /launch R2 were delayed/);
  });

  test('Upper Egyptian ج for ق: جالت "said", بيجول "says" ask what was said, as قالت does', () => {
    expect(standardContentWord(n('جالت'))).toBe(n('قالت'));
    expect(standardContentWord(n('بيجول'))).toBe(n('يقول'));
    // before: جالت was taken for مجال "field" and the fact about competition in the field answered
    const message = 'إنفيديا جالت إيه على الموضوع ده؟';
    expect(engine.trace(message)[0].question.type).toBe('speech');
    expect(engine.ask(message).facts[0]?.fact.en).toMatch(/spokesperson/i);
  });

  test('the Gulf\'s ي for ج: ياب "brought" asks who brought the news, as جاب does; يديد is جديد "new"', () => {
    expect(standardContentWord(n('ياب'))).toBe(n('جاب'));
    expect(standardContentWord(n('اليديدة'))).toBe(n('الجديده'));
    // before: ياب was no word, the question no question for the source, and the "which site" after it a second question
    const answer = engine.ask('منو اللي ياب الخبر هذا؟ يعني أي موقع نشره؟');
    expect([answer.parts, engine.trace('منو اللي ياب الخبر هذا؟')[0].question.type]).toEqual([undefined, 'source']);
    expect(answeredWith(answer)).toMatch(/The outlet behind the news is The Information/);
  });

  test('Egyptian ابتدى and the Gulf and Iraqi بدت "started" (no "seemed") carry the question as بدأ does', () => {
    expectAnsweredWith(
      ['هي انفيديا شايفة ان المنافسة ابتدت بجد؟', 'انفيديا تشوف ان المنافسة بدت صج؟', 'هل ترى انفيديا ان المنافسة بدأت فعلا؟'],
      /competition has begun|competition has started/,
    );
  });

  test('Maghrebi خلّى with what is left (خلاتها "left it") is leaving it, as تركتها is', () => {
    // before: خلاتها was a word no fact holds, and the question was declined
    expectOneAnswer('واش ديب سيك مازال كتخدم بانفيديا ولا خلاتها؟', /Nvidia/);
    expect(engine.trace('واش خلاوها ولا لا؟')[0].question.standard).toMatch(/تركوها/);
  });

  test('Tunisian خمّم "consider" asks about the option weighed, as فكرت does', () => {
    // before: تخمم was a word no fact holds, and the question led to what Ascend is used for now
    expectOneAnswer('ديب سيك كانت تخمم تستعمل Ascend في شنوة بالضبط؟', /inference \(reasoning\) model/);
    expect(engine.trace('علاش خممت ديب سيك في هواوي؟')[0].question.standard).toMatch(/فكرت/);
  });

  test('ضبطت and زبطت "worked out" ask whether something worked, as نجحت does; بالضبط "exactly" is still no such verb', () => {
    // before: ضبطت was a word no fact holds, and the question was declined
    expectAnsweredWith(['شنو صار مع الفريق اللي ارسلته هواوي؟ ضبطت معاهم ولا لا؟', 'فريق هواوي زبطت شغلته ولا لا؟'], /did not bring DeepSeek the results/);
    expect(engine.trace('شو بتعمل ديب سيك بشرايح هواوي بالضبط؟')[0].question.standard).not.toMatch(/نجح/);
  });

  test('Iraqi عيني "dear" is chatter and قسم منها "a part of them" is بعض: the question is whether only some models move', () => {
    expect(answeredWith(engine.ask('عيني هسه ديب سيك راح تدرب نماذجها على شرايح هواوي بدال انفيديا؟ لو بس قسم منها؟'))).toMatch(/small AI models/);
    expect(answeredWith(engine.ask('is deepseek going to train its models on huawei chips instead of nvidia? or only some of them?'))).not.toBeNull();
  });

  test('Iraqi كلش after what is dropped is "altogether": whether Nvidia goes entirely, in both scripts, before the guess "or only for the small ones"', () => {
    // before: the guess after it led to the plan to rely less on Nvidia, as if only part of it were asked
    for (const message of ['ديب سيك راح تبطل انفيديا كلش؟ لو بس للنماذج الزغيرة', 'deepseek ra7 tbattel nvidia kullish? lo bas lel models el zghayra']) {
      expect(engine.ask(message).facts[0]?.fact.id).toBe('nvidia-for-r2-llm');
      expect(engine.trace(message)[0].question.type).toBe('extent');
    }
  });

  test('Hassaniya شنهي "what", لاهي "is doing", دركة "now" and قاع "all of it" carry the question, as Moroccan شنو, كا- and دابا do', () => {
    expectAnsweredWith(['شنهي الشركات اللي ديب سيك لاهي تجرب مسرعاتها دركة؟', 'شنو الشركات اللي ديب سيك كتجرب مسرعاتها دابا؟'], /Baidu and Cambricon/);
    expect(engine.trace('ديب سيك ماهي تسيب انفيديا قاع؟')[0].question.type).toBe('extent');
  });

  test('Libyan and Tunisian "what" (شن، شنية, chnia) asks what, and هلبا "a lot" is chatter around it', () => {
    expect(transliterate('chnia', vocabulary)).toBe(n('شنية'));
    for (const message of ['شن قالت انفيديا على الموضوع هذا؟', 'الامتحان اليوم كان صعب هلبا، المهم شن قالت انفيديا؟', 'chnia 9alet nvidia?']) {
      expect(engine.ask(message).facts[0]?.fact.id).toMatch(/^nvidia-competition-begun$|^world-picks|^us-must-win|^china-developers/);
    }
    expect(engine.ask('شن هي الشركات اللي قاعدة تجرب في شرايحها ديب سيك؟').facts[0]?.fact.en).toMatch(/Huawei, Baidu and Cambricon/);
  });

  test('Tunisian حلّ with a door is opening it (تحل باب المنافسة, t7ell bab), in either script; حل alone stays "solved"', () => {
    expect(transliterate('bab', vocabulary)).toBe(n('باب'));
    for (const message of ['باش تحل باب المنافسة؟', 'bech t7ell bab l mounafsa?']) {
      expect(engine.trace(message)[0].question.standard).toMatch(n('تفتح باب'));
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/open the way for fresh competition/);
    }
    expect(engine.trace('هل هواوي حلت مشاكل R2؟')[0].question.standard).toMatch(n('حلت مشاكل'));
  });

  test('Libyan شن in Arabizi (shin, shen, chen) asks what, as شن does', () => {
    for (const spelling of ['shin', 'shen', 'chen']) expect(transliterate(spelling, vocabulary)).toBe(n('شن'));
    for (const message of ['shin esm el processor 7ag huawei?', 'شن اسم المعالج حق هواوي؟']) {
      expect(engine.trace(message)[0].question.type).toBe('name');
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/Ascend/);
    }
  });

  test('a lone Arabizi article before a question word is its preposition alone: "l shno" is ل شنو "for what", not الشنو', () => {
    // before: "الشنو بالدبت" named nothing the facts hold, and the question was declined
    const message = 'deepseek ra7 tista5dim Ascend l shno bil dabt?';
    const [read] = engine.trace(message);
    expect([read.question.type, read.question.standard]).toEqual(['why', expect.stringMatching(n('ل ما'))]);
    expect(engine.ask(message).facts[0]?.fact.en).toMatch(/smaller versions of R2/);
    // before any other word it is still the article
    expect(engine.trace('shu sar bel mohandseen?')[0].question.standard).toMatch(new RegExp(`(^| )${n('المهندسين')}`));
  });

  test('a 2 that begins an Arabizi word is a consonant, ق first (2al قال, 2abl قبل), else the hamza (2ana أنا, 2aw أو)', () => {
    for (const [arabizi, arabic] of [
      ['2al', 'قال'],
      ['2alet', 'قالت'],
      ['2abl', 'قبل'],
      ['2ana', 'انا'],
      ['2aw', 'او'],
      ['2a5bar', 'اخبار'],
    ]) {
      // Both readings known, as in the facts' vocabulary: ال and قال, انا and قنا.
      const both = vocabularyOf(['ال', 'اليه', 'قال', 'قالت', 'قبل', 'ابل', 'انا', 'او', 'اخبار']);
      expect(transliterate(arabizi, both)).toBe(n(arabic));
    }
    for (const message of ['el spokesperson bta3 nvidia 2al eh bezabt?', 'المتحدث بتاع انفيديا قال ايه بالظبط؟']) {
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/spokesperson/);
    }
  });

  test('"exactly" as Maghrebi Arabizi writes بالضبط with its vowels left out (bdebt, bdabt): a word of the table, no speaker', () => {
    expect(['bdebt', 'bdabt', 'bedebt'].map((word) => transliterate(word, vocabulary))).toEqual(['بالضبط', 'بالضبط', 'بالضبط'].map(n));
    // before: bdebt was read after قالت as who spoke, one the report never quotes, and the question declined
    expect(engine.ask('nvidia wesh 9alet bdebt 3la deepseek w huawei?').facts[0]?.fact.en).toMatch(/spokesperson/);
  });

  test('the future marker r7 (رح) is a word, not a code like R2', () => {
    expect(transliterate('r7', vocabulary)).toBe(n('رح'));
    expect(engine.trace('chno l chrayi7 li r7 ysta3mlouha lel models el sghar?')[0].question.standard).not.toMatch(/r7/);
  });

  test('a message written mostly in Arabic script is not Arabizi: its Latin words stay names', () => {
    const [reading] = engine.trace('هل R2 يتفوق على نماذج OpenAI في الاختبارات المعيارية؟');
    expect(reading.question.standard).toMatch(/openai/);
    expect(engine.ask('هل R2 يتفوق على نماذج OpenAI في الاختبارات المعيارية؟').answered).toBe(false);
    expect(engine.trace('هل ديب سيك بتستخدم Gaudi كمان؟')[0].question.standard).toMatch(/gaudi/);
    // Mostly Latin, it is read as Arabizi still; mostly Arabic, Arabizi's own words make it so.
    expect(engine.ask('ana 3ayez a3raf deepseek hatsha8al R2 3ala chips meen').language).toBe('ar');
    const mixed = engine.ask('ليش الـ R2 تأخر؟ shu sar?');
    expect(mixed.parts).toBeUndefined();
    expect(mixed.answered).toBe(true);
  });

  test('a progressive or future prefix glued to a verb is its own letter, then the verb the vocabulary knows (hay3mel هيعمل, biyesta5dem, kat3awen)', () => {
    const verbs = vocabularyOf(['يعمل', 'يستخدم', 'تعاون']);
    expect(transliterate('hay3mel', verbs)).toBe(n('هيعمل'));
    expect(transliterate('biyesta5dem', verbs)).toBe(n('بيستخدم'));
    expect(transliterate('kat3awen', verbs)).toBe(n('كاتعاون'));
    // Only before a verb the vocabulary knows: "hatta" is no ha + "tta".
    expect(transliterate('hatta', verbs)).toBe(plainReading('hatta'));
    for (const message of ['howa deepseek hay3mel eh bel chips bta3et huawei?', 'هو ديب سيك هيعمل ايه بالشرايح بتاعة هواوي؟']) {
      expect(engine.trace(message)[0].question.type).toBe('deed');
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/small/);
    }
  });

  test('a word no known spelling fits gets the plain reading', () => {
    expect(plainReading('kaykhdmo')).toBe('كايخدمو');
    expect(plainReading('ynazlo')).toBe('ينزلو');
  });

  test('a final e after a consonant is the feminine ending (madine مدينة, sane سنة); a verb the vocabulary knows keeps its ي (te7ke تحكي)', () => {
    expect(plainReading('madine')).toBe(n('مدينة'));
    expect(plainReading('sane')).toBe(n('سنة'));
    expect(transliterate('madine', vocabularyOf([n('مدينة')]))).toBe(n('مدينة'));
    expect(transliterate('te7ke', vocabularyOf(['تحكي']))).toBe('تحكي');
  });

  test('Arabizi spells the words the question types read (مقر، مؤسس، اشتراك، استثمار): asking what the report never gives is declined, as in English', () => {
    const asked: [string, string][] = [
      ['fein el ma2ar bta3 deepseek?', 'place'],
      ['shkoun l mou2asis dyal deepseek?', 'person'],
      ['el ishtirak bkam?', 'money'],
      ['el estethmar kam?', 'money'],
      ["where is deepseek's headquarters?", 'place'],
      ['who founded deepseek?', 'person'],
    ];
    for (const [question, type] of asked) {
      expect([question, engine.trace(question)[0].question.type, eager.ask(question).answered]).toEqual([question, type, false]);
    }
  });

  test('بيا before a noun of time is بأي "on which": the date a report was published, which the report never gives, is declined', () => {
    expect(engine.trace('بيا تاريخ نشرت The Information تقريرها؟')[0].question.type).toBe('date');
    expectDeclined(['بيا تاريخ نشرت The Information تقريرها؟'], 'missing-attribute');
  });

  test('a question word inside what was said asks of that: "the nvidia guy قال انه لازم يكسبوا مين؟" asks whom they must win, answered by what the spokesperson said', () => {
    // before: read as who said it, and the outlet's fact answered
    expect(answeredWith(engine.ask('the nvidia guy قال انه لازم يكسبوا مين بالضبط؟'))).toMatch(/developers/);
  });

  test("what something points to (ما الذي يشير إليه، إلى ماذا يشير) asks what it signals: the article's reading of it", () => {
    // before: the weighed Ascend plan was told again
    for (const message of ['ما الذي يشير إليه احتمال تخلي ديب سيك عن استخدام معالج Ascend في نموذج الاستنتاج؟', 'إلى ماذا يشير تراجع ديب سيك عن Ascend؟']) {
      expect(engine.trace(message)[0].question.type).toBe('significance');
      expectOneAnswer(message, /strategy is flexible/);
    }
  });

  test('what something leads to asks its consequence, which the report draws as it reads a sign: speculation, fresh competition', () => {
    expect(engine.trace('what does the lack of a launch date lead to?')[0].question.type).toBe('significance');
    // before: the fact that R2's launch was delayed; the fact that DeepSeek explores alternatives
    expect(answeredWith(engine.ask('what does the lack of a launch date lead to?'))).toMatch(/open to speculation/);
    expect(answeredWith(engine.ask("what will deepseek's move lead to?"))).toMatch(/fresh competition/);
  });

  test('"the race is on" says competition has begun: Nvidia\'s words that it has answer, not the race to be won', () => {
    // before: the fact that American industry must win developers to win the AI race
    expect(answeredWith(engine.ask('does nvidia admit the race is on now or are they brushing it off?'))).toMatch(/competition has begun/);
    // …while a race to be won is still that race: winning developers' support to win it
    expect(answeredWith(engine.ask('what does nvidia say it takes to win the race?'))).toMatch(/win developers' support worldwide to win the AI race/);
  });

  test('"catch me up on the R2 problems only, nothing else" bounds the reply, not the fact: the problems answer', () => {
    // before: read as how far something holds, answered by "relies mainly on Nvidia…"
    expect(answeredWith(engine.ask('catch me up on the R2 development problems only, nothing else'))).toMatch(/difficulties developing its upcoming R2/);
  });

  test('someone\'s reaction asked for by itself ("cambricon\'s reaction to all this?") is what they said: only their own words answer', () => {
    expect(engine.trace("cambricon's reaction to all this?")[0].question.type).toBe('speech');
    // before: answered with the fact that DeepSeek tests Cambricon's accelerators
    expectDeclined(["cambricon's reaction to all this?"], 'missing-attribute');
    expect(answeredWith(engine.ask("nvidia's response?"))).toMatch(/spokesperson/);
    // a judgement of the reply asks nothing of it
    const judged = "nvidia's reply to all this was kinda spicy ngl, what did they actually say";
    expect(engine.trace(judged)).toHaveLength(1);
    expect(answeredWith(engine.ask(judged))).toMatch(/competition has begun/);
  });

  test("which of a maker's chips asks the chip's name: Huawei's is Ascend, Baidu's the report never names; which companies' chips is still a list", () => {
    expect(engine.trace('which huawei chip is deepseek using?')[0].question.type).toBe('name');
    expect(answeredWith(engine.ask('which huawei chip is deepseek using?'))).toMatch(/Ascend/);
    // before: answered with the fact about the tests of Huawei's, Baidu's and Cambricon's accelerators
    expectDeclined(['which baidu chip is deepseek testing exactly, kunlun or something else?'], 'missing-attribute');
    expect(answeredWith(engine.ask("which companies' accelerators is deepseek testing?"))).toMatch(/Huawei, Baidu and Cambricon/);
  });

  test('what a chip goes for is a price the report never gives: declined, not answered with what the chips are for', () => {
    expectDeclined(["what's one of them huawei ascend chips go for, price wise? ballpark's fine", 'what do huawei ascend chips go for?'], 'missing-attribute');
  });

  test('who owns DeepSeek (صاحب، مالك, owner) is a person the report never names: declined, not answered with a fact about companies', () => {
    expectDeclined(['منو صاحب شركة ديب سيك؟', 'مين مالك ديب سيك؟', "who's the owner of deepseek?"], 'missing-attribute');
  });

  test('a town asked for (a city, a headquarters) is not given by a fact naming only a country: declined in both languages', () => {
    expectDeclined(
      ['في أي مدينة بالصين؟', 'which city in china is deepseek based in?', "which city is nvidia's spokesperson talking about?"],
      'missing-attribute',
    );
    const [headquarters, city] = eager.ask('وين مقر ديب سيك؟ في أي مدينة بالصين؟').parts ?? [];
    expect([headquarters?.abstention, city?.abstention]).toEqual(['missing-attribute', 'missing-attribute']);
    // A country asked for is still one China answers.
    expect(eager.ask('في اي دولة لازم الصناعة الامريكية تكسب المطورين حسب انفيديا؟').answered).toBe(true);
  });

  test('a demonstrative takes no ending: دولة is a country, never دول "these" + ه; دول alone is still "these"', () => {
    expect(engine.trace('اي دولة ذكرها متحدث انفيديا؟')[0].question.standard).toMatch(/دوله/);
    expect(engine.trace('الشرايح دول بتاعة مين؟')[0].question.standard).toMatch(/هولا|هؤلاء/);
  });

  test('where a company’s buildings are is a place, asked across the scripts and in Arabizi as in English: declined', () => {
    expectDeclined(
      [
        'wen ra7 ykoun el data center yalli fih chips huawei? b ayya madine?',
        'وين الـ data center تبع ديب سيك؟',
        'where are مراكز البيانات تبع ديب سيك?',
        "where are deepseek's data centers?",
      ],
      'missing-attribute',
    );
  });

  test('a Latin word one slip from an English word of the facts is a typo, not Arabizi evidence', () => {
    // "nashar" spells نشر letter by letter; were it a slip of a fact's English word, it would prove nothing.
    const reader = (misspelt: boolean) =>
      new Reader(engine.analyzer, {
        knows: () => false,
        givesUp: () => false,
        spelling: vocabularyOf(['نشر']),
        misspellings: () => (word) => misspelt && word === 'nashar',
        kindOf: () => null,
        namesAKind: () => false,
        otherSide: () => undefined,
      });
    expect(reader(false).read('nashar').arabizi).toBe(true);
    expect(reader(true).read('nashar').arabizi).toBe(false);
  });

  test('an initialism ("U.S.") is one word, and its dots end no sentence', () => {
    expect(prepareText('does the U.S. want deepseek to stop using nvidia?')).toBe('does the US want deepseek to stop using nvidia?');
    expect(splitClauses(prepareText('did the U.S. government comment on this?')).length).toBe(1);
    expect(engine.trace('did the U.S. government comment on this?')[0].question.standard).not.toMatch(/\byou\b/);
    // A full stop after a word still ends a sentence, in either script; a link keeps its dots.
    expect(splitClauses(prepareText('R2 تأخر. ليش؟')).length).toBe(2);
    expect(prepareText('is it on deepseek.com')).toBe('is it on deepseek.com');
  });

  test('a code’s plural s goes, but not the s of an Arabizi word whose digit is a letter ("tn9s" تنقص)', () => {
    expect(prepareText('the mini R2s and the MI300s')).toBe('the mini R2 and the MI300');
    expect(prepareText('3lach deepseek bghat tn9s mn nvidia?')).toBe('3lach deepseek bghat tn9s mn nvidia?');
    const answer = engine.ask('3lach deepseek bghat tn9s mn nvidia?');
    expect(answer.language).toBe('ar');
    expect(answer.facts[0]?.fact.en).toMatch(/less on Nvidia|reliance/i);
  });

  test('an Arabizi grammar word in an English line is the Arabic word it spells, not a code the report lacks', () => {
    const [filler] = engine.trace("so ya3ni huawei's engineers failed?");
    expect(filler.question.standard).not.toMatch(/ya3ni/);
    expect(engine.ask("so ya3ni huawei's engineers failed?").answered).toBe(true);
    expect(engine.trace('leh did they drop nvidia')[0].question.type).toBe('why');
    // A word English shares with Arabizi ("win", وين) stays English.
    expect(engine.trace('did huawei win anything')[0].question.standard).toMatch(/win/);
  });

  test('the negation’s final sh on a table word ("ma bghatsh") is the word with ش, read as Arabic script’s ما بغاتش is', () => {
    expect(transliterate('bghatsh', vocabulary)).toBe(n('بغاتش'));
    for (const message of ['3lash deepseek ma bghatsh tb9a m3a nvidia?', 'علاش ديب سيك ما بغاتش تبقى مع انفيديا؟']) {
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/less on Nvidia|Nvidia/);
      expect(engine.ask(message).answered).toBe(true);
    }
  });

  test('a final a after a consonant is written, the feminine ending or a long vowel: "kholasa" is خلاصة, not خلاص', () => {
    const spellings = new ArabicSpellings();
    expect(transliterate('kholasa', spellings)).toBe(n('خلاصه'));
    // A vowel after a vowel stays as the vocabulary reads it; the table's words are kept.
    expect(transliterate('3ala', spellings)).toBe(n('على'));
    expect(engine.ask('3tini l kholasa').summary).toBe(true);
    expect(engine.ask('اعطيني الخلاصة').summary).toBe(true);
  });

  test('lel and lil are للـ, joined to the next word as bel and fel are', () => {
    expect(transliterate('lel', vocabulary)).toBe(n('لل'));
    expect(engine.trace('momken talkhees lel maqal da?')[0].question.standard).toMatch(n('للمقال'));
  });

  test('everyday Arabic words are spellings too: "sare3" is سريع (quick), not the facts’ مسرع (accelerator)', () => {
    const spellings = new ArabicSpellings();
    spellings.addText('مسرع المسرعات');
    expect(transliterate('sare3', spellings)).toBe(n('سريع'));
    expect(engine.ask('momken talkhees sare3 lel maqal da?').summary).toBe(true);
  });

  test('the apostrophe of a dotted letter and an elided article are read before splitting', () => {
    expect(prepareArabizi("et2a7'ar")).toBe('et2a5ar');
    expect(prepareArabizi("l'engineers dyal huawei")).toBe('l engineers dyal huawei');
    // 9' (ض) stays inside its word: "wa9'3" is الوضع, not الو + ض + 3 (before: ض was put in Arabic
    // script and cut the Latin word in three).
    expect(engine.trace("3ayal il7een shu el wa9'3 ma3 ascend?")[0].question.standard).toMatch(/(?:^| )الوضع(?= |$)/);
  });

  test('a capital H or T inside a word in small letters is ح or ط, as 7 and 6 are ("motaHades", "sifTat")', () => {
    expect(prepareArabizi('el motaHades bta3 nvidia')).toBe('el mota7ades bta3 nvidia');
    expect(prepareArabizi('wach huawei sifTat mohandisin')).toBe('wach huawei sif6at mohandisin');
    // a word with another capital, or one opening with it, is a name's spelling
    expect(prepareArabizi('GitHub HUAWEI DeepSeek Hades')).toBe('GitHub HUAWEI DeepSeek Hades');
    // before: read ه, the word was no known one, and the question was declined
    expectAnsweredWith(['el motaHades bta3 nvidia 2al eh fel akher?'], /Nvidia/);
  });
});

describe('dialect words', () => {
  test('هو or هي opening a question with a question mark and no question word is the yes/no particle هل ("هي هواوي بعتت مهندسين لديب سيك؟")', () => {
    // before: read as a statement echoed back, folded into the question after it
    const answer = engine.ask('هي هواوي بعتت مهندسين لديب سيك؟ وطب النتيجة كانت ايه في الآخر؟');
    expect(answer.parts?.map(answeredWith)).toEqual([expect.stringMatching(/Huawei sent a specialised team/), expect.stringMatching(/did not bring/)]);
    expect(engine.trace('هي هواوي بعتت مهندسين لديب سيك؟')[0].question.type).toBe('yesno');
    // with a question word of its own, هو is the pronoun: "هو R2 هيتعمل training على chips مين؟" asks who
    expect(engine.trace('هو R2 هيتعمل training على chips مين؟')[0].question.standard).toMatch(/^هو /);
    // only opening the clause: after a name ("nvidia هي اللي…", Nvidia is the one that…) it is the pronoun
    expect(engine.trace('nvidia هي اللي بعتت المهندسين؟')[0].question.type).not.toBe('yesno');
    // Two answers offered ask as the mark does ("هو موثوق ولا مجرد كلام"): a question of its own, which the report does not answer.
    // before: read as a statement, and only the outlet was given
    expect(partsAnsweredWith('مين نشر التقرير الاصلي؟؟ هو موثوق ولا مجرد كلام')).toEqual([expect.stringMatching(/The Information/), null]);
    expect(engine.trace('هو موثوق ولا مجرد كلام')[0].question.type).toBe('yesno');
  });

  test('ينفع "it will do, can one" before a verb or a use is a modal, no outcome: off-topic questions with it are declined, as "can we go out by boat?" is', () => {
    // before: read نفع "it worked", an outcome, and answered with the fact that Huawei's help fell short
    expectNotAnswered([
      'حد يعرف الطين الأسواني ينفع للقلل ولا لأ؟',
      'كيف الجو في خصب باكر؟ ينفع نطلع بالقارب؟',
      'is the weather ok tomorrow, can we go out by boat?',
    ]);
    // the past نفعت asks whether something worked
    expect(engine.trace('مساعدة هواوي نفعت ولا لا؟')[0].question.type).toBe('outcome');
    expect(answeredWith(engine.ask('مساعدة هواوي نفعت ولا لا؟'))).toMatch(/did not bring/);
  });

  test.each([
    ['egyptian', 'ليه', 'لماذا'],
    ['egyptian', 'امتى', 'متى'],
    ['egyptian', 'فين', 'أين'],
    ['egyptian', 'بتاع', ''],
    ['egyptian', 'ياتو', 'أي'],
    ['levantine', 'شو', 'ما'],
    ['levantine', 'قديش', 'كم'],
    ['levantine', 'عم', ''],
    ['gulf', 'وش', 'ما'],
    ['gulf', 'ويش', 'ما'],
    ['gulf', 'منو', 'مين'],
    ['gulf', 'منهو', 'مين'],
    ['gulf', 'مب', 'لا'],
    ['gulf', 'شحقه', 'لماذا'],
    ['gulf', 'شحقة', 'لماذا'],
    // the south's future marker ("با تبطل" "will stop")
    ['gulf', 'با', ''],
    ['iraqi', 'شكد', 'كم'],
    ['iraqi', 'شوكت', 'متى'],
    ['iraqi', 'مال', ''],
    ['maghrebi', 'علاش', 'لماذا'],
    ['maghrebi', 'وقتاش', 'متى'],
    ['maghrebi', 'شكون', 'مين'],
    ['maghrebi', 'ديال', ''],
    ['maghrebi', 'غادي', ''],
    ['maghrebi', 'أشنو', 'ما'],
    ['maghrebi', 'شن', 'ما'],
    ['maghrebi', 'شنية', 'ما'],
    ['maghrebi', 'اشنوة', 'ما'],
    ['maghrebi', 'أشنهي', 'ما'],
    ['maghrebi', 'علاه', 'لماذا'],
    ['maghrebi', 'ماهوش', 'لا'],
    ['maghrebi', 'راهي', ''],
    ['maghrebi', 'تاع', ''],
    ['maghrebi', 'والا', 'أو'],
    ['egyptian', 'ولا', 'أو'],
  ])('%s %s → %s', (group, dialect, standard) => {
    expect(DIALECT_GROUPS.some((g) => g.name === group)).toBe(true);
    expect(standardFunctionWord(n(dialect))).toBe(n(standard));
  });

  test("a question word's final ى typed ا is the same word (امتا, متا: when); no other word is read so", () => {
    expect(['امتا', 'إمتا', 'ايمتا', 'متا'].map((word) => standardFunctionWord(n(word)))).toEqual(['متى', 'متى', 'متى', 'متى'].map(n));
    expect(['على', 'علا', 'حتا'].map((word) => standardFunctionWord(n(word)))).toEqual([undefined, undefined, undefined]);
    // a verb or everyday word is not read so: سوا is "together", not سوى "did"
    expect([standardContentWord(n('سوى')), standardContentWord(n('سوا'))]).toEqual([n('فعل'), undefined]);
    // before: read as a what-question, and declined
    expect(engine.trace('متا موعد اطلاق الموديل الي على شرايح هواوي؟')[0].question.type).toBe('when');
  });

  test('Gulf با before a verb is its future: "صدق ديب سيك با تبطل انفيديا خلاص؟" asks whether it will stop using Nvidia', () => {
    // before: با was a word no fact holds, and the question declined
    expectOneAnswer('صدق ديب سيك با تبطل انفيديا خلاص؟', /keep using and relying on Nvidia/);
  });

  test('Gulf للحين is "still" (ما زال), never the standard حين "time" its letters hold after ل and ال', () => {
    expect(['للحين', 'لليحين'].map((word) => standardFunctionWord(n(word)))).toEqual(['ما زال', 'ما زال'].map(n));
    // before: حين matched a question the new-competition fact answers ("الحين فيه منافسة جديدة؟"), and it was the answer
    expectOneAnswer('ديب سيك للحين تستخدم انفيديا؟', /keep using and relying on Nvidia/);
    expectOneAnswer('ليش ديب سيك للحين متمسكه بانفيديا في R2؟', /keep using and relying on Nvidia/);
  });

  test('لماذا and ماذا typed without their final ا are the same words (لماذ: why, ماذ: what)', () => {
    expect(['لماذ', 'ماذ'].map((word) => standardFunctionWord(n(word)))).toEqual(['لماذا', 'ماذا'].map(n));
    // before: a word no fact holds, read as a what-question, and declined
    expect(engine.trace('لماذ تاجلت خطت اطلاق نمزج R2')[0].question.type).toBe('why');
    expectOneAnswer('لماذ تاجلت خطت اطلاق نمزج R2', /plans to launch R2 were delayed, because/);
  });

  test.each([
    ['عايز', 'يريد'],
    ['بدي', 'يريد'],
    ['ابغى', 'يريد'],
    ['بغات', 'يريد'],
    ['دزت', 'ارسلت'],
    ['تخدم', 'تستخدم'],
    ['بعتت', 'أرسلت'],
    ['لسه', 'ما زال'],
    ['هسه', 'الآن'],
    ['ذحين', 'الآن'],
    ['رسلت', 'أرسلت'],
    ['تحوس', 'تبحث'],
    ['شدخل', 'ما علاقة'],
    ['ساوت', 'فعلت'],
    ['دحين', 'الآن'],
    ['شصار', 'ما صار'],
    ['شكال', 'ما قال'],
    ['صيفطات', 'أرسلت'],
    ['نشرات', 'نشرت'],
    ['هونوا', 'تراجع'],
    ['علوم', 'اخبار'],
    ['قالات', 'قالت'],
    ['وقع', 'حدث'],
    ['كاينين', 'يوجد'],
    ['عاون', 'ساعد'],
    ['هتسيب', 'تتخلى'],
    ['خالص', 'تماما'],
    ['تضل', 'تواصل'],
    ['ميعاد', 'موعد'],
    ['نزول', 'إطلاق'],
    ['أسامي', 'أسماء'],
    ['تقعد', 'تواصل'],
  ])('common words: %s → %s', (dialect, standard) => {
    expect(standardContentWord(n(dialect))).toBe(n(standard));
  });

  test('Gulf علوم "news" frames the question after it, ترا "you know" is chatter, and هونوا عن "backed off from" is turning back', () => {
    // before: declined, علوم، تراهم and هونوا being words no fact holds
    expectOneAnswer('وش علوم خطة Ascend؟ تراهم هونوا عنها؟', /shelve that plan/);
    // ترا and its persons are read as nothing
    for (const [message, particle] of [
      ['ترا انفيديا شو قالت؟', 'ترا'],
      ['تراهم هونوا عن خطة Ascend؟', 'تراهم'],
    ])
      expect(engine.trace(message)[0].question.standard.split(' ')).not.toContain(n(particle));
  });

  test('a Tunisian "which" with the feminine past of publishing asks who published the report (أشنهي الجريدة اللي نشرات…)', () => {
    expectOneAnswer('اشنوة الجريدة اللي نشرات التقرير ذا؟', /The Information/);
  });

  test('Egyptian فضل "kept on" with its future marker is "keeps on" (تواصل), as Levantine ضل is; standard يفضل (prefers) is left alone', () => {
    expect(standardContentWord(n('هيفضل'))).toBe(n('تواصل'));
    expect(standardContentWord(n('يفضل'))).toBeUndefined();
    for (const question of ['هو ديب سيك هيفضل على انفيديا في R2؟', 'هل ديب سيك رح تضل على انفيديا؟', 'will deepseek stay on nvidia for R2?']) {
      expect(engine.ask(question).facts[0]?.fact.en).toMatch(/keep using and relying on Nvidia/);
    }
  });

  test('Gulf تمّ "stay on" with its future ب is "keeps on" too (ديب سيك بتم على انفيديا؟); standard يتم (is done) is left alone', () => {
    // before: بتم was a word no fact holds, and the question was declined
    expect(standardContentWord(n('بتم'))).toBe(n('تواصل'));
    expect(standardContentWord(n('يتم'))).toBeUndefined();
    expectAnsweredWith(['ديب سيك بتم على انفيديا في R2 ولا خلاص؟'], /keep using and relying on Nvidia/);
  });

  test('the accusative’s alif comes off a noun the facts write without it (موعداً، مصدراً), never off a grammar word', () => {
    expect(stripAccusative(n('موعداً'))).toEqual([n('موعد')]);
    expect(stripAccusative(n('باشا'))).toEqual([]);
    expect(engine.trace('هل حددت ديب سيك موعداً لإطلاق R2؟')[0].question.standard).toMatch(/ موعد /);
    const answer = engine.ask('هل يذكر التقرير مصدراً إعلامياً بعينه نقل عنه هذه المعلومات؟');
    expect(answer.facts[0]?.fact.en).toMatch(/The Information/);
    expect(engine.ask('شكرا يا باشا 🙏').answered).toBe(false);
  });

  test('a feminine noun with a plural pronoun after it (خطتهم "their plan") is the noun, ة for its ت', () => {
    expect(stripPossessedFeminine(n('خطتهم'))).toEqual([n('خطة')]);
    expect(stripPossessedFeminine(n('سياستكم'))).toEqual([n('سياسة')]);
    // ه and ها after the ت are the stemmer's to take off; a word with no ت before the pronoun is no such noun.
    expect(stripPossessedFeminine(n('خطتها'))).toEqual([]);
    expect(stripPossessedFeminine(n('نماذجهم'))).toEqual([]);
    const plan = engine.ask('وش خطتهم مع Ascend؟');
    expect(plan.answered).toBe(true);
    expect(plan.facts[0].fact.en).toMatch(/weighed running its new AI inference/);
  });

  test('Maghrebi دار "did" has its present, يدير "does", and كيدير with the progressive, in either script', () => {
    expect(standardContentWord(n('يدير'))).toBe(n('يفعل'));
    for (const message of ['شنو كيدير هواوي مع ديب سيك؟', 'chno kaydir huawei m3a deepseek?']) {
      expect(engine.trace(message)[0].question.type).toBe('deed');
      expect(engine.ask(message).answered).toBe(true);
    }
  });

  test('what someone wants or means to do is asked as what they do, with the wanting verb and its subject between (ماذا تريد ديب سيك ان تفعل، Darija بغات دير، Iraqi شدا تسوي)', () => {
    for (const message of [
      'ماذا تريد ديب سيك ان تفعل بشرائح هواوي؟',
      'شنو بغات ديب سيك دير بالشرائح ديال هواوي؟',
      'ديب سيك شدا تسوي بشرايح هواوي هسه؟',
      'what does deepseek want to do with huawei chips?',
    ]) {
      expect([message, engine.trace(message)[0].question.type]).toEqual([message, 'deed']);
      // What it does with them: train (¶1) or run (¶3) its small models.
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/to (?:train|run) its small AI models/);
    }
    expect(standardContentWord(n('دير'))).toBe(n('تفعل'));
    // Standard Arabic's "intend" with the verbal noun of doing after the one who intends.
    expect(engine.trace('ما الذي تعتزم ديب سيك فعله بمعالجات Ascend؟')[0].question.type).toBe('deed');
  });

  test('in a question for someone’s deed, the verb of doing says no more than "do" does in English (عمل، سوى، دار), and is not the facts’ يعمل "works"', () => {
    for (const message of ['ديب سيك بيعمل ايه بشرايح هواوي؟', 'what is deepseek doing with huawei chips?']) {
      expect(engine.trace(message)[0].question.type).toBe('deed');
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/to (?:train|run) its small AI models/);
    }
    expect(engine.trace('هواوي عملت ايه مع ديب سيك؟')[0].question.standard).not.toMatch(n('عملت'));
  });

  test('what someone did is told by a fact where they act, not one that only describes them ("Huawei is not DeepSeek\'s only option")', () => {
    // before: the fact describing Huawei as one option among several answered both
    for (const message of ['what did huawei do in all this?', 'هواوي شو عملت بالسالفة كلها؟']) {
      expect(engine.ask(message).facts[0]?.fact.id).toBe('huawei-engineers-sent');
    }
  });

  test('Levantine "exactly" (بالزبط, ض said as ز) asks as بالضبط does: a type word, not the verb زبط "worked out"', () => {
    for (const message of ['شو عم تعمل ديب سيك بشرائح هواوي بالزبط؟', 'what is deepseek doing with huawei chips exactly?']) {
      const [question] = engine.trace(message);
      expect(question.question.standard).not.toMatch(/بالزبط|exactly/);
      expect(engine.ask(message).answered).toBe(true);
    }
  });

  test('each dialect’s "please" (من فضلك، عافاك، 3afak) carries no topic, as "please" does', () => {
    expect(transliterate('3afak', new ArabicSpellings())).toBe(n('عافاك'));
    for (const word of ['please', n('عافاك'), n('فضلك'), n('بليز')]) expect(isStopword(word)).toBe(true);
  });

  test('a word of giving something up with its marker (بتوقف، حتوقف "will stop") is that word, not a noun a stem of it spells (موقف "stance")', () => {
    // before: read موقف, a question for someone's stance, with no speaker to answer it
    expect(engine.trace('ديب سيك بتوقف تتعامل مع انفيديا نهائي ولا لا؟')[0].question.standard).toMatch(/توقف/);
    expect(partFacts('ليش ديب سيك تبغى تقلل اعتمادها على انفيديا؟ وهل حتوقف شرايحهم للنموذج الكبير كمان')?.[1]).toBe('nvidia-for-r2-llm');
  });

  test('اسمو is "his name" as the Maghreb and the Levant write it: a name asked after what the spokesperson said is a question of its own, declined', () => {
    // before: اسمو was a word no fact holds, read as sharpening the first question: one answer, no decline of the name
    const answer = engine.ask('شنوة قال المتحدث باسم انفيديا؟ و شكون اسمو هو؟');
    expect(answer.parts?.map((part) => part.answered)).toEqual([true, false]);
    expect(engine.ask('شكون اسمو المتحدث تاع انفيديا؟').answered).toBe(false);
  });

  test('الكل ("the whole of it", "everyone") is a grammar word as كل and كله are: what Nvidia said of the whole thing is asked', () => {
    expect(isStopword(n('الكل'))).toBe(true);
    // before: الكل was a word no fact holds, and the question was declined
    expect(answeredWith(engine.ask('شنوة قالت انفيديا على الحكاية هذي الكل؟'))).toMatch(/Nvidia spokesperson/);
  });

  test('إليه، إليها، إليهم ("to it", "to them") are grammar words, as عليه and منه are: never a stem of a fact\'s word', () => {
    for (const word of ['إليه', 'اليه', 'إليها', 'إليهم']) expect([word, isStopword(n(word))]).toEqual([word, true]);
    // before: إليه was read as the stem يه, the outlet's fact came first, and the question was declined
    expect(answeredWith(engine.ask('هل تعلم ما الغاية التي تسعى إليها ديب سيك من شرائح هواوي؟'))).toMatch(/depend less on Nvidia|lean less on Nvidia/);
  });

  test('صاحب الكلام، صاحب التصريح "the owner of the words" is the one who said them', () => {
    // before: read as asking a person's name, which the report never gives, and declined
    expectOneAnswer('مين صاحب التصريح عن المنافسة؟', /competition has begun/);
  });

  test('"the other" with its article (الأخرى، الآخرين، التانية، التانيين) is a grammar word as أخرى and تانية are: never a slip for a fact\'s word', () => {
    for (const word of ['الأخرى', 'الآخرين', 'التانية', 'التانيين']) expect([word, isStopword(n(word))]).toEqual([word, true]);
    // before: التانيين was a word no fact holds and the question was declined; التانية was read as
    // a slip for التقنية, "the technology", and the fact of combining each company's best answered
    expectOneAnswer('مين التانيين اللي ديب سيك بتجرب عندهم؟', /Huawei, Baidu and Cambricon/);
    expectOneAnswer('مين الشركات التانية غير هواوي؟', /Baidu and Cambricon/);
  });

  test('a reflexive pronoun (نفسها، بنفسه, themselves) only stresses its noun and carries no topic: what Nvidia itself said', () => {
    for (const word of ['themselves', 'itself', n('نفسها'), n('نفسه'), n('بنفسها'), n('نفسهم')]) expect([word, isStopword(word)]).toEqual([word, true]);
    // before: نفسها was a word no fact holds, and the second question was declined
    expect(partFacts('هي ديب سيك هتفضل ماسكة في انفيديا في R2؟ وانفيديا نفسها قالت ايه على الموضوع ده؟')).toEqual([
      'nvidia-for-r2-llm',
      'nvidia-competition-begun',
    ]);
  });

  test('Iraqi ويا is "with" (مع), read whole before any و comes off it', () => {
    expect(standardContentWord(n('ويا'))).toBe(n('مع'));
    expect(engine.trace('ليش ديب سيك دتشتغل ويا هواوي؟')[0].question.standard).toMatch(n('مع هواوي'));
    expect(engine.trace('ليش ديب سيك تشتغل مع هواوي؟')[0].question.standard).toMatch(n('مع هواوي'));
  });

  test('"really?" is chatter in every dialect (بجد، عنجد) as in English', () => {
    for (const message of ['شو القصة مع هواوي؟ عنجد بعتوا مهندسين؟', "what's up with huawei? did they seriously send engineers?"]) {
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/engineers/);
      expect(engine.ask(message).answered).toBe(true);
    }
    // …Iraqi صدك too, صدق with its ك (before: a word no fact holds, and the question declined)
    expectOneAnswer('صدك نفيديا اعترفت انو المنافسة بدت؟', /competition has begun/);
  });

  test('a guess at a speaker\'s mood (زعلانة "upset") is chatter around what they said: the report tells words, not moods', () => {
    // before: زعلانة was a word no fact holds, and the question of what Nvidia said was declined
    expectOneAnswer('هي انفيديا زعلانة ولا ايه؟ قالوا ايه عن الحكاية دي؟', /competition has begun/);
    expectOneAnswer('انفيديا شگالت على هالسالفه؟ زعلانه لو شنو؟', /competition has begun/);
  });

  test('aspect prefixes: Egyptian/Levantine ب and ه, Maghrebi كا, Iraqi د', () => {
    expect(stripAspectPrefix('بيستخدم')).toContain('يستخدم');
    expect(stripAspectPrefix('هيستخدم')).toContain('يستخدم');
    expect(stripAspectPrefix('كاتجرب')).toContain('تجرب');
    expect(stripAspectPrefix('ديجرب')).toContain('يجرب');
    // A word whose rest is no imperfect verb keeps its letter: بيانات is not ب + يانات… but "يانات" starts with ي, so only length guards it.
    expect(stripAspectPrefix('بت')).toEqual([]);
  });

  test('Levantine and Egyptian ب run into the third person\'s ي ("bitla3", بطلع for بيطلع) is read as the verb the tables know; بعدين is no verb', () => {
    expect(swallowedPerson('بطلع')).toEqual(['يطلع']);
    expect(swallowedPerson('بيطلع')).toEqual([]);
    // before: read as طلع "came out", no launch, and declined
    expect(engine.trace('emta bitla3 R2?')[0].question.standard).toBe(engine.trace('emta byetla3 R2?')[0].question.standard);
    expect(answeredWith(engine.ask('meta bitla3 R2? 7ad 3indah 5abar?'))).toMatch(/launch/);
    // (ba3dain is the table's بعدين, "afterwards": no verb)
    expect(engine.trace('shlon sa3dat huawei deepseek b R2? w ash sar ba3dain?')[0].question.standard).toMatch(/ ما بعد$/);
  });

  test('wanting, in every dialect and person (تبا، تبي، يبغون، بدها، حاب; أود، أريد), is a grammar word as "want" is in English', () => {
    expect(engine.trace('ديب سيك تبا تقلل اعتمادها على انفيديا ليش؟')[0].question.standard).toMatch(/(^| )يريد( |$)/);
    expect(engine.trace('حاب افهم ليش ديب سيك يبغون يقللون')[0].question.standard).not.toMatch(/حاب|يبغون/);
    for (const word of ['اود', 'اريد', 'هوما', 'حدا', 'ماهي']) expect(isStopword(n(word))).toBe(true);
    for (const question of ['عشان شو ديب سيك تبا تقلل اعتمادها على انفيديا؟', 'why does deepseek want to reduce its reliance on nvidia?']) {
      const answer = engine.ask(question);
      expect([question, answer.answered, answer.facts[0]?.fact.en]).toEqual([question, true, expect.stringMatching(/Nvidia/)]);
    }
  });

  test('a dialect word a table reads as a standard word the facts use is that word, even where an alias spells the dialect form (يخدم → يستخدم, يخرج → يطلق)', () => {
    const message = 'وقتاش باش يخرج الموديل اللي يخدم بشرائح هواوي؟';
    expect(engine.trace(message)[0].question.standard).toBe(n('يطلق الموديل اللي يستخدم شرايح هواوي'));
    for (const question of [message, 'when will the model that runs on huawei chips come out?']) {
      expect(engine.ask(question).facts[0]?.fact.en).toMatch(/no date has been announced/);
    }
    // A grammar word is left as it is by the tables (Iraqi لو "or" is standard لو "if"; only
    // between two choices closing a question is it read as "or").
    expect(engine.trace('لو تعرف شنو تستخدم ديب سيك للنماذج الصغيرة')[0].question.standard).toMatch(n('لو'));
  });

  test('a dialect question word with a pronoun on it (شكونهم "who are they", شنوهي "what is it") is the question word; a preposition with one (منهم "of them") is not', () => {
    // before: شكونهم was a word no fact holds, and the companies DeepSeek tests were answered with why it tests them
    expect(engine.trace('الشركات اللي كتجرب معاهم ديب سيك شكونهم؟')[0].question.standard).toMatch(n('مين'));
    expect(answeredWith(engine.ask('الشركات اللي كتجرب معاهم ديب سيك شكونهم؟'))).toMatch(/Baidu/);
    expect(engine.trace('شنوهي الشرايح اللي كتستعمل ديب سيك ل R2؟')[0].question.standard).toMatch(/^ما /);
    expect(engine.trace('واحد منهم هواوي؟')[0].question.standard).not.toMatch(n('مين'));
  });

  test('Maghrebi فاش with a verb of using chips is ف + اش "in what", not "when"; with no chips named it stays "when"', () => {
    // before: "when will they use them" was read as a launch, and answered with its date
    const message = 'فاش غادي تستعمل ديب سيك الشرايح ديال هواوي؟';
    expect(engine.trace(message)[0].question.type).not.toBe('when');
    expect(answeredWith(engine.ask(message))).toMatch(/small/);
    expect(engine.trace('فاش غادي يخرج R2؟')[0].question.type).toBe('when');
  });

  test('Algerian واش صرا is "what happened" (واش "what", صرا as Algeria spells صار); Moroccan واش before anything else still asks whether', () => {
    // before: "whether صرا", a word no fact holds, and what came of the Ascend plan was declined
    expect(engine.trace('واش صرا مع R2؟')[0].question.type).toBe('outcome');
    expect(answeredWith(engine.ask('واش صرا مع R2؟'))).toMatch(/delay/);
    expect(answeredWith(engine.ask('ديب سيك كانت باغية تخدم ب Ascend فالموديل ديال الاستنتاج، ومن بعد واش صرا؟'))).toMatch(/shelve/);
    expect(engine.trace('واش ديب سيك كتخدم بهواوي؟')[0].question.type).not.toBe('outcome');
  });

  test('Maghrebi جاوبت "she answered" is a reply, in both scripts (واش انفيديا جاوبت؟, "nvidia jawbat?"); French "exactement" is a grammar word; the asker\'s own answering (بدي جاوبه) is none', () => {
    // before: جاوبت was a word no fact holds, and whether Nvidia replied was declined
    for (const message of ['واش انفيديا جاوبت على هاد الحكاية؟', 'wach nvidia jawbat 3la had lkhbar? chno galo exactement']) {
      expect([message, engine.trace(message)[0].question.type]).toEqual([message, 'speech']);
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/Nvidia/)]);
    }
    expect(engine.trace('بدي جاوبه صح، مين الشركات اللي عم تجرب مسرعاتها؟').map((asked) => asked.question.type)).not.toContain('speech');
  });

  test('Maghrebi ك on any verb, its swallowed ت put back (كيدير، كدير → تدير); not on كانت or a participle (كامل)', () => {
    expect(stripAspectPrefix('كيدير')).toContain('يدير');
    expect(stripAspectPrefix('كدير')).toContain('تدير');
    expect(stripAspectPrefix('كيجربو')).toContain('يجربو');
    expect(stripAspectPrefix('كانت')).toEqual([]);
    expect(stripAspectPrefix('كامل')).toEqual([]);
    const [read] = engine.trace('شنو كدير ديب سيك بالشرائح ديال هواوي؟');
    expect(read.question.type).toBe('deed');
    expect(read.question.standard).not.toMatch(n('كدير'));
    expect(engine.ask('شنو كدير ديب سيك بالشرائح ديال هواوي؟').answered).toBe(true);
  });

  test('"does the report say that X" asks X, in every dialect and in English: the saying verb with its aspect marker and the dialects\' "that" (انو، بلي) carry no topic', () => {
    const messages = [
      'هل التقرير بيقول انو ديب سيك عم تجرب مسرعات من بايدو؟',
      'هل المقال بيحكي انو ديب سيك عم تجرب شرائح بايدو؟',
      'التقرير يكول انو ديب سيك دتجرب شرائح بايدو؟',
      'واش المقال كيقول بلي ديب سيك كتجرب شرائح بايدو؟',
      'does the report say that deepseek is testing baidu accelerators?',
      // The report as the subject before the question word.
      'التقرير شو بيحكي عن بايدو؟',
      'what does the report say about baidu?',
    ];
    for (const message of messages) {
      const [read] = engine.trace(message);
      expect(read.question.type).not.toBe('speech');
      const answer = engine.ask(message);
      expect([message, answer.answered, answer.facts[0]?.fact.en]).toEqual([message, true, expect.stringMatching(/Baidu/)]);
    }
    // A grammar word with an aspect marker is that word, even where a fact's alias holds the marked form ("شو بيقول");
    // a grammar word itself is left alone (كانت is no ك + انت).
    expect(engine.trace(messages[0])[0].question.standard).not.toMatch(n('بيقول'));
    for (const that of ['انو', 'إنو', 'بلي', 'that']) expect(isStopword(n(that))).toBe(true);
    // "they say X, for real?" asks X, with each dialect's tag (صدق، صدگ، فعلا) as with English's.
    for (const message of ['يقولون ان هواوي ساعدت ديب سيك، صدق؟', 'سمعت ان هواوي بعتت مهندسين، صدگ؟', 'people say huawei helped deepseek, for real?']) {
      const answer = engine.ask(message);
      expect([message, answer.answered, answer.facts[0]?.fact.en]).toEqual([message, true, expect.stringMatching(/Huawei/)]);
    }
    expect(engine.trace('شو كانت بدها تعمل ديب سيك بمعالج Ascend؟')[0].question.standard).toMatch(n('كانت'));
  });

  test('the negation ما typed onto an imperfect verb is ما and the verb ("ماتعتمد" doesn\'t rely); a word of its own starting ما stays whole', () => {
    expect(engine.trace('ليش ديبسيك ماتعتمد على هواوي بالنموذج الكبير')[0].question.standard).toMatch(new RegExp(` ${n('ما')} ${n('تعتمد')} `));
    // before: ماتعتمد was a word no fact holds, and the date fact answered
    expectOneAnswer('ليش ديبسيك ماتعتمد على هواوي بالنموذج الكبير', /keep using and relying on Nvidia/);
    expect(engine.trace('مايكروسوفت بتستخدم شرايح مين؟')[0].question.standard).toMatch(n('مايكروسوفت'));
  });

  test('a verb with a progressive or future marker is the verb the lexicon knows, even where a fact’s alias holds the marked form (هتستخدم، هيشتغل)', () => {
    expect(withoutAspect(n('هيستخدموها'))).toEqual(expect.arrayContaining(['يستخدموها', 'يستخدم']));
    expect(engine.trace('يعني انفيديا خلاص مش هتستخدم خالص؟')[0].question.standard).toMatch(new RegExp(` ${n('تستخدم')} `));
    expect(engine.trace('ايه الفرق بين اللي هيشتغل على انفيديا واللي على هواوي')[0].question.standard).toMatch(new RegExp(` ${n('يشتغل')} `));
    for (const message of ['يعني انفيديا خلاص مش هتستخدم خالص؟', 'so nvidia will not be used at all anymore?']) {
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/keep using and relying on Nvidia/);
    }
  });

  test('Egyptian بقى with its future or habitual marker is the copula, and a Form X participle after it stands for its verb (هتبقى مستخدمة, "will be used")', () => {
    expect(standardContentWord(n('هتبقى'))).toBe(n('تكون'));
    expect(participleVerbs(n('مستخدمة'))).toEqual([n('تستخدم'), n('يستخدم')]);
    // With the article it is a noun: the one who uses.
    expect(participleVerbs(n('المستخدمة'))).toEqual([]);
    expect(engine.trace('يعني انفيديا خلاص مش هتبقى مستخدمة خالص؟')[0].question.standard).toBe(n('انفيديا خلاص لا تكون تستخدم تماما'));
    for (const message of ['يعني انفيديا خلاص مش هتبقى مستخدمة خالص؟', 'so nvidia will not be used at all anymore?']) {
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/keep using and relying on Nvidia/);
    }
  });

  test('a Form II participle with the feminine ending stands for its verb when the lexicon knows it ("ديب سيك موزعة الشغل", "is dividing the work")', () => {
    expect(participleVerbs(n('موزعة'))).toEqual([n('توزع'), n('يوزع')]);
    expect(participleVerbs(n('الموزعة'))).toEqual([]);
    // before: موزعة was a word no fact holds, and the question was declined
    expectOneAnswer('بدي افهم كيف ديب سيك موزعة الشغل بين هواوي وانفيديا', /balanced way/);
    // a noun of the same shape the lexicon knows no verb of stays itself
    expect(participleVerbs(n('مشكلة'))).toEqual([n('تشكل'), n('يشكل')]);
    expect(engine.trace('في مشكلة مع R2؟')[0].question.standard).toMatch(n('مشكله'));
  });

  test('going, moving or switching to a company is turning to it, in English, standard Arabic and the dialects; "going to" and راح before a verb stay the future', () => {
    const std = (message: string) => engine.trace(message)[0].question.standard;
    for (const message of ['why is deepseek switching to huawei?', 'why did deepseek move over to huawei?']) expect(std(message)).toMatch(/turning to huawei/);
    for (const message of ['شنو سبب ديب سيك تروح لهواوي؟', 'ليش ديب سيك دتروح لهواوي؟', 'لماذا انتقلت ديب سيك الى هواوي؟', 'علاش ديب سيك مشات لهواوي؟']) {
      expect(std(message)).toMatch(n('تستخدم'));
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/turning to Huawei chips/);
    }
    expect(engine.ask('why is deepseek switching to huawei?').facts[0]?.fact.en).toMatch(/turning to Huawei chips/);
    expect(std('is deepseek going to use huawei chips?')).not.toMatch(/turning/);
    expect(std('ليش ديب سيك راح تستخدم شرايح لتدريب النماذج؟')).toBe(n('لماذا ديب سيك تستخدم شرايح لتدريب النماذج'));
    // …and so is its verbal noun, before نحو too (before: توجه a word no fact holds, and the question declined)
    expect(std('ما موقف إنفيديا من توجه ديب سيك نحو شرائح هواوي؟')).toMatch(n('تستخدم ديب سيك'));
    expect(answeredWith(engine.ask('ما موقف إنفيديا من توجه ديب سيك نحو شرائح هواوي؟'))).toMatch(/competition has begun/);
  });

  test("speech drops Form IV's hamza: علنت is أعلنت, read as its imperfect before its own participle", () => {
    const std = (message: string) => engine.trace(message)[0].question.standard;
    expect(std('ديب سيك علنت موعد الاطلاق ولا لا')).toMatch(n('تعلن'));
    const answer = engine.ask('ديب سيك علنت موعد الاطلاق ولا لا؟');
    expect(answeredWith(answer)).toMatch(/has not yet said when it will launch/);
    expect(std('طلقوا النموذج؟')).toMatch(n('تطلق'));
  });

  test('a Form IV verb in the perfect meets its imperfect, verbal noun and participle (أعلنت → تعلن، إعلان، معلن); bare, أفعل may be "I do" and is left alone', () => {
    expect(formFour(n('أعلنت'))).toEqual([n('تعلن'), n('يعلن'), n('إعلان'), n('معلن')]);
    expect(formFour(n('اقرا'))).toEqual([]);
    expect(dialectStemCandidates(n('أطلقوا'))).toContain(n('تطلق'));
    for (const message of [
      'هل أعلنت ديب سيك متى ستطرح النموذج الذي يعمل على شرائح هواوي؟',
      'has deepseek announced when it will release the model running on huawei chips?',
    ]) {
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/has not yet said when it will launch/);
    }
    expect(engine.ask('ممكن ملخص سريع للمقال؟ ما عندي وقت اقراه كله').summary).toBe(true);
  });

  test('the Egyptian passive اتـ, the negation ما…ش, verb endings and object pronouns', () => {
    expect(stripPassivePrefix(n('اتأجل'))).toContain(n('تأجل'));
    // …and its imperfect with ن: تنجرب "is being tried" (before: a word no fact holds, and the question declined)
    expect(stripPassivePrefix('تنجرب')).toEqual(['تجرب']);
    expectOneAnswer('شو الشرايح اللي عم تنجرب عند ديب سيك؟', /testing new AI GPU accelerators/);
    expect(stripNegation('ماعرفتش')).toContain('عرفت');
    // …its ش on a verb of three letters, ما written apart ("R2 ما خرجش؟")
    expect(stripNegation('خرجش')).toContain('خرج');
    expect(stripVerbSuffix('يجربوها')).toContain('يجرب');
    expect(stripVerbSuffix('عملو')).toContain('عمل');
    expect(stripVerbSuffix('بعتتلهم')).toContain('بعتت');
  });

  test('person prefixes swap; the first person ا is left alone (احسن is an elative)', () => {
    expect(swapPerson('يجرب')).toContain('تجرب');
    expect(swapPerson('احسن')).toEqual([]);
  });

  test('a verb meets its verbal noun: تأجل → تأجيل, يشغل → تشغيل, ساعد → مساعدة', () => {
    expect(verbalNouns(n('تأجل'))).toContain(n('تأجيل'));
    expect(verbalNouns('يشغل')).toContain('تشغيل');
    expect(verbalNouns('ساعد')).toContain(n('مساعده'));
    expect(verbalNouns('يختبر')).toContain('اختبار');
    // Form X's perfect (before: استخدموا, "they used", a word no fact holds)
    expect(verbalNouns('استخدم')).toContain('استخدام');
    expect(engine.trace('ليش ما استخدموا هواوي للنموذج الكبير؟')[0].question.standard).toMatch(n('استخدام'));
    expect(dialectStemCandidates('استخدموا')).toContain('استخدام');
  });

  test('a verb meets its other tenses: standard Arabic’s future س comes off (سيتدرب → يتدرب) and is put on (تواصل → ستواصل); a Form I imperfect meets its perfect (تدرس → درست), a perfect its imperfect (جربت → تجرب)', () => {
    expect(stripAspectPrefix(n('سيتدرب'))).toEqual([n('يتدرب')]);
    expect(stripAspectPrefix(n('سيك'))).toEqual([]);
    expect(dialectStemCandidates(n('تواصل'))[0]).toBe(n('ستواصل'));
    expect(formOne(n('تدرس'))).toEqual([n('درست'), n('درس'), n('درسوا')]);
    expect(formOne(n('جربت'))).toEqual([n('تجرب'), n('يجرب')]);
    expect(formOne(n('عقد'))).toEqual([]);
    expect(dialectStemCandidates(n('تدرسه'))).toContain(n('درست'));
    // The fact tells it in the past (درست) and the future (ستواصل); asked in the present, or in English, it is the same fact.
    for (const question of [
      'معالج Ascend من هواوي، لأي نموذج كانت الشركة تدرسه؟',
      'ديب سيك كانت تفكر تستعمل Ascend في شنو؟',
      "which model was the company considering Huawei's Ascend processor for?",
    ]) {
      expectOneAnswer(question, /weighed running its new AI inference/);
    }
    for (const question of ['لماذا تواصل ديب سيك الاعتماد على إنفيديا؟', 'why is deepseek still using nvidia?']) {
      expectOneAnswer(question, /will keep using and relying on Nvidia processors for R2/);
    }
    // "…or that's it, cut off?": the other answer of whether the use goes on, not a second thing offered.
    for (const question of [
      'يعني انفيديا لسه شغالة معاهم ولا خلاص اتقطعت؟',
      'wach deepseek ghadi tb9a tkhdem b nvidia f R2 wla safi 9at3at m3aha?',
      'is deepseek still on nvidia or done with them?',
      'انفيديا لسه معاهم ولا لا؟',
      'ايه اللي مخليهم لسه ماسكين في انفيديا للـ R2 😅',
    ]) {
      expectOneAnswer(question, /will keep using and relying on Nvidia processors for R2/);
    }
  });

  test('three letters as written get no Form II verbal noun: عقد (a contract) is no تعقيد; يعقد, عقدت still are', () => {
    expect(dialectStemCandidates('عقد')).not.toContain('تعقيد');
    expect(dialectStemCandidates('يعقد')).toContain('تعقيد');
    expect(dialectStemCandidates('عقدت')).toContain('تعقيد');
    // A contract is nowhere in the report, asked in either language.
    for (const question of ['هل عند ديب سيك عقد مع هواوي؟', 'does deepseek have a contract with huawei?']) expect(eager.ask(question).answered).toBe(false);
  });

  test('a word shaped فاعل keeps its first letter: فاصل (cut off) is no ف + اصل (origin); بايه is ب + ايه', () => {
    for (const word of ['فاصل', 'فاصله', 'كامل', 'لازم', 'كاتبين', 'واصل']) expect(keepsFirstLetter(n(word))).toBe(true);
    for (const word of ['بايه', 'لاي', 'لمنافسه', 'بخطه', 'فرجعت']) expect(keepsFirstLetter(n(word))).toBe(false);
    expect(withoutPrepositionClitic('فاصل')).toBeNull();
    expect(stripPreposition('كامل')).toEqual([]);
    expect(withoutPrepositionClitic('لمنافسه')).toBe('منافسه');
    expect(stripPreposition('لسوق')).toEqual(['سوق']);
    // Safety: a line about one's own internet is no question about the report's source, in either language.
    for (const message of ['النت عندي فاصل', 'شلون اسوي ريستارت للراوتر؟ النت عندي فاصل', 'my internet is cut off, how do i restart the router?']) {
      expect(engine.trace(message).map(({ question }) => question.type)).not.toContain('source');
      expect(engine.ask(message).answered).toBe(false);
    }
    expect(engine.trace('النت عندي فاصل')[0].question.standard).toBe(n('النت عندي فاصل'));
    // …while the origin noun with its article still asks for the source.
    expect(engine.trace('ما الأصل في الخبر؟')[0].question.type).toBe('source');
    // Egyptian باين (it seems) is a hedge, not ب + اين (where).
    expect(engine.trace('باين ديب سيك بتستخدم هواوي؟')[0].question.type).not.toBe('where');
  });

  test('a joined preposition comes off, and the candidates chain rules: بيجربوها → يجرب', () => {
    expect(stripPreposition('لسوق')).toEqual(['سوق']);
    expect(dialectStemCandidates('بيجربوها')).toContain('يجرب');
    expect(dialectStemCandidates(n('هيستخدموه'))).toContain('يستخدم');
  });
});

describe('question types', () => {
  test('free or paid asks a price, which the report never gives, in Arabizi too', () => {
    expectDeclined(
      ['el model el soghayar da hayb2a free wala bfelous?', 'النموذج الصغير هيبقى ببلاش ولا بفلوس؟', 'will the small model be free or paid?'],
      'missing-attribute',
    );
  });

  test('free alone asks a price too ("is deepseek free to use?", "for free", "a free tier"): declined; being free of something is no price', () => {
    expectDeclined(['is deepseek free to use?', 'can i use R2 for free?', 'is there a free tier for the huawei model?'], 'missing-attribute');
    for (const question of ['is deepseek trying to break free from nvidia', 'feel free to answer', 'is deepseek free of nvidia now'])
      expect(typeOf(question)).not.toBe('money');
  });

  test.each([
    ['how much does the subscription cost', 'money'],
    ["what's baidu charging for the chips", 'money'],
    ['how much has huawei charged deepseek', 'money'],
    ['بكام اشترت ديب سيك الشرايح', 'money'],
    ['بشحال كاتبيع هواوي الشيبات', 'money'],
    ['R2 ببلاش ولا بفلوس', 'money'],
    ['واش النموذج الصغير فابور', 'money'],
    ['هل الاشتراك مجاني', 'money'],
    ['is the small model free or paid', 'money'],
    ['how many GPUs does DeepSeek have', 'count'],
    ['R2 شكد باراميتر بي', 'count'],
    ['how fast is the ascend chip', 'count'],
    ["what are r2's benchmark scores", 'count'],
    ['ما سرعة شريحة Ascend', 'count'],
    ['ما نتائج R2 في اختبارات الأداء', 'count'],
    ['لخص الخبر بسرعة', 'what'],
    ['how well did the huawei team do', 'how'],
    ['is ascend faster than nvidia', 'compare'],
    ['هل هواوي احسن بكتير من انفيديا', 'compare'],
    ['which is faster huawei ascend or nvidia chips', 'compare'],
    ['baidu ernie bot vs deepseek which one better ah', 'compare'],
    ['مين اسرع هواوي ولا انفيديا', 'compare'],
    ['انهي فيهم احسن ديب سيك ولا ارني', 'compare'],
    // …but which thing has the quality names what is chosen among
    ['which chips are more powerful huawei or nvidia', 'which'],
    ['على اي شرائح تعتمد ديب سيك في بناء اقوى اصدار من R2', 'which'],
    ['is deepseek testing chips from companies other than huawei', 'list'],
    ['what date did they publish', 'date'],
    // …with up to three words between (before: "what is the publish date" was a plain "what")
    ['what is the publish date of that report', 'date'],
    ["what's the exact launch date", 'date'],
    ['اي شهر بالضبط', 'date'],
    ["what's the nvidia spokesperson's name", 'person'],
    ['منو المدير اللي اكد الخبر', 'person'],
    ['who founded baidu', 'person'],
    ["who was the leader of huawei's engineers", 'person'],
    ['what was the name of the huawei team lead', 'person'],
    ['مين قائد فريق هواوي', 'person'],
    ['in which city is deepseek training', 'place'],
    ['وين مركز البيانات', 'place'],
    ['when will R2 launch', 'when'],
    ['when did they actually say it', 'date'],
    ['when was the report published', 'date'],
    // …and asked whether given (before: a yes/no question, answered with the fact naming the outlet); not of what is still to come
    ['does the article give a date for when the information published its story', 'date'],
    ['does the report give a date for when r2 comes out', 'yesno'],
    ['is there a date for when r2 will be released', 'yesno'],
    ['is there a date for when r2 is expected', 'yesno'],
    ['وقتاش غادي يخرج R2', 'when'],
    ['who reported this', 'source'],
    // …and a name asked for with its question word left out (before: a name of no kind the report gives, declined)
    ['name of the site that published the original report', 'source'],
    ['اسم الموقع اللي نشر الخبر', 'source'],
    ['مين نشر الخبر', 'source'],
    ['شكون اللي نشر هاد الخبر', 'source'],
    // Bringing hidden news to light is publishing it, as كشف is.
    ['who dug this story up in the first place', 'source'],
    ['who uncovered this story', 'source'],
    ['مين كشف الخبر', 'source'],
    ['why is DeepSeek moving off Nvidia', 'why'],
    ['ما السبب في تأخير R2', 'why'],
    ['R2 اتأخر بسبب ايه', 'why'],
    ['هل تأخر R2 بسبب العقوبات', 'yesno'],
    ['علاش ديب سيك بغات تنقص من نفيديا', 'why'],
    // with an adverb before it ("what's even the point")
    ["what's even the point of deepseek going with huawei chips", 'why'],
    ['what is the real point of testing baidu chips', 'why'],
    // What someone wants from or with something is what they do it for.
    ['what does deepseek want from huawei chips', 'why'],
    ['what is deepseek hoping to gain with the huawei chips', 'why'],
    // Gulf شحقه asks "why" as ليش does.
    ['شحقه ديب سيك تجرب شرايح من وايد شركات', 'why'],
    ["what's the point of testing baidu chips", 'why'],
    // …with "what" after it, or the whole point named.
    ['the point of testing baidu chips is what', 'why'],
    ['whole point of deepseek grabbing huawei chips is wha', 'why'],
    ['what are they testing baidu chips for', 'why'],
    // A particle after the final "for" (tho, exactly, anyway) still leaves it asking the purpose.
    ['what are the accelerator tests actually for tho', 'why'],
    ['هاي الاختبارات لشو بالزبط', 'why'],
    ['what did deepseek consider using ascend for', 'what'],
    ['did the huawei team succeed or not', 'outcome'],
    ['وش صار بخطة Ascend', 'outcome'],
    ['which companies are they testing', 'list'],
    ['ايش الشركات اللي تجربها', 'list'],
    ['فين هينزل الموديل', 'where'],
    ['tell me the name of the model', 'name'],
    ['which chips for the small models', 'which'],
    ['who sent engineers', 'who'],
    ['how is deepseek splitting the work', 'how'],
    ['is baidu one of them', 'yesno'],
    ['هل تختبر ديب سيك معالجات بايدو', 'yesno'],
    ['what does deepseek use', 'what'],
    ["didn't huawei send people? how'd that go", 'outcome'],
    ['when exactly did huawei send the team', 'date'],
    ['متى بالضبط ارسلت هواوي فريقها', 'date'],
    ['who is the المتحدث in the nvidia part', 'person'],
    ['مين el CEO', 'person'],
    ['هل R2 على Nvidia ولا Huawei', 'yesno'],
    ['مين اللي قال الكلام ده', 'source'],
    // a question word inside what was said asks of that, not who said it
    ['the nvidia guy قال انه لازم يكسبوا مين بالضبط', 'who'],
    ['من وين جايبين الخبر', 'source'],
    ['can you tell me the names of the chip makers they try', 'list'],
    // with the copula, or a dialect's pronoun, between the question word and the noun
    ['what are the companies deepseek is testing chips from', 'list'],
    ['شنو هوما الشركات لي كتجرب ديب سيك الشرائح ديالهم', 'list'],
    ['شو هني الشركات اللي عم تجرب ديب سيك شرايحها', 'list'],
    // "who" with the pronoun joined to it, as it is said
    ['منهم الشركات اللي تجرب ديب سيك رقاقاتهم', 'list'],
    ['ماهي الشركات اللتى تختبر ديب سيك معالجاتها', 'list'],
    ['so what did huawei do for the R2 model', 'deed'],
    ['هواوي عملت ايه مع ديب سيك', 'deed'],
    ['شو عملت هواوي', 'deed'],
    ['what did baidu say about it', 'speech'],
    ['did cambricon respond', 'speech'],
    // A position or view on something is what was said of it (before: a plain "what", answered with DeepSeek's strategy)
    ["what is nvidia's position on deepseek's move to huawei chips", 'speech'],
    // Not what someone thinks, asked whether: a view the report tells in no one's words answers it ("it sees Nvidia as its trusted supplier")
    ['does deepseek think nvidia is reliable', 'yesno'],
    ['شو قالت بايدو', 'speech'],
    ['ماذا قال المقال عن بايدو', 'what'],
    ['what does the article say about baidu', 'what'],
    ['where is deepseek based', 'place'],
    ["where are huawei's chips made", 'place'],
    // …not where something is made available (before: a place, so the consumer platform was declined as naming none)
    ['where will the huawei powered model be made available to the public', 'where'],
    ['وين تتصنع شرايح هواوي', 'place'],
    ['where will the model launch', 'where'],
    // Where a company's buildings are is a place: its data centres, offices, factories.
    ["where are deepseek's data centers", 'place'],
    ['where are the huawei factories', 'place'],
    ['وين مراكز بيانات ديب سيك', 'place'],
    ['فين مكاتب ديب سيك', 'place'],
    ['what is the name of the outlet this is based on', 'source'],
    ['when does the huawei-based model launch', 'when'],
    ["where's this story even from", 'source'],
    ['where does deepseek get its chips from', 'where'],
    ['من وين الخبر', 'source'],
    ['الخبر ده منين', 'source'],
    // "is there a date?" asks yes or no, in both languages; "what date?" asks for one.
    ['في تاريخ للإطلاق ولا لا', 'yesno'],
    ['is there a launch date yet', 'yesno'],
    ['ايه تاريخ الاطلاق', 'date'],
    ['التاريخ ايه بالضبط', 'date'],
    // …its date, with the pronoun (before: a bare "what", answered by the launch date of the model)
    ['شو تاريخه بالزبط', 'date'],
    // What someone is doing, as much as what they did.
    ['what is deepseek doing with huawei', 'deed'],
    ['شو عم تعمل ديب سيك مع هواوي', 'deed'],
    // A company's market value is money; a team's size a number (a company's is told in words: "a giant").
    ["what's nvidia's market cap right now", 'money'],
    // Whether to buy it is its price weighed.
    ['is $NVDA a buy after this news', 'money'],
    ['should i sell my nvidia after this', 'money'],
    ['اشتري سهم انفيديا ولا لا', 'money'],
    ['how is nvidia stock doing', 'money'],
    // …and its shares going up or down
    ['are nvidia shares up or down after this news', 'money'],
    ['كم القيمة السوقية لانفيديا', 'money'],
    ['سهم انفيديا طالع ولا نازل', 'money'],
    ['how big is the team huawei sent', 'count'],
    ['ما حجم فريق هواوي', 'count'],
    ['how big is nvidia', 'how'],
    // Counting companies asks for the fact that names them; counting anything else asks for a number.
    ['how many companies is deepseek testing', 'list'],
    ['كم شركة تختبر ديب سيك', 'list'],
    ['شحال من شركة كتجرب ديب سيك', 'list'],
    ['كم عدد الشرائح', 'count'],
    // The time now, a date first set, and "when was…" in Arabic ask for a date; "when will…" does not.
    ['what time is it in berlin', 'date'],
    ['what was the original launch date', 'date'],
    ['متى كان موعد الاطلاق', 'date'],
    ['ما الموعد الاصلي للاطلاق', 'date'],
    ['متى سيطلق R2', 'when'],
    // Mentioning is saying; the report mentioning something is its content.
    ['did the nvidia guy mention china', 'speech'],
    ['هل ذكرت انفيديا الصين', 'speech'],
    ['did the article mention baidu', 'yesno'],
    ['هل ذكر التقرير بايدو', 'yesno'],
    // How far something holds: only, completely; بس at the end of a clause, not at its start.
    ['is deepseek only testing huawei chips', 'extent'],
    ['wait so deepseek is ditching nvidia entirely or nah', 'extent'],
    // "just" after the subject of a yes/no question bounds as "only" does; not "just" of time.
    ['is it just huawei or other chip makers too', 'extent'],
    ['هل هي هواوي بس ولا شركات تانية كمان', 'extent'],
    // …and right after its "or": "or only the small one?"
    ['هواوي بتشتغل على النسخه الكبيره من R2 ولا بس الصغيره', 'extent'],
    ['did they just drop nvidia', 'yesno'],
    ['هل ديب سيك تعتمد على هواوي بس', 'extent'],
    ['هل تخلت ديب سيك نهائيا عن Ascend', 'extent'],
    ['بس ليش ديب سيك تركت انفيديا', 'why'],
    ['i only read the headline', 'what'],
    // …nor what the reply may be about ("…only, nothing else", "catch me up on…only").
    ['catch me up on the R2 development problems only, nothing else', 'what'],
    ['fill me in on the huawei part only', 'what'],
    // The dialects' "for good" and "ever": نهائي (an adjective used as an adverb), ابدا.
    ['يعني ديب سيك بتترك انفيديا نهائي', 'extent'],
    ['ما راح تستخدم انفيديا ابدا', 'extent'],
    ['is deepseek leaving nvidia for good', 'extent'],
    // Whether a use goes on, in a yes/no question, asks how far the change goes; "still" of anything else does not.
    ['is deepseek still using nvidia', 'extent'],
    ['is nvidia still in the picture for R2', 'extent'],
    ['مش فاهمة هما لسه معتمدين على انفيديا ولا لأ', 'extent'],
    ['هل ديب سيك مازالت تستخدم انفيديا', 'extent'],
    ['what do they still use for the big models', 'what'],
    ['is R2 still delayed', 'yesno'],
    ['ليش لسه معتمدين على انفيديا', 'why'],
    // Keeping on using says it too (هتفضل، تضل، تبقى + the verb), the subject between or a بـ before the verb.
    ['هل ديب سيك هتفضل تستخدم انفيديا', 'extent'],
    ['راح تضل ديب سيك تستخدم انفيديا ل R2', 'extent'],
    ['لسه ديب سيك بتستخدم انفيديا', 'extent'],
    ['هل ديب سيك تبقى في الصين', 'yesno'],
    // …and being still with someone ("لسه مع انفيديا", "لسه معاهم"), as English "still with".
    ['ديب سيك لسه مع انفيديا', 'extent'],
    ['انفيديا لسه معاهم ولا لا', 'extent'],
    // …and holding on to it (لسه ماسكة في انفيديا).
    ['ديب سيك لسه ماسكة في انفيديا', 'extent'],
    // What is making them do it asks its reason, as "what made them" does.
    ['ايه اللي مخليهم لسه ماسكين في انفيديا للـ R2', 'why'],
    ['شو اللي خلاهم يأجلوا R2', 'why'],
    // من "from" later in the question is no "who" (من لسه بيستخدم…؟ still asks who).
    ['انفيديا بتظل مع ديب سيك ولا خلاص طلعت من السالفه', 'extent'],
    ['من لسه بيستخدم انفيديا', 'who'],
    // How long something lasts is a number, as "كم مدة" is; how long until an event is when.
    ['how long has deepseek been testing huawei chips', 'count'],
    ['كم مدة تأجيل R2', 'count'],
    ['how long until r2 launches', 'when'],
    // What is spent is money; a date may be named with two words between ("the release date").
    ["what's the budget for R2", 'money'],
    ['شو ميزانية R2', 'money'],
    ["what's the release date of R2", 'date'],
    // Who leads something, or a person however called ("the guy"), is a person's name.
    ['who leads the huawei team', 'person'],
    // What something goes or sells for is its price, not its purpose; what a company is going for is its aim.
    ['what do huawei ascend chips go for', 'money'],
    ['how much does an ascend chip sell for', 'money'],
    ['what is deepseek going for', 'why'],
    // Who owns a company is a person (صاحب، مالك, owner); the one behind the news (صاحب الخبر) is its source.
    ['منو صاحب شركة ديب سيك', 'person'],
    ['مين مالك ديب سيك', 'person'],
    ["who's the owner of deepseek", 'person'],
    ['مين صاحب الخبر ده', 'who'],
    ["what's the name of the guy leading the huawei team", 'person'],
    ['مين اللي بيقود فريق هواوي', 'person'],
    // …and who was leading it, كان before the verb as "was" in English (before: who, answered with the team's fact)
    ['مين اللي كان بيقود فريق هواوي', 'person'],
    ['who was leading the huawei team', 'person'],
    // Which site or paper is the outlet; a verb of publishing keeps its object pronoun (نشره).
    ['اي موقع نشره', 'source'],
    ['انهي موقع', 'source'],
    ['which site published it', 'source'],
    ['what website broke the story', 'source'],
    // What something was chosen or meant for is its use, not a reason (stranded "for" is English grammar).
    ['what was the ascend chip considered for', 'what'],
    ['what was ascend picked for', 'what'],
    ['what were the ascend chips meant for', 'what'],
    // …while what something is meant or intended for now is its purpose
    ['what are the new accelerators meant for', 'why'],
    ['what are the gpu accelerators deepseek is testing intended for', 'why'],
    // A source in the accusative (مصدراً) is still a source.
    ['هل يذكر التقرير مصدرا اعلاميا', 'source'],
    ['does the report name a source', 'source'],
    // Where the news comes from: a question word and a word of publishing, transmitting or origin whose object is the news.
    ['can you tell me what is the name of the website that published the first report', 'source'],
    ['which media outlet did the article draw its information from', 'source'],
    ['who gave this information first', 'source'],
    ["what's the origin of this story", 'source'],
    ['where did the article get its information from', 'source'],
    ['ما الوسيلة الإعلامية التي استقى منها المقال معلوماته', 'source'],
    ['ماهي الجهه التى نشرت التقرير', 'source'],
    ['كنت عايز اعرف الخبر ده اصلا منقول عن مين', 'source'],
    // من opening the question a verb of knowing or telling opens is "who", as at the start; elsewhere "from".
    ['بغيت اعرف من اللي نشر التقرير الاصلي', 'source'],
    ['قولي من نشر الخبر', 'source'],
    ['استفادت ديب سيك من اللي نشر الخبر', 'what'],
    ['الخبر ده مصدره ايه', 'source'],
    ['مين اول واحد نشر الخبر', 'source'],
    ['who is the article citing', 'source'],
    ['is this from the information', 'source'],
    ['من أين حصل الكاتب على معلوماته', 'source'],
    // A word one slip from a word of origin or of the news, when it is no English word of its own ("delayed" is).
    ['who reportd this storry', 'source'],
    ['whos the sorce of this reprot', 'source'],
    ['which launch was delayed', 'which'],
    // …not of a thing the report is about, nor what was published or said (its content), nor a body that spoke.
    ['where do the chips come from', 'where'],
    ['ما مصدر شرائح ديب سيك', 'what'],
    ['من اين تاتي شرائح ديب سيك', 'where'],
    // "when" joining a clause to the question before it is no question word (as Arabic's لما); after a verb of knowing or saying it is.
    ['what did huawei do when deepseek got stuck on r2', 'deed'],
    ['what happened when huawei sent engineers', 'outcome'],
    ['did they say when r2 launches', 'when'],
    ['is there any news on when r2 drops', 'when'],
    ['when will r2 launch', 'when'],
    // A noun of origin in a clause about things and not the news names a supplier ("the main source for R2").
    ['why is nvidia the main source for R2', 'why'],
    ['لماذا تعد انفيديا المصدر الاساسي لنموذج R2', 'why'],
    ['who is the main source of chips for the models', 'who'],
    ['what is the source of this news about the chips', 'source'],
    ['who gave deepseek the chips', 'who'],
    ['does deepseek buy chips from huawei', 'yesno'],
    ['is it from nvidia', 'yesno'],
    ['what was reported about the huawei team', 'what'],
    ['What does the article say the move away from Nvidia opens the door to', 'what'],
    ['ذا انفورمشين شو نشرت', 'what'],
    ['هو فعلا انفيديا جابت سيرة الصين في كلامها', 'what'],
    ['مين الجهة اللي علقت باسم انفيديا', 'who'],
  ])('%s → %s', (question, type) => {
    expect(typeOf(question)).toBe(type);
  });

  test('"open source" is no source question, in either language', () => {
    expect(typeOf('is R2 open source')).toBe('yesno');
    expect(typeOf('ماذا قالت انفيديا عن النماذج مفتوحة المصدر')).not.toBe('source');
  });

  test('"المتحدث باسم انفيديا" speaks for Nvidia: no question for a name', () => {
    expect(typeOf('ماذا قال المتحدث باسم انفيديا عن المطورين')).toBe('speech');
    expect(typeOf('ما اسم المتحدث')).toBe('person');
  });

  test('a statement that begins like a question ("was chatting…") is no yes/no question', () => {
    expect(typeOf('was chatting with a friend about chips')).toBe('what');
  });
});

describe('what a fact can answer', () => {
  test('read from its text: a reason, a time, a list, an outlet', () => {
    expect(factAnswers(['DeepSeek wants less Nvidia because it trusts Huawei.'], [], false).has('why')).toBe(true);
    expect(factAnswers(['The launch was delayed.'], [], false).has('when')).toBe(true);
    // "when" before a gerund is a conjunction: the headline swapping chips "when training" tells no time
    expect(factAnswers(["DeepSeek swapping Nvidia chips for Huawei's when training its models."], [], false).has('when')).toBe(false);
    // only still to come ("upcoming", "not launched yet", القادم، لم يطلق بعد) tells no time: a delay or a date does
    expect(factAnswers(["R2 is DeepSeek's upcoming model; it has not launched yet."], [], false).has('when')).toBe(false);
    expect(factAnswers([n('نموذج R2 هو النموذج القادم من ديب سيك، ولم يطلق بعد.')], [], false).has('when')).toBe(false);
    expect(factAnswers([n('لم تعلن ديب سيك موعد الإطلاق.')], [], false).has('when')).toBe(true);
    expect(factAnswers(['It tests chips from Huawei, Baidu and Cambricon.'], [], false).has('list')).toBe(true);
    expect(factAnswers([n('تختبر ديب سيك شرائح للمستهلكين')], [], false).has('count')).toBe(false);
    expect(factAnswers(['It tests three chips.'], [], false).has('count')).toBe(true);
    expect(factAnswers(['anything'], [], true).has('source')).toBe(true);
  });

  test('"may" the verb is no month; "May" the month is a date', () => {
    expect(factAnswers(['DeepSeek may put the plan on hold.'], [], false).has('date')).toBe(false);
    expect(factAnswers(['It launched in May.'], [], false).has('date')).toBe(true);
  });

  test('and from the questions it was given as aliases', () => {
    expect(factAnswers(['Nvidia is reliable.'], ['outcome'], false).has('outcome')).toBe(true);
  });

  test('a reason only from its own words (because, the purpose is to, using X to do Y, لأن، الغرض), never from an alias asking why about it', () => {
    expect(factAnswers(['The headline calls it a strategic shift.', 'يصف العنوان ذلك بأنه تحول'], ['why'], false).has('why')).toBe(false);
    expect(factAnswers(['DeepSeek will use Ascend chips to train its small models.'], [], false).has('why')).toBe(true);
    expect(factAnswers(['The purpose of the tests is to train small models.'], [], false).has('why')).toBe(true);
    expect(factAnswers(['الغرض من التجارب تدريب النماذج الصغيرة'], [], false).has('why')).toBe(true);
  });
});

describe('من before a noun is "from", not "who"', () => {
  test('"شو بدها انفيديا من المطورين بالصين حسب كلام المتحدث؟" asks what Nvidia wants from developers, not who its spokesperson is; "من المتحدث؟" still asks who', () => {
    const type = (message: string) => engine.trace(message)[0].question.type;
    expect(type('شو بدها انفيديا من المطورين بالصين حسب كلام المتحدث تبعها؟')).not.toBe('person');
    expect(type('من المتحدث باسم انفيديا؟')).toBe('person');
    // before: asked for a person the report never names, and declined
    expect(answeredWith(engine.ask('شو بدها انفيديا من المطورين بالصين حسب كلام المتحدث تبعها؟'))).toMatch(/China/);
  });
});

describe('a relative clause naming what is asked about', () => {
  test('"the one called R2" (الموديل اللي اسمه R2) asks for no name: the question is about it', () => {
    expect(engine.trace('طب والموديل الكبير بتاعهم اللي اسمه R2 ده هيتبني على شرايح مين؟')[0].question.type).not.toBe('name');
    expect(engine.trace('شو اسمه النموذج الكبير؟')[0].question.type).toBe('name');
    // before: asked for a name, which no fact gives, and declined
    expectOneAnswer('طب والموديل الكبير بتاعهم اللي اسمه R2 ده هيتبني على شرايح مين؟', /Nvidia/);
  });
});

describe('a division of the work tells how far each part goes', () => {
  test('"Huawei chips for the smaller models, Nvidia for the larger" answers whether Huawei is only for the small models, in either language', () => {
    expect(factAnswers(['Huawei chips for the smaller models, Nvidia for the larger ones.'], [], false).has('extent')).toBe(true);
    expect(factAnswers(['شرائح هواوي للنماذج الصغيرة، وإنفيديا للنماذج الكبيرة.'], [], false).has('extent')).toBe(true);
    // before: answered with a fact telling only that Huawei's chips train the small models
    for (const message of ['يعني شرايح هواوي هيشغلوا بيها النماذج الصغيره بس ولا ايه؟', 'ديب سيك باش تبطل نفيديا نهائيا والا كان في النماذج الصغار برك؟'])
      expectOneAnswer(message, /splits the work/);
  });

  test('a plan, strategy or setup between two parties ("the plan between huawei and nvidia", "الخطة بين هواوي وانفيديا") asks how the work is divided between them', () => {
    // before: answered with a plan of one of them (running the small models on Huawei)
    for (const message of ["what's the plan between huawei and nvidia exactly?", 'اريد افتهم شنو هي الخطة بين هواوي وانفيديا بالضبط'])
      expectOneAnswer(message, /splits the work/);
  });

  test('playing on both ropes (بتلعب على الحبلين), keeping both sides, is dividing the work between them', () => {
    // before: الحبلين was a word no fact holds, and the question was declined
    for (const message of ['شو يعني ديب سيك بتلعب على الحبلين بين هواوي وانفيديا؟', 'هي ديب سيك عم تلعب عالحبلين؟'])
      expectOneAnswer(message, /splits the work/);
  });

  test('after a question about how the work is divided, follow-ups naming one side each ("huawei for what, nvidia for what?", "هواوي لايش وانفيديا لايش؟") ask it again side by side: one answer', () => {
    for (const message of ['whats the split here — huawei for what, nvidia for what? tldr pls 🙏', 'شو التقسيم؟ هواوي لايش وانفيديا لايش؟']) {
      const answer = engine.ask(message);
      // before: two or three answers, one a reason for Huawei's help
      expect([message, answer.parts?.length ?? 1, answeredWith(answer)]).toEqual([message, 1, expect.stringMatching(/splits the work/)]);
    }
  });

  test('it tells apart the two things a question contrasts ("the difference between what the Huawei chips and the Nvidia chips will be doing")', () => {
    // before: answered with the broader strategy of depending less on Nvidia
    expectOneAnswer("I'd like to know the difference between what the Huawei chips and the Nvidia chips will be doing for DeepSeek.", /splits the work/);
    expectOneAnswer('شو الفرق بين دور هواوي ودور انفيديا؟', /splits the work/);
  });

  test('"and the" typed as one word before a Latin one (والـ small) still joins the two things contrasted', () => {
    // before: read as the article alone, and the contrast was lost
    expect(engine.trace('ما الفرق بين R2 الكبير والـ small versions؟')[0].question.standard).toBe(n('ما الفرق بين r2 الكبير و ال small versions'));
  });

  test('which company makes the chips of each of two things contrasted is told by the division of the work', () => {
    // before: the chips of the most powerful R2 alone answered
    expectOneAnswer('ايش الفرق بين R2 الكبير والنسخ الصغيرة، كل وحدة على شرايح مين', /splits the work/);
  });
});

describe('what kind of name a question asks for', () => {
  const kinds = new NameKinds(engine.analyzer, parseNameKinds('processor: processor معالج | ascend\nmodel: model موديل | r2\n'));
  const termsOf = (text: string) => engine.analyzer.analyze(text).terms.map((term) => term.term);
  // With who makes what, and whose each name is.
  const makers = new NameKinds(
    engine.analyzer,
    parseNameKinds('processor: processor chip معالج شريحة | ascend(huawei) | huawei cambricon\nmodel: model موديل | r2(deepseek) | deepseek\n'),
  );

  test('the noun it asks with says the kind, in either language', () => {
    expect(kinds.askedKind(termsOf("what's the name of huawei's processor"))).toBe('processor');
    expect(kinds.askedKind(termsOf('شو اسم الموديل الجاي'))).toBe('model');
    expect(kinds.askedKind(termsOf('what is it called'))).toBeNull();
  });

  test('of two nouns of kinds side by side, the compound is its head: the last in English ("chip company"), the first in Arabic ("شركة الشرائح")', () => {
    const companies = new NameKinds(engine.analyzer, parseNameKinds('processor: chip chips شريحة شرائح | ascend\ncompany: company شركة | huawei\n'));
    const compoundOf = (text: string) => companies.compoundKind(engine.analyzer.analyze(normalizeText(text)));
    expect(compoundOf("what's the name of that third chip company")).toBe('company');
    expect(compoundOf('شو اسم شركة الشرائح التالتة')).toBe('company');
    expect(compoundOf('what is the name of the company chip')).toBe('processor');
    // Apart, they make no compound.
    expect(compoundOf('which company makes the chip')).toBeNull();
  });

  test('the noun a word for a name governs is the kind asked, whatever other nouns of kinds follow ("اسم الشركات اللي … المسرعات")', () => {
    const governedOf = (text: string) => makers.governedKind(engine.analyzer.analyze(normalizeText(text)));
    const companies = new NameKinds(
      engine.analyzer,
      parseNameKinds('processor: chip chips شريحة شرائح مسرعات | ascend\ncompany: company companies شركة شركات | huawei\n'),
    );
    expect(companies.governedKind(engine.analyzer.analyze(normalizeText('شو اسم الشركات اللي ديب سيك عم تجرب المسرعات تبعهم؟')))).toBe('company');
    expect(companies.governedKind(engine.analyzer.analyze(normalizeText('what are the names of the companies whose chips deepseek tests?')))).toBe('company');
    expect(governedOf("what's the name of huawei's processor")).toBeNull();
    // before: the accelerators gave the kind (a processor), and no processor's name was found beside Huawei's own
    for (const message of ['شو اسم الشركات اللي ديب سيك عم تجرب المسرعات تبعهم؟', 'ايش اسم الشركات اللي تجرب ديب سيك شرايحها؟'])
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/Baidu/)]);
  });

  test('the name of the other chip company asked, with two of them named, is the third the report gives; "third" names no maker', () => {
    // before: "chip" gave the kind (a processor) and "third", a word no fact holds before "chip", was taken for a maker
    for (const message of [
      'whats the name of that third chip company deepseek is testing? theres huawei and baidu and... something',
      'what is the name of the other chip company deepseek is testing besides huawei and baidu?',
      'شو اسم شركة الشرائح التالتة اللي بتجربها ديب سيك غير هواوي وبايدو؟',
    ])
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/Cambricon/)]);
  });

  test('a fact gives a name of that kind only if the question does not hold it already', () => {
    expect(kinds.givesName('processor', ['huawei', 'ascend'], new Set(['huawei']))).toBe(true);
    expect(kinds.givesName('processor', ['huawei', 'ascend'], new Set(['huawei', 'ascend']))).toBe(false);
    expect(kinds.givesName('processor', ['huawei', 'baidu'], new Set(['huawei']))).toBe(false);
  });

  test("a name of a known kind that no fact holding the question's names gives is one the report lacks, in either language", () => {
    for (const [message, lacking] of [
      ["what's the name of baidu's chip?", "The report doesn't say: it gives no such name."],
      ['ما اسم شريحة بايدو التي تختبرها ديب سيك؟', 'التقرير لا يذكر ذلك: لا يذكر هذا الاسم.'],
      // what a chipmaker makes, its product, is a processor too (before: answered with the companies tested)
      ["what's Cambricon's main product called?", "The report doesn't say: it gives no such name."],
      ['شو اسم منتج كامبريكون؟', 'التقرير لا يذكر ذلك: لا يذكر هذا الاسم.'],
    ]) {
      const answer = engine.ask(message);
      expect([message, answer.answered]).toEqual([message, false]);
      expect(answer.text).toContain(lacking);
    }
    // The names the report gives are still answered.
    expect(engine.ask("what's huawei's chip called?").facts[0]?.fact.en).toMatch(/Ascend/);
    expect(engine.ask("what's huawei's product called?").facts[0]?.fact.en).toMatch(/Ascend/);
    expect(engine.ask('شو اسم الموديل الجاي تبع ديب سيك').facts[0]?.fact.en).toMatch(/R2/);
  });

  test("a name asked of a maker is its product's: only a name of the maker's own answers, in either language", () => {
    const possessorOf = (text: string) => makers.possessor(makers.askedKind(termsOf(text)) ?? '', engine.analyzer.analyze(text));
    expect(possessorOf("what's the name of cambricon's model")).toEqual({ maker: 'cambricon', kind: 'processor' });
    expect(possessorOf('شنو اسم الموديل مال كامبريكون')).toEqual({ maker: 'cambricon', kind: 'processor' });
    expect(possessorOf('شو اسم معالج هواوي')).toEqual({ maker: 'huawei', kind: 'processor' });
    // after a relative it is who does something with it; a chip "of" one that makes models is one it uses
    expect(possessorOf('شو اسم الشريحة اللي هواوي عملتها')).toBeNull();
    expect(possessorOf("what's deepseek's chip called")).toBeNull();
    expect(makers.givesName('model', ['cambricon', 'r2'], new Set(['cambricon']), { maker: 'cambricon', kind: 'processor' })).toBe(false);
    expect(makers.givesName('processor', ['huawei', 'ascend'], new Set(['huawei']), { maker: 'huawei', kind: 'processor' })).toBe(true);
    // before: answered with the accelerators tested for R2's small models, R2 being DeepSeek's name, not Cambricon's
    for (const message of ["what's the name of cambricon's model they're testing?", 'شنو اسم الموديل مال كامبريكون اللي دا يجربوه؟']) {
      expect([message, engine.ask(message).answered]).toEqual([message, false]);
    }
    expect(engine.ask('شو اسم معالج هواوي؟').facts[0]?.fact.en).toMatch(/Ascend/);
    expect(engine.ask('شو اسم الموديل الجاي تبع ديب سيك').facts[0]?.fact.en).toMatch(/R2/);
  });

  test('a model asked of a product is a finer name of its own, which the report does not give, in either language', () => {
    const modelPossessorOf = (text: string) => makers.possessor('model', engine.analyzer.analyze(text));
    expect(modelPossessorOf('ايش اسم الموديل حق معالج ascend')).toEqual({ maker: 'ascend', kind: 'processor' });
    expect(modelPossessorOf("what's the name of the model of the ascend chip")).toEqual({ maker: 'ascend', kind: 'processor' });
    // English puts whose it is after the thing only with "of"
    expect(modelPossessorOf("what's the name of the model deepseek trains")).toBeNull();
    // before: answered with the Ascend processors training R2's small versions
    for (const message of ['ايش اسم الموديل بالضبط حق معالج Ascend اللي حيستخدمونه؟ يعني رقمه', "what's the name of the model of the ascend chip?"]) {
      expect([message, engine.ask(message).answered]).toEqual([message, false]);
    }
  });

  test("the kind of one of the report's names, and none for a name of no listed kind", () => {
    expect([kinds.kindOf('ascend'), kinds.kindOf('r2'), kinds.kindOf('huawei')]).toEqual(['processor', 'model', null]);
  });

  test('a malformed line is named by its line in the file', () => {
    expect(() => parseNameKinds('processor processor | ascend')).toThrow(/line 1 /);
    expect(() => parseNameKinds('# kinds\n\nmodel: model | r2\nprocessor processor | ascend')).toThrow(/line 4 /);
    expect(() => parseNameKinds('model: model | r2(deepseek')).toThrow(/line 1 /);
  });
});

describe('summary requests', () => {
  test.each([
    ['tl dr'],
    ['sum it up pls'],
    ["what's this article about"],
    ["what's this article even about"],
    ["what's this whole article about"],
    ['what is it really about'],
    ['explain this news like im 5'],
    ['short version'],
    // French, mixed into Maghrebi chat, accents folded
    ['resume rapide svp'],
    ['in one sentence'],
  ])('%s', (text) => {
    expect(cutSummaryCue(text.replace(/['’]/g, ''), '')).not.toBeNull();
  });

  test.each([['لخص لي الخبر'], ['شو القصة'], ['ايش السالفة باختصار'], ['الخبر بيقول ايه'], ['اعطني الزبدة'], ['قولي الموضوع بكلمتين']])('%s', (text) => {
    expect(cutSummaryCue('', n(text))).not.toBeNull();
  });

  test('however many lines, sentences or points a summary is to fit in ("a couple of lines", "4 bullet points"), it says how, not what about', () => {
    for (const request of ['sum it up in a couple of lines pls, cbf reading the whole thing', 'explain it in 4 bullet points', 'لخصلي الخبر بسطرين'])
      expect([request, engine.trace(request)[0].question.summary]).toEqual([request, true]);
    // Next to a question it says how briefly to answer it.
    expectOneAnswer('who reported it, in a couple of words?', /The Information/);
  });

  test('a summary request may say how it wants it: words no fact holds ("in two lines", "quick")', () => {
    for (const question of ['can someone sum this article up in like 3 lines', 'ممكن ملخص سريع للمقال؟', 'لخصلي الخبر ده في سطرين']) {
      expect(engine.ask(question).summary).toBe(true);
    }
    expect(engine.ask('summarise what huawei engineers did').summary).toBeFalsy();
  });

  test('everyday words around a summary request are chatter, even words the facts use ("reading", "وقت")', () => {
    for (const question of ['tl;dr pls i aint reading allat', 'لخص الخبر بسرعة ما عندي وقت']) expect(engine.ask(question).summary).toBe(true);
    // Words about the report in Arabizi ("el khabar") ask about nothing in it.
    expect(engine.ask('ya3ni el khabar da 3an eh bel zabt?').summary).toBe(true);
    // An unusual word the facts hold is what the question is about.
    expect(engine.ask('tl;dr on the delay').summary).toBeFalsy();
  });

  test('a request for a summary asks without a question mark, after a question too ("…? a3tini résumé sghir", "…؟ اعطني ملخص")', () => {
    for (const message of ['chnowa l 7keya lkol? a3tini résumé sghir', 'شو صار؟ اعطني ملخص قصير', "what's going on? give me a short summary"]) {
      const answer = engine.ask(message);
      expect(answer.parts).toBeUndefined();
      expect(answer.summary).toBe(true);
    }
  });

  test('the points that matter, the general idea and "catch me up" ask for a summary, in either language', () => {
    for (const message of [
      'key points?',
      'main takeaways pls',
      'can someone catch me up',
      'fill me in on this article',
      'شو اهم النقاط؟',
      'الفكرة العامة للمقال ايه؟',
      'حطني بالصورة',
    ]) {
      expect(engine.ask(message).summary).toBe(true);
    }
    // The point of something the report tells is asked of it, not of the report.
    expect(engine.ask("what's the main point of testing baidu chips").summary).toBeFalsy();
  });

  test('a length said of the reply ("in 2 lines only", "سطرين فقط"), "this whole … thing", Arabizi\'s dative -ly (e5tasarly): summary requests', () => {
    expectSummaries([
      "what's this news about, in 2 lines only",
      'لخص الخبر في سطرين فقط',
      "what's this whole deepseek huawei thing about, in like 3 lines?",
      'e5tasarly el mawdoo3 ya basha',
    ]);
    // "Only" of the report's claims still asks how far they go.
    expect(engine.trace('is it only huawei?')[0].question.type).toBe('extent');
  });

  test('what the report says, said of nothing in it, and being briefed ask for a summary ("what\'s the article saying", "break it down", "نبذة عن الخبر")', () => {
    expectSummaries([
      "what's the article saying",
      'what does this report say overall?',
      "so what's the big deal with this article",
      'can u break it down for me',
      'brief me on this pls',
      'the article in two lines?',
      'ممكن نبذة عن الخبر',
      'اعطني نبذه سريعة',
    ]);
    // What it says of one of its things is a question about that thing.
    expect(engine.ask('what does the report say about the huawei engineers?').summary).toBeFalsy();
  });

  test('explaining the report itself is a summary request ("explain the article to me", "فهمني الموضوع"); explaining a part of it is a question', () => {
    for (const message of ['explain the article to me like im a noob', 'walk me through this story', 'اشرحلي القصة من الاول', 'فهمني الموضوع بسرعة']) {
      expect(engine.ask(message).summary).toBe(true);
    }
    for (const message of ["explain the article's point about nvidia's competition", 'اشرحلي موضوع مهندسين هواوي'])
      expect(engine.ask(message).summary).toBeFalsy();
  });

  test('a summary of something the facts never tell of is no summary of this report, in either language', () => {
    for (const message of ['tl;dr of the world cup final', 'ملخص عن كاس العالم']) {
      const answer = engine.ask(message);
      expect(answer.summary).toBeFalsy();
      expect(answer.answered).toBe(false);
    }
    // Of the report, or of one of its names, it is.
    for (const message of ['summary of the article pls', 'tl;dr of the nvidia part', 'ملخص عن هواوي']) expect(engine.ask(message).summary).toBe(true);
  });

  test('two requests for a summary in one message are one ("tl;dr? give me a small summary", "شو القصة؟ اعطيني ملخص صغير")', () => {
    for (const message of ['tl;dr? give me a small summary', 'شو القصة؟ اعطيني ملخص صغير']) {
      const answer = engine.ask(message);
      expect(answer.parts).toBeUndefined();
      expect(answer.summary).toBe(true);
    }
    // A summary and a question are two.
    expect(engine.ask('summarise it. and what did nvidia say?').parts?.length).toBe(2);
  });

  test('a summary verb keeps its cue with the dialects’ endings (اختصرلي، لخصيلي), as "sum it up for me" does', () => {
    for (const message of ['اختصرلي الخبر', 'لخصيلي المقال', 'sum it up for me']) expect(engine.ask(message).summary).toBe(true);
  });

  test('how long a summary should be says nothing of what about, even in words a fact holds ("small", صغير)', () => {
    for (const message of ['give me a small summary', 'اعطني ملخص صغير']) expect(engine.ask(message).summary).toBe(true);
    expect(engine.ask('لخص لي موضوع النماذج الصغيرة').summary).toBeFalsy();
  });

  test('a summary verb asked of anyone is a request, however it is spelt ("can anyone sumarize", "حد يلخصلي"، "اكو احد يلخص")', () => {
    expectSummaries([
      'could anyone sumarize the artcle',
      'can someone summerise this',
      'ممكن حد يلخصلي الموضوع ده',
      'اكو احد يلخص الخبر؟',
      'مين بيختصرلنا المقال',
    ]);
  });

  test('the summary verb takes an object ending before its dative (لخصهولي، لخصهالي "sum it up for me"), as it takes either alone', () => {
    expectSummaries(['لخصهولي عافاك', 'لخصهالي بليز', 'لخصه لو سمحت']);
  });

  test('Maghrebi واش before a verb of telling, with the report telling nothing named, asks what the report says', () => {
    expectSummaries(['واش راهو يحكي هاد المقال؟', 'واش كيقول هاد المقال؟']);
    // Told of something, it asks what the report says of that, no summary of the whole.
    expect(engine.ask('واش قال المقال على هواوي؟').summary).toBeFalsy();
  });

  test('what is happening, what happened and what the news is ask for a summary in every dialect; ما inside a sentence says "not"', () => {
    expectSummaries([
      'whats the news',
      "what's the tea",
      'شو الخبر يا شباب؟',
      'ايه اللي بيحصل هنا',
      'عافاك فهمني شنو واقع',
      'شو عم يصير',
      'ماذا يحدث؟',
      'ايش صاير في الخبر بالزبط',
    ]);
    // What happened with one of its things is asked of it.
    for (const message of ["what's the news on huawei's engineers", 'شو صار مع مهندسين هواوي؟']) expect(engine.ask(message).summary).toBeFalsy();
    expect(engine.ask('قريت الخبر وما صار شي').summary).toBeFalsy();
    // What happened next, or to what was just told, asks about that; the news qualifying a noun is no news asked.
    for (const message of [
      'huawei sent engineers to help. what happened to them?',
      'هواوي بعتت مهندسين لديب سيك، شو صار معهم؟',
      // …or there, in what was just told
      'chale so the huawei engineers came down to help and... nothing? 😅 what happened there',
      // …or to something named, as "ايش صار مع R2" asks of R2.
      'what happened to R2?',
      'ايش صار مع R2؟',
      'هواوي ارسلت فريق يساعدهم، وش صار بعدين؟',
      // …with "then" before it (before: the whole report's summary)
      'haha so huawei sent their engineers n it still flopped?? then what happened 😅',
    ]) {
      expect([message, engine.ask(message).summary === true]).toEqual([message, false]);
    }
    expect(engine.ask('can someone tell me what the news outlet was called').summary).toBeFalsy();
    expectOneAnswer('what happened to R2?', /launch R2 were delayed/);
    // before: read as a request for the whole report's summary
    expect(answeredWith(engine.ask('chale so the huawei engineers came down to help and... nothing? 😅 what happened there'))).toMatch(/engineers/);
  });

  test('what the report says, the report understood or described ("what does it say", "what the article everyone posts is saying", "explain this to me")', () => {
    expectSummaries([
      'i didnt read it, what does it say?',
      "what's the article everyone's posting actually saying",
      'Could you outline what the article covers?',
      'what does this news report claim?',
      'explain this to me',
      'ما قريته، شو بيقول؟',
      'وش يقول المقال اللي الكل ينشره؟',
    ]);
    expect(engine.ask('what does it say about baidu?').summary).toBeFalsy();
    // Told of, not asked: "wants me to explain it" asks nothing.
    expect(engine.ask('my dad wants me to explain it lol. is deepseek stopping with nvidia').parts).toBeUndefined();
  });

  test('Arabizi writes the dative on the summary verbs (la55asli لخصلي, e5tesrlna اختصرلنا) as Arabic script does', () => {
    expectSummaries(['law sama7t la55asli el maqal', 'e5tesrlna el khabar', 'لو سمحت لخصلي المقال']);
  });

  test("a summary of one part leads with that part's fact, in either language; the report's own names alone are the whole report", () => {
    const whole = engine.ask('tl;dr').facts.map(({ fact }) => fact.id);
    for (const [message, lead] of [
      ["what's the tl;dr on the baidu angle", 'baidu-accelerators'],
      ['brief me on the cambricon thing', 'cambricon-accelerators'],
      ['tl;dr what did nvidia say about all this', 'nvidia-competition-begun'],
      ['نبذة عن كامبريكون', 'cambricon-accelerators'],
      ['الخلاصة شو قالت انفيديا؟', 'nvidia-competition-begun'],
      ['3tini l5olasa 3la baidu', 'baidu-accelerators'],
      // R2 is a part of the report, though its summary names it: only the title's names are the whole
      ['tl;dr on R2', 'r2-is-llm'],
      ['لخص لي موضوع R2', 'r2-is-llm'],
      ['guys what happened with R2 fr?? i saw something about delays', 'r2-launch-delayed'],
    ]) {
      const answer = engine.ask(message);
      expect([message, answer.summary, answer.facts[0]?.fact.id]).toEqual([message, true, lead]);
    }
    for (const message of ["what's the tea with deepseek", "what's going on with deepseek?", 'شنو القصه ويه ديب سيك وهواوي']) {
      expect([message, engine.ask(message).facts.map(({ fact }) => fact.id)]).toEqual([message, whole]);
    }
  });

  test('the report described by its names is the report ("the article about deepseek swapping…", "نبذة عن خبر ديب سيك…", "eli5 the … news")', () => {
    const whole = engine.ask('tl;dr').facts.map(({ fact }) => fact.id);
    for (const message of [
      "Please summarize the article about DeepSeek swapping Nvidia chips for Huawei's.",
      'eli5 the deepseek x huawei x nvidia news',
      'أعطني نبذة مختصرة عن خبر ديب سيك وشرائح هواوي',
      'لخصلي مقال ديب سيك وانفيديا',
    ]) {
      const answer = engine.ask(message);
      expect([message, answer.summary, answer.facts.map(({ fact }) => fact.id)]).toEqual([message, true, whole]);
    }
    // Other news is no summary of this report.
    for (const message of ['summarize the article about the world cup', 'لخصلي خبر كاس العالم']) expect(engine.ask(message).answered).toBe(false);
  });

  test('so is the report with nouns naming it before it ("tl;dr of this deepseek chip article?"); other news so named is not', () => {
    // before: "chip" was a word of the facts, read as what the summary was asked about, and it was declined
    const whole = engine.ask('tl;dr').facts.map(({ fact }) => fact.id);
    for (const message of ['tl;dr of this deepseek chip article? no time to read it on my break', 'can u summarize the huawei nvidia story pls']) {
      const answer = engine.ask(message);
      expect([message, answer.summary, answer.facts.map(({ fact }) => fact.id)]).toEqual([message, true, whole]);
    }
    expect(engine.ask('tl;dr of the world cup final article').answered).toBe(false);
  });

  test('how briefly to answer, next to a question, goes with it ("in short, who published this?", "…؟ باختصار"); alone it asks for a summary', () => {
    for (const message of ['in short, who published this?', 'هاد الخبر منين جا؟ شكون اللي نشرو؟ باختصار']) {
      const answer = engine.ask(message);
      expect([message, answer.parts, answer.summary === true, answer.facts[0]?.fact.id]).toEqual([message, undefined, false, 'the-information-outlet']);
    }
    const answer = engine.ask('باختصار، هل ديب سيك تخلت عن انفيديا؟');
    expect([answer.parts, answer.summary === true]).toEqual([undefined, false]);
    for (const message of ['in a nutshell?', 'باختصار؟', 'eli5 pls', 'اشرحلي', 'فهمني لو سمحت'])
      expect([message, engine.ask(message).summary]).toEqual([message, true]);
  });

  test("the report asked after, in each language's word orders: what it says, what is in it, what it means, what to know of it", () => {
    expectSummaries([
      'whats this news',
      'what is the point of the article',
      'what does this news mean',
      "what's in the article?",
      'tell me about the article',
      'what should I know about this?',
      'what is the article mainly about?',
      'what are they saying in this article',
      'شو المقال بيحكي؟',
      'ماذا يتناول المقال؟',
      'شو بدو يقول المقال',
      'وش فيه المقال؟',
      'اش كاين ف هاد المقال',
      'ايه اللي في المقال ده',
      'الخبر ده معناه ايه',
      'ايه المقصود من الخبر ده',
      'ايش اللي لازم اعرفه عن الخبر؟',
      'احكيلي عن المقال',
    ]);
    // Of one of its things, or a greeting, it is not.
    for (const message of ["what's up?", 'whats the deal with r2, heard it got pushed back', 'شو المقال بيحكي عن بايدو؟', 'what does ascend mean?']) {
      expect([message, engine.ask(message).summary === true]).toEqual([message, false]);
    }
  });

  test('what the asker missed, the bottom line and the most notable things ask for a summary ("what did I miss?", "شو فاتني؟", "من الآخر؟")', () => {
    expectSummaries([
      'what did I miss?',
      "what's the bottom line?",
      "what's the conclusion of the article?",
      'Can you condense this article?',
      'so whats up with this article',
      'شو فاتني؟',
      'ما أبرز ما جاء في التقرير؟',
      'من الآخر؟',
      'ع السريع شو صار',
    ]);
  });

  test('the summary words of every register: synopsis, essence, main message, "the short of it"; أوجز، موجز, and the accusative\'s alef (ملخصاً)', () => {
    expectSummaries([
      'synopsis please',
      'TL;DR version?',
      "what's the essence of the article",
      "what's the article's main message",
      "what's the short of it",
      'هل يمكنك إعطائي ملخصاً؟',
      'قدم لي موجزا عن التقرير',
      'موجز الخبر',
      'أوجز لي المقال',
      'اعطيني فكرة عن المقال',
    ]);
    // The facts' own words after them still ask of those.
    for (const message of ["what's the smaller version of R2 for?", 'موجز عن مهندسي هواوي']) {
      expect([message, engine.ask(message).summary === true]).toEqual([message, false]);
    }
  });

  test('a question about one thing is no summary request', () => {
    expect(cutSummaryCue('what does nvidia use', n('انفيديا قالت ايه على الموضوع ده'))).toBeNull();
  });
});

describe('everyday words weigh little when no fact holds them', () => {
  test('English from SUBTLEX, Arabic from the shipped list', () => {
    expect(zipf('coffee')).toBeGreaterThan(4.5);
    expect(unusualness('coffee')).toBeLessThan(0.5);
    expect(unusualness('headquartered')).toBe(1);
    expect(unusualness(n('صباح'))).toBeLessThan(0.5);
    expect(unusualness(n('ايرادات'))).toBe(1);
    // the chatter of a student, a parent, a quick question
    for (const word of ['سريع', 'الحوار', 'نقطة', 'ابني', 'الجامعة']) expect(unusualness(n(word))).toBeLessThan(0.5);
    // "really?" as a tag, standard and Gulf (Arabizi 9ij is صج)
    for (const word of ['حقا', 'صدق', 'صج']) expect([word, unusualness(n(word))]).toEqual([word, 0.35]);
  });

  test('Iraqi افتهم "understand" and علاقة "connection" are everyday talk: what Baidu and Cambricon have to do with the story is asked of them', () => {
    // before: both words counted as what the question was about, and the question was declined
    for (const word of ['افتهم', 'علاقة']) expect(unusualness(n(word))).toBeLessThan(0.5);
    expect(answeredWith(engine.ask('اريد افتهم شنو علاقة بايدو وكامبريكون بهالسالفة'))).toMatch(/Baidu and Cambricon/);
  });

  test('the Gulf particle ترى (ترا), "mind you", is everyday speech: a request for a summary with the asker\'s hurry told after it is still one', () => {
    for (const word of ['ترى', 'ترا']) expect([word, unusualness(n(word))]).toEqual([word, 0.35]);
    expect(engine.ask('لخصوها لي بسرعة ترى ما عندي وقت').summary).toBe(true);
  });

  test('what came out with someone (شو طلع معهن، ايش طلع منه) is what happened with them, not a product coming out', () => {
    expect(engine.trace('شو طلع مع مهندسين هواوي؟')[0].question.type).toBe('outcome');
    // before: طلع was a word no fact holds, and the question was declined
    expect(answeredWith(engine.ask('يا تقبرني، هواوي بعتت مهندسين لديب سيك؟ وشو طلع معهن بالاخر؟'))).toMatch(/engineers/);
    expect(engine.trace('امتى بيطلع R2؟')[0].question.type).toBe('when');
  });

  test('whether anything came of someone (طلع منن شي ولا لأ؟) is whether it worked', () => {
    // before: a yes/no question of طلع, "came out", declined for a word no fact holds
    expect(engine.trace('مهندسين هواوي، طلع منهم اشي؟')[0].question.type).toBe('outcome');
    expectOneAnswer('هواوي بعتت مهندسين يساعدوا ديب سيك، طلع منن شي ولا لأ؟', /did not bring/);
  });

  test('"in the end" (بالآخر، بالاخير) is chatter, as "بالضبط" is: what came of something is asked', () => {
    for (const word of ['بالاخر', 'بالآخر', 'بالاخير']) expect([word, isStopword(n(word))]).toEqual([word, true]);
    // before: declined, for a word no fact holds
    expect(answeredWith(engine.ask('الفريق الهندسي اللي بعتته هواوي، شو طلع معهم بالاخر؟'))).toMatch(/did not bring/);
  });

  test('كلو, the dialects\' كله "all of it", carries no topic', () => {
    expect(isStopword(n('كلو'))).toBe(true);
    // before: كلو was a word no fact holds, and the question was declined
    expectOneAnswer('صار في مشاكل عنجد بتطوير R2 ولا الحكي كلو اشاعات؟', /difficulties/);
  });

  test('each dialect\'s demonstratives (هاذي، هيدا، هداك، هذول) carry no topic, as هذا does: what Nvidia said about "this story" is what it said', () => {
    for (const word of ['هاذي', 'هيدا', 'هيدي', 'هداك', 'هذول', 'هادوك']) expect([word, isStopword(n(word))]).toEqual([word, true]);
    // before: هاذي was read as a word, its stem إذ matched a fact about the outlet, and the question was declined
    expect(answeredWith(engine.ask('شنوة قالت إنفيديا على الحكاية هاذي؟'))).toMatch(/spokesperson/);
  });

  test('an everyday word under a preposition or ف ("فكلامها", in her talk) is read as the word, chatter; "لعبة" is no ل before another word', () => {
    expect(engine.trace('انفيديا ذكرت الصين فكلامها؟')[0].question.standard).toMatch(/ كلامها/);
    // before: "فكلامها" was a word no fact holds, and the question was declined
    expect(answeredWith(engine.ask('انفيديا ذكرت الصين فكلامها؟'))).toMatch(/China/);
    expect(engine.trace('شنو احسن لعبة نزلت هالسنة؟')[0].question.standard).toMatch(/لعبه/);
  });

  test('an Arabic verb a dialect marks for the future or the progressive is everyday speech, though no list holds its inflections; a noun after بـ "in" is not', () => {
    for (const word of ['هيتبني', 'حيسوو', 'بيسووها', 'كايديرو', 'عميشتغلوا']) expect([word, unusualness(n(word))]).toEqual([word, 0.35]);
    for (const word of ['بالبورصة', 'مقرها', 'الرئيس']) expect([word, unusualness(n(word))]).toEqual([word, 1]);
    // English inflections are in SUBTLEX already ("building", "gonna").
    expect(unusualness('building')).toBeLessThan(0.5);
    // end to end, Arabizi read as Arabic: "what will they do with huawei's chips?"
    expectOneAnswer('shu 7ayesawwo deepseek bi chips huawei?', /Huawei/);
  });
});

describe('the engine reads messages', () => {
  test('small talk around a question is dropped', () => {
    const answer = engine.ask('hi all, new here 👋 does deepseek still rely on nvidia for R2?');
    expect(answer.parts).toBeUndefined();
    expect(answer.answered).toBe(true);
    expect(answer.facts[0].fact.en).toMatch(/Nvidia/);
  });

  test('asking after the people in the channel (كيف حالكم، كيف الحال، شلونك، واش راكم لاباس، how are you all) is small talk, not a question of its own', () => {
    // before: "كيف الحال؟" was answered with a fact, "كيف حالكم؟" declined as a part of its own
    for (const message of [
      'مرحبا، كيف الحال؟ شو قالت انفيديا؟',
      'كيف حالكم جميعاً؟ شو قالت انفيديا؟',
      'شلونك؟ شنو قالت انفيديا؟',
      'hey all, how are you all? what did nvidia say?',
      // Maghrebi: "are you all well?"
      'واش راكم لاباس؟ واش قالت انفيديا؟',
    ]) {
      const answer = engine.ask(message);
      expect([message, answer.parts]).toEqual([message, undefined]);
      expect(answer.facts[0]?.fact.en).toMatch(/Nvidia spokesperson said there is no doubt that competition has begun/);
    }
    expect(engine.ask('كيف الحال؟').answered).toBe(false);
  });

  test('the particle عاد ("then, anyway": قالت ايه عاد؟، Arabizi shaku 3ad) carries no topic', () => {
    // before: declined, عاد a word no fact holds
    expect(engine.ask('إنفيديا قالت إيه عاد على الحكاية دي؟').facts[0]?.fact.en).toMatch(/competition has begun/);
    expect(answeredWith(engine.ask('shaku 3ad deepseek gamat tista5dim chips huawei? leish?'))).toMatch(/lean less on Nvidia|depending less on Nvidia/);
    // ما عاد "no longer" keeps its negation
    expect(engine.trace('ديب سيك ما عاد تعتمد على انفيديا؟')[0].question.standard).toMatch(new RegExp(`(^| )${n('ما')} `));
  });

  test('two questions get two answers in one reply, each with its own facts', () => {
    const answer = engine.ask('who reported this and which companies are they testing?');
    expect(answer.parts?.length).toBe(2);
    expect(answer.parts?.[0].facts[0].fact.en).toMatch(/The Information/);
    expect(answer.parts?.[1].facts[0].fact.en).toMatch(/Baidu/);
  });

  test('Arabic: two questions joined by وهل', () => {
    const answer = engine.ask('ليش تأجل R2 وهل هواوي ساعدت؟');
    expect(answer.parts?.length).toBe(2);
    expect(answer.language).toBe('ar');
  });

  test('a follow-up joined on with "and"/و that names nothing asks something new of the names before it: they lead its search, but its answer need not hold them', () => {
    // "it" is R2, not Nvidia; the companies testing chips are not Nvidia's.
    for (const message of ['is r2 on nvidia? and when does it launch', 'R2 على انفيديا؟ وامتى رح ينزل؟']) {
      expect(partFacts(message)).toEqual(['nvidia-for-r2-llm', 'r2-launch-delayed']);
    }
    for (const message of [
      'why does deepseek want to rely less on nvidia? and which companies are they testing chips from?',
      'ليش بدها تقلل اعتمادها على انفيديا؟ وشو الشركات يلي عم تجرب شرائحها؟',
    ]) {
      expect(partFacts(message)).toEqual(['broader-strategy-less-nvidia', 'testing-accelerators']);
    }
  });

  test('a follow-up not joined on that names nothing asks the same again, or more precisely: one answer', () => {
    for (const [message, fact] of [
      ['what are the huawei chips for? like what will they run?', 'huawei-runs-small-models'],
      ['هل ديب سيك تركت انفيديا؟ يعني خلاص ما عادت تستخدمها؟', 'nvidia-for-r2-llm'],
    ]) {
      const answer = engine.ask(message);
      expect([message, answer.parts, answer.facts[0]?.fact.id]).toEqual([message, undefined, fact]);
    }
  });

  test('"because of" with a question word asks the reason (بسبب ايه؟); with a cause, yes or no, declined when the report names no such cause', () => {
    expect(engine.ask('بسبب ايه اتأخر R2؟').facts[0]?.fact.en).toMatch(/delayed, because/);
    // A guard: read as a "why", the Arabic line is answered with whichever fact tells a reason best.
    for (const message of ['هل تأخر R2 بسبب العقوبات الامريكية؟', 'was R2 delayed because of US sanctions?']) expect(engine.ask(message).answered).toBe(false);
  });

  test('an English word spelt right is that word, never a slip for a word of the facts: a voice mode is nothing the report tells of', () => {
    // "voice" was read as a slip for a word of the facts and the question answered with a fact about R2.
    for (const message of ['will R2 have a voice mode?', 'هل R2 فيه voice mode؟', 'el R2 hayb2a fih voice mode wala la2?']) {
      expect(engine.ask(message).answered).toBe(false);
    }
  });

  test('what came of Huawei’s help is told to its end: it fell short and R2 met delays (¶6)', () => {
    for (const message of [
      'huawei sent ppl to help and it still flopped?? what happened after that',
      'What came of Huawei’s attempt to help with R2?',
      'وش صار على فريق هواوي الهندسي اللي جاهم؟',
      'هواوي بعتت مهندسين وما زبطت؟',
    ]) {
      const answer = engine.ask(message);
      expect([message, answer.facts[0]?.fact.paragraph]).toEqual([message, 6]);
      expect(answer.text).toMatch(/delay|تأخر|تأجل|تأجيل/);
    }
  });

  test('the name of a team’s leader is a person’s name, which the report never gives: declined in both languages', () => {
    for (const message of ['what was the name of the huawei team lead?', "who was the leader of huawei's engineers?", 'مين قائد فريق هواوي؟']) {
      const answer = engine.ask(message);
      expect([message, answer.answered, answer.abstention]).toEqual([message, false, 'missing-attribute']);
    }
  });

  test('who led or ran something, asked of a person (مين الشخص اللي قاد…, the guy who led…), asks a name the report never gives: declined', () => {
    for (const message of [
      'منو الشخص اللي قاد فريق هواوي الهندسي؟',
      'من هو الرجل الذي يشرف على فريق هواوي؟',
      "who's the guy who led huawei's team?",
      'مين اللي كان بيقود فريق هواوي الهندسي اللي راح لديب سيك؟',
    ]) {
      const answer = engine.ask(message);
      expect([message, answer.answered, answer.abstention]).toEqual([message, false, 'missing-attribute']);
    }
    // Who helped is the company that did, which the report tells.
    expect(answeredWith(engine.ask('من هو الذي ساعد ديب سيك في R2؟'))).toMatch(/Huawei sent/);
  });

  test('"who\'s the bloke running deepseek?", "مين الزلمة اللي بيقود ديب سيك؟": the man or woman running something is a person, a name the report never gives', () => {
    // before: "running" led to the fact about running small models on Huawei chips
    // (and "in charge" is no charge, a price)
    for (const message of ["who's the bloke running deepseek?", 'who is the guy in charge at deepseek?', 'مين الزلمة اللي بيقود ديب سيك؟']) {
      const answer = engine.ask(message);
      expect([message, engine.trace(message)[0].question.type, answer.abstention]).toEqual([message, 'person', 'missing-attribute']);
    }
  });

  test('doing a company is running or making it ("شكون يدير الشركة توا؟", "من يدير شركة ديب سيك؟", "شكون دار ديب سيك؟"): a person the report never names', () => {
    // before: يدير was Maghrebi "does", and the question was answered with the companies DeepSeek tests chips from
    for (const message of ['شكون يدير الشركة توا؟', 'من يدير شركة ديب سيك؟', 'مين بيدير ديب سيك؟', 'شكون دار ديب سيك؟']) {
      const answer = engine.ask(message);
      expect([message, engine.trace(message)[0].question.type, answer.abstention]).toEqual([message, 'person', 'missing-attribute']);
    }
    // What a company did is still its deed.
    expect(answeredWith(engine.ask('شنو دارت هواوي مع ديب سيك؟'))).toMatch(/engineers/);
  });

  test('an estimated time or a date yet to be set asks when (R2 eta?, any date yet?, في شي موعد؟), as امتى does; after هل, yes or no', () => {
    for (const [question, type] of [
      ['R2 eta?', 'when'],
      ['any date yet for R2?', 'when'],
      ['any release date?', 'when'],
      ['R2 هينزل امتى؟', 'when'],
      // "any date" opening an Arabic question, as in English
      ['في شي موعد ينزل فيه النموذج للناس؟', 'when'],
      ['كاين شي تاريخ للاطلاق؟', 'when'],
      ['فيه موعد محدد؟', 'when'],
      ['هل في موعد لاطلاق النموذج؟', 'yesno'],
      // A date of the past is a date the report never gives.
      ['what date did they publish', 'date'],
    ])
      expect([question, typeOf(question)]).toEqual([question, type]);
    expect(answeredWith(engine.ask('did they give any date?'))).toMatch(/no date has been announced/);
    // before: a what-question with no word some fact holds but the date, and declined
    expect(answeredWith(engine.ask('فيه موعد محدد؟'))).toMatch(/no date has been announced/);
  });

  test('a passive participle ending a yes/no question is what it asks: held by a fact, answered; held by none, declined', () => {
    expect(askedPredicate('were the huawei engineers fired')).toBe('fired');
    expectNotAnswered(['were the huawei engineers fired?', "were huawei's engineers blamed?", 'هل تم طرد مهندسي هواوي؟']);
    expect(engine.ask('was R2 delayed?').facts[0]?.fact.en).toMatch(/delayed/);
    expect(engine.ask('was the ascend plan shelved?').facts[0]?.fact.en).toMatch(/shelve/);
  });

  test('what a name is asked to own or make is what a fact must hold to answer: naming the name as a supplier says nothing of it (both languages)', () => {
    const isName = (word: string) => ['baidu', 'huawei', 'cambricon', n('بايدو'), n('هواوي')].includes(word);
    const nounOf = (standard: string) => possessedNoun(standard, isName)?.noun;
    expect(nounOf('is cambricon also making its own llm like deepseek')).toBe('llm');
    expect(nounOf('does huawei have an ai model that competes')).toBe('model');
    // …with an auxiliary before the verb (before: the name, then "is", owned nothing)
    expect(nounOf('do you know if baidu is building its own llm on these chips')).toBe('llm');
    // the thing after the name, or before عند when it comes first
    expect(nounOf(n('هل عند هواوي موديل لغوي'))).toBe(n('موديل'));
    expect(nounOf(n('ما افضل نموذج عند هواوي الان'))).toBe(n('نموذج'));
    // "has" and "had" as auxiliaries own nothing
    expect(possessedNoun('has huawei said anything about it', isName)).toBeNull();
    expect(possessedNoun('what had baidu tested', isName)).toBeNull();
    // before: answered with the facts naming Cambricon and Huawei as suppliers of chips
    expectNotAnswered([
      'is cambricon also making its own llm like deepseek?',
      'شنو اقوى موديل عند كامبريكون هالايام؟',
      'any idea if cambricon is building its own llm with those chips?',
    ]);
    // what the facts do say of a name still answers
    expect(answeredWith(engine.ask('does huawei have engineers helping deepseek?'))).toMatch(/specialised team of its engineers/);
  });

  test('a thing of a kind the report names, asked of a name it gives none of that kind ("does baidu have its own model?"), is held by no fact', () => {
    const isName = (word: string) => ['baidu', n('بايدو')].includes(word);
    // the name, then عند and the thing ("بايدو عندها موديل")
    expect(possessedNoun(n('بايدو عند موديل كيما ديب سيك'), isName)).toEqual({ owner: n('بايدو'), noun: n('موديل') });
    const kinds = new NameKinds(engine.analyzer, parseNameKinds('processor: chip | ascend(huawei) | huawei baidu\nmodel: model | r2(deepseek) | deepseek\n'));
    expect([kinds.hasOwn('baidu', 'model'), kinds.hasOwn('deepseek', 'model'), kinds.hasOwn('baidu', 'processor')]).toEqual([false, true, true]);
    // before: answered with the fact on the accelerators DeepSeek tests, which names Baidu and models side by side
    expectNotAnswered(['does baidu have its own model like deepseek?', 'بايدو عندها موديل تاعها كيما ديب سيك ولا لا؟', 'does huawei have its own AI model?']);
    // what the report gives a name of its own still answers: DeepSeek's model, Baidu's accelerators
    expect(answeredWith(engine.ask('does baidu have its own chips?'))).toMatch(/Baidu/);
    expect(engine.ask('does deepseek have its own model?').answered).toBe(true);
  });

  test('an adjective asked of a subject with what it is for ("is the app safe to use?") is what it asks: held by no fact, declined', () => {
    expect(askedPredicate('is the deepseek app safe to use')).toBe('safe');
    // not what only frames a verb, nor a participle
    expect(askedPredicate('is deepseek going to use huawei chips')).toBeNull();
    expect(askedPredicate('is deepseek able to train on huawei chips')).toBeNull();
    expect(askedPredicate('is deepseek chip testing limited to huawei')).toBeNull();
    // before: the fact about the consumer platform, which says nothing of safety
    expect(engine.ask('Is the DeepSeek app safe to use? asking for my patients lol').answered).toBe(false);
  });

  test('a clause telling when after the complement ("…open source when it drops?") is no part of it; "open" is no participle', () => {
    expect(['will r2 be open source once it launches', 'is r2 gonna be open source it release', 'will r2 be open source'].map(askedPredicate)).toEqual([
      'source',
      'source',
      'source',
    ]);
    expect(askedPredicate('will r2 be released soon')).toBeNull();
    // before: answered with the delay of R2's launch, which says nothing of open source
    expectNotAnswered(['is deepseek R2 gonna be open source when it drops?', 'هل سيكون R2 مفتوح المصدر عندما يطلق؟']);
  });

  test('what the subject is likened to after the complement ("…open source like the earlier models?") is no part of it', () => {
    expect(['will r2 be open source like the earlier models', 'is r2 going to be open source just like v3'].map(askedPredicate)).toEqual(['source', 'source']);
    // before: "models" was read as the complement, and the fact on R2's difficulties "as earlier reports said" answered
    expectNotAnswered(['will deepseek r2 be open source like the earlier models?']);
  });

  test('"where" is answered only by a fact that tells a place: where Huawei’s engineers worked from is nowhere in the report', () => {
    // Declined as a place the report lacks, said in the asker's language.
    for (const [message, said] of [
      ["where did huawei's engineers work from?", /doesn't say where/],
      ['مهندسين هواوي وين اشتغلوا؟', /لا يقول أين/],
    ] as const) {
      const answer = engine.ask(message);
      expect([message, answer.answered, answer.abstention]).toEqual([message, false, 'missing-attribute']);
      expect(answer.text).toMatch(said);
    }
    for (const message of ['where will the huawei llm launch?', 'وين راح تطلق ديب سيك النموذج؟'])
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/platform/);
  });

  test('thanks that ask nothing are no question, in either language; a question beside them is still asked', () => {
    expectNotAnswered(['tysm that actually helped a lot', 'شكرا هذا ساعدني كثير', 'shokran, sa3adtni barcha']);
    // …nor what goes on their sentence asking nothing (before: "ساعدتني" was read as a question about Huawei's help)
    expectNotAnswered(['شكرا، ساعدتني برشا', 'thanks, u helped a lot']);
    expect(engine.ask('thanks! and what did nvidia say?').facts[0]?.fact.en).toMatch(/spokesperson/);
    expect(engine.ask('شكرا، بس ليش تأجل R2؟').facts[0]?.fact.en).toMatch(/delayed, because/);
    // "Thanks to" is "because of": a sentence with it is no thanks, and is read as any other.
    expect(engine.ask("thanks to huawei's engineers R2 got delayed").facts[0]?.fact.en).toMatch(/delayed|met delays/);
  });

  test('whether a company announced or confirmed the news itself asks whether it is its origin: the outlet answers (both languages); announcing a launch is no news', () => {
    // before: answered with the launch date DeepSeek has not announced, or declined
    expectOutletAnswer(['did deepseek announce this themselves?', 'did deepseek confirm the news?', 'هل ديب سيك اعلنت هذا بنفسها؟', 'هل اكدت ديب سيك الخبر؟']);
    for (const message of ['did deepseek announce it yet?', 'هل اعلنت ديب سيك موعد الاطلاق؟'])
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/has not yet said when/)]);
  });

  test('putting a story out is publishing it: "who put this out?" asks for the outlet, as "مين طلع الخبر؟" does', () => {
    expectOutletAnswer(['who put this out? which site?', 'who put out the story?', 'مين طلع الخبر ده؟']);
  });

  test('the French words the Maghreb names an outlet with (السيت، الجورنال) ask for it as موقع and جريدة do', () => {
    // before: السيت was a word no fact holds, and the question was declined
    expectOutletAnswer(['شنو السيت اللي نشر الخبر؟', 'اشمن جورنال ولا سيت نشر هاد الخبر؟']);
  });

  test('where the news was got, asked beside who published it, asks its source again: one answer ("…? من وين جايبينه؟")', () => {
    // before: a second question, for a place, declined
    expectOutletAnswer([
      'مين اللي نشر هالخبر اول؟ من وين جايبينه؟',
      'chkoun li nshar had l khbar? men win jabouh?',
      // …or before it, "where" in chat's shorthand too
      'whr did this news come from? which site reported it first',
    ]);
    // where the outlet is based is another attribute, a question of its own
    expect(engine.ask('who published this? where is it based?').parts).toHaveLength(2);
  });

  test('writing the original report, or writing it originally, is publishing it: its outlet answers; the writer of this article stays unknown', () => {
    expectOutletAnswer(['who wrote the original story?', 'who originally wrote this story?', 'مين كتب التقرير الاصلي؟', 'meen katab el taqrir el asli?']);
    expect(engine.ask('who wrote this article?').answered).toBe(false);
  });

  test("so is writing it first: who told it first is its origin (both languages), not this article's writer", () => {
    // before: "who wrote…" asked a person's name the report never gives, and was declined
    expectOutletAnswer(['who wrote about this news first?', 'مين كتب الخبر ده الاول؟', 'شكون اللي كتب على هاد الخبر الأول؟']);
    expect(engine.ask('who wrote this article? the journalist').answered).toBe(false);
    // Maghrebi Arabizi says "first" lowel (لول, from الأول): before, it was read as a word of its own
    expectOutletAnswer(['chkoun li kteb had l5bar lowel?']);
  });

  test('a follow-up asking for another attribute is a question of its own, and is declined on its own', () => {
    for (const message of ['متى بينزل النموذج؟ وكم بيكون سعر الاشتراك؟', "what's ascend and how much does one cost?", 'شو حكت انفيديا؟ ومين الناطق باسمها؟']) {
      const answer = engine.ask(message);
      expect(answer.parts?.length).toBe(2);
      expect(answer.parts?.[0].answered).toBe(true);
      expect(answer.parts?.[1].answered).toBe(false);
    }
  });

  test('a sentence of small talk without a question mark is dropped, its ما read as "not"', () => {
    const answer = engine.ask('يا شباب صباح الخير 🌞 ابني سألني عن الموضوع وما عرفت ارد عليه. شو قال المتحدث باسم انفيديا عن المنافسة؟');
    expect(answer.parts).toBeUndefined();
    expect(answer.answered).toBe(true);
    expect(answer.facts[0].fact.en).toMatch(/spokesperson/);
    expect(engine.ask('ممكن ملخص سريع للمقال؟ ما عندي وقت اقراه كله').summary).toBe(true);
  });

  test('being in (or out of) the picture, the mix, the running is being used, in either language: the idiom’s noun is no topic', () => {
    expect(engine.trace('quick one: is nvidia still in the picture for R2?')[0].question.standard).toBe('is nvidia used for r2');
    expect(engine.trace('is nvidia out of the mix now?')[0].question.standard).toBe('is nvidia used now');
    expect(engine.trace('انفيديا لسه بالصورة في R2؟')[0].question.standard).not.toMatch(n('صورة'));
    // Putting the asker in the picture asks for a summary.
    expect(engine.ask('حطني بالصورة').summary).toBe(true);
    for (const message of [
      'right, just back from a reading group. quick one: is nvidia still in the picture for R2?',
      'هل انفيديا لسه في الصورة بالنسبة لـ R2؟',
    ]) {
      const answer = engine.ask(message);
      expect(answer.answered).toBe(true);
      expect(answer.facts[0]?.fact.en).toMatch(/Nvidia/);
    }
  });

  test('what stays or remains on, with or for something keeps being used there; staying ahead is still leading', () => {
    expect(engine.trace('tell me please, nvidia stays for which model?')[0].question.standard).toBe('nvidia keeps using for which model');
    for (const message of ['good morning from casa ☀️ coffee is ready. tell me please, nvidia stays for which model?', 'انفيديا هتفضل لانهي موديل؟']) {
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/keep using and relying on Nvidia processors for R2/);
    }
    expect(engine.trace('will nvidia stay ahead?')[0].question.standard).toBe('will nvidia stay ahead');
  });

  test('so does what something is kept on ("which model will deepseek keep on nvidia chips"); an eye kept on something is a watch', () => {
    // before: "keep" led to the facts of keeping options open, and the balanced split answered
    expect(engine.ask('which model will deepseek keep on nvidia chips').facts[0]?.fact.en).toMatch(/keep using and relying on Nvidia processors for R2/);
    expect(engine.trace('which model will deepseek keep on nvidia chips')[0].question.standard).toBe('which model will deepseek keeps using on nvidia chips');
    expect(engine.trace('does nvidia keep an eye on china?')[0].question.standard).toBe('does nvidia keep an eye on china');
    expect(engine.trace('will they keep on using nvidia?')[0].question.standard).toBe('will they keep on using nvidia');
  });

  test('how simply to explain it ("explain like im 5", "eli5", "ببساطة", "بشكل مبسط") is no topic, and a game plan is a strategy', () => {
    expect(engine.trace('so whats deepseek’s whole chip game plan rn, explain like im 5')[0].question.standard).toBe('whats deepseek whole chip strategy rn');
    expect(engine.trace('eli5 why deepseek is using huawei chips')[0].question.standard).toBe('why deepseek is using huawei chips');
    for (const message of [
      'eli5 why deepseek is using huawei chips',
      'فهمني بشكل مبسط ليش ديب سيك بتستخدم شرايح هواوي',
      'اشرحلي ببساطة ليش ديب سيك بتستخدم شرايح هواوي',
    ]) {
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/to train its small AI models/);
    }
    expect(engine.ask('so whats deepseek’s whole chip game plan rn, explain like im 5').facts[0]?.fact.en).toMatch(/strategic shift/);
  });

  test('a negated question going on the sentence of a question ("…, isnt nvidia just better", "…، مش انفيديا احسن؟") is its aside, not a question of its own', () => {
    expect(splitClauses('why huawei, isnt nvidia better? is it?').map((c) => c.continues)).toEqual([false, true, false]);
    for (const message of ['why is deepseek even bothering w huawei, isnt nvidia just better', 'ليش ديب سيك رايحة لهواوي، مش انفيديا احسن؟']) {
      const [read] = engine.trace(message);
      expect(read.question.context).toMatch(/nvidia|انفيديا/);
      const answer = engine.ask(message);
      expect(answer.parts).toBeUndefined();
      expect(answer.answered).toBe(true);
    }
    expect(engine.ask('why is deepseek even bothering w huawei, isnt nvidia just better').facts[0]?.fact.en).toMatch(/depending less on Nvidia/);
    // One with a question word of its own asks anew.
    expect(engine.ask('is R2 going to run on nvidia? who reported that?').parts).toHaveLength(2);
  });

  test('so is one that denies something inside it, with no question word ("…, are nvidia chips not good enough?", "…، انفيديا مش كويسة؟"); "…or not?" is still a question', () => {
    for (const message of [
      'why is deepseek even doing this, are nvidia chips not good enough?',
      'ok but why is deepseek doing this, nvidia chips not good enough or smth?',
      'ليش ديب سيك رايحة لهواوي، انفيديا مش كويسة؟',
    ]) {
      const answer = engine.ask(message);
      expect([message, answer.parts]).toEqual([message, undefined]);
      expect(answer.answered).toBe(true);
    }
    expect(engine.ask('which company sent engineers? and did it help in the end or not?').parts).toHaveLength(2);
  });

  test('asking why not the other way ("…? why not just nvidia?", "…؟ ليش مب بس انفيديا؟", "…? leish mo bs nvidia") asks the question before it again: one question, asking why', () => {
    for (const message of [
      'what is deepseek doing with huawei chips? why not just nvidia?',
      'شو الهدف ان ديب سيك تشغل شرايح هواوي؟ ليش مب بس انفيديا وخلاص؟',
      'shu 3am ta3mel deepseek b chips huawei? leish mo bs nvidia',
    ]) {
      const read = engine.trace(message);
      expect([message, read.length, read[0].question.type]).toEqual([message, 1, 'why']);
      expect(read[0].question.standard).toMatch(/nvidia|انفيديا/);
    }
    // on its own it is a question
    expect(engine.trace('why not just nvidia?')[0].question.type).toBe('why');
  });

  test('so is a negated question in a sentence of its own with no question word ("…? isnt it huawei?", "…؟ مش هواوي؟", "…? mo huawei?"): one question, one answer', () => {
    for (const message of [
      'is R2 going to run on nvidia? isnt it huawei?',
      'R2 رح يشتغل على انفيديا؟ مش هواوي؟',
      "ya3ni R2 7ayeshta3'al 3ala nvidia? mo huawei?",
    ]) {
      expect(engine.trace(message)[0].question.context).toMatch(/huawei|هواوي/);
      expectOneAnswer(message, /Nvidia/);
    }
  });

  test('a preposition glued to a question word (بأي، لأي، لانهي، لمين) is the preposition and the question word, no topic; "باي" alone is goodbye', () => {
    expect(engine.trace('بأي شرائح تدرب ديب سيك النماذج الصغيرة؟')[0].question.standard).toBe(n('ب اي شرايح تدرب ديب سيك النماذج الصغيره'));
    expect(engine.trace('لأي نموذج ستستخدم ديب سيك انفيديا؟')[0].question.standard).toMatch(new RegExp(`^${n('ل اي نموذج')} `));
    expect(engine.trace('باي باي')[0]?.question.standard ?? '').toBe(n('باي باي'));
    for (const message of ['لأي نموذج ستستخدم ديب سيك انفيديا؟', 'for which model will deepseek use nvidia?']) {
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/keep using and relying on Nvidia processors for R2/);
    }
  });

  test('ما written together with هو، هي، الذي (ماهو، مالذي، ماالذي) is read as the two words', () => {
    // before: ماهو read as a negation (لا ascend), مالذي as a word no fact holds
    for (const [glued, apart] of [
      ['ماهو Ascend؟', 'ما هو Ascend؟'],
      ['مالذي قالته انفيديا عن الصين؟', 'ما الذي قالته انفيديا عن الصين؟'],
      ['ماالذي قالته انفيديا عن الصين؟', 'ما الذي قالته انفيديا عن الصين؟'],
    ])
      expect(engine.trace(glued)[0].question.standard).toBe(engine.trace(apart)[0].question.standard);
    expectOneAnswer('ماهو Ascend؟', /Ascend is a processor made by Huawei/);
  });

  test('putting something on chips is running it on them; putting it on hold is not', () => {
    expect(engine.trace('what kind of models is deepseek putting on huawei chips?')[0].question.standard).toBe(
      'what kind of models is deepseek running on huawei chips',
    );
    expect(engine.trace('is deepseek putting the ascend plan on hold?')[0].question.standard).toBe('is deepseek putting the ascend plan on hold');
    for (const message of [
      'been reading about china chips all day, my brain is mush. what kind of models is deepseek putting on huawei chips?',
      'ديب سيك بتحط انهي نماذج على شرايح هواوي؟',
    ]) {
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/small AI models on Huawei chips|train its small AI models/);
    }
  });

  test('machine-learning jargon is read as the facts say it: pre-training, fine-tuning, deploying, hardware and compute; العتاد، الهاردوير', () => {
    const std = (message: string) => engine.trace(message)[0].question.standard;
    expect(std('what compute is deepseek using for pretraining R2?')).toBe('what chips is deepseek using for training r2');
    expect(std('will they deploy R2 on huawei hardware?')).toBe('will they run r2 on huawei chips');
    expect(std('do they also fine-tune the small R2 versions on ascend?')).toMatch(/refine/);
    expect(std('شو العتاد اللي بتدرب عليه ديب سيك R2؟')).toMatch(n('شرائح'));
    for (const message of ['what compute is deepseek using for pretraining R2?', 'شو العتاد اللي بتدرب عليه ديب سيك R2؟']) {
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/R2/);
    }
  });

  test('"is that true?", "الكلام ده صح؟" after a statement asks the statement itself, not around it', () => {
    for (const [message, asked] of [
      ['someone said huawei sent engineers to help. is that true?', /huawei sent engineers/],
      ['سمعت ان هواوي بعتت مهندسين، الكلام ده صح؟', new RegExp(`${n('هواوي')} \\S+ ${n('مهندسين')}`)],
    ] as const) {
      const [read] = engine.trace(message);
      expect(read.question.standard).toMatch(asked);
      expect(read.question.context).toBe('');
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/engineers/);
    }
    // Asking something of its own, it is a question beside the statement.
    expect(engine.trace('someone said huawei sent engineers. is that true for baidu too?')[0].question.context).not.toBe('');
  });

  test('code-switched, an English "about" after an Arabic verb of saying opens the topic ("المتحدث باسم Nvidia شو قال about China؟")', () => {
    // before: "about China" was read as the speaker, and the bot declined
    expectOneAnswer('المتحدث باسم Nvidia شو قال about China بالضبط؟', /China/);
    expectOneAnswer('الـ report بتاع The Information قال ايه بالظبط about Huawei؟', /The Information/);
  });

  test('"…or what", "…or something", "…ولا ايه": a tag that asks nothing of its own; banter ending in one is context for the question after it', () => {
    for (const message of ['nvidia salty or what 😂 did they say smth about china', 'انفيديا زعلانة ولا ايه 😂 قالوا حاجة عن الصين؟']) {
      const answer = engine.ask(message);
      expect(answer.parts).toBeUndefined();
      expect(answer.facts[0]?.fact.en).toMatch(/China/);
    }
    expect(engine.trace('is R2 delayed or what')[0].question).toMatchObject({ standard: 'is r2 delayed', type: 'yesno' });
    expect(engine.trace('هل تأجل R2 ولا ايه؟')[0].question.type).toBe('yesno');
  });

  test('"…or am I wrong", "…ولا انا فاهم غلط": a tag about the asker offers no alternative and asks nothing', () => {
    expect(engine.trace('is R2 on nvidia or am i wrong')[0].question.standard).toBe('is r2 on nvidia');
    expect(engine.trace('did huawei help with R2 or im tripping')[0].question.standard).toBe('did huawei help with r2');
    expect(engine.trace('R2 شغال على انفيديا ولا انا فاهم غلط؟')[0].question.standard).toBe(n('r2 شغال علي انفيديا'));
    // "or" between two things the report names is an alternative.
    expect(engine.trace('is it huawei or is it nvidia')[0].question.standard).toBe('is it huawei or is it nvidia');
  });

  test('a topic frame may open with a discourse marker ("so what\'s the deal with…", "طيب شو قصة…") and introduces the question after it', () => {
    for (const message of [
      "so what's the deal with R2, are they sticking with nvidia?",
      'طيب شو قصة R2؟ ليش تأخر؟',
      "what's the deal with huawei? did they help?",
    ]) {
      expect(engine.ask(message).parts).toBeUndefined();
    }
    expect(engine.ask('طيب شو قصة R2؟ ليش تأخر؟').facts[0]?.fact.en).toMatch(/delay/i);
  });

  test('a question read after the discourse markers it opens with ("btw is…", "طيب هل…")', () => {
    expect(engine.trace('btw is R2 out yet?')[0].question.type).toBe('yesno');
    expect(engine.trace('طيب هل نزل R2؟')[0].question.type).toBe('yesno');
    // ("out yet" is read as released.)
    expect(engine.trace('btw is R2 out yet?')[0].question.standard).toBe('is r2 release yet');
  });

  test('a frame before a question joined on to ask another attribute is a question of its own', () => {
    for (const message of [
      "what's the deal with ascend for the inference model, and how much is deepseek paying huawei?",
      'شو قصة Ascend للاستدلال، وقديش بتدفع ديب سيك لهواوي؟',
    ]) {
      const answer = engine.ask(message);
      expect(answer.parts?.length).toBe(2);
      expect(answer.parts?.[0].facts[0]?.fact.en).toMatch(/Ascend/);
      expect(answer.parts?.[1].answered).toBe(false);
    }
  });

  test('a frame before a question joined on about a name it did not give is a question of its own; about its own name, one question', () => {
    for (const message of [
      "what happened with huawei's engineers, and did deepseek set a launch date?",
      'شو صار مع مهندسين هواوي، وهل حددت ديب سيك موعد الاطلاق؟',
    ]) {
      const answer = engine.ask(message);
      expect([message, answer.parts?.length]).toEqual([message, 2]);
      expect(answeredWith(answer.parts![0])).toMatch(/engineers/);
      expect(answeredWith(answer.parts![1])).toMatch(/no date has been announced/);
    }
    expect(engine.trace('what happened with R2, and was it delayed?')).toHaveLength(1);
  });

  test('a statement echoed back with a question mark is the premise of a question after it that only points back at it', () => {
    for (const message of ['so huawei flew some engineers over to help out? did that pan out or flop', 'هواوي بعتت مهندسين لديب سيك؟ وبعدين نفع ده ولا لا']) {
      expectOneAnswer(message, /did not bring/);
    }
    // "this" is as often the report itself: that asks anew.
    expect(answeredWith(engine.ask('huawei sent engineers? who reported this').parts?.[1])).toMatch(/The Information/);
    // …and so does "this news", "الخبر هذا": the report pointed at, not the sentence before.
    // before: the yes/no question was read as a premise, and only the outlet was given
    for (const message of [
      'ديب سيك باش تستعمل هواوي حتى في الموديلات الكبار؟ و شكون اللي نشر الخبر هذا؟',
      'is deepseek putting huawei chips in its big models too? and who wrote this article?',
    ])
      expect([message, partsAnsweredWith(message)?.[0]]).toEqual([message, expect.stringMatching(/balanced way/)]);
    // …the outlet told for "who published this news", the author, which the report lacks, declined
    expect(partsAnsweredWith('ديب سيك باش تستعمل هواوي حتى في الموديلات الكبار؟ و شكون اللي نشر الخبر هذا؟')?.[1]).toMatch(/The Information/);
    expect(partsAnsweredWith('is deepseek putting huawei chips in its big models too? and who wrote this article?')?.[1]).toBeNull();
  });

  test('Singlish "leh" ending an English sentence is a particle; opening one, it is Egyptian ليه', () => {
    expectOneAnswer('source for this leh? who broke the story', /The Information/);
    expect(engine.trace('source for this leh')[0].question.type).toBe('source');
    expect(engine.trace('leh did they drop nvidia')[0].question.type).toBe('why');
  });

  test('a follow-up of the same type bringing only everyday words and the name of what it asks asks the same again', () => {
    for (const message of ['R2 راح ينزل امتى؟ any date yet?', "what's nvidia's response? did they say anything or was it a no comment job"]) {
      const answer = engine.ask(message);
      expect([message, answer.parts]).toEqual([message, undefined]);
      expect([message, answer.answered]).toEqual([message, true]);
    }
    expect(engine.ask('when is R2 out? and how much did it cost?').parts).toHaveLength(2);
  });

  test('whether something is out yet, beside when it comes, asks its time once; when people can use or try it asks when it comes out', () => {
    // before: "when can we actually use it" asked what R2 uses (Nvidia), and the message was read as two questions
    for (const message of ['yo is the deepseek huawei-chip model out yet or nah, when can we actually use it', 'ديب سيك R2 نزل ولا لسه؟ امتى نقدر نجربه؟']) {
      const answer = engine.ask(message);
      expect([message, answer.parts]).toEqual([message, undefined]);
      expect([message, answeredWith(answer)]).toEqual([message, expect.stringMatching(/launch/)]);
    }
    for (const message of ['when can i actually try r2?', 'امتى نقدر نستخدم R2؟'])
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/launch/)]);
    // Whether it is out yet beside another attribute still asks two things.
    expect(engine.ask('is r2 out yet? and who is helping them build it?').parts).toHaveLength(2);
  });

  test("someone's role in the story, nothing more named, asks what they did; a role in something named asks what it is used for", () => {
    // before: the fact that Huawei is not the only option answered, a tie with what Huawei did
    // …the story named as whose it is, "this thing" (هالشي), and "exactly" (بالظبط) around it.
    for (const message of [
      "what's huawei's role in all this?",
      'هواوي شنو دورها بالسالفة كلها؟',
      'شنو دور هواوي بهالسالفة؟',
      'هواوي ايش دورها بالظبط في موضوع ديب سيك؟',
      'ايش كان دور هواوي بهالشي؟',
      'ايش دور هواوي بالزبط؟',
      // …and "in it at all" (فيه اصلا; before: a plain "what", answered with Huawei being one option of several)
      'طيب شو دور هواوي فيه اصلا؟',
    ]) {
      expect([message, typeOf(message)]).toEqual([message, 'deed']);
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/engineers|مهندس/)]);
    }
    for (const message of ['شو دور هواوي بالنسخ الأصغر من R2؟', "what is huawei's role in the smaller R2 versions?"]) {
      expect([message, typeOf(message)]).toEqual([message, 'what']);
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/smaller|الأصغر/)]);
    }
  });

  test('a role with its article (الدور تبع هواوي، الدور ديال Ascend) is the role as without it', () => {
    // before: الدور was a word no fact holds, and each was declined
    for (const message of ['شو الدور تبع هواوي بالموضوع؟', 'عافاك شنو هو الدور ديال Ascend فهاد الحكاية؟']) {
      expect([message, typeOf(message)]).toEqual([message, 'deed']);
      expect([message, engine.ask(message).answered]).toEqual([message, true]);
    }
    expect(answeredWith(engine.ask('شو الدور تبع هواوي بالموضوع؟'))).toMatch(/engineers|مهندس/);
    expect(answeredWith(engine.ask('عافاك شنو هو الدور ديال Ascend فهاد الحكاية؟'))).toMatch(/Huawei|هواوي/);
  });

  test('whether something goes on, asked of nothing new after a question, asks it of what that question was about', () => {
    // before: "did they stick with it" met the outlet's fact, and "وبتكمل فيه ولا لا" was declined
    for (const message of [
      'Now what was the plan for the Ascend chip with their reasoning model, and did they stick with it?',
      'وش المعالج اللي كانت ديب سيك تفكر تستخدمه لنموذج الاستنتاج؟ وبتكمل فيه ولا لا؟',
      // …and so does whether a mind changed, which asks no one's opinion
      'هو ديب سيك كانت ناوية تستخدم Ascend في انهي موديل؟ وبعدين غيرت رأيها ولا لأ؟',
    ]) {
      const answers = engine.ask(message).parts ?? [engine.ask(message)];
      for (const answer of answers) expect([message, answeredWith(answer)]).toEqual([message, expect.stringMatching(/shelve|تجمّد/)]);
    }
    // One that says what goes on is asked of that ("…? and the ascend plan, they continue it or not?").
    expect(engine.trace('why does deepseek want less nvidia? and the ascend plan, they continue it or not?')[1].question.standard).not.toMatch(/nvidia/);
    expect(typeOf('وبعدين غيرت رأيها ولا لأ؟')).toBe('yesno');
    expect(typeOf('شو رأيها بالموضوع؟')).toBe('speech');
  });

  test('whether someone said anything, its auxiliary dropped or in Northern English ("owt"), asks what they said; "or are they keeping quiet" asks nothing more', () => {
    // before: read as asking what Nvidia is, and "keepin" met the fact that Nvidia is kept
    for (const message of ['nvidia say owt about all this or they keepin schtum 👀', 'nvidia say anything about this?']) {
      expect([message, engine.trace(message)[0].question.type]).toEqual([message, 'speech']);
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/competition has begun/)]);
    }
    // Not the article as the one saying: that asks what it tells.
    expect(engine.trace('did the article say anything about Cambricon?')[0].question.type).not.toBe('speech');
  });

  test('what a step does to the market or the competition asks its effect, not a deed of its own', () => {
    // before: read as what DeepSeek did, and the fact that it explores alternatives answered
    expectReadAndAnswered(
      ['هاي الخطوه مال ديب سيك شنو راح تسوي بالسوق؟', 'يا زلمة هالخطوة تبعت ديب سيك شو بتعمل بالسوق؟'],
      'significance',
      /fresh competition/,
    );
    // What a company does is still its deed.
    expect(engine.trace('شو عملت هواوي مع ديب سيك؟')[0].question.type).toBe('deed');
  });

  test('how a decision affects the market, or its effect on the competition, asks what the report reads into it; يؤثر and أثر are one word', () => {
    // before: read as a manner ("how"), and the fact leaving the market effect to speculation, which names no DeepSeek, declined
    expectReadAndAnswered(
      [
        "how will deepseek's decision affect the market?",
        'what effect will deepseek’s move have on competition?',
        'كيفاش غادي يأثر هاد القرار ديال ديب سيك على السوق؟ بغيت نفهم',
        'كيف سيؤثر قرار ديب سيك على السوق؟',
        // …or whether it changes the market, asked yes or no (before: the headline's "strategic shift" answered)
        'واش هاد الخطوة غادي تبدل شي فالسوق؟',
        'هل ستغير خطوة ديب سيك السوق؟',
      ],
      'significance',
      /fresh competition/,
    );
    // Asked yes or no in English too (before: a yes/no question)
    expect(engine.trace('will this change the market?')[0].question.type).toBe('significance');
    // Affecting something else is no market effect.
    expect(engine.trace('did the delays affect the launch?')[0].question.type).not.toBe('significance');
  });

  test('"when\'s" opening a clause before a comma asks a time; "when" with no verb after it tells the event asked of', () => {
    // before: "when's" lost its "'s" to normalising and was read as "when the launch happens, …"
    expect(engine.trace("when's the launch happening, and why did R2 get delayed?").map((t) => t.question.type)).toEqual(['when', 'why']);
    expect(engine.trace('when huawei sent their team for r2, what was the outcome?')[0].question.type).not.toBe('when');
  });

  test('a statement the asker makes of themself, naming nothing of the report, lends the question none of its words; what they saw or heard does', () => {
    // before: "بشتغل" (I work) and "قوي" (very) joined the question, and the launch-date fact answered
    const loom = 'السلام عليكم يا جماعة، أنا بشتغل على النول طول اليوم ومش فاهم في الحاجات دي قوي، هو ديب سيك هتعمل ايه بشرايح هواوي؟';
    expect(engine.trace(loom)[0].question.context).toBe('');
    expect(answeredWith(engine.ask(loom))).toMatch(/small/);
    expect(engine.trace('i work nights at the warehouse, what is deepseek doing with huawei chips?')[0].question.context).toBe('');
    // What the asker saw is the topic.
    expect(engine.trace('guys what happened with R2 fr?? i saw something about delays')[0].question.context).toMatch(/delays/);
  });

  test("names saying what a post or article the asker read was about are the story's, not names the answer must hold", () => {
    // before: Huawei, named as what the post was about, had to be held, and the Huawei-chip launch fact answered
    const post = 'تحياتي للجميع 👋 شفت بوست عن ديبسيك وهواوي ومش فاهم حاجه، الموديلات الكبيره هتشتغل على ايه؟';
    expect(engine.trace(post)[0].question.standard).not.toMatch(/هواوي/);
    expect(answeredWith(engine.ask(post))).toMatch(/Nvidia/);
    expect(engine.trace('saw a post about deepseek and huawei, what are the big models running on?')[0].question.standard).not.toMatch(/huawei/);
  });

  test('the difference between what is done with one maker and what with another tells the division, the "and" of واللي read away', () => {
    // before: no contrast was read, and the fact on depending less on Nvidia answered
    const message = 'هو ايه الفرق بين اللي ديب سيك هتعمله بشرايح هواوي واللي هتعمله بانفيديا؟';
    expect(answeredWith(engine.ask(message))).toMatch(/smaller models, Nvidia for the larger/);
    expect(answeredWith(engine.ask("what's the difference between what deepseek does with huawei chips and what it does with nvidia?"))).toMatch(
      /smaller|small/,
    );
  });

  test('Iraqi ش and the progressive د typed onto a verb ask what is being done; Maghrebi الشينوا is China', () => {
    // before: "شديسوي" and "الشينوا" were words no fact holds, and both questions were declined
    expect(engine.trace('ديب سيك شديسوي هسه ويه بايدو وكامبريكون؟')[0].question.standard).toMatch(/^ديب سيك ما /);
    expect(answeredWith(engine.ask('ديب سيك شديسوي هسه ويه بايدو وكامبريكون؟'))).toMatch(/accelerators/);
    expect(answeredWith(engine.ask('انفيديا شنوة قالت على الشينوا؟'))).toMatch(/China/);
    // Not a word that only begins so: شديدة is "fierce".
    expect(engine.trace('المنافسة شديدة؟')[0].question.standard).not.toMatch(/(^| )ما /);
  });

  test('Maghrebi الكرطة، الكرطات (French carte, a graphics card) are chips, as Egyptian الكروت are', () => {
    // before: a word no fact holds, and the question was declined
    expectOneAnswer('شكون الشركات الصينية اللي ديب سيك قاعدة تجرب في الكرطات متاعهم؟', /Huawei, Baidu and Cambricon/);
    expect(engine.trace('ديب سيك بتستعمل الكروت بتاعة مين؟')[0].question.standard).toMatch(/الشرا[ئي]ح/);
  });

  test('Algerian بصح is "but": a grammar word, no word of the topic the facts must hold', () => {
    // before: بصح weighed as a word no fact holds
    expect(engine.trace('ديب سيك راهي تنقص الـ dependence على Nvidia، بصح شكون عطاها البديل؟')[0].question.standard).toMatch(/^لكن مين /);
  });

  test('what a noun of reply answered ("response to deepseek using huawei chips") is its occasion, and a slip of the noun is caught', () => {
    // before: the occasion's names had to be held by the reply, and it was declined; "respons" was no noun of reply
    for (const message of ["what was nvidia's response to deepseek using huawei chips?", 'whats nvidas respons to deepseek useing huawie chips']) {
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/competition has begun/)]);
    }
    // …as it is in Arabic.
    expect(answeredWith(engine.ask('شو كان رد انفيديا على استخدام ديب سيك لشرائح هواوي؟'))).toMatch(/competition has begun/);
  });

  test('"teh", the commonest slip of "the", is "the", not a word the report lacks; "les" before "on" is "less"', () => {
    // before: "teh" weighed as an unusual word no fact holds, and the question was declined
    expect(engine.trace('wat is teh resaon deepseek is shifitng to huwaei chpis??')[0].question.standard).not.toMatch(/\bteh\b/);
    expect(answeredWith(engine.ask('wat is teh resaon deepseek is shifitng to huwaei chpis??'))).toMatch(/depend less on Nvidia/);
    // …and "les" before "on" is "less": relying less on Nvidia is no relying on it.
    expect(answeredWith(engine.ask('why is deepseak tryng to rely les on nvidea'))).toMatch(/depending less on Nvidia/);
    expect(engine.trace('les petits models 3la huawei?')[0].question.standard).not.toMatch(/less/);
  });

  test("the good something does (الفايدة، what's the benefit) asks why it is done, and after a why question asks it again", () => {
    // before: "شنهو الفايدة لهم؟" was a question of its own, asked what
    const message = 'ليش يبون ينوعون مصادر المعالجات؟ شنهو الفايدة لهم؟';
    expect(engine.ask(message).parts).toBeUndefined();
    expect(answeredWith(engine.ask(message))).toMatch(/diversifying|adding suppliers/);
    expect(engine.trace("what's the benefit for deepseek?")[0].question.type).toBe('why');
  });

  test('asking for a date after asking when asks when again, answered as when is (a date and when are one attribute)', () => {
    // before: the English was two questions, the second declined for want of an exact date
    for (const message of ['deepseek r2 when?? 🙏 is there an actual release date or nah', 'R2 امتى هينزل؟ فيه تاريخ محدد ولا لا؟']) {
      const answer = engine.ask(message);
      expect([message, answer.parts, engine.trace(message)[0].question.type]).toEqual([message, undefined, 'when']);
      expect(answeredWith(answer)).toMatch(/launch R2 were delayed/);
    }
  });

  test('Egyptian and Sudanese اتكلم "spoke" is said; من ناحية "on the side of" names nothing the answer must hold', () => {
    expectAnsweredWith(['مين اتكلم من ناحية انفيديا؟', 'مين اللي قال من ناحية انفيديا؟', "who said something on nvidia's side?"], /spokesperson/);
  });

  test('what an outlet reported or claimed, asked indirectly ("can someone explain what The Information reported"), is what it said, not who it is', () => {
    expectAnsweredWith(
      [
        'can someone explain what The Information actually reported about deepseek?',
        'tell me what the information claimed',
        'ممكن حد يشرحلي ذا انفورميشن قالت ايه عن ديب سيك؟',
      ],
      /According to The Information/,
    );
  });

  test("a stance or a message is asked as a statement is: Nvidia's is its spokesperson's words; one the report does not quote is declined", () => {
    expectAnsweredWith(["what's nvidia's stance on all this", 'شو موقف انفيديا؟', 'انفيديا شنو موقفها من الصين؟'], /spokesperson|متحدث/);
    // The message someone wanted to get across is what they said.
    for (const message of ["what's nvidia's message here?", 'المتحدث باسم انفيديا كان عايز يوصل رسالة ايه بالظبط']) {
      expect([message, engine.trace(message)[0].question.type]).toEqual([message, 'speech']);
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/spokesperson|متحدث/)]);
    }
    for (const message of ["what's huawei's stance on this", 'ما موقف الإدارة الأمريكية من تصدير شرائح إنفيديا إلى الصين؟']) {
      const answer = engine.ask(message);
      expect([message, answer.answered]).toEqual([message, false]);
    }
  });

  test('in a line of both scripts, Arabic من before what it comes from is "from"; مين, اسمه or من هو with a role asks who', () => {
    expect(answeredWith(engine.ask('what did the spokesperson من انفيديا say exactly'))).toMatch(/spokesperson said/);
    for (const message of ['spokesperson اسمه ايه', 'the spokesperson من هو', 'CEO تبع ديب سيك مين']) {
      const answer = engine.ask(message);
      expect([message, answer.answered, answer.abstention]).toEqual([message, false, 'missing-attribute']);
    }
  });

  test('an "or" opening a second yes/no question offers no alternatives: the first is answered', () => {
    expect(answeredWith(engine.ask('is r2 still on nvidia or did they move that one too'))).toMatch(/keep using and relying on Nvidia processors for R2/);
  });

  test('Arabizi: el mnafse is المنافسة, and Maghrebi testa / ytesti are the French tester: tried', () => {
    expect(answeredWith(engine.ask('shu 2alet nvidia 3an el mnafse?'))).toMatch(/competition/);
    const answer = engine.ask('deepseek testa fi chips mta3 chkoun? w wa9tech bech ykharjou el LLM mta3 huawei?');
    expect(answer.parts).toHaveLength(2);
    expect(answeredWith(answer.parts![0])).toMatch(/testing new AI GPU accelerators made by Huawei, Baidu and Cambricon/);
  });

  test('a question naming nothing of its own, not joined on with "and" (Arabizi w), asks more of the one before: one answer', () => {
    for (const message of [
      'ليش تأجل اطلاق R2؟ شنو المشاكل اللي صارت وياهم؟',
      'leish t2a55ar R2? shaku mashakil 3idhum?',
      'why was R2 delayed? what problems did they hit?',
    ]) {
      expectOneAnswer(message, /delayed|تأجيل/);
    }
    for (const message of ['minu 3awan deepseek fe R2? w laish t2a5ar?', 'who helped deepseek with R2? and why was it delayed?']) {
      expect([message, engine.ask(message).parts?.length]).toEqual([message, 2]);
    }
  });

  test('Maghrebi واش opens a yes/no question and joins nothing on: after a question naming the same, it asks more of it', () => {
    expectOneAnswer('فوقاش غادي يخرج النموذج اللي خدام بشرايح هواوي للناس؟ واش عطاو شي تاريخ؟', /no date has been announced/);
    expect(engine.ask('شكون عاون ديب سيك ف R2؟ وعلاش تعطل؟').parts).toHaveLength(2);
  });

  test('an Arabic word of extent in a sentence about the asker asks nothing, as in English', () => {
    expect(typeOf('انا لسه صاحي ومش مجمع خالص')).not.toBe('extent');
    expect(typeOf('هل ديب سيك تركت انفيديا خالص')).toBe('extent');
    expect(engine.trace('انا لسه صاحي ومش مجمع خالص 😅 هل ديب سيك تركت انفيديا خالص؟')).toHaveLength(1);
  });

  test('a source held to be trusted or main is a supplier, not the origin of the news', () => {
    expectAnsweredWith(
      ['is deepseek seeing nvidia as a trusted source?', 'هي ديب سيك شايفة انفيديا مصدر موثوق فيه ولا ايه؟'],
      /keep using and relying on Nvidia|ستواصل ديب سيك استخدام معالجات إنفيديا/,
    );
    expect(answeredWith(engine.ask('is the source reliable?'))).toMatch(/The Information/);
  });

  test('being curious or keen to know frames the question after it, as wanting to know does ("I\'d be keen to know whether…")', () => {
    // before: declined, "keen" and "curious" read as what was asked about
    expectOneAnswer("I'd be keen to know whether Huawei's help with R2 came to anything in the end.", /did not deliver|fell short|hoped/);
    expect(engine.trace("i'm curious to know what nvidia said")[0].question.standard).not.toMatch(/curious/);
  });

  test('"what nvidia said", asked indirectly with no "did" and a chat frame ("lowkey wanna know"), asks for the statement', () => {
    expectAnsweredWith(
      ['lowkey wanna know what nvidia said abt all this lol, sounds kinda salty fr 😭', 'i wanna know what nvidia said'],
      /Nvidia spokesperson said/,
    );
    expect(engine.trace('what huawei said')[0].question.type).toBe('speech');
    expect(engine.ask('what huawei said').answered).toBe(false);
  });

  test('talking or telling about something asks for a statement as saying does ("wetin nvidia talk about all this?", "what nvidia told about this", "انفيديا اتكلمت عن ايه؟")', () => {
    for (const word of ['told', 'talk', 'talked', 'talking']) expect([word, isStopword(word)]).toEqual([word, true]);
    for (const message of ['abeg wetin nvidia talk about all this?', 'what nvidia told about this', 'انفيديا اتكلمت عن ايه؟', 'nvidia 2alet 3an eh?'])
      expect([message, engine.trace(message)[0].question.type]).toEqual([message, 'speech']);
    // before: "told" and "angry" were words no fact holds, and the question was declined
    expect(answeredWith(engine.ask('guys what nvidia told about this, they are angry? 😅'))).toMatch(/Nvidia spokesperson said/);
    // before: عن ايه read as "what is it about", and a summary of the report was given
    expect(answeredWith(engine.ask('انفيديا اتكلمت عن ايه؟'))).toMatch(/Nvidia spokesperson said/);
    // the report, masculine, still tells its content
    expect(engine.ask('دا يحچي عن شنو؟').summary).toBeTruthy();
  });

  test('a role named first and its name asked after it (المتحدث … اسمه ايه) asks for a person the report does not name', () => {
    expect(engine.ask('المتحدث بتاع انفيديا اللي قال الكلام ده اسمه ايه؟').abstention).toBe('missing-attribute');
    const answer = engine.ask('مين اللي نشر التقرير ده اصلا؟ والصحفي اللي كتبه اسمه ايه؟');
    expect(answeredWith(answer.parts![0])).toMatch(/The Information/);
    expect(answer.parts![1].abstention).toBe('missing-attribute');
  });

  test('the tag "na" of Indian and Nigerian English asks nothing more: "…, correct na?" reads as "…, correct?"', () => {
    const decide = (message: string) => {
      const answer = engine.ask(message);
      return [answer.answered, answer.facts[0]?.fact.id];
    };
    expect(decide('so big R2 model is on nvidia and the mini ones on huawei, correct na?')).toEqual(
      decide('so big R2 model is on nvidia and the mini ones on huawei, correct?'),
    );
    expect(decide('smaller versions will be trained on Ascend only na?')).toEqual(decide('smaller versions will be trained on Ascend only?'));
  });

  test('a yes/no follow-up naming nothing guesses at the answer of an open question: it stays open', () => {
    expect(engine.trace('شو هو Ascend؟ هل هو شي جديد؟')[0].question.type).toBe('what');
    const answer = engine.ask("whats 'the information'? is that a website");
    expect(answer.answered).toBe(true);
    expect(answer.facts[0].fact.en).toMatch(/The Information/);
  });

  test('thanks, however strongly ("a lot", كتير، بزاف، برشا), asks nothing: degree words carry no topic', () => {
    for (const message of ['thanks a lot 🙏', 'شكرا كتير 🙏', 'شكرا بزاف', 'يعطيك الصحة برشا']) expect(engine.ask(message).answered).toBe(false);
  });

  test('the everyday verbs of happening (يصير، صار، يحصل) say little: "will there be competition?" is answered by the competition, not by what happens to the market', () => {
    // before: يصير met an alias of the market-speculation fact ("شو رح يصير بالسوق") and outweighed المنافسة
    for (const message of ['رح يصير في منافسة حقيقية؟', 'بيصير فيه منافسة ولا لا؟', 'رح يحصل منافسة حقيقية؟', 'صار في منافسة جديدة؟'])
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/competition/)]);
    // what happens to the market is still the market's
    expect(answeredWith(engine.ask('شو رح يصير بالسوق؟'))).toMatch(/market/);
  });

  test('an everyday Arabic word is itself, never a slip for a word of the facts: thanks in either script asks nothing', () => {
    for (const message of ['ya3tik el 3afye', 'يعطيك العافيه', 'الله يعطيك العافية يا غالي']) expect(engine.ask(message).answered).toBe(false);
  });

  test('the seasons are everyday words, no slips for the facts\' words: الصيف "the summer" is not الصين "China"', () => {
    expect(['الصيف', 'صيف', 'الشتاء', 'الموسم'].map((word) => zipf(n(word)) !== null)).toEqual([true, true, true, true]);
    // before: الصيف was read as الصين, and a question on watermelons answered with what Nvidia said of China
    for (const message of ['شو افضل سماد للبطيخ في الصيف؟', 'ايش احسن شي نزرعه في الشتاء؟']) expect(engine.ask(message).answered).toBe(false);
  });

  test('the year (عام، العام، هالعام) is an everyday word as سنة is, no slip for the facts\' words: العام is not العامل "running"', () => {
    expect(['عام', 'العام', 'هالعام'].map((word) => zipf(n(word)) !== null)).toEqual([true, true, true]);
    // before: العام was read as a slip for العامل, and when a feast begins met when the Huawei-chip model launches
    expect(engine.ask('امتى يبدأ العيد هالعام؟').answered).toBe(false);
  });

  test('words for "the matter" (القضية، المسألة، السالفة، الحكاية) are everyday words, as موضوع is: what someone said of it is still asked', () => {
    expect(['القضيه', 'مساله', 'السالفه', 'حكايه'].map((word) => zipf(n(word)) !== null)).toEqual([true, true, true, true]);
    // before: القضية weighed as a word the report lacks, and what Nvidia said was declined
    for (const message of ['واش قالت نفيديا على هاد القضية؟', 'شو قالت انفيديا عن هالسالفة؟']) expectOneAnswer(message, /competition has begun/);
  });

  test('a lead-in of everyday words before a question with a type of its own asks nothing, question mark or not', () => {
    for (const message of ["so what's the actual play here, why cut back on nvidia at all", 'شو الفكرة هون، ليش بدهم يقللوا من انفيديا'])
      expectOneAnswer(message, /less on Nvidia|reliance/i);
  });

  test('a line mixing scripts is answered in the language its question words ask in, however many words name its topic', () => {
    expect(engine.ask('the Ascend plan for the inference model، هل لغوها؟').language).toBe('ar');
    expect(engine.ask('شرايح هواوي للنماذج الصغيرة، which ones exactly?').language).toBe('en');
    // Its question word (لأي) is Arabic, whatever its names are.
    expect(engine.ask('ديب سيك تستخدم Huawei لأي نماذج؟').language).toBe('ar');
    // An English question word asks in English, whatever Arabic word beside it reads as one (ما in بعد ما "after").
    expect(engine.ask('what did nvidia say بعد ما نزل الخبر?').language).toBe('en');
    // An Arabic question word alone among English grammar is the word the asker reached for (before: answered in Arabic).
    expect(engine.ask("wallah I don't get it, ليش nvidia still the main one for R2?").language).toBe('en');
  });

  test('with no question word, in the language with more grammar words: nouns borrowed from the other say nothing', () => {
    // before: more English words than Arabic, and answered in English
    expect(engine.ask('the plan مال Ascend للـ inference model، لغوها؟').language).toBe('ar');
    expect(engine.ask('so basically ديب سيك is going with هواوي for the small models only, right?').language).toBe('en');
  });

  test("questions asking in both languages are answered in the first one's: the asker opened in it", () => {
    // before: the words were counted over the whole line, and the English ones outnumbered the Arabic
    expect(engine.ask('شو قصة الـ engineering team تبع Huawei؟ did it help or not؟').language).toBe('ar');
    expect(engine.ask('did the huawei engineers help in the end? ولا شو صار بالزبط؟').language).toBe('en');
  });

  test('inside a sentence without a question mark, ما before a verb is "not": the sentence is context, not a question', () => {
    const answer = engine.ask('كنت بقرا عن هواوي وما فهمت الموضوع. هل ساعدت ديب سيك في R2؟');
    expect(answer.parts).toBeUndefined();
    expect(answer.facts[0]?.fact.en).toMatch(/Huawei/);
    // Before what it asks about, ما still asks: "…وما السبب", "عايز اعرف ما هي الشرائح".
    expect(engine.trace('عايز اعرف ما هي الشرائح اللي بتستخدمها ديب سيك. وليه؟').length).toBe(1);
  });

  test('ما before "exactly" (بالضبط، تحديدا) asks "what": no verb follows it to be negated', () => {
    // before: "…على شنو بالضبط" was read "not exactly", the clause asked nothing, and the alternatives after it were taken for the question
    for (const message of ['طب R2 الكبير بيتدرب على ايه بالظبط، هواوي ولا حد تاني؟', 'R2 الكبير يشتغل على شنو تحديدا، هواوي ولا غيرها؟']) {
      const [asked] = engine.trace(message);
      expect([message, asked.question.standard]).toEqual([message, expect.stringMatching(/r2/)]);
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/Nvidia/)]);
    }
  });

  test('a summary cue is read within one script: "قريت عن R2 وما فهمت" has no "عن ما" (about what)', () => {
    const answer = engine.ask('قريت عن R2 وما فهمت شي. ليش تأخر؟');
    expect(answer.summary).toBeFalsy();
    expect(answer.facts[0]?.fact.en).toMatch(/delay/i);
    expect(engine.ask('R2 ده عن ايه؟').summary).toBe(true);
  });

  test('a statement held up for confirmation ("…right?", "…صح؟") is the premise of the question after it', () => {
    for (const message of ['deepseek had problems building r2 right? what kinda problems tho', 'ديب سيك عندها مشاكل مع R2 صح؟ شو نوع المشاكل؟'])
      expectOneAnswer(message, /difficult|problem/i);
    // Alone, it is a question of its own.
    expect(engine.ask('R2 runs on nvidia right?').answered).toBe(true);
  });

  test('"did I get it right?", "فهمت صح؟" asks about the statement beside it: "right" and صح carry no topic', () => {
    for (const message of ['did i get it right? R2 got delayed because of huawei chips', 'فهمت صح؟ R2 اتأجل بسبب شرائح هواوي'])
      expectOneAnswer(message, /delay|postpone/i);
  });

  test('chat’s abbreviations of a lead-in (iirc, afaik, fwiw, tbf) carry no topic, as يعني and "I mean" do', () => {
    for (const word of ['iirc', 'afaik', 'fwiw', 'tbf', 'wdym', n('يعني')]) expect(isStopword(word)).toBe(true);
    expect(engine.analyzer.analyze('tbf why would they trust huawei').terms.map((term) => term.source)).toEqual(['trust', 'huawei']);
  });

  test('the frame of an indirect question asks nothing itself: "would love to know who…" is no yes/no question', () => {
    expect(engine.trace('would love to know who reported this')[0].question.type).toBe('source');
    expect(engine.trace('would they drop nvidia?')[0].question.type).toBe('yesno');
    for (const word of ['بتمنى', 'اتمنى', 'حابب']) expect(isStopword(n(word))).toBe(true);
    expect(engine.ask('بتمنى حد يشرحلي ليش ديب سيك بتجرب شرايح كامبريكون').facts[0]?.fact.en).toMatch(/Cambricon/);
  });

  test('"there is" is grammar in either language: موجود as يوجد and "there"', () => {
    for (const word of ['there', n('يوجد'), n('موجودة')]) expect(isStopword(word)).toBe(true);
    expect(engine.ask('مش عارف اذا انفيديا لسه موجودة في R2').answered).toBe(true);
  });

  test('يا ترى is "I wonder", as "I wonder" is chatter; ترى alone is still the verb', () => {
    expect(engine.trace('امتى بيطلع R2 يا ترى؟')[0].question.standard).toBe(n('يطلق r2'));
    expect(engine.trace('I wonder when R2 comes out')[0].question.type).toBe('when');
    expect(engine.trace('هل ترى ديب سيك ان هواوي افضل؟')[0].question.standard).toMatch(n('تري'));
  });

  test('"the thing", "all of it", "the whole thing" carry no topic in Arabic as in English (الشي، كله، كامل)', () => {
    for (const message of ['شو قالت انفيديا عن الشي كله؟', 'شو قالت انفيديا عن الموضوع كامل؟', 'what did nvidia say about the whole thing']) {
      expect(engine.ask(message).answered).toBe(true);
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/Nvidia/);
    }
  });

  test('the same question asked twice in one message is answered once', () => {
    for (const message of ['مين اللي قال الكلام ده اصلا؟ مصدر الخبر ايه', 'من وين جايبين الخبر هذا؟ يعني وش المصدر'])
      expectOneAnswer(message, /The Information/);
    // its source, with the pronoun (مصدره) as with the word alone: before, read as two questions
    expectOneAnswer('هو مين اللي قال الكلام ده عن ديب سيك وهواوي؟ مصدره ايه؟', /The Information/);
  });

  test('a clause of names and words no fact holds introduces the question after it; "…? X or Y?" narrows the one before', () => {
    for (const message of ["ratio'd by hwawei? lmao ok so who's actually powering the big R2", 'R2 الكبير شغال على ايه؟ nvidia ولا huawei?'])
      expectOneAnswer(message, /Nvidia/);
  });

  test('a tag asking to confirm ("…, yes?", "…، صح؟") makes its clause a question; one joined on after it that asks anew is a second question', () => {
    for (const message of [
      'DeepSeek was thinking to use Ascend for the inference model, yes? And how much money Huawei will get from this deal?',
      'ديب سيك كانت بتفكر تستخدم Ascend لنموذج الاستنتاج، صح؟ وكم فلوس هتاخد هواوي؟',
    ]) {
      const parts = engine.ask(message).parts ?? [];
      expect([message, parts.map(answeredWith)]).toEqual([message, [expect.stringMatching(/inference/), null]]);
    }
    // One that asks more of what was confirmed is about it.
    expectOneAnswer('deepseek had problems building r2 right? what kinda problems tho', /difficulties/);
  });

  test('what the asker means to do ("I want to compare the specs", "بدي اقارن المواصفات") is why they ask, no question; wanting to know is one', () => {
    for (const message of [
      'Which exact Ascend chip is it, the 910B or the 910C? I want to compare the specs.',
      'شو نوع شريحة Ascend بالضبط؟ بدي اقارن المواصفات.',
    ])
      expect([message, engine.ask(message).parts]).toEqual([message, undefined]);
    for (const message of ['i want to know who published it', 'ابي اعرف مين نشر الخبر']) expectOneAnswer(message, /The Information/);
  });

  test('wanting to know, followed only by when or why ("…? ابي اعرف قبل لا احط فلوسي", "…? i need to know before i invest"), is the reason for the question beside it', () => {
    for (const message of [
      'متى بيطلع الموديل اللي شغال على شرايح هواوي؟ ابي اعرف قبل لا احط فلوسي',
      'امتى هينزل الموديل بتاع هواوي؟ عايز اعرف عشان احط فلوسي فيه',
      'when is the huawei-powered model coming out? i need to know before i invest',
    ])
      expectOneAnswer(message, /no date has been announced/);
    // Wanting to know something is still asking it.
    expect(engine.ask('متى بيطلع الموديل اللي شغال على شرايح هواوي؟ ابي اعرف كم سعره').parts?.map(answeredWith)).toEqual([
      expect.stringMatching(/no date/),
      null,
    ]);
  });

  // The Arabic lines in these two tests were read right before the English rule; they guard that it leaves Arabic as it was.
  test('how something seems, said without a subject or a question mark ("doesnt sound right to me tbh"), asks nothing, as "مش منطقي بصراحة" already did', () => {
    for (const message of ['doesnt sound right to me tbh. what did nvidia say?', 'مش منطقي بصراحة. شو قالت انفيديا؟']) expectOneAnswer(message, /spokesperson/);
  });

  test('a company name-dropped is one mentioned: "getting name dropped" asks for no name', () => {
    expectOneAnswer("heaps of chip companies getting name dropped lol 😂 who's deepseek testing accelerators from besides huawei?", /Baidu and Cambricon/);
    expect(engine.trace("what's the chip called?")[0].question.type).toBe('name');
    expect(engine.trace('شو اسم الشريحة؟')[0].question.type).toBe('name');
  });

  test('what something seems to the asker ("sounds like pure PR") is a judgement, no topic of the question after it, as "شكله دعاية" already was', () => {
    for (const message of [
      "lmao nvidia's response to all this sounds like pure PR. what did they actually say tho",
      'رد انفيديا شكله دعاية. قالوا ايه بالظبط؟',
    ])
      expectOneAnswer(message, /spokesperson/);
  });

  test('what the asker believed, told without a question mark ("كنت فاكر … بس."), asks nothing of its own, whatever type its words give it', () => {
    expectOneAnswer('كنت فاكر ديب سيك ماشية مع انفيديا بس. طب هواوي بتعمل ايه معاهم؟', /Huawei/);
    expectOneAnswer('i thought it was nvidia only. so what does huawei do for them?', /Huawei/);
    // Said alone, it is what the asker wants checked.
    expectOneAnswer('كنت فاكر ديب سيك بتستخدم انفيديا بس', /Nvidia/);
  });

  test('the words around a question are read as its own are: an English word spelt right ("thought") is no slip for a word of the facts ("though")', () => {
    expectOneAnswer('ngl i thought deepseek was all-in on nvidia lol 😅 so what r the huawei chips actually for??', /small AI models/);
  });

  test('a name said before the question, of the same kind as one the question names, is what it turns from ("i thought … nvidia. so what are the huawei chips for?")', () => {
    expectOneAnswer('i thought deepseek was all in on nvidia. so what are they using the huawei chips for?', /small AI models/);
    expectOneAnswer('كنت مفكر ديب سيك كلها على انفيديا. طيب شرايح هواوي لشو بيستخدموها؟', /small AI models/);
    // DeepSeek, which nearly every fact names, turns from nothing: Baidu said before stays the topic.
    expectOneAnswer('صحيح انو بايدو كمان داخله بالقصه؟ يعني ديب سيك عم تجرب شرايحها؟', /Baidu/);
  });

  test('saying something back, hitting or clapping back is replying, not cutting back ("did nvidia say anything back?")', () => {
    for (const message of ['did nvidia say anything back?', 'did nvidia hit back?', 'انفيديا ردت ولا لا؟']) expectOneAnswer(message, /Nvidia spokesperson/);
    expectOneAnswer('is deepseek cutting back on nvidia?', /depending less on Nvidia/);
  });

  test('names describing the story the report tells ("this deepseek huawei thing", "موضوع ديب سيك وهواوي") are its context, not names the answer must hold', () => {
    expectOneAnswer('شو قالت انفيديا عن موضوع ديب سيك وهواوي؟', /Nvidia spokesperson/);
    expectOneAnswer("what's baidu's role in this whole deepseek huawei saga?", /Baidu/);
    // Nothing else asked, the description is what is asked about.
    expect(engine.trace('what about this deepseek huawei thing?')[0].question.standard).toMatch(/deepseek huawei/);
  });

  test('…and so are they after على "on", as commenting on something is said ("علقت على سالفة ديب سيك وهواوي")', () => {
    // before: the names had to be held, Nvidia's statement holds neither, and the question declined
    expectOneAnswer('ودي اعرف اذا انفيديا علّقت على سالفة ديب سيك وهواوي', /Nvidia spokesperson/);
    expect(engine.trace('انفيديا ردت على موضوع ديب سيك وهواوي؟')[0].question.context).toBe(n('ديب سيك وهواوي'));
  });

  test("publishing said of the report itself asks the report's own date or author, which it never gives, not R2's release", () => {
    expectNotAnswered([
      'متى نزل المقال؟',
      'مين كاتب هالمقال؟ ومتى نزل؟',
      'المقال ده اتنشر امتى وكاتبه مين؟',
      'who wrote this article? and when did it come out?',
    ]);
    // Naming R2, the release is R2's, whatever the article is called as witness.
    expect(engine.ask('متى بينزل R2 حسب المقال؟').answered).toBe(true);
  });

  test("…written in the passive as the dialects form it (انكتب، اتكتب): still the report's own date", () => {
    // before: انكتب was a word no fact holds, and the fact of an option once considered answered "when"
    expectNotAnswered(['امتى انكتب هالتقرير؟', 'التقرير ده اتكتب امتى؟']);
  });

  test('"which site?", "اي موقع؟" after "who published it?" ask the same source again, more precisely: one question', () => {
    for (const message of ['who published the report about deepseek and huawei? which site?', 'منو اللي نشر التقرير عن ديب سيك وهواوي؟ اي موقع؟'])
      expectOneAnswer(message, /The Information/);
    // …and "what's the source?" after "who made the original report?" (before: two answers of the one fact)
    for (const message of ['مين عمل الـ report الأصلي؟ يعني شو الـ source؟', "who made the original report? what's the source?"])
      expectOneAnswer(message, /The Information/);
  });

  test('after "who says…", a question for the source naming nothing new asks the same: who told it (both languages)', () => {
    // before: "who says…" was a question of its own, answered by the fact it asked about, with no source
    for (const message of ["who keeps saying deepseek is moving to huawei chips? where's that from?", 'منو كال ديب سيك راح تستخدم شرايح هواوي؟ هالخبر منين؟'])
      expectOneAnswer(message, /The Information/);
  });

  test('what the reports say (ما الذي قالته التقارير) asks their content, as what the report says does', () => {
    // before: read as someone's words, and the fact of the most powerful R2 answered
    expect(engine.trace('ما الذي قالته التقارير عن تأجيل R2؟')[0].question.type).toBe('what');
    expectOneAnswer('ما الذي قالته التقارير عن تأجيل R2؟', /delayed/);
  });

  test('Iraqi شكد "how much" typed with گ (شگد), which reads ق elsewhere, still asks how much', () => {
    // before: شقد was a word no fact holds, the question a bare "what", and the valuation question was answered
    expect(engine.trace('شگد صارت قيمة شركة ديب سيك هسه؟')[0].question.type).toBe('count');
    expect(engine.ask('شگد صارت قيمة شركة ديب سيك هسه؟').answered).toBe(false);
  });

  test('Bahraini and Omani ويش "what" asks as وش does', () => {
    // before: ويش was a word no fact holds, and "ويش قالت انفيديا…" was declined
    expectOneAnswer('ويش قالت انفيديا عن الصين؟', /China/);
    expect(engine.trace('ويش قالت انفيديا عن الصين؟')[0].question.type).toBe('speech');
  });

  test('a yes/no question naming nothing after a "what" asks on about its answer, a second question even when one fact answers both', () => {
    // before: "…وهي لسه ماشية في الخطة دي ولا لأ؟" was folded into the first question's answer
    for (const message of [
      'ديب سيك كانت ناوية تستخدم معالج Ascend في ايه؟ وهي لسه ماشية في الخطة دي ولا لأ؟',
      'شو كانت ديب سيك ناوية تشغل على معالج Ascend؟ ولسه ماشية بالخطة ولا لأ؟',
    ]) {
      const parts = engine.ask(message).parts ?? [];
      expect([message, parts.map((part) => part.facts[0]?.fact.id)]).toEqual([message, ['ascend-inference-considered', 'ascend-inference-considered']]);
    }
    // Naming what it asks again, it restates the first question: one answer.
    expectOneAnswer('what was the plan for ascend? was ascend for the inference model?', /weighed running its new AI inference/);
    expectOneAnswer('شو صار مع فريق هواوي؟ هل نجح فريق هواوي؟', /fell short|did not (bring|deliver)/);
  });

  test('asking someone to explain, the idea of something and what it is called name nothing; "what do they call X" asks its name', () => {
    expectOneAnswer('ممكن زول يشرح لي ليه الخطوه دي بتفتح الباب لمنافسه جديده؟', /fresh competition/);
    expectOneAnswer('could somebody explain why this move opens the door to new competition?', /fresh competition/);
    expectOneAnswer('ليش يسموها تحول استراتيجي؟', /Huawei/);
    expectOneAnswer('why do they call it a strategic shift?', /strategic shift/);
    for (const message of ["what do they call huawei's processor?", 'شو بيسموا معالج هواوي؟']) {
      expect(engine.trace(message)[0].question.type).toBe('name');
      expectOneAnswer(message, /Ascend/);
    }
  });

  test('Levantine ساوت "did" and منشان "so that": "شو ساوت هواوي منشان تساعد…" asks what Huawei did', () => {
    expectOneAnswer('هلق هواوي شو ساوت منشان تساعد ديب سيك؟', /sent a specialised team/);
    expectOneAnswer('what did huawei do to help deepseek?', /sent a specialised team/);
  });

  test('"is the Ascend plan still on, or did they scrap it?" in Arabic (…لسا قايمة ولا شالوها؟) asks whether the plan holds: the fact weighing it answers', () => {
    // before: declined, "شالوها" read as a second thing offered that no fact names
    for (const message of ['خطة Ascend لنموذج الاستدلال لسا قايمة ولا شالوها؟', 'خطة Ascend لسه موجودة ولا لغوها؟'])
      expectOneAnswer(message, /weighed running its new AI inference/);
  });

  test('replacing or leaving something after "or" ("…باقا خدامة بنفيديا ولا بدلاتها؟") is the other answer of whether its use goes on, no second thing offered', () => {
    // before: the headline's swap answered, for "بدلاتها" read as a second thing offered
    expectOneAnswer('واش ديب سيك باقا خدامة بنفيديا ولا بدلاتها؟', /keep using and relying on Nvidia/);
    // …and leaving it: the fact that it is kept, with no fact of a second thing offered beside it
    expect(engine.ask('ديب سيك لسه بتستخدم انفيديا ولا تركتها؟').facts.map((given) => given.fact.id)).toEqual(['nvidia-for-r2-llm']);
  });

  test("a collaboration (collab, cooperation, تعاون) is the help given: how Huawei's collab on R2 turned out is how its help did", () => {
    // before: declined, "collab" a word no fact holds
    expectAnsweredWith(["how'd the huawei collab on r2 turn out in the end", 'كيف كان تعاون هواوي مع ديب سيك في R2؟'], /Huawei sent a specialised team/);
  });

  test('a name after "with" in a deed question is what is done with, not who does it: with no other, the report\'s protagonist does it', () => {
    // before: the fact whose subject is Ascend ("Ascend is a processor made by Huawei")
    for (const message of ['what will they do with ascend?', 'what does it want to do with the ascend chips?'])
      expectOneAnswer(message, /Huawei Ascend processors to train and refine the smaller versions of R2/);
    // who does it, named, is still the one asked about
    expectOneAnswer('what did huawei do to help deepseek?', /sent a specialised team/);
  });

  test("the reason a why question asks is its doer's: a fact whose subject is the name done with gives that one's aim, not the one asked", () => {
    // before: "Huawei sent a specialised team of its engineers to help DeepSeek…", Huawei's aim
    for (const message of ['why is deepseek even bothering with huawei?', 'why does deepseek bother with huawei', 'why would deepseek deal with huawei at all'])
      expectOneAnswer(message, /to depend less on Nvidia/);
    // Huawei as the doer asks Huawei's aim
    expectOneAnswer('why did huawei send engineers to deepseek?', /sent a specialised team/);
  });

  test('dialect words heard in chat: Gulf شدخل "what has … to do with", رسلت "sent", and ورا "behind" that names nothing', () => {
    expectOneAnswer('مسا الخير يا جماعه 😅 بس سؤال: شدخل بايدو بسالفه ديب سيك؟', /Baidu/);
    expectOneAnswer('سؤال ساي كدا: هواوي رسلت ناس يساعدو ديب سيك ولا شنو؟', /sent a specialised team/);
    expect(engine.ask('شو بدها توصل ديب سيك من ورا كل هالتغيير؟ يعني شو الهدف الكبير؟').answered).toBe(true);
    // English says the same with words the reader already knows.
    expectOneAnswer("what's baidu got to do with the deepseek story?", /Baidu/);
  });

  test('deciding or choosing to do something is no topic of its own: "why did X decide to…" asks why X did it', () => {
    expectOneAnswer('why did DeepSeek decide to go for Huawei chips at all?', /Huawei chips/);
    expectOneAnswer('ليش ديب سيك قررت تروح لشرائح هواوي؟', /Huawei chips/);
    // Only before another verb: what was decided is still asked.
    expect(engine.trace('what did deepseek decide about ascend?')[0].question.standard).toMatch(/decide/);
  });

  test('asking whether something is still relied on is answered by what still is, not by relying on it less; negated, or asking why it is relied on at all, it is about relying less (both languages)', () => {
    // before: answered with the broader strategy of depending less on Nvidia
    expectOneAnswer('is deepseek sticking with nvidia for anything?', /keep using and relying on Nvidia/);
    // before: answered with Huawei for the small models alone, leaving out what stays on Nvidia
    expectOneAnswer('يعني ديب سيك حتعتمد على شرائح هواوي بس في الموديلات الصغيرة؟', /Huawei chips for the smaller models, Nvidia for the larger/);
    expectOneAnswer('why not just stick with nvidia?', /depending less on Nvidia/);
    expectOneAnswer('is deepseek relying less on nvidia?', /depending less on Nvidia/);
    // Why it is still relied on asks what keeps it, told where it is (before: the strategy of relying on it less).
    expectOneAnswer('why does deepseek still depend on nvidia?', /keep using and relying on Nvidia/);
    expectOneAnswer('why is deepseek sticking with nvidia?', /keep using and relying on Nvidia/);
    expectOneAnswer('ليه ديب سيك لسه معتمدة على انفيديا؟', /keep using and relying on Nvidia/);
    expectOneAnswer('why is deepseek leaning on huawei?', /depending less on Nvidia/);
  });

  test('why a plan was dropped, when no reason is given for it, is answered by the fact telling the plan, not by a purpose given for another (both languages)', () => {
    expectOneAnswer('why did deepseek give up on the ascend idea for its reasoning model?', /may shelve that plan/);
    expectOneAnswer('ليش ديب سيك تركت فكرة Ascend لنموذج الاستدلال؟', /may shelve that plan/);
  });

  test('a sentence joined on with "and" that asks yes or no with its own auxiliary is a question of its own, even naming nothing', () => {
    for (const message of ['who sent engineers over to help deepseek with R2? and did it actually work lol', 'مين بعت مهندسين يساعدوا ديب سيك؟ وهل نفع ده؟']) {
      const parts = engine.ask(message).parts ?? [];
      expect(parts.map(answeredWith)).toEqual([expect.stringMatching(/sent a specialised team/), expect.stringMatching(/did not bring/)]);
    }
    // Inside one sentence too (before: one answer, the yes/no question read as part of the first).
    for (const message of ['What did Huawei do to help DeepSeek with R2, and did it work?', 'عندي سؤالين: ايش سوت هواوي لديب سيك، وهل نفع؟']) {
      expect(engine.ask(message).parts?.map((part) => answeredWith(part))).toEqual([
        expect.stringMatching(/engineers|مهندس/),
        expect.stringMatching(/did not bring|لم تحقق|لم تجلب/),
      ]);
    }
  });

  test('work as the verb of a subject asked about is succeeding, not the noun "work" a fact holds', () => {
    // before: "did it even work" led to the fact on how the work is split between two makers
    for (const message of ['did it even work', 'huawei helped deepseek, has it worked out?', 'the engineers came but it didnt work out?']) {
      expectOneAnswer(message, /did not bring DeepSeek the results/);
    }
    expectOneAnswer('how is the work split between huawei and nvidia?', /balanced way/);
  });

  test('a company working on something is developing it, not the work split between makers', () => {
    // before: "working" was the noun "work", and the help that did not work answered
    const message = "what's this R2 thing DeepSeek's working on?";
    expect(engine.trace(message)[0].question.standard).toMatch(/deepseek developing/);
    expect(answeredWith(engine.ask(message))).toMatch(/upcoming R2/);
  });

  test('holding a thing (a stake, shares) is owning it, not a plan put on hold', () => {
    // before: "does huawei hold an equity stake" was answered with the Ascend plan that may be shelved
    expect(engine.ask('Does Huawei hold an equity stake in DeepSeek?').answered).toBe(false);
    expect(engine.trace('Does Huawei hold an equity stake in DeepSeek?')[0].question.standard).toMatch(/\bown\b/);
    expect(engine.ask('is the ascend plan on hold?').facts[0]?.fact.id).toBe('ascend-inference-considered');
  });

  test('a company publicly traded is listed on a stock exchange, no swap of one thing for another', () => {
    // before: "is it publicly traded" was answered with the fact on DeepSeek swapping Nvidia chips for Huawei's
    for (const message of ['is huawei publicly traded?', 'who founded cambricon and is it publicly traded?']) {
      const answer = engine.ask(message);
      expect((answer.parts ?? [answer]).every((part) => !part.answered)).toBe(true);
    }
  });

  test('a follow-up made only of the question before its words asks more of it, not a question of its own ("…new competition, competition between who?")', () => {
    expectOneAnswer('what does the article mean by new competition? competition between who?', /fresh competition/);
    expectOneAnswer('شو يعني المقال بالمنافسة الجديدة؟ منافسة بين مين؟', /fresh competition/);
  });

  test('asking what someone meant (شو قصدها، what did they mean) asks about the statement before it, in both languages', () => {
    expectOneAnswer('انفيديا قالت ان المنافسة بدأت، شو قصدها؟', /competition has begun/);
    expectOneAnswer('Nvidia قالت انو the competition has begun، شو قصدها بالزبط؟', /competition has begun/);
    expectOneAnswer('nvidia said the competition has begun, what did they mean by that?', /competition has begun/);
  });

  test('alternatives in words after a question asked with a question word are guesses at its answer: one question, not two', () => {
    expectOneAnswer('what are the huawei chips for, the big R2 or the small versions?', /smaller/);
    expectOneAnswer('شو عم تجرب ديب سيك هلق، R2 الكبير ولا النسخ الصغيرة؟', /smaller/);
    // Versions offered are what is asked ("which one?"), and the report names none: it declines.
    expect(engine.ask('what is the exact ascend model they use, 910B or 910C?').answered).toBe(false);
  });

  test('a phrase of names fronted before the question on its sentence is part of it ("غير هواوي، وش الشركات…"), whatever type its cue gives it', () => {
    expectOneAnswer('غير هواوي، وش الشركات الثانية اللي يجربون معالجاتها؟', /Baidu/);
    // English says it with words that carry no topic ("other than"), so it was one question already; it stays one.
    expectOneAnswer('other than huawei, which companies is deepseek testing?', /Baidu/);
    // "besides", "apart from", "except" are the cue, not the topic, after a line of small talk too.
    expectOneAnswer('long shift today 😅 besides huawei, who else is deepseek trying out chips from?', /Baidu/);
    expectOneAnswer('يوم طويل بالشغل 😅 غير هواوي، مين كمان بتجرب ديب سيك شرائحه؟', /Baidu/);
    // A yes/no question without its mark asks of its own before the next ("is nvidia still in for R2, and did…?").
    expect(engine.ask("is nvidia still in for R2, and did huawei's engineers help at all?").parts).toHaveLength(2);
  });

  test('"what is the name of…" is answered by a fact giving a name of the kind asked', () => {
    expect(engine.ask('ما اسم معالج هواوى المستخدم').facts[0]?.fact.en).toMatch(/Ascend/);
    expect(engine.ask('قولولي شو اسم الموديل الجاي تبع ديب سيك').facts[0]?.fact.en).toMatch(/R2/);
  });

  test('"هواوي بتعمل ايه؟" asks what Huawei is doing, as "what did Huawei do?" asks what it did', () => {
    expect(engine.trace('هواوي بتعمل ايه مع ديب سيك؟')[0].question.type).toBe('deed');
    expect(engine.trace('what is huawei doing for deepseek')[0].question.type).toBe('deed');
  });

  test('"what did Huawei do?" is answered by a fact whose subject is Huawei, in either language', () => {
    for (const message of ['هواوي عملت ايه مع ديب سيك في R2؟', 'so what did Huawei do for the R2 model exactly?']) {
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/^Huawei/);
    }
  });

  test('a misspelt question word is still one ("wich", "wen"), as chat shorthand is', () => {
    expect(engine.trace('wich chips is deepseek testng')[0].question.type).toBe('which');
    expect(engine.trace('wen will r2 come out')[0].question.type).toBe('when');
  });

  test('"little" models are the small ones', () => {
    // before: "little" was a word no fact holds, and the question was declined
    expectOneAnswer('whats huawei up to for em, just the little models yeh?', /Huawei chips for the smaller models/);
  });

  test('chat shorthand smthng, sth, rite: something, right', () => {
    // before: "smthng" and "rite" were words no fact holds, and the question was declined
    expect(answeredWith(engine.ask('nvidia ppl said smthng abt competition rite? wat did they say exactly'))).toMatch(/Nvidia/);
    // (the guess at their words is the asker's, around the question: see "what someone said, asked after a statement naming them")
    expect(engine.trace('nvidia ppl said smthng abt competition rite? wat did they say')[0].question.context).toMatch(/said something about competition right/);
    expect(engine.trace('did nvidia say sth about china')[0].question.standard).toMatch(/say something about china/);
  });

  test("a question word with its auxiliary contracted (why'd, what're, howd) is the question word and the auxiliary", () => {
    expect(engine.trace("why'd they delay R2")[0].question.type).toBe('why');
    expect(engine.trace('whyd they delay R2')[0].question.type).toBe('why');
    expect(answeredWith(engine.ask("why'd they delay R2"))).toMatch(/delayed, because/);
    // Asked with a question word, a follow-up naming a company is a guess at the answer: one answer.
    expectOneAnswer("the smaller r2 versions, what're they training them on? huawei?", /Huawei chips for the smaller models|smaller versions of R2/);
  });

  test('chat drops the g of -ing (movin, usin, ditchin, binnin): the -ing word; a word that is one already (within, cabin) stays', () => {
    expect(engine.trace('r they movin off nvidia?')[0].question.standard).toMatch(/\bmoving\b/);
    expect(answeredWith(engine.ask('r they movin off nvidia?'))).toMatch(/depending less on Nvidia/);
    expect(answeredWith(engine.ask('whats deepseek usin for r2'))).toMatch(/Nvidia processors for R2/);
    // A four-letter word too: usin, doin, goin.
    expect(engine.trace('is deepseek still usin nvidia, what r they doin, where is it goin')[0].question.standard).toMatch(/\busing\b/);
    expect(engine.trace('what r they doin with ascend')[0].question.standard).toMatch(/\bdoing\b/);
    expect(engine.trace('is it within the report')[0].question.standard).toMatch(/\bwithin\b/);
    // The final consonant doubled before -ing (binnin, plannin): before, binnin was a word no fact holds.
    expect(engine.trace('ey la so is deepseek binnin off nvidia completely or wha')[0].question.standard).toMatch(/\bbinning\b/);
    expect(answeredWith(engine.ask('ey la so is deepseek binnin off nvidia completely or wha 😂'))).toMatch(/keep using and relying on Nvidia/);
  });

  test('one slip in a long word the type rules read (compltely, spokesprson) is that word, not a word no fact holds', () => {
    expect(engine.trace('is deepseek ditchin nvidia compltely')[0].question.type).toBe('extent');
    expect(answeredWith(engine.ask('is deepseek ditchin nvidia compltely'))).toMatch(/keep using and relying on Nvidia/);
    expect(engine.ask("what's the spokesprson's name?").abstention).toBe('missing-attribute');
  });

  test('one who speaks for a company, however chat calls them ("spokesbloke", "spokeslady"), is its spokesperson, as الناطق باسم is', () => {
    // before: "spokesbloke" was a word no fact holds, and the question was declined
    expectAnsweredWith(
      ["nvidia's spokesbloke said what exactly?", 'what did the nvidia spokeslady say?', 'شو قال الناطق باسم انفيديا بالضبط؟'],
      /Nvidia spokesperson said/,
    );
  });

  test('one slip in a noun a reason is asked with (resaon, purpsoe) is that noun: the question asks why', () => {
    // before: "resaon" was a word no fact holds, and a plain "what" question was answered with the Ascend plan
    for (const message of ['wat is teh resaon deepseek is shifitng to huwaei chpis??', "what's the purpsoe of the tests?"])
      expect([message, engine.trace(message)[0].question.type]).toEqual([message, 'why']);
    expect(answeredWith(engine.ask("what's the purpsoe of the tests?"))).toMatch(/purpose of DeepSeek's tests/);
  });

  test('…and so is the noun with one letter left out, five letters for six (reson): the question asks why', () => {
    // before: "reson" was too short to be read for "reason", and the question was declined
    const message = 'wht is the reson deepsek tst chps from baidu nd cambrcon?';
    expect(engine.trace(message)[0].question.type).toBe('why');
    expect(answeredWith(engine.ask(message))).toMatch(/to train some of the smaller models in its R2 release/);
  });

  test('one slip in a longer grammar word (abuot, anythign, thier) is that word: "did nvidia say anythign abuot china" asks what Nvidia said', () => {
    // before: a yes/no question whose slips were words no fact holds
    const { question } = engine.trace('did nvidai say anythign abuot open sorce modles')[0];
    expect([question.type, question.standard]).toEqual(['speech', 'did nvidai say anything about open sorce modles']);
    expect(answeredWith(engine.ask('did nvidia say anythign abuot china?'))).toMatch(/China/);
    expect(engine.trace('what are thier small models trained on')[0].question.standard).toMatch(/their/);
    // the report's own nouns are no grammar: a slip in one still finds the facts holding it
    expect(answeredWith(engine.ask('who reportd this storry'))).toMatch(/The Information/);
  });

  test('chat tags and slang ("innit", "allat") are chatter, not words the fact must hold', () => {
    const answer = engine.ask('what did nvidia say about all this innit');
    expect(answer.answered).toBe(true);
    expect(answer.facts[0].fact.en).toMatch(/Nvidia/);
  });

  test('a word no fact holds, written as a name, names something the report lacks, in either language', () => {
    expectDeclined(
      ['What does Moore Threads build?', 'Does Huawei sell Phones?', 'Is the Ascend chip made by TSMC?', 'هل شرائح Ascend بتتصنع في tsmc؟'],
      'not-covered',
    );
  });

  test('a word whose digits stand for letters ("ya3ni") is Arabizi, not a product code the facts must name; H20 is still one, in either language', () => {
    const answer = engine.ask("so ya3ni Huawei's engineers failed? what happened بالظبط");
    expect(answer.answered).toBe(true);
    expect(answer.facts[0].fact.en).toMatch(/did not bring/);
    for (const question of ['is deepseek using the H20?', 'هل ديب سيك بتستخدم H20؟']) expect(eager.ask(question).answered).toBe(false);
  });

  test('"us" is the pronoun unless written "US": "tell us…" asks nothing about America, "did the US…" does', () => {
    expect(engine.ask('can you tell us why deepseek tests baidu chips?').answered).toBe(true);
    // The facts tell of Huawei's engineers, none the US sent.
    expect(eager.ask('did the US send engineers to DeepSeek?').answered).toBe(false);
    expect(eager.ask('did huawei send engineers to DeepSeek?').answered).toBe(true);
  });

  test('GPU and LLM are kinds of things, not names: a fact need not say "GPU" to answer a question about GPUs', () => {
    for (const word of ['GPUs', 'LLM']) expect(engine.analyzer.analyze(word).terms[0].kind).toBe('term');
    expect(engine.ask('which gpus power the biggest R2 model?').facts[0]?.fact.en).toMatch(/Nvidia/);
  });

  test('a lead-in before a colon asks nothing itself, whatever its words: one question, answered', () => {
    for (const message of ['قريت المقال بس ما فهمت نقطة وحدة: هواوي ساعدتهم في R2 ولا لا؟', 'ok one thing i still dont get: did huawei help with R2?'])
      expectOneAnswer(message, /Huawei/);
    const arabic = engine.ask('السلام عليكم، معلش سؤال سريع: انفيديا قالت ايه عن المنافسة؟');
    expect(arabic.parts).toBeUndefined();
    expect(arabic.facts[0]?.fact.en).toMatch(/Nvidia/);
  });

  test('"whose …" asks which company: a question of its own after "and"', () => {
    const answer = engine.ask('who reported this and whose accelerators are they testing?');
    expect(answer.parts?.length).toBe(2);
    expect(answer.parts?.[1].facts[0]?.fact.en).toMatch(/Baidu/);
  });

  test('a question naming nothing of its own takes the names of its own context ("according to nvidia, what will…") before those of the question before it', () => {
    for (const message of [
      'is deepseek only testing huawei chips? according to nvidia, what will the world choose?',
      'هل ديب سيك بتجرب شرايح هواوي بس؟ حسب انفيديا، العالم شو رح يختار؟',
    ]) {
      const parts = engine.ask(message).parts ?? [];
      expect([message, answeredWith(parts[1])]).toEqual([message, expect.stringMatching(/world will choose the best technology/)]);
    }
  });

  test('ending up doing something is doing it ("what will the world end up choosing"): "end" is no word the answer must hold', () => {
    expect(engine.trace('what will the world end up choosing?')[0].question.standard).not.toMatch(/\bend\b/);
    expectOneAnswer('according to nvidia, what will the world end up choosing?', /world will choose the best technology/);
  });

  test('a question pointing back with a pronoun ("using them for", "بتستخدم فيهم") is about what the one before it named, joined on or not', () => {
    for (const message of [
      "how much does an Ascend chip actually cost, and what's deepseek usin them for?",
      'كم سعر شريحة Ascend؟ وديب سيك بتستخدم فيهم ايه؟',
    ]) {
      const parts = engine.ask(message).parts ?? [];
      expect([message, parts.map(answeredWith)]).toEqual([message, [null, expect.stringMatching(/smaller versions of R2/)]]);
    }
  });

  test('a follow-up of everyday words ("did that work out or nah", "الشغل مشي ولا لا؟") sharpens the question before it', () => {
    for (const message of ['wait huawei sent ppl over to help them?? did that work out or nah', 'هواوي بعتت مهندسين لديب سيك؟ الشغل مشي ولا لا؟'])
      expectOneAnswer(message, /Huawei/);
    // A follow-up with a word that is not everyday ("delayed") asks a question of its own.
    expect(engine.ask('what went wrong with R2, and did it get delayed?').parts?.length).toBe(2);
  });

  test('what is said on the way to the point (before "anyway", المهم) asks nothing of its own, unless with a question word', () => {
    expectOneAnswer('هلا شباب توني خالص رانكد وطحت 😭 المهم، شنو الشركات اللي ديب سيك تجرب شرايحها غير هواوي؟', /Baidu/);
    expectOneAnswer('ana ta3ban el yom bezaf, el mohim chkoun nshar el khabar?', /The Information/);
    expectOneAnswer('my boss keeps asking about chips anyways who reported this', /The Information/);
    // With a question word it still asks: two questions.
    expect(engine.ask('who reported this anyway, why was R2 delayed?').parts?.length).toBe(2);
  });

  test('what is said on the way to the point lends the question its names, not its words', () => {
    expectOneAnswer(
      'اليوم جاني راكب يشتغل بالكمبيوترات وحجالي عن الشرايح بس ما فهمت شي زين شنو قالت انفيديا على الموضوع',
      /no doubt that competition has begun/,
    );
    expect(engine.trace('النت عندي زفت اليوم وقريت عن الشرايح طيب ليش تأجل R2؟')[0].question.context).toBe('');
    expect(engine.trace('been reading about chips all day anyway who reported this')[0].question.context).toBe('');
    // Its names still say what "it" is.
    expect(engine.trace('been reading about R2 all day anyway why was it delayed')[0].question.standard).toMatch(/r2/);
  });

  test('part of the answer guessed, and the rest asked for ("…? baidu and who else?", "…؟ بايدو و مين تاني؟"), goes around the question before: one answer', () => {
    // before: "baidu and who else" was a question of its own, answered with Baidu alone
    for (const message of [
      'which companies is deepseek testing chips from besides huawei? baidu and who else?',
      'مين الشركات اللي بتجرب شرايحها ديب سيك غير هواوي؟ بايدو و مين تاني؟',
    ])
      expectOneAnswer(message, /Cambricon/);
    // آخر ending a clause after "who" is "else"; "ما آخر خبر" is still the latest news
    expect(engine.trace('بايدو و شكون آخر؟')[0].question.standard).not.toMatch(n('اخر'));
    expect(engine.trace('ما آخر خبر عن R2؟')[0].question.standard).toMatch(n('اخر'));
  });

  test('a guess hedged as one ("…? something about china i think?", "…؟ هواوي اظن؟") goes around the question before, whatever it names: one answer', () => {
    // before: the hedged guess was a question of its own, "something about china and developers", answered apart
    expectOneAnswer('what did the nvidia spokesperson say? something about developers and china i think?', /Nvidia/);
    expectOneAnswer('شو قال المتحدث باسم انفيديا؟ شي عن المطورين والصين اعتقد؟', /Nvidia|انفيديا/);
    // unhedged, it still asks of its own
    expect(engine.ask('what did the nvidia spokesperson say? and what about china?').parts).toHaveLength(2);
  });

  test('the same attribute asked again "exactly", around a guess ("…? بالصين وين بالزبط؟"), is the question before: one question, declined where the report lacks it', () => {
    // before: "in China, where exactly?" was a question of its own, answered with Nvidia's words on China
    for (const message of ['وين مقر شركة بايدو؟ بالصين وين بالضبط؟', 'where is cambricon based? in china, where exactly?']) {
      expect([message, engine.trace(message).length]).toEqual([message, 1]);
      expect([message, engine.ask(message).answered]).toEqual([message, false]);
    }
  });

  test('a follow-up that only names, with no question word of its own, guesses at the answer to the question before it: one answer', () => {
    expectOneAnswer('the smaller r2 variants, what are they training those on?? huawei?', /smaller versions of R2/);
    expectOneAnswer('النماذج الصغيرة على شو بتتدرب؟ هواوي؟', /smaller models/);
    expectOneAnswer('so which publication did the original report come from? the information izzit?', /The Information/);
    expectOneAnswer('مين نشر الخبر؟ ذا انفورميشن؟', /The Information/);
    // Joined on with "and", it asks the same of another name: a question of its own.
    expect(engine.ask('what did nvidia say? and huawei?').parts?.length).toBe(2);
  });

  test('و written apart joins a follow-up on as و glued does; a question word that begins with و (وين، وقتاش) joins nothing', () => {
    for (const message of ['واش هواوي صيفطات مهندسين؟ و شحال من واحد؟', 'did huawei send engineers? and how many?']) {
      const answer = engine.ask(message);
      expect(answer.parts?.length).toBe(2);
      expect(answeredWith(answer.parts?.[0])).toMatch(/Huawei sent/);
      expect(answer.parts?.[1].answered).toBe(false);
    }
  });

  test('"و هل" written apart still asks yes or no, as هل does', () => {
    // before: "و هل…" was read as asking "what"
    for (const message of ['ليش ديب سيك بدها تخفف من انفيديا، و هل بعدها بتستعملها ل R2؟']) {
      const questions = engine.trace(message).map(({ question }) => question);
      expect([message, questions.map((question) => question.type)]).toEqual([message, ['why', 'yesno']]);
      expect(answeredWith(engine.ask(message).parts?.[1])).toMatch(/keep using and relying on Nvidia processors for R2/);
    }
  });

  test('after a question naming a person by role, "his name" (اسمه) asks a person’s name, which the report never gives', () => {
    for (const message of [
      'شن قال متحدث انفيديا؟ وشن اسمه؟',
      "what did nvidia's spokesperson say? and what's his name?",
      // the man's name, and Pidgin's "im name" (his name)
      "what did the nvidia spokesman say? and what is the man's name?",
      'wetin di nvidia spokesman talk? and wetin be di man im name?',
      // "their name", joined on with no question mark between (before: one question)
      "what did the nvidia spokesperson say and what's their name?",
    ]) {
      const answer = engine.ask(message);
      expect(answer.parts?.length).toBe(2);
      expect(answeredWith(answer.parts?.[0])).toMatch(/competition has begun/);
      expect(answer.parts?.[1].abstention).toBe('missing-attribute');
    }
    // …and after a question for who did something, with no role named ("منو اللي علق من طرف انفيديا؟ وشنو اسمه؟")
    const afterWho = engine.ask('منو اللي علق من طرف انفيديا؟ وشنو اسمه؟');
    expect([afterWho.parts?.length, afterWho.parts?.[1].abstention]).toEqual([2, 'missing-attribute']);
    // A thing's name is no person's: "what's its name?" asks the chip's again.
    expectOneAnswer("what chip does huawei make? what's its name?", /Ascend/);
  });

  test('a follow-up joined on with "and"/و that asks for another attribute is a question of its own, about the same names', () => {
    for (const message of ['what did nvidia say about it, and when did they actually say it?', 'انفيديا قالت ايه؟ وامتى قالته؟']) {
      const answer = engine.ask(message);
      expect(answer.parts?.length).toBe(2);
      // The names it borrows lead its search as context (see the test of borrowed names above).
      expect(engine.trace(message)[1].question.context).toMatch(/nvidia|انفيديا/);
    }
    // Not joined on, "which month exactly?" makes the "when" before it more precise.
    expect(engine.ask('ya3ni R2 et2agel le emta? ay shahr bel zabt?').parts).toBeUndefined();
  });

  test('Iraqi "شكو ماكو بموضوع R2؟" asks what is up with R2, as "what\'s up with R2?" does: it introduces the question after it', () => {
    for (const message of ['شكو ماكو بموضوع R2؟ ليش تأجل؟', "what's up with R2? why was it delayed?"]) expectOneAnswer(message, /delayed, because/);
  });

  test('"what happened with R2?", "ايش صار مع R2؟" introduce the question after them', () => {
    for (const message of ['وش السالفة مع انفيديا؟ ليش ديب سيك تبي تقلل اعتمادها عليها؟', "what's up with nvidia? why is deepseek cutting back on it?"])
      expectOneAnswer(message, /Nvidia/);
    for (const message of ['what happened with R2? why was it delayed', 'ايش صار مع R2؟ ليه تأخر؟']) {
      const answer = engine.ask(message);
      expect(answer.parts).toBeUndefined();
      expect(answer.facts[0]?.fact.en).toMatch(/delayed/);
    }
  });

  test('dialect pronouns on ب ("بيه", "with it") are grammar words: "شنو صار بيه؟" asks about what came before', () => {
    for (const message of ['ليش تأجل R2؟ شنو صار بيه؟', 'why was R2 delayed? what happened with it?']) expectOneAnswer(message, /delayed/);
  });

  test('phrases read as one: "say back" is a reply, "حكى باسم" / "spoke for" make a spokesperson', () => {
    const reply = engine.ask('why is deepseek cutting back on nvidia + what did nvidia say back');
    expect(reply.parts?.[1].facts[0]?.fact.en).toMatch(/spokesperson/);
    for (const message of ['شو قال الشخص اللي حكى باسم انفيديا؟', 'what did the person speaking on behalf of nvidia say']) {
      const answer = engine.ask(message);
      expect(answer.answered).toBe(true);
      expect(answer.facts[0].fact.en).toMatch(/spokesperson/);
    }
  });

  test('a guess at the answer told by its "or something" ("what\'s R2, is it a chatbot or something?") goes around the question, whose answer stays', () => {
    // before: declined for "chatbot", a word no fact holds, read as what was asked
    for (const message of [
      "what's R2, is it a chatbot or something?",
      "ok but what's R2 even, like a chatbot or smth?",
      "what's R2 then, is it a chatbot or summat",
      'شو هو R2؟ تطبيق ولا شي؟',
    ])
      expectOneAnswer(message, /R2 as a large language model/);
  });

  test('after asking why, a yes/no question not joined on guesses the reason and goes around the question, in whatever language', () => {
    // before: two questions, and the guess, in English, made the reply English
    const answer = engine.ask("هو R2 اتأجل ليه؟ was it the Huawei team's fault?");
    expect([answer.parts, answer.language]).toEqual([undefined, 'ar']);
    expect(answer.facts.map((fact) => fact.fact.id)).toContain('r2-launch-delayed');
    // …in Arabic too, where ما before a verb ending in ش is "not" (ما…ش), no "what" (before: two questions)
    for (const message of ['علاش تأخر R2؟ هواوي ما عاونتهمش؟', 'علاش R2 تعطل؟ هواوي ما عاونوهمش؟'])
      expect([message, engine.ask(message).parts]).toEqual([message, undefined]);
    expect(engine.trace('هواوي ما عاونتهمش؟')[0].question.standard).not.toMatch(new RegExp(`(^| )${n('ما')} `));
    // …and one asked as a statement with a question mark (before: two questions)
    expect(engine.ask("why was R2 delayed? huawei's engineers couldn't help?").parts).toBeUndefined();
    // One joined on ("and is there…") asks a question of its own.
    expect(engine.ask('why was R2 delayed, and is there a launch date yet?').parts).toHaveLength(2);
  });

  test('so does one asked with هل, or with ما "not" between its subject and verb: neither asks what', () => {
    // before: هل and the negating ما were read as question words, and each message asked two questions
    for (const message of ['ليه R2 اتأخر؟ هو هواوي مكانتش بتساعدهم؟', 'ليش تأخر R2؟ هواوي ما ساعدتهم؟', 'ليش تأخر R2؟ هل هواوي ما ساعدتهم؟'])
      expect([message, engine.ask(message).parts, answeredWith(engine.ask(message))]).toEqual([message, undefined, expect.stringMatching(/delayed/)]);
    // ما that ends the clause asks what: a question of its own
    expect(engine.ask('ليش تأخر R2؟ هواوي عملت شو؟').parts).toHaveLength(2);
  });

  test('after asking what something is, "is it / is that…" guesses what, and goes around the question, whose answer is the fact the guess would confirm', () => {
    // before: two questions, the guess a yes/no one answered by another fact
    for (const message of ['what is ascend? is it a huawei chip?', "so whats this ascend thing, is that huawei's chip or nvidia's"]) {
      const answer = engine.ask(message);
      expect([message, answer.parts, answer.facts.map((fact) => fact.fact.id)]).toEqual([message, undefined, expect.arrayContaining(['ascend-is-huawei'])]);
    }
    // …with a sigh before it ("uff da", before: uff a word no fact holds)
    expectOneAnswer('uff da so whats this ascend thing, is that a huawei chip or what', /Ascend is a processor made by Huawei/);
    // The guess's words are no question the fact merely restates: the fact it would confirm leads.
    expect(engine.ask('what is ascend? is it a huawei chip?').facts[0]?.fact.id).toBe('ascend-is-huawei');
    // Not after a question of another kind: the yes/no after "who reported this?" stays a question of its own.
    expect(engine.ask('who reported this? is it a reliable outlet?').parts).toHaveLength(2);
  });

  test('Arabic guesses what it is with no pronoun, naming a kind of thing ("شنو هو Ascend؟ واش puce ديال هواوي؟")', () => {
    // before: two questions, the guess a yes/no one answered with the fact that DeepSeek runs its small models on Huawei chips
    for (const message of ['شنو هو هاد Ascend اللي كيهضرو عليه؟ واش puce ديال هواوي؟', 'شو هاد Ascend؟ شريحة هواوي؟']) {
      const answer = engine.ask(message);
      expect([message, answer.parts, answer.facts[0]?.fact.id]).toEqual([message, undefined, 'ascend-is-huawei']);
    }
    // A question with a verb of its own asks something new, joined on or not.
    expect(engine.ask('ما هو Ascend؟ هل ديب سيك بتستخدمه؟').parts).toHaveLength(2);
    expect(engine.ask('ما هو Ascend؟ وهل ديب سيك بتستخدمه؟').parts).toHaveLength(2);
  });

  test('a guess after "like", in the same sentence and closed by a bare "or" or "or what", goes around the question too; "or" between names still offers them', () => {
    // before: declined, the guess read as a yes/no question about a chatbot
    for (const message of [
      'I was wondering whether anyone knows what R2 actually is, like is it a chatbot or?',
      'can someone explain what R2 even is in this story, like is it a chatbot or what',
    ])
      expectOneAnswer(message, /R2 as a large language model/);
    expect(engine.trace('what chips r they using, like is it huawei or nvidia?')[0].question.standard).toMatch(/huawei or nvidia$/);
  });

  test('whose a person in a role is, said with a pronoun, is the company named before, not the model named beside it ("…R2 on nvidia? what did their spokesperson say?")', () => {
    // before: R2 was borrowed too, and no fact of what the spokesperson said names R2
    const answer = engine.ask('is the big R2 still on nvidia? also what did their spokesperson say about china?');
    expect(answer.parts?.map((part) => [part.answered, part.facts[0]?.fact.en])).toEqual([
      [true, expect.stringMatching(/Nvidia/)],
      [true, expect.stringMatching(/China/)],
    ]);
  });

  test('the one who speaks, in the imperfect, on behalf of someone is their spokesperson too ("اللي يتكلم باسم انفيديا", "اللي بيحكي باسم…")', () => {
    // before: declined, يتكلم باسم being no spokesperson
    for (const message of ['شو قال اللي يتكلم باسم انفيديا؟', 'ايش قال اللي بيحكي باسم انفيديا؟']) expectOneAnswer(message, /spokesperson/);
  });

  test('"other" and "there is" are grammar words in Arabic as in English (اخرين، تانية، يوجد، كاين)', () => {
    for (const message of ['كاين شي شركات اخرين غير هواوي؟', 'are there other companies besides huawei?']) {
      const answer = engine.ask(message);
      expect(answer.answered).toBe(true);
      expect(answer.facts[0].fact.en).toMatch(/Baidu/);
    }
  });

  test('Egyptian ميعاد and نزول are a date and a release: "is there a set date for the release?"', () => {
    for (const message of ['هو في ميعاد محدد لنزول الموديل؟', 'is there a set date for the release?']) {
      const answer = engine.ask(message);
      expect(answer.answered).toBe(true);
      expect(answer.facts[0].fact.en).toMatch(/no date has been announced/);
    }
  });

  test('a product that "drops" comes out, as one that ينزل does; dropping something is giving it up', () => {
    for (const message of ['has r2 dropped yet', "when's r2 dropping", 'R2 نزل ولا لسه؟']) {
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/launch/);
    }
    expect(engine.ask('is deepseek dropping nvidia').facts[0]?.fact.en).toMatch(/keep using and relying on Nvidia/);
  });

  test('out "yet" or "already" is released: whether the Huawei-chip model is out is asked of its launch', () => {
    // before: "out" was a grammar word, and the fact on Nvidia for R2 (whose aliases name Huawei) answered
    expectOneAnswer('is the huawei llm out already?', /no date has been announced/);
    expect(partsAnsweredWith("where'd this news come from, and is the huawei-chip version out yet?")).toEqual([
      expect.stringMatching(/The Information/),
      expect.stringMatching(/no date has been announced/),
    ]);
  });

  test('"what" right before a noun of a kind of name asks "which" ("what model…", "شو الموديل اللي…")', () => {
    for (const question of ['what model does deepseek run on nvidia now?', 'وش الموديل اللي بتشغله ديب سيك على انفيديا ذحين؟'])
      expect([question, engine.trace(question)[0].question.type]).toEqual([question, 'which']);
    // before: the fact that Huawei chips run the small models, which names Nvidia as the one leaned on less
    expectOneAnswer('شو الموديل اللي بتشغله ديب سيك على انفيديا؟', /Nvidia processors for R2/);
    // what the model is, asked of it, is no "which"
    expect(engine.trace('شو الموديل ده؟')[0].question.type).not.toBe('which');
  });

  test('a product that "drops or nah", "drops or not", or drops with chat\'s address after it ("dropping fam"), comes out too', () => {
    // before: read as giving something up, the fact that Nvidia is kept answered
    expectOneAnswer('any news on when the huawei powered model drops or not', /not yet said when it will launch/);
    expect(engine.trace('r2 drops or nah?')[0].question.standard).toMatch(/release/);
    // …and so does one with chat's address or fillers between ("dropping fam, any date yet?")
    expect(engine.trace('when is r2 dropping bro')[0].question.standard).toMatch(/release/);
    expect(engine.ask('when is r2 dropping fam, any date yet?').facts[0]?.fact.en).toMatch(/launch/);
  });

  test('ditching something alone is giving it up, answered by the fact that it is kept; ditching it for another is swapping them; a slip in a word of giving up is caught', () => {
    // before: "ditch" was a form of "replace", and the headline's swap answered
    for (const message of ['is deepseek ditching nvidia?', 'yo so deepseek ditchin nvidia now?? or nah', 'did deepseek dicth nvidai compleetly'])
      expect([message, engine.ask(message).facts[0]?.fact.en]).toEqual([message, expect.stringMatching(/keep using and relying on Nvidia/)]);
    expect(engine.trace('is deepseek ditching nvidia for huawei chips?')[0].question.standard).toMatch(/replace nvidia for huawei/);
    expect(engine.ask('is deepseek ditching nvidia for huawei chips?').facts[0]?.fact.en).toMatch(/swapping Nvidia chips for Huawei/);
  });

  test('بعد with a pronoun before an imperfect verb is "still" (ديب سيك بعدها تعتمد على انفيديا؟), as لسه is; at the end it is "after"', () => {
    // before: read as "after", and the plan to lean less on Nvidia answered
    expectOneAnswer('ديب سيك بعدها تعتمد على انفيديا لو لا؟', /keep using and relying on Nvidia/);
    expect(engine.trace('هواوي بعتت مهندسين، شو صار بعدها؟')[0].question.standard).not.toMatch(new RegExp(n('لسه')));
  });

  test('so is Gulf عاد with a pronoun before an imperfect verb ("ديب سيك عادها تعتمد على انفيديا؟")', () => {
    // before: عادها was a word no fact holds, and the question was declined
    expectAnsweredWith(['ديب سيك عادها تعتمد على انفيديا حق R2 ولا خلاص خلتها؟'], /relying on Nvidia/);
    expect(engine.trace('ديب سيك عادهم يستخدمون انفيديا للموديل الكبير؟')[0].question.standard).toMatch(new RegExp(n('لسه')));
  });

  test('and with the future or progressive marker between them (بعدها راح تعتمد، بعدهم رح يستخدموا): still', () => {
    // before: read as "after", and the plan to lean less on Nvidia answered
    expectOneAnswer('ديب سيك بعدها رح تعتمد على انفيديا ولا لا؟', /keep using and relying on Nvidia/);
    expect(engine.trace('بعدهم رح يستخدموا انفيديا للنموذج الكبير؟')[0].question.standard).toMatch(new RegExp(n('لسه')));
  });

  test('Levantine فك من "breaking off from" is giving something up; نهائي، كامل، ga3 "for good, entirely" and Maghrebi قعد "keep (doing)" are read so too', () => {
    // before: declined, بتفك a word no fact holds (نهائي too, in the first)
    for (const message of ['هل ديب سيك رح تفك من انفيديا؟', 'ديب سيك بتفك من انفيديا نهائي ولا بعدها معها؟'])
      expectOneAnswer(message, /keep using and relying on Nvidia/);
    for (const word of ['نهائي', 'نهائيا', 'كاملة', 'كاملين']) expect([word, isStopword(n(word))]).toEqual([word, true]);
    // (before: كاملة "entirely" was a word no fact holds, and the question declined)
    expectOneAnswer('واش ديب سيك باقا خدامة بنفيديا ولا بدلاتها كاملة؟', /keep using and relying on Nvidia/);
    // …and staying on with it, Maghrebi قعد "keep (doing)", the fact that it is kept (before: declined)
    expectOneAnswer('ديب سيك باش تقعد تخدم بانفيديا في R2 الكبير ولا باش تبدل لهواوي حتى هوني؟', /keep using and relying on Nvidia/);
    // Arabizi ga3 "entirely" (before: declined, ga3 a word no fact holds)
    expectOneAnswer('wach deepseek rah t5alli nvidia ga3 wela la?', /keep using and relying on Nvidia/);
  });

  test('staying (تبقى) before a verb of using is going on using it; تبقى alone tells a state', () => {
    // before: the headline's strategic shift answered, "stay" being no word of keeping on
    expectOneAnswer('واش ديب سيك غادي تبقى خدامة بنفيديا ولا غادي تبدلها كاملة بهواوي؟', /keep using and relying on Nvidia/);
    expect(engine.trace('واش ديب سيك غادي تبقى خدامة بنفيديا؟')[0].question.standard).toMatch(/تواصل تستخدم/);
    expect(engine.trace('شنو غادي يبقى من الخطة؟')[0].question.standard).not.toMatch(/تواصل/);
  });

  test('cutting someone off (قطع، Iraqi كطع) is giving them up: answered by the fact that Nvidia is kept', () => {
    // before: declined, تقطع and تكطعها words no fact holds
    for (const message of ['ديب سيك راح تقطع انفيديا؟', 'ديب سيك راح تكطع انفيديا؟']) expectOneAnswer(message, /keep using and relying on Nvidia/);
  });

  test('giving something up is abandoning it: "is deepseek giving up nvidia?" is answered by the fact that Nvidia is kept, as تتخلى عن is', () => {
    // before: declined, "giving" an everyday word and "up" nothing
    for (const message of ['is deepseek giving up nvidia?', 'has deepseek given up on nvidia for r2?', 'هل ديب سيك تتخلى عن انفيديا؟'])
      expect([message, engine.ask(message).facts[0]?.fact.en]).toEqual([message, expect.stringMatching(/keep using and relying on Nvidia/)]);
  });

  test('messing or tinkering with something is trying it out', () => {
    const answer = engine.ask("is it just huawei hardware they're messing with or other vendors too");
    expect(answer.answered).toBe(true);
    expect(answer.facts[0].fact.en).toMatch(/Baidu/);
  });

  test('keeping something around, or for something, is going on using it', () => {
    // before: declined, "keeps" meeting only the fact where competition keeps rising
    expect(engine.trace('why do they keep nvidia chips around?')[0].question.standard).toMatch(/keep using nvidia chips/);
    expectOneAnswer('so why keep nvidia around then?', /keep using and relying on Nvidia/);
    expectOneAnswer('what is deepseek keeping nvidia for?', /keep using and relying on Nvidia/);
  });

  test('"what about R2? …" still introduces the question after it', () => {
    const answer = engine.ask('what about R2? is it still on nvidia');
    expect(answer.parts).toBeUndefined();
    expect(answer.facts[0]?.fact.en).toMatch(/keep using and relying on Nvidia/);
  });

  test('a fact that leaves out a name the question asks about does not answer it; one of two alternatives is enough', () => {
    // The facts tell of Huawei's engineers, none of Baidu's.
    expect(eager.ask('did Baidu send engineers to DeepSeek?').abstention).toBe('not-covered');
    const either = engine.ask('هل R2 الكبير على Nvidia ولا Huawei؟');
    expect(either.answered).toBe(true);
    expect(either.facts[0].fact.en).toMatch(/Nvidia/);
  });

  test('a fact telling of an option only weighed answers a question about it, not one about what is done or planned, in either language', () => {
    expect(tellsConsidered(['DeepSeek had weighed running its model on Ascend.'])).toBe(true);
    expect(tellsConsidered(['Its strategy keeps re-weighing its options.'])).toBe(false);
    expect(asksConsidered('what was the ascend chip considered for')).toBe(true);
    expect(asksConsidered(n('ما كانت بدها تعمل ديب سيك معالج ascend'))).toBe(true);
    expect(asksConsidered('what does deepseek plan to use huawei chips for')).toBe(false);
    for (const question of ['What does DeepSeek plan to use Huawei chips for?', 'ماذا تخطط ديب سيك أن تفعل بشرائح هواوي؟'])
      expect(engine.ask(question).facts[0]?.fact.en).toMatch(/small/);
    for (const question of ['what was the ascend chip considered for?', 'شو كانت بدها تعمل ديب سيك بمعالج Ascend؟'])
      expect(engine.ask(question).facts[0]?.fact.en).toMatch(/inference/);
  });

  test('what someone was going to do is told only by the option they weighed: the facts telling what is done are set aside for it', () => {
    expect(asksIntended(n('ما الذي كانت ديب سيك تنوي فعله بمعالج ascend'))).toBe(true);
    expect(asksIntended('what was deepseek planning to do with ascend')).toBe(true);
    expect(asksIntended('what does deepseek plan to use huawei chips for')).toBe(false);
    // Chat's "gonna" holds its "to" (before: not read as an intention, and the fact of training the small R2s led)
    expect(asksIntended('what was deepseek gonna use huawei ascend for originally')).toBe(true);
    expect(asksIntended('what is deepseek gonna use huawei chips for')).toBe(false);
    expect(engine.ask("quick one tho: what was deepseek gonna use huawei's ascend for originally?").facts[0]?.fact.en).toMatch(/inference/);
    for (const question of ['وش كانت تبي ديب سيك تسوي بمعالج اسيند حق هواوي قبل؟', 'what was deepseek planning to do with ascend?'])
      expect([question, engine.ask(question).facts[0]?.fact.en]).toEqual([question, expect.stringMatching(/inference/)]);
  });

  test('what something was going to be used for ("what was … gonna use ascend for?") is what the option weighed was for: it answers the why', () => {
    // before: the fact of training the small R2s, a use that is no intention, answered as the purpose
    for (const question of ['what were they gonna use the ascend chips for?', 'so what was deepseek gonna use ascend for'])
      expect([question, engine.ask(question).facts[0]?.fact.en]).toEqual([question, expect.stringMatching(/inference/)]);
  });

  test('"was … going to", its "going" read away in standard form, is an intention too; "what was the reason to…" is none', () => {
    expect(asksIntended('what was deepseek to use ascend for')).toBe(true);
    expect(asksIntended('what was the to use huawei chips')).toBe(false);
    // before: "was deepseek to use" was no intention, and the fact of training the small R2s answered
    expect(engine.ask('what was deepseek going to use ascend for?').facts[0]?.fact.en).toMatch(/inference/);
    expect(engine.ask('what was the reason to use huawei chips?').facts[0]?.fact.en).toMatch(/lean less on Nvidia/);
  });

  test('تفعل "does", a light verb before what is done ("tdir des tests" تفعل tests), is an everyday word, as يفعل is', () => {
    // in the everyday list (a word in none is fully unusual, 1), as يفعل already was
    for (const word of ['تفعل', 'فعلت', 'فعلوا']) expect([word, unusualness(n(word)) < 1]).toEqual([word, true]);
    // before: تفعل was a word no fact holds at full weight, and the question was declined
    expectOneAnswer('deepseek rahi tdir des tests m3a chkoun?', /testing new AI GPU accelerators/);
  });

  test('Maghrebi باغي، باغية "wanting" after كان is an intention, as بدها and ناوية are', () => {
    expect(asksIntended(n('واش ديب سيك كانت باغيه تستعمل ascend'))).toBe(true);
    // before: no intention read, the fact of training the small R2s came first, and the question declined
    expectOneAnswer('واش ديب سيك كانت باغية تخدم ب Ascend فشي موديل؟', /inference/);
  });

  test('what something was meant for at first, or someone had in mind, is what they were going to do: "was … originally meant for", "had in mind", كان مخطط', () => {
    for (const question of [
      'what was huawei ascend originally meant for at deepseek',
      'what deepseek originally had in mind for huawei ascend',
      n('ما كان مخطط ديب سيك مع معالج اسند'),
    ])
      expect([question, asksIntended(question)]).toEqual([question, true]);
    // what something is meant for now is what is done
    expect(asksIntended('what are the new accelerators meant for')).toBe(false);
    // before: answered with what the smaller R2 versions are trained on
    for (const question of ["what was huawei's ascend originally meant for at deepseek?", 'شو كان مخطط ديب سيك مع معالج اسند تبع هواوي؟'])
      expect([question, engine.ask(question).facts[0]?.fact.en]).toEqual([question, expect.stringMatching(/inference/)]);
  });

  test('what someone "was thinking to" do, as English learners say "thinking of doing", is what they were going to do', () => {
    expect(asksIntended('what was deepseek first thinking to use the ascend chip for')).toBe(true);
    // before: answered with what the smaller R2 versions are trained on
    expectOneAnswer('what was deepseek thinking to use the ascend chip for?', /inference/);
  });

  test('whether a use goes on is answered by the fact bounding the change (Nvidia still for R2), in either language', () => {
    for (const question of ['is nvidia still in the picture for R2?', 'مش فاهمة هما لسه معتمدين على انفيديا ولا لأ'])
      expect([5, 7]).toContain(engine.ask(question).facts[0]?.fact.paragraph);
  });

  test('an alternative question ("X or Y?") is answered by a fact holding one of the alternatives, not by one of the kind asked besides; a fact holding neither does not settle it', () => {
    const fact = (id: string, en: string, ar: string) => ({ id, en, ar, sourceId: 'report', paragraph: 7, aliases: [] });
    const plan = fact(
      'plan',
      'DeepSeek weighed using Huawei Ascend chips for its new model, but may put that plan on hold for now.',
      'درست ديب سيك استخدام شرائح Ascend من هواوي لنموذجها الجديد، لكنها قد تجمد الخطة في الوقت الحالي.',
    );
    const small = fact(
      'small',
      'DeepSeek will use Huawei Ascend chips to train the smaller versions of R2.',
      'ستستخدم ديب سيك شرائح Ascend من هواوي لتدريب النسخ الأصغر من R2.',
    );
    // "For now" bounds the plan: the fact an extent question ("only…") prefers, were it not offered alternatives.
    const both = new Isnad({ ...loadKnowledgeBase(), facts: [plan, small] }, { decision: { operatingPoint: 0 } });
    for (const question of ['are Ascend chips used for the big model or only the small versions?', 'هل شرائح Ascend للنموذج الكبير ولا النسخ الاصغر بس؟'])
      expect(both.ask(question).facts[0]?.fact.id).toBe('small');
    const planOnly = new Isnad({ ...loadKnowledgeBase(), facts: [plan] }, { decision: { operatingPoint: 0 } });
    for (const question of [
      'is deepseek using huawei ascend chips for the big versions or only the small versions?',
      'هل ديب سيك تستخدم شرائح Ascend من هواوي للنسخ الكبيرة ولا النسخ الصغيرة بس؟',
    ])
      expect(planOnly.ask(question).answered).toBe(false);
  });

  test('a yes/no question whose own words the fact lacks, one of them a word no fact holds, is declined in either language; a "what" question is not', () => {
    // With the model out of the way, only the rule declines.
    for (const question of ['is NVDA a buy?', 'is nvidia stock going up?', 'هل انفيديا زعلانة من ديب سيك؟']) expect(eager.ask(question).answered).toBe(false);
    // Every word held by some fact ("bring up"), or a "what" question with chatter the facts lack ("wait").
    for (const question of ['did nvidia bring up china?', 'wait whats ascend again']) expect(eager.ask(question).answered).toBe(true);
  });

  test('how someone feels is asked, not chatter: "is huawei happy with deepseek?" is declined in either language; "happy friday" stays small talk', () => {
    for (const question of ['is huawei happy with deepseek?', 'هل هواوي مبسوطة من ديب سيك؟']) expect(eager.ask(question).answered).toBe(false);
    expect(engine.ask('happy friday all! who reported this?').facts[0]?.fact.en).toMatch(/The Information/);
  });

  test('the verb "own" asks who owns what, which the report never tells, in either language; "its own" stays no topic', () => {
    for (const question of ['does huawei own deepseek?', 'هل هواوي تملك ديب سيك؟']) expect(eager.ask(question).answered).toBe(false);
    expect(engine.ask('does deepseek want its own chip sources?').answered).toBe(true);
  });

  test('what a subject is asked to support is asked of it, as a complement is: "does R2 support arabic?" is declined in either language; "does huawei support deepseek?" is still help', () => {
    for (const question of ['will R2 support image input?', 'does R2 support arabic?', 'هل R2 يدعم اللغة العربية؟'])
      expect(eager.ask(question).answered).toBe(false);
    expect(engine.ask('does huawei support deepseek?').facts[0]?.fact.id).toBe('huawei-help-fell-short');
  });

  test('what a subject is asked to run on is asked of it, in either language; an Arabic article or plural ending earns no second slip, so موبايلات is no موديلات', () => {
    for (const question of ['will R2 run on mobile?', 'هل R2 هيشتغل على الموبايل؟', 'هل R2 هيشتغل على موبايلات؟'])
      expect(eager.ask(question).answered).toBe(false);
    for (const question of ['will R2 run on nvidia?', 'هل R2 هيشتغل على انفيديا؟']) expect(engine.ask(question).facts[0]?.fact.id).toBe('nvidia-for-r2-llm');
  });

  test('what someone is asked to run a model on is asked of it too ("can i run R2 on my phone?", "هل اقدر اشغل R2 على موبايلي؟"): declined in either language; running it on chips the facts name still answers', () => {
    expect(askedPredicate('can i run r2 on my phone')).toBe('phone');
    expect(askedPredicate(n('هل اقدر اشغل r2 علي موبايلي'))).toBe(n('موبايلي'));
    for (const question of ['can i run R2 on my phone?', 'هل اقدر اشغل R2 على موبايلي؟']) expect(eager.ask(question).answered).toBe(false);
    for (const question of ['can deepseek run the small models on huawei?', 'هل ديب سيك هتشغل النماذج الصغيرة على هواوي؟'])
      expect([1, 3, 7]).toContain(engine.ask(question).facts[0]?.fact.paragraph);
  });

  test("a yes/no question's complement of many words, what it is asked to run or how to work are asked of it; an adverbial after them (soon, at the end, في الاخر) is none of it", () => {
    expect(askedPredicate('will r2 be available in europe')).toBe('europe');
    expect(askedPredicate('does r2 work offline')).toBe('offline');
    expect(askedPredicate('can ascend run chatgpt')).toBe('chatgpt');
    expect(askedPredicate('is r2 gonna run on huawei or nvidia at the end')).toBe('nvidia');
    expect(askedPredicate(n('هل r2 هيشتغل علي هواوي في الاخر'))).toBe(n('هواوي'));
    expect(askedPredicate('is r2 going to be released soon')).toBeNull();
    for (const question of ['will R2 be available in europe?', 'does R2 work offline?', 'can ascend run chatgpt?'])
      expect(eager.ask(question).answered).toBe(false);
    expect(engine.ask('ngl kinda lost here, is R2 gonna run on huawei or nvidia at the end').facts[0]?.fact.en).toMatch(/Nvidia/);
    expect(engine.ask('is R2 going to be released soon?').facts[0]?.fact.paragraph).toBe(6);
  });

  test('what a maker is asked to make, sell or build is asked of it ("does huawei make phones?", "هل هواوي بتصنع موبايلات؟"): declined in either language; chips it makes still answer', () => {
    expect(askedPredicate('does huawei make phones')).toBe('phones');
    expect(askedPredicate(n('هل هواوي بتصنع موبايلات'))).toBe(n('موبايلات'));
    for (const question of ['does huawei make phones?', 'هل هواوي بتصنع موبايلات؟']) expect(eager.ask(question).answered).toBe(false);
    expect(engine.ask('does huawei make the ascend chip?').facts[0]?.fact.id).toBe('ascend-is-huawei');
    expect(engine.ask('does baidu make ai chips?').facts[0]?.fact.paragraph).toBe(4);
  });

  test('what a comparison compares must be in the fact: "better than chatgpt", "أفضل من جيميناي" are declined in either language', () => {
    // With the model out of the way, only the rule declines; a comparison of what the report tells stays answerable.
    for (const question of ['is deepseek better than chatgpt for coding?', 'هل ديب سيك أفضل من جيميناي؟', 'هل R2 اقوى من لاما؟'])
      expect(eager.ask(question).answered).toBe(false);
    for (const question of ['is trying more chips better than one vendor?', 'هل تجربة شرائح اكثر من مورد احسن؟'])
      expect(eager.ask(question).answered).toBe(true);
  });

  test('"why…?" is answered by the fact that gives the reason, not the one that tells the event again, in either language', () => {
    const fact = (id: string, en: string, ar: string, paragraph: number) => ({ id, en, ar, sourceId: 'report', paragraph, aliases: [] });
    const facts = [
      fact('tests', 'DeepSeek is testing Baidu accelerators and Cambricon accelerators.', 'ديب سيك تختبر مسرعات بايدو ومسرعات كامبريكون.', 4),
      fact('reason', 'DeepSeek adds suppliers so that it depends less on Nvidia.', 'ديب سيك تضيف موردين كي يقل اعتمادها على انفيديا وتختبر بايدو.', 1),
    ];
    const small = new Isnad({ ...loadKnowledgeBase(), facts }, { decision: { operatingPoint: 0 } });
    for (const question of ['why is deepseek testing baidu accelerators?', 'ليش ديب سيك تختبر مسرعات بايدو؟'])
      expect(small.ask(question).facts[0]?.fact.id).toBe('reason');
    expect(small.ask('is deepseek testing baidu accelerators?').facts[0]?.fact.id).toBe('tests');
  });

  test('"only…?" and "…completely?" are answered by the fact that bounds the claim, not the one that tells it again, in either language', () => {
    const fact = (id: string, en: string, ar: string) => ({ id, en, ar, sourceId: 'report', paragraph: 4, aliases: [] });
    const facts = [
      fact('tests', 'DeepSeek is testing Huawei chips for its models.', 'ديب سيك تختبر شرائح هواوي لنماذجها.'),
      fact('bound', 'Besides Huawei chips, DeepSeek is also testing Baidu chips.', 'تختبر ديب سيك ايضا شرائح بايدو الى جانب شرائح هواوي.'),
    ];
    const small = new Isnad({ ...loadKnowledgeBase(), facts }, { decision: { operatingPoint: 0 } });
    for (const question of ['is deepseek only testing huawei chips?', 'هل تختبر ديب سيك شرائح هواوي فقط؟', 'هل ديب سيك تختبر شرائح هواوي بس؟'])
      expect(small.ask(question).facts[0]?.fact.id).toBe('bound');
    expect(small.ask('is deepseek testing huawei chips for its models?').facts[0]?.fact.id).toBe('tests');
    // In the report: dropping Nvidia completely is answered by Nvidia still being used for R2.
    for (const question of ['wait so deepseek is ditching nvidia entirely or nah', 'هل ديب سيك هتسيب انفيديا خالص؟'])
      expect([5, 7]).toContain(engine.ask(question).facts[0]?.fact.paragraph);
  });

  test('what a yes/no question asks its subject to be must be in the fact: "multimodal", "مجانية" are declined in either language', () => {
    expect(askedPredicate('will the smaller r2 models be multimodal')).toBe('multimodal');
    expect(askedPredicate('هل ستكون نماذج r2 الصغيره مجانيه')).toBe('مجانيه');
    expect(askedPredicate('is r2 out yet')).toBeNull();
    expect(askedPredicate('is r2 to be released as open source')).toBe('source');
    for (const question of ['will the smaller R2 models be multimodal?', 'هل ستكون نماذج R2 الصغيرة مجانية؟']) expect(eager.ask(question).answered).toBe(false);
    // Held by a fact about something else ("open-source models", the spokesperson's), it is still not said of R2.
    for (const question of [
      'Is R2 going to be released as open source?',
      'will R2 come out as open source?',
      'هل R2 هيكون open source؟',
      'هل سيكون R2 مفتوح المصدر؟',
    ])
      expect(eager.ask(question).answered).toBe(false);
    for (const question of ['will the huawei model be available to consumers?', 'هل سيكون نموذج هواوي متاحا للمستخدمين؟'])
      expect(eager.ask(question).facts[0]?.fact.paragraph).toBe(8);
  });

  test('"what was X considered for?" asks its use: the plan for inference, not why plans change', () => {
    expect(engine.ask('what was the ascend chip considered for?').facts[0]?.fact.en).toMatch(/inference/);
  });

  test('a question answered by the fact an earlier one leads with, asking nothing more particular, is that question again: one answer, in either language', () => {
    for (const message of [
      'who reported this? which site?',
      'مين اللي نشر الخبر؟ انهي موقع؟',
      'deepseek had problems building r2 right? what kinda problems tho',
    ]) {
      const answer = engine.ask(message);
      expect(answer.parts).toBeUndefined();
      expect(answer.answered).toBe(true);
    }
    // Another attribute answered by the same fact is told once: where it comes out and when, both in ¶8.
    for (const message of ['where will the model running on huawei chips launch? and when?', 'وين رح ينزّلو النموذج اللي ماشي على شرايح هواوي؟ ومتى؟']) {
      const answer = engine.ask(message);
      expect([message, answer.parts, answer.facts[0]?.fact.paragraph]).toEqual([message, undefined, 8]);
    }
    // Another attribute led by another fact is a question of its own.
    for (const message of ['why was R2 delayed? and who reported it?', 'ليش تأجل R2؟ ومين نشر الخبر؟']) expect(engine.ask(message).parts).toHaveLength(2);
  });

  test('"why…?" leads with the fact that gives a reason, not one whose alias asks why about the event, in either language', () => {
    const fact = (id: string, en: string, ar: string, aliases: string[]) => ({ id, en, ar, sourceId: 'report', paragraph: 1, aliases });
    const facts = [
      fact('shift', 'DeepSeek swaps Nvidia chips for Huawei chips, a strategic shift.', 'ديب سيك تبدل شرائح انفيديا بشرائح هواوي في تحول استراتيجي.', [
        'why is it called a strategic shift',
        'ليش يسمونه تحول استراتيجي',
      ]),
      fact(
        'reason',
        'DeepSeek adds Huawei chips because it wants to depend less on Nvidia.',
        'تضيف ديب سيك شرائح هواوي لأنها تريد اعتمادا اقل على انفيديا.',
        [],
      ),
    ];
    const small = new Isnad({ ...loadKnowledgeBase(), facts }, { decision: { operatingPoint: 0 } });
    for (const question of ['why is deepseek swapping nvidia chips for huawei chips?', 'ليش ديب سيك تبدل شرائح انفيديا بشرائح هواوي؟'])
      expect(small.ask(question).facts[0]?.fact.id).toBe('reason');
  });

  test('a question most of whose words the report never uses is declined, everyday words or not', () => {
    expect(eager.ask('who won the world cup in football?').abstention).toBe('not-covered');
    expect(eager.ask('how do i fix my python venv on windows').abstention).toBe('not-covered');
  });

  test('"what happened after?" is answered by the outcome, not by the event told again', () => {
    for (const message of ['طب هواوي بعتت ناس يساعدوهم؟ وحصل ايه بعدها؟', 'شنو وقع مع المهندسين ديال هواوي؟']) {
      const answer = engine.ask(message);
      expect(answer.answered).toBe(true);
      expect(answer.facts[0].fact.en).toMatch(/did not|delayed/);
    }
  });

  test('a preposition glued to a two-word name still names it: لديب سيك', () => {
    const answer = engine.ask('واش هواوي صيفطات مهندسين لديب سيك؟');
    expect(answer.answered).toBe(true);
    expect(answer.facts[0].fact.en).toMatch(/engineers/);
  });

  test('an Arabizi question is answered in Arabic', () => {
    const answer = engine.ask('chkoun li nshar had l khbar');
    expect(answer.language).toBe('ar');
    expect(answer.answered).toBe(true);
    expect(answer.facts[0].fact.en).toMatch(/The Information/);
  });

  test('a question about an attribute the report lacks is declined, pointing at what it says', () => {
    for (const question of ['how many GPUs does deepseek have', 'كم سعر شريحة Ascend؟', "what's the nvidia spokesperson's name"]) {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(false);
      expect(answer.abstention).toBe('missing-attribute');
      expect(answer.text).toMatch(/doesn't say|لا يذكر/);
    }
  });

  test('a market value, a team’s size, the time now, a first date: attributes the report lacks, declined in either language', () => {
    expectDeclined(
      [
        "what's nvidia's market cap right now?",
        'are nvidia shares up or down after this news?',
        'كم القيمة السوقية لانفيديا؟',
        'how big is the engineering team huawei sent?',
        'ما حجم فريق مهندسي هواوي؟',
        'what time is it in berlin rn',
        'what was the original launch date of R2?',
        'متى كان الموعد الأصلي لإطلاق R2؟',
      ],
      'missing-attribute',
    );
  });

  test('a duration, a budget, a release date, a team’s leader, where the data centres are: attributes the report lacks, declined in either language', () => {
    expectDeclined(
      [
        'how long has deepseek been testing huawei chips?',
        'كم مدة تجارب ديب سيك على شرائح هواوي؟',
        "what's the budget for R2?",
        'شو ميزانية R2؟',
        "what's the release date of R2?",
        'who leads the huawei team?',
        'مين اللي بيقود فريق هواوي؟',
        "where are deepseek's data centers?",
        'وين مراكز بيانات ديب سيك؟',
      ],
      'missing-attribute',
    );
  });

  test('"how many companies…" is answered by the fact that names them, in either language', () => {
    for (const question of ['how many companies is deepseek testing accelerators from?', 'شحال من شركة كتجرب ديب سيك المسرعات ديالها؟']) {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.facts[0].fact.en).toMatch(/Huawei, Baidu and Cambricon/);
    }
  });

  test('what someone said is told only by a fact reporting their words, in either language', () => {
    // The report quotes Nvidia's spokesperson, and no one from Baidu or Cambricon.
    for (const question of ['did Cambricon respond?', 'شنو رد كامبريكون؟']) expect(engine.ask(question).answered).toBe(false);
    for (const question of ['what did Baidu say about it?', 'شو قالت بايدو؟']) {
      const answer = engine.ask(question);
      expect(answer.abstention).toBe('missing-attribute');
      expect(answer.text).toMatch(/quotes no such statement|لا ينقل تصريحًا/);
    }
    for (const question of ['what did nvidia say?', 'شو قالت انفيديا؟']) expect(engine.ask(question).facts[0]?.fact.paragraph).toBe(9);
  });

  test('a statement answers only when the speaker the question names made it, in either language', () => {
    // Nvidia's spokesperson spoke of America and China; America said nothing in the report.
    expectDeclined(['did the US government comment on this?', 'شو قالت امريكا عن ديب سيك؟'], 'missing-attribute');
    for (const question of ['what did nvidia say about china?', 'شو قالت انفيديا عن الصين؟']) expect(engine.ask(question).answered).toBe(true);
    // Mentioning is saying: Nvidia's spokesperson named China, Baidu named nothing.
    for (const question of ['did the nvidia guy mention china or im tripping', 'هل ذكرت انفيديا الصين؟'])
      expect(engine.ask(question).facts[0]?.fact.paragraph).toBe(9);
    expectDeclined(['did baidu mention china?', 'هل ذكرت بايدو الصين؟'], 'missing-attribute');
  });

  test('a number after which or what ("which 3 chipmakers…", "اي 3 شركات") says how many are asked for, no code a fact must hold; a number elsewhere still is one', () => {
    // before: "3" was a code no fact holds, and the question was declined
    for (const message of ['which 3 chipmakers is deepseek testing', 'اي 3 شركات بتجربها ديب سيك؟']) expectOneAnswer(message, /Baidu and Cambricon/);
    expect(engine.ask('did huawei send 50 engineers?').answered).toBe(false);
  });

  test('a word no fact holds qualifying a kind of chip names its maker ("intel chips", "amd gpus"): a fact must hold it; the chips the report names still answer', () => {
    expectDeclined(['does deepseek use intel chips?', 'does deepseek use amd gpus?'], 'not-covered');
    expect([1, 3, 5, 7]).toContain(engine.ask('does deepseek use huawei chips?').facts[0]?.fact.paragraph);
    expect([5, 7]).toContain(engine.ask('does deepseek use nvidai chips?').facts[0]?.fact.paragraph);
  });

  test('"when" / لما joining a clause to a question is no question word: the deed asked is answered, in either language', () => {
    for (const question of ['what did huawei do when deepseek got stuck on r2?', 'شو عملت هواوي لما علقوا بـ R2؟']) {
      expect([question, engine.ask(question).facts[0]?.fact.paragraph]).toEqual([question, 6]);
    }
  });

  test('what an outlet reported asks its report, told by the fact relaying it ("according to The Information…"), not the fact naming the outlet; "the main claim" is a noun', () => {
    expect(typeOf('what did the information report')).toBe('speech');
    expect(typeOf("what is the main claim in the article's headline")).not.toBe('speech');
    expect(engine.ask('what did the information report?').facts[0]?.fact.en).toMatch(/^According to The Information/);
    // Arabic asks it with a verb of saying, which already read it so ("ماذا قالت ذا انفورميشن؟"): the same fact answers.
    expect(engine.ask('ماذا قالت ذا انفورميشن؟').facts[0]?.fact.en).toMatch(/^According to The Information/);
  });

  test('a noun of reply asks for its possessor\'s words ("baidu\'s response", "the response from intel", "رد هواوي"), in either language', () => {
    expectDeclined(["what was baidu's response?", 'what was the response from intel?', 'شو كان رد هواوي؟', 'ردة فعل بايدو ايه؟'], 'missing-attribute');
    for (const question of ["what was nvidia's response?", 'شو كان رد انفيديا؟']) expect(engine.ask(question).facts[0]?.fact.paragraph).toBe(9);
    // …and someone's opinion (رأي), as "opinion" in English: what they said (before: the fact whose verb was رأى "opined", by its letters)
    expect(typeOf('هسا انفيديا شو رأيها بهاد الشي كله؟')).toBe('speech');
    expectOneAnswer('هسا انفيديا شو رأيها بهاد الشي كله؟', /competition has begun/);
    expectDeclined(['شو رأي بايدو؟'], 'missing-attribute');
  });

  test('what an opinion or stance is of (رأي انفيديا بالمنافسة مع هواوي) is its occasion, as what a statement answered: the name in it need not be held', () => {
    // before: declined, no fact of Nvidia's words naming Huawei
    expectOneAnswer('شو رأي انفيديا بالمنافسة مع هواوي؟', /Nvidia/);
    expectOneAnswer('شو رأي Nvidia بالـ competition مع Huawei؟', /Nvidia/);
  });

  test('"all" before the story or the matter asks of it, no more ("بكل هالقصة", "بكل هالموضوع")', () => {
    // before: بكل was a word no fact holds, and the question was declined
    expectOneAnswer('بدي اعرف شو رأي انفيديا بكل هالقصة', /competition has begun/);
    expectOneAnswer('شو رأي انفيديا بكل هالموضوع؟', /competition has begun/);
  });

  test('a slip of a name in who spoke is that name: "المتحدت باسم انفيدبا" is Nvidia\'s spokesperson, whose words answer', () => {
    // before: no speaker was read, and The Information's report ("according to…") answered
    expectOneAnswer('ماذا صرح المتحدت باسم انفيدبا عن هواوي وديب سيك؟', /competition has begun/);
    expectOneAnswer('شو قال المتحدث تبع انفدييا عن ديب سيك وهواوي؟', /competition has begun/);
  });

  test('a speaker the report never names (a word no fact holds, nor a slip of one) said nothing in it, in either language', () => {
    expectDeclined(['did openai comment?', 'هل ردت امازون على انفيديا؟'], 'missing-attribute');
    expect(engine.ask('what did nvidai spokesman say abt the competiton').facts[0]?.fact.paragraph).toBe(9);
  });

  test('"…or haven\'t they said yet?" names no speaker: the verb\'s subject is its pronoun, in its own clause after "or"', () => {
    // before: the first clause was read as the speaker, one the report never names, and the question declined
    expectOneAnswer('حددوا موعد الاطلاق ولا لسه ما قالوا حاجة؟', /no date has been announced/);
  });

  test('what follows "that" (ان، بلي) after a verb of saying is the statement asked about, not its speaker', () => {
    // before: the words after بلي were read as one the report never quotes, and the question declined
    expectOneAnswer('واش انفيديا قالت بلي الصين مهمة فهاد القضية؟', /China/);
  });

  test('a summary request gets the main point and the facts that carry it, each cited', () => {
    for (const question of ['tl;dr?', 'لخص لي الخبر']) {
      const answer = engine.ask(question);
      expect(answer.summary).toBe(true);
      expect(answer.facts.length).toBeGreaterThanOrEqual(3);
      expect(new Set(answer.facts.map((item) => item.fact.paragraph)).size).toBe(answer.facts.length);
      expect(answer.facts.every((item) => item.citation.paragraph !== null)).toBe(true);
    }
  });
});

describe('what came of an echoed statement points back at it', () => {
  test('"…؟ وشصار بالنتيجة؟", "…? what happened as a result" ask how the statement before turned out: one question', () => {
    // Either fact telling that the help fell short answers it.
    const cameOfIt = /Huawei sent a specialised team.*did not bring|help from Huawei's engineers did not bring/;
    expectOneAnswer('هواوي دزت مهندسين لديب سيك؟ وشصار بالنتيجة؟', cameOfIt);
    expectOneAnswer('huawei sent engineers to deepseek? what happened as a result', cameOfIt);
  });
});

describe('قابل "met, faced" is واجه', () => {
  test('"ايه المشاكل اللي ديب سيك قابلتها" asks the difficulties it faced, as "what problems did deepseek run into" does', () => {
    expectOneAnswer('شو المشاكل اللي قابلتها ديب سيك وهي عم تطور R2؟', /difficulties/);
    expectOneAnswer('what problems did deepseek run into with R2?', /difficulties/);
  });
});

describe('Tunisian بطّل "give up"', () => {
  test('"…مازالت ولا بطلوها؟" asks whether the plan was dropped: the fact that tells it was weighed and may be put on hold', () => {
    expectOneAnswer('خطة Ascend لنموذج الاستنتاج، مازالت ولا بطلوها؟', /may shelve that plan/);
  });
});

describe('a kind of consumer product the report never mentions', () => {
  test('is what the question is about: "when will huawei release its new phone?", "متى بتنزل هواوي جوالها الجديد؟" are declined, not answered with DeepSeek\'s launch', () => {
    expectNotAnswered(['when will huawei release its new phone?', 'متى بتنزل هواوي جوالها الجديد؟', 'بايدو عندها chatbot متاعها؟']);
    expectOneAnswer('when will the huawei-powered model launch on the consumer platform?', /not yet said when|no date/);
  });
});

describe('a dialect form of giving something up', () => {
  test('بتستغني is تستغني "does without", which no fact says but leads to the facts that say Nvidia is kept, as "is deepseek dropping nvidia" does', () => {
    expect(engine.trace('هل ديب سيك بتستغني عن انفيديا؟')[0].question.standard).toMatch(new RegExp(n('تستغني')));
    expectOneAnswer('هل ديب سيك بتستغني عن انفيديا؟', /keep using and relying on Nvidia/);
  });

  test('Moroccan and Algerian حبس "stop" is giving up, in Arabic script and Arabizi, as "will deepseek stop using nvidia" asks', () => {
    // before: تحبس was a word no fact holds, and the question was declined
    expectAnsweredWith(
      ['wach deepseek ghadi t7bes nvidia kamlin wla la?', 'ديب سيك مازال تخدم بنفيديا ولا حبساتها؟', 'will deepseek stop using nvidia completely?'],
      /keep using and relying on Nvidia/,
    );
  });
});

describe('what made something happen asks why', () => {
  test('"what made them delay R2", "شو اللي خلاه يتأخر" ask the reason; the causative is no topic', () => {
    expect(
      ['what made them delay R2?', 'R2 اتأجل؟ شو اللي خلاه يتأخر هيك؟', 'ايه اللي خلى R2 يتأخر؟'].map((message) => engine.trace(message)[0].question.type),
    ).toEqual(['why', 'why', 'why']);
    expectOneAnswer('R2 اتأجل؟ شو اللي خلاه يتأخر هيك؟', /launch R2 were delayed, because/);
  });

  test('"for what" closing a clause (عشان شو بالزبط؟، علشان ايه؟) asks the purpose; "so that not" (عشان ما تعتمد) asks nothing', () => {
    const type = (message: string) => engine.trace(message)[0].question.type;
    expect(type('ديب سيك بتجرب مسرعات GPU جديدة عشان شو بالزبط؟')).toBe('why');
    expect(type('هواوي بعتت مهندسين علشان ايه؟')).toBe('why');
    expect(type('ديب سيك بتجرب شرايح هواوي عشان ما تعتمد على انفيديا؟')).not.toBe('why');
    // before: answered with the fact that DeepSeek is testing them, not what for
    expectOneAnswer('ديب سيك بتجرب مسرعات GPU جديدة عشان شو بالزبط؟', /smaller models in its R2/);
  });

  test('standard Arabic asks it with دفع "drove … to" (ما الذي دفع ديب سيك إلى…), as English "what pushed them to"; دفع alone is still paying', () => {
    const type = (message: string) => engine.trace(message)[0].question.type;
    // before: يدفع read as "pays", and the question was asked for a sum of money
    expect(type('أود أن أفهم ما الذي يدفع ديب سيك إلى تنويع مصادر المعالجات لديها')).toBe('why');
    expect(type('ما الذي دفع ديب سيك إلى البحث عن بدائل؟')).toBe('why');
    expect(type('what pushed deepseek to look for alternatives?')).toBe('why');
    expect(type('كم دفعت ديب سيك لهواوي؟')).toBe('money');
    expectOneAnswer('أود أن أفهم ما الذي يدفع ديب سيك إلى تنويع مصادر المعالجات لديها', /depends less on Nvidia/);
  });
});

describe('"when" joining a clause on', () => {
  test('after another question word it asks no time ("what do they mean when they call…"), as لما does not; after a word of telling it does', () => {
    expectOneAnswer("what do they mean when they call deepseek's strategy balanced?", /balanced way/);
    expectOneAnswer('شو قصدهم لما بيقولوا استراتيجية ديب سيك متوازنة؟', /balanced way/);
    expect(engine.trace("what do they mean when they call deepseek's strategy balanced?")[0].question.type).toBe('what');
    expect(engine.trace('what does the report say about when R2 will launch?')[0].question.type).toBe('when');
  });

  test('opening a clause before its subject, the question after it, "when" or "after" (لما، بعد ما) tells the event asked of: no time, no summary', () => {
    // before: read as asking when, and declined
    expectOneAnswer('one doubt: when huawei sent their team for r2, what was the outcome? thank you in advance', /specialised team/);
    // before: "what happened" after it asked for the summary of the report
    for (const message of ['After Huawei sent engineers, what happened?', 'لما هواوي بعتت مهندسينها، ايه اللي حصل؟', 'بعد ما هواوي بعتت الفريق، شو صار؟'])
      expectOneAnswer(message, /specialised team/);
    // "when" with its auxiliary asks the time still; with nothing named, "what happened" is the report's story.
    expect(engine.trace('when will r2 launch, and what will it run on?')[0].question.type).toBe('when');
    expect(engine.ask('after all that, what happened?').summary).toBe(true);
  });
});

describe('whether someone replied, asked in Arabic with no question word', () => {
  test('"هل علقت بايدو على الخبر؟" asks for a statement Baidu made, which the report has not, as "did baidu respond to the news?" does; "بالصراحة" "frankly" names no speaker', () => {
    expect(engine.ask('هل علقت بايدو على الخبر؟').answered).toBe(false);
    expect(engine.ask('did baidu respond to the news?').answered).toBe(false);
    expect(answeredWith(engine.ask('el spokesman 7ag nvidia shgal bil sara7a?'))).toMatch(/Nvidia spokesperson said/);
  });
});

describe('a statement echoed in surprise', () => {
  test('"…?? when is R2 launching", "…؟؟ طيب امتى R2 هينزل": what the question after it, naming what it asks about, starts from; one question', () => {
    expectOneAnswer('wait huawei sent engineers and it still failed?? when is R2 launching then', /launch R2 were delayed/);
    expectOneAnswer('هواوي بعتت مهندسين لديب سيك؟؟ طيب امتى R2 هينزل', /launch R2 were delayed/);
    expect(splitClauses('deepseek ditched nvidia?! who said').map((clause) => clause.surprised)).toEqual([true, false]);
    expect(splitClauses('ديب سيك تركت انفيديا؟ مين قال').map((clause) => clause.surprised)).toEqual([false, false]);
    // One question mark: two questions, as before.
    expect(engine.ask('wait huawei sent engineers and it still failed? when is R2 launching then').parts).toHaveLength(2);
  });
});

describe("the asker's understanding held up to be checked", () => {
  test('"…? is that the plan or did i get it wrong?", "…؟ كده الخطة ولا فهمتها غلط؟" check the statement before, which carries the topic', () => {
    expectOneAnswer('so huawei for the small models and nvidia for the big ones? is that the plan or did i get it wrong?', /balanced way/);
    expectOneAnswer('يعني هواوي للنماذج الصغيرة وانفيديا للكبيرة؟ كده الخطة ولا فهمتها غلط؟', /balanced way/);
  });

  test('"…, that\'s the plan?" told rather than asked, and as Caribbean English writes it ("dats the plan?"), checks the statement too', () => {
    expectOneAnswer("so huawei for the small models and nvidia for the big ones, that's the plan?", /balanced way/);
    expectOneAnswer('so huawei chips fi di small models an nvidia fi di big one, dats the plan?', /balanced way/);
  });
});

describe('what someone is trying to achieve is their purpose', () => {
  test('"what is deepseek hoping to achieve by…", "ماذا تحاول ديب سيك أن تحقق…" ask why, and the cue is no topic ("trying" chips)', () => {
    expect(engine.trace('what is deepseek hoping to achieve by using huawei chips?')[0].question.type).toBe('why');
    expectOneAnswer('what is deepseek hoping to achieve by using huawei chips?', /so as to lean less on Nvidia/);
    expect(engine.trace('ماذا تحاول ديب سيك أن تحقق باستخدام شرائح هواوي؟')[0].question.type).toBe('why');
    expectOneAnswer('ماذا تحاول ديب سيك أن تحقق باستخدام شرائح هواوي؟', /so as to lean less on Nvidia/);
  });
});

describe('English as Nigerian Pidgin, Jamaican Patois, Scots and PR talk write it', () => {
  test('"lil" is little in an English line (the small models), as "lil" is لل in Arabizi', () => {
    expectOneAnswer('what chips are they using for the lil models now?', /small AI models/);
    expect(engine.trace('shno el chips lil models el sghar?')[0].question.standard).not.toMatch(/little/);
  });
  test('Patois: wah "what", fi "to", pon "on", di "the"; "wah gwaan" greets and asks nothing', () => {
    expectOneAnswer('wah gwaan everybody 😩 anyway, dem a use huawei fi train R2 or jus fi tweak it?', /smaller versions of R2/);
    const parts = engine.ask('how deepseek a try cut back pon nvidia? an did dem drop di ascend plan fi di inference model or wah?').parts ?? [];
    expect(parts.map(answeredWith)).toEqual([expect.stringMatching(/depend less on Nvidia/), expect.stringMatching(/inference/)]);
  });

  test('"big up" hails someone: a greeting, no size ("big up bot, what did nvidia say?")', () => {
    // before: "big" was read as the big model, and the most powerful R2 answered what Nvidia said
    expectOneAnswer('big up bot 🙌 wetin nvidia talk bout all dis?', /competition has begun/);
    expect(engine.trace('big up everyone, which chips for the big model?')[0].question.standard).toMatch(/big model/);
  });

  test('Egyptian and Levantine "how are you": إزيكم عاملين إيه and شو عامل greet and ask nothing; with a subject, عاملة ايه asks what it is doing', () => {
    // before: عاملين was the facts' عامل ("running on"), and the greeting a question of its own, declined beside the question
    expectOneAnswer('السلام عليكم يا شباب، إزيكم عاملين إيه؟ المهم، النسخ الصغيرة من R2 هيدربوها على شرايح مين؟', /smaller versions of R2/);
    expectOneAnswer('كيفك شو عامل يا زلمة؟ شو عم تعمل ديب سيك بشرائح هواوي؟', /small AI models/);
    // before: answered with the launch date no one announced, whose model runs (العامل) on Huawei's chips
    const doing = engine.trace('هواوي كانت عاملة ايه لديب سيك؟')[0].question;
    expect([doing.type, doing.standard.includes(n('عامل'))]).toEqual(['deed', false]);
    expect(answeredWith(engine.ask('هواوي كانت عاملة ايه لديب سيك؟'))).toMatch(/engineers/);
  });

  test('Pidgin "how una dey" (how are you all) greets and asks nothing; a who inside what someone said asks of that, not who they are', () => {
    // before: "una" was a word no fact holds, and the greeting a question of its own, declined
    expectOneAnswer('how una dey? wetin nvidia talk?', /competition has begun/);
    // before: read as asking the spokesman's name, and declined
    expect(engine.trace('the nvidia spokesman talk say america must win who?')[0].question.type).not.toBe('person');
    // …answered with what the spokesman said America must win: developers' support
    for (const message of ['the nvidia spokesman talk say america must win who?', 'the nvidia spokesman said america must win who?']) {
      const answer = engine.ask(message);
      expect([message, answer.answered, answer.facts.map((fact) => fact.fact.id)]).toEqual([message, true, expect.arrayContaining(['us-must-win-developers'])]);
    }
    expect(engine.ask('the nvidia spokesperson is who?').answered).toBe(false);
  });

  test('Pidgin abeg "please" asks nothing of its own', () => {
    // before: abeg was a word no fact holds, read as what Nvidia's words must be about, and the question declined
    expectOneAnswer('abeg wetin nvidia talk about all dis matter? 🤔', /competition has begun/);
    expectOneAnswer('abeg what did nvidia even say about all this?', /competition has begun/);
  });

  test('th written as d or t (dis, dat, dere, bout, wit), as Caribbean, Cajun and West African English say it', () => {
    expect(engine.trace('what kinda model was deepseek fixin to run on dat ascend chip')[0].question.standard).toMatch(/ on that ascend /);
    // before: "dere" and "dis" were words no fact holds, and the question was declined
    expectOneAnswer("Nvidia worried 'bout dis or what? Dey admit dere's real competition now?", /Nvidia/);
  });

  test('words of address (lad, mate, fam, bruv, machan, mandem, cher) and "any1" are chatter: the question is answered as without them', () => {
    const plain = answeredWith(engine.ask('did nvidia say anything about all this?'));
    expect(plain).not.toBeNull();
    for (const message of [
      'machan did nvidia say anything about all this?',
      'lad did nvidia say anything about all this?',
      'any1 know if nvidia said anything about all this?',
    ])
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, plain]);
  });

  test("the asker's hedges (supposedly, apparently, allegedly, seemingly) are chatter: the question is answered as without them", () => {
    for (const word of ['supposedly', 'apparently', 'allegedly', 'seemingly']) expect(isStopword(word)).toBe(true);
    // before: "supposedly" was a word no fact holds, and the question was declined
    expect(answeredWith(engine.ask('Can someone explain why this move supposedly opens the door to new competition?'))).toBe(
      answeredWith(engine.ask('Can someone explain why this move opens the door to new competition?')),
    );
    expect(engine.ask('Can someone explain why this move supposedly opens the door to new competition?').answered).toBe(true);
  });

  test('"tryna" is "trying to", as "wanna" is "want to"', () => {
    expect(engine.trace('what are they tryna achieve with huawei?')[0].question.standard).not.toMatch(/tryna/);
    expect(engine.trace('what are they tryna achieve with huawei?')[0].question.type).toBe('why');
    // before: "tryna" was a word no fact holds, and the question was declined
    expectOneAnswer("bruh what's the point of deepseek mixing chip suppliers, like what are they tryna achieve", /depends less on Nvidia/);
  });

  test('Taglish: ano / sino / bakit "what / who / why", and its particles (ba, po, naman, lang, yung) and lodi / pare are chatter', () => {
    expect(engine.trace('ano ba yung ascend?')[0].question.standard).toBe('what ascend');
    expect(engine.trace('bakit po nag switch ang deepseek sa huawei?')[0].question.type).toBe('why');
    expect(engine.trace('sino ang nag report nito?')[0].question.type).toBe('who');
    expect(engine.trace('pare kailan lalabas ang R2?')[0].question.type).toBe('when');
    // before: "lodi", "ba", "sila" were words no fact holds, and the question was declined
    expectOneAnswer('lodi what did nvidia say about all this? salty ba sila or nah 😂🎮', /Nvidia spokesperson said/);
  });

  test('Hinglish: kab / kya / kyun / kaun "when / what / why / who", hai "is", and the possessive ka / ki / ke', () => {
    expect(engine.trace('bro r2 launch kab hai??')[0].question.type).toBe('when');
    expect(engine.trace('deepseek ka plan kya hai with huawei?')[0].question.standard).toBe('deepseek plan what is with huawei');
    expect(engine.trace('nvidia kyun nahi for small models?')[0].question.type).toBe('why');
    // before: "kab" and "hai" were words no fact holds, and the question was declined
    expectOneAnswer('bro r2 launch kab hai?? delayed or what, pls tell fast', /delayed/);
  });

  test('Singlish particles (walao, lah, lor, meh, sia, ah) are chatter: the question is answered as without them', () => {
    const plain = answeredWith(engine.ask('deepseek really ditching nvidia for huawei chips? for which models'));
    expect(plain).not.toBeNull();
    expect(answeredWith(engine.ask('walao deepseek really ditching nvidia for huawei chips ah? for which models sia 😂'))).toBe(plain);
    expect(answeredWith(engine.ask('so deepseek really ditching nvidia lah?'))).toBe(answeredWith(engine.ask('so deepseek really ditching nvidia?')));
  });

  test('"they mad?" after a question for what someone said is no "made" (the fact saying who makes Ascend)', () => {
    expect(answeredWith(engine.ask('lol what did nvidia say about all this, they mad? 😂'))).toMatch(/spokesperson/);
  });

  test('New England\'s "ayuh" and British "oi" open a message as chatter: the question is answered as without them', () => {
    // before: "ayuh", no word the facts or everyday English know, weighed as a topic the facts lack
    const plain = answeredWith(engine.ask("so deepseek's ditchin nvidia altogethah or what? seems wicked unlikely to me"));
    expect(plain).toMatch(/keep using and relying on Nvidia/);
    expect(answeredWith(engine.ask("ayuh so deepseek's ditchin nvidia altogethah or what? seems wicked unlikely to me"))).toBe(plain);
    expect(answeredWith(engine.ask('oi is deepseek dropping nvidia?'))).toBe(answeredWith(engine.ask('is deepseek dropping nvidia?')));
  });

  test('Scots "aye or naw" ends a yes/no question as "or not" does, and names nothing the fact must hold', () => {
    expectOneAnswer('Is DeepSeek still usin Nvidia for R2, aye or naw?', /Nvidia processors for R2/);
    expectOneAnswer('هل ديب سيك لسه بتستخدم انفيديا لـ R2 ولا لا؟', /Nvidia processors for R2/);
  });

  test('Scots whit "what", dae / daein "do / doing", disnae, isnae, oot "out"', () => {
    const standard = (message: string) => engine.trace(message)[0].question.standard;
    expect(standard('whit chips are they using for the big R2?')).toMatch(/^what chips/);
    // before: "whit did…" was no question, and the message one question, not two
    const parts = engine.ask("aye so whit did huawei's engineers dae for r2, and when's it comin oot then?").parts ?? [];
    expect(parts.map((part) => part.facts[0]?.fact.id)).toEqual(['huawei-engineers-sent', 'r2-launch-delayed']);
    expect(standard('is deepseek still daein it wi huawei or no?')).toMatch(/doing it with huawei/);
    expect(standard('what dae they use huawei chips for?')).toMatch(/^what do they use/);
    expect(standard('why disnae deepseek just use nvidia for everything?')).toMatch(/^why doesn't deepseek/);
    // (oot is out, and out yet is released)
    expect(standard('so the big R2 model isnae oot yet, is it?')).toMatch(/isn't release yet/);
    // before: "daein" was a word no fact holds, and the yes/no question was declined
    expectOneAnswer("whit's the story wi the ascend plan for the reasoning model, are they still daein it or no?", /inference/);
  });

  test('Doric fit "what" before a noun it determines: "fit day did it come oot?" asks a date, declined; English fit stays a verb', () => {
    const parts = engine.ask('Which outlet did the story come fae, and fit day did it come oot?').parts ?? [];
    // before: one question, "fit day" words of it, answered with the outlet alone
    expect(parts.map((part) => [part.answered, part.facts[0]?.fact.id])).toEqual([
      [true, 'the-information-outlet'],
      [false, expect.anything()],
    ]);
    expect(engine.trace('fit chips is deepseek usin for r2?')[0].question.standard).toMatch(/^what chips/);
    expect(engine.trace('do huawei chips fit the big model?')[0].question.standard).toMatch(/chips fit the/);
  });

  test('…and opening a question before its auxiliary ("fit did the nvidia mannie say?"); English fit before one is no question word', () => {
    // before: "fit did" asked nothing, and the question was declined
    expectAnsweredWith(['fit did the nvidia mannie say aboot it?'], /Nvidia spokesperson said/);
    expect(engine.trace('an fit does it mean fer deepseek?')[0].question.standard).toMatch(/\bwhat does it\b/);
    expect(engine.trace('how fit is the huawei chip for the big model?')[0].question.standard).toMatch(/fit is/);
  });

  test('Northern English owt "anything": "did nvidia say owt about china?" asks whether Nvidia said anything about China', () => {
    // before: "owt" was a word no fact holds, and the question was declined
    expect(engine.trace('did nvidia actually say owt about china or is that made up?')[0].question.standard).toMatch(/say anything about china/);
    expect(answeredWith(engine.ask('did nvidia actually say owt about china or is that made up?'))).toMatch(/China/);
  });

  test('Irish English "yoke", a thing: "whats this ascend yoke" asks what Ascend is', () => {
    // before: "yoke" was a word no fact holds, the question declined and the guess after it answered instead
    expectOneAnswer('grand so whats this ascend yoke, is that a huawei chip or wha', /Ascend is a processor made by Huawei/);
    expect(engine.trace('what is that yoke huawei sent?')[0].question.standard).toMatch(/that thing huawei/);
  });

  test('chat English: a company\'s vibe is its stance (its response), "the craic" is the news (chatter), getting something out the door is launching it', () => {
    // before: each was declined for a word no fact holds
    expectOneAnswer("hiii just got back from pilates 🧘‍♀️✨ so what's nvidia's vibe about all this, are they feeling the heat??", /Nvidia spokesperson said/);
    expectOneAnswer("so what's the craic with R2, why's it been such a pain to get out the door?", /launch R2 were delayed/);
  });

  test('keeping on saying something says it: "keeps" before a verb of saying is no keeping up with something (flexible-strategy "keeps re-weighing its options")', () => {
    expect(engine.trace('what does the report keep saying about nvidia?')[0].question.standard).not.toMatch(/keep/);
    // before: declined, "keep" leading to the fact about a strategy that keeps re-weighing options
    expect(engine.ask('what does the report keep saying about nvidia?').answered).toBe(true);
    expect(answeredWith(engine.ask('what does the report keep saying about nvidia?'))).not.toMatch(/re-weighing/);
  });

  test('bringing something up is mentioning it, and "the nvidia guy" who says or mentions something is its spokesperson', () => {
    expect(engine.trace('did the nvidia guy bring up china?')[0].question.standard).toBe('did the nvidia spokesperson mention china');
    // "guy" otherwise stays a word ("the guy leading the team")
    expect(engine.trace('what is the name of the guy leading the team?')[0].question.standard).toMatch(/guy/);
    // before: declined, a yes/no question whose own words ("guy", "bring up") no fact holds
    expectOneAnswer('on night shift rn 😴 did the nvidia guy actually bring up china? what was the point he made', /China among the places/);
  });

  test('South African eish is a sigh in English, no Arabizi ايش: the answer is in English; among Arabizi words it still asks "what"', () => {
    // before: the one word made the message Arabizi, answered in Arabic
    const answer = engine.ask('eish so huawei sent guys over to help deepseek n it flopped? 😅');
    expect([answer.language, answer.facts[0]?.fact.id]).toEqual(['en', 'huawei-help-fell-short']);
    expect(engine.ask('eish 7ayesawwo b shara2e7 huawei ya3ni?').language).toBe('ar');
  });

  test('Australian mob is a company, an outfit: "which mob\'s chips" asks which company\'s', () => {
    // before: declined, "mob" read as a name no fact holds
    expectOneAnswer("so which mob's chips r they usin for the big r2 model mate", /Nvidia/);
  });

  test('British wot is "what", as a question word and in "or wot"', () => {
    // before: wot was chatter, and "wot they usin it for then" no question
    expectOneAnswer("ascend is huawei's thing yeh? wot they usin it for then", /smaller versions of R2/);
    expect(engine.trace('wot chips are they using for the big R2?')[0].question.standard).toMatch(/^what chips/);
  });

  test('"what happen" with the bare verb, as Caribbean, West African and learner English ask of the past, is "what happened"', () => {
    // before: "wha happen wit it" was no question of its own, and the surprise at R2 not being out was answered by its being upcoming
    for (const message of ['wait so r2 not out yet?? wha happen wit it lol', 'r2 still not out? what happen to it?'])
      expectOneAnswer(message, /launch R2 were delayed/);
  });

  test('wetin "what", fae "from", a PR team is who speaks for a company; "PR fluff" is no spokesperson', () => {
    expectOneAnswer('wetin nvidia talk about china?', /China among the places/);
    // Pidgin sef "even" asks nothing (before: a word no fact holds, and the question declined)
    expectOneAnswer('abeg wetin deepseek dey use huawei chips do sef 😅', /train its small AI models/);
    expectOneAnswer("what did nvidia's pr team say?", /Nvidia spokesperson said/);
    expectOneAnswer('whit did the article say came fae the information?', /outlet behind the news is The Information/);
    expectSummaries(['can someone sum this up minus the PR fluff']);
  });
});

describe('what holds something back delays it', () => {
  test('going on about something, or keeping on about it, is talking of it: no keeping of anything', () => {
    expect(engine.trace('what was the strategy the article kept going on about, the balanced one?')[0].question.standard).not.toMatch(/kept|going/);
    // before: "kept" met the fact that DeepSeek keeps re-weighing its options
    expectOneAnswer('what was the strategy thing the article kept going on about? like balanced or whatever', /balanced way/);
  });

  test('pushing something back, what is pushed between ("why did they push R2 back?"), delays it; pushing back with nothing between is resisting', () => {
    // before: declined, "push" and "back" being no words of the delay
    expectOneAnswer('why did they push R2 back?', /launch R2 were delayed/);
    expect(engine.trace('did nvidia push back against the report?')[0].question.standard).not.toMatch(/delay/);
  });

  test('"what\'s holding back R2", "what held R2 up", "ايش اللي معطل R2" ask what delayed it; "hold up," opening a message is a call to wait', () => {
    for (const message of ["what's holding back R2?", 'what held R2 up?', 'ايش اللي معطل R2؟']) expectOneAnswer(message, /launch R2 were delayed/);
    expect(
      engine
        .trace('hold up, is R2 out?')
        .map((part) => part.question.standard)
        .join(' '),
    ).not.toMatch(/delay/);
  });

  test('being on schedule, on track or on time (في موعده) is whether something is late: "is R2 still on schedule?" asks whether it was delayed, not how far a use goes', () => {
    // before: "still on" read as a use going on, answered with what Nvidia builds; "on track" was declined
    for (const message of ["Is R2's launch still on schedule?", 'is R2 on track?', 'هل سينطلق R2 في موعده؟'])
      expectOneAnswer(message, /launch R2 were delayed/);
    expect(engine.trace("Is R2's launch still on schedule?")[0].question.type).toBe('yesno');
    expect(engine.trace('is deepseek still on nvidia for R2?')[0].question.type).toBe('extent');
  });

  test('"…? X or are there others?" (بس هواوي لو اكو غيرها؟) guesses at the answer of the list question before it: one question', () => {
    for (const message of [
      'شنو الشركات اللي ديب سيك دا تجرب عدهم مسرعات؟ بس هواوي لو اكو غيرها؟',
      'shno el sharikat elli deepseek da tjarrib el accelerators malathum? bas huawei lo aku ghairha?',
      'which companies is deepseek testing accelerators from? huawei or are there others?',
    ])
      expectOneAnswer(message, /Huawei, Baidu and Cambricon/);
  });

  test('names set apart ("other than huawei and nvidia", "غير هواوي وانفيديا") are not names the answer must hold: it names the others', () => {
    expectAnsweredWith(
      [
        'does deepseek test chips from anyone other than huawei and nvidia?',
        'هل ديب سيك بتجرب شرايح غير هواوي وانفيديا؟',
        'هل في شركات تانية غير هواوي و انفيديا بتجربها ديب سيك؟',
      ],
      /Baidu and Cambricon/,
    );
    expect(setApartNames(['besides', 'huawei', 'and', 'nvidia', 'who'], ['huawei', 'nvidia', 'deepseek'])).toEqual(new Set(['huawei', 'nvidia']));
    // "than" alone compares; it sets nothing apart.
    expect(setApartNames(['better', 'than', 'nvidia'], ['nvidia'])).toEqual(new Set());
  });

  test('a name set apart may follow a determiner ("besides the ascend stuff", "other than those huawei ones")', () => {
    expect(setApartNames(['besides', 'the', 'ascend', 'stuff'], ['ascend', 'deepseek'])).toEqual(new Set(['ascend']));
    expect(setApartNames(['other', 'than', 'those', 'huawei', 'ones'], ['huawei'])).toEqual(new Set(['huawei']));
    // before: Ascend was a name the answer had to hold, and the fact naming the other makers was declined
    expectOneAnswer('bro which accelerators is deepseek benchmarking rn besides the ascend stuff', /Baidu and Cambricon/);
  });

  test('what is put in a name\'s place ("instead of nvidia", "rather than", "…using instead", بدل، عوض) is another of its kind: a fact naming only that one tells of it, not of what replaces it', () => {
    expect(setApartNames(['using', 'instead', 'of', 'nvidia'], ['nvidia'])).toEqual(new Set(['nvidia']));
    expect(setApartNames(['rather', 'than', 'nvidia'], ['nvidia'])).toEqual(new Set(['nvidia']));
    expect(setApartNames(['تستعمل', 'عوض', 'انفيديا'], ['انفيديا'])).toEqual(new Set(['انفيديا']));
    // before: the fact that DeepSeek keeps Nvidia for R2 answered what it uses instead of Nvidia
    for (const message of [
      'what chips is deepseek using instead of nvidia?',
      'lol so deepseek ditching nvidia now?? 😂 what chips they using instead',
      'ديب سيك شو عم تستعمل عوض انفيديا؟',
    ]) {
      const lead = engine.ask(message).facts[0]?.fact;
      expect([message, lead?.en]).toEqual([message, expect.stringMatching(/Huawei/)]);
    }
  });

  test('lending someone a hand is helping them ("did Huawei lend DeepSeek a hand?", "مدت يد العون"), the one helped kept', () => {
    expectAnsweredWith(['did Huawei actually lend DeepSeek a hand with R2?', 'هل هواوي مدت يد العون لديب سيك في R2؟'], /Huawei('s)? .*(engineers|help)/);
    expect(engine.trace('did huawei lend deepseek a hand')[0].question.standard).toMatch(/help deepseek/);
  });

  test('British "binned", "bin the idea" and "axed" are dropping a plan, as لغت is', () => {
    for (const message of [
      "so whats the deal with deepseek's inference model on ascend, still happenin or binned??",
      'were they gonna use ascend for the inference model and then just bin the idea?',
      'هل ديب سيك لغت خطة Ascend لنموذج الاستنتاج؟',
    ])
      expectOneAnswer(message, /may shelve that plan/);
  });

  test('being late or overdue is being delayed ("so r2 is late or what"), as متأخر already was ("R2 متأخر ليه؟")', () => {
    for (const message of ['so r2 is late or what', 'is R2 overdue?']) expectOneAnswer(message, /launch R2 were delayed/);
    expect(answeredWith(engine.ask('R2 متأخر ليه؟'))).toMatch(/delay/);
  });

  test('the passive أُجِّل "was postponed" asks what delayed it, as "postponed" does; من اجل and لاجل are "for", no delay', () => {
    for (const message of ['لِمَاذَا أُجِّلَ إِطْلَاقُ نَمُوذَجِ R2؟', 'why was the launch of R2 postponed?']) expectOneAnswer(message, /launch R2 were delayed/);
    for (const message of ['ديب سيك تستخدم شرايح هواوي من اجل ايه؟', 'ديب سيك تستخدم شرايح هواوي لاجل ايش؟']) {
      expectOneAnswer(message, /train its small AI models/);
    }
  });

  test('أخّر "delayed" after a relative pronoun asks what delayed it; آخر "last" before a thing stays a grammar word', () => {
    // before: اخر was read as آخر "other", and the fact that R2 is upcoming answered
    for (const message of ['ايش اللي اخر R2؟', 'شو اللي أخر R2 هيك؟']) expectOneAnswer(message, /launch R2 were delayed, because/);
    expect(engine.trace('شو اللي اخر شي صار مع R2؟')[0].question.standard).not.toMatch(new RegExp(n('تاخير')));
  });
});

describe('what is going on between the parties, in Arabic as in English', () => {
  test('"شو صاير بين ديب سيك وانفيديا", "ديب سيك وهواوي شو صاير بيناتهم" ask for the summary, as "what\'s going on between deepseek and nvidia" does', () => {
    expectSummaries(['شو صاير بين ديب سيك وانفيديا؟', 'ديب سيك وهواوي شو صاير بيناتهم؟', "what's going on between deepseek and nvidia?"]);
    expect(engine.ask('شو صار مع R2؟').summary).toBeFalsy();
  });
});

describe('a country named as an adjective', () => {
  test('describes what it qualifies ("chinese companies", "الشركات الصينية"): the answer need not name the country; asked about, the country itself must be said', () => {
    expectOneAnswer('which chinese companies is deepseek testing accelerators from?', /Huawei, Baidu and Cambricon/);
    expectOneAnswer('مين الشركات الصينية اللي ديب سيك بتجرب مسرعاتها؟', /Huawei, Baidu and Cambricon/);
    expect(engine.ask('what does china say about deepseek?').answered).toBe(false);
  });
});

describe('a clause that says the question again more precisely', () => {
  test('"…? like…", "…? … i mean", "…؟ قصدي…" make one question with the one before, of its type', () => {
    expectOneAnswer('how is deepseek dividing the work between nvidia and huawei? like what runs where', /balanced way/);
    expectOneAnswer('which companies is deepseek testing chips from? besides huawei i mean', /Baidu and Cambricon/);
    expectOneAnswer('شو الشركات اللي عم تجرب ديب سيك شرايحها؟ قصدي غير هواوي', /Huawei, Baidu and Cambricon/);
  });
});

describe('an answer of the asked kind beside the fact that tells the event', () => {
  test('"completely?" is answered by what still holds, not by the fact that tells the cutting back again', () => {
    expect(answeredWith(engine.ask('is deepseek cutting nvidia off completely?'))).toMatch(/keep using and relying on Nvidia/);
  });

  test('"the goal of turning to Huawei" is answered by a fact that gives one, not by the one that only tells of the turn', () => {
    const answer = engine.ask('شو الهدف من لجوء ديب سيك لشرائح هواوي؟');
    expect(answeredWith(answer)).toMatch(/as part of a wider plan to depend less on Nvidia/);
  });
});

describe('paraphrase', () => {
  test('a firm is a company (شركة): the lexicon holds them as one term, as the facts\' "different companies" read', () => {
    const term = (word: string) => engine.analyzer.analyze(word).terms.map(({ term }) => term);
    expect(term('firms')).toEqual(term('companies'));
    expect(term(n('الشركات'))).toEqual(term('companies'));
    expectOneAnswer('does deepseek combine the best tech of different firms?', /best technology of different companies/);
  });

  test('being live (going live) is being launched: "is the huawei-powered LLM already live?" is answered by the fact that no date is set', () => {
    // before: answered with the plan to offer it, which says nothing of whether it is out
    expectOneAnswer("Is the Huawei-powered LLM already live on DeepSeek's consumer platform?", /no date has been announced/);
  });

  test('the public, end users, normal people (للناس، للجمهور) are the consumers: when it reaches them is when the consumer launch comes, which has no date', () => {
    // before: answered with R2's delay
    for (const message of [
      "so when's the huawei-powered deepseek thing actually comin out for normal people then",
      'when will it be released to the public?',
      'امتى راح ينزل للناس؟',
      'متى ستطرحه للجمهور؟',
      // …and regular folk (before: answered with R2's delay)
      "lol so when's the huawei powered thing actually comin out for regular folks",
      "when's the huawei powered one coming out for regular folk?",
    ])
      expectOneAnswer(message, /no date has been announced/);
  });

  test('a product, a manufacturer, what a company produces are what it makes (من إنتاج، من صنع): "is Ascend a Huawei product?", "اسند منتج هواوي؟"', () => {
    // before: "product" was a word no fact holds, and the yes/no question was declined
    for (const message of ['Is Ascend actually a Huawei product?', 'هل اسند منتج تبع هواوي؟', 'who manufactures ascend?'])
      expectOneAnswer(message, /Ascend is a processor made by Huawei/);
  });

  test('optimising and fine-tuning a model is refining it (تحسين), in English, Arabic and a line of both', () => {
    for (const message of [
      'يعني Huawei Ascend هيعمل training و optimization للنسخ الصغيرة من R2؟',
      'will ascend handle the optimisation of the smaller R2 versions?',
      'هل بيستخدموا Ascend لتحسين النسخ الصغيرة؟',
    ])
      expectOneAnswer(message, /train and refine the smaller versions of R2/);
  });

  test('WordNet gives the synonyms of a word’s common senses, lemmatised first', () => {
    expect(wordNet().synonyms('postponed')).toEqual(expect.arrayContaining(['defer', 'shelve']));
    expect(wordNet().synonyms('help')).toContain('assist');
    expect(wordNet().synonyms('zzzxq')).toEqual([]);
  });

  test('a synonym of a fact’s English word finds that fact, at a lower weight than the word itself', () => {
    const paraphrases = new Paraphrases(engine.analyzer);
    paraphrases.addEnglishWords(['the', 'launch', 'was', 'postponed']);
    const query = [{ source: 'deferred', alternatives: [] as { term: string; weight: number }[] }];
    paraphrases.expand(query);
    expect(query[0].alternatives).toContainEqual({ term: 'delay', weight: SYNONYM_WEIGHT });
  });

  test('giving something up finds the facts that say it is kept, at a lower weight: "dropping Nvidia?" — "keeps using Nvidia"', () => {
    const query = [{ source: 'dump', alternatives: [] as { term: string; weight: number }[] }];
    new Paraphrases(engine.analyzer).expand(query);
    const [keep] = engine.analyzer.analyze('keeps').terms;
    expect(query[0].alternatives).toContainEqual({ term: keep.term, weight: OPPOSITE_WEIGHT });
    for (const question of ['is deepseek dropping nvidia completely?', 'هل ديب سيك راح تستغني عن انفيديا بالكامل؟']) {
      expect(engine.ask(question).facts[0]?.fact.en).toMatch(/keep using and relying on Nvidia/);
    }
  });

  test('staying alone is no keeping ("stay ahead", "يبقى مستقبل…"): giving up finds what is kept, not who stays ahead', () => {
    const query = [{ source: 'dumped', alternatives: [] as { term: string; weight: number }[] }];
    new Paraphrases(engine.analyzer).expand(query);
    const [stay] = engine.analyzer.analyze('stays').terms;
    expect(query[0].alternatives.map((alternative) => alternative.term)).not.toContain(stay.term);
    for (const question of ['bro is nvidia getting dumped or nah', 'هل ديب سيك هتتخلى عن انفيديا؟']) {
      expect(engine.ask(question).facts[0]?.fact.en).toMatch(/keep using and relying on Nvidia/);
    }
  });

  test('a curated Arabic synonym group leads from one word to the others', () => {
    const paraphrases = new Paraphrases(engine.analyzer);
    const query = [{ source: n('أوفدت'), alternatives: [{ term: 'send', weight: 1 }] }];
    paraphrases.expand(query);
    expect(query[0].alternatives.map((alternative) => alternative.term)).toEqual(expect.arrayContaining(['بعث']));
    expect(parseGroups('# comment\nا ب  ج\n\nد ه')).toEqual([
      ['ا', 'ب', 'ج'],
      ['د', 'ه'],
    ]);
  });

  test('links between the languages are learned from facts that say the same thing in both', () => {
    const paraphrases = new Paraphrases(engine.analyzer);
    const ids = (text: string) => {
      const read: number[] = [];
      engine.analyzer.forEachTermId(text, { addTerm: (id) => read.push(id) });
      return read;
    };
    const fact = (en: string, ar: string) => ({ english: ids(en), arabic: ids(ar) });
    paraphrases.learnLinks(
      [fact('The rollout of widgets.', 'طرح الأدوات.'), fact('Widgets sell well.', 'الأدوات تباع جيدا.'), fact('Nothing here.', 'لا شيء.')],
      (id) => engine.analyzer.termName(id),
    );
    const query = [{ source: 'widgets', alternatives: [{ term: 'widget', weight: 1 }] }];
    paraphrases.expand(query);
    const [tools] = engine.analyzer.analyze('الأدوات').terms;
    expect(query[0].alternatives).toContainEqual({ term: tools.term, weight: LINK_WEIGHT });
  });
});

describe('autocomplete order', () => {
  const fact = (id: string, aliases: string[]) => ({ id, en: `Fact ${id}.`, ar: `حقيقة ${id}`, sourceId: 'report', paragraph: 1, aliases });

  test('fuse.js lifts the candidate whose short fields match what is being typed', () => {
    const others = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => fact(id, ['what is the weather']));
    const ranked = [fact('first', ['what is the weather']), ...others.slice(0, 2), fact('match', ['who sent the engineers']), ...others.slice(2)];
    expect(orderByFuse('who sent the engin', ranked, 'en')[0].id).toBe('match');
  });

  test('without a match the ranker’s order stands', () => {
    const ranked = [fact('first', []), fact('second', [])];
    expect(orderByFuse('zzz', ranked, 'en').map((item) => item.id)).toEqual(['first', 'second']);
  });
});

describe('alternatives guessing at the mood of what someone said', () => {
  test('"شو ردت انفيديا؟ زعلانة ولا عادي؟", "what did nvidia say abt all this, bullish or cope?": context around the question, which is still answered', () => {
    // before: the guess's words joined the question, and it was declined
    expectOneAnswer('انفيديا شو ردت على هالحكي؟ زعلانة ولا عادي؟', /Nvidia spokesperson said/);
    expectOneAnswer("bruh what did nvidia's spokesperson say abt all this, bullish or cope? 🤔", /Nvidia spokesperson said/);
    // alternatives after another kind of question are still what it asks
    expect(engine.trace('what is huawei doing for deepseek? training or running models?')[0].question.standard).toMatch(/training/);
  });

  test('so is a yes/no question naming nothing, in words no fact holds ("…? dey vex or wha", "…? are they vexed or what"); one naming something still asks', () => {
    // before: "vexed" joined the question, a word no fact holds, and it was declined
    expectOneAnswer('what did nvidia say about all this? are they vexed or what', /Nvidia spokesperson said/);
    expect(engine.ask('what did nvidia say? did they mention china?').parts).toHaveLength(2);
  });
});

describe("asking after a speaker's mood, then what they said", () => {
  test('"ليش إنفيديا معصّبة؟ شو قال الناطق تبعها؟", "why is nvidia so salty? what did they say?": one question, what they said', () => {
    // before: two questions, the first answered with what Nvidia said and the second again
    for (const message of [
      'هسّع ليش إنفيديا معصّبة؟ شو قال الناطق تبعها عن الصين؟',
      'انفيديا شكو خايفة؟ شكال المتحدث مالها؟',
      'why is nvidia so salty? what did they say?',
    ])
      expect([message, engine.ask(message).parts]).toEqual([message, undefined]);
    // A question of no mood still asks anew.
    expect(engine.ask('why is deepseek cutting back on nvidia + what did nvidia say back').parts).toHaveLength(2);
    for (const message of ['why did r2 get delayed? what did nvidia say?', 'ليش تأجل R2؟ شو قالت انفيديا؟'])
      expect([message, engine.ask(message).parts?.length]).toEqual([message, 2]);
  });
});

describe('"what X say" with its auxiliary dropped, as chat and Pidgin ask it', () => {
  test('asks what X said ("yo what nvidia say bout all dis?"); what the asker would say, or what the report says, asks no statement', () => {
    // before: a bare "what", answered by the same fact only by chance
    expect(engine.trace('yo what nvidia say bout all dis?')[0].question.type).toBe('speech');
    expectOneAnswer('yo what nvidia say bout all dis? dey vex or wha 😂', /Nvidia spokesperson said/);
    expect(engine.trace('what would you say is the main point?')[0].question.type).not.toBe('speech');
    expect(engine.trace('what does the article say about Cambricon?')[0].question.type).not.toBe('speech');
  });
});

describe('"when" is answered by a time, a date or a delay, not by what is only still to come', () => {
  test('"deepseek R2 when release??", "R2 راح ينزل امتى؟" lead with the delay; "is R2 out yet?" still with it being still to come', () => {
    // before: led with the fact that R2 is upcoming and has not launched yet
    expectOneAnswer('deepseek R2 when release??', /delayed/);
    expectOneAnswer('R2 راح ينزل امتى؟ any date yet?', /delayed/);
    expectOneAnswer('has R2 launched yet?', /has not launched yet/);
  });

  test('"is R2 out yet?", "صح ديب سيك طلعت R2 هسه؟" are told it is not, and that it met delays, in the asker’s language', () => {
    // before: "it has not launched yet" alone, which left out that it was held up
    for (const question of ['deepseek r2 out yet or wha 🙃', 'is r2 out yet or nah?']) {
      const answer = engine.ask(question);
      expect([question, answer.language, answer.facts[0]?.fact.en]).toEqual([question, 'en', expect.stringMatching(/not launched yet and has met delays/)]);
    }
    const arabic = engine.ask('صح ديب سيك طلعت R2 هسه؟');
    expect([arabic.language, arabic.facts[0]?.fact.ar]).toEqual(['ar', expect.stringMatching(/لم يُطلق بعد، وقد تأخّر/)]);
  });
});

describe('what trying several vendors gives', () => {
  test('"does trying several vendors give deepseek more options?", "هل تجربة شرائح اكثر من مورد توسع خيارات ديب سيك؟" are told it widens its options (¶4), in the asker’s language', () => {
    // before: the fact told only of a better chance of picking what suits it, and the Arabic question was declined
    const english = engine.ask('does trying several vendors give deepseek more options?');
    expect([english.language, english.facts[0]?.fact.en]).toEqual(['en', expect.stringMatching(/widens DeepSeek's options/)]);
    const arabic = engine.ask('هل تجربة شرائح اكثر من مورد توسع خيارات ديب سيك؟');
    expect([arabic.answered, arabic.language, arabic.facts[0]?.fact.ar]).toEqual([true, 'ar', expect.stringMatching(/توسّع خيارات ديب سيك/)]);
  });
});

describe('a company that published the news is its outlet', () => {
  test('"ما هي الشركة التي نشرت التقرير؟" asks who reported it, as "which company published the report?" does; a company that makes chips is still a company', () => {
    // before: الشركة led to the fact about Nvidia as a company
    expectOneAnswer('ما هي الشركة التي نشرت التقرير عن ديب سيك؟', /The Information/);
    expectOneAnswer('which company published the report about deepseek?', /The Information/);
    expectOneAnswer('اي شركة بتستخدم ديب سيك شرايحها للنماذج الكبيرة؟', /Nvidia/);
  });
});

describe('who said something a statement reports', () => {
  test('"مين اللي طلع وقال انو المنافسة بلشت؟", "…the line about the world picking the best tech, who said that?": the fact reporting the words tells who; "who said this?" of the news is still the outlet', () => {
    // before: answered with the outlet that published the news
    expectOneAnswer('مين اللي طلع وقال انو المنافسة بلشت؟', /Nvidia spokesperson said/);
    expectOneAnswer(
      "ngl the line about the world picking 'the best tech' for open-source models hit different ✨ who said that tho",
      /spokesperson said the world will choose/,
    );
    expectOneAnswer('who said this?', /The Information/);
    // "that" opening what was said (ان، انو) makes the claim the thing said, as "who said that…" does:
    // the report's own news is told by the outlet
    expectOneAnswer('شكون قال انو ديب سيك باش تخدم بشرايح هواوي؟', /According to The Information/);
    expectOneAnswer('who said that deepseek will use huawei chips?', /According to The Information/);
    // …and so does Maghrebi بلي (before: a who-question, answered with the fact itself)
    expectOneAnswer('شكون اللي قال بلي ديب سيك غادي تخدم بشرايح هواوي؟', /According to The Information/);
    expectOneAnswer('مين اللي قال الكلام ده؟', /The Information/);
  });
});

describe("what a statement answered is the occasion of the speaker's words", () => {
  test('"what did nvidia say about deepseek using huawei chips?", "انفيديا قالت ايه لما عرفت ان ديب سيك رايحه لهواوي؟": a development between two of the report\'s names, which the statement answers without naming', () => {
    // before: declined, the facts telling the development holding no words of Nvidia's
    for (const message of [
      'what did nvidia say about deepseek using huawei chips?',
      'what did nvidia say when deepseek went to huawei?',
      'انفيديا قالت ايه لما عرفت ان ديب سيك رايحه لهواوي؟',
      'شو قالت انفيديا لما سمعت انو ديب سيك عم تستخدم شرايح هواوي؟',
    ])
      expectOneAnswer(message, /Nvidia spokesperson said/);
    // a topic the statement holds leads to it; one the report lacks is still declined
    expectOneAnswer('what did nvidia say about china?', /China among the places/);
    expect(engine.ask('what did nvidia say about the price?').answered).toBe(false);
    expect(engine.ask("what did nvidia say about R2's release date?").answered).toBe(false);
  });

  test('of a development of one name ("…about the competition with huawei?"), only the name goes: what the speaker said of the rest', () => {
    // before: declined, no fact of Nvidia's words naming Huawei
    for (const message of ['what did nvidia say about the competition with huawei?', 'ماذا قالت انفيديا عن المنافسه مع هواوى'])
      expectOneAnswer(message, /Nvidia's remarks|Nvidia spokesperson said/);
    // …and what another says of the speaker's words is still declined: DeepSeek said nothing back
    expect(engine.ask('ديب سيك شو ردت على كلام انفيديا؟').answered).toBe(false);
  });

  test('an occasion naming nothing, only the news coming out ("when this came out", "لما الخبر ده طلع"), is the report\'s developments too', () => {
    // before: declined, no fact of Nvidia's words holding "طلع"
    for (const message of ['طب وانفيديا قالت ايه لما القصه دي طلعت؟', 'وش قالت انفيديا لما طلع الموضوع؟', 'nvidia 2alet eh lama el mawdo3 da tele3?'])
      expectOneAnswer(message, /Nvidia spokesperson said|Nvidia's remarks/);
    // an occasion with words of its own still asks them: the report gives no such statement
    expect(engine.ask('انفيديا قالت ايه عن السعر لما الخبر طلع؟').answered).toBe(false);
  });
});

describe('the report as the one telling frames the question', () => {
  test('"does the article say what…", "does the report mention who…" ask what it tells: the article is no topic of theirs; "how does the article describe nvidia" still asks about the article', () => {
    // before: "article" led to the fact about how the article sees the mix of chips
    expectOneAnswer('Does the article say what those Ascend processors are going to be used for?', /smaller versions of R2/);
    expect(engine.trace('does the report mention who sent engineers?')[0].question.standard).not.toMatch(/report/);
    expectOneAnswer('how does the article describe nvidia?', /giant/);
  });

  test('where the asker met what they ask about ("the Ascend thing the article keeps mentioning", "Ascend اللي في الخبر") only points at it; "شو اللي في الخبر؟" still asks for the summary', () => {
    // before: "article", الخبر led to the facts about the strategy that name Ascend
    expectOneAnswer('so what is the Ascend thing the article keeps mentioning?', /processor made by Huawei/);
    expectOneAnswer('ايش هو Ascend اللي في الخبر؟', /processor made by Huawei/);
    expectOneAnswer('wait what is the ascend chip mentioned in the report', /processor made by Huawei/);
    expect(engine.trace('شنو Ascend المذكور في المقال؟')[0].question.standard).not.toMatch(/مقال|المذكور/);
    expectSummaries(['شو اللي في الخبر؟', 'ايه اللي في المقال ده؟']);
  });

  test('so does "mentioned" after the noun it describes ("what is this Ascend processor mentioned"); after an auxiliary it is the verb of saying', () => {
    // before: "mentioned" made a question of what was said, and the report quotes no such statement
    expectOneAnswer('Please, what is this Ascend processor mentioned?', /processor made by Huawei/);
    expect(engine.trace('what are these accelerators mentioned here?')[0].question.standard).not.toMatch(/mention/);
    expect(engine.trace('what did the nvidia guy mentioned')[0].question.type).toBe('speech');
  });

  test('so does what keeps coming up ("this Ascend thing that keeps popping up", "Ascend اللي كل شوي بيطلع")', () => {
    // before: "keeps" led to the fact of a strategy that "keeps re-weighing its options"
    expectOneAnswer('Can someone explain what this Ascend thing is that keeps coming up?', /processor made by Huawei/);
    expect(engine.trace('شو هاد Ascend اللي كل شوي بيطلع؟')[0].question.standard).toBe(n('ما هاد ascend'));
    expect(engine.trace('ايه Ascend اللي كل شويه بيتذكر ده؟')[0].question.standard).not.toMatch(/كل/);
  });

  test('so does what they talk of in it ("R2 اللي عم يحكوا عنه بالخبر", "Ascend اللي بيتكلموا عليه في الخبر", "the ascend processor they talk about in the article")', () => {
    // before: declined, the report's words left as a topic no fact holds
    expectOneAnswer('شو هو R2 اللي عم يحكوا عنه بالخبر؟', /large language model/);
    expectOneAnswer('ايه هو Ascend اللي بيتكلموا عليه في الخبر؟', /processor made by Huawei/);
    expectOneAnswer('what is the ascend processor they talk about in the article?', /processor made by Huawei/);
    // …or, closing the question, of late
    expectOneAnswer('بس حدا بيعرف شو هو R2 يلي عم يحكوا عنه؟', /large language model/);
    // …or in the past, as Maghrebi كيهضرو reads ("…اللي كيهضرو عليه" is "اللي قالوا عليه"; before: قالوا a word no fact holds)
    expect(engine.trace('شنو هو هاد Ascend اللي كيهضرو عليه؟')[0].question.standard).toBe(n('ما هو هاد ascend'));
    expectOneAnswer('شو هو R2 اللي قالوا عنه؟', /large language model/);
  });
});

describe('"them", "those" before a word are determiners, no pronoun pointing back', () => {
  test('"…for the big R2, and what were them Ascend chips meant for in the first place?": the second question asks of Ascend, not of Nvidia and R2; "what are they using them for" still points back', () => {
    const parts = engine.ask("Is it right they're keeping Nvidia on for the big R2, and what were them Ascend chips meant for in the first place?").parts ?? [];
    // before: the second question had to hold Nvidia and R2 too, and was declined
    expect(parts.map(answeredWith)).toEqual([expect.stringMatching(/Nvidia/), expect.stringMatching(/inference/)]);
    expect(engine.trace('are they keeping nvidia for R2? and what are they using them for?')[1].question.standard).toMatch(/nvidia r2$/);
  });
});

describe('a noun phrase said alone before a question is its topic', () => {
  test('"the big R2 model, whose chips is that trained on?", "النسخة الكبيرة من R2، على شرائح مين بتتدرب؟": the phrase\'s words are the question\'s; "nvidia salty or what" is no phrase', () => {
    expect(engine.trace('the big R2 model, whose chips is that getting trained on?')[0].question.standard).toMatch(/^the big r2 model whose chips/);
    // before: "big" weighed as context, and the fact about the smaller R2 models answered
    for (const message of [
      'lunch break scroll 🍜 quick one: the big R2 model, whose chips is that getting trained on?',
      'النسخة الكبيرة من R2، على شرائح مين بتتدرب؟',
    ])
      expectOneAnswer(message, /Nvidia/);
    expect(engine.trace('nvidia salty or what 😂 did they say smth about china')[0].question.standard).not.toMatch(/salty/);
  });
});

describe('a sentence told beside a question the asker marked', () => {
  test('with neither a question mark nor a question word, it tells something: words of a type in it (a date, a name, "better than") ask nothing, in both languages', () => {
    expectOneAnswer('امتى بتطلق ديب سيك نموذجها على شرايح هواوي للناس؟ دورت على تاريخ وما لقيت', /not yet said when/);
    expectOneAnswer('who broke this story first? i saw the name the information somewhere', /The Information/);
    expectOneAnswer('hope your week is going better than mine 😩 anyway: what did huawei send to deepseek?', /sent a specialised team/);
  });

  test('one with its auxiliary first that ends with a full stop, its subject left out, tells too ("did 20 km on the bike."; "had a swim.")', () => {
    // before: "did 20 km…" was read as a yes/no question of its own, declined beside the real one
    expectOneAnswer('cheers for the help. did 20 km on the bike this morning. what did nvidia say about the competition?', /Nvidia/);
    expectOneAnswer('had a swim at the beach, lovely. why was R2 delayed?', /delayed, because/);
    // with its subject ("huawei", "they"), a question by its form still asks, full stop or not
    expect(engine.ask('did huawei send engineers. what did nvidia say about the competition?').parts).toHaveLength(2);
    expect(engine.ask('did they send engineers. what did nvidia say about the competition?').parts).toHaveLength(2);
  });

  test('the rule leaves a question by its form, asked without a mark: an English auxiliary first, or a request to be told (both languages)', () => {
    expect(engine.ask('who reported it? and is nvidia still used for R2').parts).toHaveLength(2);
    expect(engine.ask('what are the huawei chips for? give me the price of one chip').parts).toHaveLength(2);
    expect(engine.ask('ليش تأجل R2؟ وعطني سعر الشريحة').parts).toHaveLength(2);
    expect(engine.ask('ليش تأجل R2؟ بدي اعرف سعر الشريحة').parts).toHaveLength(2);
    // "tell me" written in two words, قول لي (before: read as chatter around the first question).
    expect(engine.ask('مين نشر الخبر؟ وقول لي شو صار مع مهندسين هواوي').parts?.map(answeredWith)).toEqual([
      expect.stringMatching(/The Information/),
      expect.stringMatching(/engineers/),
    ]);
  });

  test('guard: with no question marked anywhere, a sentence typed by its words alone still asks (both languages)', () => {
    expectOneAnswer('launch date of the huawei chip llm', /not yet said when/);
    expectOneAnswer('تاريخ اطلاق النموذج على شرايح هواوي', /not yet said when/);
  });
});

describe('a sentence opening with "or" offers the other alternative of the question before it', () => {
  test('one question, one answer, in both languages', () => {
    expectOneAnswer('is the big R2 model still on nvidia? or did they move it to huawei?', /Nvidia/);
    expectOneAnswer('النموذج الكبير لسه على انفيديا؟ ولا نقلوه لهواوي؟', /Nvidia/);
  });
});

describe('why the report or people describe something as they do', () => {
  test('asks what the description rests on, not a reason: no "why" type (both languages); why someone named said it stays "why"', () => {
    expect(typeOf("why are people calling deepseek's strategy balanced?")).toBe('what');
    expect(typeOf('why does the article say the plan is flexible')).toBe('what');
    expect(typeOf('why is it called a strategic shift')).toBe('what');
    // asked indirectly, in the order of a statement
    expect(typeOf("can someone explain why people are calling deepseek's strategy balanced")).toBe('what');
    expect(typeOf('لماذا يقولون ان الاستراتيجية متوازنة؟')).toBe('what');
    expect(typeOf('لماذا المقال يصف الخطة بالمرونة؟')).toBe('what');
    // "they said" with no one named before what was said is "they say" (قالوا، read قال)
    const readType = (question: string) => engine.trace(question)[0].question.type;
    expect(readType('ليش قالوا انو استراتيجية ديب سيك مرنة')).toBe('what');
    expect(readType('ليش قال المتحدث انو المنافسة بدأت')).toBe('why');
    expect(typeOf('why did nvidia say that')).toBe('why');
    expect(typeOf('لماذا قال المتحدث ذلك')).toBe('why');
    expect(typeOf('why did deepseek reduce its reliance on nvidia?')).toBe('why');
    expect(typeOf('ليش ديب سيك قللت اعتمادها على انفيديا؟')).toBe('why');
  });

  test('end to end, the fact that tells the description answers, in dialect as in English', () => {
    expectOneAnswer("why do people call deepseek's chip plan balanced?", /balanced way/);
    expectOneAnswer('ليش بيقولوا ان خطة ديب سيك للشرايح متوازنة؟', /balanced way/);
    expectOneAnswer("why does the article say deepseek's strategy is flexible?", /strategy is flexible/);
    expectOneAnswer('علاش كيقولو بلي ديب سيك عندها استراتيجية مرنة؟', /strategy is flexible/);
  });

  test('the report and its describing are no topic of such a question: the headline, which holds them, does not answer', () => {
    // before: the headline fact ("the article frames…") answered, for holding المقال and يصف
    expectOneAnswer('لماذا يصف المقال استراتيجية ديب سيك بأنها متوازنة؟', /balanced way/);
    expectOneAnswer('ليش المقال بيوصف استراتيجية ديب سيك بانها متوازنة؟', /balanced way/);
    expectOneAnswer("why does the article describe deepseek's strategy as balanced?", /balanced way/);
  });

  test('Levantine بيحكو، بحكو، بحكوا "they say" asks it as يقولون does', () => {
    // before: read as a reason asked, the strategy of leaning less on Nvidia answered
    expectOneAnswer('ليش بحكو انو ديب سيك ماشية باستراتيجية متوازنة؟', /balanced way/);
    expectOneAnswer('ليش بيحكو انو الخطة مرنة؟', /strategy is flexible/);
    // …with the plural's alif (before: declined)
    expectOneAnswer('بدي افهم ليش بحكوا انه ديب سيك عندها مرونة بالاستراتيجية تبعتها', /strategy is flexible/);
  });
});

describe('a role offered with names to choose from, and the Iraqi words that offer them', () => {
  test('"who is in charge of the big R2, huawei or nvidia?" asks which of them, not a person\'s name; alone it still asks for a person', () => {
    // before: a person's name was asked for, which the report never gives
    expectOneAnswer("who's in charge of the big R2, huawei or nvidia?", /Nvidia processors for R2/);
    expectOneAnswer('مين المسؤول عن نموذج R2 الكبير، هواوي ولا انفيديا؟', /Nvidia processors for R2/);
    expect(engine.ask("who is in charge of huawei's engineering team?").answered).toBe(false);
    expect(engine.ask('مين المسؤول عن فريق هواوي؟').answered).toBe(false);
  });

  test('Iraqi لو between two choices closing a question is "or", not "if"; جبير and چبير are كبير "big"', () => {
    expect(engine.trace('منو المسؤول عن R2 الجبير، هواوي لو انفيديا؟')[0].question.standard).toMatch(/الكبير هواوي او انفيديا$/);
    expect(engine.trace('R2 الچبير شنو يستخدم؟')[0].question.standard).toMatch(/الكبير/);
    expectOneAnswer('منو المسؤول عن نموذج R2 الجبير، هواوي لو انفيديا؟', /Nvidia processors for R2/);
    // guard: لو سمحت is "please"
    expect(engine.trace('شنو يستخدمون للنماذج الصغيرة لو سمحت')[0].question.standard).not.toMatch(/ او /);
  });
});

describe('شسمه "what\'s his name", and a name asked before the role it belongs to', () => {
  test('"…؟ وشسمه هذا المتحدث؟" asks a second question, for a person\'s name the report never gives', () => {
    // before: read as one question and answered twice with the spokesperson's words
    const parts = engine.ask('شنو قال المتحدث باسم انفيديا؟ وشسمه هذا المتحدث؟').parts ?? [];
    expect(parts.map(answeredWith)).toEqual([expect.stringMatching(/spokesperson/), null]);
    expect(engine.trace('شسمه المعالج مال هواوي؟')[0].question.standard).toMatch(/^ما /);
    expect(engine.ask('ما اسمه هذا المتحدث؟').answered).toBe(false);
    expect(engine.ask("what's his name, this spokesperson?").answered).toBe(false);
  });

  test('the name of the man spoken of ("وشو اسمو هالزلمة؟", Arabizi "w shu esmah hal rayyal?") asks for a person, in both scripts; Arabizi gal is قال', () => {
    for (const message of ['شو قال المتحدث باسم انفيديا عن الصين؟ وشو اسمو هالزلمة؟', 'shu gal el mt7adeth 7ag nvidia 3an el9een? w shu esmah hal rayyal?'])
      expect([message, (engine.ask(message).parts ?? []).map(answeredWith)]).toEqual([message, [expect.stringMatching(/China/), null]]);
    expect(engine.trace('shu galat nvidia?')[0].question.standard).toMatch(/قالت/);
  });

  test('Arabizi "esmaha" (its name, the vowel spelt before the ending) asks a name, as اسمها does in Arabic script', () => {
    // before: esmaha was read يسميها (he calls her), and a fact about the small models answered
    for (const message of ['el chips beta3et huawei esmaha eh?', 'الشرايح بتاعة هواوي اسمها ايه؟']) {
      const [reading] = engine.trace(message);
      expect([message, reading.question.type, reading.fact?.en]).toEqual([message, 'name', expect.stringMatching(/Ascend/)]);
    }
  });
});

describe('a question whose only words point back at the statement before it', () => {
  test('"…testing accelerators from several chinese companies, which ones?", "…، اي وحدة منهم؟" ask of the statement, not around it', () => {
    // before: the statement was context and "which ones" alone led to the fact about the split of the work
    expectOneAnswer('so deepseek is testing new accelerators from several chinese companies, which ones?', /Baidu/);
    expectOneAnswer('ديب سيك عم تجرب مسرعات من شركات صينية، اي وحدة منهم؟', /Baidu/);
  });

  test('"or what" closing it ("…؟ هيك الفكرة ولا شو؟", "…, or what?") is a tag, no question word of its own', () => {
    // before: ولا شو asked anew, "هيك الفكرة" alone, and the fact about Nvidia for the most powerful R2 answered
    expectOneAnswer('يعني ديب سيك عم تاخد الأحسن من كل شركة؟ هيك الفكرة ولا شو؟', /best technology of different companies/);
    expect(engine.trace('is deepseek ditching nvidia or what?')[0].question.standard).not.toMatch(/what/);
  });
});

describe('a message naming nothing of the report, sharing only everyday words with it', () => {
  test('"interesting read tbh", "did they finally win?" are declined, though a fact holds "read" or "win"; "did they give any date?" still asks the report', () => {
    // before: answered with whichever fact shares the everyday word
    expectNotAnswered(['interesting read tbh', 'did they finally win?', 'so did they win or what']);
    // a concept of the report (a date, a release) is no everyday word here, however common elsewhere
    expect(answeredWith(engine.ask('did they give any date?'))).toMatch(/no date has been announced/);
    expect(answeredWith(engine.ask('is there a set date for the release?'))).toMatch(/no date has been announced/);
    // a name makes it the report's: "did nvidia win?" is asked of Nvidia
    expect(engine.ask('what does nvidia say the US must win?').answered).toBe(true);
  });

  test('chatter before it that only looks like a fact\'s word ("leafs" for "lean", السباك for السباق) does not make it the report\'s; a fact\'s own word does', () => {
    // before: the slip in the chatter counted as a word the facts hold, and the fact about winning developers answered
    expectNotAnswered(['anyone catch the leafs game last night? did they finally win', 'شفتو السباك امبارح؟ كانوا خايفين؟']);
    expect(engine.ask('nvidia spokesperson was on tv. did they win?').answered).toBe(true);
  });

  test('declined by the rule, such a message gives the decision model nothing to be fitted on', () => {
    expect(engine.trace('interesting read tbh').map(({ fact, evidence }) => [fact, evidence])).toEqual([[null, null]]);
    expect(engine.trace('did they give any date?')[0].evidence).not.toBeNull();
  });
});

describe("a statement held up for confirmation after a question is the asker's reason for it", () => {
  test('"why does deepseek want to leave nvidia, nvidia is the best no??", "…؟ انفيديا هي الأحسن صح؟" ask one question; "yes or no" is no tag', () => {
    // before: the statement was read as a second question
    for (const message of ['why does deepseek want to leave nvidia, nvidia is the best no??', 'ليش ديب سيك بدها تترك انفيديا؟ انفيديا هي الأحسن صح؟'])
      expect([message, engine.ask(message).parts, answeredWith(engine.ask(message))]).toEqual([message, undefined, expect.stringMatching(/Nvidia/)]);
    // before a second question, a closing "or no" asks yes or no and is no tag holding up a premise
    expect(engine.trace('is deepseek dropping nvidia or no? and who reported it?')).toHaveLength(2);
  });
});

describe('abroad, overseas, further afield are worldwide', () => {
  test('"only at home or overseas too?", "جوا بس ولا دوليا؟" offer the fact\'s "worldwide" as an alternative', () => {
    // before: neither alternative was held by the fact, and the question was declined
    expectAnsweredWith(
      [
        'where does nvidia think the US needs developer support, only at home or overseas too?',
        'وين انفيديا بتقول امريكا محتاجة دعم المطورين، جوا بس ولا دوليا؟',
      ],
      /worldwide/,
    );
  });
});

describe('excusing the question before asking it is small talk', () => {
  test('"sorry if this is a daft one but…", "sorry for the dumb question, …" ask only what follows; "is the plan dumb?" keeps its word', () => {
    // before: "daft" was an unusual word no fact holds, and the question was declined
    for (const message of [
      'sorry if this is a daft one but what kind of platform is this huawei-powered model meant to come out on?',
      'sorry for the silly question but where will the huawei-powered llm come out?',
    ])
      expect([message, engine.trace(message)[0].question.standard]).toEqual([message, expect.not.stringMatching(/sorry|daft|silly/)]);
    expectOneAnswer('sorry for the dumb question, who reported this?', /The Information/);
    expect(engine.trace('is deepseek dumb to drop nvidia?')[0].question.standard).toMatch(/dumb/);
  });
});

describe('planning to do something now is going to do it', () => {
  test('"what does deepseek plan to use the ascend processors for?" asks what they will do; "what was deepseek planning to use ascend for?" still the option weighed', () => {
    // before: "plan" led to the fact about the Ascend plan that may be shelved
    expectOneAnswer('what does deepseek plan to use the huawei ascend processors for?', /smaller versions of R2/);
    expectOneAnswer('what was deepseek planning to use ascend for?', /inference \(reasoning\) model/);
  });
});

describe('what something signals is the reading of it', () => {
  test('"what does … signal?", "ماذا يدل …؟", "ده بيقول ايه عن طريقتها؟" lead with the article\'s reading, not the event told again; "what did nvidia say about all this?" still asks for words', () => {
    // before: led with the fact telling the Ascend plan again
    expectOneAnswer('what does deepseek possibly dropping the ascend plan for its inference model signal?', /strategy is flexible/);
    expectOneAnswer('ماذا يدل احتمال تخلي ديب سيك عن معالج Ascend لنموذج الاستنتاج؟', /strategy is flexible/);
    expectOneAnswer('احنا نفهم ايه من ان ديب سيك ممكن تسيب Ascend؟ ده بيقول ايه عن طريقتها؟', /strategy is flexible/);
    expect(engine.trace("what did nvidia's spokesperson say about all this?")[0].question.type).toBe('speech');
    expectOneAnswer('انفيديا بتقول ايه عن الصين؟', /spokesperson named China/);
  });
});

describe('a fact of the asked kind about something else is no answer', () => {
  test('"what are the Ascend processors doing with R2?" is answered by the fact holding every name, not by what Ascend is; so is a reason asked for, by the fact telling the plan', () => {
    // before: the fact of the kind (Ascend is Huawei's processor) did not name R2, and the question was declined
    expectOneAnswer('ابي افهم وش بتسوي معالجات اسيند حقت هواوي بالضبط مع R2', /smaller versions of R2/);
    // before: declined, the report giving no reason; what it says of the plan (it may be shelved for now) answers
    expectOneAnswer('علاش ديب سيك يمكن تخلي Ascend ديال نموذج الاستنتاج؟ شنو السبب؟', /may shelve that plan/);
  });
});

describe('seeking alternatives to a supplier is leaning less on it', () => {
  test('"why look for alternatives to nvidia", "ليش تدور على بدائل لانفيديا", Arabizi "bada2el la nvidia" ask why it leans less on Nvidia', () => {
    // before: declined, the fact about a search for alternatives not naming Nvidia
    expectLessRelianceAnswer([
      'why is deepseek looking for alternatives to nvidia?',
      'ليش ديب سيك عم تدور على بدائل لانفيديا؟',
      'lesh deepseek 3am tdawer 3a bada2el la nvidia?',
      'ما الذي دفع ديب سيك إلى البحث عن بدائل لمعالجات إنفيديا؟',
    ]);
    // alternatives with no supplier named are still a search for options
    expect(engine.trace('is deepseek testing alternatives?')[0].question.standard).toMatch(/alternatives/);
  });

  test('asked why, choosing another over Nvidia ("instead of", "and not just", بدل، عوض، مش بس) asks why it leans less on Nvidia, not why Nvidia is kept', () => {
    // before: the fact saying why Nvidia stays for R2
    expectLessRelianceAnswer([
      'why is deepseek using huawei chips and not just nvidia?',
      'why does deepseek use huawei chips instead of nvidia?',
      'ليش ديب سيك تستخدم شرايح هواوي بدل انفيديا؟',
      'علاش ديب سيك تخدم بهواوي عوض انفيديا؟',
    ]);
    // "why not just nvidia?" right after the question word is no choice set against Nvidia.
    expect(engine.trace('ليش مب بس انفيديا وخلاص؟')[0].question.standard).not.toMatch(n('الاعتماد'));
  });

  test('asked why, swapping Nvidia out ("why is deepseek replacing nvidia with huawei?", "why did it switch from nvidia…") asks why it leans less on Nvidia', () => {
    // before: the fact saying Nvidia is kept for R2
    expectLessRelianceAnswer(['why is deepseek replacing nvidia with huawei?', 'why did deepseek switch from nvidia to huawei chips?']);
    // guard: asked whether, not why, the swap is still the swap
    expect(engine.trace('is deepseek swapping nvidia for huawei chips?')[0].question.standard).not.toMatch(/reliance/);
  });

  test('leaving Nvidia and going to Huawei ("ditching nvidia and going full huawei", "بتخلي انفيديا وتروح لهواوي") is swapping them: the headline\'s swap answers', () => {
    // before: the fact saying Nvidia is kept for R2, which names no Huawei
    expectAnsweredWith(
      ['is deepseek ditching nvidia and going full huawei?', 'شنهو السالفة؟ ديب سيك بتخلي انفيديا وتروح لهواوي ولا شلون؟'],
      /swapping Nvidia chips for Huawei's/,
    );
    // giving Nvidia up alone is answered by the fact that it is kept
    expect(answeredWith(engine.ask('is deepseek ditching nvidia?'))).toMatch(/keep using and relying on Nvidia/);
  });

  test('asked why or for the reason, giving Nvidia up ("ditching", "dropping", "get off", "moving away from") asks why it leans less on Nvidia', () => {
    // before: the fact saying Nvidia is kept for R2
    expectLessRelianceAnswer([
      'ngl i only skimmed it but why is deepseek ditching nvidia?? thought nvidia was the goat',
      'ngl whats the actual reason they wanna get off nvidia',
      'why is deepseek moving away from nvidia?',
      // …and a change or step away from it (before: declined, the fact on DeepSeek's flexible strategy lacking Nvidia)
      'hi all, new here. why is deepseek making this change away from nvidia at all?',
      'what is the reason for deepseek stepping away from nvidia?',
    ]);
    // guards: asked whether, or why it is not given up, the facts saying Nvidia is kept answer
    for (const question of ['is deepseek ditching nvidia?', "why isn't deepseek ditching nvidia completely?"]) {
      expect([question, answeredWith(engine.ask(question))]).toEqual([question, expect.stringMatching(/keep using and relying on Nvidia/)]);
    }
  });

  test('Nvidia "not good enough" ("…, nvidia chips not good enough or smth", "انفيديا مش كويسة كفاية؟") guesses why DeepSeek leans less on it: the strategy answers', () => {
    // before: the fact saying Nvidia is kept for R2, or nothing
    expectLessRelianceAnswer([
      'why r they even doing this lol, nvidia chips not good enough or smth',
      'ليش ديب سيك رايحة لهواوي؟ انفيديا مش كويسة كفاية؟',
      'يعني انفيديا مش كويسة كفاية؟',
    ]);
  });

  test('replacing Nvidia said as a verbal noun (تبديل انفيديا, Arabizi tbaddil), asked why, is leaning less on it', () => {
    // before: the fact saying Nvidia is kept for R2, or the headline
    expectLessRelianceAnswer([
      'ليش ديب سيك قاعدة على تبديل انفيديا بهواوي؟',
      'lish deepseek 3am tbaddil nvidia?',
      'deepseek 3am tbaddil nvidia b huawei? lish hichi?',
    ]);
  });

  test('asking the latest news of something ("شو اخر خبر عن R2", "shu a5er 5abar 3an R2") frames the question after it, as "شو اخبار R2" does', () => {
    // before: a second question, for R2's news, answered with what R2 is
    for (const message of ['شو اخر خبر عن R2، رح يشغلوه على انفيديا ولا هواوي؟', 'shu a5er 5abar 3an R2, la7 ysha8loh 3al nvidia walla 3al huawei?'])
      expectOneAnswer(message, /Nvidia/);
  });

  test('"mu kafi huawei?" ("isn\'t Huawei enough?") after a question is the asker\'s reason for asking it, no question of its own', () => {
    // before: kafi was read كيف "how", and a second question was answered
    expectOneAnswer('lesh deepseek 3am tjarreb chips baidu w cambricon? mu kafi huawei?', /Baidu|Cambricon/);
  });

  test('replacing Nvidia\'s chips, the chips named between ("ليش بدها تبدل شرايح انفيديا؟"), asked why, is leaning less on Nvidia too', () => {
    // before: the fact saying Nvidia is kept for R2
    expectLessRelianceAnswer(['ليش ديب سيك بدها تبدل شرايح انفيديا؟', 'علاش ديب سيك بغات تبدل الشرائح ديال نفيديا؟']);
  });

  test('a bare "why" after a question asks it again as its reason, read as one sentence: the swap asked why after it', () => {
    // before: the question was read without its "why", and the fact saying Nvidia is kept for R2 answered
    expectLessRelianceAnswer(['deepseek really swapping nvidia for huawei chips?? why tho', 'so deepseek is replacing nvidia with huawei? why?']);
    expect(engine.trace('deepseek really swapping nvidia for huawei chips?? why tho').map((read) => read.question.type)).toEqual(['why']);
  });

  test('freeing itself from Nvidia, or getting away from it, is leaning less on it: asked why or wanted, the strategy answers', () => {
    // before: the fact saying Nvidia is kept for R2
    expectLessRelianceAnswer([
      'why does deepseek want to free itself from nvidia?',
      'chale so deepseek wan free itself from nvidia abi? why e dey do am',
      'why is deepseek getting away from nvidia',
      'ليش ديب سيك بدها تتحرر من انفيديا؟',
      'علاش ديب سيك بغات تفك من نفيديا؟',
      // wanted, not asked why, and with the reflexive عمر ("free themselves"): the aim is leaning less on it
      'وش سالفة ديب سيك مع هواوي؟ يبون يفكون عمرهم من انفيديا؟',
    ]);
    // asked whether it is done for good, Arabic's تفك is giving up: the fact that Nvidia is kept answers
    expect(answeredWith(engine.ask('يعني ديب سيك بتفك من انفيديا خلاص؟'))).toMatch(/keep using and relying on Nvidia/);
  });

  test('independence from whom is asked as whom it leans on less ("independent from who?", "مستقلة عن مين؟"): Nvidia, not the independence again', () => {
    // before: the fact saying DeepSeek wants more independence, which names no one
    expectLessRelianceAnswer([
      'so deepseek wants to be more independent?? independent from who 😅',
      'شو يعني ديب سيك بدها تعزز استقلاليتها؟ مستقلة عن مين يعني؟',
      'the article says ديب سيك wants more استقلاليه — independent from who exactly?',
    ]);
    // guard: independence asked about without "from whom" is still the independence
    expect(engine.trace('why does deepseek want more independence?')[0].question.standard).not.toMatch(/reliance/);
  });

  test('asked why, in spite of what the asker grants Nvidia ("if nvidia is the trusted one", "اذا انفيديا احسن"), asks why it leans less on Nvidia', () => {
    // before: the fact saying Nvidia is the trusted supplier for R2, the asker's own premise
    expectLessRelianceAnswer([
      "why tf is deepseek even bothering w huawei if nvidia is the 'trusted' one 🤔",
      'why use huawei chips when nvidia is better?',
      'ليش ديب سيك بتجرب هواوي اذا انفيديا احسن؟',
      'ليه ديب سيك تستخدم شرايح هواوي مع ان انفيديا هي المورد الموثوق؟',
      // …granted before the question (before: the fact saying Nvidia is the trusted supplier)
      'so if nvidia is the best one why are they even using huawei chips?',
    ]);
    // guard: a clause of time about something else stays ("why was R2 delayed when huawei sent engineers?")
    expect(engine.trace('why was R2 delayed when huawei sent engineers?')[0].question.standard).not.toMatch(/reliance/);
  });
});

describe('what the reports say, as the asker attributes it, frames the question', () => {
  test('"…وفق أحدث التقارير؟", "…حسب المقال؟" ask what the reports tell, as "according to the latest reports" does', () => {
    // before: "latest reports" led to the fact that opens with them, which does not name Ascend
    expectOneAnswer('ما الذي ستستخدم فيه ديب سيك معالجات Huawei Ascend وفق أحدث التقارير؟', /smaller versions of R2/);
    expect(engine.trace('شو رح تعمل ديب سيك بشرائح هواوي حسب المقال؟')[0].question.standard).not.toMatch(/حسب|المقال/);
    expectOneAnswer('what will deepseek use the huawei ascend processors for, according to the latest reports?', /smaller versions of R2/);
  });
});

describe('asking to be told frames the question after it', () => {
  test('"can someone explain what…", "does anyone know which…" ask what the question word asks, not yes or no', () => {
    expect(engine.trace('can someone explain what the ascend chip is')[0].question.type).toBe('what');
    expect(engine.trace('can someone explain what deepseek will use the ascend chips for')[0].question.type).toBe('why');
    expect(engine.trace('does anyone know which companies deepseek is testing chips from?')[0].question.type).toBe('list');
    // guard: a yes/no question of its own is still one
    expect(engine.trace('can deepseek explain the delay?')[0].question.type).toBe('yesno');
  });

  test('wondering aloud, about it or whether someone can tell it, frames the question after it as asking to be told does', () => {
    const [asked] = engine.trace('I was wondering whether anyone could tell me what The Information actually reported about DeepSeek and Huawei');
    expect([asked.question.type, asked.question.standard]).toEqual(['speech', expect.not.stringMatching(/wonder|whether|anyone|tell/)]);
    expectOneAnswer(
      'I was wondering whether anyone could tell me what The Information actually reported about DeepSeek and Huawei',
      /According to The Information/,
    );
    expect(engine.trace("i'm curious if someone can explain why deepseek tests huawei chips")[0].question.type).toBe('why');
    // guard: what follows no question word is left as it is
    expect(engine.trace('I was wondering whether R2 is out')[0].question.standard).toMatch(/wondering/);
  });

  test('a cleft saying what is asked ("what im trying to get at is why…", "i guess what i want to know is which…") frames the clause after it', () => {
    // before: "what" opened the question, and the reason was lost among its words
    for (const message of [
      'ok so what im really trying to figure out is why deepseek even bothers with huawei',
      'I guess what I want to know is who went to help DeepSeek',
    ]) {
      const [asked] = engine.trace(message);
      expect([message, asked.question.standard]).toEqual([message, expect.not.stringMatching(/want|trying|figure/)]);
    }
    expect(engine.trace('ok so what im really trying to figure out is why deepseek even bothers with huawei')[0].question.type).toBe('why');
    expectOneAnswer('I guess what I want to know is who went to help DeepSeek', /engineers/);
    // guard: a statement of what someone wants, with no question after it, is left as it is
    expect(engine.trace('what i want is the launch date')[0].question.standard).toMatch(/want/);
  });
});

describe('the independence the report speaks of comes of diversifying its chip sources, as its ¶3 says (تنويع مصادرها)', () => {
  test('"what does the article mean by deepseek wanting more independence?" is told how: by diversifying where its chips come from', () => {
    expectOneAnswer('Can someone explain what the article means by DeepSeek wanting more independence?', /diversifying its chip sources/);
    expect(answeredWith(engine.ask('شو يعني ديب سيك بدها تكون مستقلة أكثر؟'))).toMatch(/diversifying its chip sources/);
  });
});

describe("trying one maker's chips is taking them up", () => {
  test("why it tries one maker's chips is why it turned to them; the tests of several makers' accelerators keep their purpose (both languages)", () => {
    // before: the purpose of the tests of three makers' accelerators, with no word of depending less on Nvidia
    expectOneAnswer('why is deepseek trying out huawei chips?', /turning to Huawei chips.*lean less on Nvidia/);
    expectOneAnswer('ليش ديب سيك عم تجرب شرايح هواوي؟', /turning to Huawei chips.*lean less on Nvidia/);
    expectOneAnswer('why is deepseek testing huawei and baidu chips?', /purpose of DeepSeek's tests/);
    expectOneAnswer('ليش ديب سيك عم تجرب شرايح هواوي وبايدو؟', /purpose of DeepSeek's tests/);
    // asked whether it is that maker only, the other makers answer
    expectOneAnswer("why is deepseek trying huawei's chips only or others too?", /not only|Baidu/);
    expectOneAnswer('ديب سيك بتجرب شرايح هواوي بس ولا فيه شركات تانيه؟', /not only|Baidu/);
  });
});

describe('a model backed by a chipmaker runs on its chips', () => {
  test('what a model is built on is what it runs on, its hardware, no developing of it', () => {
    // before: "built" read as developing R2, answered by the difficulty of developing AI
    expectOneAnswer('Please, what is the R2 model going to be built on?', /Nvidia chips to build the most powerful version of R2/);
    expect(engine.trace("what's R2 built on?")[0].question.standard).toMatch(/run on/);
  });

  test('"the huawei-backed model", "nvidia-based R2" read as powered by them; the launch question is answered by the launch fact', () => {
    // before: "backed" led to the strategy fact
    expectOneAnswer('When will the Huawei-backed model come out?', /not yet said when it will launch/);
    expect(engine.trace('is R2 nvidia-based?')[0].question.standard).toMatch(/nvidia powered/);
  });
});

describe('asked why of what a fact gives as its own aim, the reason for that aim answers', () => {
  test('"why is deepseek trying to rely less on nvidia?" is answered by why it wants that (to diversify, to be independent), not by the fact that gives it as the aim of using Huawei chips', () => {
    // before: "DeepSeek intends to run its small AI models on Huawei chips, as part of a wider plan to depend less on Nvidia"
    expectOneAnswer('why is deepseek trying to rely less on nvidia', /because DeepSeek wants to diversify/);
    // a purpose not asked about leaves the fact giving it as it was
    expect(engine.ask('why does deepseek use huawei chips?').facts[0]?.fact.en).toMatch(/so as to lean less on Nvidia/);
  });

  test('leaning on something, "on" apart or not ("lean less on nvidia"), is relying on it, as "lean on" is', () => {
    // before: "lean" alone was held only by the fact giving it as the aim of using Huawei chips, which answered
    expectOneAnswer('why is deepseek trying to lean less on nvidia?', /because DeepSeek wants to diversify/);
    expectOneAnswer("why's DeepSeek leaning less on Nvidia these days?", /because DeepSeek wants to diversify/);
  });
});

describe('what something is used for is its purpose', () => {
  test('"what is deepseek using baidu chips for", "بتستخدم شرايح بايدو في ايه؟", "لإيش تستعملها؟" ask why, and the fact giving the purpose answers; what it was weighed or planned for is the option itself', () => {
    // before: the fact that only says Baidu is among the companies tried
    for (const message of ["what's deepseek actually using baidu chips for?", 'ديب سيك بتستخدم شرايح بايدو في ايه؟', 'شرايح بايدو لإيش تستعملها ديب سيك؟']) {
      expect([message, engine.trace(message)[0].question.type]).toEqual([message, 'why']);
      expect(engine.ask(message).facts[0]?.fact.en).toMatch(/purpose of DeepSeek's tests/);
    }
    for (const message of [
      'what was deepseek thinking of using ascend for?',
      'wat was deepseak plannig to use the ascnd chip for?',
      'ديب سيك كانت ناوية تستخدم Ascend في ايه؟',
    ])
      expect([message, engine.trace(message)[0].question.type]).toEqual([message, 'what']);
    // لما "when" is no "for what"
    expect(engine.trace('انفيديا قالت ايه لما عرفت ان ديب سيك رايحة لهواوي؟')[0].question.type).toBe('speech');
  });

  test('"…, and what is it testing them for?" asks the purpose as a question of its own does: a second answer, the tests\' aim', () => {
    expect(engine.trace('and what is deepseek testing them for?')[0].question.type).toBe('why');
    const answer = engine.ask("Two quick ones for my class: which companies' accelerators is DeepSeek testing, and what is it testing them for?");
    expect(answer.parts?.map(answeredWith)).toEqual([
      expect.stringMatching(/testing new AI GPU accelerators made by Huawei, Baidu and Cambricon/),
      expect.stringMatching(/purpose of DeepSeek's tests/),
    ]);
  });

  test('the difference between what two things are used for asks for the division of the work, not a purpose', () => {
    const message = "what's the difference between what the huawei chips and the nvidia chips are used for?";
    expect(engine.trace(message)[0].question.type).toBe('what');
    expectOneAnswer(message, /splits the work in a balanced way/);
    // One thing kept for two parts ("for R2, …, and for its larger models") is no division of the work.
    expect(tellsDivision(['DeepSeek will keep using Nvidia for R2, its LLM, and for its larger models.'])).toBe(false);
    expect(tellsDivision(['Huawei chips for the smaller models, Nvidia for the larger ones.'])).toBe(true);
    expect(tellsDivision([n('شرائح هواوي للنماذج الأصغر، وإنفيديا للنماذج الأكبر')])).toBe(true);
  });
});

describe('the reasoning behind something is its reason', () => {
  test('"what\'s the reasoning behind…", "the logic behind…" ask why, and no reasoning model; "its reasoning model" still is one', () => {
    const [asked] = engine.trace("what's the reasoning behind deepseek going with huawei?");
    expect([asked.question.type, asked.question.standard]).toEqual(['why', expect.not.stringMatching(/reasoning|behind/)]);
    expect(engine.trace("what's the logic behind testing chips from several companies?")[0].question.type).toBe('why');
    expectOneAnswer('what did deepseek want to run its reasoning model on?', /inference \(reasoning\) model/);
  });
});

describe('the vocative يا and whom it calls', () => {
  test('address the readers and are no topic, in Arabic script and Arabizi; English address words are everyday words already', () => {
    expectOneAnswer('R2 الكبير هيتبني على شرايح مين يا واد عمي؟', /Nvidia/);
    expectOneAnswer('deepseek bet3mel eh ma3 huawei ya m3allem?', /Huawei/);
    // Darija calls with "a" as with ya: "a khouya", "a sahbi"
    expect(engine.trace('wach deepseek mazal ghadi tb9a m3a nvidia f R2 wla la a khouya?')[0].question.standard).not.toMatch(/خويا| a /);
    expectOneAnswer('wach deepseek ghadi tb9a tkhdem b nvidia f R2 wla la a sahbi?', /Nvidia/);
    // guard: English calls its readers with everyday words ("my dude", "guys")
    expectOneAnswer('which chips will the big R2 be built on, my dude?', /Nvidia/);
  });
});

describe('two things contrasted ("the difference between A and B", "A vs B")', () => {
  const grammar = new Set(['whats', 'the', 'difference', 'between', 'and', 'ما', 'الفرق', 'بين', 'in', 'terms', 'of']);
  const isContent = (word: string) => !grammar.has(word);
  const names = new Set(['r2', 'هواوي', 'انفيديا']);
  const isName = (word: string) => names.has(word);

  test('what tells the sides apart: their own names when each has one, else the words one side has and the other not (both languages)', () => {
    expect(contrastedSides('ما الفرق بين شرائح هواوي وشرائح انفيديا'.split(' '), isContent, isName)?.tellApart).toEqual([['هواوي'], ['انفيديا']]);
    expect(contrastedSides('whats the difference between the big r2 and the small ones'.split(' '), isContent, isName)?.tellApart).toEqual([
      ['big'],
      ['small', 'ones'],
    ]);
    expect(contrastedSides('ما الفرق بين r2 الكبير والنسخ الصغيره'.split(' '), isContent, isName)?.tellApart).toEqual([['الكبير'], ['النسخ', 'الصغيره']]);
    expect(contrastedSides('big r2 vs small ones'.split(' '), isContent, isName)?.tellApart).toEqual([['big'], ['small', 'ones']]);
    expect(contrastedSides('whats the difference with nvidia'.split(' '), isContent, isName)).toBeNull();
  });

  test('"between" after a noun of a tie ("the competition between A and B", "المنافسة بين…") names who take part, no contrast', () => {
    const tie = (word: string) => isContent(word) && !['competition', 'المنافسه'].includes(word);
    expect(contrastedSides('the competition between huawei and nvidia'.split(' '), tie, isName)).toBeNull();
    expect(contrastedSides('المنافسه بين هواوي و انفيديا'.split(' '), tie, isName)).toBeNull();
    expect(contrastedSides('the difference between huawei and nvidia'.split(' '), tie, isName)?.tellApart).toEqual([['huawei'], ['nvidia']]);
    expectOneAnswer('الـ competition بين Nvidia و Huawei', /fresh competition/);
  });

  test('what or which of two things contrasted is told by the fact dividing the work between them, not one about a side; their reason is not', () => {
    // before: the fact that Nvidia stays for R2, which tells one side only
    for (const message of [
      'bro which chip is doing what here?? like nvidia for which R2 and huawei for which',
      'يعني ديب سيك بتظل على انفيديا ولا خلاص بتقلب على هواوي؟ ابي افهم',
    ])
      expectOneAnswer(message, /balanced way/);
    // (the reason one side is so: Nvidia trusted for R2)
    expectOneAnswer('ليه ديبسيك لسه بتثق في انفيدا للنموزج الكبير؟', /trusted supplier/);
  });

  test('bounding one side of a contrast the lexicon knows ("only the small models", "بس للنماذج الصغيرة") asks of the other side too: the division answers', () => {
    const small = (word: string) => ['small', 'الصغيره'].includes(word);
    expect(boundsSide('is huawei only for the small models'.split(' '), small)).toBe(true);
    expect(boundsSide('هواوي بس للنماذج الصغيره'.split(' '), small)).toBe(true);
    expect(boundsSide('is huawei for the small models'.split(' '), small)).toBe(false);
    expect(boundsSide('only huawei chips are used for testing the small models'.split(' '), small)).toBe(false);
    // before: the fact that Huawei trains the small models, which says nothing of the big one
    expectOneAnswer('هل ديب سيك راح تستخدم هواوي بس للنماذج الصغيرة؟', /balanced way/);
    expectOneAnswer('is deepseek using huawei just for the small models?', /balanced way/);
  });

  test('two names side by side, each given what it is for, or each put on a name, contrast them as "between" does (both languages)', () => {
    const grammarToo = (word: string) => isContent(word) && !['are', 'for', 'the'].includes(word);
    const isName = (word: string) => ['r2', 'huawei', 'nvidia', 'هواوي', 'انفيديا'].includes(word);
    expect(contrastedSides('huawei chips are for the small models and nvidia for the big r2'.split(' '), grammarToo, isName)?.tellApart).toEqual([
      ['huawei'],
      ['nvidia', 'r2'],
    ]);
    expect(contrastedSides('هواوي للنماذج الصغيره وانفيديا للكبيره'.split(' '), grammarToo, isName)?.tellApart).toEqual([['هواوي'], ['انفيديا']]);
    // One name given two uses is no contrast of names, nor is a name given nothing it is for.
    expect(contrastedSides('huawei for the small models and the big ones'.split(' '), grammarToo, isName)).toBeNull();
    expect(contrastedSides('huawei and nvidia for the big r2'.split(' '), grammarToo, isName)).toBeNull();
    // …or each half puts something on its name
    expect(contrastedSides('the big r2 on nvidia and the mini ones on huawei'.split(' '), grammarToo, isName)?.tellApart).toEqual([
      ['r2', 'nvidia'],
      ['huawei'],
    ]);
    expect(contrastedSides('r2 الكبير علي انفيديا والصغير علي هواوي'.split(' '), grammarToo, isName)?.tellApart).toEqual([['r2', 'انفيديا'], ['هواوي']]);
    expect(contrastedSides('the big r2 on nvidia and the small ones too'.split(' '), grammarToo, isName)).toBeNull();
    // The fact telling the split answers, though it never names the R2 a side holds.
    expectOneAnswer('huawei chips r for the small models n nvidia for the big r2, did i get it right?', /balanced way/);
    expectOneAnswer('so the big R2 is on nvidia and the mini ones on huawei, correct?', /balanced way/);
  });

  test('two equations side by side ("huawei chips = small models, nvidia = big r2") pair each name with its use, as "for" and "and" do (both languages); one "=" alone is left as typed', () => {
    expect(prepareText('so huawei chips = small models, nvidia = big r2?')).toBe('so huawei chips for small models and nvidia for big r2?');
    expect(prepareText('small models = huawei, big model = nvidia?')).toBe('small models for huawei and big model for nvidia?');
    expect(prepareText('هواوي = النماذج الصغيرة، انفيديا = الكبيرة؟')).toBe('هواوي للنماذج الصغيرة وانفيديا للكبيرة؟');
    expect(prepareText('هواوي = النماذج الصغيرة وانفيديا = الكبيرة؟')).toBe('هواوي للنماذج الصغيرة وانفيديا للكبيرة؟');
    expect(prepareText('so deepseek going huawei = more competition?')).toBe('so deepseek going huawei = more competition?');
    // before: the Nvidia-for-R2 fact, which leaves out the small models on Huawei
    expectOneAnswer('so huawei chips = small models n nvidia = the big r2, do i have that right or nah', /balanced way/);
    expectOneAnswer('so huawei chips = small models, nvidia = big r2... did i get that right or nah', /balanced way/);
  });

  test('a clause opening with a relative ("the one deepseek\'s using", "اللي بتستخدمها ديب سيك") says which thing the question before it meant', () => {
    // before: a question of its own in English, context in Arabic, and the fact naming both companies' chips answered
    expect(engine.trace("whit's huawei's chip called again, the one deepseek's usin? cannae mind the name").length).toBe(1);
    expectOneAnswer("whit's huawei's chip called again, the one deepseek's usin? cannae mind the name", /Huawei Ascend processors/);
    expectOneAnswer('شو اسم شريحة هواوي؟ اللي بتستخدمها ديب سيك', /Huawei Ascend processors/);
  });

  test('what a clause after a question sets apart ("…, apart from huawei?", "…؟ غير هواوي") goes with that question', () => {
    // before: a question of its own, which the fact about Huawei alone answered
    for (const message of [
      'any idea from whom all deepseek is testing GPU accelerators, apart from huawei?',
      'شو الشركات اللي ديب سيك بتجرب شرايحها؟ غير هواوي',
    ]) {
      expect([message, engine.trace(message).length]).toEqual([message, 1]);
      expectOneAnswer(message, /Baidu and Cambricon/);
    }
  });

  test('"that the gist?" checks the asker\'s reading against the report: no request for a summary', () => {
    expect(cutSummaryCue('so huawei for the small ones and nvidia for the big r2 that the gist or am i way off', '')).toBeNull();
    expect(cutSummaryCue('whats the gist', '')).not.toBeNull();
    // before: read as asking for the gist, and answered with a summary leading with Nvidia for R2
    const answer = engine.ask('so huawei chips = small models, nvidia = big r2, that the gist or am i way off');
    expect([answer.summary ?? false, answer.facts[0]?.fact.id]).toEqual([false, 'balanced-split']);
    // …nor, a sentence of its own, a question about something else (before: a word no fact holds, and the message declined)
    expectOneAnswer('so the small models go on huawei chips now? is that the gist', /train its small AI models/);
  });

  test('…and with no "and" between them, the comma gone ("small models on huawei, big r2 on nvidia", "هواوي للنماذج الصغيرة، انفيديا للكبيرة")', () => {
    const grammarToo = (word: string) => isContent(word) && !['are', 'for', 'the', 'on'].includes(word);
    const isName = (word: string) => ['r2', 'huawei', 'nvidia', 'هواوي', 'انفيديا'].includes(word);
    expect(contrastedSides('small models on huawei big r2 on nvidia'.split(' '), grammarToo, isName)?.tellApart).toEqual([['huawei'], ['r2', 'nvidia']]);
    expect(contrastedSides('هواوي للنماذج الصغيره انفيديا للكبيره'.split(' '), grammarToo, isName)?.tellApart).toEqual([['هواوي'], ['انفيديا']]);
    expect(contrastedSides('the big r2 on nvidia the small ones too'.split(' '), grammarToo, isName)).toBeNull();
    // before: the Nvidia-for-R2 fact, which leaves out the small models on Huawei
    expectOneAnswer('ok so small models on huawei, big r2 on nvidia, thats the plan ya?', /balanced way/);
  });

  test('"…, thats the plan ya?" holds the statement before it up for confirmation and asks nothing of its own', () => {
    // before: the tag was the question, the statement its context, and the Nvidia-for-R2 fact answered
    expectOneAnswer('ok so small models on huawei and big r2 on nvidia, thats the plan ya?', /balanced way/);
    expectOneAnswer('so huawei for the small models and nvidia for the big r2. is that the idea?', /balanced way/);
  });

  test('a fact telling of one side only does not tell them apart; a name on a side need not be held alone', () => {
    // before: "R2" had to be held, and the fact telling the split never names it
    expectOneAnswer('whats the difference between the big R2 and the small ones in terms of chips?', /balanced way/);
    expectOneAnswer('whats the diffrence betwen the big R2 and the smal ones in terms of chps?', /balanced way/);
  });

  test('Arabizi\'s "ben" is بين and "wel" is و + ال, so the contrast is read there too; what answers it is not yet the fact telling both apart', () => {
    const vocabulary = { has: () => false, begins: () => false };
    expect(transliterate('ben', vocabulary)).toBe('بين');
    expect(transliterate('wel', vocabulary)).toBe('وال');
    // The fact about the small versions alone no longer answers. The one about the big model does,
    // for now: the Arabic "versions" (النسخ) of the small side is a word that fact holds too.
    expect(answeredWith(engine.ask('eh el far2 ben el R2 el kbir wel nos5 el soghayara?'))).not.toMatch(/smaller versions of R2/);
  });
});

test('a name inside an alternative offered ("huawei for the big R2 or the small ones?") need not be held alone, as one on a side of a contrast need not (both languages)', () => {
  // before: "R2" had to be held; the fact telling the split never names it (English abstained,
  // Arabic was answered by the fact about Nvidia and R2)
  expectOneAnswer('lol so is deepseek using huawei for the big R2 or the small ones? kinda lost ngl', /balanced way/);
  expectOneAnswer('هل ديب سيك تستخدم هواوي لـ R2 الكبير ولا للنماذج الصغيرة؟', /balanced way/);
  // names offered as the alternatives still count, once: a fact holding either answers
  expect(answeredWith(engine.ask('is R2 trained on nvidia or huawei?'))).not.toBeNull();
});

test('a thing named bare with names offered to choose from ("is R2 trained on huawei or nvidia?") is the thing itself, not its small versions: the fact about R2 answers first (both languages)', () => {
  // before: the fact about the smaller versions of R2 trained on Ascend answered first
  expectAnsweredWith(
    ['is R2 trained on huawei or nvidia?', 'will they train R2 on nvidia or huawei chips?', 'R2 هيتعمل ال training على هواوي ولا انفيديا؟'],
    /relying on Nvidia processors for R2/,
  );
  // a side named is the side asked
  expectAnsweredWith(
    ['are the small versions of R2 trained on huawei or nvidia?', 'النسخ الصغيرة من R2 هتتدرب على هواوي ولا انفيديا؟'],
    /smaller versions of R2/,
  );
  // DeepSeek, named in nearly every fact, is no thing with sizes: all its models are asked of
  expectAnsweredWith(['ديب سيك شغالة على شرايح مين دلوقتي، انفيديا ولا هواوي؟'], /run its small AI models on Huawei/);
  // with no names offered, R2 on Huawei's chips is its small versions
  expectAnsweredWith(['is R2 trained on huawei chips?'], /smaller versions of R2/);
});

test('names offered of no thing with sizes ("is deepseek using huawei or nvidia?") both hold, each for its part: the division of the work answers (both languages)', () => {
  // before: the fact about Nvidia for R2 answered, telling one side only
  expectAnsweredWith(
    ['deepseek uses huawei or nvidia chips?', 'واش ديب سيك خدامة بشرايح هواوي ولا نفيديا؟', 'هل تستخدم ديب سيك شرائح هواوي أو إنفيديا؟'],
    /balanced way/,
  );
});

test('a yes/no question is answered "no" by the fact telling the event with another name of the asked kind in its place (both languages)', () => {
  // before: abstained, the fact naming Nvidia lacking Huawei
  expectOneAnswer("Is Huawei's chip being used for the most powerful version of R2?", /relies mainly on Nvidia chips to build the most powerful/);
  expectOneAnswer('هل شرائح هواوي تستخدم لأقوى نسخة من R2؟', /relies mainly on Nvidia chips to build the most powerful/);
  // Only a fact telling that event: one naming Nvidia about something else does not say no.
  expect(engine.ask('is the chinese government pushing deepseek to buy huawei').answered).toBe(false);
});

test('what someone wants from or with something asks what they do it for, in the dialects too (بدها، تبي read as يريد)', () => {
  for (const message of ['شو بدها ديب سيك من شرايح هواوي؟', 'ايش تبي ديب سيك من هواوي؟', 'what does deepseek want from huawei chips?'])
    expect([message, engine.trace(message)[0].question.type]).toEqual([message, 'why']);
});

test('what the report means by something asks what is meant, in its own words: the report and its meaning are no topic (both languages)', () => {
  expect(engine.trace("what does the article mean when it calls deepseek's approach 'balanced'?")[0].question.standard).not.toMatch(/article|mean|calls/);
  expect(engine.trace('ماذا يقصد المقال بأن ديب سيك تتبنى استراتيجية متوازنة؟')[0].question.standard).not.toMatch(/يقصد|المقال/);
  // before: the fact about the article's headline answered, for holding "article"
  expectOneAnswer("Could someone explain what the article means when it calls DeepSeek's approach 'balanced'?", /balanced way/);
});

test('asked what a source it names told, the fact only naming that source tells nothing: what the source told answers (both languages)', () => {
  // before: "The outlet behind the news is The Information."
  expectOneAnswer('ok but what did the information piece actually claim', /According to The Information/);
  expectOneAnswer('مَاذَا نَشَرَتْ «ذا إنفورميشن» عَنْ ديـب سـيـك؟', /According to The Information/);
  // asked who told it, or about the source itself, it still answers
  expectOneAnswer('who reported this?', /outlet behind the news is The Information/);
  expect(answeredWith(engine.ask('is the information reliable?'))).not.toMatch(/According to/);
});

test('a follow-up bounding a name ("…? huawei only?", "…؟ هواوي بس؟") guesses how far the answer goes: context of the question, not one of its own (both languages)', () => {
  for (const message of ["which companies' GPUs is deepseek testing now? huawei only meh?", 'شو الشركات اللي عم تجرب ديب سيك شرايحها؟ هواوي بس؟']) {
    const read = engine.trace(message);
    expect([message, read.length, read[0].question.type]).toEqual([message, 1, 'list']);
    expect(read[0].question.context).toMatch(/huawei|هواوي/);
  }
});

test('an alternative that only says someone kept silent ("…or just keeping quiet", "…ولا سكتت؟") is the question\'s "or not": its words are no topic (both languages)', () => {
  for (const [message, plain] of [
    ['did nvidia say anything about all this or just keeping quiet', 'did nvidia say anything about all this'],
    ['هل علقت انفيديا على الموضوع ولا سكتت؟', 'هل علقت انفيديا على الموضوع؟'],
  ]) {
    expect(engine.trace(message)[0].question.standard).toBe(engine.trace(plain)[0].question.standard);
    expect(answeredWith(engine.ask(message))).toBe(answeredWith(engine.ask(plain)));
  }
  // before: the speech question found no fact ("keeping quiet" was an alternative to settle)
  expect(answeredWith(engine.ask('did nvidia say anything about all this or just keeping quiet'))).toMatch(/Nvidia spokesperson/);
  // …in the dialects' plural without its alif (طنشو، سكتو), after Maghrebi الصح "honestly", which is chatter
  // (before: الصح was a question of its own, and "ولا طنشو" one more, declined)
  const honestly = engine.ask('الصح واش علقت انفيديا على الخبر؟ ولا طنشو؟');
  expect([honestly.parts, honestly.answered, answeredWith(honestly)]).toEqual([undefined, true, expect.stringMatching(/Nvidia/)]);
  expect(isStopword(n('الصح'))).toBe(true);
  // …and so does one saying nothing has been said yet (before: its words were asked too, and the question declined)
  for (const [message, plain] of [
    ['any word on when the huawei chip model goes live, or they havent said anything yet?', 'any word on when the huawei chip model goes live?'],
    ['في موعد لنزول النموذج اللي على شرايح هواوي ولا لسه ما حكوا شي؟', 'في موعد لنزول النموذج اللي على شرايح هواوي؟'],
  ]) {
    expect(engine.trace(message)[0].question.standard).toBe(engine.trace(plain)[0].question.standard);
  }
  expectOneAnswer('في موعد لنزول النموذج اللي على شرايح هواوي ولا لسه ما حكوا شي؟', /not yet said when/);
});

describe('a fact that says no more than the question already does', () => {
  test('tells the asker nothing: the fact telling something more answers (both languages)', () => {
    expectOneAnswer("what exactly are huawei's ascend processors going to do?", /train and refine/);
    expectOneAnswer('معالجات Ascend مال هواوي شنو راح يسوون بيها بالضبط؟', /train and refine/);
  });

  test('words looked up alone, with no grammar word around them, are answered by the fact holding them (both languages)', () => {
    expectOneAnswer('huawei ascend processor', /processor made by Huawei/);
    expectOneAnswer('معالج Ascend هواوي', /processor made by Huawei/);
  });

  test('guard: it still answers what the thing is, and a yes/no question asking to confirm it (both languages)', () => {
    expectOneAnswer('what is ascend?', /processor made by Huawei/);
    expectOneAnswer('is ascend made by huawei?', /processor made by Huawei/);
    expectOneAnswer('هل Ascend من صنع هواوي؟', /processor made by Huawei/);
  });
});

describe('asking what the story is beside a particular question', () => {
  test('only opens it: the particular question is answered, alone (both languages)', () => {
    expectOneAnswer('شو القصة؟ ليش ديب سيك بدها تخفف اعتمادها على انفيديا؟', /depending less on Nvidia/);
    expectOneAnswer("what's the story here? why did deepseek cut back on nvidia?", /depending less on Nvidia/);
  });

  test('guard: a request for a summary beside another question still gets its summary (both languages)', () => {
    for (const message of ['tl;dr? and who reported it?', 'لخص لي الخبر، ومين نشره؟']) {
      const parts = engine.ask(message).parts ?? [];
      expect([message, parts.map((part) => part.summary === true)]).toEqual([message, [true, false]]);
    }
  });
});

describe('a curated Arabic synonym: تكهن "speculate" is the facts\' تخمين', () => {
  test('the Arabic question is answered as the English one is', () => {
    expectOneAnswer("why is everyone speculating about the huawei model's future?", /not yet said when/);
    expectOneAnswer('ليش الناس عم تتكهن عن مستقبل نموذج هواوي؟', /not yet said when/);
  });
});

describe('a curated Arabic synonym: محل "place" is the facts\' مكان, so taking its place (تاخد محل، تحل محل) is swapping', () => {
  test("a question asking whether Huawei takes Nvidia's place is answered by the fact telling the swap", () => {
    // before: محل was a word no fact holds, and the question declined
    expectOneAnswer('يعني هواوي رح تاخد محل انفيديا بكل شي ولا بس بالنماذج الزغيرة؟', /swapping Nvidia chips for Huawei/);
  });
});

describe('a reason a question proposes, asked to be confirmed', () => {
  test('is its head word: the last of an English noun phrase, the first of an Arabic one', () => {
    expect(proposedReason('is the us export ban the reason deepseek is moving off nvidia')).toBe('ban');
    expect(proposedReason('هل الحظر الامريكي هو السبب ان ديب سيك تبعد عن انفيديا')).toBe('الحظر');
    expect(proposedReason('why is deepseek moving off nvidia')).toBeNull();
    // …or proposed as what drove it, asked directly or inside "whether"
    expect(proposedReason('does the article say whether american export restrictions are what pushed deepseek toward huawei')).toBe('restrictions');
    expect(proposedReason('are export restrictions what pushed deepseek to huawei')).toBe('restrictions');
    expect(proposedReason('what pushed deepseek to huawei')).toBeNull();
  });

  test('a fact must hold it: a reason the report never gives is declined, one it gives is confirmed (both languages)', () => {
    expect(engine.ask('is the US export ban the reason deepseek is moving off nvidia?').answered).toBe(false);
    expect(engine.ask('هل الحظر الامريكي هو السبب ان ديب سيك تبعد عن انفيديا؟').answered).toBe(false);
    // in dialect, without هل
    expect(engine.ask('العقوبات الامريكية هي السبب ولا ايه؟').answered).toBe(false);
    expectOneAnswer('is diversification the reason deepseek is moving off nvidia?', /diversif/i);
    expectOneAnswer('هل التنويع هو السبب ان ديب سيك تبعد عن انفيديا؟', /diversif/i);
    // before: the fact of its broader strategy, which gives no export restriction
    expect(engine.ask('Does the article say whether American export restrictions are what pushed DeepSeek toward Huawei?').answered).toBe(false);
  });
});

describe("a company's man who spoke is its spokesperson, in Arabic as in English", () => {
  test('before the verb of saying or after it, the dialects\' words for "the man" ask what the spokesperson said', () => {
    expectAnsweredWith(['what did the nvidia guy say?', 'الراجل بتاع انفيديا جال ايه بالظبط؟', 'شو قال الزلمة تبع انفيديا؟'], /spokesperson/);
  });

  test('his name asked is still a person the report never names, declined', () => {
    const message = 'الراجل بتاع انفيديا اللي قال الكلام ده اسمه ايه؟';
    expect(engine.trace(message)[0].question.type).toBe('person');
    expect(engine.ask(message).answered).toBe(false);
  });
});

describe('ليش "why" typed without its dots', () => {
  test('ليس opening a question before a name or a verb asks why, and is answered with the reason', () => {
    for (const message of ['ليس ديب سيك اجلت اطلاق نموذح R2؟', 'ليس تاجلت خطت اطلاق نمودج R2 عند ديبسيك']) {
      expect(engine.trace(message)[0].question.type).toBe('why');
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/difficult|engineers/)]);
    }
  });

  test('before what it negates it is still "is not": no question of why', () => {
    for (const message of ['ليس هناك موعد لاطلاق R2؟', 'ليس لديها موعد لاطلاق R2؟', 'ليس من الواضح متى يصدر R2؟']) {
      expect([message, engine.trace(message)[0].question.type]).not.toEqual([message, 'why']);
    }
  });
});

describe('which of two is the better or faster, a comparison the report never makes', () => {
  test('is declined in both languages, where a fact about mixing both vendors answered before', () => {
    expectNotAnswered([
      "which is faster, huawei ascend or nvidia's chips?",
      "Which is better for a small farmer to use, DeepSeek app or Baidu's Ernie?",
      'مين اسرع هواوي ولا انفيديا؟',
    ]);
  });
});

describe('the strategic shift the headline names is, as ¶1 tells it, a move to depend less on Nvidia', () => {
  test('what it means, or why it is called so, is answered with the headline and that aim, in both languages', () => {
    expectAnsweredWith(
      ["what's this 'strategic shift' in the headline actually mean?", 'why does the headline call this a strategic shift?'],
      /strategic shift.*depend less on Nvidia/,
    );
    expect(engine.ask('شو يعني التحول الاستراتيجي اللي بالعنوان؟').facts[0]?.fact.ar).toMatch(/تحول استراتيجي.*تقليل اعتمادها على إنفيديا/);
  });
});

describe('بس inside a yes/no question is "only", as فقط is', () => {
  test("after the subject it bounds what follows: only Huawei's chips? no, Baidu's and Cambricon's too, as in English", () => {
    expectAnsweredWith(['هل ديب سيك بس تجرب شرايح هواوي؟', 'is deepseek only trying huawei chips?'], /Baidu and Cambricon/);
  });

  test('not before a negation, where it is "but", nor before the purpose it limits', () => {
    expect(engine.trace('هل هواوي ساعدت بس ما نجحت؟')[0].question.standard).not.toMatch(/فقط/);
    expect(engine.trace('هل ديب سيك راح تستخدم هواوي بس للنماذج الصغيرة؟')[0].question.standard).not.toMatch(/فقط/);
  });
});

describe('Algerian واش before a pronoun asks what it is', () => {
  test('"واش هي القصة…؟", "واش هي قصة هاد المقال؟" ask the story, a summary; "واش هوما الشركات…" asks which companies', () => {
    for (const message of ['واش هي القصة تاع ديب سيك و هواوي؟', 'واش هي قصة هاد المقال؟ فهموني بالخف']) {
      expect([message, engine.ask(message).summary]).toEqual([message, true]);
    }
    expect(engine.trace('واش هوما الشركات اللي راهي ديب سيك تجرب الرقائق تاعهم؟')[0].question.type).toBe('list');
  });

  test('offering alternatives it is still a yes/no question: "واش هو LLM ولا شي حاجة اخرى؟"', () => {
    expect(engine.trace('واش هو LLM ولا شي حاجة اخرى؟')[0].question.type).toBe('yesno');
  });
});

describe('staying on a supplier (تبقى على) is relying on it, as "stay with" is', () => {
  test('why DeepSeek does not want to stay on Nvidia is answered with its strategy of depending less on it, in both languages', () => {
    // before: the Arabic was declined, تبقى a word only the independence fact held
    expectAnsweredWith(
      ["why doesn't deepseek want to stay with nvidia only?", 'ليش ديب سيك ما تريد تبقى على انفيديا بس؟'],
      /broader strategy of depending less on Nvidia/,
    );
  });
});

describe('the subject of a fact is read after the frame that attributes it', () => {
  test('what DeepSeek intends to do with Huawei chips is what The Information says it intends, in both languages', () => {
    // before: "According to The Information, DeepSeek intends…" was read as a deed of The Information, and
    // the Arabic was answered with the Ascend plan it only weighed
    expectAnsweredWith(
      ['what does deepseek intend to do with huawei chips?', 'ديب سيك ناوية تعمل ايه بشرايح هواوي؟'],
      /^According to The Information, DeepSeek intends to run its small AI models/,
    );
  });
});

describe('chat writes "for" as 4 before what it is for', () => {
  test('"which chips 4 dat one" asks which chips for it; a number before a noun stays a number', () => {
    // before: "4" was a word no fact holds, and the question was declined
    expect(answeredWith(engine.ask('r2 is da big one ya? which chips 4 dat one'))).toMatch(/most powerful version of R2/);
    expect(engine.trace('did huawei send 4 engineers?')[0].question.standard).toMatch(/send 4 engineers/);
  });
});

describe('who made a company asks its founder, a person the report never names', () => {
  test('"who made deepseek?", "مين عمل ديب سيك؟" are declined; who makes a chip is still its company', () => {
    // before: answered with facts about DeepSeek's chips, a confident wrong answer
    for (const message of ['who made deepseek?', 'who created deepseek?', 'مين عمل ديب سيك؟']) {
      expect([message, engine.trace(message)[0].question.type, engine.ask(message).answered]).toEqual([message, 'person', false]);
    }
    expect(answeredWith(engine.ask('who makes ascend?'))).toMatch(/Ascend is a processor made by Huawei/);
  });

  test('the verb with the company as its pronoun ("…ومين اللي عملها؟") asks the same, the company named around it', () => {
    // before: answered with the split of the work between Huawei and Nvidia
    const message = 'ديب سيك اتأسست امتى ومين اللي عملها؟';
    expect([engine.trace(message)[0].question.type, engine.ask(message).answered]).toEqual(['person', false]);
  });

  test('not what was made: "who made the deal with huawei?" asks who did it', () => {
    expect(engine.trace('who made the deal with huawei?')[0].question.type).toBe('who');
    expect(engine.trace('مين عمل الصفقة مع هواوي؟')[0].question.type).toBe('who');
  });
});

describe('Arabizi hay "this" and lo "or", English words only in an English line', () => {
  test('"za3lana lo shlon" offers alternatives guessing at a mood, as "زعلانة لو شلون" does: the question is still answered', () => {
    // before: lo stayed Latin, the guess's words joined the question, and it was declined
    expect(answeredWith(engine.ask('shno galat nvidia 3ala hatha el mawthoo3? za3lana lo shlon'))).toMatch(/Nvidia spokesperson said/);
    expect(engine.trace('mnein jayeh hay el 5abariyye?')[0].question.standard).toMatch(/هاي/);
  });

  test('in an English line they stay English', () => {
    expect(engine.trace('is the hay harvest in the report?')[0].question.standard).toMatch(/\bhay\b/);
    expect(engine.trace('does the report say lo and behold?')[0].question.standard).toMatch(/\blo and behold\b/);
    expect(engine.trace('is there a law about chips in the report?')[0].question.standard).toMatch(/\blaw about chips\b/);
  });
});

describe('what someone said, asked after a statement naming them', () => {
  test("asks their words; the statement's own words are the asker's, around the question (both languages)", () => {
    // before: the statement's words ("sounds salty", "زعلانة") were read as the question, and it was declined
    expectAnsweredWith(['lol nvidia guy sounds salty 😂 wat did he actually say', 'انفيديا شكلها زعلانة 😂 طيب شو قالوا بالزبط؟'], /Nvidia spokesperson said/);
  });

  test('a statement that names no one still lends the question its words', () => {
    expect(engine.trace('they sent a team of engineers. what did they say?')[0].question.standard).toMatch(/engineers/);
  });

  test("so does one after a guess naming them, asked as a question: the guess is the asker's (both languages)", () => {
    // before: the guess's words ("come at me bro", "bitter") were read as part of the question, and it was declined
    expectAnsweredWith(
      ["so nvidia basically said 'come at me bro'?? what did they actually say", 'انفيديا قالت يعني ولا يهمها؟ شو قالت بالزبط؟'],
      /competition has begun/,
    );
    expectAnsweredWith(["nvidia's reply was kinda bitter or nah? what'd they actually say", 'انفيديا كانت زعلانة ولا لا؟ شو قالوا بالزبط؟'], /Nvidia/);
    // a wh-question before it is a question of its own, no guess
    expect(engine.trace('who said huawei failed? what did they say?')[0].question.standard).toMatch(/^who said/);
  });

  test('asked of no one named, it is asked of the one the words before were about, their first name, not every name they hold (both languages)', () => {
    // before: Huawei was asked of too, and the outlet's report on Huawei's chips answered, or nothing did
    expectAnsweredWith(['so nvidia they are fearing huawei now? wat did they say exactly 😂', 'انفيديا خايفة من هواوي؟ شو قالوا بالزبط؟'], /Nvidia/);
    expect(engine.trace('nvidia scared of huawei now or what? what did they say')[0].question.standard).not.toMatch(/huawei/);
  });
});

describe('whether someone said when something happens asks whether its time was announced', () => {
  test('"did they say when the huawei powered thing comes out?" is answered with the launch date not announced, as the Arabic is', () => {
    // before: answered with the delay of R2's plans, which says nothing of an announcement
    expectAnsweredWith(
      ['so did they say when the huawei powered thing comes out or nah', 'قالوا امتى بينزل النموذج اللي على شرايح هواوي؟'],
      /has not yet said when it will launch/,
    );
  });
});

describe('admitting or acknowledging something is saying it', () => {
  test('whether Nvidia admitted that competition has begun is answered with its remarks on competition, in both languages', () => {
    // before: admit and اعترفت were words no fact holds, and both were declined
    expectAnsweredWith(
      ['هل اعترفت إنفيديا بأن المنافسة بدأت فعلاً؟', "does nvidia even admit there's competition now or is it pure cope"],
      /Nvidia.*competition/,
    );
    expect(engine.trace('هل اعترفت إنفيديا بأن المنافسة بدأت فعلاً؟')[0].question.type).toBe('speech');
  });

  test('so is accepting or denying it as it goes on ("are nvidia accepting that…, or denying it?"), as the Arabic is', () => {
    // before: accepting and denying were words no fact holds, and it was declined
    expectAnsweredWith(
      ['are nvidia accepting that rivals have arrived or denying it?', 'هل انفيديا معترفة انو المنافسة بلشت ولا عم تنكر؟'],
      /Nvidia.*competition/,
    );
  });
});

describe('French porte-parole, one word in two halves, is the spokesperson', () => {
  test('in Maghrebi Arabizi and in English, what the porte-parole said is what the spokesperson said', () => {
    // before: "porte" was read as Arabizi and "parole" as English, and the first was declined
    expectAnsweredWith(['chnowa 9al el porte-parole mta3 nvidia? 3lech y7ki 3al sin?', "what did nvidia's porte-parole say?"], /Nvidia spokesperson said/);
    expect(engine.trace('wesh 9al l porte-parole ta3 nvidia?')[0].question.standard).toMatch(new RegExp(n('المتحدث')));
  });
});

describe('a model "coming out" is launched, as بيطلع is', () => {
  test('when the new model is coming out is answered with the launch date not announced, as the Arabic is', () => {
    // before: "coming" was a word some facts hold, and the question was declined
    expectAnsweredWith(['when is the new model coming out?', 'امتى بيطلع النموذج الجديد؟'], /has not yet said when it will launch/);
  });
});

describe('Maghrebi غير after a verb is "only"', () => {
  test("\"تخدم غير بشرائح هواوي\" asks whether it works only with Huawei's chips: no, Baidu's and Cambricon's too, in Arabic script and Arabizi", () => {
    // before: read as "uses other than Huawei's chips", and answered with the fact about training on them
    expectAnsweredWith(
      ['واش ديب سيك راهي تخدم غير بشرائح هواوي ولا كاين شركات أخرى؟', 'wach deepseek rahi tkhdem ghir m3a huawei wla kayen companies okhrin?'],
      /Baidu and Cambricon/,
    );
  });

  test('after a noun it is still "other than"', () => {
    expect(engine.trace('شنو الشركات غير هواوي اللي تجرب ديب سيك شرائحها؟')[0].question.standard).toMatch(/غير/);
    // …one opening with ب too, which a verb does only before its imperfect's ي، ت، ن or ا (before: read "only Nvidia", and declined)
    expect(engine.trace('ديب سيك بتدور على بدائل غير انفيديا؟')[0].question.standard).toMatch(/غير/);
    expectAnsweredWith(['عايز افهم يعني ايه ديب سيك بتدور على بدائل غير انفيديا'], /alternative/);
  });
});

describe('"in the first place" is the asker\'s stress, no place asked for', () => {
  test('why DeepSeek uses Huawei chips "in the first place" is answered as why it uses them', () => {
    // before: "first" and "place" were words of the question, and it was declined
    expect(engine.trace('why deepseek even messin w huawei chips in the first place?')[0].question.standard).not.toMatch(/first|place/);
    expect(answeredWith(engine.ask('man why deepseek even messin w huawei chips in the first place 🤔 nvidia not good enough for em?'))).toMatch(
      /depend(?:ing)? less on Nvidia/,
    );
  });
});

describe('a measure a government takes on trade, which the report never mentions', () => {
  test('is what the question is about: US bans, sanctions and export rules are declined, not answered with what Nvidia said of China', () => {
    // before: answered with the spokesperson's words about Chinese developers
    expectNotAnswered([
      'شنو سالفة الحظر الامريكي على شرائح انفيديا للصين؟',
      'What US export rules stop Nvidia from selling its best chips to DeepSeek?',
      'ليش أمريكا حاظرة شرايح انفيديا عن الصين؟',
    ]);
    // what the report does tell of Nvidia and China is still answered
    expect(answeredWith(engine.ask('did nvidia say anything about china?'))).toMatch(/China/);
  });
});

describe('finishing with someone is being done with them', () => {
  test('"has deepseek finished with nvidia?", Pidgin "deepseek don finish with nvidia?", "خلصت من انفيديا؟" ask whether it drops Nvidia: no, it keeps it for R2', () => {
    // before: "finish" was a word no fact holds, and both were declined
    expectAnsweredWith(
      [
        'so basically deepseek don finish with nvidia? yes or no',
        'has deepseek finished with nvidia?',
        'ديب سيك خلصت من انفيديا خلاص؟',
        'هل تخلصت ديب سيك من انفيديا؟',
      ],
      /keep using and relying on Nvidia/,
    );
  });
});

describe('ش "what" typed onto an imperfect verb', () => {
  test('"شيعتمدوا", "شتبي", "شيسوون" read "what" and the verb, as Iraqi شديسوي did', () => {
    // before: only ش with the progressive د was read so; شيعتمدوا was one word no fact holds
    for (const [message, standard] of [
      ['شيعتمدوا على انفيديا بالكامل؟', /^ما يعتمد /],
      ['شتبي ديب سيك من هواوي؟', /^ما يريد /],
      ['شيسوون بشرايح هواوي', /^ما يفعل/],
      ['شديسوي ديب سيك بشرايح هواوي', /^ما /],
    ] as const)
      expect([message, engine.trace(message)[0].question.standard]).toEqual([message, expect.stringMatching(standard)]);
    // A word opening with ش whose rest is no verb the facts know stays as it is.
    expect(engine.trace('شو قالت الشركة الشديدة؟')[0].question.standard).toMatch(/الشديده/);
  });
});

describe('Gulf words of letting something go, and Maghrebi الهدرة', () => {
  test('فنّش "let go" and هدّ "drop" are words of giving something up: answered with what is kept, or with the plan weighed', () => {
    // before: both were words no fact holds, and the questions were declined or answered beside the point
    expectAnsweredWith(['ديب سيك بتفنّش انفيديا؟', 'بيفنشون انفيديا خلاص؟'], /keep using and relying on Nvidia/);
    expectAnsweredWith(['سمعت إنهم كانوا ناوين يشغلون نموذج الاستنتاج على معالج هواوي، للحين على نيتهم ولا هدوا؟'], /inference \(reasoning\) model/);
  });

  test('"صح هاد الهدرة؟" asks whether the statement before it holds, as "صح هالكلام؟" does', () => {
    // before: الهدرة was a topic of its own, and the question was declined
    expectAnsweredWith(['سمعت بلي ديب سيك حبسات نفيديا نهائيا وولات غير بهواوي، صح هاد الهدرة؟'], /keep using and relying on Nvidia/);
  });
});

describe('المتكلم باسم "the one speaking for" is a spokesperson', () => {
  test("what Nvidia's متكلم said, in Arabic script and Arabizi, is answered with the spokesperson's words", () => {
    // before: متكلم was a word no fact holds, and the questions were declined
    expectAnsweredWith(['اش قال المتكلم باسم انفيديا؟', 'shu 2al el metkallem b esm nvidia 3an el mawdou3?'], /Nvidia spokesperson/);
  });
});

describe('Arabizi "min": "who" or "from"', () => {
  test('after a noun, a name or a verb it is من "from"; at either end, after a grammar word and before a relative it is مين "who"', () => {
    // before: always مين, so "yabgho deepseek min ascend" asked who
    const standard = (message: string) => engine.trace(message)[0].question.standard;
    expect(standard('eish yabgho deepseek min ascend 7ag huawei dahin?')).toMatch(/ من ascend/);
    expect(standard('deepseek bitgarrab chips min min ghir huawei?')).toMatch(/chips من مين /);
    expect(standard('min elli nashar el taqrir awwal?')).toMatch(/^مين /);
    expect(standard('deepseek 3am tjarreb chips min?')).toMatch(/ مين$/);
    expect(standard('ma3 min kamen 3am tjarreb deepseek GPUs?')).toMatch(/^مع مين /);
  });

  test('Gulf يبغو "they want" (yabgho) is wanting: what DeepSeek wants from Ascend is what it will use it for', () => {
    // before: yabgho was a word no fact holds, and min asked who: declined
    expectAnsweredWith(['eish yabgho deepseek min ascend 7ag huawei dahin?', 'وش يبغو ديب سيك من Ascend حق هواوي؟'], /Ascend processors to train/);
  });
});

describe('what something is relied on for is what it is used for', () => {
  test('"what do they rely on nvidia for?", "شيعتمدوا على انفيديا في ايش؟" are answered with what Nvidia is used for, not with relying less on it', () => {
    // before: typed as a reason, and answered with the broader strategy of depending less on Nvidia
    expectAnsweredWith(
      [
        'what do they rely on nvidia for exactly?',
        'what does deepseek depend on nvidia chips for?',
        'شيعتمدوا على انفيديا في ايش بالضبط؟',
        'ديب سيك تعتمد على انفيديا في ماذا؟',
      ],
      /keep using and relying on Nvidia processors for R2/,
    );
    // Relying less on it is still the strategy.
    expectAnsweredWith(['why does deepseek want to rely less on nvidia?'], /depending less on Nvidia/);
  });
});

describe('where something has got to is how it is going', () => {
  test('"where do things stand with the ascend plan?", "وين وصلت خطة Ascend؟", "فين وصلات…" ask the plan\'s outcome, no place', () => {
    // before: typed as a place question, and declined or answered with the small models' chips
    for (const message of ['where do things stand with the ascend plan?', 'وين وصلت خطة Ascend؟', 'فين وصلات حكاية الموديل ديال الاستنتاج مع معالج هواوي؟'])
      expect([message, engine.trace(message)[0].question.type]).toEqual([message, 'outcome']);
    expectAnsweredWith(['where is the ascend plan at?', 'وين وصلت خطة Ascend؟'], /inference \(reasoning\) model/);
    // A place is still a place.
    expect(engine.trace('where is huawei based?')[0].question.type).toBe('where');
  });
});

describe('whether someone said anything, in Arabic and Arabizi', () => {
  test('"انفيديا قالت حاجة عن الموضوع ولا ساكتة؟" and "nvidia 2alet 7aga … wala sakta?" ask what Nvidia said', () => {
    // before: read as "what", and "7aga" as حقا ("truly"), "sakta" as a word no fact holds: declined
    for (const message of ['انفيديا قالت حاجة عن الموضوع ولا ساكتة؟', 'Nvidia 2alet 7aga 3an el mawdoo3 da wala sakta?', 'قالوا شي انفيديا؟'])
      expect([message, engine.trace(message)[0].question.type]).toEqual([message, 'speech']);
    expect(engine.trace('Nvidia 2alet 7aga 3an el mawdoo3 da wala sakta?')[0].question.standard).not.toMatch(/ساكت|سكت|حقا/);
    expectAnsweredWith(['انفيديا قالت حاجة عن الموضوع ولا ساكتة؟', 'Nvidia 2alet 7aga 3an el mawdoo3 da wala sakta?'], /Nvidia spokesperson/);
    // Someone the report never quotes said nothing it tells; "something" is what is asked, never the
    // one who said it (before: "قالت بايدو شي؟" read شي with Baidu as the speaker, and was answered
    // with Baidu's accelerators).
    expectNotAnswered(['بايدو قالت شي عن ديب سيك؟', 'قالت بايدو شي؟']);
  });
});

describe('the asker saying they want to ask or know, in the first person of the Maghreb and the Levant', () => {
  test('"حبيت نسأل اذا…", "7abit nes2el ken…" frame the question: the words of asking are no topic', () => {
    // before: نسأل was a word no fact holds, the coverage fell, and the question was declined
    expectAnsweredWith(
      ['حبيت نسأل اذا انفيديا قالت حاجة على ديب سيك', '3aslema ya jma3a, labes? 7abit nes2el ken nvidia 9alet 7aja 3al deepseek'],
      /Nvidia spokesperson/,
    );
  });
});

describe('why a supplier is swapped, asked right after the question word', () => {
  test('"lesh da tbaddil nvidia b huawei", "3lah rahi tbadel nvidia b huawei?" ask why DeepSeek leans less on Nvidia, not what it keeps it for', () => {
    // before: the swap was read only with a word between "why" and it, so these went to the fact that Nvidia is kept for R2
    expectAnsweredWith(
      [
        'shaku maku b deepseek? lesh da tbaddil nvidia b huawei',
        'wesh khawti, deepseek 3lah rahi tbadel nvidia b huawei? ma fhemtch',
        'ليش تبديل انفيديا بهواوي؟',
        // …and so does every word of swapping: عوض "instead of" right after it too (before: declined)
        'ليش عوض نفيديا خدمو بهواوي؟',
      ],
      /depending less on Nvidia/,
    );
  });
});

describe('Maghrebi واش before a verb of doing, its subject between the verb and what it is done with', () => {
  test('"واش راهي دير ديب سيك بالشيبات تاع هواوي؟" asks what DeepSeek does with the chips, no yes/no question', () => {
    // before: read "does DeepSeek do with the chips?", a yes/no question no fact answers, and declined
    expect(engine.trace('واش راهي دير ديب سيك بالشيبات تاع هواوي؟')[0].question.standard).toMatch(/^ماذا /);
    expectAnsweredWith(['واش راهي دير ديب سيك بالشيبات تاع هواوي؟'], /small AI models on Huawei chips/);
    // A yes/no question about doing something named stays one.
    expect(engine.trace('واش ديب سيك دارت شي حاجة مع بايدو؟')[0].question.type).toBe('yesno');
  });
});

describe('"I only want to know", and Maghrebi greetings', () => {
  test('"bghit ghir n3ref…", "بغيت غير نعرف…" only frame the question: no "only" asked of the answer; "لخوت", "نهاركم مبروك" greet', () => {
    // before: غير read as "only" made it a question of extent, and the greeting's words lowered the coverage: declined
    const messages = [
      'salam 3likom lkhout, nharkom mbrouk 🙏 bghit ghir n3ref les petits modèles dyal R2 3la ach ghadi ytdarbo',
      'السلام عليكم لخوت، نهاركم مبروك، بغيت غير نعرف النماذج الصغار ديال R2 على اش غادي يتدربو',
    ];
    for (const message of messages) expect([message, engine.trace(message)[0].question.type]).toEqual([message, 'what']);
    expectAnsweredWith(messages, /train some of the smaller models in its R2 release/);
    // "only" asked of the answer is still asked.
    expect(engine.trace('هل ديب سيك تستخدم هواوي فقط؟')[0].question.type).toBe('extent');
  });
});

describe('what a statement answered, with a slip in it', () => {
  test('"wat did nvidias spokesmen say abt the competiton with huawei" is asked as the well-spelt question is: answered with what the spokesperson said', () => {
    // before: "competiton" was no word the facts hold, so Huawei was kept as a name the statement must hold, and it was declined
    expectAnsweredWith(
      ['wat did nvidias spokesmen say abt the competiton with huawei'],
      /Nvidia spokesperson said there is no doubt that competition has begun/,
    );
    // Something the report lacks, slip or not, is still declined.
    expectNotAnswered(['what did nvidia say about the pirce of huawei chips?']);
  });
});

describe('having something in Arabic: لدى as written, and "any" before the thing', () => {
  test('"هل لدى بايدو نموذج خاص بها مثل R2؟", "wach Baidu 3ndha chi model…" ask whether Baidu has a model of its own: the report gives it none', () => {
    // before: لدى (normalised لدي) and شي before the noun were not read, and both were answered with the accelerators Baidu makes
    expectNotAnswered(['هل لدى بايدو نموذج خاص بها مثل R2؟', 'wach Baidu 3ndha chi model dyal AI b7al R2 dyal deepseek?']);
    // What a name has that the report tells is still answered.
    expectAnsweredWith(['هل لدى ديب سيك نموذج لغوي كبير؟'], /large language model/);
  });
});

describe('a second question opening with "and what" or "also is…", with no question mark of its own', () => {
  test('"…? w chnowa 9alet nvidia 3al concurrence" and "…? also is nvidia even still in the picture" are questions of their own, answered apart', () => {
    // before: ما after the opening و read as "not", and "also" hid the auxiliary, so each second question was read as a statement setting the first's scene
    const outlet = engine.ask('chkoun nchar l article l asli? w chnowa 9alet nvidia 3al concurrence');
    expect(outlet.parts?.map((part) => part.facts[0]?.fact.paragraph)).toEqual([3, 9]);
    const gpus = engine.ask('how many gpus is deepseek throwing at r2? also is nvidia even still in the picture');
    expect(gpus.parts?.map((part) => part.answered)).toEqual([false, true]);
    expect(gpus.parts?.[1].facts[0]?.fact.en).toMatch(/keep using and relying on Nvidia/);
  });
});

describe('Arabizi "ayya" is أيّ "which"', () => {
  test('"ayya companies 3am tjarreb deepseek?" asks which companies, answered with the three makers whose chips are tested', () => {
    // before: ayya was read ايه "what", and the question was answered with what testing several vendors brings
    expect(engine.trace('ayya companies 3am tjarreb deepseek?')[0].question.type).toBe('which');
    expectAnsweredWith(['ayya companies 3am tjarreb deepseek?'], /made by Huawei, Baidu and Cambricon/);
  });
});

describe('the noun a word for a name governs, written in Arabizi', () => {
  test('"shu esm el sharikat elli deepseek 3am tjarreb el accelerators taba3hom?" asks for companies, as the Arabic script does', () => {
    // before: the governed noun was read only from Arabic script or English, so the accelerators were taken as the kind asked, whose name no fact gives
    expectAnsweredWith(
      ['shu esm el sharikat elli deepseek 3am tjarreb el accelerators taba3hom?', 'شو اسم الشركات اللي ديب سيك عم تجرب الaccelerators تبعهم؟'],
      /made by Huawei, Baidu and Cambricon/,
    );
  });
});

describe('a product named beside its maker, asked whether', () => {
  test('"is the flagship R2 running on huawei ascend?" is asked of the maker\'s chips: the fact naming Nvidia in their place says no', () => {
    // before: declined, no fact about the large R2 holding Ascend
    for (const message of ['so is the flagship R2 running on huawei ascend?', 'هل R2 الكبير شغال على هواوي Ascend؟'])
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/Nvidia/)]);
    // offered as one of two alternatives, the product is still a name of its own
    expect(answeredWith(engine.ask('هو الـ R2 الصغير بيتدرب على Huawei Ascend ولا Baidu؟'))).toMatch(/Ascend/);
  });
});

describe("a maker's product asked about", () => {
  test('"which models will the huawei chips run?" is asked of Huawei\'s chips: the fact about Nvidia\'s, whose alias holds Huawei, does not answer it', () => {
    // before: the Nvidia fact, holding Huawei in its alias "will r2 use huawei or nvidia", was chosen
    for (const message of ['which models will the huawei chips run?', 'نفسي افهم شرايح هواوي هتشتغل على انهي نماذج بالظبط'])
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/Huawei/)]);
    // negated, the other maker is why: "why not huawei's chips for the big R2?" is still told by Nvidia's
    expect(answeredWith(engine.ask("why won't deepseek use huawei chips for the big r2?"))).toMatch(/Nvidia/);
  });
});

describe('where someone comes into it', () => {
  test('"where do they come into it", "where does huawei fit in" ask a role, no place', () => {
    // before: a place asked, and the fact naming Baidu alone chosen for two names
    const std = (message: string) => engine.trace(message)[0].question.standard;
    expect(std('where do baidu and cambricon fit in?')).toBe('what is the role of baidu and cambricon');
    expect(std('I was wondering where Cambricon comes into all this')).toMatch(/what is the role of cambricon$/);
    expectOneAnswer('baidu n cambricon — where do they come into it fr', /Huawei, Baidu and Cambricon/);
    // where something comes from is still asked where
    expect(engine.trace('where do the accelerators come from?')[0].question.type).toBe('where');
  });
});

describe('bringing something up', () => {
  test('"جاب طاري الصين؟", "جابو سيرة الصين بكلامهم؟" ask whether it was mentioned; after ذكر, a name is what was mentioned, after قال who said it', () => {
    // before: جاب "brought" a word no fact holds, and "هل ذكروا الصين؟" took China for the speaker: both declined
    for (const message of ['جاب طاري الصين ولا لا؟', 'وهل جابو سيرة الصين بكلامهم؟', 'هو فعلا انفيديا جابت سيرة الصين في كلامها؟', 'هل ذكروا الصين؟']) {
      const answer = engine.ask(message);
      expect([message, answer.answered, answer.facts[0]?.fact.id]).toEqual([message, true, 'china-developers']);
    }
    expect(engine.trace('انفيديا جابت سيرة الصين في كلامها؟')[0].question.standard).toBe(n('انفيديا ذكر الصين'));
    // China said nothing in the report
    expect(engine.ask('هل قالت الصين شي؟').answered).toBe(false);
  });
});

describe('the verb of independence', () => {
  test('"يستقلون عن انفيديا", Arabizi "yst8loon 3an nvidia": becoming independent is the independence the facts tell', () => {
    // before: the verb was a word of one alias only, and the Arabizi spelt it يستغلون ("exploit"), answered with Nvidia's statement
    for (const message of ['ليش ديب سيك يبون يستقلون عن انفيديا؟', 'laish deepseek yabon yst8loon 3an nvidia? wesh el hadaf?'])
      expect([message, engine.ask(message).facts[0]?.fact.id]).toEqual([message, 'broader-strategy-less-nvidia']);
  });
});

describe('moving away, in Form I', () => {
  test('"تبعد عن انفيديا", Arabizi "yb3edon 3an nvidia": moving away from Nvidia is relying on it less', () => {
    // before: only Form VIII (تبتعد) was; the question was answered with Nvidia's statement
    for (const message of ['ليش ديب سيك بدها تبعد عن انفيديا؟', 'leh yabon yb3edon 3an nvidia?'])
      expect([message, engine.ask(message).facts[0]?.fact.id]).toEqual([message, 'broader-strategy-less-nvidia']);
  });
});

describe('Arabizi words of time and turn', () => {
  test('"tab 7asal eh b3d kda?": طب and بعد are grammar, no words of a topic', () => {
    // before: "tab" and "b3d" stayed Latin words no fact holds, and the question was declined
    const message = "howa huawei ba3at mohandseen y3'ayto deepseek, tab 7asal eh b3d kda? nefe3 wala la2";
    expect(engine.trace(message)[0].question.standard).not.toMatch(/tab|b3d/);
    expect(engine.ask(message).facts[0]?.fact.id).toBe('huawei-engineers-sent');
  });
});

describe('Arabizi intending', () => {
  test('"kan nawi yesta5dem ascend…": nawi is ناوي "meaning to", so the question asks what was planned', () => {
    // before: spelt نوي, no word of intending, and answered with the small R2 versions Ascend will train
    const message = 'howa deepseek kan nawi yesta5dem ascend bta3 huawei f anhy model?';
    expect(engine.trace(message)[0].question.standard).toMatch(n('ناوي'));
    expect(engine.ask(message).facts[0]?.fact.id).toBe('ascend-inference-considered');
  });
});

describe('a role with a pronoun on it', () => {
  test('"…? what\'s its role in r2?", "…؟ شنو دورها بـ R2؟": whose role is the one named before', () => {
    // before: the role was asked of R2 alone, and answered with what R2 is
    for (const message of ["why didn't they drop nvidia entirely? what's its role in r2?", 'Nvidia ليش ما تركوها بالمرة؟ شنو دورها بـ R2؟']) {
      expect([message, engine.trace(message)[1].question.standard]).toEqual([message, expect.stringMatching(/nvidia|انفيديا/)]);
      expect([message, answeredWith(engine.ask(message))]).toEqual([message, expect.stringMatching(/Nvidia/)]);
    }
  });
});
