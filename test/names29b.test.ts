// Bodies and places on real news (issue #20): quoted places after their head; each class on
// sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/entities/index.js';
import { tokenize } from '../src/arabic/tokenize.js';

const found = (text: string, date = '2021-05-04') =>
  findEntities(text, tokenize(text), { date })
    .filter((m) => m.via !== 'anaphora' && !m.nested)
    .map((m) => `${m.text}|${m.entity.type}`);

describe('a place quoted after its head', () => {
  it('is the quoted name alone', () => {
    const got = found('وانفجرت العبوة قرب محطة "ماريلا" في ضاحية «سان روكي» شمال العاصمة.');
    expect(got).toContain('ماريلا|LOC');
    expect(got).toContain('سان روكي|LOC');
  });

  it('keeps a settlement head inside the quotes', () => {
    expect(found('وخرج سكان حي "مدينة النور" إلى الشوارع.')).toContain('مدينة النور|LOC');
  });

  it('is no place when the quotes hold an adjective', () => {
    expect(found('وأعلن الجيش المنطقة "عسكرية" ودعا إلى منطقة "آمنة" على الحدود.').join()).not.toMatch(
      /عسكرية\||آمنة\|/,
    );
  });
});
