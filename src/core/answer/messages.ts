/**
 * Every sentence the core says in its own voice, in both languages. Adapters (the terminal, Discord)
 * add their own labels but take the substance from here, so the two never disagree.
 */
import type { Language } from '../types';

export interface Messages {
  notCovered: string;
  empty: string;
  /** Introduces the report's own summary when abstaining: "It covers: …". */
  reportCovers: (title: string) => string;
  didYouMean: string;
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
    sources: 'Sources',
    paragraph: (number) => `¶${number}`,
    relaying: (outlet) => `relaying ${outlet}`,
  },
  ar: {
    notCovered: 'التقرير لا يذكر ذلك.',
    empty: 'لم أجد سؤالًا في رسالتك. اسألني عن التقرير، مثلًا: «ما الشرائح التي تستخدمها ديب سيك لنموذج R2؟»',
    reportCovers: (title) => `موضوعه: ${title}.`,
    didYouMean: 'هل تقصد:',
    sources: 'المصادر',
    paragraph: (number) => `الفقرة ${number}`,
    relaying: (outlet) => `نقلًا عن ${outlet}`,
  },
};
