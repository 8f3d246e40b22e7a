// Politeness: at most `perHost` requests at once to one host, at least `delayMs` between the
// starts of two requests to it (robots.txt Crawl-delay can raise a host's delay), at most
// `concurrency` requests at once in all. Hosts take turns, so a slow host holds only its own slots.
export class StoppedError extends Error {
  constructor() {
    super('stopped');
  }
}

interface Waiter {
  start: () => void;
  reject: (e: Error) => void;
}

interface HostSlot {
  active: number;
  nextStart: number;
  delayMs: number;
  queue: Waiter[];
}

export interface GateOptions {
  concurrency: number;
  perHost: number;
  delayMs: number;
  now?: () => number;
}

export class HostGate {
  private hosts = new Map<string, HostSlot>();
  private active = 0;
  private turn = 0;
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;
  private stopped = false;
  private now: () => number;

  constructor(private opts: GateOptions) {
    this.now = opts.now ?? Date.now;
  }

  private slot(host: string): HostSlot {
    let s = this.hosts.get(host);
    if (!s) this.hosts.set(host, (s = { active: 0, nextStart: 0, delayMs: this.opts.delayMs, queue: [] }));
    return s;
  }

  /** A host's own delay (Crawl-delay), never below the configured one. */
  setDelay(host: string, ms: number): void {
    const s = this.slot(host);
    s.delayMs = Math.max(this.opts.delayMs, ms);
  }

  delayOf(host: string): number {
    return this.slot(host).delayMs;
  }

  /** Run fn when the host and the whole gate have a free slot; StoppedError if stopped first. */
  run<T>(host: string, fn: () => Promise<T>): Promise<T> {
    if (this.stopped) return Promise.reject(new StoppedError());
    const s = this.slot(host);
    return new Promise<T>((resolve, reject) => {
      s.queue.push({
        reject,
        start: () => {
          Promise.resolve()
            .then(fn)
            .then(resolve, reject)
            .finally(() => {
              s.active--;
              this.active--;
              this.pump();
            });
        },
      });
      this.pump();
    });
  }

  /** Start nothing more: every waiting call fails with StoppedError; running ones finish. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const s of this.hosts.values()) for (const w of s.queue.splice(0)) w.reject(new StoppedError());
  }

  private pump(): void {
    if (this.stopped) return;
    const hosts = [...this.hosts.values()];
    let wake = Infinity;
    let progress = true;
    while (progress && this.active < this.opts.concurrency) {
      progress = false;
      const first = this.turn;
      for (let k = 0; k < hosts.length && this.active < this.opts.concurrency; k++) {
        const s = hosts[(first + k) % hosts.length];
        if (!s.queue.length || s.active >= this.opts.perHost) continue;
        const now = this.now();
        if (now < s.nextStart) {
          wake = Math.min(wake, s.nextStart - now);
          continue;
        }
        const w = s.queue.shift()!;
        s.active++;
        this.active++;
        s.nextStart = now + s.delayMs;
        this.turn = (first + k + 1) % hosts.length;
        progress = true;
        w.start();
      }
    }
    const at = this.now() + wake;
    if (wake < Infinity && at < this.timerAt) {
      if (this.timer) clearTimeout(this.timer);
      this.timerAt = at;
      this.timer = setTimeout(() => {
        this.timer = null;
        this.timerAt = Infinity;
        this.pump();
      }, wake);
    }
  }
}
