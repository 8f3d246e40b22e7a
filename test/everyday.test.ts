import { describe, expect, it } from 'vitest';
import { loadKb } from '../src/entities/kb.js';
import { isEverydayWord } from '../src/entities/everyday.js';
import { normalize } from '../src/arabic/normalize.js';
import { findEntities } from '../src/entities/index.js';
import { tokenize } from '../src/arabic/tokenize.js';

const find = (text: string) => findEntities(text, tokenize(text), { date: '2022-03-01' });
const isPlace = (type: string) => type === 'GPE' || type === 'LOC';

describe('names of places that are everyday words', () => {
  const kb = loadKb();
  // Every one-word name of a KB place that the frequency list (or our list of formula words) reads as a word.
  // Written as the KB writes them ("إب", not its normalized key "اب").
  const everyday = [...kb.aliases]
    .filter(([alias, es]) => !alias.includes(' ') && es.some((e) => isPlace(e.type)) && isEverydayWord(alias))
    .map(([alias, es]): [string, unknown] => [
      es.flatMap((e) => [e.ar, ...(e.aliases ?? [])]).find((n) => normalize(n) === alias) ?? alias,
      es,
    ]);

  it('finds them in the KB (the frequency list is read)', () => {
    expect(everyday.length).toBeGreaterThan(15);
  });

  it('takes none of them without a cue, anywhere in the KB', () => {
    const taken = everyday
      .filter(([alias]) =>
        find(`وقال إن ${alias} كبير جدا`).some((m) => isPlace(m.entity.type) && m.text === alias),
      )
      .map(([a]) => a);
    expect(taken).toEqual([]);
  });

  it('takes them after a preposition or head noun of place', () => {
    const missed = everyday
      .filter(([alias]) => !find(`وصل الوفد إلى ${alias} صباحا`).some((m) => isPlace(m.entity.type)))
      .map(([a]) => a);
    expect(missed).toEqual([]);
  });

  it('reads a word with an indefinite adjective after it as a common noun, even after a preposition', () => {
    const places = (text: string) =>
      find(text)
        .filter((m) => isPlace(m.entity.type))
        .map((m) => m.text);
    expect(places('اقتادت الشرطة المعارض في مشهد مأساوي أمام أنصاره.')).toEqual([]);
    expect(places('وصل الوفد العراقي إلى مدينة مشهد مساء الخميس.')).toEqual(['مشهد']);
  });

  it('reads tear gas and a call for peacefulness as words, not towns', () => {
    const places = (text: string) =>
      find(text)
        .filter((m) => isPlace(m.entity.type))
        .map((m) => m.text);
    expect(places('أطلقت الشرطة القنابل المسيلة للدموع على الطلاب أمام الجامعة.')).toEqual([]);
    expect(places('وأكد النائب أن الحراك يدعو إلى السلمية ويرفض العنف.')).toEqual([]);
    expect(places('وصل الوفد إلى السلمية في ريف حماة.')).toContain('السلمية');
  });

  it('reads verb forms as verbs and the town beside its cue', () => {
    const text = 'قال شهود إنهم كانوا في سوق مدينة كانو شمالي نيجيريا حين وقع الانفجار.';
    const places = find(text)
      .filter((m) => isPlace(m.entity.type))
      .map((m) => m.text);
    expect(places).toEqual(['كانو', 'نيجيريا']);
  });

  it('reads a region named like a word only beside its country or head', () => {
    expect(find('تعد هذه الظاهرة جديدة على المجتمع.').filter((m) => isPlace(m.entity.type))).toEqual([]);
    expect(
      find('هطلت أمطار غزيرة على محافظة الظاهرة العمانية.').some((m) => m.entity.en === 'Ad Dhahirah'),
    ).toBe(true);
  });

  it('reads formula words of news copy as words', () => {
    const text = 'وأعرب الرئيس عن خالص التهنئة، فيما فجر انتحاري سترة ناسفة قرب السوق.';
    expect(find(text).filter((m) => isPlace(m.entity.type))).toEqual([]);
  });
});

describe('a person named like a place', () => {
  it('reads "صلاح الدين" with a family name as a person, alone as the province', () => {
    const person = find('استقبل وزير الخارجية المغربي صلاح الدين مزوار نظيره الفرنسي في الرباط.');
    expect(person.some((m) => m.entity.en === 'Saladin')).toBe(false);
    expect(person.some((m) => m.text === 'صلاح الدين مزوار' && m.entity.type === 'PERSON')).toBe(true);
    const province = find('قتل جنديان في هجوم في صلاح الدين شمال بغداد.');
    expect(province.some((m) => m.entity.en === 'Saladin')).toBe(true);
  });
});

describe('spans end at the name', () => {
  it('does not run a name across a line break', () => {
    const text = 'تقرير: محمد أبوعوف\n\nانتقلت كاميرا القناة إلى موقع الحادث.';
    const name = find(text).find((m) => m.text.startsWith('محمد'));
    expect(name?.text).toBe('محمد أبوعوف');
  });

  it('ends a body at a given name and at "official"', () => {
    const gov = find('وقال رئيس الحكومة يوسف الشاهد إن الوضع مستقر.');
    expect(gov.some((m) => m.entity.type === 'ORG' && m.text.includes('يوسف'))).toBe(false);
    const channel = find('وذكرت قناة الإخبارية الرسمية أن الوفد وصل.');
    expect(channel.find((m) => m.entity.type === 'ORG')?.text).toBe('قناة الإخبارية');
  });
});

describe('a country whose name is an everyday word', () => {
  const mali = (text: string) => find(text).filter((m) => m.entity.en === 'Mali');
  it('is the country after a place cue or as the subject of a state’s act', () => {
    expect(mali('انتشرت قوات فرنسية في مالي منذ عام 2013.')).toHaveLength(1);
    expect(mali('استدعت مالي سفيرها لدى الجزائر للتشاور.')).toHaveLength(1);
  });
  it('but not the adjective "financial"', () => {
    expect(mali('قدمت الحكومة دعم مالي للمزارعين المتضررين.')).toHaveLength(0);
    expect(mali('يعاني القطاع من عجز مالي كبير هذا العام.')).toHaveLength(0);
  });
});

describe('a province named inside a capital', () => {
  it('"منطقة صلاح الدين بالعاصمة" is a district there, not Iraq’s governorate', () => {
    const found = find('اندلعت اشتباكات مسلحة في منطقة صلاح الدين بالعاصمة الليبية طرابلس مساء الاثنين.');
    expect(found.some((m) => m.entity.en === 'Saladin')).toBe(false);
    expect(found.some((m) => m.entity.en === 'Tripoli')).toBe(true);
  });
  it('but the governorate stays itself elsewhere', () => {
    expect(
      find('شن الجيش العراقي عملية أمنية في محافظة صلاح الدين.').some((m) => m.entity.en === 'Saladin'),
    ).toBe(true);
  });
});
