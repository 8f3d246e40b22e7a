// npm run eval:cluster: event and story clusters on the seeds and on the labelled reports,
// with the temporal constraints and without them (ablation). --errors lists the mistakes.
import { analyzeReports, loadReports, predict, score } from '../src/eval/cluster.js';
import { evaluateSeeds } from '../src/eval/seeds.js';
import { table } from '../src/cli/format.js';

const reports = loadReports('test/data/cluster/reports.jsonl');
const docs = analyzeReports(reports);
const gold = reports.map((r) => r.event);
const goldStories = reports.map((r) => r.story);
const withDates = predict(reports, docs);
const noDates = predict(reports, docs, { useDates: false });
const row = (name: string, s: ReturnType<typeof score>) => [
  name,
  String(s.found),
  String(s.clusters),
  s.pairwise.precision.toFixed(3),
  s.pairwise.recall.toFixed(3),
  s.pairwise.f1.toFixed(3),
  s.b3.precision.toFixed(3),
  s.b3.recall.toFixed(3),
  s.b3.f1.toFixed(3),
];
const seeds = evaluateSeeds('examples/seeds', 'test/fixtures/seeds.gold.json').rows.find(
  (r) => r.area === 'clusters',
)!;
console.log(
  `${reports.length} reports of ${new Set(gold).size} events in ${new Set(goldStories).size} stories; seeds: ${seeds.matched}/${seeds.total} cluster checks (4 events, 1 story)`,
);
console.log(
  table(
    ['clusters', 'found', 'predicted', 'pair P', 'pair R', 'pair F1', 'B³ P', 'B³ R', 'B³ F1'],
    [
      row(
        'events',
        score(
          gold,
          withDates.map((p) => p.event),
        ),
      ),
      row(
        'events, no dates (ablation)',
        score(
          gold,
          noDates.map((p) => p.event),
        ),
      ),
      row(
        'stories',
        score(
          goldStories,
          withDates.map((p) => p.story),
        ),
      ),
    ],
  ),
);
if (process.argv.includes('--errors')) {
  const byPred = new Map<string, string[]>();
  withDates.forEach((p, i) =>
    byPred.set(p.event ?? `none-${i}`, [
      ...(byPred.get(p.event ?? `none-${i}`) ?? []),
      `${reports[i].id}:${gold[i]}`,
    ]),
  );
  for (const [k, v] of byPred)
    if (new Set(v.map((x) => x.split(':')[1])).size > 1) console.log('MERGED WRONGLY', k, v.join(' '));
  const byGold = new Map<string, Set<string>>();
  withDates.forEach((p, i) =>
    byGold.set(gold[i], new Set([...(byGold.get(gold[i]) ?? []), p.event ?? `none:${reports[i].id}`])),
  );
  for (const [g, s] of byGold) if (s.size > 1) console.log('SPLIT', g, [...s].join(' '));
  const byStory = new Map<string, string[]>();
  withDates.forEach((p, i) => {
    const k = p.story ?? `none-${i}`;
    byStory.set(k, [...(byStory.get(k) ?? []), `${reports[i].id}:${goldStories[i]}`]);
  });
  for (const [k, v] of byStory)
    if (new Set(v.map((x) => x.split(':')[1])).size > 1) console.log('STORY JOINS THREADS', k, v.join(' '));
}
