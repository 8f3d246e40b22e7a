import { loadTrafilaturaSet } from '../src/eval/extract.js';
import { extract } from '../src/extract/index.js';
import { renderHtml } from '../src/extract/html.js';
const { cases, html } = loadTrafilaturaSet('.bench/trafilatura-eval');
let cut = 0, miss = 0, leakR = 0, leakB = 0;
const cutEx: string[] = [];
for (const c of cases) {
  const h = html(c); if (!h) continue;
  const page = renderHtml(h);
  const { text, extraction } = extract({ source: c.file, identity: c.url, kind: 'html', content: h, hints: {}, messages: [] });
  const body = extraction.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n').replace(/\s+/g, ' ');
  const rt = page.text.replace(/\s+/g, ' ');
  for (const w0 of c.with) { const w = w0.replace(/\s+/g, ' ').trim(); if (!body.includes(w)) { if (rt.includes(w)) { cut++; if (cutEx.length < 40) cutEx.push(c.file + ' :: ' + w); } else miss++; } }
  for (const w0 of c.without) { const w = w0.replace(/\s+/g, ' ').trim(); if (rt.includes(w)) leakR++; if (body.includes(w)) leakB++; }
}
console.log({ cut, miss, leakRendered: leakR, leakBody: leakB });
console.log(cutEx.join('\n'));
