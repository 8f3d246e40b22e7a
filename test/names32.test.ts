// Bodies and people the rules took from common words (issue #20): traffic after "حركة", a crisis
// cell, a quoted phrase after a body's head, a verb before its plural subject read as a name.
// Each class on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { readNames } from './helpers/names.js';

const found = (text: string, date = '2020-01-01') =>
  readNames(text, date).map((m) => `${m.text}|${m.entity.type}`);

describe('a body head in construct with a common noun', () => {
  it('reads "حركة" before what moves on a road, a sea or in a crowd as traffic', () => {
    expect(found('وأكدت الوزارة أن حركة السفن في الميناء توقفت يومين.').join()).not.toMatch(/ORG/);
    expect(found('وعزا المتحدث الحادث إلى تكدس حركة الحشود قرب البوابة الشمالية.').join()).not.toMatch(/ORG/);
    expect(found('وعادت حركة الشاحنات عبر المعبر صباح اليوم.').join()).not.toMatch(/ORG/);
  });

  it('keeps a movement named after "حركة"', () => {
    expect(found('وقالت حركة النهضة في بيان إنها ترفض القرار.')).toContain('حركة النهضة|ORG');
  });

  it('reads a crisis or emergency cell as a description', () => {
    expect(found('وقالت الوزيرة إن خلية الأزمة تتابع أوضاع المسافرين العالقين.').join()).not.toMatch(/ORG/);
    expect(found('واجتمعت لجنة الطوارئ الوطنية مساء أمس لبحث الإغاثة.').join()).not.toMatch(/ORG/);
  });
});

describe('a quoted phrase after a body head', () => {
  it('is no name when it is a noun with a preposition and a pronoun', () => {
    const got = found('وقال رئيس الهيئة إن الهيئة "بجهودها" نجحت في إصلاح الطريق.');
    expect(got.join()).not.toMatch(/بجهودها/);
  });

  it('stays a name when quoted plainly', () => {
    expect(found('وأعلنت حركة "الصمود الشعبي" مشاركتها في الانتخابات.')).toContain('الصمود الشعبي|ORG');
  });
});

describe('a verb before its plural subject', () => {
  it('is no person when the subject is a plural nisba', () => {
    expect(found('يحيي العراقيون اليوم ذكرى ضحايا المجزرة.').join()).not.toMatch(/PERSON/);
    expect(found('ويحيي اللبنانيون ذكرى انفجار المرفأ.').join()).not.toMatch(/PERSON/);
  });

  it('keeps the given name before a singular word', () => {
    expect(found('وقال يحيى السنوار إن الحركة مستعدة.')).toContain('يحيى السنوار|PERSON');
  });
});

describe('a facility named after a place, with an adjective of its standing', () => {
  it('keeps "العام" and "الجديد" in the name', () => {
    expect(found('ونقل المصابون إلى مستشفى الفاشر العام لتلقي العلاج.')).toContain('مستشفى الفاشر العام|LOC');
    expect(found('وأعلن مستشفى طرابلس الجديد استقبال الجرحى.')).toContain('مستشفى طرابلس الجديد|LOC');
  });

  it('leaves out "العام" that opens a time', () => {
    expect(found('وافتتح مطار بغداد العام الماضي صالة جديدة.')).toContain('مطار بغداد|LOC');
  });
});

describe('a river or mountain the KB lacks, named by a bare word in ة', () => {
  it('keeps head and name after a masculine head', () => {
    expect(found('وانتشلت فرق الإنقاذ جثة شاب من نهر دجلة جنوب المدينة.')).toContain('نهر دجلة|LOC');
  });

  it('still reads a feminine adjective after a feminine head as no name', () => {
    expect(found('وتقع القرية قرب مدينة كبيرة في الشمال.').join()).not.toMatch(/كبيرة/);
  });
});
