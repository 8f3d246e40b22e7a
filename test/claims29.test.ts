import { describe, expect, it } from 'vitest';
import { analyzeText, claimWith } from './helpers/analyze-text.js';

// Our own sentences, in the shapes of the claim sources held-out set 17 missed.
const read = (text: string, published = '2016-03-14') => analyzeText(text, published);

describe('claims29: a standing opposition society of the KB and its short name', () => {
  const doc = read(
    'قالت جمعية الوفاق الإسلامية المعارضة في البحرين إن السلطات منعت نائبها من السفر. ' +
      'ونددت «الوفاق» بما وصفته «تضييقا متواصلا على العمل السياسي». ' +
      'وطالبت الوفاق بالسماح لنائبها بالسفر فورا.',
  );

  it('reads the society named in full as the KB body', () => {
    expect(claimWith(doc, 'منعت نائبها')?.source?.en).toBe('Al Wefaq');
  });

  it('reads its name word alone, quoted or bare, after a verb of saying as the same body', () => {
    expect(claimWith(doc, 'تضييقا متواصلا')?.source?.en).toBe('Al Wefaq');
    expect(claimWith(doc, 'بالسماح لنائبها')?.source?.en).toBe('Al Wefaq');
  });
});

describe('claims29: a person named in another spelling of the KB', () => {
  it('reads "لبيد" as Yair Lapid', () => {
    const doc = read('وكتب وزير الخارجية الإسرائيلي يائير لبيد أن الزيارة "فتحت صفحة جديدة".', '2021-10-02');
    expect(claimWith(doc, 'فتحت صفحة جديدة')?.source?.en).toBe('Yair Lapid');
  });
});

describe("claims29: the statement that followed a body's meeting is that body's", () => {
  it('reads "بيان أعقب الاجتماع" as the council whose meeting the report named, and "البيان" after it', () => {
    const doc = read(
      'عقد المجلس الوطني للدفاع اجتماعا طارئا في تونس برئاسة رئيس الجمهورية. ' +
        'وقال بيان صدر عقب الاجتماع إن "الوضع الأمني تحت السيطرة". ' +
        'وأضاف البيان أن الوحدات الأمنية ستبقى في حالة استنفار.',
    );
    const first = claimWith(doc, 'تحت السيطرة');
    expect(first?.sourceText).toContain('المجلس الوطني للدفاع');
    expect(claimWith(doc, 'حالة استنفار')?.sourceText).toContain('المجلس الوطني للدفاع');
  });
});

describe("claims29: a royal court is a monarchy's", () => {
  it('reads "الديوان الملكي" in a report of a republic\'s president and a king as the kingdom\'s court', () => {
    const doc = read(
      'تلقى الرئيس التونسي اتصالا هاتفيا من العاهل الأردني الملك عبد الله الثاني. ' +
        'وأفاد بيان للديوان الملكي بأن الزعيمين بحثا تطورات الأوضاع في المنطقة.',
      '2019-05-02',
    );
    expect(claimWith(doc, 'بحثا تطورات')?.source?.country).toBe('JOR');
  });
});
