// Names round 35: a title the pope's KB name opens with, the verb "وأدى", facilities bearing a
// place's or a country's name, a board before its body, ministries named by their domains, a
// government called by its head's family name, and "على" before a full name. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { scoredNames } from './helpers/names.js';

const mentions = (text: string, date = '2021-06-15') => scoredNames(text, date);
const of = (text: string, type: string, date?: string) =>
  mentions(text, date)
    .filter((m) => m.entity.type === type)
    .map((m) => m.text);

describe('a title that opens the KB name of its holder', () => {
  it('marks the pope by his name, the title outside', () => {
    const found = mentions('وحط البابا فرنسيس رحاله في أربيل بعد زيارته الموصل.', '2021-03-07');
    const pope = found.find((m) => m.entity.en === 'Pope Francis');
    expect(pope?.text).toBe('فرنسيس');
  });

  it('reads another spelling of his name too', () => {
    const found = mentions('والتقى البابا فرانشيسكو بممثلي الطوائف في الكاتدرائية.', '2019-02-04');
    expect(found.find((m) => m.text === 'فرانشيسكو')?.entity.en).toBe('Pope Francis');
  });
});

describe('the verb "وأدى" is no valley', () => {
  it('leaves the king his name', () => {
    const text = 'وأدى الملك تشارلز القسم أمام مجلس الخلافة في لندن.';
    expect(of(text, 'LOC', '2022-09-10').join()).not.toMatch(/وأدى/);
    expect(mentions(text, '2022-09-10').some((m) => m.entity.en === 'Charles III')).toBe(true);
  });
});

describe('facilities named after a place or a country', () => {
  it('keeps a refinery and a beach whole', () => {
    const found = of('واندلع حريق في مصفاة تبريز، فيما غرق شابان قبالة شاطئ الرملة.', 'LOC');
    expect(found.join('|')).toMatch(/مصفاة تبريز/);
    expect(found.join('|')).toMatch(/شاطئ الرملة/);
  });

  it('reads a hotel and a station that bear a country name as the facility', () => {
    const text = 'وأصابت القذيفة فندق فلسطين في بغداد، ثم توقفت القطارات في محطة مصر بالقاهرة.';
    const found = mentions(text);
    expect(found.map((m) => m.text)).toEqual(expect.arrayContaining(['فندق فلسطين', 'محطة مصر']));
    expect(found.some((m) => m.entity.en === 'Palestine' || m.entity.en === 'Egypt')).toBe(false);
  });
});

describe('bodies', () => {
  it('marks the company after its board', () => {
    const found = of('وقال رئيس مجلس إدارة الشركة الوطنية للأسمدة إن الأرباح تضاعفت.', 'ORG');
    expect(found).toContain('الشركة الوطنية للأسمدة');
    expect(found.join()).not.toMatch(/مجلس/);
  });

  it('leaves a ministry named by its domains generic', () => {
    expect(of('وأعلنت وزارة الزراعة والري خطة لمواجهة الجفاف.', 'ORG')).toEqual([]);
  });

  it('reads a government called by its head as that person', () => {
    const text = 'وقدّم بشر الخصاونة استقالته، لتنتهي بذلك حكومة الخصاونة بعد أربع سنوات.';
    const found = mentions(text, '2024-09-15');
    expect(found.some((m) => m.entity.type === 'ORG' && /حكومة/.test(m.text))).toBe(false);
    expect(found.filter((m) => m.entity.en === 'Bisher Khasawneh').length).toBe(2);
  });
});

describe('"على" before a full name', () => {
  it('is the preposition, not a father', () => {
    const found = mentions('وحكمت المحكمة على محمد حسني مبارك بالسجن ثلاث سنوات.', '2015-05-09');
    expect(found.find((m) => m.entity.en === 'Hosni Mubarak')?.text).toBe('محمد حسني مبارك');
  });
});

describe('spellings of foreign places', () => {
  it('links Caracas and Christchurch as newswire spells them', () => {
    const found = mentions('ونُقل الجرحى من كرايست تشيرتش، بينما عاد الوزير إلى كاراكاس.', '2019-03-16');
    expect(found.map((m) => m.entity.en)).toEqual(expect.arrayContaining(['Christchurch', 'Caracas']));
  });
});

describe('family names and datelines', () => {
  it('reads the family name alone as the person whom two spellings name', () => {
    const text =
      'كاميرون يغادر منصبه\nأعلن ديفيد كاميرون استقالته. وكان دافيد كاميرون قد وعد بالاستفتاء، وطالبه خصومه بالرحيل فاستجاب كاميرون.';
    const found = mentions(text, '2016-06-24').filter((m) => m.text === 'كاميرون');
    expect(found.length).toBe(2);
    expect(found.every((m) => m.entity.en === 'David Cameron')).toBe(true);
  });

  it('does not take a headline opened by a family name for an outlet', () => {
    const text =
      'الأنصاري: الهدنة تبدأ صباح الغد\nقال المتحدث ماجد الأنصاري في الدوحة إن الهدنة ستسري أربعة أيام.';
    const found = mentions(text, '2023-11-23');
    expect(found.some((m) => m.text === 'الأنصاري' && m.entity.type === 'ORG')).toBe(false);
  });

  it('reads "باسم" after "نفسه" as "by the name of"', () => {
    expect(of('وقال رجل قدّم نفسه باسم عبد الكريم الدليمي إن منزله دُمّر.', 'PERSON')).toContain(
      'عبد الكريم الدليمي',
    );
  });

  it('opens a name with a given name newswire writes', () => {
    expect(of('وقال المحافظ جودت عبد الرحمن إن الحريق أُخمد.', 'PERSON')).toContain('جودت عبد الرحمن');
  });
});

describe('bodies named by their kind', () => {
  it('leaves courts and currents unnamed', () => {
    const text = 'وأيدت محكمة النقض الحكم، فيما رأى التيار المحافظ أن محكمة ليبية أخطأت.';
    expect(of(text, 'ORG')).toEqual([]);
  });

  it('links the brigades by their full name', () => {
    const found = mentions('وأعلنت كتائب الشهيد عز الدين القسام أسر جنديين.', '2023-11-20');
    expect(found.map((m) => m.entity.en)).toContain('Al-Qassam Brigades');
  });
});
