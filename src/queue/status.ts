// `mirsad status` and `mirsad retry-failed` for the queue on PostgreSQL: jobs waiting, running and
// failed (with the reason of their last try), and documents stored per minute and hour.
import type { WorkerUtils } from 'graphile-worker';
import type { AnalyzeJob } from './jobs.js';

export interface QueueStatus {
  waiting: number;
  running: number;
  /** Failed at least once, to be tried again after a back-off. */
  retrying: number;
  failed: { id: string; source: string; attempts: number; error: string | null; at: string }[];
  documents: number;
  storedLastMinute: number;
  storedLastHour: number;
}

export async function queueStatus(utils: WorkerUtils, now = new Date()): Promise<QueueStatus> {
  return utils.withPgClient(async (c) => {
    const counts = (
      await c.query<{ waiting: number; running: number; retrying: number }>(
        `SELECT COUNT(*) FILTER (WHERE locked_at IS NULL AND attempts = 0)::int AS waiting,
                COUNT(*) FILTER (WHERE locked_at IS NOT NULL)::int AS running,
                COUNT(*) FILTER (WHERE locked_at IS NULL AND attempts > 0)::int AS retrying
         FROM graphile_worker._private_jobs WHERE attempts < max_attempts`,
      )
    ).rows[0];
    const failed = await c.query<{
      id: string;
      payload: AnalyzeJob;
      attempts: number;
      error: string | null;
      at: Date;
    }>(
      `SELECT id::text, payload, attempts, last_error AS error, updated_at AS at FROM graphile_worker._private_jobs
       WHERE attempts >= max_attempts ORDER BY updated_at, id`,
    );
    const since = (ms: number) => new Date(now.getTime() - ms).toISOString();
    const docs = (
      await c.query<{ documents: number; minute: number; hour: number }>(
        `SELECT COUNT(*)::int AS documents, COUNT(*) FILTER (WHERE ingested_at > $1)::int AS minute,
                COUNT(*) FILTER (WHERE ingested_at > $2)::int AS hour FROM documents`,
        [since(60_000), since(3600_000)],
      )
    ).rows[0];
    return {
      ...counts,
      failed: failed.rows.map((r) => ({
        id: r.id,
        source: r.payload?.input?.source ?? '?',
        attempts: r.attempts,
        error: r.error,
        at: r.at.toISOString(),
      })),
      documents: docs.documents,
      storedLastMinute: docs.minute,
      storedLastHour: docs.hour,
    };
  });
}

export function renderQueueStatus(s: QueueStatus): string {
  const lines = [
    `queue: ${s.waiting} waiting, ${s.running} running, ${s.retrying} to retry, ${s.failed.length} failed`,
    `stored: ${s.documents} documents; ${s.storedLastMinute} in the last minute (${(s.storedLastMinute / 60).toFixed(1)}/s), ${s.storedLastHour} in the last hour`,
  ];
  for (const f of s.failed)
    lines.push(
      `  failed after ${f.attempts} tries: ${f.source}: ${(f.error ?? '').split('\n')[0].slice(0, 160)}`,
    );
  if (s.failed.length) lines.push('`mirsad retry-failed` runs them again.');
  return lines.join('\n');
}

/**
 * Failed jobs waiting again, their tries counted from zero. Returns how many. (graphile-worker's
 * rescheduleJobs cannot set the tries to zero: it reads 0 as "unchanged".)
 */
export async function retryFailedJobs(utils: WorkerUtils): Promise<number> {
  const { rowCount } = await utils.withPgClient((c) =>
    c.query(
      `UPDATE graphile_worker._private_jobs SET attempts = 0, last_error = NULL, run_at = now(), updated_at = now()
       WHERE attempts >= max_attempts`,
    ),
  );
  return rowCount ?? 0;
}
