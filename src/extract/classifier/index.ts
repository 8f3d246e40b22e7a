// The block classifier under the rules: every block of an HTML page (those the rules keep and
// those they prune) is scored as content or furniture by gradient-boosted trees trained by
// `npm run train:blocks` (data/extract/blocks-model.json), from the block's own features and
// where the rules put it. Folds: every model trained with the pages of some sites held out, so
// that a page can be scored by a model that never saw its site.
import { existsSync, readFileSync } from 'node:fs';
import type { Extraction } from '../../types.js';
import type { RenderedPage } from '../html.js';
import { blockFeatures, contextFeatures, CONTEXT_FEATURES, FEATURES, Rule, skeleton } from './features.js';
import { predictAll, type Gbdt } from './gbdt.js';

export interface BlockModel {
  features: number;
  contextFeatures: number;
  threshold: number;
  folds: number;
  /** The block model trained on every page, and its context model. */
  full: Gbdt;
  full2: Gbdt;
  /** Models k never saw the sites of fold k. */
  held: Gbdt[];
  held2: Gbdt[];
}

/** A block model and its context model. */
export interface BlockModels {
  blocks: Gbdt;
  context: Gbdt;
}

const MODEL_URL = new URL('../../../data/extract/blocks-model.json', import.meta.url);
let cached: BlockModel | null | undefined;

/** The shipped model, or null when none is shipped or it was trained on other features. */
export function blockModel(): BlockModel | null {
  if (cached !== undefined) return cached;
  cached = null;
  if (existsSync(MODEL_URL)) {
    const m = JSON.parse(readFileSync(MODEL_URL, 'utf8')) as BlockModel;
    if (m.features === FEATURES && m.contextFeatures === CONTEXT_FEATURES) cached = m;
  }
  return cached;
}

/** A site's name for the folds: the host less "www." and its subdomains (bbc.co.uk, lemonde.fr). */
export function siteOf(hostOrUrl: string): string {
  let host = hostOrUrl.toLowerCase();
  try {
    if (/^[a-z]+:\/\//.test(host)) host = new URL(host).hostname;
  } catch {
    /* a host already */
  }
  const parts = host
    .replace(/^www\d?\./, '')
    .split('.')
    .filter(Boolean);
  const k =
    parts.length > 2 && parts[parts.length - 2].length <= 3 && parts[parts.length - 1].length === 2 ? 3 : 2;
  return parts.slice(-k).join('.');
}

/** The fold of a site (FNV-1a of its name). */
export function foldOf(site: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < site.length; i++) h = Math.imul(h ^ site.charCodeAt(i), 0x01000193);
  return (h >>> 0) % folds;
}

/** Where the rules put each block: pruned, header, title, body, cut inside the body, footer. */
export function ruleDecisions(r: RenderedPage, x: Extraction): Uint8Array {
  const n = r.page.blocks.length;
  const rule = new Uint8Array(n);
  const kept: number[] = [];
  r.starts.forEach((s, i) => (s >= 0 ? kept.push(i) : 0));
  // The kept block whose text holds an offset (a line may start after invisible marks).
  const blockAt = (off: number) => {
    let lo = 0,
      hi = kept.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (r.starts[kept[mid]] <= off) lo = mid;
      else hi = mid - 1;
    }
    return kept[lo];
  };
  const ps = x.paragraphs;
  const first = ps.length ? blockAt(ps[0].span.start) : Infinity;
  const last = ps.length ? blockAt(ps[ps.length - 1].span.start) : -Infinity;
  for (const i of kept) rule[i] = i < first ? Rule.Header : i > last ? Rule.Footer : Rule.Cut;
  for (const p of ps) rule[blockAt(p.span.start)] = Rule.Body;
  for (const f of x.furniture) if (f.kind === 'title') rule[blockAt(f.span.start)] = Rule.Title;
  return rule;
}

/** The probability that each block is content: the block model, then the context model over its scores. */
export function scoreBlocks(r: RenderedPage, rule: Uint8Array, models: BlockModels): Float32Array {
  const n = r.page.blocks.length;
  const X = blockFeatures(r.page, rule);
  const p = predictAll(models.blocks, X, n, FEATURES);
  return predictAll(models.context, contextFeatures(skeleton(r.page, X), rule, p), n, CONTEXT_FEATURES);
}

/** The models Mirsad runs (trained on every page), or those that never saw fold k's sites. */
export function modelsOf(m: BlockModel, fold?: number): BlockModels {
  return fold === undefined
    ? { blocks: m.full, context: m.full2 }
    : { blocks: m.held[fold], context: m.held2[fold] };
}
