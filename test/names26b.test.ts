// Places and persons on real news (sets 10–14's classes), each class on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { scoredNames } from './helpers/names.js';

/** Mentions scored as names: neither nested, descriptive nor anaphora. */
const named = (text: string, date = '2021-03-02') =>
  scoredNames(text, date).map((m) => `${m.text}|${m.entity.type}`);

describe('a short first word with a preposition on it', () => {
  it('opens a KB name whose next word is no everyday word', () => {
    expect(named('واندلعت اشتباكات عنيفة بأم درمان مساء الجمعة.')).toContain('بأم درمان|GPE');
    // (A proclitic a tatweel sets apart stays outside the name: names43.)
    expect(named('وقال إن قواته تنتشر بـأم درمان وحولها.')).toContain('أم درمان|GPE');
  });
});

describe('a facility head after a proclitic and a tatweel', () => {
  it('leaves the tatweel outside the name', () => {
    expect(named('واحتشد المحتجون بـميدان الشهداء وسط المدينة.')).toContain('ميدان الشهداء|LOC');
  });
});

describe('facility heads the KB lacks', () => {
  it('keeps the head of a mountain, a river, a base or a hospital', () => {
    expect(named('وتسلق الفريق جبل تيدغين قبل العاصفة.')).toContain('جبل تيدغين|LOC');
    // ("الوطني" stays inside a facility's name, as every labelled set marks it: names42.)
    expect(named('ونقل الجرحى إلى مشفى طرطوس الوطني.')).toContain('مشفى طرطوس الوطني|LOC');
    expect(named('واستهدفت المسيرات قاعدة الكرامة الجوية شرق البلاد.')).toContain('قاعدة الكرامة الجوية|LOC');
  });
});

describe('a facility named after a person', () => {
  it('takes the family name after the given name', () => {
    expect(named('وتجمع المتظاهرون في شارع الحبيب ثامر بالعاصمة.')).toContain('شارع الحبيب ثامر|LOC');
    expect(named('وأغلقت الشرطة شارع عبدالمنعم رياض أمس.')).toContain('شارع عبدالمنعم رياض|LOC');
  });

  it('takes a nasab after the given name', () => {
    expect(named('وصلى المئات في مسجد عمر بن الخطاب بالمدينة.')).toContain('مسجد عمر بن الخطاب|LOC');
  });

  it('stops before an everyday word', () => {
    expect(named('وصلى المئات في مسجد علي قرب السوق.')).not.toContain('مسجد علي قرب|LOC');
  });
});

describe('given names the list lacked', () => {
  it('opens a name the KB does not hold', () => {
    expect(named('وقال اللواء بهجت حمدان إن القوات انسحبت.')).toContain('بهجت حمدان|PERSON');
    expect(named('وأكد آصف العلي أن الاتفاق صامد.')).toContain('آصف العلي|PERSON');
  });

  it('leaves a name that is also a verb alone without a title', () => {
    expect(named('حكمت المحكمة على المتهمين بالسجن.')).toEqual([]);
  });
});

describe('a place with a compass or size adjective', () => {
  it('is one name, a place of its own after a country or a greater region', () => {
    expect(named('وكان اليمن الجنوبي دولة مستقلة حتى الوحدة.')).toContain('اليمن الجنوبي|LOC');
    expect(named('وزار الوفد أميركا الجنوبية الشهر الماضي.')).toContain('أميركا الجنوبية|LOC');
    expect(named('وأعلن والي تونس الكبرى حظر التجول.')).toContain('تونس الكبرى|LOC');
  });

  it('leaves an adjective that agrees with a noun before the place', () => {
    expect(named('وتقدمت القوات في ريف حلب الشرقي.')).toContain('حلب|GPE');
    expect(named('وعززت أنقرة حدود تركيا الجنوبية.')).toContain('تركيا|GPE');
  });
});

describe('KB names added', () => {
  it('reads the Arabic names of provinces and cities the KB held in other spellings', () => {
    expect(named('وضرب زلزال محافظة أذربيجان الشرقية.')).toContain('أذربيجان الشرقية|GPE');
    expect(named('وزار الوزير أكادير إداوتنان.')).toContain('أكادير إداوتنان|GPE');
    expect(named('وعاد الوفد من سان بيترسبيرج.')).toContain('سان بيترسبيرج|GPE');
  });
});

describe("a person's name read past a join", () => {
  it('ends before a word joined by "و" that opens another phrase', () => {
    const got = named('وقال إن البشير وقوى المعارضة لم يتفقا على شيء.', '2019-04-12');
    expect(got.join()).not.toMatch(/وقوى/);
  });

  it('leaves out a word with a preposition on a hamza-initial alef', () => {
    expect(named('وطالب المتظاهرون هادي بإقالة الحكومة فورا.', '2016-04-12').join()).not.toMatch(/بإقالة/);
  });

  it('keeps a family name that begins with "و"', () => {
    expect(named('وقال الوزير محمد وهبي إن الوضع هادئ.')).toContain('محمد وهبي|PERSON');
  });
});

describe("a ruler's full name", () => {
  it('is read whole where the KB held a shorter form', () => {
    expect(named('واستقبل الشيخ نواف الأحمد الجابر الصباح الوفد.')).toContain(
      'نواف الأحمد الجابر الصباح|PERSON',
    );
  });
});
