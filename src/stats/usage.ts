/**
 * How the bot is doing, in figures: what the store counts (questions per day, answered or not;
 * the facts answers rested on; the votes) and the same figures as text, for screen readers and for
 * the terminal. The chart (chart.ts) draws exactly these figures.
 */
import type { Language } from '../core/types';

export interface DayCount {
  /** YYYY-MM-DD, UTC. */
  day: string;
  answered: number;
  abstained: number;
}

export interface FactCount {
  id: string;
  en: string;
  ar: string;
  /** How many answers rested on it. */
  count: number;
}

export interface UsageStats {
  /** Every day of the period, oldest first, days without questions included. */
  days: DayCount[];
  /** The facts most answers rested on, most first (at most ten). */
  topFacts: FactCount[];
  /** Votes cast in the period. */
  feedback: { helpful: number; notHelpful: number };
}

export interface UsageTotals {
  questions: number;
  answered: number;
  abstained: number;
  votes: number;
  /** Whole percent of votes that were 👎; null with no votes. */
  notHelpfulPercent: number | null;
}

export function usageTotals(stats: UsageStats): UsageTotals {
  const answered = stats.days.reduce((sum, day) => sum + day.answered, 0);
  const abstained = stats.days.reduce((sum, day) => sum + day.abstained, 0);
  const votes = stats.feedback.helpful + stats.feedback.notHelpful;
  return {
    questions: answered + abstained,
    answered,
    abstained,
    votes,
    notHelpfulPercent: votes === 0 ? null : Math.round((stats.feedback.notHelpful / votes) * 100),
  };
}

/** The chart's and the text's words, in both languages. */
export interface StatsWords {
  title: string;
  period: (from: string, to: string, days: number) => string;
  perDay: string;
  answered: string;
  abstained: string;
  topFacts: string;
  noAnswersYet: string;
  feedback: string;
  helpful: string;
  notHelpful: string;
  noVotesYet: string;
  questions: (total: number, answered: number, abstained: number) => string;
  busiestDay: (day: string, count: number) => string;
  votes: (helpful: number, notHelpful: number, percent: number | null) => string;
  answers: (count: number) => string;
}

export const STATS_WORDS: Record<Language, StatsWords> = {
  en: {
    title: 'Isnad: how the bot is doing',
    period: (from, to, days) => `Last ${days} days, ${from} to ${to} (UTC)`,
    perDay: 'Questions per day',
    answered: 'Answered',
    abstained: 'Not answered',
    topFacts: 'Most-asked facts',
    noAnswersYet: 'No answers yet',
    feedback: 'Feedback',
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    noVotesYet: 'No votes yet',
    questions: (total, answered, abstained) => `Questions: ${total} (${answered} answered, ${abstained} not answered).`,
    busiestDay: (day, count) => `Busiest day: ${day}, ${count} questions.`,
    votes: (helpful, notHelpful, percent) => `Feedback: ${helpful} helpful, ${notHelpful} not helpful${percent === null ? '' : ` (${percent}% not helpful)`}.`,
    answers: (count) => `${count} answers`,
  },
  ar: {
    title: 'إسناد: أداء البوت',
    period: (from, to, days) => `آخر ${days} يومًا، من ${from} إلى ${to} (UTC)`,
    perDay: 'الأسئلة في اليوم',
    answered: 'أجاب عنها',
    abstained: 'لم يجب عنها',
    topFacts: 'الحقائق الأكثر طلبًا',
    noAnswersYet: 'لا إجابات بعد',
    feedback: 'التقييم',
    helpful: 'مفيد',
    notHelpful: 'غير مفيد',
    noVotesYet: 'لا تقييمات بعد',
    questions: (total, answered, abstained) => `الأسئلة: ${total} (أجاب عن ${answered}، ولم يجب عن ${abstained}).`,
    busiestDay: (day, count) => `أكثر الأيام أسئلةً: ${day}، ${count} سؤالًا.`,
    votes: (helpful, notHelpful, percent) => `التقييم: ${helpful} مفيد، ${notHelpful} غير مفيد${percent === null ? '' : ` (${percent}% غير مفيد)`}.`,
    answers: (count) => `${count} إجابة`,
  },
};

/** The period the figures cover, as the words say it. */
export function periodText(stats: UsageStats, language: Language): string {
  const first = stats.days[0]?.day ?? '';
  const last = stats.days[stats.days.length - 1]?.day ?? '';
  return STATS_WORDS[language].period(first, last, stats.days.length);
}

/**
 * Every figure the chart shows, as lines of text: the totals, the busiest day, the most-asked
 * facts with their ids, the votes, and each day's answered / not answered counts.
 */
export function statsText(stats: UsageStats, language: Language): string {
  const words = STATS_WORDS[language];
  const totals = usageTotals(stats);
  const busiest = stats.days.reduce<DayCount | null>(
    (best, day) => (day.answered + day.abstained > (best ? best.answered + best.abstained : 0) ? day : best),
    null,
  );
  const lines = [periodText(stats, language), words.questions(totals.questions, totals.answered, totals.abstained)];
  if (busiest) lines.push(words.busiestDay(busiest.day, busiest.answered + busiest.abstained));
  lines.push(`${words.topFacts}:`);
  if (stats.topFacts.length === 0) lines.push(words.noAnswersYet);
  stats.topFacts.forEach((fact, i) => lines.push(`${i + 1}. ${fact.id}: ${words.answers(fact.count)}`));
  lines.push(words.votes(stats.feedback.helpful, stats.feedback.notHelpful, totals.notHelpfulPercent));
  lines.push(`${words.perDay} (${words.answered} / ${words.abstained}):`);
  lines.push(stats.days.map((day) => `${day.day.slice(5)} ${day.answered}/${day.abstained}`).join(', '));
  return lines.join('\n');
}
