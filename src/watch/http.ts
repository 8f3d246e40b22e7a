// The HTTP client of the watcher: undici (Node's own fetch), one request at a time through the
// politeness gate, a timeout that covers the body, a cap on the body's size, and retries with
// exponential back-off (or the server's Retry-After) for what fails in passing: a network
// error, a timeout, 429 and 5xx. Redirects are not followed here: the watcher follows them
// hop by hop, asking robots.txt and its own record before each.
import { HostGate, StoppedError } from './gate.js';
import { hostOf } from './urls.js';

export class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    /** Worth trying again later (network, timeout, 429, 5xx). */
    readonly transient: boolean,
  ) {
    super(message);
  }
}

export interface HttpResponse {
  url: string;
  status: number;
  headers: Headers;
  body: Buffer;
}

export interface HttpOptions {
  gate: HostGate;
  userAgent: string;
  timeoutMs: number;
  retries: number;
  maxBytes: number;
  /** First back-off; doubled at each further try. */
  backoffMs?: number;
  /** Longest wait for a Retry-After. */
  maxBackoffMs?: number;
  /** How to wait (tests pass one that does not). Rejects when the signal aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Stop waiting for retries (requests under way finish). */
  signal?: AbortSignal;
}

export const TRANSIENT = (status: number) =>
  status === 408 || status === 429 || (status >= 500 && status !== 501);

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new StoppedError());
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(new StoppedError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class HttpClient {
  /** Requests sent (each try counts). */
  requests = 0;
  bytes = 0;
  private sleep: NonNullable<HttpOptions['sleep']>;

  constructor(private opts: HttpOptions) {
    this.sleep = opts.sleep ?? abortableSleep;
  }

  /** GET one URL (no redirect followed): the last response, or HttpError when none came. tally counts the tries. */
  async get(
    url: string,
    headers: Record<string, string> = {},
    tally?: { requests: number },
  ): Promise<HttpResponse> {
    const host = hostOf(url);
    const backoff = this.opts.backoffMs ?? 1000;
    for (let attempt = 0; ; attempt++) {
      let res: HttpResponse | null = null;
      let error: HttpError | null = null;
      try {
        res = await this.opts.gate.run(host, () => {
          if (tally) tally.requests++;
          return this.once(url, headers);
        });
      } catch (e) {
        if (e instanceof StoppedError) throw e;
        error = e instanceof HttpError ? e : new HttpError(describe(e), null, true);
      }
      const retryable = error ? error.transient : TRANSIENT(res!.status);
      if (!retryable || attempt >= this.opts.retries) {
        if (error)
          throw new HttpError(
            attempt ? `${error.message} (after ${attempt + 1} tries)` : error.message,
            error.status,
            error.transient,
          );
        return res!;
      }
      const after = res ? retryAfter(res.headers.get('retry-after')) : null;
      const wait = Math.min(after ?? backoff * 2 ** attempt, this.opts.maxBackoffMs ?? 60_000);
      await this.sleep(wait, this.opts.signal);
    }
  }

  private async once(url: string, headers: Record<string, string>): Promise<HttpResponse> {
    this.requests++;
    let res: Response;
    const signal = AbortSignal.timeout(this.opts.timeoutMs);
    try {
      res = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': this.opts.userAgent, 'accept-language': 'ar,en;q=0.5', ...headers },
      });
    } catch (e) {
      throw new HttpError(describe(e), null, true);
    }
    if (res.status === 304 || (res.status >= 300 && res.status < 400) || res.status >= 400) {
      await res.body?.cancel().catch(() => {});
      return { url, status: res.status, headers: res.headers, body: Buffer.alloc(0) };
    }
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > this.opts.maxBytes) {
      await res.body?.cancel().catch(() => {});
      throw new HttpError(`too large: ${declared} bytes (limit ${this.opts.maxBytes})`, res.status, false);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      if (res.body) {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          size += chunk.byteLength;
          if (size > this.opts.maxBytes)
            throw new HttpError(`too large: over ${this.opts.maxBytes} bytes`, res.status, false);
          chunks.push(Buffer.from(chunk));
        }
      }
    } catch (e) {
      if (e instanceof HttpError) throw e;
      throw new HttpError(`body: ${describe(e)}`, res.status, true);
    }
    this.bytes += size;
    return { url, status: res.status, headers: res.headers, body: Buffer.concat(chunks) };
  }
}

function describe(e: unknown): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return 'timed out';
  if (err.cause?.code) return `${err.cause.code}${err.cause.message ? ': ' + err.cause.message : ''}`;
  return err.message;
}

/** Retry-After in ms: seconds, or an HTTP date. */
function retryAfter(v: string | null): number | null {
  if (!v) return null;
  if (/^\d+$/.test(v.trim())) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, t - Date.now());
}
