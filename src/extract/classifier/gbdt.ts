// Gradient-boosted decision trees for binary classification (logistic loss), small enough to
// ship as JSON: training by histograms of binned features (depth-wise growth, row subsampling,
// L2-regularized Newton leaves), and prediction by walking each tree.

export interface Tree {
  /** Per node: the feature split on, or -1 for a leaf. */
  f: number[];
  /** Per node: the threshold (x <= t goes left) or the leaf's value. */
  t: number[];
  /** Per internal node: the index of its left child (the right child follows the left subtree's end). */
  l: number[];
  r: number[];
}

export interface Gbdt {
  base: number;
  trees: Tree[];
}

/**
 * A model's trees laid end to end for prediction, each node three 32-bit slots side by side in
 * one buffer (its feature, its threshold or leaf value, its right child's slot), so that a step
 * down a tree reads one cache line rather than one from each of three arrays. A node's left child
 * follows it (trees are grown depth first, left first).
 */
interface Packed {
  base: number;
  /** The slot of each tree's root. */
  roots: Int32Array;
  /** Slot 0 of a node: the feature split on (-1 for a leaf); slot 2: the right child's slot. */
  node: Int32Array;
  /** Slot 1 of a node: the threshold (x <= t goes left) or the leaf's value. */
  value: Float32Array;
}
const SLOTS = 3;
const packs = new WeakMap<Gbdt, Packed>();

function pack(m: Gbdt): Packed {
  let p = packs.get(m);
  if (p) return p;
  const size = m.trees.reduce((a, t) => a + t.f.length, 0);
  const buf = new ArrayBuffer(size * SLOTS * 4);
  const node = new Int32Array(buf);
  const value = new Float32Array(buf);
  const roots = new Int32Array(m.trees.length);
  let at = 0;
  m.trees.forEach((tr, k) => {
    roots[k] = at * SLOTS;
    for (let i = 0; i < tr.f.length; i++) {
      const o = (at + i) * SLOTS;
      node[o] = tr.f[i];
      value[o + 1] = tr.t[i];
      node[o + 2] = (at + tr.r[i]) * SLOTS;
    }
    at += tr.f.length;
  });
  p = { base: m.base, roots, node, value };
  packs.set(m, p);
  return p;
}

/**
 * predictAll by the packed trees, tree by tree (for a model too deep to make complete). Each
 * tree's root is read once for all the rows, and a node's feature once per step.
 */
function walkAll(m: Gbdt, X: Float32Array, n: number, nf: number): Float32Array {
  const p = pack(m);
  const { node, value, roots } = p;
  const s = new Float64Array(n).fill(p.base);
  for (let k = 0; k < roots.length; k++) {
    const root = roots[k];
    const rootF = node[root];
    const rootT = value[root + 1];
    const rootR = node[root + 2];
    if (rootF < 0) {
      for (let row = 0; row < n; row++) s[row] += rootT;
      continue;
    }
    for (let row = 0, o = 0; row < n; row++, o += nf) {
      let i = X[o + rootF] <= rootT ? root + SLOTS : rootR;
      let f = node[i];
      while (f >= 0) {
        i = X[o + f] <= value[i + 1] ? i + SLOTS : node[i + 2];
        f = node[i];
      }
      s[row] += value[i + 1];
    }
  }
  const out = new Float32Array(n);
  for (let row = 0; row < n; row++) out[row] = 1 / (1 + Math.exp(-s[row]));
  return out;
}

/**
 * A model's trees made complete, every leaf at the model's greatest depth D: a leaf above it stands
 * for a subtree whose every leaf holds its value (its splits on feature 0, whichever way a row
 * goes the same). Node k's children are 2k+1 and 2k+2, so a row's walk is D steps of arithmetic,
 * no test of where it ends, and four rows walk a tree side by side (their loads overlap).
 */
interface Complete {
  base: number;
  depth: number;
  trees: number;
  /** Per tree, its 2^D - 1 inner nodes: the feature split on and the threshold (x <= t goes left). */
  feature: Int32Array;
  threshold: Float32Array;
  /** Per tree, its 2^D leaves' values. */
  leaf: Float32Array;
}
const completes = new WeakMap<Gbdt, Complete>();
/** Deeper trees are walked as they are (a complete tree doubles with each level). */
const MAX_COMPLETE_DEPTH = 12;

