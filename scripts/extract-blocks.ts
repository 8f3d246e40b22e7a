// Development aid: try a change of the block decisions on WCXB-dev in seconds instead of a run of
// eval:extract. First `npx tsx scripts/extract-blocks.ts` reads every page once (as eval:extract
// scores it: the block model that never saw its site, then the item consensus and the listing
// rule) and writes each block's text, score, tag, depth, parent element and the rules' keeping to
// .bench/wcxb-blocks.json (git-ignored; the benchmark's text stays out of the project). Then
// `npx tsx scripts/extract-blocks.ts --try FILE` imports FILE, a module whose default export takes
// a page ({ id, type, types, blocks }) and returns which blocks its body keeps, and prints each
// page type's word F1 with the blocks kept at the bar (the baseline) and as FILE keeps them, and
// how many pages got better or worse. The body here is the blocks' words alone: the rules that cut
// a kept block afterwards (headline, repeats, comments, reviews…) are left out, so judge by the
// difference, and confirm a change that holds with eval:extract.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadWcxb, wordF1 } from '../src/eval/wcxb.js';
import { itemConsensus, listingItems, readHtml } from '../src/extract/index.js';
import {
  blockModel,
  foldOf,
  modelsOf,
  ruleDecisions,
  scoreBlocks,
  siteOf,
} from '../src/extract/classifier/index.js';

const WCXB = '.bench/wcxb-dev';
const OUT = '.bench/wcxb-blocks.json';

export interface SimBlock {
  text: string;
  /** The classifier's score after the item consensus and the listing rule. */
  score: number;
  tag: string;
  depth: number;
  /** The id of the element the block stands in (-1 at the top). */
  parent: number;
  /** Kept by the rules. */
  kept: boolean;
  linkChars: number;
}
export interface SimPage {
  id: string;
  type: string;
  /** The page's JSON-LD types and og:type ("og:article"), lowercased. */
  types: string[];
  truth: string;
  blocks: SimBlock[];
}

/** The bar a block's score must reach (barOf in src/extract/index.ts). */
export const atBar = (b: SimBlock, threshold = 0.5) =>
  b.score >= (/^(?:td|th|pre)$/.test(b.tag) ? threshold - 0.2 : threshold);

const i = process.argv.indexOf('--try');
if (i < 0) {
  if (!existsSync(`${WCXB}/metadata.json`)) throw new Error('run npm run eval:extract once first');
  const m = blockModel();
  if (!m) throw new Error('no block model');
  const { pages, html } = loadWcxb(WCXB);
  const out: SimPage[] = [];
  for (const p of pages) {
    const { page, x } = readHtml(html(p), { url: p.url });
    const rule = ruleDecisions(page, x);
    const models = modelsOf(m, foldOf(siteOf(p.domain), m.folds));
    const s = listingItems(page, itemConsensus(page, scoreBlocks(page, rule, models)), m.threshold);
    out.push({
      id: p.id,
      type: p.type,
      types: page.page.types,
      truth: p.truth.main,
      blocks: page.page.blocks.map((b, k) => ({
        text: b.text,
        score: Math.round(s[k] * 1000) / 1000,
        tag: b.tag,
        depth: b.stack.length,
        parent: b.stack[b.stack.length - 1] ?? -1,
        kept: b.kept,
        linkChars: b.linkChars,
      })),
    });
  }
  writeFileSync(OUT, JSON.stringify(out));
  console.log(`${out.length} pages written to ${OUT}`);
} else {
  const file = process.argv[i + 1];
  if (!file) throw new Error('usage: extract-blocks.ts --try FILE');
  const keep = (await import(pathToFileURL(path.resolve(file)).href)).default as (p: SimPage) => boolean[];
  const pages = JSON.parse(readFileSync(OUT, 'utf8')) as SimPage[];
  const body = (p: SimPage, on: boolean[]) =>
    p.blocks
      .filter((_, k) => on[k])
      .map((b) => b.text)
      .join('\n');
  const by = new Map<string, { n: number; before: number; after: number; better: number; worse: number }>();
  for (const p of pages) {
    const before = wordF1(
      body(
        p,
        p.blocks.map((b) => atBar(b)),
      ),
      p.truth,
    ).f1;
    const after = wordF1(body(p, keep(p)), p.truth).f1;
    const t = by.get(p.type) ?? { n: 0, before: 0, after: 0, better: 0, worse: 0 };
    t.n++;
    t.before += before;
    t.after += after;
    if (after > before + 1e-9) t.better++;
    if (after < before - 1e-9) t.worse++;
    by.set(p.type, t);
  }
  let before = 0;
  let after = 0;
  for (const [type, t] of by) {
    console.log(
      `${type.padEnd(14)} ${String(t.n).padStart(4)}  ${(t.before / t.n).toFixed(4)} -> ${(t.after / t.n).toFixed(4)}  +${t.better} -${t.worse}`,
    );
    before += t.before;
    after += t.after;
  }
  console.log(`all ${(before / pages.length).toFixed(4)} -> ${(after / pages.length).toFixed(4)}`);
}
