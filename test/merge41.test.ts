import { describe, expect, it } from 'vitest';
import { dateRelation, sameEvent, type Evidence } from '../src/cluster/same-event.js';
import { mentionOf } from './helpers/mention-ref.js';

// Our own sentences, in the style of wire reports; no publication dates, so only the weekdays speak.
const reading = (sim: number): Evidence => ({ useDates: true, similarity: () => sim });

describe('a visit dated by its arrival in one report and by its talks the next day in another', () => {
  const arrival = () =>
    mentionOf(
      'وصل الرئيس المصري عبد الفتاح السيسي يوم الأحد إلى مسقط في زيارة رسمية يلتقي خلالها السلطان هيثم بن طارق لبحث العلاقات الثنائية.',
      'CONSULT',
      'a',
    );
  const talks = () =>
    mentionOf(
      'عقد السلطان هيثم بن طارق جلسة مباحثات مع الرئيس عبد الفتاح السيسي يوم الاثنين في قصر العلم العامر بمسقط تناولت التعاون الاقتصادي.',
      'CONSULT',
      'b',
    );
  it('is one visit when the same two leaders are named, whatever words the reports share', () => {
    expect(dateRelation(arrival(), talks())).toBe('near');
    expect(sameEvent(arrival(), talks(), reading(0.05))).toBe(true);
  });
  it('but two meetings of the same leaders a day apart, neither told as a visit, stay apart', () => {
    const first = mentionOf(
      'التقى الرئيس عبد الفتاح السيسي السلطان هيثم بن طارق يوم الأحد على هامش القمة العربية.',
      'CONSULT',
      'c',
    );
    const second = mentionOf(
      'اجتمع السلطان هيثم بن طارق مع الرئيس عبد الفتاح السيسي يوم الاثنين على هامش القمة العربية.',
      'CONSULT',
      'd',
    );
    expect(first.event.mode).not.toBe('visit');
    expect(second.event.mode).not.toBe('visit');
    expect(dateRelation(first, second)).toBe('near');
    expect(sameEvent(first, second, reading(0.05))).toBe(false);
  });
  it('and a visit two years before is another visit', () => {
    const earlier = mentionOf(
      'وصل الرئيس عبد الفتاح السيسي إلى مسقط في 12 مارس 2021 في زيارة رسمية التقى خلالها السلطان هيثم بن طارق.',
      'CONSULT',
      'e',
    );
    const later = mentionOf(
      'التقى السلطان هيثم بن طارق الرئيس عبد الفتاح السيسي في مسقط في 13 مارس 2023 خلال زيارة رسمية.',
      'CONSULT',
      'f',
    );
    expect(sameEvent(earlier, later, reading(0.05))).toBe(false);
  });
});

describe('one named person held, dated by one outlet to the evening and by another to the next day', () => {
  const held = (text: string, doc: string) => mentionOf(text, 'COERCE', doc);
  it('is one arrest when both place it in one town, with few words in common', () => {
    const a = held(
      'اعتقلت السلطات الجزائرية الكاتب بوعلام صنصال مساء الجمعة في مطار الجزائر العاصمة لدى عودته من باريس.',
      'g',
    );
    const b = held(
      'أوقفت أجهزة الأمن الروائي بوعلام صنصال يوم السبت في الجزائر العاصمة بحسب ما أفاد مقربون منه.',
      'h',
    );
    expect(dateRelation(a, b)).toBe('near');
    expect(sameEvent(a, b, reading(0.07))).toBe(true);
  });
});
