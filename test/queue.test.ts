// The queue on PostgreSQL (src/queue/): documents enqueued once, and workers that give the events
// one SQLite process gives. Concurrency: two workers over the seeds and generated reports (in this
// process, so their code is measured). Crash: worker processes killed with SIGKILL at random points,
// round after round, then one run to the end; every count exact, nothing stored twice, no partial
// rows. QUEUE_DOCS and QUEUE_CRASH_ROUNDS set the sizes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { SqliteStore } from '../src/store/sqlite.js';
import { PostgresStore } from '../src/store/postgres.js';
import type { Store } from '../src/store/store.js';
import { ingestPaths } from '../src/ingest/index.js';
import { ANALYZE_TASK, enqueuePaths, workerUtils } from '../src/queue/jobs.js';
import { runWorker } from '../src/queue/worker.js';
import { queueStatus, renderQueueStatus, retryFailedJobs } from '../src/queue/status.js';
import { generate } from '../scripts/generate-corpus.js';
import { storeKinds, testDatabase } from './helpers/stores.js';

const CLI = 'dist/cli/main.js';
const DOCS = Number(process.env.QUEUE_DOCS ?? 160);
const ROUNDS = Number(process.env.QUEUE_CRASH_ROUNDS ?? 6);

const kinds = await storeKinds();
const postgres = kinds.some((k) => k.name === 'postgres');
const databases = postgres ? [await testDatabase(), await testDatabase()] : [];

/** The seeds and `n` generated reports (their republished copies left out: which of two copies is stored depends on order). */
function writeCorpus(to: string, n: number): void {
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync('examples/seeds'))
    copyFileSync(path.join('examples/seeds', f), path.join(to, f));
  const file = path.join(to, 'generated.jsonl');
  const docs = generate(n, file);
  const lines = readFileSync(file, 'utf8').split('\n');
  writeFileSync(
    file,
    docs
      .filter((d) => d.copyOf === null)
      .map((d) => lines[d.line - 1])
      .join('\n') + '\n',
  );
}

// A claim's speaker by id only: the labels of an institution's record can differ from one analysis
// to the next in one process (its Arabic name is empty or not depending on the documents analysed
// before it, SQLite alone shows it), which is the entities stage's, not the store's or the queue's.
const canonical = async (store: Store) =>
  JSON.stringify({
    events: (await store.listEvents())
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((e) => ({ ...e, claims: e.claims.map((c) => ({ ...c, source: c.source?.id ?? null })) })),
    stories: (await store.listStories()).sort((a, b) => a.id.localeCompare(b.id)),
    documents: (await store.listDocuments()).map((d) => [d.id, d.source, d.events, d.copies]),
  });

/** What differs between two canonical states, briefly (empty when they are equal). */
function difference(got: string, expected: string): string {
  if (got === expected) return '';
  const [a, b] = [JSON.parse(got), JSON.parse(expected)];
  const ids = (x: { events: { id: string }[] }) => new Set(x.events.map((e) => e.id));
  const only = (x: Set<string>, y: Set<string>) => [...x].filter((v) => !y.has(v)).join(' ');
  const docs = (x: { documents: unknown[] }) => new Set(x.documents.map((d) => JSON.stringify(d)));
  const changed = a.events.filter((e: { id: string }) => {
    const o = b.events.find((x: { id: string }) => x.id === e.id);
    return o && JSON.stringify(o) !== JSON.stringify(e);
  });
  return [
    `documents only here: ${only(docs(a), docs(b))}; only expected: ${only(docs(b), docs(a))}`,
    `events only here: ${only(ids(a), ids(b))}; only expected: ${only(ids(b), ids(a))}`,
    `events that differ: ${changed
      .map((e: Record<string, unknown>) => {
        const o = b.events.find((x: { id: string }) => x.id === e.id);
        const fields = Object.keys(e).filter((k) => JSON.stringify(e[k]) !== JSON.stringify(o[k]));
        const brief = (x: unknown, y: unknown) => {
          const [p, q] = [JSON.stringify(x), JSON.stringify(y)];
          let i = 0;
          while (i < p.length && p[i] === q[i]) i++;
          return `…${p.slice(Math.max(0, i - 150), i + 250)} vs …${q.slice(Math.max(0, i - 150), i + 250)}`;
        };
        return `${e.id} (${fields.map((k) => `${k}: ${brief(e[k], o[k])}`).join('; ')})`;
      })
      .join(' ')}`,
    `stories: ${a.stories.length} (expected ${b.stories.length}), equal: ${JSON.stringify(a.stories) === JSON.stringify(b.stories)}`,
  ].join('\n');
}

