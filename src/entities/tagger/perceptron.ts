// A greedy left-to-right averaged perceptron over BIO labels (PER, ORG, LOC), the classic
// tagger of Collins (2002) without the Viterbi search: a label depends on the two before it.
import type { TaggerToken } from './features.js';
import { stems } from '../../arabic/clitics.js';
import { givenNames } from '../../arabic/names.js';
import {
  FeatureTable,
  emitFeatures,
  featureName,
  hashFeature,
  sequenceFacts,
  tokenFeatures,
  type Emit,
} from './features.js';

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Label = (typeof LABELS)[number];

export type Weights = Map<string, Float64Array>;

/** An I- label continues only its own type. */
function allowed(label: Label, prev: Label): boolean {
  return !label.startsWith('I-') || (prev !== 'O' && prev.slice(2) === label.slice(2));
}

function emitContext(prev: Label, prev2: Label, w: string, f: Emit): void {
  f('t-1', prev);
  f('t-2', prev2, prev);
  f('t-1w', prev, w);
}

function contextFeatures(prev: Label, prev2: Label, w: string): string[] {
  const out: string[] = [];
  emitContext(prev, prev2, w, (n, v, v2) => out.push(featureName(n, v, v2)));
  return out;
}

function scoreLabels(weights: Weights, feats: string[]): Float64Array {
  const scores = new Float64Array(LABELS.length);
  for (const f of feats) {
    const w = weights.get(f);
    if (w) for (let k = 0; k < LABELS.length; k++) scores[k] += w[k];
  }
  return scores;
}

export interface Tagged {
  label: Label;
  /** Score of the chosen label minus the best other allowed label. */
  margin: number;
}

/** Weights packed for tagging: one array, a feature's seven weights at its offset, found by the feature's hash. */
export interface PackedWeights {
  index: FeatureTable;
  values: Float64Array;
}

/** Packs trained weights (feature name → one weight per label) for tagging. */
export function pack(weights: Map<string, ArrayLike<number>>): PackedWeights {
  const values = new Float64Array(weights.size * LABELS.length);
  let o = 0;
  for (const w of weights.values()) {
    for (let k = 0; k < LABELS.length; k++) values[o + k] = w[k];
    o += LABELS.length;
  }
  return packFlat([...weights.keys()], values);
}

/** Packs feature names and their weights laid end to end, one per label, as data/ner/model.json stores them. */
export function packFlat(features: string[], values: Float64Array): PackedWeights {
  const index = new FeatureTable(features.length);
  features.forEach((f, i) => {
    hashFeature(f);
    if (!index.set(i * LABELS.length)) throw new Error(`two tagger features share a hash ("${f}")`);
  });
  return { index, values };
}

/**
 * Weight offsets (-1: not in the model) of the features a word gives wherever it stands, worked out
 * once per word (hashing every feature of every token was most of the tagger's time). Added in
 * emitFeatures' order, so the scores are the very sums `tagByName` makes.
 */
interface WordOffsets {
  stem: string;
  /** b, w, s, s3, s2, p2, p3. */
  own: Int32Array;
  /**
   * The scores these seven add, in that order, to scores of zero: the first sums `tag` makes for
   * the word, the same numbers added in the same order (computed on first use).
   */
  ownScores: Float64Array | null;
  /** w-1, w+1, w-2, w+2, s-1, s+1, this word being the neighbour. */
  near: Int32Array;
  /** len, then clitic, al, num, latin, given where they fire. */
  tail: Int32Array;
  /** t-1w after each label (-2: not looked up yet). */
  after: Int32Array;
  /** Its stem is a given name (given-1 of the next word). */
  givenStem: boolean;
}

interface OffsetCache {
  words: Map<string, WordOffsets>;
  /** w-1, w+1, w-2, w+2, s-1, s+1 at the ends of a sentence. */
  edge: Int32Array;
  given1: number;
  /** t-1 by label; t-2 by the two labels before. */
  prev: Int32Array;
  prev2: Int32Array;
  /** pb, pa, kb, kb-1, kb+1 by name and value (a few punctuation classes and KB labels). */
  small: Map<string, Map<string, number>>;
}

const caches = new WeakMap<PackedWeights, OffsetCache>();

function offsetOf(weights: PackedWeights, name: string, value?: string, value2?: string): number {
  hashFeature(name, value, value2);
  return weights.index.get();
}

