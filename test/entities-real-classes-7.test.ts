// Classes of error met across the real sets (issue #20, names21b), each on short sentences written
// for these tests: the head word before a KB body's name, forces named "قوات …", bodies headed by a
// place's name, and outlets whose names are everyday words.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/entities/index.js';
import { tokenize } from '../src/arabic/tokenize.js';

const all = (text: string, date = '2019-09-20') => findEntities(text, tokenize(text), { date });
const names = (text: string, date?: string) =>
  all(text, date).filter((m) => m.via !== 'anaphora' && !m.nested);
const shown = (text: string, date?: string) => names(text, date).map((m) => `${m.text}|${m.entity.type}`);
const linked = (text: string, date?: string) => names(text, date).map((m) => `${m.text}|${m.entity.en}`);

describe("the head word before a KB body's name", () => {
  it('is part of the name', () => {
    expect(linked('وأوقفت شركة أرامكو ضخ النفط من المنشأتين بعد الهجوم.')).toContain(
      'شركة أرامكو|Saudi Aramco',
    );
    expect(linked('وتبنت جماعة الحوثيين الهجوم على المنشآت في بيان.')).toContain('جماعة الحوثيين|Houthis');
    expect(linked('وقال متحدث باسم حركة أنصار الله إن الطائرات أصابت أهدافها.')).toContain(
      'حركة أنصار الله|Houthis',
    );
    expect(linked('ونشرت صحيفة لو موند تحقيقا مطولا عن الصفقة.')).toContain('صحيفة لو موند|Le Monde');
  });

  it('stays outside across a quote, and for forces', () => {
    expect(linked('وقالت جماعة "الحوثيين" إنها ستواصل.')).toContain('الحوثيين|Houthis');
    expect(linked('وقصفت قوات التحالف العربي مواقع في صعدة.')).toContain(
      'التحالف العربي|Saudi-led coalition',
    );
  });
});

describe('a body named after the place it serves', () => {
  it('is one ORG name, the place nested in it', () => {
    expect(shown('وأعلنت قيادة عمليات البصرة القبض على خلية.')).toEqual(['قيادة عمليات البصرة|ORG']);
    expect(shown('وناقش مجلس محافظة نينوى الموازنة الجديدة.')).toEqual(['مجلس محافظة نينوى|ORG']);
    expect(shown('وقال صندوق مصر السيادي إنه سيطرح أسهما.')).toEqual(['صندوق مصر السيادي|ORG']);
    const nested = all('وناقش مجلس محافظة نينوى الموازنة الجديدة.').filter((m) => m.nested);
    expect(nested.map((m) => m.entity.en)).toEqual(['Nineveh']);
  });

  it('leaves an adjective, a facility or a place right after the head alone', () => {
    expect(shown('وقال رئيس مجلس قروي بيت لقيا إن الهدم تواصل.').join()).not.toMatch(/مجلس/);
    expect(shown('وقال مجلس الأمن في بغداد إن.').join()).not.toMatch(/مجلس الأمن في/);
  });
});

describe('a force named "قوات …" that the KB does not hold', () => {
  it('is one ORG name', () => {
    expect(shown('وتمكنت قوات الحزام الأمني من ضبط الشحنة.')).toContain('قوات الحزام الأمني|ORG');
    expect(shown('وشنت قوات الدعم والإسناد هجوما على المعسكر.')).toContain('قوات الدعم والإسناد|ORG');
    expect(shown('وقصفت الطائرات مواقع قوات حماية سنجار فجرا.')).toContain('قوات حماية سنجار|ORG');
    expect(shown('واستهدفت الغارة قوات حماية "شنكال" قرب الجبل.')).toContain('قوات حماية "شنكال"|ORG');
    expect(shown('وتبنت وحدات حماية سنجار الدفاع عن القرى.')).toContain('وحدات حماية سنجار|ORG');
    expect(shown('وانتشرت وحدات الجيش الوطني في البلدة.').filter((x) => x.startsWith('وحدات'))).toEqual([]);
  });

  it('stays a description for a service, a side or a kind of force', () => {
    for (const text of [
      'وانتشرت قوات الأمن الداخلي في الشوارع.',
      'وتقدمت قوات الجيش الوطني نحو البلدة.',
      'وطلبت الوحدات قوات الدعم الجوي.',
      'ووصلت قوات حفظ السلام إلى المدينة.',
      'وتدخلت قوات مكافحة الشغب لتفريق المحتجين.',
    ])
      expect(shown(text).filter((x) => x.startsWith('قوات'))).toEqual([]);
  });
});

describe('a name that is a place and an outlet', () => {
  it('is the outlet quoted after its head or a "لـ" of speech', () => {
    expect(linked('وأكد مصدر أمني لـ«الشرق الأوسط» أن التحقيق بدأ.')).toContain(
      'الشرق الأوسط|Asharq Al-Awsat',
    );
    expect(linked('وفي مقابلة مع صحيفة "الشرق الأوسط" تحدث الوزير عن الأزمة.')).toContain(
      'الشرق الأوسط|Asharq Al-Awsat',
    );
  });

  it('stays the region elsewhere', () => {
    expect(linked('ويزور المبعوث الشرق الأوسط الأسبوع المقبل.')).toContain('الشرق الأوسط|Middle East');
    expect(linked('ودعا إلى بناء "الشرق الأوسط" الجديد.')).toContain('الشرق الأوسط|Middle East');
  });
});
