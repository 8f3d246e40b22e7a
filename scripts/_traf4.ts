import { loadTrafilaturaSet } from '../src/eval/extract.js';
import { extract } from '../src/extract/index.js';
const { cases, html } = loadTrafilaturaSet('.bench/trafilatura-eval');
const out: string[] = [];
for (const c of cases) {
  const h = html(c); if (!h) continue;
  const { text, extraction } = extract({ source: c.file, identity: c.url, kind: 'html', content: h, hints: {}, messages: [] });
  const body = extraction.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n').replace(/\s+/g, ' ');
  for (const w0 of c.without) { const w = w0.replace(/\s+/g, ' ').trim(); if (body.includes(w)) out.push(c.file.slice(0, 40).padEnd(40) + ' :: ' + w.slice(0, 90)); }
}
console.log(out.length); console.log(out.slice(0, 120).join('\n'));