function cacheOf(weights: PackedWeights): OffsetCache {
  let c = caches.get(weights);
  if (c) return c;
  const o = (n: string, v?: string, v2?: string) => offsetOf(weights, n, v, v2);
  c = {
    words: new Map(),
    edge: Int32Array.of(
      o('w-1', '<s>'),
      o('w+1', '</s>'),
      o('w-2', '<s>'),
      o('w+2', '</s>'),
      o('s-1', '<s>'),
      o('s+1', '</s>'),
    ),
    given1: o('given-1'),
    prev: Int32Array.from(LABELS, (l) => o('t-1', l)),
    prev2: Int32Array.from({ length: LABELS.length ** 2 }, (_, x) =>
      o('t-2', LABELS[Math.floor(x / LABELS.length)], LABELS[x % LABELS.length]),
    ),
    small: new Map(),
  };
  caches.set(weights, c);
  return c;
}

function wordOffsets(weights: PackedWeights, c: OffsetCache, word: string): WordOffsets {
  let w = c.words.get(word);
  if (w) return w;
  if (c.words.size > 50_000) c.words.clear();
  const o = (n: string, v?: string, v2?: string) => offsetOf(weights, n, v, v2);
  // As sequenceFacts and emitFeatures read a word.
  const readings = stems(word, 2);
  const s = readings[readings.length - 1];
  const names = givenNames();
  const tail = [o('len', String(Math.min(s.length, 8)))];
  if (word !== s) tail.push(o('clitic'));
  if (readings.some((x) => x.startsWith('ال'))) tail.push(o('al'));
  if (/\d/.test(word)) tail.push(o('num'));
  if (/[a-z]/.test(word)) tail.push(o('latin'));
  if (names.has(s) || names.has(word)) tail.push(o('given'));
  w = {
    stem: s,
    own: Int32Array.of(
      o('b'),
      o('w', word),
      o('s', s),
      o('s3', word.slice(-3)),
      o('s2', word.slice(-2)),
      o('p2', s.slice(0, 2)),
      o('p3', s.slice(0, 3)),
    ),
    near: Int32Array.of(
      o('w-1', word),
      o('w+1', word),
      o('w-2', word),
      o('w+2', word),
      o('s-1', s),
      o('s+1', s),
    ),
    tail: Int32Array.from(tail),
    ownScores: null,
    after: new Int32Array(LABELS.length).fill(-2),
    givenStem: names.has(s),
  };
  c.words.set(word, w);
  return w;
}

function smallOffset(weights: PackedWeights, c: OffsetCache, name: string, value: string): number {
  // By name, then value (a key joined per call would be a new string to hash every time).
  let byValue = c.small.get(name);
  if (!byValue) c.small.set(name, (byValue = new Map()));
  let o = byValue.get(value);
  if (o === undefined) {
    if (byValue.size > 10_000) byValue.clear();
    byValue.set(value, (o = offsetOf(weights, name, value)));
  }
  return o;
}

export function tag(weights: PackedWeights, toks: TaggerToken[]): Tagged[] {
  const out: Tagged[] = [];
  let prev = 0;
  let prev2 = 0;
  const c = cacheOf(weights);
  const words = toks.map((t) => wordOffsets(weights, c, t.norm));
  const n = toks.length;
  const scores = new Float64Array(LABELS.length);
  const values = weights.values;
  const put = (o: number) => {
    if (o >= 0) for (let k = 0; k < LABELS.length; k++) scores[k] += values[o + k];
  };
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    const w = words[i];
    if (!w.ownScores) {
      scores.fill(0);
      for (const o of w.own) put(o);
      w.ownScores = scores.slice();
    } else scores.set(w.ownScores);
    put(i >= 1 ? words[i - 1].near[0] : c.edge[0]);
    put(i + 1 < n ? words[i + 1].near[1] : c.edge[1]);
    put(i >= 2 ? words[i - 2].near[2] : c.edge[2]);
    put(i + 2 < n ? words[i + 2].near[3] : c.edge[3]);
    put(i >= 1 ? words[i - 1].near[4] : c.edge[4]);
    put(i + 1 < n ? words[i + 1].near[5] : c.edge[5]);
    put(offsetOf(weights, 'w-1w', i >= 1 ? toks[i - 1].norm : '<s>', w.stem));
    put(smallOffset(weights, c, 'pb', t.before));
    put(smallOffset(weights, c, 'pa', i + 1 < n ? toks[i + 1].before : '</s>'));
    put(smallOffset(weights, c, 'kb', t.kb));
    put(smallOffset(weights, c, 'kb-1', i >= 1 ? toks[i - 1].kb : '<s>'));
    put(smallOffset(weights, c, 'kb+1', i + 1 < n ? toks[i + 1].kb : '</s>'));
    for (const o of w.tail) put(o);
    if (i > 0 && words[i - 1].givenStem) put(c.given1);
    // The label context: t-1, t-2, t-1w.
    put(c.prev[prev]);
    put(c.prev2[prev2 * LABELS.length + prev]);
    if (w.after[prev] === -2) w.after[prev] = offsetOf(weights, 't-1w', LABELS[prev], t.norm);
    put(w.after[prev]);
    const { best, margin } = bestAllowed(scores, LABELS[prev]);
    out.push({ label: LABELS[best], margin });
    prev2 = prev;
    prev = best;
  }
  return out;
}

