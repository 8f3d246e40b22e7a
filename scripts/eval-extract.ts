// npm run eval:extract: body and metadata extraction, Mirsad beside Readability.js (linkedom),
// in one run: WCXB-dev (1,355 pages, seven page types; the benchmark's word F1) and
// trafilatura's set (snippets), each extractor in its own process for its own peak memory;
// their speed in a third process that times both page by page, interleaved (timeInterleaved);
// then the seeds, the Arabic pages, and publication dates of real Arabic reports.
// `--run mirsad|readability|speed` is a child (writes .bench/run-<name>.json);
// `--reuse readability` prints that extractor's last run again instead of running it;
// `--no-speed` leaves the interleaved timing out.
// To iterate on a part: `--types listing,product` (WCXB page types), `--limit N` (the first N
// pages of each set), `--no-traf` (WCXB only), `--no-extras` (no seeds, Arabic pages, dates);
// `--dump FILE` writes each page's output and score, one JSON line a page, to FILE-<extractor>.jsonl
// (to diff two runs page by page); a part's run is saved apart (.bench/run-<name>-<part>.json) and reused only by the same part.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { snippetMetrics } from '../src/eval/extract.js';
import {
  mirsad,
  readability,
  runBenchmarks,
  speedRatios,
  timeInterleaved,
  type BenchSubset,
  type Extractor,
  type PageResult,
  type RunResult,
  type SpeedResult,
} from '../src/eval/extract-run.js';
import { evaluateSeeds } from '../src/eval/seeds.js';
import { arabicPages, bodyOverlap } from '../src/eval/arabic-pages.js';
import { publicationDates } from '../src/eval/published.js';
import { decode } from '../src/ingest/decode.js';
import { normalize } from '../src/arabic/normalize.js';
import { table } from '../src/cli/format.js';

const SHARED = '../shared/bench';
const WCXB = '.bench/wcxb-dev';
const TRAF = '.bench/trafilatura-eval';
const EXTRACTORS: Record<string, Extractor> = { mirsad, readability };

const argOf = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const subset: BenchSubset = {
  types: argOf('--types')?.split(',').filter(Boolean),
  limit: argOf('--limit') ? Number(argOf('--limit')) : undefined,
  noTrafilatura: process.argv.includes('--no-traf'),
};
const dumpTo = argOf('--dump');
const part = [subset.types?.join('+'), subset.limit && `n${subset.limit}`, subset.noTrafilatura && 'notraf']
  .filter(Boolean)
  .join('-');
const passOn = process.argv.slice(2).filter((a, i, all) => a !== '--reuse' && all[i - 1] !== '--reuse');
const runIdx = process.argv.indexOf('--run');
const saved = (name: string) => `.bench/run-${name}${part ? `-${part}` : ''}.json`;
if (runIdx >= 0) {
  const name = process.argv[runIdx + 1];
  const result =
    name === 'speed'
      ? timeInterleaved(WCXB, TRAF, subset)
      : runBenchmarks(EXTRACTORS[name], WCXB, TRAF, {
          ...subset,
          dump: dumpTo && `${dumpTo}-${name}.jsonl`,
        });
  writeFileSync(saved(name), JSON.stringify(result));
  process.exit(0);
}
const reuse = new Set(process.argv.flatMap((a, i) => (process.argv[i - 1] === '--reuse' ? [a] : [])));

mkdirSync('.bench', { recursive: true });
if (!existsSync(`${WCXB}/metadata.json`))
  execFileSync('tar', ['-xzf', `${SHARED}/wcxb-dev.tar.gz`, '-C', '.bench']);
if (!existsSync(`${TRAF}/tests/evaldata.json`))
  execFileSync('tar', ['-xzf', `${SHARED}/trafilatura-eval.tar.gz`, '-C', '.bench']);

const self = fileURLToPath(import.meta.url);
const child = <T>(name: string): T => {
  if (!(reuse.has(name) && existsSync(saved(name)))) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, ...passOn, '--run', name], {
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error(`${name} run failed`);
  }
  return JSON.parse(readFileSync(saved(name), 'utf8')) as T;
};
const runs: Record<string, RunResult> = {};
for (const name of Object.keys(EXTRACTORS)) runs[name] = child<RunResult>(name);
const speed = process.argv.includes('--no-speed') ? null : child<SpeedResult>('speed');

