// Crash and concurrency rounds on a CI-sized corpus, with the built command as a user runs it:
// ingests killed with SIGKILL at random points and restarted end with the same database as one
// clean run (PRAGMA integrity_check ok after every kill); two ingests into one database at once,
// and queries during an ingest, all complete without a failure and with exact counts.
// CRASH_ROUNDS (default 20) sets the number of kills; MIRSAD_CLI another build to run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

const CLI = process.env.MIRSAD_CLI || 'dist/cli/main.js';
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 20);
const DOCS = Number(process.env.CRASH_DOCS ?? 40);

let dir: string;
let corpus: string;
let reference: Snapshot;

interface Snapshot {
  documents: number;
  sightings: number;
  mentions: number;
  events: number;
  stories: number;
  failures: number;
  ids: string;
  eventIds: string;
}

/** Articles recombined from the seeds' paragraphs (as npm run bench does), in three formats, with two exact copies. */
function writeCorpus(to: string, n: number): void {
  const seeds = readdirSync('examples/seeds')
    .sort()
    .map((f) => readFileSync(path.join('examples/seeds', f), 'utf8'));
  const paragraphs = seeds.flatMap((s) =>
    s.split(/\n\s*\n/).filter((p) => p.trim().split(/\s+/).length >= 15),
  );
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const article = (i: number) => {
    const base = seeds[i % seeds.length].split(/\n\s*\n/);
    const body = Array.from(
      { length: 4 + Math.floor(rand() * 6) },
      () => paragraphs[Math.floor(rand() * paragraphs.length)],
    );
    return [...base.slice(0, 3), ...body, ...base.slice(-3)].join('\n\n');
  };
  mkdirSync(to, { recursive: true });
  const texts = Array.from({ length: n }, (_, i) => article(i));
  const jsonl: string[] = [];
  texts.forEach((t, i) => {
    if (i % 4 === 3) jsonl.push(JSON.stringify({ text: t, url: `https://example.org/${i}` }));
    else
      writeFileSync(
        path.join(to, `a${String(i).padStart(4, '0')}.${i % 4 === 1 ? 'html' : 'txt'}`),
        i % 4 === 1
          ? `<html><body><article>${t
              .split('\n\n')
              .map((p) => `<p>${p}</p>`)
              .join('')}</article></body></html>`
          : t,
      );
  });
  writeFileSync(path.join(to, 'batch.jsonl'), jsonl.join('\n'));
  writeFileSync(path.join(to, 'copy-of-a0000.txt'), texts[0]);
  writeFileSync(path.join(to, 'copy-of-a0002.txt'), texts[2]);
}

function snapshot(db: string): Snapshot {
  const d = new Database(db, { readonly: true });
  if (!d.prepare("SELECT 1 FROM sqlite_master WHERE name = 'events'").get()) {
    d.close(); // killed before its migrations were committed: an empty database
    return {
      documents: 0,
      sightings: 0,
      mentions: 0,
      events: 0,
      stories: 0,
      failures: 0,
      ids: '',
      eventIds: '',
    };
  }
  const count = (sql: string) => (d.prepare(sql).get() as { n: number }).n;
  const s = {
    documents: count('SELECT COUNT(*) AS n FROM documents'),
    sightings: count('SELECT COUNT(*) AS n FROM sightings'),
    mentions: count('SELECT COUNT(*) AS n FROM mentions'),
    events: count('SELECT COUNT(*) AS n FROM events'),
    stories: count('SELECT COUNT(*) AS n FROM stories'),
    failures: count(
      `SELECT COUNT(*) AS n FROM failures${d.prepare("SELECT 1 FROM pragma_table_info('failures') WHERE name = 'resolved_at'").get() ? ' WHERE resolved_at IS NULL' : ''}`,
    ),
    ids: (
      d.prepare('SELECT group_concat(id) AS s FROM (SELECT id FROM documents ORDER BY id)').get() as {
        s: string;
      }
    ).s,
    eventIds: (
      d.prepare('SELECT group_concat(id) AS s FROM (SELECT id FROM events ORDER BY id)').get() as {
        s: string;
      }
    ).s,
  };
  d.close();
  return s;
}

