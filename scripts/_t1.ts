import { readFileSync, readdirSync } from 'node:fs';
import { findTimes } from '../src/time/index.js';
const files = { '000': null, '001': '2020-02-04', '002': '2020-02-08', '003': null, '004': null } as Record<string, string|null>;
for (const f of Object.keys(files)) {
  const name = readdirSync('/work/main/examples/seeds').find((x: string) => x.startsWith(f));
  const t = readFileSync('/work/main/examples/seeds/' + name, 'utf8');
  const r = findTimes(t, { published: files[f] });
  console.log('==', f, r.anchor);
  for (const e of r.expressions) console.log(' ', JSON.stringify(e.text), e.value, e.granularity, e.derivation, e.weekday ?? '', e.month ?? '', e.rule);
}
