import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';
import type { RawInput } from '../src/types.js';

// Scraped and pasted texts as they come in JSONL (written for these tests in the shapes of real
// pages): a source credit under the headline, wire copy broken at a fixed width, a last sentence
// without its full stop.
const input = (content: string, published?: string): RawInput => ({
  source: 'test',
  identity: 'test',
  kind: 'text',
  content,
  hints: { published },
  messages: [],
});
const bodyOf = (content: string, published?: string) => {
  const d = analyze(input(content, published));
  return { d, body: d.extraction.paragraphs.map((p) => d.text.slice(p.span.start, p.span.end)).join('\n') };
};

describe('plain-text extraction', () => {
  it('reads a source credit under the headline as the header, and keeps the article after it', () => {
    const { d, body } = bodyOf(
      [
        'الطيران الحربي يضرب أطراف المدينة ليلا ويستهدف قياديا بارزا في الفصيل المسلح قرب المستشفى الرئيسي (صور وفيديو)',
        'المصدر: "صحيفة الميدان"',
        'شن الطيران الحربي مساء اليوم غارة على حي الزهور في أطراف المدينة، واستهدف مبنى قيل إن قياديا بارزا في الفصيل كان فيه.',
        'وقال مصدر أمني إن الغارة أسفرت عن دمار كبير في المبنى المستهدف وعدد من الجرحى بين السكان.',
        'وأعلن الجيش في وقت لاحق أنه استهدف القيادي، من دون أن يؤكد مقتله حتى الآن.',
      ].join('\n'),
      '2024-03-12',
    );
    expect(body).toContain('شن الطيران الحربي مساء اليوم غارة');
    expect(body).toContain('وأعلن الجيش في وقت لاحق');
    expect(d.extraction.title?.value).toContain('الطيران الحربي يضرب أطراف المدينة');
    expect(d.times.find((t) => t.text === 'مساء اليوم')?.value).toBe('2024-03-12');
  });

  it('joins wire copy broken at a fixed width into its sentences, and keeps its lead', () => {
    const { d, body } = bodyOf(
      [
        'مقتل 12 شخصا على الاقل في هجوم مسلح على سوق شعبي',
        'القاهرة 14 مارس آذار (رويترز) - قال متحدث باسم وزارة',
        'الداخلية اليوم الثلاثاء إن 12 شخصا على الأقل قتلوا في هجوم',
        'مسلح استهدف سوقا شعبيا في وسط المدينة صباح اليوم وإن قوات',
        'الأمن طاردت المهاجمين.',
        'وأضاف المتحدث أن بين القتلى ثلاثة من رجال الشرطة كانوا',
        'يحرسون مدخل السوق وأن عدد الجرحى تجاوز عشرين شخصا نقلوا',
        'إلى المستشفيات القريبة.',
        'ولم تعلن أي جهة حتى الآن مسؤوليتها عن الهجوم الذي يعد الأعنف',
        'في المدينة منذ أشهر.',
      ].join('\n'),
      '2023-03-14',
    );
    expect(body).toContain('قال متحدث باسم وزارة\nالداخلية اليوم الثلاثاء');
    expect(d.extraction.paragraphs).toHaveLength(3);
    expect(d.extraction.paragraphs.every((p) => !p.heading)).toBe(true);
    expect(d.extraction.title?.value).toBe('مقتل 12 شخصا على الاقل في هجوم مسلح على سوق شعبي');
    const attack = d.events.find((e) => e.type === 'ASSAULT');
    expect(attack?.date.value).toBe('2023-03-14');
  });

  it('leaves lines of a text that is not wrapped as they are', () => {
    const { d } = bodyOf(
      [
        'وزير الخارجية يستقبل نظيره في العاصمة',
        'استقبل وزير الخارجية اليوم نظيره القادم في زيارة رسمية تستمر يومين، وبحث معه العلاقات الثنائية.',
        'آخر الأخبار',
        'وأكد الجانبان أهمية التنسيق في القضايا الإقليمية والدولية ذات الاهتمام المشترك بين البلدين.',
      ].join('\n'),
    );
    expect(d.extraction.paragraphs).toHaveLength(2);
  });

  it('keeps a last sentence left without its full stop when it goes on with و', () => {
    const { body } = bodyOf(
      [
        'الرئيس يستقبل وفدا برلمانيا',
        'استقبل الرئيس اليوم في القصر وفدا برلمانيا يزور البلاد بدعوة من مجلس النواب، وبحث معه سبل تعزيز التعاون.',
        'وأشار البيان إلى أن اللقاء تناول التحضير لاجتماعات اللجنة المشتركة المقررة الشهر المقبل.',
        'وكان الوفد قد التقى أمس رئيس مجلس النواب في مقر المجلس',
      ].join('\n'),
    );
    expect(body).toContain('وكان الوفد قد التقى أمس رئيس مجلس النواب');
  });

  it('takes no date of a most-read widget under the article for the publication date', () => {
    const { d, body } = bodyOf(
      [
        'وصل وزير الخارجية إلى العاصمة اليوم الأحد في أول زيارة لمسؤول رفيع منذ تشكيل الحكومة الجديدة، وبحث مع رئيسها سبل التعاون.',
        'وقال الوزير في مؤتمر صحفي إن بلاده مستعدة لدعم جهود الاستقرار وإعادة الإعمار في المرحلة المقبلة.',
        '',
        'الأكثر شعبية',
        'هل ترتفع أسعار الوقود مجددا في الأسواق خلال الشهر المقبل؟',
        '14 أغسطس، 2024',
        'منتخب الشباب يتأهل إلى النهائي',
        '13 أغسطس، 2024',
      ].join('\n'),
    );
    expect(d.extraction.published).toBeNull();
    expect(body).not.toContain('ترتفع أسعار الوقود');
  });
});
