// Analysis in worker threads, so that one pathological page cannot stall a run: each document has
// a time budget, and a worker still busy when it runs out is terminated (and replaced) — the only
// way to stop a synchronous parse or regex. A worker that runs out of memory is replaced the same
// way. Workers start on demand, up to `workers`; each warms up before its first document, so the
// budget counts the document's own time only. A worker holds the next documents too (`AHEAD`), so it
// never waits while this thread stores and merges; a document's budget starts when the one before it
// is seen done (a little late when this thread was busy), and what a stopped worker held is run again
// by another.
import { Worker } from 'node:worker_threads';
import type { AnalyzedDocument, RawInput } from '../types.js';
import type { PipelineOptions } from '../pipeline.js';
import type { PreparedDocument } from '../store/prepare.js';

export type AnalysisResult =
  | { doc: AnalyzedDocument; prepared?: PreparedDocument; error?: undefined }
  | { error: string; doc?: undefined; prepared?: undefined };

/** Documents sent to a worker beyond the one it analyzes. */
export const AHEAD = 2;

export interface PoolOptions {
  /** Worker threads (0: analyze in this thread, no time budget). */
  workers: number;
  /** Heap of one worker, MB: a document that needs more fails alone. */
  maxWorkerMemoryMb?: number;
}

interface Task {
  id: number;
  input: RawInput;
  /** Budget for extraction and analysis, ms. */
  budgetMs: number;
  options: PipelineOptions;
  resolve: (r: AnalysisResult) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Sent to the worker, in order: the first is being analyzed (its budget running), the rest wait there. */
  tasks: Task[];
  timer: NodeJS.Timeout | null;
  started: number;
}

/** The worker's entry: the built .js beside this file, or under tsx/vitest the .ts source. */
function spawn(maxMemoryMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxMemoryMb };
  if (import.meta.url.endsWith('.js'))
    return new Worker(new URL('./analyze-worker.js', import.meta.url), { resourceLimits });
  const entry = new URL('./analyze-worker.ts', import.meta.url).href;
  const tsx = new URL('../../node_modules/tsx/dist/esm/api/index.mjs', import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`,
    { eval: true, resourceLimits },
  );
}

export class AnalysisPool {
  private slots: Slot[] = [];
  private queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  private readonly max: number;
  private readonly memory: number;

  constructor(private readonly opts: PoolOptions) {
    this.max = Math.max(0, opts.workers);
    this.memory = opts.maxWorkerMemoryMb ?? 2048;
  }

  /** Analyze one document within `budgetMs` (not enforced when the pool has no workers). */
  async run(input: RawInput, budgetMs: number, options: PipelineOptions = {}): Promise<AnalysisResult> {
    if (this.max === 0) {
      const { analyze } = await import('../pipeline.js');
      try {
        return { doc: analyze(input, options) };
      } catch (e) {
        return { error: `analysis failed: ${(e as Error).message}` };
      }
    }
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, input, budgetMs, options, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    // Idle workers first, then one more document ahead for each, and so on.
    for (let depth = 0; depth <= AHEAD; depth++)
      for (const slot of this.slots) {
        if (!this.queue.length) return;
        if (slot.ready && slot.tasks.length === depth) this.send(slot, this.queue.shift()!);
      }
    // Everyone busy or warming up: one more worker, while the queue is longer than those warming.
    const warming = this.slots.filter((s) => !s.ready).length;
    if (this.queue.length > warming && this.slots.length < this.max && !this.closed) this.add();
  }

  private add(): Slot {
    const slot: Slot = { worker: spawn(this.memory), ready: false, tasks: [], timer: null, started: 0 };
    this.slots.push(slot);
    // Idle workers do not keep the process alive (the pool is shared); busy or warming ones do.
    slot.worker.ref();
    slot.worker.on(
      'message',
      (msg: { ready?: boolean; id?: number; prepared?: PreparedDocument; error?: string }) => {
        if (msg.ready) {
          slot.ready = true;
          slot.worker.unref();
          this.dispatch();
          return;
        }
        const task = slot.tasks[0];
        if (!task || msg.id !== task.id) return;
        this.finish(
          slot,
          msg.prepared
            ? { doc: msg.prepared.doc, prepared: msg.prepared }
            : { error: `analysis failed: ${msg.error}` },
        );
      },
    );
    slot.worker.on('error', (e: Error & { code?: string }) => {
      const reason =
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `out of memory in analysis (over ${this.memory} MB)`
          : `analysis failed: ${e.message}`;
      this.replace(slot, reason);
    });
    slot.worker.on('exit', () => this.replace(slot, 'analysis worker stopped'));
    return slot;
  }

  /** Send a document to a worker; its budget starts now if the worker has nothing before it. */
  private send(slot: Slot, task: Task): void {
    slot.tasks.push(task);
    slot.worker.ref();
    slot.worker.postMessage({ id: task.id, input: task.input, options: task.options });
    if (slot.tasks.length === 1) this.start(slot, task);
  }

  private start(slot: Slot, task: Task): void {
    slot.started = performance.now();
    slot.timer = setTimeout(() => {
      const secs =
        task.budgetMs < 1000 ? (task.budgetMs / 1000).toFixed(1) : String(Math.round(task.budgetMs / 1000));
      this.replace(
        slot,
        `over the time budget of ${secs} s for extraction and analysis (--time-budget); stopped`,
      );
    }, task.budgetMs);
  }

  private finish(slot: Slot, r: AnalysisResult): void {
    const task = slot.tasks.shift()!;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (slot.tasks.length) this.start(slot, slot.tasks[0]);
    else slot.worker.unref();
    task.resolve(r);
    this.dispatch();
  }

  /** Stop a worker (its document failed with `reason`) and start another in its place. */
  private replace(slot: Slot, reason: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {});
    void slot.worker.terminate();
    const [task, ...ahead] = slot.tasks;
    // What waited behind the stopped document is run again by another worker, first.
    this.queue.unshift(...ahead);
    if (this.closed) for (const t of this.queue.splice(0)) t.resolve({ error: 'analysis pool closed' });
    if (task) task.resolve({ error: reason });
    else if (!slot.ready && !this.closed) {
      // A worker that cannot even start: fail what waits rather than respawn forever.
      for (const t of this.queue.splice(0))
        t.resolve({ error: `${reason} (the analysis worker could not start)` });
      return;
    }
    if (!this.closed) this.dispatch();
  }

  /** Workers alive now (for tests). */
  get size(): number {
    return this.slots.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const t of this.queue.splice(0)) t.resolve({ error: 'analysis pool closed' });
    await Promise.all(
      slots.map((s) => {
        if (s.timer) clearTimeout(s.timer);
        s.worker.removeAllListeners();
        s.worker.on('error', () => {});
        return s.worker.terminate();
      }),
    );
  }
}

const shared = new Map<number, AnalysisPool>();

/** One pool per worker count for the whole process: workers are started (and warmed up) once. */
export function sharedPool(workers: number): AnalysisPool {
  let pool = shared.get(workers);
  if (!pool) shared.set(workers, (pool = new AnalysisPool({ workers })));
  return pool;
}
