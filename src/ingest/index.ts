// The ingest stage: paths -> RawInput -> pipeline (worker threads, a time budget per document)
// -> store, in batches (one transaction each, in input order whatever order the workers finish in),
// each batch's mentions merged into events incrementally right after it (src/rebuild.ts).
// Bad input is recorded in the failures table as it is met (file, line or byte offset, reason)
// and skipped; the rest of the batch lands. Ingest is idempotent, so a killed run is resumed by
// running it again.
import { availableParallelism } from 'node:os';
import type { Store } from '../store/store.js';
import type { RawInput } from '../types.js';
import { expandPaths, readItems, type Failure } from './read.js';
import { withDefaults, type Limits } from './limits.js';
import { AHEAD, sharedPool, type AnalysisPool, type AnalysisResult } from './worker-pool.js';
import { mergePending } from '../rebuild.js';
import type { AnalyzedDocument } from '../types.js';
import type { PreparedDocument } from '../store/prepare.js';

export interface IngestSummary {
  files: number;
  ingested: number;
  unchanged: number;
  republished: number;
  failed: Failure[];
  warnings: Failure[];
  /** Earlier failures that this run stored or no longer met. */
  resolved: number;
}

export interface IngestOptions {
  onFile?: (file: string, index: number, total: number) => void;
  /** The publication date (YYYY-MM-DD) of documents that show none. */
  published?: string;
  limits?: Partial<Limits>;
  /** Analysis worker threads; 0 analyzes in this thread (no time budget). Default: one per core. */
  workers?: number;
  /** The analysis pool to use (default: the process's shared pool of `workers` threads). */
  pool?: AnalysisPool;
  /** Only these sources (retry-failed): a source is a file, `file:line`, `file#itemN`, `file#recordN`. */
  only?: Set<string>;
  /** Documents stored per transaction (then merged). Default 64. */
  batch?: number;
  /** Leave the mentions unmerged (the caller merges). */
  noMerge?: boolean;
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

type Pending =
  | { source: string; file: string; result: Promise<AnalysisResult> }
  | { failure: Failure }
  | { fileDone: string };

export async function ingestPaths(
  store: Store,
  paths: string[],
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const limits = withDefaults(opts.limits);
  const { files, failures, warnings } = expandPaths(paths);
  const summary: IngestSummary = {
    files: files.length,
    ingested: 0,
    unchanged: 0,
    republished: 0,
    failed: [],
    warnings: [...warnings],
    resolved: 0,
  };
  const fail = async (f: Failure) => {
    summary.failed.push(f);
    await store.recordFailure(f.source, f.reason, f.file);
  };
  // Sources failing until now: storing one resolves it (in putDocument's transaction).
  const failing = new Set((await store.listFailures()).map((f) => f.source));
  for (const f of failures) await fail(f);
  // A folder or pattern that failed before (missing, matched nothing) and is there now; a file's own
  // failures are resolved once it has been read again (below).
  for (const p of paths)
    if (!failures.some((f) => f.source === p) && !files.includes(p))
      summary.resolved += await store.resolveFailures(p, []);

  const pool = opts.pool ?? sharedPool(opts.workers ?? defaultWorkers());
  const window: Pending[] = [];
  // Enough in flight that every worker holds its documents ahead (worker-pool.ts) and one more waits.
  const maxWindow = (AHEAD + 2) * Math.max(1, opts.workers ?? defaultWorkers()) + 2;
  const failedIn = new Map<string, string[]>();
  // Documents analyzed and waiting to be stored: a batch is stored in one transaction, then merged.
  const batchSize = Math.max(1, opts.batch ?? 64);
  let batch: { doc: AnalyzedDocument; prepared?: PreparedDocument; source: string; file: string }[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const todo = batch;
    batch = [];
    let results: Awaited<ReturnType<Store['putDocuments']>> | null = null;
    try {
      results = await store.putDocuments(todo.map((t) => t.prepared ?? t.doc));
    } catch {
      results = null;
    }
    for (const [i, t] of todo.entries()) {
      try {
        const put = results ? results[i] : await store.putDocument(t.doc);
        summary[put === 'inserted' ? 'ingested' : put]++;
        if (failing.delete(t.source)) summary.resolved++;
      } catch (e) {
        failedIn.get(t.file)?.push(t.source);
        await fail({ source: t.source, reason: `cannot store: ${(e as Error).message}`, file: t.file });
      }
    }
    if (!opts.noMerge) await mergePending(store);
  };

  // Results are stored in input order, so which of two near copies is the original never depends on timing.
  const settle = async () => {
    const p = window.shift()!;
    if ('failure' in p) return void (await fail(p.failure));
    // Everything of this file is settled: its old failures that did not recur are resolved.
    if ('fileDone' in p) {
      await flush();
      return void (summary.resolved += await store.resolveFailures(p.fileDone, failedIn.get(p.fileDone)!));
    }
    const r = await p.result;
    const failHere = async (reason: string) => {
      failedIn.get(p.file)?.push(p.source);
      await fail({ source: p.source, reason, file: p.file });
    };
    if (r.error !== undefined) return failHere(r.error);
    const doc = r.doc;
    for (const m of doc.messages)
      if (m.level === 'warning') summary.warnings.push({ source: p.source, reason: m.reason });
    if (!doc.extraction.paragraphs.length) return failHere('no article text found');
    batch.push({ doc, prepared: r.prepared, source: p.source, file: p.file });
    if (batch.length >= batchSize) await flush();
  };

  for (const [i, file] of files.entries()) {
    opts.onFile?.(file, i, files.length);
    failedIn.set(file, []);
    for await (const item of readItems(file, limits)) {
      if (item.failure) {
        failedIn.get(file)!.push(item.failure.source);
        window.push({ failure: item.failure });
      } else {
        const input: RawInput = item.input;
        if (opts.only && !opts.only.has(input.source) && !opts.only.has(file)) continue;
        window.push({
          source: input.source,
          file,
          result: pool.run(input, limits.timeBudgetMs, { published: opts.published }),
        });
      }
      while (window.length >= maxWindow) await settle();
    }
    window.push({ fileDone: file });
  }
  while (window.length) await settle();
  await flush();
  if (!opts.noMerge) await mergePending(store);
  return summary;
}
