// Names round 37: a head noun followed by an everyday noun carrying a possessive pronoun ("فندق
// إقامته", "مقر عمله") is a phrase, not a place's name, whatever the head's gender (foreign names
// after masculine heads stay places); a station named by what it serves ("محطة القطارات") is no
// name; a facility named after a man and his father ("استاد … بن …") keeps both; a derived verbal
// noun ("اختراق") ends a person's name from its third word. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/entities/index.js';
import { tokenize } from '../src/arabic/tokenize.js';

const places = (text: string, date = '2022-05-10') =>
  findEntities(text, tokenize(text), { date })
    .filter((m) => !m.nested && !m.descriptive && m.via !== 'anaphora' && m.entity.type === 'LOC')
    .map((m) => m.text);

describe('a head noun and a noun with its pronoun', () => {
  it('reads no hotel or prison named by a possessed noun', () => {
    expect(places('واقتاد المسلحون الوزير من فندق إقامته في العاصمة إلى جهة مجهولة.')).not.toContain(
      'فندق إقامته',
    );
    expect(places('وأفرجت السلطات عن الناشط بعد أن قضى شهرين في سجن بلدته.')).not.toContain('سجن بلدته');
    expect(places('وعاد الصحفي إلى مقر عمله في المدينة بعد الإفراج عنه.')).not.toContain('مقر عمله');
  });

  it('reads no place in a station named by what it serves', () => {
    expect(places('ووقع الانفجار قرب محطة القطارات الرئيسية في العاصمة صباح السبت.')).toEqual([]);
    expect(places('وانفجرت عبوة ناسفة قرب محطة الحافلات في وسط المدينة.')).toEqual([]);
    expect(places('ووصل الوفد إلى محطة مصر في القاهرة مساء أمس.')).toContain('محطة مصر');
  });

  it('reads no name in a masculine head and an everyday word ending in ة', () => {
    expect(places('وسقطت قذيفة على ملعب كرة قدم في البلدة صباح اليوم.')).toEqual([]);
  });

  it('reads no facility in a preposition or a station named by what it broadcasts', () => {
    expect(places('وتسعى الحكومة منذ سنوات إلى منفذ على البحر الأحمر لتجارتها.')).not.toContain(
      'منفذ على البحر',
    );
    expect(places('واقتحم مسلحون محطة تلفزيون محلية في المدينة.')).toEqual([]);
  });

  it('reads a facility named after a man and his father', () => {
    expect(places('وأقيمت المباراة النهائية على استاد خليفة بن حمد مساء الجمعة.')).toContain(
      'استاد خليفة بن حمد',
    );
  });

  it('still reads a foreign name ending in ه after a masculine head', () => {
    expect(places('ونقل الرئيس الأسبق إلى سجن لاسانتيه لقضاء عقوبته.')).toContain('سجن لاسانتيه');
    expect(places('وهبطت الطائرة في مطار طره العسكري جنوبي العاصمة.').length).toBeGreaterThan(0);
  });
});

const people = (text: string, date = '2022-05-10') =>
  findEntities(text, tokenize(text), { date })
    .filter((m) => !m.nested && !m.descriptive && m.entity.type === 'PERSON')
    .map((m) => m.text);

describe('a derived verbal noun after a name', () => {
  it('ends a person read from his given name', () => {
    const read = (text: string, word: string) => people(text).some((p) => p.includes(word));
    expect(read('وحاول المهاجم وليد سليمان اختراق دفاعات المنافس دون جدوى.', 'اختراق')).toBe(false);
    expect(people('وحاول المهاجم وليد سليمان اختراق دفاعات المنافس دون جدوى.')).toContain('وليد سليمان');
    // (Not from the second word: "اختيار" is a family name too.)
    expect(people('وقال المبعوث الأممي جوليان بيهي عبدي المذكرة تضمن حقوق الطرفين.')).toContain(
      'جوليان بيهي عبدي',
    );
    expect(people('وقال العميد ماهر اختيار إن الوضع تحت السيطرة.')).toContain('ماهر اختيار');
  });
});