const TYPES = ['article', 'service', 'forum', 'listing', 'product', 'collection', 'documentation'];
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const f1Of = (rs: PageResult[]) => mean(rs.map((r) => r.f1)).toFixed(3);
const label: Record<string, string> = {
  mirsad: 'mirsad (held-out by site)',
  readability: 'readability.js (linkedom)',
};
const all = Object.entries(runs);
const n = all[0][1].wcxb.length;
const counts = TYPES.map((t) => all[0][1].wcxb.filter((r) => r.type === t).length);

console.log(
  `WCXB-dev (${n} pages; word F1 per page, averaged); published on their 1,497-page dev: rs-trafilatura 0.859, trafilatura 0.791, Readability 0.675`,
);
console.log(
  table(
    ['extractor', 'all', 'P', 'R', ...TYPES.map((t, i) => `${t} (${counts[i]})`), 'pages/s', 'peak RSS'],
    all.map(([k, r]) => [
      label[k],
      f1Of(r.wcxb),
      mean(r.wcxb.map((x) => x.precision)).toFixed(3),
      mean(r.wcxb.map((x) => x.recall)).toFixed(3),
      ...TYPES.map((t) => f1Of(r.wcxb.filter((x) => x.type === t))),
      (r.wcxb.length / r.wcxbSeconds).toFixed(1),
      `${r.peakRssMb.toFixed(0)} MB`,
    ]),
  ),
);
// Speed over both sets: both extractors timed page by page in one process, interleaved (CPU time).
if (speed) {
  const { total, medianPerPage } = speedRatios(speed);
  const ms = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const perSec = (xs: number[]) => ((xs.length * 1000) / Math.max(1e-9, ms(xs))).toFixed(1);
  console.log(
    `speed (WCXB-dev and trafilatura's set, ${speed.pages} pages timed interleaved page by page after ${speed.warmup} untimed, pages per CPU second): mirsad ${perSec(speed.mirsadMs)} pages/s, readability.js ${perSec(speed.readabilityMs)} pages/s: ${total.toFixed(2)}× in total, ${medianPerPage.toFixed(2)}× the median page`,
  );
}
const share = (rs: PageResult[], f: 'title' | 'author' | 'date') => {
  const known = rs.filter((r) => r[f] !== null);
  return `${known.filter((r) => r[f] === 1).length}/${known.length} (${(mean(known.map((r) => r[f]!)) * 100).toFixed(1)}%)`;
};
console.log('\nWCXB-dev articles, metadata (over articles whose ground truth has the field):');
console.log(
  table(
    ['extractor', 'title', 'author', 'date'],
    all.map(([k, r]) => {
      const arts = r.wcxb.filter((x) => x.type === 'article');
      return [label[k], share(arts, 'title'), share(arts, 'author'), share(arts, 'date')];
    }),
  ),
);

if (all[0][1].trafilatura.pages) {
  console.log(
    `\ntrafilatura evaluation set (${all[0][1].trafilatura.pages} pages; snippets); published: trafilatura 0.909 F1, Readability.js 0.874`,
  );
  console.log(
    table(
      ['extractor', 'precision', 'recall', 'F1', 'accuracy', 'pages/s'],
      all.map(([k, r]) => {
        const m = snippetMetrics(r.trafilatura);
        return [
          label[k],
          m.precision.toFixed(3),
          m.recall.toFixed(3),
          m.f1.toFixed(3),
          m.accuracy.toFixed(3),
          (r.trafilatura.pages / r.trafilaturaSeconds).toFixed(1),
        ];
      }),
    ),
  );
}

if (process.argv.includes('--no-extras')) process.exit(0);
const seeds = evaluateSeeds('examples/seeds', 'test/fixtures/seeds.gold.json');
console.log('\nseeds (plain text):');
console.log(
  table(
    ['field group', 'matched'],
    seeds.rows
      .filter((r) => r.area === 'metadata' || r.area === 'body')
      .map((r) => [r.area, `${r.matched}/${r.total}`]),
  ),
);

