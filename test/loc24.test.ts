import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

// Where events happened, on sentences written for this test (issue #20).
const eventsOf = (content: string, published: string) =>
  analyze({ source: 't', identity: 't', kind: 'text', content, hints: { published }, messages: [] }).events;
const placeOf = (content: string, published: string, type: string) =>
  eventsOf(content, published).find((e) => e.type === type)?.location?.entity.en ?? null;

describe('where an agreement was signed', () => {
  it('is the signing ceremony the report places, not the signatories’ capital', () => {
    const text =
      'وقعت الحكومة الليبية وقادة القبائل الجنوبية اتفاقا لتقاسم الموارد.\n' +
      'وقال وزير الخارجية المصري سامح شكري في حفل التوقيع في القاهرة إن الاتفاق يفتح صفحة جديدة.';
    expect(placeOf(text, '2022-03-10', 'AGREE')).toBe('Cairo');
  });

  it('is where the signatory came to sign', () => {
    const text =
      'وقع رئيس الوزراء الصومالي اليوم الخميس على الاتفاق مع قادة الأقاليم.\n' +
      'وكان رئيس الوزراء قد وصل صباح اليوم إلى الدوحة لتوقيع الاتفاق بحضور أمير قطر.';
    expect(placeOf(text, '2022-03-10', 'AGREE')).toBe('Doha');
  });

  it('is the town the agreement is named after', () => {
    const text = 'وقعت الحكومة السودانية والحركات المسلحة اليوم على اتفاق جوبا للسلام بعد أشهر من التفاوض.';
    expect(placeOf(text, '2020-10-03', 'AGREE')).toBe('Juba');
  });
});
