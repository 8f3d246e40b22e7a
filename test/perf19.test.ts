// perf19's fast paths give what the code they replace gave: blank runs collapsed as the regular
// expressions and trim() collapse them, pairs numbered in order of first sight as the Map did, and
// the trees walked without branches to the leaves the branching walk reached.
import { describe, expect, it } from 'vitest';
import { collapseBlanks, normalize } from '../src/arabic/normalize.js';
import { PairIds } from '../src/extract/classifier/pair-ids.js';
import { predictAll, predictRaw, rng, sigmoid, type Gbdt } from '../src/extract/classifier/gbdt.js';

describe('collapseBlanks', () => {
  const pieces = [
    ' ',
    ' ',
    '\t',
    '\n',
    '\r',
    '\u00a0',
    'a',
    'ب',
    '\u2003',
    '\ufeff',
    '\u200b',
    '\u3000',
    '\v',
    '\u2028',
  ];
  const inBlock = (c: number) => c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0;
  it('collapses as /\\s+/g and /[ \\t\\r\\n\\u00A0]+/g then trim() do', () => {
    const rand = rng(19);
    for (let n = 0; n < 3000; n++) {
      let s = '';
      for (let k = Math.floor(rand() * 12); k > 0; k--) s += pieces[Math.floor(rand() * pieces.length)];
      expect(collapseBlanks(s)).toBe(s.replace(/\s+/g, ' ').trim());
      expect(collapseBlanks(s, inBlock)).toBe(s.replace(/[ \t\r\n\u00A0]+/g, ' ').trim());
    }
  });
  it('leaves a text that needs nothing as it is, and normalize folds blanks as before', () => {
    const s = 'قال الوزير في بيان';
    expect(collapseBlanks(s)).toBe(s);
    expect(normalize('  أعلن \t الوزير\n\nأمس  ')).toBe('اعلن الوزير امس');
  });
});

describe('PairIds', () => {
  it('numbers pairs in order of first sight, and finds only those seen', () => {
    const rand = rng(7);
    const ids = new PairIds();
    const seen = new Map<string, number>();
    for (let n = 0; n < 6000; n++) {
      const a = Math.floor(rand() * 300) - 1;
      const b = Math.floor(rand() * 900);
      const k = `${a},${b}`;
      if (rand() < 0.2) {
        expect(ids.find(a, b)).toBe(seen.get(k) ?? -1);
        continue;
      }
      if (!seen.has(k)) seen.set(k, seen.size);
      expect(ids.id(a, b)).toBe(seen.get(k));
    }
    expect(ids.size).toBe(seen.size);
  });
});

describe('predictAll', () => {
  it('adds the leaves the branching walk reaches (trees of uneven depth)', () => {
    // Tree 1: x0 <= 0.5 ? (x1 <= 2 ? 0.1 : -0.2) : 0.3; tree 2 a single leaf; tree 3 on x2.
    const m: Gbdt = {
      base: 0.05,
      trees: [
        { f: [0, 1, -1, -1, -1], t: [0.5, 2, 0.1, -0.2, 0.3], l: [1, 2, -1, -1, -1], r: [4, 3, -1, -1, -1] },
        { f: [-1], t: [0.7], l: [-1], r: [-1] },
        { f: [2, -1, -1], t: [-1, -0.4, 0.25], l: [1, -1, -1], r: [2, -1, -1] },
        { f: [1, -1, -1], t: [1, 0.02, -0.03], l: [1, -1, -1], r: [2, -1, -1] },
        { f: [0, -1, -1], t: [0.9, 0.5, -0.5], l: [1, -1, -1], r: [2, -1, -1] },
      ],
    };
    const rand = rng(3);
    const n = 200;
    const X = Float32Array.from({ length: n * 3 }, () => Math.floor(rand() * 8) / 2 - 1);
    const p = predictAll(m, X, n, 3);
    for (let row = 0; row < n; row++) expect(p[row]).toBe(Math.fround(sigmoid(predictRaw(m, X, row, 3))));
  });
});
