// `mirsad watch` against news sites served by the test on 127.0.0.1 (never any other address):
// a moving clock and a sleep that returns at once keep it fast and deterministic.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore as openDb } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { storeKinds, type StoreKind } from './helpers/stores.js';
import { Watcher, type WatcherOptions } from '../src/watch/watcher.js';
import {
  DEFAULT_SETTINGS,
  applySettings,
  parseSources,
  SourcesError,
  type OutletSource,
  type SettingsInput,
  type WatchConfig,
} from '../src/watch/sources.js';
import { HostGate } from '../src/watch/gate.js';
import { readListing } from '../src/watch/listing.js';
import { canonicalOf } from '../src/watch/page.js';
import { normalizeUrl } from '../src/watch/urls.js';
import { renderStatus, statusReport } from '../src/watch/status.js';
import { NewsServer } from './helpers/news-server.js';
import {
  ARTICLES,
  articlePage,
  atomFeed,
  newsSitemap,
  rssFeed,
  sitemapIndex,
  type Article,
} from './helpers/news-articles.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function server(): Promise<NewsServer> {
  const s = new NewsServer();
  await s.start();
  cleanup.push(() => s.close());
  return s;
}

const kinds = await storeKinds();
/** The store the tests of a `describe.each(kinds)` run on. */
let kind: StoreKind;

