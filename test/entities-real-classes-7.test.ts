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