function complete(m: Gbdt): Complete | null {
  let c = completes.get(m);
  if (c) return c;
  const depthOf = (t: Tree, i: number): number =>
    t.f[i] < 0 ? 0 : 1 + Math.max(depthOf(t, t.l[i]), depthOf(t, t.r[i]));
  const D = m.trees.reduce((a, t) => Math.max(a, depthOf(t, 0)), 0);
  if (D > MAX_COMPLETE_DEPTH) return null;
  const inner = (1 << D) - 1;
  const feature = new Int32Array(m.trees.length * inner);
  const threshold = new Float32Array(m.trees.length * inner);
  const leaf = new Float32Array(m.trees.length * (inner + 1));
  m.trees.forEach((t, k) => {
    // Node i of the tree at slot j of the complete one, d levels down.
    const place = (i: number, j: number, d: number) => {
      if (d === D) {
        leaf[k * (inner + 1) + j - inner] = t.t[i];
        return;
      }
      if (t.f[i] < 0) {
        place(i, 2 * j + 1, d + 1);
        place(i, 2 * j + 2, d + 1);
        return;
      }
      feature[k * inner + j] = t.f[i];
      threshold[k * inner + j] = t.t[i];
      place(t.l[i], 2 * j + 1, d + 1);
      place(t.r[i], 2 * j + 2, d + 1);
    };
    place(0, 0, 0);
  });
  c = { base: m.base, depth: D, trees: m.trees.length, feature, threshold, leaf };
  completes.set(m, c);
  return c;
}

/**
 * The probability of every row of X (n rows of nf features): row by row (its features stay in the
 * cache), four trees walked side by side, their leaves added in the trees' order. A step goes to
 * child 2i + 2 less the comparison as a number (1 to the left), arithmetic rather than a branch:
 * which way a row goes is often a coin toss to the processor, and a mispredicted branch costs
 * more than the step (a third of the walk's time on the benchmark pages, two thirds on random rows).
 */
export function predictAll(m: Gbdt, X: Float32Array, n: number, nf: number): Float32Array {
  const c = complete(m);
  if (!c) return walkAll(m, X, n, nf);
  const { feature, threshold, leaf, depth: D, trees } = c;
  const inner = (1 << D) - 1;
  const t4 = trees - (trees % 4);
  const out = new Float32Array(n);
  for (let row = 0, o = 0; row < n; row++, o += nf) {
    let s = c.base;
    let k = 0;
    for (; k < t4; k += 4) {
      const f0 = k * inner;
      const f1 = f0 + inner;
      const f2 = f1 + inner;
      const f3 = f2 + inner;
      let i0 = 0;
      let i1 = 0;
      let i2 = 0;
      let i3 = 0;
      for (let d = 0; d < D; d++) {
        i0 = 2 * i0 + 2 - (+(X[o + feature[f0 + i0]] <= threshold[f0 + i0]) | 0);
        i1 = 2 * i1 + 2 - (+(X[o + feature[f1 + i1]] <= threshold[f1 + i1]) | 0);
        i2 = 2 * i2 + 2 - (+(X[o + feature[f2 + i2]] <= threshold[f2 + i2]) | 0);
        i3 = 2 * i3 + 2 - (+(X[o + feature[f3 + i3]] <= threshold[f3 + i3]) | 0);
      }
      s += leaf[f0 + k + i0 - inner];
      s += leaf[f1 + k + 1 + i1 - inner];
      s += leaf[f2 + k + 2 + i2 - inner];
      s += leaf[f3 + k + 3 + i3 - inner];
    }
    for (; k < trees; k++) {
      const f = k * inner;
      let i = 0;
      for (let d = 0; d < D; d++) i = 2 * i + 2 - (+(X[o + feature[f + i]] <= threshold[f + i]) | 0);
      s += leaf[f + k + i - inner];
    }
    out[row] = 1 / (1 + Math.exp(-s));
  }
  return out;
}

