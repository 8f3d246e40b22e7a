// npm run bench:scale [-- --sizes 1000,10000] [--root DIR] [--keep]: `mirsad ingest` end to end (the
// command as a user runs it, one process, analysis on all cores) on generated corpora, into a fresh
// SQLite database; prints docs/s, CPU ms per document, peak RSS and merge quality against the
// generator's truth, per size. Default sizes 1k and 10k; 100k and 1M with --sizes.
//
// The corpus is recombined from the project's own articles: each happening is one labelled event
// of test/data/cluster/reports.jsonl (its 2–5 reports by several outlets, the same-event reports),
// moved by whole weeks (publication dates and the days the texts give, weekdays kept) and, when its
// reports name one, to another town (a rotation of Syrian, Iraqi, Yemeni and Palestinian towns);
// each report's lead is padded to an article of ~1.7k characters with paragraphs of the seed
// articles (examples/seeds) that tell no event of their own. A share of the reports (10%) is
// republished by another outlet under another header (a near copy, which ingest must recognize).
//
// Quality: pairs of stored documents of one happening (truth) against pairs of documents whose
// leads share a merged event (system): pair precision, recall, F1; and the copies
// recognized as republished.
// --root DIR runs the `mirsad` of another checkout (the numbers before a change: a copy of main).
// The command run is the built one (ROOT/dist, as installed; `npm run bench:scale` builds this
// checkout first, another --root must be built); --tsx runs the TypeScript source through tsx
// instead (about 2 CPU s more of start-up, in the main thread and each analysis worker).
// --db postgres://… [--workers N] [--concurrency C]: on PostgreSQL, `mirsad ingest` enqueues and N
// `mirsad worker` processes (C jobs at once each) analyse, store and merge; a database per size.
//
// --merge-only: what happens after analysis (storing, merging, stories), in this process, to sizes
// analysis would take hours to reach on this machine: 2,000 generated articles are analyzed once,
// then cloned, each clone moved by whole multiples of the base corpus's span (dates of its events
// and of its publication, weekdays kept) with the words of its padding shuffled (the lead, and so
// every span in it, stays), until N; stored in batches of 64 and merged after each. Prints store +
// merge ms/doc, the last tenth's ms/doc (flat or growing), peak RSS, quality.
import { spawn } from 'node:child_process';
import pg from 'pg';
import { openStore } from '../src/store/open.js';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyze } from '../src/pipeline.js';
import { DAY, filler, generate, isoDay, templates, type GenDoc } from './generate-corpus.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { table } from '../src/shared/table.js';
import { createHash } from 'node:crypto';
import type { AnalyzedDocument } from '../src/types.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const SIZES = (arg('--sizes') ?? '1000,10000').split(',').map(Number);
const ROOT = path.resolve(arg('--root') ?? '.');
const KEEP = process.argv.includes('--keep');
const MERGE_ONLY = process.argv.includes('--merge-only');
const TSX = process.argv.includes('--tsx');
const CLI = path.join(ROOT, TSX ? 'src/cli/main.ts' : 'dist/cli/main.js');
if (!MERGE_ONLY && !existsSync(CLI)) {
  console.error(`no ${CLI}: run \`npm run build\` in ${ROOT} first (or pass --tsx)`);
  process.exit(1);
}
/** --db postgres://user@host/db: the server to bench on (a database per size is made and dropped). */
const PG_SERVER = arg('--db');
const WORKERS = Number(arg('--workers') ?? 1);
const CONCURRENCY = Number(arg('--concurrency') ?? 1);
interface Row {
  n: number;
  seconds: number;
  cpuMs: number;
  rssMb: number;
  p: number;
  r: number;
  f1: number;
  copies: string;
  events: number;
}

