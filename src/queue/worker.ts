// `mirsad worker`: runs the queue's jobs (jobs.ts) on PostgreSQL. Each job analyses its document
// in a worker thread (the time budget of ingest), stores it in one transaction and merges what is
// unmerged (one merge step at a time across all workers: the store's advisory lock). A document
// that cannot be read or has no article text is recorded as a failure and its job is done; an error
// of the database or the process fails the job, which graphile-worker retries with back-off.
import { run, type Runner } from 'graphile-worker';
import { PostgresStore } from '../store/postgres.js';
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
  /** A job locked longer than this is taken to be a dead worker's and is run again (ms). */
  staleAfterMs?: number;
  onJob?: (job: AnalyzeJob, result: string) => void;
}

export async function runWorker(opts: WorkerOptions): Promise<{ jobs: number }> {
  const limits = withDefaults(opts.limits);
  const concurrency = Math.max(1, opts.concurrency);
  const store = new PostgresStore(opts.url, { max: concurrency + 1 });
  const pool = new AnalysisPool({ workers: opts.concurrency });
  const utils = await workerUtils(opts.url);
  let jobs = 0;
  const staleAfter = opts.staleAfterMs ?? 10 * 60_000;
  // graphile-worker itself frees a dead worker's jobs only after 4 hours.
  const freeStale = () =>
    utils.withPgClient((c) =>
      c.query(
        `UPDATE graphile_worker._private_jobs SET locked_at = NULL, locked_by = NULL
         WHERE locked_at < now() - make_interval(secs => $1)`,
        [staleAfter / 1000],
      ),
    );
  await freeStale();
  let runner: Runner | null = null;
  try {
    runner = await run({
      connectionString: opts.url,
      concurrency,
      noHandleSignals: true,
      pollInterval: 500,
      parsedCronItems: [],
      logger: quietLogger,
      taskList: {
        [ANALYZE_TASK]: async (payload) => {
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
    const sweep = setInterval(
      () => void freeStale().catch(() => undefined),
      Math.min(30_000, staleAfter / 2),
    );
    if (opts.untilEmpty) void stopWhenEmpty(utils, runner);
    await runner.promise;
    clearInterval(sweep);
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    // What a job stored and could not merge (its merge failed, or it was killed in between).
    await mergePending(store);
  } finally {
    await pool.close();
    await utils.release();
    await store.close();
  }
  return { jobs };
}

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
  const [put] = await store.putDocuments([r.doc!]);
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
