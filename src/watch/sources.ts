// sources.yaml: the outlets to follow, each with its feeds and sitemaps, language and country,
// and the settings of the watcher (all optional). Problems are reported with the YAML line.
//
//   settings:
//     interval: 15m        # between two polls of a feed
//     concurrency: 8       # requests at once, all hosts together
//     per_host: 2          # requests at once to one host
//     delay: 1s            # between two requests to one host (robots.txt Crawl-delay can raise it)
//     timeout: 20s         # one request, body included
//     retries: 2           # further tries of a request that failed in passing (5xx, 429, timeout)
//     max_age: 7d          # listed items older than this are not fetched (0: no limit)
//     user_agent: mirsad/0.1
//   outlets:
//     - name: عنب بلدي
//       language: ar
//       country: SY
//       feeds: [https://example.org/feed]
//       sitemaps: [https://example.org/news-sitemap.xml]
//       interval: 5m        # this outlet's own interval
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, type Document } from 'yaml';
import { z } from 'zod';
import { parseDuration } from './duration.js';
import { normalizeUrl } from './urls.js';

export interface WatchSettings {
  intervalMs: number;
  concurrency: number;
  perHost: number;
  delayMs: number;
  timeoutMs: number;
  retries: number;
  /** 0: no limit. */
  maxAgeMs: number;
  userAgent: string;
  /** Article URLs fetched in one round at most (the rest wait for the next). */
  maxPagesPerRound: number;
  /** The newest sitemaps of a sitemap index that are polled. */
  maxSitemaps: number;
  /** Largest response body read, in bytes. */
  maxBytes: number;
  /** Article fetches tried over rounds before a URL is given up. */
  maxAttempts: number;
}

export interface OutletSource {
  name: string | null;
  language: string | null;
  country: string | null;
  /** Feeds and sitemaps alike: what a listing is, is read from its content. */
  feeds: string[];
  intervalMs: number | null;
}

export interface WatchConfig {
  settings: WatchSettings;
  outlets: OutletSource[];
}

export const DEFAULT_SETTINGS: WatchSettings = {
  intervalMs: 15 * 60_000,
  concurrency: 8,
  perHost: 2,
  delayMs: 1000,
  timeoutMs: 20_000,
  retries: 2,
  maxAgeMs: 7 * 86_400_000,
  userAgent: 'mirsad/0.1 (news event monitor)',
  maxPagesPerRound: 5000,
  maxSitemaps: 3,
  maxBytes: 10 * 1024 * 1024,
  maxAttempts: 4,
};

export class SourcesError extends Error {}

const duration = z
  .union([z.string(), z.number()])
  .refine((v) => parseDuration(v) !== null, { message: 'not a duration (e.g. 500ms, 2s, 15m, 1h, 7d)' });
const url = z
  .string()
  .refine((v) => /^https?:\/\//i.test(v) && normalizeUrl(v) !== null, { message: 'not an http(s) URL' });
const count = z.number().int().positive();

const Settings = z
  .object({
    interval: duration,
    concurrency: count,
    per_host: count,
    delay: duration,
    timeout: duration,
    retries: z.number().int().min(0),
    max_age: duration,
    user_agent: z.string().min(1),
    max_pages_per_round: count,
    max_sitemaps: count,
    max_attempts: count,
  })
  .partial()
  .strict();

const Outlet = z
  .object({
    name: z.string().min(1).optional(),
    language: z.string().min(2).optional(),
    country: z.string().min(2).optional(),
    feeds: z.array(url).optional(),
    sitemaps: z.array(url).optional(),
    interval: duration.optional(),
  })
  .strict()
  .refine((o) => (o.feeds?.length ?? 0) + (o.sitemaps?.length ?? 0) > 0, {
    message: 'an outlet needs at least one feed or sitemap',
  });

const Sources = z.object({ settings: Settings.optional(), outlets: z.array(Outlet).min(1) }).strict();

export type SettingsInput = z.infer<typeof Settings>;

/** Settings over the defaults (sources.yaml's, then the command line's). */
export function applySettings(base: WatchSettings, s: SettingsInput): WatchSettings {
  const d = (v: string | number | undefined, fallback: number) =>
    v === undefined ? fallback : parseDuration(v)!;
  return {
    intervalMs: d(s.interval, base.intervalMs),
    concurrency: s.concurrency ?? base.concurrency,
    perHost: s.per_host ?? base.perHost,
    delayMs: d(s.delay, base.delayMs),
    timeoutMs: d(s.timeout, base.timeoutMs),
    retries: s.retries ?? base.retries,
    maxAgeMs: d(s.max_age, base.maxAgeMs),
    userAgent: s.user_agent ?? base.userAgent,
    maxPagesPerRound: s.max_pages_per_round ?? base.maxPagesPerRound,
    maxSitemaps: s.max_sitemaps ?? base.maxSitemaps,
    maxBytes: base.maxBytes,
    maxAttempts: s.max_attempts ?? base.maxAttempts,
  };
}

export function parseSources(yamlText: string, file = 'sources.yaml'): WatchConfig {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { prettyErrors: true, lineCounter: lines });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new SourcesError(
      `${file}:${e.linePos?.[0].line ?? '?'}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
    );
  }
  const r = Sources.safeParse(doc.toJS());
  if (!r.success) {
    const issue = r.error.issues[0];
    const line = lineOf(doc, lines, issue.path as (string | number)[]);
    throw new SourcesError(`${file}:${line ?? '?'}: ${issue.path.join('.') || 'file'}: ${issue.message}`);
  }
  const settings = applySettings(DEFAULT_SETTINGS, r.data.settings ?? {});
  const outlets = r.data.outlets.map(
    (o): OutletSource => ({
      name: o.name ?? null,
      language: o.language ?? null,
      country: o.country ?? null,
      feeds: [...new Set([...(o.feeds ?? []), ...(o.sitemaps ?? [])].map((u) => normalizeUrl(u)!))],
      intervalMs: o.interval === undefined ? null : parseDuration(o.interval),
    }),
  );
  return { settings, outlets };
}

export function loadSources(file: string): WatchConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new SourcesError(`${file}: cannot read: ${(e as Error).message}`);
  }
  return parseSources(text, file);
}

/** The line a path into the document starts on (1-based), for error messages. */
function lineOf(doc: Document, lines: LineCounter, p: (string | number)[]): number | null {
  let node: unknown = doc.contents;
  let at: number | null = null;
  for (const key of p) {
    if (isMap(node)) node = node.get(key, true);
    else if (isSeq(node)) node = node.get(key as number, true);
    else break;
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) at = range[0];
  }
  return at === null ? null : lines.linePos(at).line;
}
