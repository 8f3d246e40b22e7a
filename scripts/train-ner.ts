// npm run train:ner: trains the name tagger on NewsFANE Gold (data/ner/, CC BY-SA 3.0), reports
// span precision/recall/F1 on its last tenth (trained on the first nine tenths), then trains on
// all of it and writes data/ner/model.json (pruned; CC BY-SA 3.0 like the data it learned from).
import { readFileSync, writeFileSync } from 'node:fs';
import { fromMarked, readNewsFane } from '../src/entities/tagger/corpus.js';
import { loadEntityCorpus } from '../src/eval/entities.js';
import { LABELS, pack, tag, train, type Label, type Weights } from '../src/entities/tagger/perceptron.js';
import { table } from '../src/cli/format.js';

const EPOCHS = Number(process.argv[2] ?? 8);
const sentences = readNewsFane(readFileSync('data/ner/NewsFANE_Gold_2014_170K.txt', 'utf8'));

// Our development sentences (never the held-out ones), three times over: they teach our conventions.
const DEV_WEIGHT = Number(process.env.DEV_WEIGHT ?? 3);
const dev = loadEntityCorpus('test/data/entities/sentences.jsonl').map((s) => fromMarked(s.text, s.mentions));
const devRepeated = Array.from({ length: DEV_WEIGHT }, () => dev).flat();
const trainSet = [...sentences.filter((_, i) => i % 10 !== 9), ...devRepeated];
const testSet = sentences.filter((_, i) => i % 10 === 9);
console.log(
  `${sentences.length} sentences, ${sentences.reduce((a, s) => a + s.toks.length, 0)} words; training on ${trainSet.length} (with ${dev.length} development sentences ×${DEV_WEIGHT}), testing on every tenth (${testSet.length})`,
);

function spans(labels: Label[]): Set<string> {
  const out = new Set<string>();
  let start = -1;
  let type = '';
  labels.forEach((l, i) => {
    if (start >= 0 && !(l.startsWith('I-') && l.slice(2) === type)) {
      out.add(`${start}:${i - 1}:${type}`);
      start = -1;
    }
    if (l.startsWith('B-') || (l.startsWith('I-') && start < 0)) {
      start = i;
      type = l.slice(2);
    }
  });
  if (start >= 0) out.add(`${start}:${labels.length - 1}:${type}`);
  return out;
}

function evaluate(trained: Weights) {
  const w = pack(trained);
  const by: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const s of testSet) {
    const gold = spans(s.gold);
    const pred = spans(tag(w, s.toks).map((t) => t.label));
    for (const t of ['PER', 'ORG', 'LOC', 'all']) by[t] ??= { tp: 0, fp: 0, fn: 0 };
    for (const p of pred) {
      const t = p.split(':')[2];
      const hit = gold.has(p);
      by[t][hit ? 'tp' : 'fp']++;
      by.all[hit ? 'tp' : 'fp']++;
    }
    for (const g of gold) if (!pred.has(g)) by[g.split(':')[2]].fn++, by.all.fn++;
  }
  return Object.entries(by).map(([t, c]) => {
    const p = c.tp / Math.max(1, c.tp + c.fp);
    const r = c.tp / Math.max(1, c.tp + c.fn);
    return [
      t,
      String(c.tp + c.fn),
      p.toFixed(3),
      r.toFixed(3),
      ((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3),
    ];
  });
}

const t0 = performance.now();
const w = train(trainSet, EPOCHS, (e, errors) => process.stderr.write(`epoch ${e + 1}: ${errors} errors\n`));
console.log(`trained in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(table(['type', 'gold spans', 'P', 'R', 'F1'], evaluate(w)));

const full = train([...sentences, ...devRepeated], EPOCHS);
// Prune: drop features whose weights are all tiny; round to 3 decimals; one flat array of weights.
const features: string[] = [];
const flat: number[] = [];
for (const [f, wf] of full) {
  if (Math.max(...Array.from(wf, Math.abs)) < 0.05) continue;
  features.push(f);
  for (const x of wf) flat.push(Math.round(x * 1000) / 1000);
}
writeFileSync(
  'data/ner/model.json',
  JSON.stringify({
    labels: LABELS,
    epochs: EPOCHS,
    trainedOn: 'NewsFANE Gold 2014 (CC BY-SA 3.0) + test/data/entities/sentences.jsonl',
    features,
    weights: flat,
  }),
);
console.log(`model: ${features.length} features (of ${full.size})`);
