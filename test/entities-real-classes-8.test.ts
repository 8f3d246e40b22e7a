// Classes of error met on real news (names set 13), each on short sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/entities/index.js';
import { tokenize } from '../src/arabic/tokenize.js';

const names = (text: string, date = '2020-01-05') =>
  findEntities(text, tokenize(text), { date }).filter((m) => m.via !== 'anaphora');
const shown = (text: string) =>
  names(text)
    .filter((m) => !m.nested)
    .map((m) => `${m.text}|${m.entity.type}`);

describe('a name the page closes with a brace', () => {
  it('keeps the nisba after the closing brace outside the name the KB holds', () => {
    const s = shown('قال مصدر في {حزب الله} اللبناني إن قائداً في {الحرس الثوري} الإيراني وصل إلى بغداد.');
    expect(s).toContain('حزب الله|ORG');
    expect(s).toContain('الحرس الثوري|ORG');
    expect(s.some((x) => x.includes('}'))).toBe(false);
  });
});

describe("a body's name the KB does not hold runs on into the clause", () => {
  it('stops before a weekday', () => {
    const s = shown('وقعت الحكومة والجبهة الشعبية المتحدة السبت اتفاقاً في العاصمة.');
    expect(s.some((x) => x.endsWith('الجبهة الشعبية المتحدة|ORG'))).toBe(true);
    expect(s.some((x) => x.includes('السبت'))).toBe(false);
  });

  it("stops before a derived verbal noun that is the verb's object", () => {
    const s = shown('استنكرت منظمة التضامن الإقليمي الانقلاب واعتبرته خرقاً للدستور.');
    expect(s.some((x) => x.includes('الانقلاب'))).toBe(false);
    expect(s).toContain('منظمة التضامن الإقليمي|ORG');
  });
});