/** Documents stored so far, read while an ingest writes (0 before the schema is there). */
function storedNow(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

function integrity(db: string): string {
  const d = new Database(db);
  const r = (d.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check;
  d.close();
  return r;
}

const ingest = (db: string, ...paths: string[]) =>
  spawnSync('node', [CLI, '--db', db, 'ingest', ...paths], { encoding: 'utf8', timeout: 300_000 });

function start(
  db: string,
  paths: string[],
  extra: string[] = [],
): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; stderr: string }> } {
  const child = spawn('node', [CLI, '--db', db, 'ingest', ...paths, ...extra], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (b) => (stderr += b));
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mirsad-crash-'));
  corpus = path.join(dir, 'corpus');
  writeCorpus(corpus, DOCS);
  const r = ingest(path.join(dir, 'ref.db'), corpus);
  expect(r.status, r.stderr).toBe(0);
  reference = snapshot(path.join(dir, 'ref.db'));
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kill -9 during ingest', () => {
  it(`${ROUNDS} kills at random points, restarts: integrity ok every time, the same database as one clean run`, async () => {
    expect(reference).toMatchObject({ documents: DOCS, sightings: 2, failures: 0 });
    // A corpus with events to lose (the generated articles give about one event each: many retell
    // one seed's happening, which the merge may join).
    expect(reference.events).toBeGreaterThanOrEqual(Math.floor(DOCS * 0.9));
    // Sequences of five kills, each sequence on a new database, then one ingest to the end.
    let kills = 0;
    const stored: number[] = []; // documents in the database after each kill
    let seed = 99;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let sequence = 0; kills < ROUNDS; sequence++) {
      const db = path.join(dir, `crash-${sequence}.db`);
      for (let k = 0; k < 5 && kills < ROUNDS; k++) {
        const { child, done } = start(db, [corpus], ['--workers', '1']);
        // Where to kill: the first round of a sequence while it opens (migrations), the others when
        // the documents stored reach a random count (mid-writes), or all of them (merging events).
        const before = storedNow(db);
        const target =
          k === 0
            ? -1
            : Math.min(reference.documents, before + 1 + Math.floor(rand() * (reference.documents - before)));
        let exited = false;
        void done.then(() => (exited = true));
        if (target < 0) await new Promise((r) => setTimeout(r, 50 + rand() * 400));
        else while (!exited && storedNow(db) < target) await new Promise((r) => setTimeout(r, 5));
        child.kill('SIGKILL');
        const end = await done;
        if (end.signal === 'SIGKILL') kills++;
        expect(integrity(db)).toBe('ok');
        const partial = snapshot(db);
        stored.push(partial.documents);
        expect(partial.documents).toBeLessThanOrEqual(reference.documents);
        expect(partial.failures).toBe(0);
      }
      const r = ingest(db, corpus);
      expect(r.status, r.stderr).toBe(0);
      expect(integrity(db)).toBe('ok');
      expect(snapshot(db)).toEqual(reference);
    }
    expect(kills).toBeGreaterThanOrEqual(ROUNDS);
    console.log(
      `${kills} kills; documents stored at each kill (of ${reference.documents}): ${stored.join(' ')}`,
    );
  }, 600_000);
});

describe('concurrent writers', () => {
  it('two ingests of one corpus into one database at once: both complete, no failure, exact counts', async () => {
    const db = path.join(dir, 'two.db');
    const [a, b] = [start(db, [corpus]), start(db, [corpus])];
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect(ra.stderr).not.toMatch(/locked|busy/i);
    expect(rb.stderr).not.toMatch(/locked|busy/i);
    expect([ra.code, rb.code]).toEqual([0, 0]);
    const counts = [ra, rb].map((r) =>
      /(\d+) ingested, (\d+) unchanged, (\d+) republished copies, 0 failed/
        .exec(r.stderr)!
        .slice(1)
        .map(Number),
    );
    // Every document is stored once, by one of the two; the other found it there.
    expect(counts[0][0] + counts[1][0]).toBe(reference.documents);
    expect(counts[0].reduce((x, y) => x + y) + counts[1].reduce((x, y) => x + y)).toBe(2 * (DOCS + 2));
    expect(integrity(db)).toBe('ok');
    expect(snapshot(db)).toEqual(reference);
  }, 300_000);

  it('two ingests of disjoint halves at once, and queries while they write: no failure, exact counts', async () => {
    const halves = [path.join(dir, 'half-a'), path.join(dir, 'half-b')];
    halves.forEach((h) => mkdirSync(h));
    for (const f of readdirSync(corpus).sort()) {
      const i = f.startsWith('a') ? Number(f.slice(1, 5)) : 0; // copies with their originals, in order
      writeFileSync(path.join(halves[i % 2], f), readFileSync(path.join(corpus, f)));
    }
    const db = path.join(dir, 'halves.db');
    expect(ingest(db, path.join(corpus, 'a0000.txt')).status).toBe(0); // the database exists for the readers
    const writers = [start(db, [halves[0]]), start(db, [halves[1]])];
    let finished = false;
    void Promise.all(writers.map((w) => w.done)).then(() => (finished = true));
    let queries = 0;
    while (!finished) {
      for (const args of [
        ['docs', '--json'],
        ['events', '--json'],
        ['search', 'أردوغان'],
      ]) {
        const q = spawnSync('node', [CLI, '--db', db, ...args], { encoding: 'utf8' });
        expect({ args, status: q.status, stderr: q.stderr }).toEqual({ args, status: 0, stderr: '' });
        queries++;
        if (args[0] === 'docs') JSON.parse(q.stdout); // a whole JSON document, never a torn one
      }
      await new Promise((r) => setTimeout(r, 10)); // let the writers' exits be seen
    }
    const results = await Promise.all(writers.map((w) => w.done));
    for (const r of results)
      expect({ code: r.code, failed: /, 0 failed/.test(r.stderr) }).toEqual({ code: 0, failed: true });
    expect(queries).toBeGreaterThan(0);
    const s = snapshot(db);
    expect(integrity(db)).toBe('ok');
    expect({
      documents: s.documents,
      sightings: s.sightings,
      mentions: s.mentions,
      failures: s.failures,
      ids: s.ids,
    }).toEqual({
      documents: reference.documents,
      sightings: reference.sightings,
      mentions: reference.mentions,
      failures: 0,
      ids: reference.ids,
    });
    // The events are those of all mentions, whichever ingest rebuilt them last.
    expect(s.eventIds).toBe(reference.eventIds);
  }, 300_000);
});
