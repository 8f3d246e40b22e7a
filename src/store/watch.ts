// What `mirsad watch` keeps between rounds and across restarts: every feed or sitemap it polls
// (validators for conditional GET, health) and every article URL it has discovered, with the
// result of its one fetch. The SQL lives here; SqliteStore delegates to it.
import type Database from 'better-sqlite3';
import { fetchParams, RECORD_FETCH_SQL, type FetchRecord } from './rows.js';

/** One polled feed or sitemap. Counters are totals since it was first polled. */
export interface FeedState {
  url: string;
  outlet: string | null;
  language: string | null;
  country: string | null;
  /** rss | atom | sitemap | sitemapindex, as last read; null before the first read. */
  kind: string | null;
  /** The sitemap index this sitemap was listed in. */
  parent: string | null;
  /** Polled every round (a sitemap index keeps only its newest sitemaps active). */
  active: boolean;
  etag: string | null;
  lastModified: string | null;
  /** <lastmod> the parent index gave when this sitemap was last read. */
  lastmod: string | null;
  checkedAt: string | null;
  successAt: string | null;
  changedAt: string | null;
  status: number | null;
  error: string | null;
  /** Failures since the last success (drives back-off). */
  errors: number;
  errorTotal: number;
  requests: number;
  notModified: number;
  /** New article URLs found in it. */
  items: number;
}

/** An article URL found in a listing, waiting for its one fetch. */
export interface DiscoveredUrl {
  url: string;
  feed: string | null;
  outlet: string | null;
  /** Title and publication date as the listing gave them (fallbacks for the page's own). */
  title: string | null;
  published: string | null;
}

export interface QueuedUrl extends DiscoveredUrl {
  attempts: number;
  discoveredAt: string;
}

export type { FetchRecord } from './rows.js';

/** One fetched URL as `mirsad status` and the tests read it. */
export interface FetchedUrl extends FetchRecord {
  feed: string | null;
  outlet: string | null;
  discoveredAt: string;
}

export interface WatchCounts {
  urls: Record<string, number>;
  results: Record<string, number>;
  /** Documents stored from fetched pages in the last hour and in the last 24 hours. */
  lastHour: number;
  lastDay: number;
  firstFetch: string | null;
  lastFetch: string | null;
  /** Article URLs by the feed that listed them, then by state (queued, done, failed …). */
  perFeed: Record<string, Record<string, number>>;
  /** Documents stored from each feed's pages. */
  storedPerFeed: Record<string, number>;
}

/** The watch part of the Store interface. */
export interface WatchStore {
  /** Register a feed from sources.yaml (or a sitemap found in an index); known feeds keep their state. */
  addFeed(f: Pick<FeedState, 'url' | 'outlet' | 'language' | 'country' | 'parent'>): Promise<void>;
  getFeed(url: string): Promise<FeedState | null>;
  listFeeds(): Promise<FeedState[]>;
  /** Save a feed's state and the URLs its listing gave, in one transaction; returns the URLs not seen before. */
  recordListing(feed: FeedState, urls: DiscoveredUrl[]): Promise<DiscoveredUrl[]>;
  /** URLs waiting for a fetch whose retry time has come, oldest first. */
  pendingUrls(now: string, limit: number): Promise<QueuedUrl[]>;
  /** The state of a URL already discovered (any state), or null. */
  urlState(url: string): Promise<{ state: string; aliasOf: string | null; documentId: string | null } | null>;
  recordFetch(r: FetchRecord): Promise<void>;
  getFetch(url: string): Promise<FetchedUrl | null>;
  /** The stored document a URL, file or other identity was stored or sighted under. */
  documentForIdentity(identity: string): Promise<string | null>;
  watchCounts(now: string): Promise<WatchCounts>;
}

export const WATCH_MIGRATION = `
  CREATE TABLE watch_feeds (
    url TEXT PRIMARY KEY,
    outlet TEXT, language TEXT, country TEXT,
    kind TEXT, parent TEXT, active INTEGER NOT NULL DEFAULT 1,
    etag TEXT, last_modified TEXT, lastmod TEXT,
    checked_at TEXT, success_at TEXT, changed_at TEXT,
    status INTEGER, error TEXT,
    errors INTEGER NOT NULL DEFAULT 0, error_total INTEGER NOT NULL DEFAULT 0,
    requests INTEGER NOT NULL DEFAULT 0, not_modified INTEGER NOT NULL DEFAULT 0,
    items INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE watch_urls (
    url TEXT PRIMARY KEY,
    feed TEXT, outlet TEXT, title TEXT, published TEXT,
    state TEXT NOT NULL,
    discovered_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at TEXT,
    fetched_at TEXT, final_url TEXT, canonical_url TEXT, http_date TEXT, http_status INTEGER,
    document_id TEXT, result TEXT, error TEXT, alias_of TEXT
  );
  CREATE INDEX watch_urls_state ON watch_urls(state, next_at);
  CREATE INDEX watch_urls_fetched ON watch_urls(fetched_at);
  CREATE INDEX documents_identity ON documents(identity);
  CREATE INDEX sightings_identity ON sightings(identity);`;

