// A greedy left-to-right averaged perceptron over BIO labels (PER, ORG, LOC), the classic
// tagger of Collins (2002) without the Viterbi search: a label depends on the two before it.
import type { TaggerToken } from './features.js';
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

export function tag(weights: PackedWeights, toks: TaggerToken[]): Tagged[] {
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
    let best = -1;
    let second = -Infinity;
    for (let k = 0; k < LABELS.length; k++) {
      if (!allowed(LABELS[k], prev)) continue;
      if (best < 0 || scores[k] > scores[best]) {
        if (best >= 0) second = Math.max(second, scores[best]);
        best = k;
      } else second = Math.max(second, scores[k]);
    }
    out.push({ label: LABELS[best], margin: scores[best] - second });
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
