import { describe, expect, it } from 'vitest';
import { claimWith, read } from './helpers/claims.js';

// Our own sentences, in the shapes of claims the held-out sets still gave to someone else or to no one.

describe('claim sources: "نقلت وكالة X عن Y تشديده" after a call another outlet reported', () => {
  const doc = read(
    'أجرى رئيس الوزراء الباكستاني شهباز شريف اتصالا هاتفيا مع الأمير محمد بن سلمان، ولي العهد السعودي، تناول الوضع في المنطقة.\nوذكرت وسائل إعلام رسمية باكستانية أن الجانبين ناقشا “سبل خفض التوتر”.\nفي المقابل، نقلت وكالة الأنباء السعودية عن ولي العهد السعودي تأكيده “حرص المملكة على دعم الاستقرار في المنطقة”.',
    '2023-10-12',
  );
  it('credits the one the agency quotes, not the outlet of the sentence before', () => {
    const c = claimWith(doc, 'حرص المملكة على دعم');
    expect(c?.sourceText).toContain('ولي العهد');
    expect(c?.source?.type).toBe('PERSON');
  });
  it('leaves the earlier outlet its own sentence', () => {
    expect(claimWith(doc, 'سبل خفض التوتر')?.sourceText).toContain('وسائل إعلام');
  });
});

describe('claim sources: "وكررت X «دعوتها …»" — a renewed saying opening its own quotation', () => {
  it('reads the state that repeats its call as the speaker', () => {
    const doc = read(
      'قطعت دولة جزر القمر علاقاتها مع طهران.\nوكررت جزر القمر "دعوتها للسلطات الإيرانية إلى احترام سيادة الدول وعدم التدخل في شؤونها".',
      '2016-01-06',
    );
    expect(claimWith(doc, 'احترام سيادة الدول')?.sourceText).toContain('جزر القمر');
  });
  it('does not read "كرر الجيش قصفه" as a saying', () => {
    const doc = read('وكرر الجيش قصفه للمواقع "الحدودية" أمس.', '2016-01-06');
    expect(claimWith(doc, 'الحدودية')).toBeUndefined();
  });
});

describe("claim sources: 'في بيان أوردته \"وكالة …\" (واس)، نددت …' — the agency's acronym before the comma", () => {
  it('credits the ministry that condemns, the agency only carrying its statement', () => {
    const doc = read(
      'وفي بيان أوردته "وكالة الأنباء السعودية" (واس)، نددت وزارة الخارجية الجيبوتية بـ"الاعتداءات على سفارة المملكة في طهران".',
      '2016-01-06',
    );
    const c = claimWith(doc, 'الاعتداءات على سفارة');
    expect(c?.source?.country).toBe('DJI');
    expect(c?.sourceText).toContain('الخارجية');
  });
  it('still reads an agency with no comma before its verb as the one who says', () => {
    const doc = read(
      'وكالة الأنباء الأردنية (بترا) نقلت أن "الملك سيزور واشنطن الأسبوع المقبل".',
      '2016-01-06',
    );
    expect(claimWith(doc, 'الملك سيزور واشنطن')?.source?.sector).toBe('media');
  });
});

describe('claim sources: "وقالت قناة X نقلاً عن مصدر Y إن" — the outlet relays', () => {
  it('credits the anonymous source the channel relays, the channel as its medium', () => {
    const doc = read(
      'وقالت قناة الجزيرة نقلا عن مصدر عسكري إن "القصف استهدف مستودعا للذخيرة".',
      '2019-04-10',
    );
    const c = claimWith(doc, 'استهدف مستودعا');
    expect(c?.sourceText).toContain('مصدر');
    expect((c as { anonymous?: boolean } | undefined)?.anonymous).toBe(true);
  });
  it('leaves the channel its own words when it relays no one', () => {
    const doc = read('وقالت قناة الجزيرة إن "القصف استهدف مستودعا للذخيرة".', '2019-04-10');
    expect(claimWith(doc, 'استهدف مستودعا')?.source?.sector).toBe('media');
  });
});
