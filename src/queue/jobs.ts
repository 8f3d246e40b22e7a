// Ingest on PostgreSQL as a job queue (graphile-worker: jobs in the same database, LISTEN/NOTIFY and
// SKIP LOCKED, retries with back-off). `mirsad ingest` enqueues one job per document read; workers
// analyse, store and merge it. A job's key is its input's identity and content, so enqueueing the
// same document again while it waits adds nothing; and running a job twice (a worker killed after
// storing, its job retried) stores nothing twice, as the document id decides in putDocuments. An
// at-least-once queue thus has exactly-once effects.
import { createHash } from 'node:crypto';
import { Logger, makeWorkerUtils, type WorkerUtils } from 'graphile-worker';
import type { RawInput } from '../types.js';
import type { Store } from '../store/store.js';
import { expandPaths, readItems } from '../ingest/read.js';
import { withDefaults, type Limits } from '../ingest/limits.js';

export const ANALYZE_TASK = 'mirsad_analyze';
/** Tries of one job before it is left failed (`mirsad retry-failed` tries again). */
export const MAX_ATTEMPTS = 8;

export interface AnalyzeJob {
  input: RawInput;
  /** The file it was read from (its failures are recorded under it). */
  file: string;
  published?: string;
}

export const jobKey = (input: RawInput) =>
  `doc:${createHash('sha256').update(`${input.identity}\n${input.content}`).digest('hex').slice(0, 32)}`;

/** graphile-worker's messages: errors and warnings only, to stderr. */
export const quietLogger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') process.stderr.write(`worker: ${message}\n`);
});

export async function workerUtils(url: string): Promise<WorkerUtils> {
  const utils = await makeWorkerUtils({ connectionString: url, logger: quietLogger });
  await utils.migrate();
  return utils;
}

export interface EnqueueSummary {
  files: number;
  queued: number;
  failed: { source: string; reason: string }[];
}

/** Read paths and enqueue one job per document; what cannot be read is recorded as a failure. */
export async function enqueuePaths(
  store: Store,
  url: string,
  paths: string[],
  opts: { published?: string; limits?: Partial<Limits>; only?: Set<string> } = {},
): Promise<EnqueueSummary> {
  const limits = withDefaults(opts.limits);
  const { files, failures } = expandPaths(paths);
  const summary: EnqueueSummary = { files: files.length, queued: 0, failed: [] };
  const fail = async (f: { source: string; reason: string; file?: string }) => {
    summary.failed.push(f);
    await store.recordFailure(f.source, f.reason, f.file);
  };
  for (const f of failures) await fail(f);
  const utils = await workerUtils(url);
  try {
    // By key: one batch may not name a job twice.
    let batch = new Map<string, AnalyzeJob>();
    const flush = async () => {
      if (!batch.size) return;
      await utils.addJobs(
        [...batch].map(([key, payload]) => ({
          identifier: ANALYZE_TASK,
          payload,
          jobKey: key,
          maxAttempts: MAX_ATTEMPTS,
        })),
        true,
      );
      summary.queued += batch.size;
      batch = new Map();
    };
    for (const file of files) {
      for await (const item of readItems(file, limits)) {
        if (item.failure) await fail(item.failure);
        else if (!opts.only || opts.only.has(item.input.source) || opts.only.has(file))
          batch.set(jobKey(item.input), { input: item.input, file, published: opts.published });
        if (batch.size >= 200) await flush();
      }
    }
    await flush();
  } finally {
    await utils.release();
  }
  return summary;
}
