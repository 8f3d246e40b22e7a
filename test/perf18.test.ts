import { describe, expect, it } from 'vitest';
import { predictAll, predictRaw, type Gbdt, type Tree } from '../src/extract/classifier/gbdt.js';

// A random tree grown depth first, left first (as train() grows them), its leaves at any depth up to max.
function randomTree(rand: () => number, max: number, nf: number): Tree {
  const t: Tree = { f: [], t: [], l: [], r: [] };
  const grow = (depth: number): number => {
    const i = t.f.length;
    t.f.push(-1), t.t.push(0), t.l.push(-1), t.r.push(-1);
    if (depth >= max || rand() < 0.25) {
      t.t[i] = Math.fround(rand() * 2 - 1);
      return i;
    }
    t.f[i] = Math.floor(rand() * nf);
    t.t[i] = Math.fround(rand());
    t.l[i] = grow(depth + 1);
    t.r[i] = grow(depth + 1);
    return i;
  };
  grow(0);
  return t;
}
function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}
/** predictRaw's probability, rounded to a Float32 as predictAll gives it. */
const expected = (m: Gbdt, X: Float32Array, row: number, nf: number) =>
  Math.fround(1 / (1 + Math.exp(-predictRaw(m, X, row, nf))));

describe('predictAll on complete trees gives the tree walk its exact scores', () => {
  const nf = 7;
  const rand = rng(18);
  // Rows with values on the thresholds, NaN (goes right) and infinities.
  const rows = 11;
  const X = Float32Array.from({ length: rows * nf }, (_, k) =>
    k % 13 === 0 ? Number.NaN : k % 17 === 0 ? -Infinity : k % 19 === 0 ? Infinity : Math.fround(rand()),
  );
  for (const [label, depth, trees] of [
    ['leaves of mixed depth, a tree count not a multiple of four', 6, 7],
    ['stumps and single leaves', 1, 5],
    ['trees too deep to make complete, walked as they are', 14, 3],
  ] as const)
    it(label, () => {
      const m: Gbdt = { base: -0.3, trees: Array.from({ length: trees }, () => randomTree(rand, depth, nf)) };
      if (depth === 14) {
        // One chain fourteen levels deep.
        const t: Tree = { f: [], t: [], l: [], r: [] };
        for (let d = 0; d < 14; d++) t.f.push(0), t.t.push(2), t.l.push(d + 1), t.r.push(-1);
        t.f.push(-1), t.t.push(0.5), t.l.push(-1), t.r.push(-1);
        t.f.push(-1), t.t.push(-0.5), t.l.push(-1), t.r.push(-1);
        for (let d = 0; d < 14; d++) t.r[d] = 15;
        m.trees.push(t);
      }
      const p = predictAll(m, X, rows, nf);
      for (let row = 0; row < rows; row++) expect(p[row]).toBe(expected(m, X, row, nf));
    });
  it('a model of single leaves only', () => {
    const m: Gbdt = { base: 0.1, trees: [{ f: [-1], t: [0.5], l: [-1], r: [-1] }] };
    const p = predictAll(m, X, rows, nf);
    for (let row = 0; row < rows; row++) expect(p[row]).toBe(expected(m, X, row, nf));
  });
});