async function quality(
  dbPath: string,
  docs: GenDoc[],
): Promise<Pick<Row, 'p' | 'r' | 'f1' | 'copies' | 'events'>> {
  const store = openStore(dbPath);
  const lineOf = (source: string) => Number(source.slice(source.lastIndexOf(':') + 1));
  const docOfLine = new Map<number, string>();
  for (const d of await store.listDocuments()) {
    docOfLine.set(lineOf(d.source), d.id);
    for (const s of await store.listSightings(d.id)) docOfLine.set(lineOf(s.source), d.id);
  }
  // The events of each stored document's lead (its first paragraph, the happening's report).
  const eventsOf = new Map<string, string[]>();
  let events = 0;
  const leadEnd = new Map<string, number>();
  for await (const e of store.eachEvent()) {
    events++;
    for (const m of await store.getMentions(e.mentions)) {
      if (!leadEnd.has(m.document))
        leadEnd.set(m.document, (await store.documentTexts([m.document])).get(m.document)!.indexOf('\n'));
      const start = Math.min(...m.event.triggers.map((t) => t.span.start));
      if (start < leadEnd.get(m.document)!)
        eventsOf.set(m.document, [...(eventsOf.get(m.document) ?? []), e.id]);
    }
  }
  await store.close();
  // One item per stored document (a recognized copy is its original's document).
  const items = new Map<string, GenDoc>();
  for (const d of docs) {
    const id = docOfLine.get(d.line);
    if (id && !items.has(id)) items.set(id, d);
  }
  const list = [...items];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const byHappening = new Map<string, number>();
  for (const [, d] of list) byHappening.set(d.happening, (byHappening.get(d.happening) ?? 0) + 1);
  // System pairs: documents sharing an event of their happening's type (an index by event).
  const byEvent = new Map<string, string[]>();
  for (const [id] of list)
    for (const e of new Set(eventsOf.get(id) ?? [])) byEvent.set(e, [...(byEvent.get(e) ?? []), id]);
  const sysPairs = new Set<string>();
  for (const ids of byEvent.values())
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        sysPairs.add(ids[i] < ids[j] ? `${ids[i]}|${ids[j]}` : `${ids[j]}|${ids[i]}`);
  for (const pair of sysPairs) {
    const [a, b] = pair.split('|');
    if (items.get(a)!.happening === items.get(b)!.happening) tp++;
    else fp++;
  }
  let truePairs = 0;
  for (const c of byHappening.values()) truePairs += (c * (c - 1)) / 2;
  fn = truePairs - tp;
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  // A copy is found when it and its original are one stored document (whichever was stored first:
  // with several workers the copy may be analysed before its original).
  const copies = docs.filter((d) => d.copyOf !== null);
  const found = copies.filter(
    (d) => docOfLine.has(d.line) && docOfLine.get(d.line) === docOfLine.get(d.copyOf!),
  ).length;
  return { p, r, f1: (2 * p * r) / Math.max(1e-9, p + r), copies: `${found}/${copies.length}`, events };
}

