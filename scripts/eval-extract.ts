// npm run eval:extract: body extraction on trafilatura's evaluation set (../shared/bench),
// Mirsad and Readability.js (with linkedom) on the same pages in the same run; then the
// seeds' gold. Pass --bench to print pages/s and peak RSS too.
import { existsSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { loadTrafilaturaSet, scoreSnippets, snippetMetrics, type SnippetScore } from '../src/eval/extract.js';
import { extract } from '../src/extract/index.js';
import { evaluateSeeds } from '../src/eval/seeds.js';
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
console.log(`trafilatura evaluation set (${pages.length} pages); published: trafilatura 0.909 F1, Readability.js 0.874`);
console.log(table(['extractor', 'pages', 'precision', 'recall', 'F1', 'accuracy', 'pages/s', 'peak RSS'], rows));

const seeds = evaluateSeeds('examples/seeds', 'test/fixtures/seeds.gold.json');
const seedRows = seeds.rows.filter((r) => r.area === 'metadata' || r.area === 'body').map((r) => [r.area, `${r.matched}/${r.total}`]);
console.log('\nseeds (plain text):');
console.log(table(['field group', 'matched'], seedRows));
