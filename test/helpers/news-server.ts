// A news site on 127.0.0.1 (port 0) for the watcher's tests: routes set by the test, ETag and
// Last-Modified validators answered with 304, slow, failing and redirecting answers, and a log
// of every request (with how many were under way at once).
import http from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  body?: string | Buffer;
  headers?: Record<string, string>;
  contentType?: string;
  /** Answer with an ETag of the body and 304 to a matching If-None-Match (default true for 200). */
  etag?: boolean;
  /** Answer with this Last-Modified and 304 to the same If-Modified-Since. */
  lastModified?: string;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Redirect (301 unless status says otherwise). */
  location?: string;
}

export interface Hit {
  path: string;
  headers: http.IncomingHttpHeaders;
  status: number;
}

export class NewsServer {
  routes = new Map<string, Route | (() => Route)>();
  hits: Hit[] = [];
  inFlight = 0;
  maxInFlight = 0;
  starts: number[] = [];
  /** Called after each answer (tests stop the watcher from here). */
  onAnswer: ((h: Hit) => void) | null = null;
  private server: http.Server;
  private sockets = new Set<import('node:net').Socket>();
  origin = '';

  constructor() {
    this.server = http.createServer((req, res) => void this.answer(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  async start(host = '127.0.0.1'): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, host, resolve));
    this.origin = `http://${host}:${(this.server.address() as AddressInfo).port}`;
    return this.origin;
  }

  url(path: string): string {
    return this.origin + path;
  }

  set(path: string, route: Route | (() => Route)): this {
    this.routes.set(path, route);
    return this;
  }

  count(path: string): number {
    return this.hits.filter((h) => h.path === path).length;
  }

  private async answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    this.starts.push(Date.now());
    const path = req.url ?? '/';
    const found = this.routes.get(path);
    const route: Route =
      typeof found === 'function'
        ? found()
        : (found ?? { status: 404, body: 'not found', contentType: 'text/plain' });
    if (route.delayMs) await new Promise((r) => setTimeout(r, route.delayMs));
    const headers: Record<string, string> = { date: new Date().toUTCString(), ...route.headers };
    let status = route.status ?? (route.location ? 301 : 200);
    const body = route.body ?? '';
    if (route.location) headers.location = route.location;
    if (route.contentType ?? status === 200)
      headers['content-type'] = route.contentType ?? 'text/html; charset=utf-8';
    if (status === 200 && route.etag !== false && !route.lastModified) {
      headers.etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === headers.etag) status = 304;
    }
    if (status === 200 && route.lastModified) {
      headers['last-modified'] = route.lastModified;
      if (req.headers['if-modified-since'] === route.lastModified) status = 304;
    }
    const hit = { path, headers: req.headers, status };
    this.hits.push(hit);
    res.writeHead(status, headers);
    res.end(status === 304 ? undefined : body);
    this.inFlight--;
    this.onAnswer?.(hit);
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
