// npm run eval:entities: the entity layer on labelled sentences (mentions by type, linking,
// names the KB does not hold), the seeds' actors and places, and the KB's load time and size.
// `--errors` lists every set's errors; `--set real11` scores one set alone and lists its errors.
import { performance } from 'node:perf_hooks';
const t0 = performance.now();
const { loadKb } = await import('../src/entities/kb.js');
const rss0 = process.memoryUsage().rss;
const kb = loadKb();
const loadMs = performance.now() - t0;
const kbMb = (process.memoryUsage().rss - rss0) / 1e6;
const { prfCells } = await import('../src/eval/prf.js');
const { entityScores, evaluateAnaphora, evaluateEntities, kbPlaceIds, loadEntityCorpus } = await import(
  '../src/eval/entities.js'
);
type EntityCounts = import('../src/eval/entities.js').EntityCounts;
const { evaluateSeedEntities } = await import('../src/eval/seed-entities.js');
const { table } = await import('../src/cli/format.js');
const { tokenize } = await import('../src/arabic/tokenize.js');
const { findEntities } = await import('../src/entities/index.js');
const { tagNames } = await import('../src/entities/tagger/index.js');
const t2 = performance.now();
tagNames('', []);
const taggerMs = performance.now() - t2;

// The development set, then the held-out sets in the order they were written. The name tagger is
// trained on the development sentences too (data/ner/README.md): its development row is optimistic.
const setArg = process.argv.indexOf('--set');
const only = setArg > 0 ? process.argv[setArg + 1] : null;
const sets = [
  { name: 'development, tagger trained on it', file: 'sentences.jsonl', label: '' },
  { name: 'held-out', file: 'heldout.jsonl', label: ' held-out' },
  { name: 'held-out 2', file: 'heldout2.jsonl', label: ' held-out 2' },
  { name: 'held-out 3', file: 'heldout3.jsonl', label: ' held-out 3' },
  { name: 'held-out 4', file: 'heldout4.jsonl', label: ' held-out 4' },
  { name: 'held-out real (paraphrased pages)', file: 'heldout-real.jsonl', label: ' held-out real' },
  { name: 'held-out real 6 (paraphrased pages)', file: 'heldout-real6.jsonl', label: ' held-out real 6' },
  { name: 'held-out real 7 (paraphrased pages)', file: 'heldout-real7.jsonl', label: ' held-out real 7' },
  { name: 'held-out real 8 (paraphrased pages)', file: 'heldout-real8.jsonl', label: ' held-out real 8' },
  { name: 'held-out real 9 (paraphrased pages)', file: 'heldout-real9.jsonl', label: ' held-out real 9' },
  { name: 'held-out real 10 (paraphrased pages)', file: 'heldout-real10.jsonl', label: ' held-out real 10' },
  { name: 'held-out real 11 (paraphrased pages)', file: 'heldout-real11.jsonl', label: ' held-out real 11' },
  { name: 'held-out real 12 (paraphrased pages)', file: 'heldout-real12.jsonl', label: ' held-out real 12' },
  { name: 'held-out real 13 (paraphrased pages)', file: 'heldout-real13.jsonl', label: ' held-out real 13' },
  { name: 'held-out real 14 (paraphrased pages)', file: 'heldout-real14.jsonl', label: ' held-out real 14' },
  { name: 'held-out real 15 (paraphrased pages)', file: 'heldout-real15.jsonl', label: ' held-out real 15' },
  { name: 'held-out real 16 (paraphrased pages)', file: 'heldout-real16.jsonl', label: ' held-out real 16' },
  { name: 'held-out real 17 (paraphrased pages)', file: 'heldout-real17.jsonl', label: ' held-out real 17' },
  { name: 'held-out real 18 (paraphrased pages)', file: 'heldout-real18.jsonl', label: ' held-out real 18' },
  { name: 'held-out real 19 (paraphrased pages)', file: 'heldout-real19.jsonl', label: ' held-out real 19' },
  { name: 'held-out real 20 (paraphrased pages)', file: 'heldout-real20.jsonl', label: ' held-out real 20' },
  { name: 'held-out real 21 (paraphrased pages)', file: 'heldout-real21.jsonl', label: ' held-out real 21' },
  { name: 'held-out real 22 (paraphrased pages)', file: 'heldout-real22.jsonl', label: ' held-out real 22' },
  { name: 'held-out real 23 (paraphrased pages)', file: 'heldout-real23.jsonl', label: ' held-out real 23' },
  { name: 'held-out real 24 (paraphrased pages)', file: 'heldout-real24.jsonl', label: ' held-out real 24' },
  { name: 'held-out real 25 (paraphrased pages)', file: 'heldout-real25.jsonl', label: ' held-out real 25' },
  { name: 'held-out real 26 (paraphrased pages)', file: 'heldout-real26.jsonl', label: ' held-out real 26' },
]
  // `--set real11` (a file's name without "heldout-"/".jsonl", or the whole name): that set only, with its errors.
  .filter((set) => !only || [set.file, set.file.replace(/^heldout-?|\.jsonl$/g, '')].includes(only))
  .map((set) => {
    const corpus = loadEntityCorpus(`test/data/entities/${set.file}`);
    return { ...set, corpus, result: evaluateEntities(corpus), rulesOnly: evaluateEntities(corpus, false) };
  });
