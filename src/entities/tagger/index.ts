// The statistical name tagger at work: an averaged perceptron trained here on NewsFANE Gold
// (scripts/train-ner.ts → data/ner/model.json) proposes PER / ORG / LOC spans; the entity layer
// keeps those the knowledge base and the rules left unexplained.
import { loadData } from '../../data.js';
import type { Token } from '../../types.js';
import { LABELS, packFlat, tag, type PackedWeights } from './perceptron.js';
import { taggerTokens } from './tokens.js';

let weights: PackedWeights | null = null;

/** The trained weights (data/ner/model.json), packed once. */
export function model(): PackedWeights {
  if (weights) return weights;
  const m = loadData<{ labels: string[]; features: string[]; weights: number[] }>('ner/model.json');
  if (m.labels.join() !== LABELS.join() || m.weights.length !== m.features.length * LABELS.length) {
    throw new Error('data/ner/model.json does not match the tagger labels: run npm run train:ner');
  }
  weights = packFlat(m.features, Float64Array.from(m.weights));
  return weights;
}

export interface NameSpan {
  first: number;
  last: number;
  type: 'PER' | 'ORG' | 'LOC';
  /** The smallest margin of the span's labels: how sure the tagger is. */
  margin: number;
}

/** Name spans over tokens of a text, sentence by sentence. */
export function tagNames(
  text: string,
  tokens: Token[],
  matchAt?: Parameters<typeof taggerTokens>[2],
): NameSpan[] {
  const w = model();
  const toks = taggerTokens(text, tokens, matchAt);
  const out: NameSpan[] = [];
  let from = 0;
  for (let i = 1; i <= toks.length; i++) {
    if (i < toks.length && toks[i].before !== '.') continue;
    const tagged = tag(w, toks.slice(from, i));
    let open: NameSpan | null = null;
    tagged.forEach((t, k) => {
      const idx = from + k;
      if (open && t.label === `I-${open.type}`) {
        open.last = idx;
        open.margin = Math.min(open.margin, t.margin);
        return;
      }
      if (open) out.push(open);
      open = t.label.startsWith('B-')
        ? { first: idx, last: idx, type: t.label.slice(2) as NameSpan['type'], margin: t.margin }
        : null;
    });
    if (open) out.push(open);
    from = i;
  }
  return out;
}
