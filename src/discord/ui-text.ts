/** What the bot says in Discord beyond the answers themselves, in both languages. */
import type { Language } from '../core/types';
import type { DatabaseFailure } from '../store/outage';

export interface UiText {
  languageName: string;
  /** The title of a summary of the report. */
  summaryTitle: string;
  helpful: string;
  notHelpful: string;
  delete: string;
  unansweredFooter: string;
  thanks: string;
  cooldown: (seconds: number) => string;
  failure: (errorId: string) => string;
  /** A request the database could not serve: nothing was saved; try again. */
  databaseUnavailable: (failure: DatabaseFailure, errorId: string) => string;
  moderatorsOnly: string;
  notYours: string;
  noFactsShown: string;
  emptyQuestion: string;
  tooLong: (limit: number) => string;
}

export const UI: Record<Language, UiText> = {
  en: {
    languageName: 'English',
    summaryTitle: 'Summary of the report',
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    delete: 'Delete',
    unansweredFooter: 'Isnad · recorded so moderators can fill the gap',
    thanks: 'Thanks, your feedback was recorded.',
    cooldown: (seconds) => `Please wait ${seconds} s before asking again.`,
    failure: (errorId) => `Sorry, something went wrong on my side. Error id: ${errorId}`,
    databaseUnavailable: (failure, errorId) =>
      failure === 'full'
        ? `The database is full, so nothing was saved. Please try again later. Error id: ${errorId}`
        : `The database cannot be reached right now, so nothing was saved. Please try again in a few minutes. Error id: ${errorId}`,
    moderatorsOnly: 'Only moderators can change facts.',
    notYours: 'Only the person who asked (or a moderator) can delete this answer.',
    noFactsShown: 'This message has no facts to act on.',
    emptyQuestion: 'Please write a question, for example: "Which chips does DeepSeek use for R2?"',
    tooLong: (limit) => `That question is too long; please keep it under ${limit} characters.`,
  },
  ar: {
    languageName: 'العربية',
    summaryTitle: 'ملخص التقرير',
    helpful: 'مفيد',
    notHelpful: 'غير مفيد',
    delete: 'حذف',
    unansweredFooter: 'إسناد · سُجّل السؤال ليكمل المشرفون النقص',
    thanks: 'شكرًا، سُجّل تقييمك.',
    cooldown: (seconds) => `يرجى الانتظار ${seconds} ثانية قبل السؤال مرة أخرى.`,
    failure: (errorId) => `عذرًا، حدث خطأ من جهتي. رقم الخطأ: ${errorId}`,
    databaseUnavailable: (failure, errorId) =>
      failure === 'full'
        ? `قاعدة البيانات ممتلئة، فلم يُحفظ شيء. يرجى المحاولة مرة أخرى لاحقًا. رقم الخطأ: ${errorId}`
        : `تعذّر الوصول إلى قاعدة البيانات الآن، فلم يُحفظ شيء. يرجى المحاولة مرة أخرى بعد بضع دقائق. رقم الخطأ: ${errorId}`,
    moderatorsOnly: 'تعديل الحقائق متاح للمشرفين فقط.',
    notYours: 'يمكن لصاحب السؤال (أو المشرف) فقط حذف هذه الإجابة.',
    noFactsShown: 'لا توجد حقائق في هذه الرسالة.',
    emptyQuestion: 'اكتب سؤالًا من فضلك، مثلًا: «ما الشرائح التي تستخدمها ديب سيك لنموذج R2؟»',
    tooLong: (limit) => `السؤال طويل جدًا؛ اجعله أقل من ${limit} حرف.`,
  },
};

/**
 * Discord offers no Arabic interface locale, so a message that answers no question (a failure,
 * an unknown button) says it in both languages.
 */
export function bothLanguages(say: (ui: UiText) => string): string {
  return `${say(UI.en)}\n${say(UI.ar)}`;
}