async function tempDb(): Promise<string> {
  if (kind.name !== 'sqlite') return kind.fresh();
  const dir = mkdtempSync(path.join(tmpdir(), 'mirsad-watch-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'watch.db');
}

function openStore(file: string): Store {
  const store = openDb(file);
  let open = true;
  cleanup.push(async () => {
    if (open) await store.close();
  });
  const close = store.close.bind(store);
  store.close = async () => {
    open = false;
    await close();
  };
  return store;
}

/** Serve articles as pages under /news/<slug> and list them in an RSS feed at feedPath. */
function site(
  s: NewsServer,
  name: string | undefined,
  articles: Article[],
  o: { feedPath?: string; dated?: boolean } = {},
): string {
  for (const a of articles)
    s.set(`/news/${a.slug}`, {
      body: articlePage(a, { site: name, canonical: s.url(`/news/${a.slug}`), dated: o.dated }),
    });
  const feed = o.feedPath ?? '/feed.xml';
  s.set(feed, {
    body: rssFeed(
      name ?? 'أخبار',
      articles.map((a) => ({ url: s.url(`/news/${a.slug}`), title: a.title, published: a.published })),
    ),
    contentType: 'application/rss+xml',
  });
  return s.url(feed);
}

const outlet = (
  feeds: string[],
  name: string | null = null,
  extra: Partial<OutletSource> = {},
): OutletSource => ({ name, language: 'ar', country: null, feeds, intervalMs: null, ...extra });

function watcher(
  store: Store,
  outlets: OutletSource[],
  settings: SettingsInput = {},
  extra: Partial<WatcherOptions> = {},
) {
  let clock = Date.parse('2025-03-12T08:00:00Z');
  const sleeps: number[] = [];
  const config: WatchConfig = {
    settings: applySettings({ ...DEFAULT_SETTINGS, delayMs: 0, timeoutMs: 10_000, maxAgeMs: 0 }, settings),
    outlets,
  };
  const lines: string[] = [];
  const w = new Watcher({
    store,
    config,
    rebuild: false,
    now: () => new Date(clock),
    sleep: async (ms) => void sleeps.push(ms),
    log: (l) => lines.push(l),
    ...extra,
  });
  return { w, sleeps, lines, advance: (ms: number) => (clock += ms) };
}

describe.each(kinds)('mirsad watch ($name)', (k) => {
  beforeAll(() => void (kind = k));
  it('picks up new items, and an unchanged feed costs one conditional request', async () => {
    const s = await server();
    const feed = site(s, 'الأنباء', ARTICLES.slice(0, 3));
    // A second outlet whose feed only answers with Last-Modified.
    const t = await server();
    for (const a of ARTICLES.slice(3, 5)) t.set(`/ar/${a.slug}`, { body: articlePage(a, { site: 'صدى' }) });
    const stamp = 'Tue, 11 Mar 2025 10:00:00 GMT';
    t.set('/atom.xml', {
      body: atomFeed(
        'صدى',
        ARTICLES.slice(3, 5).map((a) => ({
          url: t.url(`/ar/${a.slug}`),
          title: a.title,
          published: a.published,
        })),
      ),
      lastModified: stamp,
      contentType: 'application/atom+xml',
    });
    const store = openStore(await tempDb());
    const { w, advance } = watcher(store, [outlet([feed], 'الأنباء'), outlet([t.url('/atom.xml')], 'صدى')]);

    const r1 = await w.round();
    expect(r1).toMatchObject({ feeds: 2, feedsChanged: 2, newUrls: 5, pages: 5, inserted: 5, failed: 0 });
    expect((await store.listDocuments()).length).toBe(5);
    // Atom: the alternate link, not the edit link.
    expect(t.count(`/ar/${ARTICLES[3].slug}/edit`)).toBe(0);

    // Not due yet: nothing asked.
    advance(60_000);
    const quiet = await w.round();
    expect(quiet.requests).toBe(0);

    advance(16 * 60_000);
    const r2 = await w.round();
    expect(r2).toMatchObject({ feeds: 2, feedsUnchanged: 2, newUrls: 0, pages: 0, requests: 2 });
    expect(s.hits.filter((h) => h.path === '/feed.xml').map((h) => h.status)).toEqual([200, 304]);
    expect(s.hits.at(-1)!.headers['if-none-match']).toMatch(/^"/);
    expect(
      t.hits
        .filter((h) => h.path === '/atom.xml')
        .map((h) => [h.status, h.headers['if-modified-since'] ?? null]),
    ).toEqual([
      [200, null],
      [304, stamp],
    ]);

    // A new item: only its page is fetched.
    const more = [...ARTICLES.slice(0, 3), ARTICLES[5]];
    site(s, 'الأنباء', more);
    advance(16 * 60_000);
    const before = s.hits.length;
    const r3 = await w.round();
    expect(r3).toMatchObject({ newUrls: 1, pages: 1, inserted: 1 });
    expect(s.hits.slice(before).map((h) => h.path)).toEqual(['/feed.xml', `/news/${ARTICLES[5].slug}`]);
    for (const a of more) expect(s.count(`/news/${a.slug}`)).toBe(1);
    const f = (await store.getFeed(feed))!;
    expect(f).toMatchObject({
      kind: 'rss',
      requests: 3,
      notModified: 1,
      items: 4,
      errors: 0,
      outlet: 'الأنباء',
      language: 'ar',
    });
  });

  it('a slow, failing or redirecting host does not stop the others', async () => {
    const good = await server();
    const goodFeed = site(good, 'الأنباء', ARTICLES.slice(0, 3));
    const slow = await server();
    const slowFeed = site(slow, 'بطيء', ARTICLES.slice(3, 4));
    slow.set('/feed.xml', { body: rssFeed('بطيء', []), delayMs: 3000 });
    const failing = await server();
    failing.set('/feed.xml', { status: 500, body: 'error' });
    // A host whose feed links answer with a redirect: to its new address, and to another host.
    const moved = await server();
    moved.set(`/old/${ARTICLES[4].slug}`, { location: `/news/${ARTICLES[4].slug}` });
    moved.set(`/news/${ARTICLES[4].slug}`, { body: articlePage(ARTICLES[4], { site: 'المنتقل' }) });
    moved.set(`/old/${ARTICLES[5].slug}`, { location: good.url(`/news/${ARTICLES[5].slug}`), status: 302 });
    good.set(`/news/${ARTICLES[5].slug}`, { body: articlePage(ARTICLES[5], { site: 'الأنباء' }) });
    moved.set(`/old/${ARTICLES[6].slug}`, { status: 503 });
    moved.set('/feed.xml', {
      body: rssFeed(
        'المنتقل',
        [4, 5, 6].map((i) => ({ url: moved.url(`/old/${ARTICLES[i].slug}`), title: ARTICLES[i].title })),
      ),
    });
    const store = openStore(await tempDb());
    const { w, sleeps, lines } = watcher(
      store,
      [
        outlet([slowFeed]),
        outlet([failing.url('/feed.xml')]),
        outlet([moved.url('/feed.xml')]),
        outlet([goodFeed]),
      ],
      { timeout: '1200ms', retries: 2 },
    );
    const started = Date.now();
    const r = await w.round();
    // Three tries of the slow feed, each cut at 1.2 s, the others done meanwhile (a generous cut: on a loaded
    // machine a good page that answers after it is fetched again, and counted twice below).
    expect(Date.now() - started).toBeLessThan(6000);
    expect(r).toMatchObject({ feeds: 4, feedsChanged: 2, feedErrors: 2, inserted: 5, retrying: 1 });
    expect((await store.getFeed(slowFeed))!.error).toMatch(/timed out/);
    const bad = (await store.getFeed(failing.url('/feed.xml')))!;
    expect(bad).toMatchObject({ status: 500, errors: 1, errorTotal: 1, requests: 3 });
    expect(failing.count('/feed.xml')).toBe(3);
    // Back-off: 1 s, then 2 s, for each request that failed in passing.
    expect(sleeps.filter((x) => x === 1000).length).toBeGreaterThanOrEqual(2);
    expect(sleeps).toContain(2000);
    expect(lines.some((l) => l.startsWith(`error: feed ${failing.url('/feed.xml')}: HTTP 500`))).toBe(true);
    // Redirects followed; the final URL kept, and the URL it redirected to counts as fetched.
    const f4 = (await store.getFetch(moved.url(`/old/${ARTICLES[4].slug}`)))!;
    expect(f4).toMatchObject({
      state: 'done',
      result: 'inserted',
      finalUrl: moved.url(`/news/${ARTICLES[4].slug}`),
      httpStatus: 200,
    });
    expect(f4.httpDate).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await store.getFetch(moved.url(`/news/${ARTICLES[4].slug}`)))!.state).toBe('alias');
    const f5 = (await store.getFetch(moved.url(`/old/${ARTICLES[5].slug}`)))!;
    expect(f5.finalUrl).toBe(good.url(`/news/${ARTICLES[5].slug}`));
    // The 503 page waits for a later round, with its attempt counted.
    const f6 = (await store.getFetch(moved.url(`/old/${ARTICLES[6].slug}`)))!;
    expect(f6).toMatchObject({ state: 'queued', attempts: 1, httpStatus: 503 });
    for (const a of ARTICLES.slice(0, 3)) expect(good.count(`/news/${a.slug}`)).toBe(1);
  });

  it('obeys robots.txt: disallowed pages and feeds are never asked for', async () => {
    const s = await server();
    const open = ARTICLES.slice(0, 2);
    const closed = ARTICLES.slice(2, 4);
    for (const a of open) s.set(`/news/${a.slug}`, { body: articlePage(a, { site: 'الأنباء' }) });
    for (const a of closed) s.set(`/private/${a.slug}`, { body: articlePage(a, { site: 'الأنباء' }) });
    s.set('/news/secret-for-mirsad', { body: articlePage(ARTICLES[4], { site: 'الأنباء' }) });
    // Our own group applies, not the one for every robot (which would shut /news/ too).
    s.set('/robots.txt', {
      body: 'User-agent: *\nDisallow: /\n\nUser-agent: mirsad\nDisallow: /private/\nDisallow: /news/secret\nDisallow: /hidden-feed.xml\n',
      contentType: 'text/plain',
    });
    s.set('/feed.xml', {
      body: rssFeed('الأنباء', [
        ...open.map((a) => ({ url: s.url(`/news/${a.slug}`), title: a.title })),
        ...closed.map((a) => ({ url: s.url(`/private/${a.slug}`), title: a.title })),
        { url: s.url('/news/secret-for-mirsad'), title: ARTICLES[4].title },
      ]),
    });
    s.set('/hidden-feed.xml', { body: rssFeed('x', []) });
    const store = openStore(await tempDb());
    const { w } = watcher(store, [outlet([s.url('/feed.xml')]), outlet([s.url('/hidden-feed.xml')])]);
    const r = await w.round();
    expect(r).toMatchObject({ inserted: 2, disallowed: 3, feedErrors: 1 });
    expect(
      s.hits.filter(
        (h) =>
          h.path.startsWith('/private/') ||
          h.path.startsWith('/news/secret') ||
          h.path === '/hidden-feed.xml',
      ),
    ).toEqual([]);
    expect(s.count('/robots.txt')).toBe(1);
    expect((await store.getFetch(s.url(`/private/${closed[0].slug}`)))!.state).toBe('disallowed');
    expect((await store.getFeed(s.url('/hidden-feed.xml')))!.error).toBe('disallowed by robots.txt');
  });

  // Timing of the host gate, not of the store: on one store only.
  it.skipIf(k.name !== 'sqlite')(
    'takes Crawl-delay from robots.txt and keeps to the per-host limits',
    async () => {
      const gate = new HostGate({ concurrency: 8, perHost: 2, delayMs: 0 });
      const running = new Map<string, number>();
      const most = new Map<string, number>();
      const job = (host: string) =>
        gate.run(host, async () => {
          running.set(host, (running.get(host) ?? 0) + 1);
          most.set(host, Math.max(most.get(host) ?? 0, running.get(host)!));
          await new Promise((r) => setTimeout(r, 15));
          running.set(host, running.get(host)! - 1);
        });
      await Promise.all([...Array(8)].flatMap(() => [job('a'), job('b')]));
      expect(most.get('a')).toBe(2);
      expect(most.get('b')).toBe(2);

      const s = await server();
      s.set('/robots.txt', { body: 'User-agent: *\nCrawl-delay: 0.05\n', contentType: 'text/plain' });
      const feed = site(s, 'الأنباء', ARTICLES.slice(0, 4));
      const store = openStore(await tempDb());
      const { w } = watcher(store, [outlet([feed])], { per_host: 4 });
      await w.round();
      const starts = s.starts.slice(1); // after robots.txt
      const gaps = starts.slice(1).map((t, i) => t - starts[i]);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(40);
    },
  );

  it('stores a page served under two URLs once, and a copy on another site as a sighting', async () => {
    const s = await server();
    const a = ARTICLES[0];
    const canonical = s.url(`/news/${a.slug}`);
    s.set(`/news/${a.slug}`, { body: articlePage(a, { site: 'الأنباء', canonical }) });
    // The same page under a second address (its canonical link names the first).
    s.set(`/amp/${a.slug}`, { body: articlePage(a, { site: 'الأنباء', canonical }) });
    // The same page again with no canonical link, under a third address.
    s.set(`/print/${a.slug}`, { body: articlePage(a, { site: 'الأنباء' }) });
    s.set('/feed.xml', {
      body: rssFeed('الأنباء', [
        { url: `${canonical}?utm_source=rss#top`, title: a.title },
        { url: s.url(`/amp/${a.slug}`), title: a.title },
        { url: s.url(`/print/${a.slug}`), title: a.title },
      ]),
    });
    s.set('/latest.xml', { body: rssFeed('الأنباء', [{ url: canonical, title: a.title }]) });
    // Another outlet republishes the text.
    const other = await server();
    other.set('/copy/1', { body: articlePage(a, { site: 'الناقل' }) });
    other.set('/feed.xml', { body: rssFeed('الناقل', [{ url: other.url('/copy/1'), title: a.title }]) });
    const store = openStore(await tempDb());
    const { w } = watcher(
      store,
      [outlet([s.url('/feed.xml'), s.url('/latest.xml')]), outlet([other.url('/feed.xml')])],
      { per_host: 1 },
    );
    const r = await w.round();
    expect((await store.listDocuments()).length).toBe(1);
    expect(r.inserted).toBe(1);
    // The AMP page names the first as canonical: the same document; the print page and the copy are sightings.
    expect(r).toMatchObject({ unchanged: 1, republished: 2 });
    // Tracking parameters and fragments are not another URL; two feeds listing it, one fetch.
    expect(s.count(`/news/${a.slug}`)).toBe(1);
    const doc = (await store.listDocuments())[0];
    const ids = await Promise.all(
      [canonical, s.url(`/amp/${a.slug}`), s.url(`/print/${a.slug}`), other.url('/copy/1')].map(
        async (u) => (await store.getFetch(u))!.documentId,
      ),
    );
    expect(ids).toEqual([doc.id, doc.id, doc.id, doc.id]);
    expect((await store.getFetch(s.url(`/amp/${a.slug}`)))!.canonicalUrl).toBe(canonical);
    // Whichever copy came first is the document; the others are its sightings, each with its outlet.
    const sightings = await store.listSightings(doc.id);
    const seen = [
      { url: (await store.getDocument(doc.id))!.extraction.url, outlet: doc.outlet },
      ...sightings,
    ];
    expect(seen.map((x) => x.url).sort()).toEqual(
      [canonical, s.url(`/print/${a.slug}`), other.url('/copy/1')].sort(),
    );
    expect(seen.find((x) => x.url === other.url('/copy/1'))!.outlet).toBe('الناقل');
    expect(seen.find((x) => x.url === canonical)!.outlet).toBe('الأنباء');
  });

  it('interrupted and restarted, loses nothing and fetches nothing twice', async () => {
    const s = await server();
    const feed = site(s, 'الأنباء', ARTICLES);
    for (const a of ARTICLES)
      s.set(`/news/${a.slug}`, { body: articlePage(a, { site: 'الأنباء' }), delayMs: 20 });
    const file = await tempDb();
    const first = openStore(file);
    const one = watcher(first, [outlet([feed])], { per_host: 1 });
    let pages = 0;
    s.onAnswer = (h) => {
      if (h.path.startsWith('/news/') && ++pages === 3) one.w.stop();
    };
    const r1 = await one.w.round();
    expect(r1.stopped).toBe(true);
    const stored = (await first.listDocuments()).length;
    expect(stored).toBe(s.hits.filter((h) => h.path.startsWith('/news/')).length);
    expect(stored).toBeLessThan(ARTICLES.length);
    await first.close();

    s.onAnswer = null;
    const second = openStore(file);
    const two = watcher(second, [outlet([feed])], { per_host: 1 });
    const r2 = await two.w.round({ force: true });
    expect(r2.inserted).toBe(ARTICLES.length - stored);
    expect((await second.listDocuments()).length).toBe(ARTICLES.length);
    for (const a of ARTICLES) expect(s.count(`/news/${a.slug}`)).toBe(1);
    // The feed was read before the stop: the restart asks it conditionally.
    expect(s.hits.filter((h) => h.path === '/feed.xml').map((h) => h.status)).toEqual([200, 304]);
  });

  it('reads news sitemaps and sitemap indexes, the newest sitemaps only', async () => {
    const s = await server();
    const items = (list: Article[]) =>
      list.map((a) => ({ url: s.url(`/n/${a.slug}`), title: a.title, published: a.published }));
    // Pages that show no date: the sitemap's news:publication_date dates them.
    for (const a of ARTICLES)
      s.set(`/n/${a.slug}`, { body: articlePage(a, { site: 'المرصد', dated: false }) });
    s.set('/sitemap-news-1.xml', {
      body: newsSitemap('المرصد', items(ARTICLES.slice(0, 2))),
      contentType: 'application/xml',
    });
    s.set('/sitemap-news-2.xml.gz', {
      body: gzipSync(newsSitemap('المرصد', items(ARTICLES.slice(2, 4)))),
      contentType: 'application/gzip',
    });
    s.set('/sitemap-old.xml', {
      body: newsSitemap('المرصد', items(ARTICLES.slice(4))),
      contentType: 'application/xml',
    });
    s.set('/sitemap-index.xml', {
      contentType: 'application/xml',
      body: sitemapIndex([
        { url: s.url('/sitemap-old.xml'), lastmod: '2025-01-01' },
        { url: s.url('/sitemap-news-1.xml'), lastmod: '2025-03-11T10:00:00Z' },
        { url: s.url('/sitemap-news-2.xml.gz'), lastmod: '2025-03-11T12:00:00Z' },
      ]),
    });
    const store = openStore(await tempDb());
    const { w, advance } = watcher(store, [outlet([s.url('/sitemap-index.xml')], 'المرصد')], {
      max_sitemaps: 2,
    });
    const r = await w.round();
    expect(r).toMatchObject({ inserted: 4, failed: 0 });
    expect(s.count('/sitemap-old.xml')).toBe(0);
    const doc = (await store.listDocuments()).find((d) => d.title === ARTICLES[2].title)!;
    expect(doc.published).toBe(ARTICLES[2].published.slice(0, 16));
    const feeds = await store.listFeeds();
    expect(feeds.map((f) => [f.url.replace(s.origin, ''), f.kind, f.active])).toEqual([
      ['/sitemap-index.xml', 'sitemapindex', true],
      ['/sitemap-news-1.xml', 'sitemap', true],
      ['/sitemap-news-2.xml.gz', 'sitemap', true],
    ]);
    // Next round: the index is unchanged (304), and so are its sitemaps.
    advance(20 * 60_000);
    const r2 = await w.round();
    expect(r2).toMatchObject({ pages: 0, feedErrors: 0 });
    expect(s.hits.slice(-3).map((h) => h.status)).toEqual([304, 304, 304]);
  });

  it('leaves items older than max_age', async () => {
    const s = await server();
    const feed = site(s, 'الأنباء', ARTICLES.slice(0, 3));
    const store = openStore(await tempDb());
    // The clock stands at 2025-03-12 08:00 UTC: the report of 4 March is older than a week.
    const { w } = watcher(store, [outlet([feed])], { max_age: '7d' });
    const r = await w.round();
    expect(r.newUrls).toBe(2);
    expect(s.count(`/news/${ARTICLES[0].slug}`)).toBe(0);
  });

  it('names the outlet from sources.yaml when the page does not', async () => {
    const s = await server();
    const feed = site(s, undefined, ARTICLES.slice(0, 1));
    const t = await server();
    const named = site(t, 'صحيفة الضاد', ARTICLES.slice(1, 2));
    const store = openStore(await tempDb());
    const { w } = watcher(store, [outlet([feed], 'شبكة الأفق'), outlet([named], 'اسم في الملف')]);
    await w.round();
    const outlets = (await store.listDocuments()).map((d) => d.outlet).sort();
    // The page that names its site keeps its own name.
    expect(outlets).toEqual(['شبكة الأفق', 'صحيفة الضاد']);
  });
});

describe('sources.yaml', () => {
  it('reads outlets and settings', () => {
    const c = parseSources(`
settings:
  interval: 10m
  per_host: 3
  delay: 500ms
outlets:
  - name: عنب بلدي
    language: ar
    country: SY
    feeds: [https://example.org/feed/]
    sitemaps:
      - https://example.org/news-sitemap.xml
    interval: 5m
  - feeds: [http://127.0.0.1:8080/rss?utm_source=x]
`);
    expect(c.settings).toMatchObject({ intervalMs: 600_000, perHost: 3, delayMs: 500, concurrency: 8 });
    expect(c.outlets[0]).toEqual({
      name: 'عنب بلدي',
      language: 'ar',
      country: 'SY',
      feeds: ['https://example.org/feed/', 'https://example.org/news-sitemap.xml'],
      intervalMs: 300_000,
    });
    expect(c.outlets[1].feeds).toEqual(['http://127.0.0.1:8080/rss']);
  });

  it('says which line is wrong', () => {
    const bad = (y: string) => {
      try {
        parseSources(y, 'sources.yaml');
      } catch (e) {
        expect(e).toBeInstanceOf(SourcesError);
        return (e as Error).message;
      }
      throw new Error('accepted');
    };
    expect(bad('outlets:\n  - name: x\n    feeds:\n      - not a url\n')).toMatch(
      /^sources\.yaml:4: outlets\.0\.feeds\.0: not an http\(s\) URL/,
    );
    expect(bad('outlets:\n  - name: x\n')).toMatch(/^sources\.yaml:2: .*at least one feed/);
    expect(bad('settings:\n  delay: soon\noutlets:\n  - feeds: [http://a.example/]\n')).toMatch(
      /^sources\.yaml:2: settings\.delay: not a duration/,
    );
    expect(bad('outlets: [\n')).toMatch(/^sources\.yaml:\d+:/);
  });
});

describe('listings and pages', () => {
  it('reads RSS, Atom, news sitemaps and indexes by their content', () => {
    const base = 'http://127.0.0.1:1/';
    expect(readListing(Buffer.from(rssFeed('x', [{ url: '/a/1', title: 't' }])), base)).toMatchObject({
      kind: 'rss',
      items: [{ url: 'http://127.0.0.1:1/a/1', title: 't' }],
    });
    const sm = readListing(
      Buffer.from(
        newsSitemap('x', [
          { url: 'http://127.0.0.1:1/b', title: 'عنوان', published: '2025-03-01T10:00:00+03:00' },
        ]),
      ),
      base,
    );
    expect(sm).toMatchObject({
      kind: 'sitemap',
      items: [{ url: 'http://127.0.0.1:1/b', title: 'عنوان', published: '2025-03-01T10:00:00+03:00' }],
    });
    expect(
      readListing(gzipSync(sitemapIndex([{ url: 'http://127.0.0.1:1/s.xml', lastmod: '2025-03-01' }])), base),
    ).toMatchObject({
      kind: 'sitemapindex',
      sitemaps: [{ url: 'http://127.0.0.1:1/s.xml', lastmod: '2025-03-01' }],
    });
    expect(() => readListing(Buffer.from('<html><body>x</body></html>'), base)).toThrow(/HTML page/);
    // A home page given for a feed: the error names the feeds it announces.
    expect(() =>
      readListing(
        Buffer.from(
          '<html><head><link rel="alternate" type="application/rss+xml" href="/feed/"></head><body></body></html>',
        ),
        base,
      ),
    ).toThrow('an HTML page, not a feed or sitemap; it names these feeds: http://127.0.0.1:1/feed/');
  });

  it('status says when nothing is watched yet', () => {
    const empty = {
      urls: {},
      results: {},
      lastHour: 0,
      lastDay: 0,
      firstFetch: null,
      lastFetch: null,
      perFeed: {},
      storedPerFeed: {},
    };
    expect(renderStatus(statusReport([], empty, '2025-03-12T08:00:00.000Z'))).toMatch(/Nothing watched yet/);
  });

  it('finds the canonical URL and normalizes URLs', () => {
    expect(
      canonicalOf(
        '<html><head><link rel="canonical" href="/news/1"></head><body><link rel="canonical" href="/x"></body></html>',
        'http://127.0.0.1:1/amp/1',
      ),
    ).toBe('http://127.0.0.1:1/news/1');
    expect(
      canonicalOf(
        '<head><meta property="og:url" content="http://127.0.0.1:1/n?id=2"></head>',
        'http://127.0.0.1:1/',
      ),
    ).toBe('http://127.0.0.1:1/n?id=2');
    expect(normalizeUrl('HTTP://127.0.0.1:80/a?id=3&utm_medium=rss#c')).toBe('http://127.0.0.1/a?id=3');
    expect(normalizeUrl('mailto:x@y')).toBeNull();
  });
});

describe.each(kinds)('mirsad watch, pages that fail ($name)', (k) => {
  beforeAll(() => void (kind = k));
  it('retries a page that failed in passing in later rounds, with back-off, and gives up at last', async () => {
    const s = await server();
    s.set('/news/down', { status: 503 });
    s.set('/news/missing', { status: 404 });
    s.set('/feed.xml', {
      body: rssFeed('الأنباء', [
        { url: s.url('/news/down'), title: 'x' },
        { url: s.url('/news/missing'), title: 'y' },
      ]),
    });
    const store = openStore(await tempDb());
    const { w, advance } = watcher(store, [outlet([s.url('/feed.xml')])], { retries: 1, max_attempts: 2 });
    const r1 = await w.round();
    expect(r1).toMatchObject({ retrying: 1, gone: 1 });
    expect(s.count('/news/down')).toBe(2); // one retry within the round
    expect(s.count('/news/missing')).toBe(1); // a 404 is not retried
    const down = (await store.getFetch(s.url('/news/down')))!;
    expect(down.nextAt! > down.at).toBe(true);
    await w.round(); // not yet due again
    expect(s.count('/news/down')).toBe(2);
    advance(61_000);
    const r3 = await w.round();
    expect(r3).toMatchObject({ pages: 1, failed: 1 });
    expect(s.count('/news/down')).toBe(4);
    expect((await store.getFetch(s.url('/news/down')))!).toMatchObject({
      state: 'failed',
      attempts: 2,
      httpStatus: 503,
    });
    expect((await store.getFetch(s.url('/news/missing')))!).toMatchObject({ state: 'gone', httpStatus: 404 });
    advance(3_600_000);
    expect((await w.round()).pages).toBe(0);
  });
});
