import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/arabic/tokenize.js';
import { findEntities } from '../src/entities/index.js';

const find = (s: string) => findEntities(s, tokenize(s), { date: '2024-05-01' });
const texts = (s: string) => find(s).map((m) => m.text);

describe('names25r2: long names in a list of winners', () => {
  it('reads a five-word name with its chain of fathers whole', () => {
    const s =
      'وفاز في الدائرة الرابعة شعيب شباب المويزري وخالد عايد العنزي ومبارك سالم مبارك ناصر الحجرف، بحسب النتائج الأولية.';
    expect(texts(s)).toContain('مبارك سالم مبارك ناصر الحجرف');
  });
  it('reads a three-word member of given names with a bare family name', () => {
    const s = 'وضمت القائمة الفائزة أسامة عيسى الشاهين وصالح أحمد عاشور وعادل جاسم الدمخي، وفق اللجنة.';
    expect(texts(s)).toContain('صالح أحمد عاشور');
    expect(texts(s)).not.toContain('أحمد عاشور');
  });
});

describe('names25r2: a line break never falls inside a name', () => {
  it('keeps a headline and a dateline apart', () => {
    const s =
      'الطلبة يتعادل مع القوة الجوية\nبغداد الآن – بغداد\nتعادل نادي الطلبة مع القوة الجوية في الدوري.';
    for (const m of find(s)) expect(m.text).not.toMatch(/\n/);
  });
});

describe('names25r2: institutions named after a royal', () => {
  it('reads a university named after a king whole, not the king', () => {
    const s = 'وقعت جامعة الملك خالد في أبها اتفاقية تعاون مع شركة محلية للتدريب.';
    const m = find(s);
    expect(m.map((x) => x.text)).toContain('جامعة الملك خالد');
    expect(m.some((x) => x.entity.type === 'PERSON')).toBe(false);
  });
  it('takes the fathers, the nisba and the field served', () => {
    const s = 'وشاركت جامعة الإمام محمد بن سعود الإسلامية ومؤسسة الملك عبدالله للإسكان التنموي في الملتقى.';
    const t = texts(s);
    expect(t).toContain('جامعة الإمام محمد بن سعود الإسلامية');
    expect(t.some((x) => x.endsWith('مؤسسة الملك عبدالله للإسكان'))).toBe(true);
  });
});

describe('names25r2: quoted electoral lists and listed shares', () => {
  it('reads a list quoted after its head and the quoted lists joined to it', () => {
    const t = texts('وتنافست لائحة «صوت الناس» و«نبض المدينة»، ثم «شباب الغد» على مقاعد المجلس البلدي.');
    expect(t).toEqual(expect.arrayContaining(['صوت الناس', 'نبض المدينة', 'شباب الغد']));
  });
  it('reads a company quoted after "سهم"', () => {
    const m = find('وأغلق سهم «مصانع الأسمنت» على ارتفاع بنسبة 3 في المائة.');
    expect(m.find((x) => x.text === 'مصانع الأسمنت')?.entity.type).toBe('ORG');
  });
});
