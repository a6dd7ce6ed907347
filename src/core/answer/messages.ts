/**
 * Every sentence the core says in its own voice, in both languages. Adapters (the terminal, Discord)
 * add their own labels but take the substance from here, so the two never disagree.
 */
import type { AttributeType } from '../understand/question-type';
import type { Language } from '../types';

/** The attributes a question can ask for and the report may lack: each attribute type, and a name of a known kind. */
export type Attribute = AttributeType | 'name';

export interface Messages {
  notCovered: string;
  empty: string;
  /** Introduces the report's own summary when abstaining: "It covers: …". */
  reportCovers: (title: string) => string;
  didYouMean: string;
  /** "The report gives no price": the attribute asked for is missing. */
  missing: Record<Attribute, string>;
  /** Introduces the facts shown after `missing`. */
  whatItSays: string;
  /** Introduces a summary of the report. */
  summaryIntro: (title: string) => string;
  sources: string;
  paragraph: (number: number) => string;
  relaying: (outlet: string) => string;
}

export const MESSAGES: Record<Language, Messages> = {
  en: {
    notCovered: "The report doesn't say.",
    empty: 'I could not find a question in that. Ask me about the report, for example: "Which chips does DeepSeek use for R2?"',
    reportCovers: (title) => `It covers: ${title}.`,
    didYouMean: 'Did you mean:',
    missing: {
      money: "The report doesn't say: it gives no price or amount of money.",
      count: "The report doesn't say: it gives no such number.",
      compare: "The report doesn't say: it makes no such comparison.",
      date: "The report doesn't say: it gives no such date.",
      person: "The report doesn't say: it names no such person.",
      place: "The report doesn't say: it names no such place.",
      where: "The report doesn't say where.",
      name: "The report doesn't say: it gives no such name.",
      when: "The report doesn't say when.",
      speech: "The report doesn't say: it quotes no such statement.",
    },
    whatItSays: 'What it does say:',
    summaryIntro: (title) => `In short — ${title}:`,
    sources: 'Sources',
    paragraph: (number) => `¶${number}`,
    relaying: (outlet) => `relaying ${outlet}`,
  },
  ar: {
    notCovered: 'التقرير لا يذكر ذلك.',
    empty: 'لم أجد سؤالًا في رسالتك. اسألني عن التقرير، مثلًا: «ما الشرائح التي تستخدمها ديب سيك لنموذج R2؟»',
    reportCovers: (title) => `موضوعه: ${title}.`,
    didYouMean: 'هل تقصد:',
    missing: {
      money: 'التقرير لا يذكر ذلك: لا سعر فيه ولا أي مبلغ.',
      count: 'التقرير لا يذكر ذلك: لا يعطي هذا العدد.',
      compare: 'التقرير لا يذكر ذلك: لا يعقد هذه المقارنة.',
      date: 'التقرير لا يذكر ذلك: لا يعطي هذا التاريخ.',
      person: 'التقرير لا يذكر ذلك: لا يسمّي هذا الشخص.',
      name: 'التقرير لا يذكر ذلك: لا يذكر هذا الاسم.',
      place: 'التقرير لا يذكر ذلك: لا يسمّي هذا المكان.',
      where: 'التقرير لا يذكر ذلك: لا يقول أين.',
      when: 'التقرير لا يذكر ذلك: لا يقول متى.',
      speech: 'التقرير لا يذكر ذلك: لا ينقل تصريحًا كهذا.',
    },
    whatItSays: 'ما يذكره التقرير:',
    summaryIntro: (title) => `باختصار — ${title}:`,
    sources: 'المصادر',
    paragraph: (number) => `الفقرة ${number}`,
    relaying: (outlet) => `نقلًا عن ${outlet}`,
  },
};