/** Insert or update a feed's state (named parameters: a FeedState, active as 0/1); both stores run it. */
export const PUT_FEED_SQL = `INSERT INTO watch_feeds (url, outlet, language, country, kind, parent, active, etag, last_modified, lastmod, checked_at, success_at,
   changed_at, status, error, errors, error_total, requests, not_modified, items)
 VALUES (@url, @outlet, @language, @country, @kind, @parent, @active, @etag, @lastModified, @lastmod, @checkedAt, @successAt,
   @changedAt, @status, @error, @errors, @errorTotal, @requests, @notModified, @items)
 ON CONFLICT(url) DO UPDATE SET outlet = @outlet, language = @language, country = @country, kind = @kind, parent = @parent,
   active = @active, etag = @etag, last_modified = @lastModified, lastmod = @lastmod, checked_at = @checkedAt,
   success_at = @successAt, changed_at = @changedAt, status = @status, error = @error, errors = @errors,
   error_total = @errorTotal, requests = @requests, not_modified = @notModified, items = @items`;

/** The columns of a feed's row as FeedState names them (both stores select them so). */
export const FEED_COLUMNS = `url, outlet, language, country, kind, parent, active, etag, last_modified AS lastModified, lastmod,
  checked_at AS checkedAt, success_at AS successAt, changed_at AS changedAt, status, error, errors, error_total AS errorTotal,
  requests, not_modified AS notModified, items`;

export const feedRow = (r: Record<string, unknown> | undefined): FeedState | null =>
  r ? ({ ...r, active: !!r.active } as unknown as FeedState) : null;

export class SqliteWatchStore implements WatchStore {
  constructor(private db: Database.Database) {}