/** What one SQLite process stores and merges from the same files. */
async function reference(corpus: string, dir: string): Promise<string> {
  const store = new SqliteStore(path.join(dir, `${path.basename(corpus)}.db`));
  await ingestPaths(store, [corpus]);
  const state = await canonical(store);
  await store.close();
  return state;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mirsad-queue-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!postgres)('queue on PostgreSQL', () => {
  it('two workers give the events of one SQLite process; enqueueing again adds nothing', async () => {
    const corpus = path.join(dir, 'corpus');
    writeCorpus(corpus, DOCS);
    const expected = await reference(corpus, dir);
    const url = databases[0].url;
    const store = new PostgresStore(url);
    const first = await enqueuePaths(store, url, [corpus, path.join(dir, 'missing')]);
    expect(first.failed.map((f) => f.reason)).toEqual([
      expect.stringMatching(/no such file|not found|does not exist/i),
    ]);
    await enqueuePaths(store, url, [corpus]);
    const utils = await workerUtils(url);
    const waiting = await queueStatus(utils);
    expect(waiting.waiting).toBe(first.queued);
    expect(first.queued).toBeGreaterThan(DOCS * 0.8);
    const runs = await Promise.all([1, 2].map(() => runWorker({ url, concurrency: 1, untilEmpty: true })));
    expect(runs[0].jobs + runs[1].jobs).toBe(first.queued);
    expect(Math.min(runs[0].jobs, runs[1].jobs)).toBeGreaterThan(0);
    expect(difference(await canonical(store), expected)).toBe('');
    const done = await queueStatus(utils);
    expect(done).toMatchObject({ waiting: 0, running: 0, failed: [], documents: first.queued });
    expect(renderQueueStatus(done)).toContain(`${first.queued} documents`);
    expect(await retryFailedJobs(utils)).toBe(0);
    // A job that failed for good is shown with its reason, and retry-failed queues it again.
    const [job] = await utils.addJobs([
      { identifier: ANALYZE_TASK, payload: { input: { source: 'lost.txt' } }, maxAttempts: 1 },
    ]);
    await utils.permanentlyFailJobs([job.id], 'the disk went away');
    const failed = await queueStatus(utils);
    expect(failed.failed).toMatchObject([{ source: 'lost.txt', error: 'the disk went away' }]);
    expect(renderQueueStatus(failed)).toContain('lost.txt: the disk went away');
    expect(await retryFailedJobs(utils)).toBe(1);
    expect((await queueStatus(utils)).waiting).toBe(1);
    await utils.completeJobs([job.id]);
    await utils.release();
    await store.close();
  }, 600_000);

  it('workers killed with SIGKILL at random points lose nothing and store nothing twice', async () => {
    const corpus = path.join(dir, 'crash');
    writeCorpus(corpus, 40);
    const expected = await reference(corpus, dir);
    const url = databases[1].url;
    const cli = (args: string[]) => spawnSync('node', [CLI, '--db', url, ...args], { encoding: 'utf8' });
    expect(cli(['ingest', corpus]).status).toBe(0);
    let seed = 11;
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
    const errors: string[] = [];
    const worker = () => {
      const p = spawn('node', [CLI, '--db', url, 'worker', '--concurrency', '1'], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      p.stderr?.on('data', (d) => errors.push(String(d)));
      return p;
    };
    const exited = (p: ChildProcess) =>
      new Promise((r) => (p.exitCode !== null ? r(null) : p.once('exit', r)));
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    let killed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const ws = [worker(), worker()];
      for (const w of ws) {
        await sleep(600 + rand() * 2400);
        w.kill('SIGKILL');
        await exited(w);
        if (w.signalCode === 'SIGKILL') killed++;
      }
    }
    expect(killed, errors.join('')).toBe(2 * ROUNDS);
    const last = cli(['worker', '--concurrency', '2', '--until-empty']);
    expect(last.status, last.stderr).toBe(0);
    const store = new PostgresStore(url);
    expect(difference(await canonical(store), expected)).toBe('');
    // No partial rows: each stored document has its features, search row and mentions, each mention one event.
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const one = async (sql: string) => Number((await db.query(sql)).rows[0].n);
    const documents = await one('SELECT COUNT(*) AS n FROM documents');
    expect(await one('SELECT COUNT(*) AS n FROM document_features')).toBe(documents);
    expect(await one('SELECT COUNT(*) AS n FROM document_search')).toBe(documents);
    expect(await one('SELECT COUNT(*) AS n FROM mentions WHERE group_key IS NULL')).toBe(0);
    const mentions = (await store.listEvents()).flatMap((e) => e.mentions);
    expect(new Set(mentions).size).toBe(mentions.length);
    expect(mentions.length).toBe(await one('SELECT COUNT(*) AS n FROM mentions'));
    expect(await one('SELECT COUNT(*) AS n FROM graphile_worker._private_jobs')).toBe(0);
    await db.end();
    const status = cli(['status']);
    expect(status.stdout).toContain('queue: 0 waiting, 0 running, 0 to retry, 0 failed');
    await store.close();
  }, 600_000);
});
