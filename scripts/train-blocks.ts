// npm run train:blocks: trains the block classifier (src/extract/classifier) from WCXB-dev (each
// block labelled by the page's ground-truth main content) and trafilatura's evaluation set (blocks
// holding a "with" snippet are content, a "without" snippet furniture), with cross-validation by
// site: fold k's model never sees the sites of fold k. Prints the held-out folds (never the
// training fit) beside the rules alone, then writes data/extract/blocks-model.json: the fold
// models (so that eval:extract scores each page with a model that never saw its site) and the
// model trained on every page (the one Mirsad runs).
// Options: --folds N (5), --trees N, --depth N, --rate X, --threshold X, --pos-weight X (1.5),
// --traf-weight X (8: a snippet-labelled block of trafilatura's set), --seed N (the trees' row
// subsampling, 1), --out FILE (data/extract/blocks-model.json), --quick (fold 0 only, no write),
// --reuse-blocks (the shipped model's block models, its folds as they are: only the context model
// is trained, about 7 minutes instead of 30, for a change of context features alone).
// The trees' subsampling follows row order, so judge a change of features over a few seeds.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { loadWcxb, wordF1 } from '../src/eval/wcxb.js';
import { loadTrafilaturaSet, scoreSnippets, snippetMetrics, type SnippetCase } from '../src/eval/extract.js';
import { readHtml } from '../src/extract/index.js';
import { foldOf, ruleDecisions, siteOf, type BlockModel } from '../src/extract/classifier/index.js';
import {
  blockFeatures,
  contextFeatures,
  CONTEXT_FEATURES,
  FEATURES,
  Rule,
  skeleton,
  type Skeleton,
} from '../src/extract/classifier/features.js';
import { predictRaw, sigmoid, train, type Gbdt, type TrainOptions } from '../src/extract/classifier/gbdt.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const FOLDS = arg('folds', 5);
const THRESHOLD = arg('threshold', 0.5);
const QUICK = process.argv.includes('--quick');
const POS_WEIGHT = arg('pos-weight', 1.5);
/** The weight of a block of trafilatura's set that a snippet labels. */
const TRAF_WEIGHT = arg('traf-weight', 8);
const opts: Partial<TrainOptions> = {
  trees: arg('trees', 120),
  depth: arg('depth', 6),
  rate: arg('rate', 0.1),
  subsample: arg('subsample', 0.5),
  seed: arg('seed', 1),
};
const OUT = (() => {
  const i = process.argv.indexOf('--out');
  return i >= 0 ? process.argv[i + 1] : 'data/extract/blocks-model.json';
})();
const WCXB = '.bench/wcxb-dev';
const TRAF = '.bench/trafilatura-eval';
if (!existsSync(`${WCXB}/metadata.json`))
  execFileSync('tar', ['-xzf', '../shared/bench/wcxb-dev.tar.gz', '-C', '.bench']);
if (!existsSync(`${TRAF}/tests/evaldata.json`))
  execFileSync('tar', ['-xzf', '../shared/bench/trafilatura-eval.tar.gz', '-C', '.bench']);

interface PageRows {
  set: 'wcxb' | 'traf';
  type: string;
  fold: number;
  /** First row and row count in the matrix. */
  start: number;
  n: number;
  texts: string[];
  rule: Uint8Array;
  sk: Skeleton;
  truth?: string;
  snippets?: SnippetCase;
}

const WORD = /[\p{L}\p{N}_]+/gu;
const tokens = (s: string) => s.toLowerCase().match(WORD) ?? [];

