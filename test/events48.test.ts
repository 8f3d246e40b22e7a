// Meetings only wished for are not held, and a place that is the topic of talks is not where they
// are (nor makes its leader the host), on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';
import { sidesOf } from './helpers/sides.js';

const consults = (text: string) => analyzeText(text, '2021-01-02').events.filter((e) => e.type === 'CONSULT');
const statuses = (text: string) => consults(text).map((e) => `${e.mode}:${e.status}`);

describe('a meeting proposed, hoped for, called for or welcomed as an idea', () => {
  it('a welcome of holding a meeting is no meeting held', () => {
    expect(
      statuses('وأعرب الرئيس التونسي قيس سعيد عن ترحيبه بعقد اجتماع مع العاهل المغربي الملك محمد السادس.'),
    ).toEqual(['meeting:planned']);
  });
  it('a summit proposed, a meeting hoped for, a meeting demanded, a visit looked forward to', () => {
    expect(statuses('اقترح الرئيس الروسي فلاديمير بوتين عقد قمة مع الرئيس الأمريكي جو بايدن.')).toEqual([
      'meeting:planned',
    ]);
    expect(
      statuses('وقال الرئيس التركي رجب طيب أردوغان إنه يأمل في لقاء الرئيس الروسي فلاديمير بوتين قريبا.'),
    ).toEqual(['meeting:planned']);
    expect(
      statuses('وطالب الرئيس الفلسطيني محمود عباس بعقد اجتماع عاجل مع الرئيس الأمريكي جو بايدن.'),
    ).toEqual(['meeting:planned']);
    expect(
      statuses(
        'وأكد الرئيس المصري عبد الفتاح السيسي تطلعه إلى زيارة الرئيس الجزائري عبد المجيد تبون للقاهرة.',
      ),
    ).toEqual(['visit:planned']);
  });
  it('does not outvote the call that was held, with its sides reversed', () => {
    const text =
      'هنأ الرئيس العراقي برهم صالح الملك سلمان بن عبد العزيز بنجاح الانتخابات في اتصال هاتفي تلقاه اليوم من العاهل السعودي. ' +
      'وأعرب صالح عن ترحيبه بعقد اجتماع اللجنة المشتركة بين البلدين.';
    expect(statuses(text)).toEqual(['phone:asserted', 'meeting:planned']);
  });
  it('a welcomed visit under way and a proposal made in a call stay held', () => {
    expect(
      statuses(
        'رحب الرئيس المصري عبد الفتاح السيسي بزيارة الرئيس الجزائري عبد المجيد تبون إلى القاهرة اليوم.',
      ),
    ).toEqual(['visit:asserted']);
    expect(
      statuses('اقترح الرئيس الروسي فلاديمير بوتين في اتصال هاتفي مع الرئيس الفرنسي إيمانويل ماكرون هدنة.'),
    ).toEqual(['phone:asserted']);
  });
});

describe('a place that is the topic of talks', () => {
  it('"ما يجري في X" after a meeting is no place of it and makes no host', () => {
    const text = 'حفتر بعد لقاء السيسي: أطلعت القيادة المصرية على حقيقة ما يجري في ليبيا';
    expect(consults(text)[0].location).toBeNull();
    expect(sidesOf(text, 'CONSULT')).toEqual({
      sources: ['Khalifa Haftar'],
      targets: ['Abdel Fattah el-Sisi'],
    });
  });
  it('"بالأوضاع في X", "للتطورات في X": the same after ب/ل', () => {
    const text =
      'التقى الرئيس المصري عبد الفتاح السيسي رئيس الوزراء العراقي مصطفى الكاظمي في إطار الاهتمام بالأوضاع في العراق.';
    expect(consults(text)[0].location?.entity.en ?? null).toBeNull();
  });
  it('a place the meeting is held in stays its place', () => {
    const text = 'التقى الرئيس المصري عبد الفتاح السيسي رئيس الوزراء العراقي مصطفى الكاظمي في بغداد اليوم.';
    expect(consults(text)[0].location?.entity.en).toBe('Baghdad');
  });
});