  async addFeed(f: Pick<FeedState, 'url' | 'outlet' | 'language' | 'country' | 'parent'>): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO watch_feeds (url, outlet, language, country, parent) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(url) DO UPDATE SET outlet = excluded.outlet, language = excluded.language, country = excluded.country,
           parent = COALESCE(excluded.parent, parent)`,
      )
      .run(f.url, f.outlet, f.language, f.country, f.parent);
  }

  async getFeed(url: string): Promise<FeedState | null> {
    return feedRow(
      this.db.prepare(`SELECT ${FEED_COLUMNS} FROM watch_feeds WHERE url = ?`).get(url) as
        | Record<string, unknown>
        | undefined,
    );
  }

  async listFeeds(): Promise<FeedState[]> {
    return (
      this.db
        .prepare(
          `SELECT ${FEED_COLUMNS} FROM watch_feeds ORDER BY COALESCE(parent, url), parent IS NOT NULL, url`,
        )
        .all() as Record<string, unknown>[]
    ).map((r) => feedRow(r)!);
  }

  async recordListing(feed: FeedState, urls: DiscoveredUrl[]): Promise<DiscoveredUrl[]> {
    const put = this.db.prepare(PUT_FEED_SQL);
    const add = this.db.prepare(
      `INSERT OR IGNORE INTO watch_urls (url, feed, outlet, title, published, state, discovered_at) VALUES (?, ?, ?, ?, ?, 'queued', ?)`,
    );
    return this.db.transaction(() => {
      const fresh: DiscoveredUrl[] = [];
      const at = feed.checkedAt ?? new Date().toISOString();
      for (const u of urls)
        if (add.run(u.url, u.feed, u.outlet, u.title, u.published, at).changes) fresh.push(u);
      put.run({ ...feed, active: feed.active ? 1 : 0, items: feed.items + fresh.length });
      return fresh;
    })();
  }

  async pendingUrls(now: string, limit: number): Promise<QueuedUrl[]> {
    return this.db
      .prepare(
        `SELECT url, feed, outlet, title, published, attempts, discovered_at AS discoveredAt FROM watch_urls
         WHERE state = 'queued' AND (next_at IS NULL OR next_at <= ?) ORDER BY discovered_at, rowid LIMIT ?`,
      )
      .all(now, limit) as QueuedUrl[];
  }

  async urlState(
    url: string,
  ): Promise<{ state: string; aliasOf: string | null; documentId: string | null } | null> {
    return (
      (this.db
        .prepare('SELECT state, alias_of AS aliasOf, document_id AS documentId FROM watch_urls WHERE url = ?')
        .get(url) as { state: string; aliasOf: string | null; documentId: string | null } | undefined) ?? null
    );
  }

  async recordFetch(r: FetchRecord): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare(RECORD_FETCH_SQL).run(fetchParams(r));
      // The other names of what was fetched: never fetched on their own (a queued one is settled now).
      const alias = this.db.prepare(
        `INSERT INTO watch_urls (url, state, discovered_at, fetched_at, document_id, alias_of) VALUES (?, 'alias', ?, ?, ?, ?)
         ON CONFLICT(url) DO UPDATE SET state = 'alias', fetched_at = excluded.fetched_at, document_id = excluded.document_id, alias_of = excluded.alias_of
         WHERE state = 'queued'`,
      );
      for (const a of new Set(r.aliases ?? []))
        if (a !== r.url) alias.run(a, r.at, r.at, r.documentId ?? null, r.url);
    })();
  }

  async getFetch(url: string): Promise<FetchedUrl | null> {
    return (
      (this.db
        .prepare(
          `SELECT url, feed, outlet, state, discovered_at AS discoveredAt, fetched_at AS at, attempts, next_at AS nextAt, final_url AS finalUrl,
           canonical_url AS canonicalUrl, http_date AS httpDate, http_status AS httpStatus, document_id AS documentId, result, error,
           alias_of AS aliasOf
         FROM watch_urls WHERE url = ?`,
        )
        .get(url) as FetchedUrl | undefined) ?? null
    );
  }

  async documentForIdentity(identity: string): Promise<string | null> {
    const d = this.db
      .prepare('SELECT id FROM documents WHERE identity = ? ORDER BY id LIMIT 1')
      .get(identity) as { id: string } | undefined;
    if (d) return d.id;
    const s = this.db
      .prepare('SELECT document_id AS id FROM sightings WHERE identity = ? ORDER BY document_id LIMIT 1')
      .get(identity) as { id: string } | undefined;
    return s?.id ?? null;
  }

  async watchCounts(now: string): Promise<WatchCounts> {
    const since = (ms: number) => new Date(Date.parse(now) - ms).toISOString();
    const group = (col: string, where = '1') =>
      Object.fromEntries(
        (
          this.db
            .prepare(`SELECT ${col} AS k, COUNT(*) AS n FROM watch_urls WHERE ${where} GROUP BY ${col}`)
            .all() as { k: string; n: number }[]
        ).map((r) => [r.k, r.n]),
      );
    const count = (from: string) =>
      (
        this.db
          .prepare(
            "SELECT COUNT(*) AS n FROM watch_urls WHERE result = 'inserted' AND fetched_at > ? AND fetched_at <= ?",
          )
          .get(from, now) as { n: number }
      ).n;
    const span = this.db
      .prepare(
        "SELECT MIN(fetched_at) AS first, MAX(fetched_at) AS last FROM watch_urls WHERE state = 'done'",
      )
      .get() as { first: string | null; last: string | null };
    const perFeed: Record<string, Record<string, number>> = {};
    for (const r of this.db
      .prepare(
        'SELECT feed, state, COUNT(*) AS n FROM watch_urls WHERE feed IS NOT NULL GROUP BY feed, state',
      )
      .all() as { feed: string; state: string; n: number }[]) {
      (perFeed[r.feed] ??= {})[r.state] = r.n;
    }
    const storedPerFeed = Object.fromEntries(
      (
        this.db
          .prepare(
            "SELECT feed, COUNT(*) AS n FROM watch_urls WHERE feed IS NOT NULL AND result = 'inserted' GROUP BY feed",
          )
          .all() as { feed: string; n: number }[]
      ).map((r) => [r.feed, r.n]),
    );
    return {
      perFeed,
      storedPerFeed,
      urls: group('state'),
      results: group('result', 'result IS NOT NULL'),
      lastHour: count(since(3600_000)),
      lastDay: count(since(86400_000)),
      firstFetch: span.first,
      lastFetch: span.last,
    };
  }
}
