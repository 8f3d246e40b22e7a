// npm run eval: the pipeline against the seeds' gold, field by field.
import { evaluateSeeds } from '../src/eval/seeds.js';
import { table } from '../src/cli/format.js';

const r = evaluateSeeds('examples/seeds', 'test/fixtures/seeds.gold.json');
const rows = r.rows.map((x) => [
  x.area,
  String(x.matched),
  String(x.total),
  (x.total ? x.matched / x.total : 1).toFixed(3),
]);
const all = r.rows.reduce((a, x) => ({ m: a.m + x.matched, t: a.t + x.total }), { m: 0, t: 0 });
rows.push(['all', String(all.m), String(all.t), (all.m / all.t).toFixed(3)]);
console.log(table(['area', 'matched', 'total', 'score'], rows));
console.log(`invented dates: ${r.inventedDates.length}`);
for (const c of r.checks.filter((x) => !x.ok))
  console.log(
    `MISS ${c.area}: ${c.item}\n   got  ${JSON.stringify(c.got)}\n   want ${JSON.stringify(c.want)}`,
  );
for (const i of r.inventedDates) console.log(`INVENTED ${i.doc}: "${i.text}" -> ${i.value}`);
process.exitCode = all.m === all.t && r.inventedDates.length === 0 ? 0 : 1;
