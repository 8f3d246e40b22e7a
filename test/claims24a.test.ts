import { describe, expect, it } from 'vitest';
import { analyzeText, claimWith } from './helpers/analyze-text.js';

// Our own sentences, in the shapes of the claims the held-out sets found none for (issue #20).
const read = (text: string, published = '2012-05-10') => analyzeText(text, published);

describe('claims24a: calls, accusations and blame without a quotation', () => {
  it('reads "دعا X إلى" and a verbal noun as what the caller said', () => {
    const doc = read(
      'من جهته، دعا الأمين العام للجامعة العربية نبيل العربي الدول الأعضاء إلى سحب سفرائها من دمشق.',
    );
    expect(claimWith(doc, 'سحب سفرائها')?.source?.en).toBe('Nabil Elaraby');
  });

  it('reads "حمّل X مسؤولية" as what the blaming government said', () => {
    const doc = read(
      'وكانت الحكومة العراقية قد حملت الميليشيات مسؤولية التفجير الذي وقع في المدينة الشهر الماضي.',
    );
    expect(claimWith(doc, 'مسؤولية التفجير')?.source?.country).toBe('IRQ');
  });

  it('keeps "حمل المتظاهرون لافتات" an act, no claim', () => {
    const doc = read('وحمل المتظاهرون لافتات في ساحة التحرير وسط العاصمة.');
    expect(claimWith(doc, 'لافتات')).toBeUndefined();
  });
});

describe('claims24a: appeals and praise', () => {
  it('reads "أهاب بـ" as a saying of its subject', () => {
    const doc = read(
      "وأهاب الرئيس المصري حسني مبارك بالمواطنين ''أن يتحدوا في وجه من يريد الفتنة''.",
      '2010-01-08',
    );
    expect(claimWith(doc, 'يتحدوا')?.source?.en).toBe('Hosni Mubarak');
  });

  it('reads "أثنى على" as a saying of its subject', () => {
    const doc = read(
      'من جانبه، أثنى الرئيس عبد الفتاح السيسي على دعم المملكة لبلاده خلال السنوات الماضية.',
      '2016-04-08',
    );
    expect(claimWith(doc, 'دعم المملكة')?.source?.en).toBe('Abdel Fattah el-Sisi');
  });
});
