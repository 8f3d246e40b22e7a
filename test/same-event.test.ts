import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';
import { compatibleDates, ruledOut } from '../src/cluster/same-event.js';

const event = (text: string, type: string) => {
  const doc = analyzeText(text, '2022-11-14');
  const e = doc.events.find((x) => x.type === type);
  if (!e) throw new Error(`no ${type} in: ${text}`);
  return e;
};

describe('reports that cannot tell one happening', () => {
  it('keeps apart one state summoning the envoys of two others', () => {
    const norway = event(
      'استدعت وزارة الخارجية الإيرانية السفير النرويجي في طهران احتجاجا على تصريحاته.',
      'ACCUSE',
    );
    const britain = event(
      'استدعت وزارة الخارجية الإيرانية القائم بالأعمال البريطاني احتجاجا على تصريحات لندن.',
      'ACCUSE',
    );
    expect(ruledOut(norway, britain)).toBe(true);
  });
  it('but not two reports of one summons naming the envoy and the state', () => {
    const envoy = event(
      'استدعت وزارة الخارجية الإيرانية السفير النرويجي في طهران احتجاجا على تصريحاته.',
      'ACCUSE',
    );
    const state = event('استدعت إيران سفير النرويج لديها وأبلغته احتجاجها الشديد.', 'ACCUSE');
    expect(ruledOut(envoy, state)).toBe(false);
  });
});

describe('two undated attacks in one province', () => {
  // Reports without a publication date: 'الجمعة' gives a weekday, not a day.
  const undated = (text: string) => analyzeText(text).events.find((x) => x.type === 'ASSAULT')!;
  const soldiers = () =>
    undated('قتل ستة جنود مساء الجمعة في هجوم مسلح على نقطة تفتيش عسكرية قرب مدينة العريش.');
  it('keep apart an attack on soldiers and one on worshippers', () => {
    const worshippers = undated('قتل عشرات المصلين يوم الجمعة في هجوم على مسجد قرب مدينة العريش.');
    expect(ruledOut(soldiers(), worshippers)).toBe(true);
  });
  it('but not two reports that both name soldiers', () => {
    const other = undated('أسفر هجوم على كمين للجيش يوم الجمعة عن مقتل ستة عسكريين قرب العريش.');
    expect(ruledOut(soldiers(), other)).toBe(false);
  });
});

describe('a day of no known year', () => {
  const day = { value: '2018-11-22', granularity: 'day', derivation: 'explicit' } as const;
  const noYear = (d: number) =>
    ({ value: null, granularity: 'day-of-unknown-year', derivation: 'explicit', month: 11, day: d }) as const;
  it('is the known day of the same date', () => {
    expect(compatibleDates(day, noYear(22))).toBe(true);
  });
  it('but not a day of the same month', () => {
    expect(compatibleDates(day, noYear(23))).toBe(false);
  });
});
