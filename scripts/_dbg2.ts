import { readFileSync } from 'node:fs';
import { describeMain, renderHtml } from '../src/extract/html.js';
for (const f of process.argv.slice(2)) {
  const h = readFileSync('.bench/trafilatura-eval/tests/eval/' + f, 'utf8');
  console.log(f, describeMain(h));
  console.log(renderHtml(h).text.slice(0, 600).replace(/\n+/g, ' | '));
}
