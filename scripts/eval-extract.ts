// npm run eval:extract: body extraction on trafilatura's evaluation set (../shared/bench),
// Mirsad and Readability.js (with linkedom) on the same pages in the same run; then the
// seeds' gold. Pass --bench to print pages/s and peak RSS too.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { loadTrafilaturaSet, scoreSnippets, snippetMetrics, type SnippetScore } from '../src/eval/extract.js';
import { extract } from '../src/extract/index.js';
import { evaluateSeeds } from '../src/eval/seeds.js';
import { arabicPages, bodyOverlap } from '../src/eval/arabic-pages.js';
import { decode } from '../src/ingest/decode.js';
import { normalize } from '../src/arabic/normalize.js';
import { table } from '../src/cli/format.js';

const DIR = '.bench/trafilatura-eval';
if (!existsSync(`${DIR}/tests/evaldata.json`)) {
  mkdirSync('.bench', { recursive: true });
  execFileSync('tar', ['-xzf', '../shared/bench/trafilatura-eval.tar.gz', '-C', '.bench']);
}
const { cases, html } = loadTrafilaturaSet(DIR);
const pages = cases.map((c) => ({ c, h: html(c) })).filter((p): p is { c: (typeof cases)[number]; h: string } => p.h !== null);

type Extractor = (h: string, url: string) => string;
const mirsad: Extractor = (h, url) => {
  const { text, extraction } = extract({ source: url, identity: url, kind: 'html', content: h, hints: {}, messages: [] });
  return extraction.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n');
};
const readability: Extractor = (h) => {
  try {
    const { document } = parseHTML(h);
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
};

const rows: string[][] = [];
for (const [name, fn] of [['mirsad', mirsad], ['readability.js (linkedom)', readability]] as const) {
  const acc: SnippetScore = { tp: 0, fn: 0, fp: 0, tn: 0 };
  let peak = 0;
  const t0 = performance.now();
  for (const { c, h } of pages) {
    scoreSnippets(fn(h, c.url), c, acc);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const s = (performance.now() - t0) / 1000;
  const m = snippetMetrics(acc);
  rows.push([name, String(pages.length), m.precision.toFixed(3), m.recall.toFixed(3), m.f1.toFixed(3), m.accuracy.toFixed(3), (pages.length / s).toFixed(1), `${(peak / 1024 / 1024).toFixed(0)} MB`]);
}
// readability-lxml (Debian python3-readability), when installed, on the same pages.
const PY = '/usr/bin/python3';
function lxmlTexts(files: string[]): { texts: Record<string, string>; seconds: number } | null {
  const probe = spawnSync(PY, ['-c', 'import readability'], { encoding: 'utf8' });
  if (probe.status !== 0) return null;
  const r = spawnSync(PY, ['scripts/readability_lxml.py'], { input: JSON.stringify(files), encoding: 'utf8', maxBuffer: 1 << 30 });
  return r.status === 0 ? JSON.parse(r.stdout) : null;
}
const lxml = lxmlTexts(pages.map(({ c }) => path.join(DIR, 'tests/eval', c.file)));
if (lxml) {
  const acc: SnippetScore = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const { c } of pages) scoreSnippets(lxml.texts[path.join(DIR, 'tests/eval', c.file)] ?? '', c, acc);
  const m = snippetMetrics(acc);
  rows.push(['readability-lxml (python3-readability)', String(pages.length), m.precision.toFixed(3), m.recall.toFixed(3), m.f1.toFixed(3), m.accuracy.toFixed(3), (pages.length / lxml.seconds).toFixed(1), '—']);
} else {
  rows.push(['readability-lxml', 'not installed (apt-get install python3-readability)', '', '', '', '', '', '']);
}
console.log(`trafilatura evaluation set (${pages.length} pages); published: trafilatura 0.909 F1, Readability.js 0.874`);
console.log(table(['extractor', 'pages', 'precision', 'recall', 'F1', 'accuracy', 'pages/s', 'peak RSS'], rows));

const seeds = evaluateSeeds('examples/seeds', 'test/fixtures/seeds.gold.json');
const seedRows = seeds.rows.filter((r) => r.area === 'metadata' || r.area === 'body').map((r) => [r.area, `${r.matched}/${r.total}`]);
console.log('\nseeds (plain text):');
console.log(table(['field group', 'matched'], seedRows));

// --- Arabic pages -------------------------------------------------------------------------
const pagesAr = arabicPages('examples/seeds', 'test/fixtures/seeds.gold.json');
interface Out { body: string; title: string | null; author: string | null; outlet: string | null; published: string | null }
const mirsadAr = (html: string): Out => {
  const { text, extraction: x } = extract({ source: 'page', identity: 'page', kind: 'html', content: html, hints: {}, messages: [] });
  return { body: x.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n'), title: x.title?.value ?? null, author: x.author?.value ?? null, outlet: x.outlet?.value ?? null, published: x.published?.value.value ?? null };
};
const readabilityAr = (html: string): Out => {
  const { document } = parseHTML(html);
  const r = new Readability(document as unknown as Document).parse();
  return { body: r?.textContent ?? '', title: r?.title ?? null, author: r?.byline ?? null, outlet: r?.siteName ?? null, published: r?.publishedTime ?? null };
};
const same = (a: string | null, b: string | null) => normalize(a ?? '') === normalize(b ?? '');
const arRows: string[][] = [];
for (const [name, fn] of [['mirsad', mirsadAr], ['readability.js (linkedom)', readabilityAr]] as const) {
  let tp = 0, fp = 0, fn_ = 0, title = 0, author = 0, outlet = 0, date = 0, exact = 0;
  for (const p of pagesAr) {
    const html = decode(p.bytes).text;
    const o = fn(html);
    const b = bodyOverlap(o.body, p.gold.body);
    tp += b.tp; fp += b.fp; fn_ += b.fn;
    if (b.fp === 0 && b.fn === 0) exact++;
    if (same(o.title, p.gold.title)) title++;
    if (same(o.author, p.gold.author)) author++;
    if (same(o.outlet, p.gold.outlet)) outlet++;
    if ((o.published ?? '').slice(0, 10) === (p.gold.published ?? '').slice(0, 10)) date++;
  }
  const P = tp / Math.max(1, tp + fp), R = tp / Math.max(1, tp + fn_);
  const n = pagesAr.length;
  arRows.push([name, String(n), P.toFixed(3), R.toFixed(3), ((2 * P * R) / (P + R)).toFixed(3), `${exact}/${n}`, `${title}/${n}`, `${author}/${n}`, `${outlet}/${n}`, `${date}/${n}`]);
}
const arDir = mkdtempSync(path.join(tmpdir(), 'mirsad-ar-'));
const arFiles = pagesAr.map((p, i) => {
  const f = path.join(arDir, `${i}.html`);
  writeFileSync(f, p.bytes);
  return f;
});
const lxmlAr = lxmlTexts(arFiles);
if (lxmlAr) {
  let tp = 0, fp = 0, fn_ = 0, exact = 0;
  pagesAr.forEach((p, i) => {
    const b = bodyOverlap(lxmlAr.texts[arFiles[i]] ?? '', p.gold.body);
    tp += b.tp; fp += b.fp; fn_ += b.fn;
    if (b.fp === 0 && b.fn === 0) exact++;
  });
  const P = tp / Math.max(1, tp + fp), R = tp / Math.max(1, tp + fn_);
  arRows.push(['readability-lxml (python3-readability)', String(pagesAr.length), P.toFixed(3), R.toFixed(3), ((2 * P * R) / (P + R)).toFixed(3), `${exact}/${pagesAr.length}`, '—', '—', '—', '—']);
}
console.log(`\nArabic pages (the seeds in WordPress, news-CMS and AMP templates written for this project, one in windows-1256):`);
console.log(table(['extractor', 'pages', 'body P', 'body R', 'body F1', 'body exact', 'title', 'author', 'outlet', 'date'], arRows));
