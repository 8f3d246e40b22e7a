import { describe, expect, it } from 'vitest';
import { wordRuns } from '../src/extract/word-runs.js';
import { predictAll, predictRaw, sigmoid, type Gbdt } from '../src/extract/classifier/gbdt.js';

describe('wordRuns cuts words as /[\\p{L}\\p{N}_]+/gu does', () => {
  const cases = [
    'قال المتحدث باسم الوزارة، اليوم الثلاثاء: "لا تعليق".',
    'Prix: 12,50 € — snake_case and ٣٤ digits',
    'a\uD800b lone surrogates x\uDC00y',
    '\uD835\uDC00 mathematical letter and 𝟘 digit',
    'İstanbul ǅemal naïve café',
    '',
    '   ',
  ];
  for (const t of cases)
    it(JSON.stringify(t.slice(0, 20)), () => expect(wordRuns(t)).toEqual(t.match(/[\p{L}\p{N}_]+/gu) ?? []));
});

describe('predictAll', () => {
  // A stump on feature 1, and a tree that is a single leaf.
  const m: Gbdt = {
    base: 0.25,
    trees: [
      { f: [1, -1, -1], t: [0.5, -1, 2], l: [1, -1, -1], r: [2, -1, -1] },
      { f: [-1], t: [0.75], l: [-1], r: [-1] },
    ],
  };
  it('scores each row as predictRaw does, a leaf-only tree included', () => {
    const X = Float32Array.from([9, 0.2, 9, 0.9]);
    const p = predictAll(m, X, 2, 2);
    expect(p[0]).toBeCloseTo(sigmoid(0.25 - 1 + 0.75), 6);
    expect(p[1]).toBeCloseTo(sigmoid(0.25 + 2 + 0.75), 6);
    expect(p[1]).toBeCloseTo(sigmoid(predictRaw(m, X, 1, 2)), 6);
  });
});
