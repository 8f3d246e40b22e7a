import { describe, expect, it } from 'vitest';
import { findTimes } from '../src/time/index.js';
import { gregorianToHijri, hijriToGregorian } from '../src/time/calendar.js';

const one = (text: string, published?: string) => {
  const r = findTimes(text, { published, seen: new Date('2026-11-23') });
  return r.expressions;
};

describe('temporal expressions beyond the seeds', () => {
  it('reads Maghrebi month names', () => {
    const [e] = one('انعقد الاجتماع يوم 12 جويلية 2019 بالعاصمة تونس');
    expect(e.value).toBe('2019-07-12');
    expect(e.derivation).toBe('explicit');
  });

  it('reads Egyptian month names with spelling variants and Arabic-Indic digits', () => {
    expect(one('وصل الوفد في ٣ إبريل ٢٠٢٢')[0].value).toBe('2022-04-03');
    expect(one('في 5 يوليه 2018')[0].value).toBe('2018-07-05');
  });

  it('reads a weekday in parentheses after the deixis as one expression', () => {
    // A dateline's "today (Monday)" under a URL of the next day: the weekday decides.
    const [e] = one('داهمت قوات الأمن مساء اليوم (الاثنين) منزل المعارض', '2023-04-18');
    expect(e.text).toBe('مساء اليوم (الاثنين)');
    expect(e.value).toBe('2023-04-17');
  });

  it('reads numeric dates', () => {
    expect(one('بتاريخ 24/6/2021 أعلنت الوزارة')[0].value).toBe('2021-06-24');
    // Spaced slashes, a trailing م and the weekday before "الموافق" make one expression.
    const [e] = one('بدأ شهر شوال يوم الجمعة الموافق ٢١ / ٤ / ٢٠٢٣م وانتهى بعد ثلاثين يوما', '2023-05-20');
    expect(e.text).toBe('يوم الجمعة الموافق ٢١ / ٤ / ٢٠٢٣م');
    expect(e.value).toBe('2023-04-21');
  });

  it('dates Islamic feasts, and their eves, from the Hijri calendar', () => {
    expect(one('وصل الوفد عشية عيد الأضحى', '2024-05-15')[0].value).toBe('2024-06-15');
    expect(one('قتل ثلاثة في ثاني أيام عيد الأضحى 1445', '2024-05-15')[0].value).toBe('2024-06-17');
    expect(one('أدى المصلون صلاة عيد الفطر في الساحات', '2024-04-12')[0].value).toBe('2024-04-10');
  });

  it('lets a stated weekday settle a Hijri date a sighting moved by a day', () => {
    // Umm al-Qura puts 29 Dhu al-Hijja 1434 on Sunday 3 November 2013; Morocco's sighting on Monday.
    const [e] = one('راقبت الوزارة الهلال بعد مغرب يوم الاثنين 29 ذي الحجة 1434', '2013-11-04');
    expect(e.value).toBe('2013-11-04');
    expect(one('راقبت الوزارة الهلال بعد مغرب 29 ذي الحجة 1434', '2013-11-04')[0].value).toBe('2013-11-03');
  });

  it('converts Hijri dates with Umm al-Qura', () => {
    const [e] = one('الموافق 1 رمضان 1442 هـ');
    expect(e.value).toBe('2021-04-13');
    expect(hijriToGregorian({ y: 1442, m: 9, d: 1 })).toEqual({ y: 2021, m: 4, d: 13 });
    expect(gregorianToHijri({ y: 2021, m: 4, d: 13 })).toEqual({ y: 1442, m: 9, d: 1 });
  });

  it('resolves past weekdays and relative words against the publication date', () => {
    const es = one(
      'وقال الوزير مساء الأحد إن القصف تجدد أمس، وإن الاجتماع سيعقد الأسبوع المقبل',
      '2023-03-15',
    );
    const byText = Object.fromEntries(es.map((e) => [e.text, e]));
    expect(byText['مساء الأحد'].value).toBe('2023-03-12');
    expect(byText['أمس'].value).toBe('2023-03-14');
    expect(byText['الأسبوع المقبل'].granularity).toBe('week');
  });

  it('shifts months by الماضي and المقبل across the year boundary', () => {
    const es = one('في تشرين الثاني الماضي وفي آذار المقبل', '2024-01-10');
    expect(es.map((e) => e.value)).toEqual(['2023-11', '2024-03']);
  });

  it('keeps unknown what cannot be known without a publication date', () => {
    const es = one('التقى الوزيران يوم الثلاثاء، وكان الطرفان قد اجتمعا أمس');
    expect(es.find((e) => e.text.includes('الثلاثاء'))).toMatchObject({
      value: null,
      granularity: 'weekday-only',
      weekday: 'Tuesday',
    });
    expect(es.find((e) => e.text === 'أمس')?.value).toBeNull();
  });

  it('takes the year of a day and month the text wrote in full before, and no other', () => {
    const es = one(
      'خرج المحتجون منذ 16 فبراير 2021 إلى الساحات. وفي ذكرى 16 فبراير هتفوا، ثم عادوا في 5 مارس',
    );
    expect(es.find((e) => e.text === '16 فبراير')).toMatchObject({
      value: '2021-02-16',
      derivation: 'year-inferred',
    });
    expect(es.find((e) => e.text === '5 مارس')?.value).toBeNull();
    // With a publication date the nearest year stands (an anniversary is not the first day).
    expect(
      one('خرج المحتجون منذ 16 فبراير 2021. وفي ذكرى 16 فبراير هتفوا', '2024-02-17').find(
        (e) => e.text === '16 فبراير',
      )?.value,
    ).toBe('2024-02-16');
  });

  it('takes no deadline or planned date for the report day that the weekday names', () => {
    // 1 March 2029 is a Thursday, as the report's "اليوم الخميس" is: a deadline is still no report day.
    const es = one(
      'وقع الطرفان اليوم الخميس اتفاقا جديدا. وينص الاتفاق على تسليم المعابر حتى 1 مارس 2029 على أبعد تقدير.',
    );
    expect(es.find((e) => e.text.includes('الخميس'))).toMatchObject({ value: null, weekday: 'Thursday' });
    // The same date told as the signing's own dates the report's Thursday.
    expect(
      one('وقع الطرفان اليوم الخميس اتفاقا جديدا. وجرت مراسم التوقيع في 1 مارس 2029 بحضور الوسطاء.').find(
        (e) => e.text.includes('الخميس'),
      )?.value,
    ).toBe('2029-03-01');
  });

  it('does not take a name or a bare number for a date', () => {
    expect(one('قال مايو إن 30 جنديا قتلوا في الهجوم')).toEqual([]);
  });

  it('recognizes vague references without resolving them', () => {
    const [e] = one('وقعت اشتباكات قبل أيام في ريف حلب', '2022-05-01');
    expect(e).toMatchObject({ value: null, granularity: 'vague-past' });
  });
});