/** The best label the previous one allows, and its margin over the runner-up. */
function bestAllowed(scores: Float64Array, prev: Label): { best: number; margin: number } {
  let best = -1;
  let second = -Infinity;
  for (let k = 0; k < LABELS.length; k++) {
    if (!allowed(LABELS[k], prev)) continue;
    if (best < 0 || scores[k] > scores[best]) {
      if (best >= 0) second = Math.max(second, scores[best]);
      best = k;
    } else second = Math.max(second, scores[k]);
  }
  return { best, margin: scores[best] - second };
}

/** The tagger as training reads its features, by name: what `tag` must give (test/tagger.test.ts). */
export function tagByName(weights: PackedWeights, toks: TaggerToken[]): Tagged[] {
  const out: Tagged[] = [];
  let prev: Label = 'O';
  let prev2: Label = 'O';
  const facts = sequenceFacts(toks);
  const scores = new Float64Array(LABELS.length);
  const add: Emit = (n, v, v2) => {
    hashFeature(n, v, v2);
    const o = weights.index.get();
    if (o >= 0) for (let k = 0; k < LABELS.length; k++) scores[k] += weights.values[o + k];
  };
  for (let i = 0; i < toks.length; i++) {
    scores.fill(0);
    emitFeatures(toks, i, facts, add);
    emitContext(prev, prev2, toks[i].norm, add);
    const { best, margin } = bestAllowed(scores, prev);
    out.push({ label: LABELS[best], margin });
    prev2 = prev;
    prev = LABELS[best];
  }
  return out;
}

/** Trains on sentences of (token, gold label); returns averaged weights. */
export function train(
  sentences: { toks: TaggerToken[]; gold: Label[] }[],
  epochs: number,
  onEpoch?: (e: number, errors: number) => void,
): Weights {
  const w: Weights = new Map();
  const totals = new Map<string, Float64Array>();
  const stamps = new Map<string, Float64Array>();
  let step = 0;
  const update = (f: string, k: number, v: number) => {
    let wf = w.get(f);
    if (!wf) {
      w.set(f, (wf = new Float64Array(LABELS.length)));
      totals.set(f, new Float64Array(LABELS.length));
      stamps.set(f, new Float64Array(LABELS.length));
    }
    const tf = totals.get(f)!;
    const sf = stamps.get(f)!;
    tf[k] += (step - sf[k]) * wf[k];
    sf[k] = step;
    wf[k] += v;
  };
  // Features of each token without the label context, computed once.
  const cached = sentences.map((s) => {
    const facts = sequenceFacts(s.toks);
    return s.toks.map((_, i) => tokenFeatures(s.toks, i, facts));
  });
  const order = sentences.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    // A fixed shuffle per epoch, so that training is reproducible.
    let seed = 1234 + e;
    for (let i = order.length - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const si of order) {
      const { toks, gold } = sentences[si];
      let prev: Label = 'O';
      let prev2: Label = 'O';
      for (let i = 0; i < toks.length; i++) {
        step++;
        const feats = [...cached[si][i], ...contextFeatures(prev, prev2, toks[i].norm)];
        const scores = scoreLabels(w, feats);
        let best = 0;
        for (let k = 1; k < LABELS.length; k++) if (scores[k] > scores[best]) best = k;
        const g = LABELS.indexOf(gold[i]);
        if (best !== g) {
          errors++;
          for (const f of feats) {
            update(f, g, 1);
            update(f, best, -1);
          }
        }
        // Train on the gold history (teacher forcing).
        prev2 = prev;
        prev = gold[i];
      }
    }
    onEpoch?.(e, errors);
  }
  for (const [f, wf] of w) {
    const tf = totals.get(f)!;
    const sf = stamps.get(f)!;
    for (let k = 0; k < LABELS.length; k++) wf[k] = (tf[k] + (step - sf[k]) * wf[k]) / step;
  }
  return w;
}
