import { statsText, type UsageStats, usageTotals } from '../../src/stats/usage';

const stats: UsageStats = {
  days: [
    { day: '2026-11-28', answered: 2, abstained: 1 },
    { day: '2026-11-29', answered: 0, abstained: 0 },
    { day: '2026-11-30', answered: 5, abstained: 2 },
  ],
  topFacts: [
    { id: 'r2-nvidia', en: 'R2 on Nvidia', ar: 'R2 على إنفيديا', count: 4 },
    { id: 'small-huawei', en: 'Small models on Huawei', ar: 'النماذج الصغيرة على هواوي', count: 3 },
  ],
  feedback: { helpful: 3, notHelpful: 1 },
};

describe('the figures as text', () => {
  test('totals add up the days and the votes', () => {
    expect(usageTotals(stats)).toEqual({ questions: 10, answered: 7, abstained: 3, votes: 4, notHelpfulPercent: 25 });
    expect(usageTotals({ ...stats, feedback: { helpful: 0, notHelpful: 0 } }).notHelpfulPercent).toBeNull();
  });

  test('English: the period, the totals, the busiest day, the facts by id, the votes and every day', () => {
    expect(statsText(stats, 'en').split('\n')).toEqual([
      'Last 3 days, 2026-11-28 to 2026-11-30 (UTC)',
      'Questions: 10 (7 answered, 3 not answered).',
      'Busiest day: 2026-11-30, 7 questions.',
      'Most-asked facts:',
      '1. r2-nvidia: 4 answers',
      '2. small-huawei: 3 answers',
      'Feedback: 3 helpful, 1 not helpful (25% not helpful).',
      'Questions per day (Answered / Not answered):',
      '11-28 2/1, 11-29 0/0, 11-30 5/2',
    ]);
  });

  test('Arabic says the same figures in Arabic', () => {
    const text = statsText(stats, 'ar');
    expect(text).toMatch(/الأسئلة: 10 \(أجاب عن 7، ولم يجب عن 3\)/);
    expect(text).toMatch(/1\. r2-nvidia: 4 إجابة/);
    expect(text).toMatch(/التقييم: 3 مفيد، 1 غير مفيد \(25% غير مفيد\)/);
  });

  test('with nothing asked, there is no busiest day and the facts list says so', () => {
    const text = statsText(
      { days: stats.days.map((day) => ({ ...day, answered: 0, abstained: 0 })), topFacts: [], feedback: { helpful: 0, notHelpful: 0 } },
      'en',
    );
    expect(text).not.toMatch(/Busiest/);
    expect(text).toMatch(/Most-asked facts:\nNo answers yet/);
    expect(text).toMatch(/Feedback: 0 helpful, 0 not helpful\./);
  });
});
