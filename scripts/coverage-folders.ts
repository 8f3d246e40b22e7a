// Coverage per pipeline stage, from vitest's v8 summary (coverage/coverage-summary.json), against
// the floors in coverage-floors.json. A floor is set a little below what the tests reach today, so
// a change that drops a stage's coverage is seen; it is reported with the numbers, never padded.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface Totals {
  lines: { total: number; covered: number };
  branches: { total: number; covered: number };
  functions: { total: number; covered: number };
}

const SUMMARY = 'coverage/coverage-summary.json';
if (!existsSync(SUMMARY)) {
  console.error(`no ${SUMMARY}: run the tests with --coverage first`);
  process.exit(1);
}
const summary = JSON.parse(readFileSync(SUMMARY, 'utf8')) as Record<string, Totals>;
const floors = JSON.parse(readFileSync('coverage-floors.json', 'utf8')) as Record<string, number | string>;

const folders = new Map<string, Totals>();
for (const [file, t] of Object.entries(summary)) {
  if (file === 'total') continue;
  const rel = path.relative(path.resolve('src'), file);
  const folder = rel.includes(path.sep) ? rel.split(path.sep)[0] : '(top)';
  const acc = folders.get(folder) ?? {
    lines: { total: 0, covered: 0 },
    branches: { total: 0, covered: 0 },
    functions: { total: 0, covered: 0 },
  };
  for (const k of ['lines', 'branches', 'functions'] as const) {
    acc[k].total += t[k].total;
    acc[k].covered += t[k].covered;
  }
  folders.set(folder, acc);
}

const pct = (c: { total: number; covered: number }) => (c.total ? (100 * c.covered) / c.total : 100);
const rows = [...folders.entries()].sort(([a], [b]) => a.localeCompare(b));
const below: string[] = [];
console.log('\ncoverage by stage (src/)');
console.log(
  `${'folder'.padEnd(10)} ${'lines'.padStart(7)} ${'branches'.padStart(9)} ${'functions'.padStart(10)} ${'floor'.padStart(6)}`,
);
for (const [folder, t] of rows) {
  const floor = typeof floors[folder] === 'number' ? (floors[folder] as number) : undefined;
  const lines = pct(t.lines);
  if (floor !== undefined && lines < floor) below.push(`${folder} ${lines.toFixed(1)}% < ${floor}%`);
  console.log(
    `${folder.padEnd(10)} ${lines.toFixed(1).padStart(6)}% ${pct(t.branches).toFixed(1).padStart(8)}% ${pct(t.functions).toFixed(1).padStart(9)}% ${floor === undefined ? '     —' : `${String(floor).padStart(5)}%`}`,
  );
}
const total = summary.total;
console.log(
  `${'all'.padEnd(10)} ${pct(total.lines).toFixed(1).padStart(6)}% ${pct(total.branches).toFixed(1).padStart(8)}% ${pct(total.functions).toFixed(1).padStart(9)}%`,
);
if (below.length) {
  console.error(`\ncoverage below the floor: ${below.join('; ')}`);
  process.exit(1);
}
