// npm run eval:time: the temporal layer on the labelled corpus, by region, and a speed line.
import { evaluateTimes, loadTimeCorpus, scores, type TimeCounts } from '../src/eval/time.js';
import { findTimes } from '../src/time/index.js';
import { table } from '../src/cli/format.js';
import { evaluateSeeds } from '../src/eval/seeds.js';
import { prfCells } from '../src/eval/prf.js';

const corpus = loadTimeCorpus('test/data/time/sentences.jsonl');
const heldout = loadTimeCorpus('test/data/time/heldout.jsonl');
const r = evaluateTimes(corpus, new Date('2026-11-23'));
const h = evaluateTimes(heldout, new Date('2026-11-23'));
const row = (name: string, c: TimeCounts) => {
  const s = scores(c);
  return [name, ...prfCells(c, s), s.resolution.toFixed(3), String(c.invented), String(c.spuriousDated)];
};
const rows = [...r.byRegion].sort().map(([k, c]) => row(k, c));
rows.push(row('all (development)', r.total));
rows.push(row('held-out', h.total));
console.log(
  `${corpus.length} development sentences, ${heldout.length} held-out sentences (written after the rules were frozen)`,
);
const seeds = evaluateSeeds('examples/seeds', 'test/fixtures/seeds.gold.json').rows.find(
  (x) => x.area === 'time',
)!;
rows.push([
  'seeds (gold file)',
  String(seeds.total),
  String(seeds.matched),
  '—',
  String(seeds.total - seeds.matched),
  '—',
  '—',
  '—',
  (seeds.matched / seeds.total).toFixed(3),
  '0',
  '—',
]);
console.log(
  table(
    ['region', 'gold', 'tp', 'fp', 'fn', 'P', 'R', 'F1', 'resolution', 'invented', 'spurious dated'],
    rows,
  ),
);

const big = corpus
  .map((s) => s.text)
  .join(' ')
  .repeat(20);
const t0 = performance.now();
const n = findTimes(big, { published: '2022-01-01' }).expressions.length;
const ms = performance.now() - t0;
console.log(
  `speed: ${n} expressions in ${(big.length / 1e6).toFixed(2)} M chars, ${(n / (ms / 1000)).toFixed(0)} expressions/s, ${(big.length / 1e6 / (ms / 1000)).toFixed(2)} M chars/s`,
);
if (process.argv.includes('--errors')) {
  for (const e of [...r.errors, ...h.errors])
    console.log(
      `${e.kind.padEnd(8)} ${e.id}  gold=${JSON.stringify(e.gold ?? null)}  got=${JSON.stringify(e.got ?? null)}`,
    );
}