// --- Arabic pages -------------------------------------------------------------------------
const pagesAr = arabicPages('examples/seeds', 'test/fixtures/seeds.gold.json');
const same = (a: string | null, b: string | null) => normalize(a ?? '') === normalize(b ?? '');
const arRows: string[][] = [];
for (const [name, fn] of Object.entries(EXTRACTORS)) {
  let tp = 0,
    fp = 0,
    fn_ = 0,
    title = 0,
    author = 0,
    outlet = 0,
    date = 0,
    exact = 0;
  for (const p of pagesAr) {
    const html = decode(p.bytes).text;
    const o = fn(html, 'page');
    const b = bodyOverlap(o.body, p.gold.body);
    tp += b.tp;
    fp += b.fp;
    fn_ += b.fn;
    if (b.fp === 0 && b.fn === 0) exact++;
    if (same(o.title, p.gold.title)) title++;
    if (same(o.author, p.gold.author)) author++;
    if (same(o.outlet, p.gold.outlet)) outlet++;
    if ((o.published ?? '').slice(0, 10) === (p.gold.published ?? '').slice(0, 10)) date++;
  }
  const P = tp / Math.max(1, tp + fp),
    R = tp / Math.max(1, tp + fn_);
  const k = pagesAr.length;
  arRows.push([
    label[name],
    String(k),
    P.toFixed(3),
    R.toFixed(3),
    ((2 * P * R) / (P + R)).toFixed(3),
    `${exact}/${k}`,
    `${title}/${k}`,
    `${author}/${k}`,
    `${outlet}/${k}`,
    `${date}/${k}`,
  ]);
}
const arDir = mkdtempSync(path.join(tmpdir(), 'mirsad-ar-'));
const arFiles = pagesAr.map(
  (p, i) => (writeFileSync(path.join(arDir, `${i}.html`), p.bytes), path.join(arDir, `${i}.html`)),
);
const lxmlAr = lxmlTexts(arFiles);
if (lxmlAr) {
  let tp = 0,
    fp = 0,
    fn_ = 0,
    exact = 0;
  pagesAr.forEach((p, i) => {
    const b = bodyOverlap(lxmlAr.texts[arFiles[i]] ?? '', p.gold.body);
    tp += b.tp;
    fp += b.fp;
    fn_ += b.fn;
    if (b.fp === 0 && b.fn === 0) exact++;
  });
  const P = tp / Math.max(1, tp + fp),
    R = tp / Math.max(1, tp + fn_);
  arRows.push([
    'readability-lxml (python3-readability)',
    String(pagesAr.length),
    P.toFixed(3),
    R.toFixed(3),
    ((2 * P * R) / (P + R)).toFixed(3),
    `${exact}/${pagesAr.length}`,
    '—',
    '—',
    '—',
    '—',
  ]);
}
console.log(
  `\nArabic pages (the seeds in WordPress, news-CMS and AMP templates written for this project, one in windows-1256):`,
);
console.log(
  table(
    ['extractor', 'pages', 'body P', 'body R', 'body F1', 'body exact', 'title', 'author', 'outlet', 'date'],
    arRows,
  ),
);

// --- Publication dates of real Arabic reports ----------------------------------------------
const pd = publicationDates(`${SHARED}/real-reports-dev.jsonl`);
console.log(
  `\nPublication date of real Arabic reports (${SHARED}/real-reports-dev.jsonl, the hint blanked; from the text and the URL):`,
);
console.log(
  table(
    ['records', 'right', 'wrong', 'missed', 'given where the labels have none'],
    [
      [
        String(pd.dated),
        String(pd.right),
        String(pd.wrong.length),
        String(pd.missed.length),
        `${pd.invented.length}/${pd.undated}`,
      ],
    ],
  ),
);
for (const w of [...pd.wrong, ...pd.missed, ...pd.invented]) console.log(`  ${w}`);
console.log(
  `outlet: ${pd.outlets.right}/${pd.outlets.labelled} labelled outlets named alike, an outlet given for ${pd.outlets.given}/${pd.dated + pd.undated} reports`,
);

// readability-lxml (Debian python3-readability), when installed, on the same pages.
function lxmlTexts(files: string[]): { texts: Record<string, string>; seconds: number } | null {
  const PY = '/usr/bin/python3';
  if (spawnSync(PY, ['-c', 'import readability'], { encoding: 'utf8' }).status !== 0) return null;
  const r = spawnSync(PY, ['scripts/readability_lxml.py'], {
    input: JSON.stringify(files),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return r.status === 0 ? JSON.parse(r.stdout) : null;
}
