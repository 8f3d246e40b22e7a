// Development aid: per-page errors of Mirsad's extractor on trafilatura's evaluation set
// (missing "with" snippets = FN, present "without" snippets = FP), as JSON lines.
import { existsSync } from 'node:fs';
import { loadTrafilaturaSet } from '../src/eval/extract.js';
import { extract } from '../src/extract/index.js';

const DIR = '.bench/trafilatura-eval';
if (!existsSync(`${DIR}/tests/evaldata.json`)) throw new Error('run npm run eval:extract once first');
const { cases, html } = loadTrafilaturaSet(DIR);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
for (const c of cases) {
  const h = html(c);
  if (h === null) continue;
  const { text, extraction } = extract({
    source: c.url,
    identity: c.url,
    kind: 'html',
    content: h,
    hints: {},
    messages: [],
  });
  const body = squash(extraction.paragraphs.map((p) => text.slice(p.span.start, p.span.end)).join('\n'));
  const fn = c.with.filter((w) => !body.includes(squash(w)));
  const fp = c.without.filter((w) => body.includes(squash(w)));
  if (fn.length || fp.length)
    console.log(JSON.stringify({ file: c.file, url: c.url, fn, fp, bodyChars: body.length }));
}
