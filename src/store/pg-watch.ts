// `mirsad watch` state on PostgreSQL: the same tables and answers as SqliteWatchStore (watch.ts).
import type { Sql } from './pg-sql.js';
import { fetchParams, RECORD_FETCH_SQL } from './rows.js';
import type {
  DiscoveredUrl,
  FeedState,
  FetchRecord,
  FetchedUrl,
  QueuedUrl,
  WatchCounts,
  WatchStore,
} from './watch.js';
import { FEED_COLUMNS, feedRow, PUT_FEED_SQL } from './watch.js';

export class PgWatchStore implements WatchStore {
  /** `sql` runs one query; `tx` runs several in one transaction. */
  constructor(
    private sql: Sql,
    private tx: <T>(fn: (sql: Sql) => Promise<T>) => Promise<T>,
  ) {}

  async addFeed(f: Pick<FeedState, 'url' | 'outlet' | 'language' | 'country' | 'parent'>): Promise<void> {
    await this.sql.query(
      `INSERT INTO watch_feeds (url, outlet, language, country, parent) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(url) DO UPDATE SET outlet = excluded.outlet, language = excluded.language, country = excluded.country,
         parent = COALESCE(excluded.parent, watch_feeds.parent)`,
      [f.url, f.outlet, f.language, f.country, f.parent],
    );
  }

  async getFeed(url: string): Promise<FeedState | null> {
    const { rows } = await this.sql.query(`SELECT ${FEED_COLUMNS} FROM watch_feeds WHERE url = ?`, [url]);
    return feedRow(rows[0]);
  }

  async listFeeds(): Promise<FeedState[]> {
    const { rows } = await this.sql.query(
      `SELECT ${FEED_COLUMNS} FROM watch_feeds ORDER BY COALESCE(parent, url), parent IS NOT NULL, url`,
    );
    return rows.map((r) => feedRow(r)!);
  }

  async recordListing(feed: FeedState, urls: DiscoveredUrl[]): Promise<DiscoveredUrl[]> {
    return this.tx(async (sql) => {
      const fresh: DiscoveredUrl[] = [];
      const at = feed.checkedAt ?? new Date().toISOString();
      for (const u of urls) {
        const r = await sql.query(
          `INSERT INTO watch_urls (url, feed, outlet, title, published, state, discovered_at) VALUES (?, ?, ?, ?, ?, 'queued', ?)
           ON CONFLICT DO NOTHING`,
          [u.url, u.feed, u.outlet, u.title, u.published, at],
        );
        if (r.rowCount) fresh.push(u);
      }
      await sql.query(PUT_FEED_SQL, {
        ...feed,
        active: feed.active ? 1 : 0,
        items: feed.items + fresh.length,
      });
      return fresh;
    });
  }

  async pendingUrls(now: string, limit: number): Promise<QueuedUrl[]> {
    const { rows } = await this.sql.query<QueuedUrl>(
      `SELECT url, feed, outlet, title, published, attempts, discovered_at AS discoveredAt FROM watch_urls
       WHERE state = 'queued' AND (next_at IS NULL OR next_at <= ?) ORDER BY discovered_at, seq LIMIT ?`,
      [now, limit],
    );
    return rows;
  }

  async urlState(
    url: string,
  ): Promise<{ state: string; aliasOf: string | null; documentId: string | null } | null> {
    const { rows } = await this.sql.query<{
      state: string;
      aliasOf: string | null;
      documentId: string | null;
    }>('SELECT state, alias_of AS aliasOf, document_id AS documentId FROM watch_urls WHERE url = ?', [url]);
    return rows[0] ?? null;
  }

  async recordFetch(r: FetchRecord): Promise<void> {
    await this.tx(async (sql) => {
      await sql.query(RECORD_FETCH_SQL, fetchParams(r));
      // The other names of what was fetched: never fetched on their own (a queued one is settled now).
      for (const a of new Set(r.aliases ?? []))
        if (a !== r.url)
          await sql.query(
            `INSERT INTO watch_urls (url, state, discovered_at, fetched_at, document_id, alias_of) VALUES (?, 'alias', ?, ?, ?, ?)
             ON CONFLICT(url) DO UPDATE SET state = 'alias', fetched_at = excluded.fetched_at, document_id = excluded.document_id,
               alias_of = excluded.alias_of
             WHERE watch_urls.state = 'queued'`,
            [a, r.at, r.at, r.documentId ?? null, r.url],
          );
    });
  }

  async getFetch(url: string): Promise<FetchedUrl | null> {
    const { rows } = await this.sql.query<FetchedUrl>(
      `SELECT url, feed, outlet, state, discovered_at AS discoveredAt, fetched_at AS at, attempts, next_at AS nextAt, final_url AS finalUrl,
         canonical_url AS canonicalUrl, http_date AS httpDate, http_status AS httpStatus, document_id AS documentId, result, error,
         alias_of AS aliasOf
       FROM watch_urls WHERE url = ?`,
      [url],
    );
    return rows[0] ?? null;
  }

  async documentForIdentity(identity: string): Promise<string | null> {
    const d = await this.sql.query<{ id: string }>(
      'SELECT id FROM documents WHERE identity = ? ORDER BY id LIMIT 1',
      [identity],
    );
    if (d.rows[0]) return d.rows[0].id;
    const s = await this.sql.query<{ id: string }>(
      'SELECT document_id AS id FROM sightings WHERE identity = ? ORDER BY document_id LIMIT 1',
      [identity],
    );
    return s.rows[0]?.id ?? null;
  }

  async watchCounts(now: string): Promise<WatchCounts> {
    const since = (ms: number) => new Date(Date.parse(now) - ms).toISOString();
    const group = async (col: string, where = 'TRUE') =>
      Object.fromEntries(
        (
          await this.sql.query<{ k: string; n: number }>(
            `SELECT ${col} AS k, COUNT(*)::int AS n FROM watch_urls WHERE ${where} GROUP BY ${col}`,
          )
        ).rows.map((r) => [r.k, r.n]),
      );
    const count = async (from: string) =>
      (
        await this.sql.query<{ n: number }>(
          "SELECT COUNT(*)::int AS n FROM watch_urls WHERE result = 'inserted' AND fetched_at > ? AND fetched_at <= ?",
          [from, now],
        )
      ).rows[0].n;
    const span = (
      await this.sql.query<{ first: string | null; last: string | null }>(
        "SELECT MIN(fetched_at) AS first, MAX(fetched_at) AS last FROM watch_urls WHERE state = 'done'",
      )
    ).rows[0];
    const perFeed: Record<string, Record<string, number>> = {};
    for (const r of (
      await this.sql.query<{ feed: string; state: string; n: number }>(
        'SELECT feed, state, COUNT(*)::int AS n FROM watch_urls WHERE feed IS NOT NULL GROUP BY feed, state',
      )
    ).rows)
      (perFeed[r.feed] ??= {})[r.state] = r.n;
    const storedPerFeed = Object.fromEntries(
      (
        await this.sql.query<{ feed: string; n: number }>(
          "SELECT feed, COUNT(*)::int AS n FROM watch_urls WHERE feed IS NOT NULL AND result = 'inserted' GROUP BY feed",
        )
      ).rows.map((r) => [r.feed, r.n]),
    );
    return {
      perFeed,
      storedPerFeed,
      urls: await group('state'),
      results: await group('result', 'result IS NOT NULL'),
      lastHour: await count(since(3600_000)),
      lastDay: await count(since(86400_000)),
      firstFetch: span.first,
      lastFetch: span.last,
    };
  }
}
