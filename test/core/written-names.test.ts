/** Words written as names: a word no fact holds that is one names something the report lacks. */
import { writtenAsNames } from '../../src/core/understand/written-names';

describe('words written as names', () => {
  test('capitalised inside a sentence, or all in capitals wherever it stands', () => {
    expect(writtenAsNames('What does Moore Threads build?')).toEqual(new Set(['moore', 'threads']));
    expect(writtenAsNames('TSMC makes the Ascend chip?')).toEqual(new Set(['tsmc', 'ascend']));
    expect(writtenAsNames('what does deepseek build')).toEqual(new Set());
  });

  test('in Latin letters inside an Arabic sentence, unless an everyday English word', () => {
    expect(writtenAsNames('هل R2 هيكون multimodal؟')).toEqual(new Set(['r2', 'multimodal']));
    expect(writtenAsNames('هل هواوي ممنوعة من شراء رقائق tsmc؟')).toEqual(new Set(['tsmc']));
    expect(writtenAsNames('الموضوع ده so confusing بجد')).toEqual(new Set());
  });

  test('Latin words of an English sentence with an Arabic word in it are not names', () => {
    expect(writtenAsNames('who is the المتحدث in the nvidia part')).toEqual(new Set());
  });
});
