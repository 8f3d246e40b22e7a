import { loadTrafilaturaSet } from '../src/eval/extract.js';
import { extract } from '../src/extract/index.js';
import { renderHtml } from '../src/extract/html.js';
const { cases, html } = loadTrafilaturaSet('.bench/trafilatura-eval');
const files = process.argv.slice(2);
for (const c of cases.filter((x) => files.includes(x.file))) {
  const h = html(c)!;
  const page = renderHtml(h);
  const { text, extraction } = extract({ source: c.file, identity: c.url, kind: 'html', content: h, hints: {}, messages: [] });
  const body = extraction.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n');
  console.log('=====', c.file, 'rendered', page.text.length, 'body', body.length);
  for (const w of c.with) console.log(body.includes(w) ? ' ok  ' : (page.text.includes(w) ? ' CUT ' : ' MISS'), w.slice(0, 80));
  for (const w of c.without) if (body.includes(w)) console.log(' LEAK', w.slice(0, 80));
}