/** Run the `mirsad` command under /usr/bin/time: its CPU seconds and peak RSS. */
async function timed(args: string[]): Promise<{ cpuS: number; rssMb: number }> {
  const node = TSX ? ['node', '--import', 'tsx'] : ['node'];
  const child = spawn('/usr/bin/time', ['-f', 'TIME %U %S %M', ...node, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const status = await new Promise<number | null>((r) => child.on('close', r));
  const timing = /TIME ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
  if (!timing || status !== 0) {
    console.error(stderr.split('\n').slice(-10).join('\n'));
    process.exit(1);
  }
  console.error(
    stderr
      .split('\n')
      .filter((l) => /ingested|queued|job\(s\)/.test(l))
      .join('\n'),
  );
  return { cpuS: Number(timing[1]) + Number(timing[2]), rssMb: Number(timing[3]) / 1024 };
}

/** A database of a random name on the server, for one size: its URL. */
async function createDatabase(server: string): Promise<string> {
  const name = `mirsad_bench_${createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 10)}`;
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  await c.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  await c.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(server: string, db: string): Promise<void> {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${new URL(db).pathname.slice(1)} WITH (FORCE)`);
  await c.end();
}

console.error(`${templates.length} happenings to vary, ${filler.length} padding sentences`);
const rows: Row[] = [];
if (MERGE_ONLY) await mergeOnly();
else
  for (const n of SIZES) {
    const dir = mkdtempSync(path.join(tmpdir(), 'mirsad-bench-scale-'));
    const corpus = path.join(dir, 'corpus.jsonl');
    const docs = generate(n, corpus);
    const db = PG_SERVER ? await createDatabase(PG_SERVER) : path.join(dir, 'bench.db');
    const cli = CLI;
    const t0 = performance.now();
    // SQLite: one `mirsad ingest`. PostgreSQL: `mirsad ingest` enqueues, then WORKERS `mirsad worker`
    // processes run every job (CPU summed over the processes; the server's own CPU is not counted).
    const runs = [await timed([cli, '--db', db, 'ingest', corpus])];
    if (PG_SERVER)
      runs.push(
        ...(await Promise.all(
          Array.from({ length: WORKERS }, () =>
            timed([cli, '--db', db, 'worker', '--concurrency', String(CONCURRENCY), '--until-empty']),
          ),
        )),
      );
    const seconds = (performance.now() - t0) / 1000;
    const q = await quality(db, docs);
    if (PG_SERVER && !KEEP) await dropDatabase(PG_SERVER, db);
    const row: Row = {
      n,
      seconds,
      cpuMs: (runs.reduce((t, r) => t + r.cpuS, 0) * 1000) / n,
      rssMb: Math.max(...runs.map((r) => r.rssMb)),
      ...q,
    };
    rows.push(row);
    console.error(
      `${n}: ${seconds.toFixed(1)} s, ${(n / seconds).toFixed(0)} docs/s, ${row.cpuMs.toFixed(1)} CPU ms/doc, peak RSS ${row.rssMb.toFixed(0)} MB, pair P/R/F1 ${q.p.toFixed(3)}/${q.r.toFixed(3)}/${q.f1.toFixed(3)}, copies ${q.copies}`,
    );
    if (KEEP) console.error(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
if (!MERGE_ONLY)
  console.log(
    table(
      [
        'articles',
        'seconds',
        'docs/s',
        'CPU ms/doc',
        'peak RSS',
        'events',
        'pair P',
        'pair R',
        'pair F1',
        'copies found',
      ],
      rows.map((r) => [
        r.n.toLocaleString('en'),
        r.seconds.toFixed(1),
        (r.n / r.seconds).toFixed(0),
        r.cpuMs.toFixed(1),
        `${r.rssMb.toFixed(0)} MB`,
        r.events.toLocaleString('en'),
        r.p.toFixed(3),
        r.r.toFixed(3),
        r.f1.toFixed(3),
        r.copies,
      ]),
    ),
  );

async function mergeOnly(): Promise<void> {
  const { mergePending } = await import('../src/rebuild.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'mirsad-bench-merge-'));
  const baseFile = path.join(dir, 'base.jsonl');
  const baseDocs = generate(2000, baseFile);
  const t0 = performance.now();
  const base = readFileSync(baseFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l, i) => {
      const r = JSON.parse(l) as { id: string; outlet: string; published: string; text: string };
      return analyze({
        source: `base:${i + 1}`,
        identity: r.id,
        kind: 'text',
        content: r.text,
        hints: { outlet: r.outlet, published: r.published },
        messages: [],
      });
    });
  console.error(`analyzed 2,000 base articles in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const days = base
    .flatMap((d) => [d.extraction.published?.value.value, ...d.events.map((e) => e.date.value)])
    .filter((v): v is string => !!v && /^\d{4}-\d{2}-\d{2}/.test(v));
  const span = days.map((v) => Date.parse(v.slice(0, 10)));
  const weeks = Math.ceil((Math.max(...span) - Math.min(...span)) / (7 * DAY)) + 2;
  const out: string[][] = [];
  for (const n of SIZES) {
    const store = new SqliteStore(path.join(dir, `merge-${n}.db`));
    const docs: GenDoc[] = [];
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    let lastTenth = 0;
    let peak = 0;
    let batch: AnalyzedDocument[] = [];
    const flush = async () => {
      await store.putDocuments(batch);
      await mergePending(store);
      batch = [];
      peak = Math.max(peak, process.memoryUsage().rss);
    };
    for (let i = 0; i < n; i++) {
      const c = Math.floor(i / base.length);
      const b = base[i % base.length];
      const g = baseDocs[i % base.length];
      batch.push(clone(b, c, c * weeks * 7, i));
      docs.push({
        line: i + 1,
        happening: `${g.happening}#${c}`,
        type: g.type,
        copyOf: g.copyOf === null ? null : g.copyOf + c * base.length,
      });
      if (batch.length === 64) await flush();
      if (i === Math.floor(n * 0.9)) lastTenth = performance.now();
    }
    await flush();
    const ms = performance.now() - start;
    const tail = performance.now() - lastTenth;
    const cpu = process.cpuUsage(cpu0);
    await store.close();
    const q = await quality(path.join(dir, `merge-${n}.db`), docs);
    const rss = Math.max(peak, process.resourceUsage().maxRSS * 1024);
    out.push([
      n.toLocaleString('en'),
      (ms / 1000).toFixed(1),
      (ms / n).toFixed(2),
      (tail / (n - Math.floor(n * 0.9))).toFixed(2),
      ((cpu.user + cpu.system) / 1000 / n).toFixed(2),
      `${(peak / 1048576).toFixed(0)} MB`,
      q.events.toLocaleString('en'),
      q.p.toFixed(3),
      q.r.toFixed(3),
      q.f1.toFixed(3),
      q.copies,
    ]);
    (globalThis as { gc?: () => void }).gc?.();
    console.error(
      out[out.length - 1].join('  '),
      `(max RSS so far ${(rss / 1048576).toFixed(0)} MB; heap after GC ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB)`,
    );
  }
  if (KEEP) console.error(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  console.log(
    table(
      [
        'articles',
        'seconds',
        'ms/doc',
        'ms/doc, last tenth',
        'CPU ms/doc',
        'peak RSS',
        'events',
        'pair P',
        'pair R',
        'pair F1',
        'copies found',
      ],
      out,
    ),
  );
}

/** A copy of an analyzed article as another happening: `days` later, its padding's words shuffled. */
function clone(d: AnalyzedDocument, c: number, days: number, i: number): AnalyzedDocument {
  if (c === 0) return { ...d, source: `clone:${i + 1}` };
  const shift = (v: string | null | undefined) =>
    v && /^\d{4}-\d{2}-\d{2}/.test(v)
      ? v
          .split('/')
          .map((x) => isoDay(Date.parse(x.slice(0, 10)) + days * DAY) + x.slice(10))
          .join('/')
      : v;
  const leadEnd = d.text.indexOf('\n');
  // The same padding is shuffled the same way in a copy and its original (they stay copies).
  let h = c;
  const text =
    d.text.slice(0, leadEnd) +
    d.text.slice(leadEnd).replace(/[^\n]+/g, (para) => {
      h = c;
      for (let k = 0; k < para.length; k++) h = (Math.imul(h, 31) + para.charCodeAt(k)) | 0;
      const words = para.split(' ');
      for (let k = words.length - 1; k > 0; k--) {
        h = (Math.imul(h, 1103515245) + 12345) & 0x7fffffff;
        const j = h % (k + 1);
        [words[k], words[j]] = [words[j], words[k]];
      }
      return words.join(' ');
    });
  const time = <T extends { value: string | null; notAfter?: string | null }>(t: T): T => ({
    ...t,
    value: shift(t.value) ?? null,
    notAfter: shift(t.notAfter) ?? t.notAfter,
  });
  const published = d.extraction.published
    ? { ...d.extraction.published, value: time(d.extraction.published.value) }
    : null;
  return {
    ...d,
    id: createHash('sha256').update(`${d.id}/${c}`).digest('hex').slice(0, 16),
    source: `clone:${i + 1}`,
    identity: `clone:${i + 1}`,
    contentHash: createHash('sha256').update(text).digest('hex'),
    text,
    extraction: { ...d.extraction, published },
    events: d.events.map((e) => ({ ...e, date: time(e.date) })),
  };
}
