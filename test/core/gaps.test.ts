import { groupQuestions } from '../../src/core/gaps';
import { loadLexicon } from '../../src/core/knowledge/load';
import { Analyzer } from '../../src/core/text/analyze';
import { CompiledLexicon } from '../../src/core/text/lexicon';

const analyzer = new Analyzer(new CompiledLexicon(loadLexicon()));
const asked = (text: string, count = 1, lastAsked = '2026-11-01T10:00:00.000Z') => ({ text, count, lastAsked });
const wordings = (questions: { text: string }[]) => questions.map((question) => question.text);

describe('groupQuestions', () => {
  test('questions with the same words after analysis are one group, whatever their case, order and stop-words', () => {
    const groups = groupQuestions([asked("Who is DeepSeek's CEO?"), asked('who is the ceo of deepseek'), asked('WHO IS DEEPSEEKS CEO')], analyzer);
    expect(groups).toHaveLength(1);
    expect(groups[0].count).toBe(3);
  });

  test('Arabic spelling variants (hamza, final yaa) and a name in either script group together', () => {
    const groups = groupQuestions([asked('كم سعر سهم انفيديا'), asked('كم سعر سهم إنفيديا؟'), asked('كم سعر سهم Nvidia')], analyzer);
    expect(groups.map((group) => group.count)).toEqual([3]);
  });

  test('a typo in a word keeps the question in its group, in English and in Arabic', () => {
    expect(groupQuestions([asked("What is Nvidia's stock price?"), asked('what is nvidias stock prise')], analyzer)).toHaveLength(1);
    expect(groupQuestions([asked('مين المدير التنفيذي لديبسيك'), asked('مين المدير التنفيدي لديبسيك')], analyzer)).toHaveLength(1);
  });

  test('a different word is a different question, even one letter apart in a short word', () => {
    const groups = groupQuestions([asked('who is deepseek ceo'), asked('who is deepseek cto'), asked('who is deepseek ceo and founder')], analyzer);
    expect(groups).toHaveLength(3);
  });

  test('groups come most asked first, each with its total, its most asked wording first and its latest time', () => {
    const groups = groupQuestions(
      [
        asked('when will R2 be released', 1, '2026-11-03T00:00:00.000Z'),
        asked("What is Nvidia's stock price?", 2, '2026-11-01T00:00:00.000Z'),
        asked('when R2 released?', 2, '2026-11-02T00:00:00.000Z'),
        asked('nvidia stock price', 1, '2026-11-05T00:00:00.000Z'),
        asked('R2 release when', 1, '2026-11-04T00:00:00.000Z'),
      ],
      analyzer,
    );
    expect(groups.map((group) => [group.count, group.lastAsked, group.questions[0].text])).toEqual([
      [4, '2026-11-04T00:00:00.000Z', 'when R2 released?'],
      [3, '2026-11-05T00:00:00.000Z', "What is Nvidia's stock price?"],
    ]);
  });

  test('a question is compared with the first wording of each group, so small differences do not chain', () => {
    // b is one typo from a, c one typo from b but two from a: c starts its own group.
    const groups = groupQuestions([asked('nvidia market share', 3), asked('nvidia markut share', 2), asked('nvidia murkut share', 1)], analyzer);
    expect(groups.map((group) => wordings(group.questions))).toEqual([['nvidia market share', 'nvidia markut share'], ['nvidia murkut share']]);
  });

  test('questions of stop-words alone are grouped by their words, not all together', () => {
    const groups = groupQuestions([asked('what?'), asked('What'), asked('why?')], analyzer);
    expect(groups.map((group) => wordings(group.questions))).toEqual([['what?', 'What'], ['why?']]);
  });
});
