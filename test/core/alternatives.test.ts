/** Names offered as alternatives ("Nvidia or Huawei", "انفيديا او هواوي"): each "or" joins the names nearest to it. */
import { alternativeNames, alternativeSides } from '../../src/core/understand/alternatives';

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

  test('the two alternatives an "or" offers: as many content words on each side, in both languages', () => {
    const content = (word: string) => !['is', 'the', 'used', 'for', 'او', 'or'].includes(word);
    expect(alternativeSides('is ascend used for the big model or only the small versions'.split(' '), content)).toEqual([
      ['big', 'model'],
      ['small', 'versions'],
    ]);
    expect(alternativeSides('الاعتماد علي هواوي بيشمل r2 الكبير او النماذج الصغيره بس'.split(' '), content)).toEqual([
      ['r2', 'الكبير'],
      ['النماذج', 'الصغيره'],
    ]);
    expect(alternativeSides('r2 trains on nvidia or ascend'.split(' '), content)).toEqual([['nvidia'], ['ascend']]);
  });

  test('no alternatives when the "or" ends the question or follows a word of totality ("completely or only…")', () => {
    const content = () => true;
    expect(alternativeSides('is it nvidia or not'.split(' '), content)).toBeNull();
    expect(alternativeSides('ديب سيك قالت متي تطلق الموديل او للحين لا احد يدري'.split(' '), content)).toBeNull();
    expect(alternativeSides('did they set a date for the launch or yet to be decided'.split(' '), content)).toBeNull();
    expect(alternativeSides('هل ما زالت تستخدم انفيديا او لا'.split(' '), content)).toBeNull();
    // "…or that's it": the use asked about over, in either language.
    expect(alternativeSides('انفيديا لسه شغاله معاهم او خلاص اتقطعت'.split(' '), content)).toBeNull();
    expect(alternativeSides('هل deepseek تبقي تستخدم nvidia او صافي قطعت معها'.split(' '), content)).toBeNull();
    expect(alternativeSides('is deepseek still on nvidia or done with them'.split(' '), content)).toBeNull();
    // …or a verb of ending it: "…still on, or did they scrap it?"
    expect(alternativeSides('خطه ascend لسا قايمه او شالوها'.split(' '), content)).toBeNull();
    expect(alternativeSides('خطه ascend لسه موجوده او لغوها'.split(' '), content)).toBeNull();
    expect(alternativeSides('is deepseek leaving nvidia completely or only for the small models'.split(' '), content)).toBeNull();
    expect(alternativeSides('ديب سيك تترك انفيديا نهايي او بس للموديلات الصغيره'.split(' '), content)).toBeNull();
  });

  test('no alternatives when the "or" opens a second yes/no question ("…or did they move that one too")', () => {
    const content = () => true;
    expect(alternativeSides('is r2 still on nvidia or did they move that one too'.split(' '), content)).toBeNull();
    expect(alternativeSides('ديب سيك لسه علي انفيديا او هل نقلت كل شي'.split(' '), content)).toBeNull();
  });
});
