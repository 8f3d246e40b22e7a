// The web app's honest dates and text cleaning, as pure functions (no browser needed).
import { describe, expect, it } from 'vitest';
import { honestDate, dateKeyLabel, formatDay } from '../src/web/dates.js';
import { setLang } from '../src/web/i18n.js';
import { clean } from '../src/web/bidi.js';
import type { TimeValueJson } from '../src/api/schemas.js';

const d = (x: Partial<TimeValueJson>): TimeValueJson => ({
  value: null,
  granularity: 'unknown',
  derivation: 'unresolved',
  ...x,
});

describe('honest dates', () => {
  it('say in Arabic exactly what is known', () => {
    expect(
      honestDate(
        d({
          value: '2020-02-04',
          granularity: 'day',
          derivation: 'relative-to-publication',
          partOfDay: 'evening',
        }),
      ),
    ).toBe('4 شباط 2020 مساءً');
    expect(honestDate(d({ granularity: 'weekday-only', weekday: 'Monday' }))).toBe(
      'الاثنين (التاريخ غير معروف)',
    );
    expect(honestDate(d({ value: '2021-06-24', granularity: 'day', derivation: 'year-inferred' }))).toBe(
      '24 حزيران 2021 (السنة مستنتجة)',
    );
    expect(
      honestDate(d({ granularity: 'on-or-before', derivation: 'publication-bound', notAfter: '2023-01-16' })),
    ).toBe('قبل 16 كانون الثاني 2023 أو فيه');
    expect(honestDate(d({ value: '2023-01-15', granularity: 'day', derivation: 'report-day' }))).toBe(
      '15 كانون الثاني 2023 (يوم التقرير)',
    );
    expect(honestDate(d({ granularity: 'weekday-only', derivation: 'report-day', weekday: 'Sunday' }))).toBe(
      'الأحد (يوم التقرير)',
    );
    expect(
      honestDate(d({ value: '2021-07-06/2021-07-08', granularity: 'day-range', derivation: 'explicit' })),
    ).toBe('6–8 تموز 2021');
    expect(honestDate(d({ granularity: 'month-of-unknown-year', month: 3 }))).toBe('آذار (السنة غير معروفة)');
    expect(honestDate(d({}))).toBe('التاريخ غير معروف');
    expect(formatDay('2020-02-04T23:39')).toBe('4 شباط 2020، 23:39');
    expect(dateKeyLabel('weekday:Monday')).toBe('الاثنين (التاريخ غير معروف)');
  });

  it('and in English', () => {
    const g = globalThis as unknown as { document?: unknown };
    const had = g.document;
    g.document = { documentElement: {}, title: '' };
    try {
      setLang('en');
      expect(honestDate(d({ granularity: 'on-or-before', notAfter: '2023-01-16' }))).toBe(
        'on or before 16 January 2023',
      );
      expect(honestDate(d({ value: '2021-06-24', granularity: 'day', derivation: 'year-inferred' }))).toBe(
        '24 June 2021 (year inferred)',
      );
      expect(honestDate(d({ granularity: 'weekday-only', weekday: 'Monday' }))).toBe('Monday (date unknown)');
    } finally {
      setLang('ar');
      g.document = had;
    }
  });
});

describe('text shown', () => {
  it('drops bidi controls and keeps everything else', () => {
    expect(clean('اتصال Putin \u200Fو\u200E Erdoğan\u202B!\u202C\u2066x\u2069')).toBe(
      'اتصال Putin و Erdoğan!x',
    );
    expect(clean('لا\u200Cشيء')).toBe('لا\u200Cشيء');
  });
});
