import { readFileSync, readdirSync } from 'node:fs';
import { extractFromLines } from '../src/extract/text.js';
const gold = JSON.parse(readFileSync('test/fixtures/seeds.gold.json', 'utf8'));
for (const g of gold.documents) {
  const t = readFileSync('examples/seeds/' + g.file, 'utf8');
  const x = extractFromLines(t);
  const paras = x.paragraphs.map((p) => t.slice(p.span.start, p.span.end));
  const body = paras.join('\n');
  console.log('==', g.file);
  console.log(' title', x.title?.value === g.title, x.title?.value);
  console.log(' outlet', x.outlet?.value ?? null, '| gold', g.outlet);
  console.log(' author', x.author?.value ?? null, '| gold', g.author);
  console.log(' published', JSON.stringify(x.published?.value ?? null), x.published?.sourceText, '| gold', JSON.stringify(g.published));
  console.log(' paras', paras.length, g.body_paragraphs, paras[0] === g.body_first, paras.at(-1) === g.body_last);
  for (const n of g.not_in_body) if (body.includes(n)) console.log('  LEAK', n);
  console.log(' furniture', x.furniture.map((f) => f.kind + ':' + f.text.slice(0, 20)).join(' | '));
}
