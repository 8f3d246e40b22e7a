import { describe, expect, it } from 'vitest';
import { findTimes } from '../src/time/index.js';

const times = (text: string, published?: string) =>
  findTimes(text, { published, seen: new Date('2026-11-23') }).expressions;

describe('a deixis with its weekday is a day near publication, never a week before', () => {
  it('"أمس السبت" under a stamp dated that Saturday is the Saturday, not the one before', () => {
    // 2019-06-15 is a Saturday: the page's date is a day late for "أمس" (a print edition's date).
    const [e] = times('انفجرت عبوة ناسفة أمس السبت قرب سوق المدينة', '2019-06-15');
    expect(e.value).toBe('2019-06-15');
  });
  it('"غداً الأحد" on a page dated the Friday is the Sunday two days on, not a week after', () => {
    const [e] = times('تبدأ المحادثات غداً الأحد في العاصمة', '2019-06-14');
    expect(e.value).toBe('2019-06-16');
  });
  it('keeps the plain reading where the weekday agrees', () => {
    expect(times('وصل الوفد أمس الجمعة إلى العاصمة', '2019-06-15')[0].value).toBe('2019-06-14');
  });
});

describe('a night or day counted by an ordinal is no "tonight"', () => {
  it('"الليلة الثانية" of a festival and a play named "الليلة الثانية عشرة" carry no date', () => {
    expect(times('وعرضت الفرقة في الليلة الثالثة من المهرجان مسرحية جديدة', '2019-06-15')).toHaveLength(0);
    expect(times('كانت الفرقة تقدم مسرحية "الليلة الثانية عشرة" لشكسبير', '2019-06-15')).toHaveLength(0);
    expect(times('وتواصلت الاحتجاجات لليوم الخامس على التوالي', '2019-06-15')).toHaveLength(0);
  });
  it('still reads "الليلة" and "الليلة الماضية" as deixis', () => {
    expect(times('تنطلق القمة الليلة في العاصمة', '2019-06-15')[0].value).toBe('2019-06-15');
    expect(times('قصفت الطائرات الليلة الماضية مواقع عدة', '2019-06-15')[0].value).toBe('2019-06-14');
  });
});
