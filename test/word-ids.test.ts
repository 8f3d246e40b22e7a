import { describe, expect, it } from 'vitest';
import {
  perForm,
  stemPositions,
  tokenize,
  tokensOverlapping,
  tokensWithin,
  tokenStems,
} from '../src/arabic/tokenize.js';
import { findTimes } from '../src/time/index.js';

describe('word ids', () => {
  it('gives one form the same id in every text, and another form another', () => {
    const a = tokenize('وصل الوفد إلى المدينة صباحاً');
    const b = tokenize('غادر الوفد المدينة');
    expect(a[1].id).toBeDefined();
    expect(b[1].id).toBe(a[1].id);
    expect(b[2].id).toBe(a[3].id);
    expect(b[0].id).not.toBe(a[0].id);
  });

  it('computes a function of a form once, for tokens with an id or without', () => {
    let calls = 0;
    const length = perForm((form) => (calls++, form.length));
    const [t] = tokenize('الاجتماع');
    expect([length(t), length(t), length({ norm: t.norm }), length({ norm: t.norm })]).toEqual([8, 8, 8, 8]);
    expect(calls).toBe(2);
    expect(tokenStems(tokenize('وبالرئاسة')[0])).toEqual(['وبالرياسه', 'بالرياسه', 'الرياسه', 'رياسه']);
  });
});

describe('time rules tried where a word may open', () => {
  it('finds expressions at the start, after punctuation and next to characters outside the BMP', () => {
    // (A letter outside the BMP, "𝐀", is a letter: no word opens right after it.)
    const text = 'أمس 🙂الثلاثاء، وصل الوفد (الأربعاء) 😀 في 12 مارس 2024🙂 و𝐀الخميس 𝐀 الجمعة';
    const got = findTimes(text, { published: '2024-03-14' }).expressions.map((t) => t.span.start);
    expect(got).toEqual([0, 6, 27, 43, 71]);
  });
});

describe('tokens of a span, found by binary search', () => {
  const text = 'قال الوزير، صباح اليوم، إن الوفد وصل';
  const tokens = tokenize(text);
  const spanOf = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

  it('gives the tokens inside a span, none for a span that cuts its only word', () => {
    const { first, last } = tokensWithin(tokens, spanOf('صباح اليوم'));
    expect(tokens.slice(first, last + 1).map((t) => text.slice(t.span.start, t.span.end))).toEqual([
      'صباح',
      'اليوم',
    ]);
    expect(tokensWithin(tokens, { start: 1, end: 3 })).toEqual({ first: -1, last: -1 });
  });

  it('gives the tokens a span touches, partly or wholly', () => {
    const { first, last } = tokensOverlapping(tokens, {
      start: text.indexOf('وزير'),
      end: text.indexOf('اليوم') + 2,
    });
    expect(tokens.slice(first, last + 1).map((t) => text.slice(t.span.start, t.span.end))).toEqual([
      'الوزير',
      'صباح',
      'اليوم',
    ]);
    const none = tokensOverlapping(tokens, spanOf('، '));
    expect(none.first > none.last).toBe(true);
  });

  it('finds where the readings of some words stand', () => {
    const at = stemPositions(tokenize('الوفد ووفد بالوفد والوزير'), new Set(['الوفد', 'وفد']));
    expect(at.get('الوفد')).toEqual([0, 2]);
    // ("الوفد" read without its article is "وفد" too.)
    expect(at.get('وفد')).toEqual([0, 1, 2]);
  });
});
