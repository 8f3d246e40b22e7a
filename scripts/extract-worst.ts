// Development aid: where Mirsad's extractor loses on WCXB-dev, each page scored by the block model
// that never saw its site (as eval:extract scores it). Prints each page type's mean word F1 and its
// worst pages (precision, recall, body and truth words); `--page ID` prints one page's blocks
// instead: the classifier's score, whether the body keeps the block, and whether its words run in
// the ground truth. Options: --types a,b (all), --worst N (8), --page ID, --dump FILE (each
// page's F1 as JSON, to compare two runs).
import { existsSync, writeFileSync } from 'node:fs';
import { loadWcxb, wordF1 } from '../src/eval/wcxb.js';
import { mirsad } from '../src/eval/extract-run.js';
import { itemConsensus, readHtml } from '../src/extract/index.js';
import {
  blockModel,
  foldOf,
  modelsOf,
  ruleDecisions,
  scoreBlocks,
  siteOf,
} from '../src/extract/classifier/index.js';

const WCXB = '.bench/wcxb-dev';
if (!existsSync(`${WCXB}/metadata.json`)) throw new Error('run npm run eval:extract once first');
const arg = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const types = arg('--types')?.split(',');
const worst = Number(arg('--worst') ?? 8);
const only = arg('--page');
const { pages, html } = loadWcxb(WCXB);
const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');

if (only) {
  const p = pages.find((x) => x.id === only);
  if (!p) throw new Error(`no page ${only}`);
  const h = html(p);
  const m = blockModel()!;
  const { page, x } = readHtml(h, { url: p.url });
  const rule = ruleDecisions(page, x);
  const s = itemConsensus(page, scoreBlocks(page, rule, modelsOf(m, foldOf(siteOf(p.domain), m.folds))));
  const truth = ` ${words(p.truth.main)} `;
  const f = wordF1(mirsad(h, p.url, p).body, p.truth.main);
  console.log(
    `${p.id} ${p.type} ${p.url} F1 ${f.f1.toFixed(3)} P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)}`,
  );
  page.page.blocks.forEach((b, i) => {
    const w = words(b.text);
    if (!w) return;
    const inBody = s[i] >= (/^(td|th|pre)$/.test(b.tag) ? 0.3 : 0.5) ? 'B' : '.';
    const inTruth = truth.includes(` ${w} `) ? 'T' : '.';
    const mark = inBody === 'B' && inTruth === '.' ? '+' : inBody === '.' && inTruth === 'T' ? '-' : ' ';
    console.log(
      `${mark}${inBody}${inTruth} ${String(i).padStart(4)} ${s[i].toFixed(2)} r${rule[i]} ${b.tag.padEnd(5)} d${b.stack.length} ${b.text.slice(0, 110)}`,
    );
  });
  process.exit(0);
}

const byType = new Map<
  string,
  { id: string; f1: number; p: number; r: number; got: number; want: number; url: string }[]
>();
for (const p of pages) {
  if (types && !types.includes(p.type)) continue;
  const h = html(p);
  const body = mirsad(h, p.url, p).body;
  const f = wordF1(body, p.truth.main);
  const list = byType.get(p.type) ?? [];
  list.push({
    id: p.id,
    f1: f.f1,
    p: f.precision,
    r: f.recall,
    got: words(body).split(' ').length,
    want: words(p.truth.main).split(' ').length,
    url: p.url,
  });
  byType.set(p.type, list);
}
const dump = arg('--dump');
if (dump)
  writeFileSync(
    dump,
    JSON.stringify(
      Object.fromEntries([...byType.values()].flat().map((x) => [x.id, Number(x.f1.toFixed(4))])),
    ),
  );
for (const [t, list] of byType) {
  const mean = list.reduce((a, x) => a + x.f1, 0) / list.length;
  const lowP = list.reduce((a, x) => a + (1 - x.p), 0) / list.length;
  const lowR = list.reduce((a, x) => a + (1 - x.r), 0) / list.length;
  console.log(
    `\n${t} (${list.length}): F1 ${mean.toFixed(3)}; mean 1-P ${lowP.toFixed(3)}, 1-R ${lowR.toFixed(3)}`,
  );
  for (const x of list.sort((a, b) => a.f1 - b.f1).slice(0, worst))
    console.log(
      `  ${x.id} F1 ${x.f1.toFixed(2)} P ${x.p.toFixed(2)} R ${x.r.toFixed(2)} words ${x.got}/${x.want} ${x.url.slice(0, 90)}`,
    );
}
