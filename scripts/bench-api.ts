// npm run bench:api [N]: API time of the event page (and the other reads) at N merged events
// (default 100,000). The 151 labelled cluster reports and the seeds are analyzed and stored for
// real; their merged events are then recombined into N events (each copy shifts the dates by
// ten days and gets its own id and story), so every event page reads real mentions and texts.
// The server runs in this process on 127.0.0.1; times are HTTP round trips on loopback.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeReports, loadReports } from '../src/eval/cluster.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { ingestPaths } from '../src/ingest/index.js';
import { cluster } from '../src/cluster/index.js';
import type { EventRecord, Story } from '../src/shared/records.js';
import { startServer } from '../src/api/server.js';
import { table } from '../src/cli/format.js';

const N = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(path.join(tmpdir(), 'mirsad-bench-api-'));
const store = new SqliteStore(path.join(dir, 'bench.db'));

let t = performance.now();
for (const doc of analyzeReports(loadReports('test/data/cluster/reports.jsonl')))
  await store.putDocument(doc);
await ingestPaths(store, ['examples/']);
const base = cluster(await store.allMentions()).events;
process.stderr.write(
  `stored ${(await store.listDocuments()).length} documents, ${base.length} merged events (${((performance.now() - t) / 1000).toFixed(1)} s)\n`,
);

const shiftIso = (v: string, days: number) =>
  new Date(Date.parse(v.slice(0, 10)) + days * 86400000).toISOString().slice(0, 10) + v.slice(10);
const shift = (v: string | null | undefined, days: number) =>
  v && /^\d{4}-\d{2}-\d{2}/.test(v)
    ? v
        .split('/')
        .map((x) => shiftIso(x, days))
        .join('/')
    : (v ?? null);

t = performance.now();
const events: EventRecord[] = [];
const stories = new Map<string, Story>();
for (let copy = 0; events.length < N; copy++) {
  const days = copy * 10;
  for (const e of base) {
    if (events.length >= N) break;
    const id = `ev_${(events.length + 0x10000000).toString(16)}`;
    const story = `st_${copy.toString(16)}_${(e.story ?? 'none').slice(3, 9)}`;
    const s = stories.get(story) ?? { id: story, title: `قصة ${copy}`, events: [] };
    s.events.push(id);
    stories.set(story, s);
    events.push({
      ...e,
      id,
      story,
      date: {
        ...e.date,
        value: shift(e.date.value, days),
        ...(e.date.notAfter ? { notAfter: shift(e.date.notAfter, days)! } : {}),
      },
      reports: e.reports.map((r) => ({ ...r, published: shift(r.published, days) })),
      firstSeen: shift(e.firstSeen, days),
    });
  }
}
await store.replaceEvents(events, [...stories.values()]);
process.stderr.write(
  `wrote ${events.length} events in ${stories.size} stories (${((performance.now() - t) / 1000).toFixed(1)} s)\n`,
);

t = performance.now();
const server = await startServer({ store, host: '127.0.0.1', port: 0 });
const startup = performance.now() - t;
const rss = process.memoryUsage().rss;

async function time(name: string, paths: string[]): Promise<string[]> {
  const ms: number[] = [];
  for (const p of paths) {
    const t0 = performance.now();
    const r = await fetch(server.url + p);
    await r.arrayBuffer();
    ms.push(performance.now() - t0);
    if (r.status !== 200) throw new Error(`${p}: ${r.status}`);
  }
  ms.sort((a, b) => a - b);
  const q = (f: number) => ms[Math.min(ms.length - 1, Math.floor(f * ms.length))].toFixed(1);
  return [name, String(ms.length), q(0.5), q(0.95), ms.at(-1)!.toFixed(1)];
}

const pick = (n: number) =>
  Array.from({ length: n }, (_, i) => events[Math.floor(((i * 7919) % n) * (events.length / n))].id);
const merged = events.filter((e) => e.reports.length > 1);
const rows = [
  await time(
    'GET /api/events/{id} (event page)',
    pick(300).map((id) => `/api/events/${id}`),
  ),
  await time(
    '  … events of 2+ reports',
    merged.slice(0, 200).map((e) => `/api/events/${e.id}`),
  ),
  await time('GET /api/events?limit=50', Array(20).fill('/api/events?limit=50')),
  await time(
    'GET /api/events?type=CONSULT&from&to',
    Array(20).fill('/api/events?type=CONSULT&from=2021-01-01&to=2021-12-31'),
  ),
  await time(
    'GET /api/events?actor=Q7747&sort=reports',
    Array(20).fill('/api/events?actor=Q7747&sort=reports&order=desc'),
  ),
  await time('GET /api/events (page 10 by cursor)', await cursorWalk(10)),
  await time('GET /api/entities/Q7747', Array(20).fill('/api/entities/Q7747')),
  await time('GET /api/volume?by=month', Array(10).fill('/api/volume?by=month')),
  await time('GET /api/outlets', Array(5).fill('/api/outlets')),
  await time(
    'GET /api/documents/{id}',
    events.slice(0, 50).map((e) => `/api/documents/${e.reports[0].document}`),
  ),
];

async function cursorWalk(pages: number): Promise<string[]> {
  const out: string[] = [];
  let next: string | null = null;
  for (let i = 0; i < pages; i++) {
    const p: string = `/api/events?limit=50${next ? `&cursor=${next}` : ''}`;
    out.push(p);
    next = ((await (await fetch(server.url + p)).json()) as { next: string | null }).next;
  }
  return out;
}

process.stdout.write(
  `\n${events.length.toLocaleString('en')} events; server start (index of all events) ${(startup / 1000).toFixed(1)} s, RSS ${(rss / 1e6).toFixed(0)} MB\n\n`,
);
process.stdout.write(table(['request', 'n', 'p50 ms', 'p95 ms', 'max ms'], rows) + '\n');
await server.close();
await store.close();
if (!process.env.KEEP_DB) rmSync(dir, { recursive: true, force: true });
else process.stderr.write(`kept ${dir}\n`);
