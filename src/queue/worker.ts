// `mirsad worker`: runs the queue's jobs (jobs.ts) on PostgreSQL. Each job analyses its document
// in a worker thread (the time budget of ingest), stores it in one transaction and merges what is
// unmerged (one merge step at a time across all workers: the store's advisory lock). A document
// that cannot be read or has no article text is recorded as a failure and its job is done; an error
// of the database or the process fails the job, which graphile-worker retries with back-off; a job
// whose worker died is run again at once by any worker (the liveness locks below).
import { randomInt } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { run, type Runner, type WorkerEvents } from 'graphile-worker';
import pg from 'pg';
import { LOCK, PostgresStore } from '../store/postgres.js';
import { mergePending } from '../rebuild.js';
import { AnalysisPool } from '../ingest/worker-pool.js';
import { withDefaults, type Limits } from '../ingest/limits.js';
import { ANALYZE_TASK, type AnalyzeJob, quietLogger, workerUtils } from './jobs.js';

export interface WorkerOptions {
  url: string;
  /** Jobs at once, each analysed in its own worker thread (0: in this thread, no time budget). */
  concurrency: number;
  limits?: Partial<Limits>;
  /** Stop when no job is waiting or running (tests, benchmarks, batch runs). */
  untilEmpty?: boolean;
  onJob?: (job: AnalyzeJob, result: string) => void;
}

export async function runWorker(opts: WorkerOptions): Promise<{ jobs: number }> {
  const limits = withDefaults(opts.limits);
  const concurrency = Math.max(1, opts.concurrency);
  const store = new PostgresStore(opts.url, { max: concurrency + 1 });
  const pool = new AnalysisPool({ workers: opts.concurrency });
  const utils = await workerUtils(opts.url);
  await store.ready;
  const alive = await holdLiveness(opts.url);
  let jobs = 0;
  const freeDead = () => utils.withPgClient((c) => c.query(FREE_DEAD_WORKERS_JOBS, [LOCK.space]));
  await freeDead();
  // The pool's id is what graphile-worker locks jobs with: recorded with this process's liveness token.
  const events = new EventEmitter() as WorkerEvents;
  let registered: Promise<unknown> = Promise.resolve();
  events.on('pool:create', ({ workerPool }) => {
    registered = alive.client.query('INSERT INTO queue_workers VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
      workerPool.id,
      alive.token,
      new Date().toISOString(),
    ]);
  });
  let runner: Runner | null = null;
  try {
    runner = await run({
      connectionString: opts.url,
      concurrency,
      events,
      noHandleSignals: true,
      pollInterval: 500,
      parsedCronItems: [],
      logger: quietLogger,
      taskList: {
        [ANALYZE_TASK]: async (payload) => {
          await registered;
          const job = payload as AnalyzeJob;
          const result = await analyzeAndStore(store, pool, job, limits.timeBudgetMs);
          jobs++;
          opts.onJob?.(job, result);
        },
      },
    });
    const stop = () => void runner?.stop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const sweep = setInterval(() => void freeDead().catch(() => undefined), 2000);
    if (opts.untilEmpty) void stopWhenEmpty(utils, runner);
    await runner.promise;
    clearInterval(sweep);
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    // What a job stored and could not merge (its merge failed, or it was killed in between).
    await mergePending(store);
    await registered;
  } finally {
    await pool.close();
    await utils.release();
    await alive.client.end();
    await store.close();
  }
  return { jobs };
}

/**
 * A worker process is alive while its session holds an advisory lock named by its token: the server
 * drops the lock with the connection when the process dies (SIGKILL, crash; keepalive for a lost
 * machine). graphile-worker itself frees a locked job only after 4 hours.
 */
async function holdLiveness(url: string): Promise<{ token: number; client: pg.Client }> {
  const client = new pg.Client({ connectionString: url, keepAlive: true });
  await client.connect();
  client.on('error', () => undefined);
  for (;;) {
    const token = randomInt(1, 2 ** 31 - 1);
    const { rows } = await client.query('SELECT pg_try_advisory_lock($1, $2) AS ok', [LOCK.space, token]);
    if (rows[0].ok) return { token, client };
  }
}

/**
 * Jobs locked by a worker pool whose process's liveness lock is gone wait again (their tries
 * counted); a pool that died before it was recorded, after 10 minutes.
 */
const FREE_DEAD_WORKERS_JOBS = `
  UPDATE graphile_worker._private_jobs j SET locked_at = NULL, locked_by = NULL
  WHERE j.locked_by IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM queue_workers w JOIN pg_locks l
      ON l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.classid::bigint = $1
        AND l.objid::bigint = w.token AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
    WHERE w.pool_id = j.locked_by)
  AND (EXISTS (SELECT 1 FROM queue_workers w WHERE w.pool_id = j.locked_by) OR j.locked_at < now() - interval '10 minutes')`;

async function analyzeAndStore(
  store: PostgresStore,
  pool: AnalysisPool,
  job: AnalyzeJob,
  budgetMs: number,
): Promise<string> {
  const { input, file } = job;
  const r = await pool.run(input, budgetMs, { published: job.published });
  const reason = r.error ?? (r.doc.extraction.paragraphs.length ? null : 'no article text found');
  if (reason !== null) {
    await store.recordFailure(input.source, reason, file);
    return 'failed';
  }
  const [put] = await store.putDocuments([r.prepared ?? r.doc!]);
  await mergePending(store);
  return put;
}

/**
 * Stop the runner once no job waits, runs or is to be retried (polled; jobs added meanwhile keep it
 * going; a dead worker's job is freed by the sweep and run here).
 */
async function stopWhenEmpty(utils: Awaited<ReturnType<typeof workerUtils>>, runner: Runner): Promise<void> {
  for (;;) {
    await new Promise((r) => setTimeout(r, 500));
    const { rows } = await utils.withPgClient((c) =>
      c.query<{ n: number }>(
        'SELECT COUNT(*)::int AS n FROM graphile_worker._private_jobs WHERE attempts < max_attempts',
      ),
    );
    if (rows[0].n === 0) return void (await runner.stop());
  }
}
