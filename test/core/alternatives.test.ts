/** Names offered as alternatives ("Nvidia or Huawei", "انفيديا او هواوي"): each "or" joins the names nearest to it. */
import { alternativeNames } from '../../src/core/understand/alternatives';

describe('alternative names', () => {
  test('the names on either side of an "or", in both languages', () => {
    expect(alternativeNames('is r2 trained on huawei or nvidia'.split(' '), ['r2', 'huawei', 'nvidia'])).toEqual(new Set(['huawei', 'nvidia']));
    expect(alternativeNames('r2 الكبير علي nvidia او huawei'.split(' '), ['r2', 'nvidia', 'huawei'])).toEqual(new Set(['nvidia', 'huawei']));
  });

  test('a few words may stand between a name and the "or"; a name of two words counts as one', () => {
    expect(alternativeNames('شرايح هواوي or on nvidia'.split(' '), ['هواوي', 'nvidia'])).toEqual(new Set(['هواوي', 'nvidia']));
    expect(alternativeNames('ديب سيك او هواوي'.split(' '), ['ديب سيك', 'هواوي'])).toEqual(new Set(['ديب سيك', 'هواوي']));
  });

  test('no "or", or a name on one side only, gives none', () => {
    expect(alternativeNames('does deepseek use nvidia and huawei'.split(' '), ['deepseek', 'nvidia', 'huawei']).size).toBe(0);
    expect(alternativeNames('is it nvidia or not'.split(' '), ['nvidia']).size).toBe(0);
  });
});
