// Names run on into the sentence after them, and seas named by "بحر" (branch names33). Each class
// on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/entities/index.js';
import { tokenize } from '../src/arabic/tokenize.js';

const found = (text: string, date = '2020-01-01') =>
  findEntities(text, tokenize(text), { date })
    .filter((m) => m.via !== 'anaphora' && !m.nested)
    .map((m) => `${m.text}|${m.entity.type}`);

describe('a person name ends before the sentence goes on', () => {
  it('stops before a verb with the conjunction ف on it', () => {
    const got = found('وسُئل الجنرال ريكاردو سانشيز فأوضح أن الانسحاب سيكتمل قريبا.');
    expect(got).toContain('ريكاردو سانشيز|PERSON');
    expect(got.join()).not.toMatch(/فأوضح/);
  });

  it('keeps a family name that only looks like ف and a word', () => {
    expect(found('وترشح علي بن فليس للانتخابات الرئاسية مرة أخرى.').join()).toMatch(/بن فليس/);
  });

  it('stops before an outlet head or an everyday word with a preposition on it', () => {
    const got = found('وصرح مدير الأمن في العبد بمحافظة سيناء بأن الهجوم أوقع ضحايا.');
    expect(got.join()).not.toMatch(/بمحافظة/);
  });
});

describe('a sea named by "بحر"', () => {
  it('marks the sea with its head', () => {
    expect(found('وضرب زلزال قوي بحر إيجه صباح الجمعة.')).toContain('بحر إيجه|LOC');
    expect(found('وغرق قارب صيد في بحر العرب قبالة السواحل.')).toContain('بحر العرب|LOC');
  });

  it('reads "في بحر الأسبوع" as a span of time', () => {
    expect(found('وينتظر أن تصدر النتائج في بحر الأسبوع المقبل.').join()).not.toMatch(/بحر الأسبوع/);
  });
});
