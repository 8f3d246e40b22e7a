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

describe('a capital told by its state’s adjective', () => {
  it('places a visit that reaches “the Saudi capital” in Riyadh', () => {
    const text =
      'وصل رئيس الوزراء العراقي محمد شياع السوداني مساء اليوم إلى العاصمة السعودية في زيارة رسمية تستمر يومين.';
    expect(placeOf(text, '2023-06-05', 'CONSULT')).toBe('Riyadh');
  });

  it('places the meeting a “حيث” clause tells right after the place', () => {
    const text = 'وكان الرئيس الموريتاني قد وصل أمس إلى العاصمة الجزائرية، حيث التقى الرئيس عبد المجيد تبون.';
    expect(placeOf(text, '2023-06-05', 'CONSULT')).toBe('Algiers');
  });

  it('is not the seat of government when another capital is meant', () => {
    const text = 'وصل وزير الخارجية الإماراتي اليوم إلى العاصمة اليمنية المؤقتة في زيارة لم يعلن عنها.';
    const visit = eventsOf(text, '2023-06-05').find((e) => e.type === 'CONSULT');
    expect(visit?.location?.via).not.toBe('capital-adjective');
  });
});

describe('the state a body is told by', () => {
  const analyzed = (content: string) =>
    analyze({
      source: 't',
      identity: 't',
      kind: 'text',
      content,
      hints: { published: '2023-07-20' },
      messages: [],
    });

  it('is named as a place inside “سفارة X”, the body staying the side', () => {
    const d = analyzed('اقتحم محتجون غاضبون مبنى سفارة الدنمارك في بغداد فجر اليوم.');
    const denmark = d.entities.find((m) => m.entity.en === 'Denmark' && m.text === 'الدنمارك');
    expect(denmark?.entity.type).toBe('GPE');
    expect(denmark?.nested).toBeFalsy();
    // (one side for the embassy's state, as before: not the state again as a name of its own)
    const sides = d.events.flatMap((e) => e.participants.filter((p) => p.via === 'institution-state'));
    expect(sides).toEqual([]);
  });
});

describe('a meeting the report places nowhere', () => {
  it('is in the town the report is filed from, when that is one of the parties’ countries', () => {
    const text =
      'الرباط/ وكالات – بحث العاهل المغربي الملك محمد السادس والرئيس الموريتاني محمد ولد الغزواني مساء الأربعاء سبل تعزيز العلاقات بين البلدين.';
    const meeting = eventsOf(text, '2021-12-02').find((e) => e.type === 'CONSULT');
    expect(meeting?.location?.entity.en).toBe('Rabat');
    expect(meeting?.location?.via).toBe('dateline');
  });

  it('is not the dateline town of a third country', () => {
    const text =
      'باريس/ وكالات – بحث العاهل المغربي الملك محمد السادس والرئيس الموريتاني محمد ولد الغزواني مساء الأربعاء سبل تعزيز العلاقات بين البلدين.';
    const meeting = eventsOf(text, '2021-12-02').find((e) => e.type === 'CONSULT');
    expect(meeting?.location?.entity.en).not.toBe('Paris');
  });
});