const row = (name: string, c: EntityCounts) => {
  const s = entityScores(c);
  return [name, ...prfCells(c, s), s.overlapRecall.toFixed(3), s.linking.toFixed(3)];
};
const rows = sets.flatMap(({ name, label, result, rulesOnly }) => [
  ...[...result.byType].map(([t, c]) => row(`${t}${label}`, c)),
  row(`all (${name})`, result.total),
  row(`  without the tagger`, rulesOnly.total),
]);
if (only) {
  if (!sets.length) throw new Error(`--set ${only}: no such set`);
  console.log(table(['type', 'gold', 'tp', 'fp', 'fn', 'P', 'R', 'F1', 'overlap R', 'linking'], rows));
  for (const { name, result } of sets) {
    console.log(`\n${name}: errors`);
    for (const e of result.errors)
      console.log(`${e.kind.padEnd(5)} ${e.id}  ${e.text}  gold=${e.gold ?? '-'}  got=${e.got ?? '-'}`);
  }
  process.exit(0);
}
console.log(
  `${sets.map((x) => `${x.corpus.length} ${x.name.split(',')[0]}`).join(', ')} labelled sentences (test/data/entities/); knowledge base: ${kb.entities.length} entities`,
);
console.log(table(['type', 'gold', 'tp', 'fp', 'fn', 'P', 'R', 'F1', 'overlap R', 'linking'], rows));
for (const { name, result: x } of sets) {
  console.log(
    `${name}: mentions the KB does not hold: ${x.unknown.gold}, found with exact span and type: ${x.unknown.found} (${((100 * x.unknown.found) / Math.max(1, x.unknown.gold)).toFixed(0)}%)`,
  );
}

console.log('\ncountry anaphors ("بلاده", "بلادها", "بلادنا"):');
for (const [name, file] of [
  ['development', 'anaphora.jsonl'],
  ['held-out', 'anaphora-heldout.jsonl'],
]) {
  const ana = evaluateAnaphora(`test/data/entities/${file}`);
  console.log(
    `  ${name}, ${ana.total} sentences: right ${ana.right}, wrong country ${ana.wrong}, missed ${ana.missed}, a country where the text names none ${ana.invented}`,
  );
  if (process.argv.includes('--errors')) for (const e of ana.errors) console.log(`    ${e}`);
}

const ids = kbPlaceIds(kb.entities);
const share = (a: number, b: number) => `${a}/${b} (${((100 * a) / Math.max(1, b)).toFixed(1)}%)`;
console.log(
  `\nKB places with a Wikidata id: ${share(ids.withId, ids.total)} — ${[...ids.byKind].map(([k, c]) => `${k} ${share(c.withId, c.total)}`).join(', ')}`,
);
console.log(
  `  countries, provinces and cities of 100,000 people or more: ${ids.large}, without a Wikidata id: ${ids.largeWithoutId.length}${ids.largeWithoutId.length ? ` (${ids.largeWithoutId.map((e) => e.en).join(', ')})` : ''}`,
);

const seeds = await evaluateSeedEntities('examples/seeds', 'test/fixtures/seeds.gold.json');
console.log(
  `\nseeds: participants linked ${seeds.participants.matched}/${seeds.participants.total}, places discussed linked ${seeds.places.matched}/${seeds.places.total}`,
);
for (const miss of seeds.missing) console.log(`  missing: ${miss}`);

