// npm run bench:ingest [N]: end-to-end `mirsad ingest` (the built command, as a user runs it) on N
// generated .txt articles recombined from the seeds' real paragraphs, into a fresh database.
// Prints documents per second for the whole command, event rebuild included.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const N = Number(process.argv[2] ?? 1000);
const extra = process.argv.slice(3);
const seeds = readdirSync('examples/seeds')
  .sort()
  .map((f) => readFileSync(path.join('examples/seeds', f), 'utf8'));
const paragraphs = seeds.flatMap((s) => s.split(/\n\s*\n/).filter((p) => p.trim().split(/\s+/).length >= 15));
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;

const dir = mkdtempSync(path.join(tmpdir(), 'mirsad-bench-ingest-'));
const corpus = path.join(dir, 'corpus');
mkdirSync(corpus);
for (let i = 0; i < N; i++) {
  const base = seeds[i % seeds.length].split(/\n\s*\n/);
  const body = Array.from(
    { length: 6 + Math.floor(rand() * 8) },
    () => paragraphs[Math.floor(rand() * paragraphs.length)],
  );
  writeFileSync(
    path.join(corpus, `a${String(i).padStart(5, '0')}.txt`),
    [...base.slice(0, 3), ...body, ...base.slice(-3)].join('\n\n'),
  );
}
const t0 = performance.now();
const r = spawnSync(
  'node',
  ['dist/cli/main.js', '--db', path.join(dir, 'bench.db'), 'ingest', corpus, ...extra],
  { encoding: 'utf8' },
);
const out = r.stderr;
const ms = performance.now() - t0;
rmSync(dir, { recursive: true, force: true });
console.log(out.trim().split('\n').at(-1) ?? '');
console.log(
  `mirsad ingest, ${N} documents: ${(ms / 1000).toFixed(2)} s, ${(N / (ms / 1000)).toFixed(0)} docs/s end to end`,
);
