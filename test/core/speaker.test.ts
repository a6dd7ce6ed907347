/** Who a question about a statement asks about: the subject of its verb of saying, not its topic. */
import { occasionWords, speakerWords } from '../../src/core/understand/speaker';

describe('the speaker a question asks about', () => {
  test('English: between the auxiliary and the verb of saying; the words after "about" are the topic', () => {
    expect(speakerWords('did the us government comment on this')).toBe('the us government');
    expect(speakerWords('what did baidu say about huawei')).toBe('baidu');
    expect(speakerWords('what does deepseek use')).toBeNull();
  });

  test('Arabic: after the verb up to "about", or before it; question words are no speaker', () => {
    expect(speakerWords('ما قالت بايدو عن هواوي')).toBe('بايدو');
    expect(speakerWords('انفيديا قالت ما عن الحوار ده')).toBe('انفيديا');
    expect(speakerWords('متحدث انفيديا ما قال عن الصين')).toBe('متحدث انفيديا');
    expect(speakerWords('هل ردت امريكا')).toBe('امريكا');
    // code-switching: the English "about" after an Arabic verb opens the topic as عن does (before: "about china" was the speaker)
    expect(speakerWords('المتحدث باسم nvidia ما قال about china')).toBe('المتحدث باسم nvidia');
    expect(speakerWords('ما قالت بايدو about huawei')).toBe('بايدو');
  });

  test('Arabic, before the verb: only its own clause, after "or"; "not yet" is no one (the subject is the verb\'s pronoun)', () => {
    // before: "حددوا موعد الاطلاق او لسه" was the speaker, a name the report never quotes, and the question declined
    expect(speakerWords('حددوا موعد الاطلاق او لسه ما قال حاجه')).toBeNull();
    expect(speakerWords('ديب سيك تعلن موعد اطلاق النموذج او لين الان ما قال')).toBeNull();
    expect(speakerWords('حددوا الموعد او انفيديا قالت شي')).toBe('انفيديا');
  });

  test('Arabic: "that" after the verb (ان، بلي) opens what was said, not who said it', () => {
    // before: "بلي حتي الصين داخله فالحساب" was the speaker, one the report never quotes
    expect(speakerWords('هل انفيديا قالت بلي حتي الصين داخله فالحساب')).toBe('انفيديا');
    expect(speakerWords('قال متحدث انفيديا ان المنافسه بدات')).toBe('متحدث انفيديا');
  });
});

describe('what a statement asked about answered', () => {
  test('the words after the verb of saying and "about", "when", عن، لما: the occasion, in either language', () => {
    expect(occasionWords('what did nvidia say about deepseek using huawei chips')).toBe('deepseek using huawei chips');
    expect(occasionWords('ما قالت انفيديا لما تعرف ان ديب سيك تستخدم هواوي')).toBe('تعرف ان ديب سيك تستخدم هواوي');
    expect(occasionWords('what does deepseek use huawei chips for')).toBeNull();
  });
});