const text = sets
  .flatMap((x) => x.corpus)
  .map((s) => s.text)
  .join('\n')
  .repeat(20);
const toks = tokenize(text);
const t1 = performance.now();
const n = findEntities(text, toks, { date: '2023-01-01' }).length;
const sec = (performance.now() - t1) / 1000;
console.log(
  `\nspeed: ${n} mentions in ${(text.length / 1e6).toFixed(2)} M chars, ${(n / sec).toFixed(0)} mentions/s; KB load ${loadMs.toFixed(0)} ms, +${kbMb.toFixed(0)} MB RSS; tagger model load ${taggerMs.toFixed(0)} ms`,
);
if (process.argv.includes('--errors'))
  for (const e of sets.flatMap((x) => x.result.errors))
    console.log(`${e.kind.padEnd(5)} ${e.id}  ${e.text}  gold=${e.gold ?? '-'}  got=${e.got ?? '-'}`);

// The shared real reports (../shared/bench/real-reports-dev.jsonl), labelled by record id and
// offsets in test/data/entities/real-dev.labels.jsonl: the whole pipeline on each record, names and
// descriptions scored apart (test/data/entities/README.md, "Real reports (dev)").
{
  const path = await import('node:path');
  const { evaluateRealEntities, findRealReports, loadRealLabels, realScores } = await import(
    '../src/eval/real-entities.js'
  );
  type RealCounts = import('../src/eval/real-entities.js').RealCounts;
  const file = findRealReports();
  if (!file) {
    console.log('\nreal reports (dev): ../shared/bench/real-reports-dev.jsonl not found, skipped');
  } else {
    const labels = loadRealLabels();
    const t3 = performance.now();
    const r = await evaluateRealEntities(labels, file);
    const sec = (performance.now() - t3) / 1000;
    const names = r.total.tp + r.total.fn;
    console.log(
      `\nreal reports (dev): ${r.records} records of ${path.relative(process.cwd(), file)} (${labels.filter((l) => l.exhaustive).length} labelled exhaustively), the whole pipeline on each (${sec.toFixed(1)} s); ${names} names + ${r.descriptive.gold} descriptions`,
    );
    const realRow = (name: string, c: RealCounts) => {
      const s = realScores(c);
      return [name, ...prfCells(c, s), s.overlapRecall.toFixed(3), s.linking.toFixed(3)];
    };
    console.log(
      table(
        ['type', 'gold', 'tp', 'fp', 'fn', 'P', 'R', 'F1', 'overlap R', 'linking'],
        [...[...r.byType].map(([t, c]) => realRow(`${t} real`, c)), realRow('all names (real)', r.total)],
      ),
    );
    const d = r.descriptive;
    const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / Math.max(1, b)).toFixed(0)}%)`;
    console.log(
      `  descriptions (scored apart): found with exact span and type ${pct(d.found, d.gold)}, overlapped ${pct(d.overlapped, d.gold)}, linked ${d.linked}/${d.found}; predictions over them ${d.predicted}`,
    );
    console.log(
      `  names the KB does not hold: ${pct(r.unknown.found, r.unknown.gold)} found; media: ${pct(r.media.found, r.media.gold)} found, ${r.media.flagged} of them as media`,
    );
    console.log(
      `  names missed outside the extracted body: ${r.outsideBody}; predictions inside skipped furniture (not scored): ${r.inFurniture}`,
    );
    console.log(
      `  labelled places linked to a KB entity with a Wikidata id: ${pct(r.placesWithIds.withId, r.placesWithIds.linked)}${r.staleLinks ? `; links the KB no longer holds: ${r.staleLinks}` : ''}`,
    );
    console.log(
      '  error classes: ' +
        [...r.classes]
          .sort((a, b) => b[1] - a[1])
          .map(([c, n]) => `${c}: ${n}`)
          .join('; '),
    );
    if (process.argv.includes('--errors'))
      for (const e of r.errors)
        console.log(
          `${e.kind.padEnd(7)} ${e.id}  ${e.text}  gold=${e.gold ?? '-'}  got=${e.got ?? '-'}  [${e.cls}]`,
        );
  }
}
