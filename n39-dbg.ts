import { findEntities } from './src/entities/index.js';
import { tokenize } from './src/arabic/tokenize.js';
import { readFileSync } from 'node:fs';
const id = process.argv[2];
for (const f of ['heldout-real20.jsonl','heldout-real21.jsonl','heldout-real19.jsonl','heldout-real17.jsonl']) for (const l of readFileSync('test/data/entities/'+f,'utf8').split('\n')) {
  if (!l.includes(`"${id}"`)) continue;
  const text = JSON.parse(l).text.replace(/\[\[([^|\]]+)\|[^\]]*\]\]/g, '$1');
  for (const m of findEntities(text, tokenize(text), { date: '2024-01-01' })) console.log(m.span.start, m.text, m.entity.type, m.via, m.nested ? 'nested' : '');
}
