import { describe, expect, it } from 'vitest';
import { analyzeText, claimWith } from './helpers/analyze-text.js';

// Our own sentences, in the shapes of the unnamed speakers held-out set 18 missed.
const read = (text: string, published = '2018-05-20') => analyzeText(text, published);

describe('claims30: an unnamed diplomat, guard or officer is an anonymous source', () => {
  it('reads "ديبلوماسي" (spelt with ي) and the definite noun after it as one unnamed diplomat', () => {
    const doc = read(
      'قال ديبلوماسي أردني رفيع اليوم الأحد إن بلاده قررت تخفيض تمثيلها في العاصمة. ' +
        'وأوضح الديبلوماسي لوكالة رويترز أن «القرار نهائي ولا رجعة فيه».',
    );
    for (const q of ['قررت تخفيض', 'القرار نهائي']) {
      const c = claimWith(doc, q);
      expect(c?.anonymous).toBe(true);
      expect(c?.source?.en).toBe('Jordan');
    }
  });
  it('reads guards and officers who speak unnamed as anonymous sources', () => {
    const doc = read(
      'وأفاد حراس في المطار بأن مسلحين أطلقوا النار على سيارة الوزير. وقال ضباط في الشرطة إن التحقيق بدأ.',
    );
    expect(claimWith(doc, 'أطلقوا النار')?.anonymous).toBe(true);
    expect(claimWith(doc, 'التحقيق بدأ')?.anonymous).toBe(true);
  });
});

describe('claims30: a woman who speaks unnamed is an anonymous source, not the agency named before', () => {
  it('reads "وقالت امرأة" and "قالت إحدى الناجيات" as unnamed speakers', () => {
    const doc = read(
      'ونقلت الوكالة الوطنية للإعلام أن الانفجار أوقع عشرة جرحى. وقالت امرأة من سكان الحي: "تحطمت النوافذ كلها". ' +
        'وقالت إحدى الناجيات إن "الدخان ملأ المكان".',
    );
    for (const q of ['تحطمت النوافذ', 'الدخان ملأ']) {
      const c = claimWith(doc, q);
      expect(c?.anonymous).toBe(true);
      expect(c?.source?.en).not.toBe('National News Agency (Lebanon)');
    }
  });
});
