import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';
import { findTimes } from '../src/time/index.js';
import { sameEvent, type Evidence } from '../src/cluster/same-event.js';
import { mentionOf } from './helpers/mention-ref.js';

const typesOf = (text: string) =>
  analyzeText(text)
    .events.filter((e) => e.status === 'asserted')
    .map((e) => e.type);

// Our own sentences, in the style of wire reports.
describe('an abduction by gunmen is an assault on the person taken, not an arrest (types24)', () => {
  it('reads gunmen abducting an official as ASSAULT', () => {
    expect(
      typesOf(
        'خطف مسلحون مجهولون رئيس الحكومة الليبية عبد الحميد الدبيبة من مقر إقامته في طرابلس فجر اليوم.',
      ),
    ).toContain('ASSAULT');
    expect(
      typesOf('أفادت مصادر أمنية بأن الناشط علاء عبد الفتاح اختطف على أيدي مسلحين اقتادوه إلى جهة مجهولة.'),
    ).toContain('ASSAULT');
  });
});

describe('a report stamped the day after the day its text calls its own', () => {
  const times = (text: string, published: string) =>
    findTimes(text, { published, seen: new Date('2026-11-23') }).expressions;
  it('counts "اليوم" from the weekday the text gives, the day before the stamp', () => {
    // 2021-03-09 is a Tuesday; the text says the report's day is a Monday.
    const ex = times(
      'وفي وقت سابق اليوم (الاثنين)، أعلنت الحكومة قطع العلاقات. واستدعت الخارجية اليوم السفير.',
      '2021-03-09',
    );
    expect(ex.map((e) => e.value)).toEqual(['2021-03-08', '2021-03-08']);
  });
  it('keeps the stamp when the weekday agrees with it', () => {
    const ex = times(
      'وقال الوزير اليوم الثلاثاء إن المحادثات مستمرة. واستدعت الخارجية اليوم السفير.',
      '2021-03-09',
    );
    expect(ex.map((e) => e.value)).toEqual(['2021-03-09', '2021-03-09']);
  });
});

describe('two calls between the same two leaders told only by their weekday', () => {
  const reading = (sim: number): Evidence => ({ useDates: true, similarity: () => sim });
  // No publication date: "الخميس" is a weekday of some week.
  const first = () =>
    mentionOf(
      'أجرى الرئيس التركي رجب طيب أردوغان يوم الخميس اتصالا هاتفيا بنظيره الروسي فلاديمير بوتين بحثا خلاله ملف الحبوب.',
      'CONSULT',
      'a',
    );
  const second = () =>
    mentionOf(
      'تلقى الرئيس الروسي فلاديمير بوتين يوم الخميس اتصالا هاتفيا من الرئيس التركي رجب طيب أردوغان تناول العلاقات الثنائية.',
      'CONSULT',
      'b',
    );
  it('are two calls when their reports share almost none of their words', () => {
    expect(first().event.date.weekday).toBe('Thursday');
    expect(sameEvent(first(), second(), reading(0.05))).toBe(false);
  });
  it('but one call when they read alike', () => {
    expect(sameEvent(first(), second(), reading(0.3))).toBe(true);
  });
});

describe('"الليلة الماضية" with the night\'s first day told too', () => {
  const dateOf = (text: string) =>
    analyzeText(text, '2019-03-12').events.find((e) => e.type === 'ASSAULT' && e.status === 'asserted')?.date;
  it('is the day before midnight when the report says the blasts came late that day', () => {
    const d = dateOf(
      'قتل عشرون شخصا في انفجارات ضربت مجمعات سكنية في العاصمة الليلة الماضية. وقال مسؤول أمني إن ثلاث سيارات مفخخة انفجرت في وقت متأخر من يوم أمس.',
    );
    expect(d?.value).toBe('2019-03-11');
    expect(d?.granularity).toBe('day');
  });
  it('but stays over two days when nothing else says which', () => {
    const d = dateOf('قتل عشرون شخصا في انفجارات ضربت مجمعات سكنية في العاصمة الليلة الماضية.');
    expect(d?.value).toBe('2019-03-11/2019-03-12');
  });
});
