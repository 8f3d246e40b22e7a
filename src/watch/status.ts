// `mirsad status`: the health of what `mirsad watch` follows, read from the store alone (the
// watcher may be running in another process): each feed with its last success, its errors and
// what it gave, the article URLs by state, and documents per hour.
import type { FeedState, WatchCounts } from '../store/watch.js';
import { table } from '../shared/table.js';
import { formatDuration } from './duration.js';

export interface StatusReport {
  now: string;
  feeds: (FeedState & { pages: Record<string, number>; stored: number })[];
  pages: Record<string, number>;
  results: Record<string, number>;
  documents: { lastHour: number; lastDay: number; perHour: number | null };
}

export function statusReport(feeds: FeedState[], c: WatchCounts, now: string): StatusReport {
  // Documents per hour over the time the watcher has been fetching (at most the last day).
  const from = c.firstFetch ? Math.max(Date.parse(c.firstFetch), Date.parse(now) - 86_400_000) : null;
  const hours = from !== null ? (Date.parse(now) - from) / 3_600_000 : 0;
  return {
    now,
    feeds: feeds.map((f) => ({ ...f, pages: c.perFeed[f.url] ?? {}, stored: c.storedPerFeed[f.url] ?? 0 })),
    pages: c.urls,
    results: c.results,
    documents: {
      lastHour: c.lastHour,
      lastDay: c.lastDay,
      perHour: hours >= 1 / 60 ? Math.round((c.lastDay / Math.max(hours, 1)) * 10) / 10 : null,
    },
  };
}

const ago = (iso: string | null, now: string) =>
  iso
    ? `${iso.slice(0, 16).replace('T', ' ')} (${formatDuration(Math.max(0, Date.parse(now) - Date.parse(iso)))} ago)`
    : 'never';

export function renderStatus(r: StatusReport): string {
  if (!r.feeds.length) return 'Nothing watched yet. Run `mirsad watch sources.yaml` (or `--feed URL`) first.';
  const rows = r.feeds.map((f) => [
    (f.parent ? '  └ ' : '') + f.url,
    f.outlet ?? '—',
    f.kind ?? '?',
    f.active ? ago(f.successAt, r.now) : 'inactive (older sitemap)',
    f.status === null ? '—' : String(f.status),
    `${f.errors}/${f.errorTotal}`,
    `${f.requests} (${f.notModified} × 304)`,
    String(f.items),
    String(f.stored),
    String((f.pages.failed ?? 0) + (f.pages.gone ?? 0)),
  ]);
  const lines = [
    table(
      [
        'feed',
        'outlet',
        'kind',
        'last success',
        'HTTP',
        'errors now/all',
        'requests',
        'links',
        'stored',
        'pages failed',
      ],
      rows,
    ),
  ];
  const failing = r.feeds.filter((f) => f.error);
  if (failing.length)
    lines.push(
      '',
      'Errors:',
      ...failing.map(
        (f) =>
          `  ${f.url}: ${f.error} (last tried ${f.checkedAt?.slice(0, 16).replace('T', ' ')}, ${f.errors} failure(s) in a row)`,
      ),
    );
  const p = r.pages;
  const n = (k: string) => p[k] ?? 0;
  const res = (k: string) => r.results[k] ?? 0;
  lines.push(
    '',
    `Pages: ${n('done')} fetched (${res('inserted')} stored, ${res('republished')} republished copies, ${res('unchanged')} unchanged, ${res('empty') + res('not-html')} without article text), ` +
      `${n('alias')} other URLs of pages fetched, ${n('queued')} waiting, ${n('failed')} failed, ${n('gone')} gone (4xx), ${n('disallowed')} disallowed by robots.txt`,
    `Documents: ${r.documents.lastHour} in the last hour, ${r.documents.lastDay} in the last 24 hours` +
      (r.documents.perHour !== null ? ` (${r.documents.perHour} per hour)` : ''),
  );
  return lines.join('\n');
}
