import { describe, expect, it } from 'vitest';
import { claimWith, read } from './helpers/claims.js';

// Our own sentences, in the shapes of claims the blind set 24 gave the outlet or the wrong speaker.

describe('claim sources: a spokesman named by his title alone', () => {
  it('gives "المتحدث العسكري" to the army the report named before him', () => {
    const doc = read(
      'أعلن الجيش الأردني أنه أسقط طائرة مسيرة قرب الحدود الشمالية.\nوقال المتحدث العسكري إن الطائرة كانت تحمل كميات من المخدرات.',
      '2022-03-14',
    );
    const c = claimWith(doc, 'كانت تحمل كميات');
    expect(c?.source?.sector).toBe('military');
    expect(c?.source?.country).toBe('JOR');
  });
  it('reads a spokesman after a date with its month ("قال اليوم الخميس 3 آذار/مارس متحدث باسم …")', () => {
    const doc = read(
      'قال اليوم الخميس 3 آذار/مارس متحدث باسم الجيش الأردني إن الدورية تعرضت لإطلاق نار.\nوأوضح المتحدث أن أحدا لم يصب بأذى.',
      '2022-03-03',
    );
    expect(claimWith(doc, 'تعرضت لإطلاق نار')?.source?.sector).toBe('military');
    expect(claimWith(doc, 'لم يصب بأذى')?.source?.sector).toBe('military');
  });
});

describe('claim sources: statements as speakers', () => {
  it('gives "في البيان" to the body that spoke last when no statement was named', () => {
    const doc = read(
      'قالت الرئاسة التونسية إن شحنة من الأدوية ستصل إلى طرابلس.\nوورد في البيان: "ستقلع طائرتان محملتان بالمساعدات صباح الغد".',
      '2021-05-10',
    );
    const c = claimWith(doc, 'ستقلع طائرتان');
    expect(c?.source?.institution).toBe('presidency');
    expect(c?.source?.country).toBe('TUN');
  });
  it('reads "في بيان سابق لسفارة …" as the embassy\'s', () => {
    const doc = read(
      'أرسلت المغرب مساعدات إلى تركيا بعد الزلزال.\nوفي بيان سابق لسفارة المغرب في أنقرة: "وصلت إلى مطار أضنة ثلاث طائرات محملة بالخيام".',
      '2023-02-12',
    );
    const c = claimWith(doc, 'ثلاث طائرات محملة');
    expect(c?.source?.sector).toBe('embassy');
    expect(c?.source?.country).toBe('MAR');
  });
  it('reads "بيان مشترك للدول الأربعة" as the states listed before', () => {
    const doc = read(
      'قطعت مصر والسعودية والإمارات والبحرين علاقاتها مع الدوحة.\nوجاء في بيان مشترك للدول الأربعة أنها "لن تقبل التدخل في شؤونها الداخلية".',
      '2017-06-05',
    );
    expect(claimWith(doc, 'لن تقبل التدخل')?.source?.country).toBe('EGY');
  });
});

describe('claim sources: analysts and experts are unnamed', () => {
  it('keeps "ويرى محللون" anonymous, not the last person who spoke', () => {
    const doc = read(
      'وقال الوزير إن الحكومة ماضية في خطتها.\nويرى محللون أن الخطة قد ترفع أسعار الوقود في الأشهر المقبلة.',
      '2021-05-10',
    );
    const c = claimWith(doc, 'قد ترفع أسعار');
    expect(c?.anonymous).toBe(true);
    expect(c?.source?.type === 'PERSON').toBe(false);
  });
});
