import { loadTrafilaturaSet, scoreSnippets, snippetMetrics } from '../src/eval/extract.js';
import { extract } from '../src/extract/index.js';
const { cases, html } = loadTrafilaturaSet('.bench/trafilatura-eval');
const acc = { tp: 0, fn: 0, fp: 0, tn: 0 };
let n = 0; const t0 = performance.now();
const per: { file: string; fn: number; fp: number }[] = [];
for (const c of cases) {
  const h = html(c); if (!h) continue; n++;
  const { text, extraction } = extract({ source: c.file, identity: c.url, kind: 'html', content: h, hints: {}, messages: [] });
  const body = extraction.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n');
  const a = { tp: 0, fn: 0, fp: 0, tn: 0 };
  scoreSnippets(body, c, a); scoreSnippets(body, c, acc);
  per.push({ file: c.file, fn: a.fn, fp: a.fp });
}
console.log(n, 'pages', ((performance.now() - t0) / n).toFixed(1), 'ms/page', acc, snippetMetrics(acc));
per.sort((a, b) => b.fn + b.fp - a.fn - a.fp);
console.log(per.slice(0, 15));