export function predictRaw(m: Gbdt, X: Float32Array, row: number, nf: number): number {
  const p = pack(m);
  const { node, value, roots } = p;
  let s = p.base;
  const o = row * nf;
  for (let k = 0; k < roots.length; k++) {
    let i = roots[k];
    while (node[i] >= 0) i = X[o + node[i]] <= value[i + 1] ? i + SLOTS : node[i + 2];
    s += value[i + 1];
  }
  return s;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export interface TrainOptions {
  trees: number;
  depth: number;
  rate: number;
  bins: number;
  subsample: number;
  lambda: number;
  minHess: number;
  seed: number;
}

export const DEFAULTS: TrainOptions = {
  trees: 200,
  depth: 6,
  rate: 0.1,
  bins: 64,
  subsample: 0.5,
  lambda: 1,
  minHess: 1,
  seed: 1,
};

/** A seeded xorshift generator of numbers in [0, 1): the trainer's subsamples, and tests that must be run again alike. */
export function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** Train on rows of X (n × nf, row-major), soft labels y in [0, 1], weights w. */
export function train(
  X: Float32Array,
  y: Float32Array,
  w: Float32Array,
  nf: number,
  opt: Partial<TrainOptions> = {},
): Gbdt {
  const o = { ...DEFAULTS, ...opt };
  const n = y.length;
  const rand = rng(o.seed);
  // Bin edges per feature from a sample of the distinct values.
  const edges: Float32Array[] = [];
  const bins = new Uint8Array(n * nf); // column-major
  const sampleIdx = Array.from({ length: Math.min(n, 50000) }, () => Math.floor(rand() * n));
  for (let f = 0; f < nf; f++) {
    const vals = Float32Array.from(sampleIdx, (i) => X[i * nf + f]).sort();
    const e: number[] = [];
    for (let b = 1; b < o.bins; b++) {
      const v = vals[Math.floor((b * vals.length) / o.bins)];
      if (!e.length || v > e[e.length - 1]) e.push(v);
    }
    // Bins are (e[k-1], e[k]]: the bin of x is the first edge >= x.
    const ed = Float32Array.from(e);
    edges.push(ed);
    const col = f * n;
    for (let i = 0; i < n; i++) {
      const x = X[i * nf + f];
      let lo = 0,
        hi = ed.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ed[mid] < x) lo = mid + 1;
        else hi = mid;
      }
      bins[col + i] = lo;
    }
  }
  let sw = 0,
    sy = 0;
  for (let i = 0; i < n; i++) (sw += w[i]), (sy += w[i] * y[i]);
  const prior = Math.min(0.999, Math.max(0.001, sy / sw));
  const base = Math.log(prior / (1 - prior));
  const F = new Float64Array(n).fill(base);
  const g = new Float32Array(n);
  const h = new Float32Array(n);
  const B = o.bins;
  const trees: Tree[] = [];
  for (let t = 0; t < o.trees; t++) {
    const rows: number[] = [];
    for (let i = 0; i < n; i++) {
      if (rand() >= o.subsample) continue;
      const p = 1 / (1 + Math.exp(-F[i]));
      g[i] = (p - y[i]) * w[i];
      h[i] = Math.max(1e-6, p * (1 - p)) * w[i];
      rows.push(i);
    }
    const tree: Tree = { f: [], t: [], l: [], r: [] };
    const splitBin: number[] = [];
    const hist = (idx: Int32Array) => {
      const H = new Float64Array(nf * B * 2);
      for (let f = 0; f < nf; f++) {
        const col = f * n;
        const off = f * B * 2;
        for (let k = 0; k < idx.length; k++) {
          const i = idx[k];
          const b = off + bins[col + i] * 2;
          H[b] += g[i];
          H[b + 1] += h[i];
        }
      }
      return H;
    };
    const grow = (idx: Int32Array, H: Float64Array, depth: number): number => {
      const node = tree.f.length;
      tree.f.push(-1), tree.t.push(0), tree.l.push(-1), tree.r.push(-1), splitBin.push(-1);
      let G = 0,
        Hs = 0;
      for (let b = 0; b < B; b++) (G += H[b * 2]), (Hs += H[b * 2 + 1]);
      const leaf = () => {
        tree.t[node] = (-G / (Hs + o.lambda)) * o.rate;
        return node;
      };
      if (depth >= o.depth || idx.length < 4 || Hs < 2 * o.minHess) return leaf();
      const parentScore = (G * G) / (Hs + o.lambda);
      let best = 1e-6,
        bf = -1,
        bb = -1;
      for (let f = 0; f < nf; f++) {
        const off = f * B * 2;
        const nb = edges[f].length + 1;
        let gl = 0,
          hl = 0;
        for (let b = 0; b < nb - 1; b++) {
          gl += H[off + b * 2];
          hl += H[off + b * 2 + 1];
          const hr = Hs - hl;
          if (hl < o.minHess || hr < o.minHess) continue;
          const gr = G - gl;
          const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parentScore;
          if (gain > best) (best = gain), (bf = f), (bb = b);
        }
      }
      if (bf < 0) return leaf();
      const col = bf * n;
      let nl = 0;
      for (let k = 0; k < idx.length; k++) if (bins[col + idx[k]] <= bb) nl++;
      const L = new Int32Array(nl);
      const R = new Int32Array(idx.length - nl);
      for (let k = 0, a = 0, c = 0; k < idx.length; k++) {
        const i = idx[k];
        if (bins[col + i] <= bb) L[a++] = i;
        else R[c++] = i;
      }
      // Histogram of the smaller child; the other is the parent's minus it.
      const small = L.length <= R.length ? L : R;
      const Hsmall = hist(small);
      const Hbig = new Float64Array(H.length);
      for (let k = 0; k < H.length; k++) Hbig[k] = H[k] - Hsmall[k];
      tree.f[node] = bf;
      tree.t[node] = edges[bf][bb];
      splitBin[node] = bb;
      const HL = small === L ? Hsmall : Hbig;
      const HR = small === L ? Hbig : Hsmall;
      tree.l[node] = grow(L, HL, depth + 1);
      tree.r[node] = grow(R, HR, depth + 1);
      return node;
    };
    const idx = Int32Array.from(rows);
    grow(idx, hist(idx), 0);
    trees.push(tree);
    // Update every row's score with the new tree.
    for (let i = 0; i < n; i++) {
      let k = 0;
      while (tree.f[k] >= 0) k = bins[tree.f[k] * n + i] <= splitBin[k] ? tree.l[k] : tree.r[k];
      F[i] += tree.t[k];
    }
  }
  return { base, trees };
}
