// Bodies named by a head that is also an everyday word (a bank, a city's municipality, a chamber, a
// prosecution, an exchange) and the place, nisba or adjective of standing after it; sentences written here.
import { describe, expect, it } from 'vitest';
import { readNames } from './helpers/names.js';
import { sidesOf } from './helpers/sides.js';

const named = (text: string) =>
  readNames(text, '2023-05-14')
    .filter((m) => !m.descriptive && !m.nested)
    .map((m) => `${m.text}|${m.entity.type}`);

describe('a body named by an everyday head and a place', () => {
  it('reads a bank, a municipality and a chamber named after a city or a state', () => {
    const text =
      'وقال بنك الكويت إن أرباحه ارتفعت، فيما أعلنت أمانة الرياض خطة جديدة للطرق، وانتخبت غرفة الدمام مجلسا جديدا.';
    const got = named(text).join();
    expect(got).toContain('بنك الكويت|ORG');
    expect(got).toContain('أمانة الرياض|ORG');
    expect(got).toContain('غرفة الدمام|ORG');
  });

  it('keeps the adjective of kind or reach after the place in the name', () => {
    const text = 'ورفع بنك الأردن التجاري رأسماله، بينما وافقت أمانة بغداد الكبرى على المشروع.';
    const got = named(text).join();
    expect(got).toContain('بنك الأردن التجاري|ORG');
    expect(got).toContain('أمانة بغداد الكبرى|ORG');
  });

  it('reads a prosecution or an exchange with a word of standing or a state nisba, not the object after it', () => {
    const text =
      'وأحالت نيابة الأموال العامة العليا الموظفين إلى المحاكمة، وتراجع مؤشر البورصة الأردنية الرئيسي أمس.';
    const got = named(text).join();
    expect(got).toContain('نيابة الأموال العامة العليا|ORG');
    expect(got).toContain('البورصة الأردنية|ORG');
    expect(got).not.toMatch(/الموظفين|الرئيسي/);
  });

  it('leaves the everyday words alone', () => {
    const text =
      'وحضر الوزير نيابة عن الرئيس، وبقي الطفل في غرفة النوم، وقال إن الأمانة تقتضي الصدق، وأغلقت البورصة على ارتفاع.';
    expect(named(text).join()).not.toMatch(/نيابة|غرفة|الأمانة|البورصة/);
  });

  it('leaves "public" right after an articled head a description: any state\'s prosecution', () => {
    const text = 'وقالت النيابة العامة إن التحقيق مستمر، فيما نظرت الأمانة العامة في الطلب.';
    expect(named(text).join()).not.toMatch(/النيابة|الأمانة/);
  });
});

describe('a body in the post of a person a preposition introduces', () => {
  it('is no side of the act: it describes him', () => {
    const text =
      'وبطلب من الرئيس محمود عباس رئيس لجنة فلسطين، استدعت وزارة الخارجية الفلسطينية السفير الأمريكي احتجاجا على القرار.';
    const { sources, targets } = sidesOf(text, 'ACCUSE');
    expect([...sources, ...targets].join()).not.toContain('لجنة فلسطين');
    expect(targets).toContain('United States ambassador');
  });
});
