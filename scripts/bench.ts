// npm run bench: pipeline throughput and memory on articles recombined from the seeds'
// real paragraphs (each synthetic article: a seed's header, paragraphs from several seeds,
// a seed's footer), then the same documents stored in a fresh SQLite file.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyze } from '../src/pipeline.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { rebuildEvents } from '../src/rebuild.js';
import type { RawInput } from '../src/types.js';
import { table } from '../src/cli/format.js';

const N = Number(process.argv[2] ?? 1000);
const seeds = readdirSync('examples/seeds')
  .sort()
  .map((f) => readFileSync(path.join('examples/seeds', f), 'utf8'));
const paragraphs = seeds.flatMap((s) => s.split(/\n\s*\n/).filter((p) => p.trim().split(/\s+/).length >= 15));

let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const inputs: RawInput[] = Array.from({ length: N }, (_, i) => {
  const base = seeds[i % seeds.length].split(/\n\s*\n/);
  const body = Array.from(
    { length: 6 + Math.floor(rand() * 8) },
    () => paragraphs[Math.floor(rand() * paragraphs.length)],
  );
  const content = [...base.slice(0, 3), ...body, ...base.slice(-3)].join('\n\n');
  return {
    source: `bench-${i}.txt`,
    identity: `bench-${i}.txt`,
    kind: 'text',
    content,
    hints: {},
    messages: [],
  };
});
const chars = inputs.reduce((a, x) => a + x.content.length, 0);

let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 20);

// CPU time beside wall time: on a machine shared with other work, CPU ms per document is what compares.
const cpuMs = (from?: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(from);
  return (c.user + c.system) / 1000;
};
const lat: number[] = [];
const c0 = process.cpuUsage();
const t0 = performance.now();
const docs = inputs.map((x) => {
  const s = performance.now();
  const d = analyze(x);
  lat.push(performance.now() - s);
  return d;
});
const analyzeMs = performance.now() - t0;
const analyzeCpu = cpuMs(c0);
const sentences = docs.reduce((a, d) => a + d.sentences.length, 0);
const mentions = docs.reduce((a, d) => a + d.entities.length, 0);
const times = docs.reduce((a, d) => a + d.times.length, 0);

const dir = mkdtempSync(path.join(tmpdir(), 'mirsad-bench-'));
const store = new SqliteStore(path.join(dir, 'bench.db'));
const c1 = process.cpuUsage();
const t1 = performance.now();
const putResults: Record<string, number> = {};
for (const d of docs) {
  const r = await store.putDocument(d);
  putResults[r] = (putResults[r] ?? 0) + 1;
}
const storeMs = performance.now() - t1;
const storeCpu = cpuMs(c1);
const c2 = process.cpuUsage();
const t2 = performance.now();
const built = await rebuildEvents(store);
const clusterMs = performance.now() - t2;
const clusterCpu = cpuMs(c2);
await store.close();
rmSync(dir, { recursive: true, force: true });
sample();
clearInterval(timer);

lat.sort((a, b) => a - b);
const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))].toFixed(2);
const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(0);
console.log(`${N} articles, ${(chars / 1e6).toFixed(1)} M chars (recombined real paragraphs of the seeds)`);
console.log(
  table(
    ['stage', 'docs/s', 'CPU ms/doc', 'other rate', 'p50 ms/doc', 'p95 ms/doc'],
    [
      [
        'analyze (extract→events)',
        rate(N, analyzeMs),
        (analyzeCpu / N).toFixed(2),
        `${rate(sentences, analyzeMs)} sentences/s, ${rate(mentions, analyzeMs)} entity mentions/s, ${rate(times, analyzeMs)} time expr/s`,
        pct(50),
        pct(95),
      ],
      [
        'store (SQLite, 1 tx/doc)',
        rate(N, storeMs),
        (storeCpu / N).toFixed(2),
        `${putResults.inserted ?? 0} stored, ${putResults.republished ?? 0} near/exact copies (MinHash lookup)`,
        '',
        '',
      ],
      [
        'cluster (all mentions)',
        rate(N, clusterMs),
        (clusterCpu / N).toFixed(2),
        `${built.events} events, ${built.stories} stories`,
        '',
        '',
      ],
    ],
  ),
);
console.log(`peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`);
