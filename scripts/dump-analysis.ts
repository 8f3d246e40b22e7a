// npx tsx scripts/dump-analysis.ts OUT [--corpus N] [--repeat K] [--only-bench]: the analysis (and what
// storing prepares from it) of a fixed set of documents — the shared dev reports, the held-out sets,
// the seeds, the cluster reports and N documents of the bench generator (default 300) — one JSON line
// each, to check that a change meant for speed changes no output (diff two dumps). Prints CPU ms per
// document (process.cpuUsage) for the analysis of the whole set, K times over (default 1).
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/pipeline.js';
import { prepareDocument } from '../src/store/prepare.js';
import { readFile } from '../src/ingest/read.js';
import { generate } from './generate-corpus.js';
import type { RawInput } from '../src/types.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const OUT = process.argv[2];
const CORPUS = Number(arg('--corpus') ?? 300);
const REPEAT = Number(arg('--repeat') ?? 1);
const ONLY_BENCH = process.argv.includes('--only-bench');
const SEEN = new Date('2026-01-01T00:00:00Z');

const files: string[] = [];
if (!ONLY_BENCH) {
  files.push('../shared/bench/real-reports-dev.jsonl');
  for (const d of readdirSync('test/data')
    .filter((d) => d.startsWith('real-heldout'))
    .sort())
    files.push(`test/data/${d}/reports.jsonl`);
  for (const f of readdirSync('examples/seeds').sort()) files.push(`examples/seeds/${f}`);
  files.push('test/data/cluster/reports.jsonl');
}
const corpus = path.join('/tmp', `mirsad-dump-corpus-${CORPUS}.jsonl`);
generate(CORPUS, corpus);
files.push(corpus);

const inputs: RawInput[] = [];
for (const f of files.filter((f) => existsSync(f))) inputs.push(...(await readFile(f)).inputs);

const lines: string[] = [];
const t0 = process.cpuUsage();
for (let k = 0; k < REPEAT; k++)
  for (const input of inputs) {
    const p = prepareDocument(analyze(input, { seen: SEEN }));
    if (k === 0) lines.push(JSON.stringify(p));
  }
const used = process.cpuUsage(t0);
const ms = (used.user + used.system) / 1000;
console.error(
  `${inputs.length} documents × ${REPEAT}: ${(ms / inputs.length / REPEAT).toFixed(2)} CPU ms/doc`,
);
if (OUT && OUT !== '-') writeFileSync(OUT, lines.join('\n') + '\n');
