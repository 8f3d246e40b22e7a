// Persons on real world news in Arabic (issue #20): foreign given names, the pronoun "أنا" before a
// name, names cut at a phrase or a verb, long nasab chains; each class on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/entities/index.js';
import { tokenize } from '../src/arabic/tokenize.js';

// (Rules only: the tagger guesses names of its own.)
const persons = (text: string, date = '2011-05-20') =>
  findEntities(text, tokenize(text), { date, tagger: false })
    .filter((m) => m.entity.type === 'PERSON' && !m.nested && !m.descriptive)
    .map((m) => m.text);

describe('persons the KB does not hold', () => {
  it('opens with a common foreign given name in Arabic script', () => {
    expect(persons('وقال غوستافو بيريرا إن الحكومة ستعلن خطتها غداً.')).toContain('غوستافو بيريرا');
    expect(persons('والتقى الوفد بالمعارض ثابو نكوسي في مقر الحزب.')).toContain('ثابو نكوسي');
  });

  it('leaves the pronoun "أنا" outside the name', () => {
    const got = persons('وكتب في رسالته: "أنا ديفيد كامبل أعلن انسحابي من السباق".');
    expect(got).not.toContain('أنا ديفيد كامبل');
    expect(got.join()).toMatch(/ديفيد كامبل/);
  });

  it('ends at a word with a preposition and a pronoun, or a future verb with a vowel mark', () => {
    const a = persons('ودعا الرئيس الفنزويلي هوغو تشافيز لتكريمه في العاصمة.');
    expect(a).not.toContain('هوغو تشافيز لتكريمه');
    const b = persons('وأعلن المكتب أن جثمان فرانسيس مارتيني سيُنقل إلى روما.');
    expect(b).not.toContain('فرانسيس مارتيني سيُنقل');
    expect(b).toContain('فرانسيس مارتيني');
  });

  it('runs a nasab chain to its end, a known forefather inside it', () => {
    const got = persons('وحضر الأمير نايف بن سعود بن فهد بن عبد العزيز حفل الافتتاح.');
    expect(got).toContain('نايف بن سعود بن فهد بن عبد العزيز');
  });
});