/** WCXB labels: a block is content when its words run in the ground truth as they stand. */
function wcxbLabels(texts: string[], truth: string): { y: number[]; w: number[] } {
  const all = ` ${tokens(truth).join(' ')} `;
  const lines = new Set(
    truth
      .split('\n')
      .map((l) => tokens(l).join(' '))
      .filter(Boolean),
  );
  const bag = new Map<string, number>();
  for (const t of tokens(truth)) bag.set(t, (bag.get(t) ?? 0) + 1);
  const truthWords = Math.max(30, all.split(' ').length - 2);
  const toks = texts.map(tokens);
  const y = toks.map((ts) => {
    if (!ts.length) return 0;
    const s = ts.join(' ');
    if (ts.length <= 2) return lines.has(s) ? 1 : -1; // decided below
    if (all.includes(` ${s} `)) return 1;
    // A block holding several lines of the truth (a product card, a post with its header).
    let held = 0;
    const padded = ` ${s} `;
    for (const l of lines)
      if (l.length >= 3 && l.length <= s.length && padded.includes(` ${l} `)) held += l.split(' ').length;
    if (held / ts.length >= 0.5) return Math.min(1, held / ts.length);
    let hit = 0;
    for (const t of ts) if (bag.has(t)) hit++;
    const cover = hit / ts.length;
    return ts.length >= 8 && cover >= 0.85 ? cover : 0;
  });
  // A short block found in the truth counts when a neighbour is content too.
  for (let i = 0; i < y.length; i++) {
    if (y[i] !== -1) continue;
    const s = ` ${toks[i].join(' ')} `;
    y[i] = all.includes(s) && ((i > 0 && y[i - 1] >= 0.85) || (i + 1 < y.length && y[i + 1] >= 0.85)) ? 1 : 0;
  }
  // Words weigh as the page's F1 weighs them; missing content costs a little more than furniture kept.
  const w = toks.map(
    (ts, i) => (Math.min(60, ts.length) / truthWords) * 100 * (y[i] >= 0.5 ? POS_WEIGHT : 1),
  );
  return { y, w };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** trafilatura labels: blocks holding a "with" snippet (or held in one) are content, "without" furniture. */
function trafLabels(texts: string[], c: SnippetCase): { y: number[]; w: number[] } {
  const y = texts.map(() => 0);
  const w = texts.map(() => 0);
  const mark = (snips: string[], label: number) => {
    for (const raw of snips) {
      const s = squash(raw);
      if (!s) continue;
      texts.forEach((t, i) => {
        if (t.includes(s) || (t.length >= 40 && s.includes(t))) {
          y[i] = label;
          w[i] = TRAF_WEIGHT;
        }
      });
    }
  };
  mark(c.without, 0);
  mark(c.with, 1);
  return { y, w };
}

// --- The data set ---------------------------------------------------------------------------
const t0 = performance.now();
const pages: PageRows[] = [];
const chunks: Float32Array[] = [];
const ys: number[] = [];
const ws: number[] = [];
let rows = 0;
function add(
  set: 'wcxb' | 'traf',
  type: string,
  site: string,
  html: string,
  url: string,
  label: (texts: string[]) => { y: number[]; w: number[] },
  extra: Partial<PageRows>,
) {
  const { page, x } = readHtml(html, { url });
  const rule = ruleDecisions(page, x);
  const X = blockFeatures(page.page, rule);
  const texts = page.page.blocks.map((b) => b.text);
  const { y, w } = label(texts);
  chunks.push(X);
  ys.push(...y);
  ws.push(...w);
  pages.push({
    set,
    type,
    fold: foldOf(site, FOLDS),
    start: rows,
    n: texts.length,
    texts,
    rule,
    sk: skeleton(page.page),
    ...extra,
  });
  rows += texts.length;
}
const wc = loadWcxb(WCXB);
for (const p of wc.pages)
  add('wcxb', p.type, siteOf(p.domain), wc.html(p), p.url, (t) => wcxbLabels(t, p.truth.main), {
    truth: p.truth.main,
  });
const tr = loadTrafilaturaSet(TRAF);
for (const c of tr.cases) {
  const h = tr.html(c);
  if (h !== null)
    add('traf', 'trafilatura', siteOf(c.url), h, c.url, (t) => trafLabels(t, c), { snippets: c });
}
const X = new Float32Array(rows * FEATURES);
let off = 0;
for (const c of chunks) X.set(c, off), (off += c.length);
chunks.length = 0;
const Y = Float32Array.from(ys);
const W = Float32Array.from(ws);
console.log(
  `${pages.length} pages, ${rows} blocks, ${FEATURES} features; read in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);

// --- Training and the held-out folds --------------------------------------------------------
function subset(keep: (p: PageRows) => boolean, M = X, nf = FEATURES) {
  const idx: number[] = [];
  for (const p of pages)
    if (keep(p)) for (let i = 0; i < p.n; i++) if (W[p.start + i] > 0) idx.push(p.start + i);
  const Xs = new Float32Array(idx.length * nf);
  idx.forEach((r, k) => Xs.set(M.subarray(r * nf, (r + 1) * nf), k * nf));
  return { X: Xs, y: Float32Array.from(idx, (r) => Y[r]), w: Float32Array.from(idx, (r) => W[r]) };
}
const prob = new Float32Array(rows).fill(NaN);
const held: Gbdt[] = [];
const shipped = process.argv.includes('--reuse-blocks')
  ? (JSON.parse(readFileSync('data/extract/blocks-model.json', 'utf8')) as BlockModel)
  : null;
if (shipped && (shipped.features !== FEATURES || shipped.folds !== FOLDS))
  throw new Error('--reuse-blocks: the shipped block models were trained on other features or folds');
for (let k = 0; k < (QUICK ? 1 : FOLDS); k++) {
  const t1 = performance.now();
  const d = shipped ? null : subset((p) => p.fold !== k);
  const m = d ? train(d.X, d.y, d.w, FEATURES, opts) : shipped!.held[k];
  held.push(m);
  for (const p of pages)
    if (p.fold === k)
      for (let i = 0; i < p.n; i++) prob[p.start + i] = sigmoid(predictRaw(m, X, p.start + i, FEATURES));
  console.log(
    `fold ${k}: ${d ? d.y.length : 'shipped'} rows, ${((performance.now() - t1) / 1000).toFixed(0)} s`,
  );
}

// Second stage: the first model's held-out scores in their context.
const XC = new Float32Array(rows * CONTEXT_FEATURES);
const prob2 = new Float32Array(rows).fill(NaN);
const held2: Gbdt[] = [];
const opts2: Partial<TrainOptions> = { ...opts, trees: arg('trees2', 80), depth: arg('depth2', 5) };
if (!QUICK) {
  for (const p of pages)
    XC.set(contextFeatures(p.sk, p.rule, prob.subarray(p.start, p.start + p.n)), p.start * CONTEXT_FEATURES);
  for (let k = 0; k < FOLDS; k++) {
    const t1 = performance.now();
    const d = subset((p) => p.fold !== k, XC, CONTEXT_FEATURES);
    const m = train(d.X, d.y, d.w, CONTEXT_FEATURES, opts2);
    held2.push(m);
    for (const p of pages)
      if (p.fold === k)
        for (let i = 0; i < p.n; i++)
          prob2[p.start + i] = sigmoid(predictRaw(m, XC, p.start + i, CONTEXT_FEATURES));
    console.log(`context fold ${k}: ${((performance.now() - t1) / 1000).toFixed(0)} s`);
  }
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
function report(name: string, keep: (p: PageRows, i: number) => boolean, only: (p: PageRows) => boolean) {
  const byType = new Map<string, number[]>();
  const acc = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const p of pages) {
    if (!only(p)) continue;
    const body = p.texts.filter((_, i) => keep(p, i)).join('\n');
    if (p.set === 'wcxb') {
      const f = wordF1(body, p.truth!).f1;
      for (const t of ['all', p.type]) byType.set(t, [...(byType.get(t) ?? []), f]);
    } else scoreSnippets(body, p.snippets!, acc);
  }
  const types = ['all', 'article', 'service', 'forum', 'listing', 'product', 'collection', 'documentation'];
  console.log(
    `${name.padEnd(22)} ${types.map((t) => `${t} ${mean(byType.get(t) ?? []).toFixed(3)}`).join('  ')}  trafilatura ${snippetMetrics(acc).f1.toFixed(3)}`,
  );
}
const inHeld = (p: PageRows) => (QUICK ? p.fold === 0 : true);
console.log(`\nheld-out folds by site (${QUICK ? 'fold 0' : `${FOLDS} folds`}):`);
report('rules alone', (p, i) => p.rule[i] === Rule.Body, inHeld);
report(
  'labels (ceiling)',
  (p, i) => Y[p.start + i] >= 0.5,
  (p) => inHeld(p) && p.set === 'wcxb',
);
for (const th of [0.3, 0.4, 0.5, 0.6]) report(`blocks p >= ${th}`, (p, i) => prob[p.start + i] >= th, inHeld);
if (!QUICK)
  for (const th of [0.3, 0.4, 0.5, 0.6])
    report(`context p >= ${th}`, (p, i) => prob2[p.start + i] >= th, inHeld);

if (!QUICK) {
  const t2 = performance.now();
  const d = shipped ? null : subset(() => true);
  const full = d ? train(d.X, d.y, d.w, FEATURES, opts) : shipped!.full;
  const d2 = subset(() => true, XC, CONTEXT_FEATURES);
  const full2 = train(d2.X, d2.y, d2.w, CONTEXT_FEATURES, opts2);
  console.log(`full models: ${d2.y.length} rows, ${((performance.now() - t2) / 1000).toFixed(0)} s`);
  // Leaves to 5 digits; thresholds to the shortest decimal that is the same float32.
  const short = (v: number) => {
    for (let d = 1; d < 17; d++)
      if (Math.fround(Number(v.toPrecision(d))) === Math.fround(v)) return Number(v.toPrecision(d));
    return v;
  };
  const round = (m: Gbdt): Gbdt => ({
    base: m.base,
    trees: m.trees.map((t) => ({
      ...t,
      t: t.t.map((v, k) => (t.f[k] < 0 ? Number(v.toPrecision(5)) : short(v))),
    })),
  });
  const model: BlockModel = {
    features: FEATURES,
    contextFeatures: CONTEXT_FEATURES,
    threshold: THRESHOLD,
    folds: FOLDS,
    full: round(full),
    held: held.map(round),
    full2: round(full2),
    held2: held2.map(round),
  };
  writeFileSync(OUT, JSON.stringify(model));
  console.log(`wrote ${OUT}`);
}
