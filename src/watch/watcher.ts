// `mirsad watch`: rounds of polling every outlet's feeds and sitemaps and fetching each new
// article page once. A round polls the feeds that are due (conditional GET), records the URLs
// their listings give (in the store, so a restart loses none), fetches every URL still waiting
// (new ones as soon as their listing is read), runs the pipeline on each page and stores it
// (a republished copy becomes a sighting of the text already stored), then rebuilds the events.
// Everything a round learns is written as it happens, so Ctrl-C (stop) only lets the requests
// under way finish: nothing is lost and nothing is fetched twice.
import type { Store } from '../store/store.js';
import type { DiscoveredUrl, FeedState, FetchRecord, QueuedUrl } from '../store/watch.js';
import { analyze } from '../pipeline.js';
import { mergeNewMentions } from '../rebuild.js';
import { HostGate, StoppedError } from './gate.js';
import { HttpClient, HttpError, TRANSIENT, abortableSleep, type HttpResponse } from './http.js';
import { RobotsCache } from './robots.js';
import { readListing, ListingError } from './listing.js';
import { isHtml, pageInput } from './page.js';
import { normalizeUrl } from './urls.js';
import type { OutletSource, WatchConfig } from './sources.js';

export interface WatcherOptions {
  store: Store;
  config: WatchConfig;
  /** The clock (tests move it). */
  now?: () => Date;
  /** How to wait between retries and rounds (tests pass one that returns at once). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Progress and health lines (stderr in the command). */
  log?: (line: string) => void;
  /** A line per page fetched. */
  verbose?: boolean;
  /** Rebuild merged events after a round that stored documents (default true). */
  rebuild?: boolean;
  /** Told each round's summary as it ends. */
  onRound?: (r: RoundSummary) => void;
}

export interface RoundSummary {
  round: number;
  feeds: number;
  feedsChanged: number;
  feedsUnchanged: number;
  feedErrors: number;
  newUrls: number;
  /** Article URLs taken up this round. */
  pages: number;
  inserted: number;
  republished: number;
  unchanged: number;
  /** Pages with no article text, or not HTML. */
  empty: number;
  /** Listed URLs that redirect to (or are) a URL fetched before. */
  aliases: number;
  disallowed: number;
  gone: number;
  /** Failed in passing: retried in a later round. */
  retrying: number;
  failed: number;
  requests: number;
  bytes: number;
  ms: number;
  events: number | null;
  stories: number | null;
  stopped: boolean;
}

const MAX_REDIRECTS = 5;
const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

interface FeedSpec {
  url: string;
  outlet: OutletSource;
}

const emptySummary = (round: number): RoundSummary => ({
  round,
  feeds: 0,
  feedsChanged: 0,
  feedsUnchanged: 0,
  feedErrors: 0,
  newUrls: 0,
  pages: 0,
  inserted: 0,
  republished: 0,
  unchanged: 0,
  empty: 0,
  aliases: 0,
  disallowed: 0,
  gone: 0,
  retrying: 0,
  failed: 0,
  requests: 0,
  bytes: 0,
  ms: 0,
  events: null,
  stories: null,
  stopped: false,
});

export class Watcher {
  private store: Store;
  private config: WatchConfig;
  private now: () => Date;
  private sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private log: (line: string) => void;
  private gate: HostGate;
  private http: HttpClient;
  private robots: RobotsCache;
  private stopper = new AbortController();
  private rounds = 0;
  /** The round under way (its counts grow as it goes), for progress lines. */
  current: RoundSummary | null = null;
  roundStartedAt = 0;
  private registered = false;

  constructor(private opts: WatcherOptions) {
    this.store = opts.store;
    this.config = opts.config;
    this.now = opts.now ?? (() => new Date());
    this.sleep = opts.sleep ?? abortableSleep;
    this.log = opts.log ?? (() => {});
    const s = this.config.settings;
    const clock = () => this.now().getTime();
    this.gate = new HostGate({ concurrency: s.concurrency, perHost: s.perHost, delayMs: s.delayMs });
    this.http = new HttpClient({
      gate: this.gate,
      userAgent: s.userAgent,
      timeoutMs: s.timeoutMs,
      retries: s.retries,
      maxBytes: s.maxBytes,
      sleep: this.sleep,
      signal: this.stopper.signal,
    });
    const agent = s.userAgent.split(/[/\s]/)[0];
    this.robots = new RobotsCache(this.http, this.gate, agent, clock);
  }

  /** Start nothing more; what is under way finishes and is recorded. */
  stop(): void {
    if (this.stopper.signal.aborted) return;
    this.stopper.abort();
    this.gate.stop();
  }

  get stopped(): boolean {
    return this.stopper.signal.aborted;
  }

  private get feeds(): FeedSpec[] {
    return this.config.outlets.flatMap((outlet) => outlet.feeds.map((url) => ({ url, outlet })));
  }

  private intervalOf(f: FeedSpec): number {
    return f.outlet.intervalMs ?? this.config.settings.intervalMs;
  }

  /** When a feed is next due: its interval after the last poll, doubled for each failure in a row (up to 8×). */
  private dueAt(f: FeedSpec, state: FeedState | null): number {
    if (!state?.checkedAt) return 0;
    return Date.parse(state.checkedAt) + this.intervalOf(f) * Math.min(2 ** state.errors, 8);
  }

  /** Rounds until stopped (or one round with once), waiting between them until a feed is due. */
  async run(o: { once?: boolean } = {}): Promise<RoundSummary[]> {
    const out: RoundSummary[] = [];
    while (!this.stopped) {
      const r = await this.round({ force: o.once });
      out.push(r);
      this.opts.onRound?.(r);
      if (o.once || this.stopped) break;
      let next = Infinity;
      for (const f of this.feeds) next = Math.min(next, this.dueAt(f, await this.store.getFeed(f.url)));
      const wait = Math.max(
        1000,
        Math.min(next, Date.parse(this.iso()) + this.config.settings.intervalMs) - Date.parse(this.iso()),
      );
      try {
        await this.sleep(wait, this.stopper.signal);
      } catch (e) {
        if (!(e instanceof StoppedError)) throw e;
      }
    }
    return out;
  }

  private iso(): string {
    return this.now().toISOString();
  }

  /** One round. force: poll every feed, due or not. */
  async round(o: { force?: boolean } = {}): Promise<RoundSummary> {
    const started = Date.now();
    const s = (this.current = emptySummary(++this.rounds));
    this.roundStartedAt = started;
    const requests0 = this.http.requests;
    const bytes0 = this.http.bytes;
    if (!this.registered) {
      for (const f of this.feeds)
        await this.store.addFeed({
          url: f.url,
          outlet: f.outlet.name,
          language: f.outlet.language,
          country: f.outlet.country,
          parent: null,
        });
      this.registered = true;
      // The pipeline loads its knowledge base on first use: do it now, not while requests are
      // under way (their timeouts would run out while it blocks).
      analyze({
        source: 'warm-up',
        identity: 'warm-up',
        kind: 'text',
        content: 'التقى الرئيس وزير الخارجية في العاصمة اليوم.',
        hints: {},
        messages: [],
      });
    }
    const tasks: Promise<void>[] = [];
    const taken = new Set<string>();
    const take = (q: QueuedUrl) => {
      if (taken.has(q.url) || taken.size >= this.config.settings.maxPagesPerRound || this.stopped) return;
      taken.add(q.url);
      s.pages++;
      tasks.push(this.fetchArticle(q, s));
    };
    // What an earlier round (or an interrupted run) left waiting goes first.
    for (const q of await this.store.pendingUrls(this.iso(), this.config.settings.maxPagesPerRound)) take(q);
    const due: FeedSpec[] = [];
    for (const f of this.feeds)
      if (o.force || this.dueAt(f, await this.store.getFeed(f.url)) <= this.now().getTime()) due.push(f);
    await Promise.all(due.map((f) => this.pollFeed(f.url, f.outlet, null, null, s, take)));
    await Promise.all(tasks);
    s.requests = this.http.requests - requests0;
    s.bytes = this.http.bytes - bytes0;
    s.stopped = this.stopped;
    if (s.inserted && this.opts.rebuild !== false) {
      const built = await mergeNewMentions(this.store);
      s.events = built.events;
      s.stories = built.stories;
    }
    s.ms = Date.now() - started;
    this.current = null;
    return s;
  }

  /** GET with redirects followed hop by hop, robots.txt asked at each; null when robots.txt says no. */
  private async follow(
    url: string,
    headers: Record<string, string>,
    onHop?: ((to: string) => Promise<boolean>) | null,
    tally?: { requests: number },
  ): Promise<
    | { res: HttpResponse; hops: string[] }
    | { verdict: 'disallowed' | 'unavailable'; hops: string[] }
    | { stoppedAt: string; hops: string[] }
  > {
    const hops: string[] = [];
    for (;;) {
      const verdict = await this.robots.check(url);
      if (verdict !== 'allowed') return { verdict, hops };
      const res = await this.http.get(url, headers, tally);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || res.status === 304 || !location) return { res, hops };
      const next = normalizeUrl(location, url);
      if (!next) throw new HttpError(`redirect to an unusable address: ${location}`, res.status, false);
      if (hops.length >= MAX_REDIRECTS || next === url || hops.includes(next))
        throw new HttpError(`too many redirects (${hops.length + 1})`, res.status, false);
      hops.push(url);
      url = next;
      if (onHop && !(await onHop(url))) return { stoppedAt: url, hops };
    }
  }

  private async pollFeed(
    url: string,
    outlet: OutletSource,
    parent: string | null,
    lastmod: string | null,
    s: RoundSummary,
    take: (q: QueuedUrl) => void,
  ): Promise<void> {
    const prev = await this.store.getFeed(url);
    const state: FeedState = prev ?? {
      url,
      outlet: outlet.name,
      language: outlet.language,
      country: outlet.country,
      kind: null,
      parent,
      active: true,
      etag: null,
      lastModified: null,
      lastmod: null,
      checkedAt: null,
      successAt: null,
      changedAt: null,
      status: null,
      error: null,
      errors: 0,
      errorTotal: 0,
      requests: 0,
      notModified: 0,
      items: 0,
    };
    // A sitemap whose <lastmod> in its index has not moved since it was read is not asked again.
    if (parent && lastmod && state.successAt && state.lastmod === lastmod) {
      s.feedsUnchanged++;
      return;
    }
    s.feeds++;
    const tally = { requests: 0 };
    const now = this.iso();
    state.checkedAt = now;
    const headers: Record<string, string> = { accept: FEED_ACCEPT };
    if (state.etag) headers['if-none-match'] = state.etag;
    if (state.lastModified) headers['if-modified-since'] = state.lastModified;
    const failed = async (reason: string, status: number | null) => {
      state.requests += tally.requests;
      state.errors++;
      state.errorTotal++;
      state.error = reason;
      state.status = status;
      s.feedErrors++;
      this.log(`error: feed ${url}: ${reason}`);
      await this.store.recordListing(state, []);
    };
    let listing: ReturnType<typeof readListing>;
    let res: HttpResponse;
    try {
      const r = await this.follow(url, headers, null, tally);
      if ('verdict' in r)
        return void (await failed(
          r.verdict === 'disallowed' ? 'disallowed by robots.txt' : 'robots.txt cannot be read',
          null,
        ));
      if (!('res' in r)) return;
      res = r.res;
      if (res.status === 304) {
        state.requests += tally.requests;
        state.notModified++;
        Object.assign(state, {
          successAt: now,
          status: 304,
          error: null,
          errors: 0,
          lastmod: lastmod ?? state.lastmod,
        });
        s.feedsUnchanged++;
        await this.store.recordListing(state, []);
        if (state.kind === 'sitemapindex') await this.pollChildren(url, outlet, null, s, take);
        return;
      }
      if (res.status !== 200)
        return void (await failed(
          `HTTP ${res.status}${TRANSIENT(res.status) ? ` after ${this.config.settings.retries + 1} tries` : ''}`,
          res.status,
        ));
      const charset = /charset=["']?([\w.:-]+)/i.exec(res.headers.get('content-type') ?? '')?.[1];
      listing = readListing(res.body, res.url, charset);
    } catch (e) {
      if (e instanceof StoppedError) return;
      if (e instanceof HttpError || e instanceof ListingError)
        return void (await failed(e.message, e instanceof HttpError ? e.status : 200));
      throw e;
    }
    state.requests += tally.requests;
    Object.assign(state, {
      kind: listing.kind,
      etag: res.headers.get('etag'),
      lastModified: res.headers.get('last-modified'),
      successAt: now,
      changedAt: now,
      status: 200,
      error: null,
      errors: 0,
      lastmod: lastmod ?? state.lastmod,
      parent: parent ?? state.parent,
    });
    s.feedsChanged++;
    if (listing.kind === 'sitemapindex') {
      await this.store.recordListing(state, []);
      await this.pollChildren(url, outlet, listing.sitemaps, s, take);
      return;
    }
    const maxAge = this.config.settings.maxAgeMs;
    const cutoff = this.now().getTime() - maxAge;
    const found: DiscoveredUrl[] = [];
    for (const it of listing.items) {
      const t = Date.parse(it.published ?? it.lastmod ?? '');
      if (maxAge && !Number.isNaN(t) && t < cutoff) continue;
      found.push({ url: it.url, feed: url, outlet: outlet.name, title: it.title, published: it.published });
    }
    const fresh = await this.store.recordListing(state, found);
    s.newUrls += fresh.length;
    for (const u of fresh) take({ ...u, attempts: 0, discoveredAt: now });
  }

  /** The newest sitemaps of an index (by <lastmod>; the first listed when none has one) are polled; the rest rest. */
  private async pollChildren(
    index: string,
    outlet: OutletSource,
    listed: { url: string; lastmod: string | null }[] | null,
    s: RoundSummary,
    take: (q: QueuedUrl) => void,
  ): Promise<void> {
    const known = (await this.store.listFeeds()).filter((f) => f.parent === index);
    let active: { url: string; lastmod: string | null }[];
    if (listed) {
      const ranked = listed
        .map((x, i) => ({ ...x, i }))
        .sort((a, b) => (b.lastmod ?? '').localeCompare(a.lastmod ?? '') || a.i - b.i);
      active = ranked.slice(0, this.config.settings.maxSitemaps);
      const on = new Set(active.map((a) => a.url));
      for (const f of known)
        if (!on.has(f.url) && f.active) await this.store.recordListing({ ...f, active: false }, []);
      for (const a of active)
        await this.store.addFeed({
          url: a.url,
          outlet: outlet.name,
          language: outlet.language,
          country: outlet.country,
          parent: index,
        });
    } else {
      active = known.filter((f) => f.active).map((f) => ({ url: f.url, lastmod: f.lastmod }));
    }
    await Promise.all(
      active.map((a) => this.pollFeed(a.url, outlet, index, listed ? a.lastmod : null, s, take)),
    );
  }

  private async fetchArticle(q: QueuedUrl, s: RoundSummary): Promise<void> {
    const base = { url: q.url, attempts: q.attempts + 1 };
    const record = (r: Omit<FetchRecord, 'url' | 'attempts' | 'at'>) =>
      this.store.recordFetch({ ...base, at: this.iso(), ...r });
    const retryLater = async (reason: string, status: number | null) => {
      if (base.attempts >= this.config.settings.maxAttempts) {
        s.failed++;
        this.log(`error: ${q.url}: ${reason}; given up after ${base.attempts} rounds`);
        return record({ state: 'failed', httpStatus: status, error: reason });
      }
      s.retrying++;
      const wait = Math.min(60_000 * 4 ** (base.attempts - 1), 6 * 3_600_000);
      this.log(`error: ${q.url}: ${reason}; tried again in a later round`);
      return record({
        state: 'queued',
        httpStatus: status,
        error: reason,
        nextAt: new Date(this.now().getTime() + wait).toISOString(),
      });
    };
    try {
      if (this.stopped) return;
      // A redirect to a URL fetched before ends here: this one is another name of it.
      const r = await this.follow(q.url, { accept: PAGE_ACCEPT }, async (to) => {
        const known = await this.store.urlState(to);
        return !known || known.state === 'queued';
      });
      if ('stoppedAt' in r) {
        const known = (await this.store.urlState(r.stoppedAt))!;
        const of = known.aliasOf ?? r.stoppedAt;
        s.aliases++;
        if (this.opts.verbose) this.log(`  = ${q.url} → ${of} (fetched before)`);
        return void (await record({
          state: 'alias',
          aliasOf: of,
          documentId: known.documentId,
          aliases: r.hops,
        }));
      }
      if ('verdict' in r) {
        if (r.verdict === 'unavailable') return void (await retryLater('robots.txt cannot be read', null));
        s.disallowed++;
        if (this.opts.verbose) this.log(`  - ${q.url}: disallowed by robots.txt`);
        return void (await record({
          state: 'disallowed',
          error: 'disallowed by robots.txt',
          aliases: r.hops,
        }));
      }
      const { res, hops } = r;
      const fetched = {
        finalUrl: res.url,
        httpStatus: res.status,
        httpDate: httpDate(res.headers.get('date')),
      };
      if (TRANSIENT(res.status)) return void (await retryLater(`HTTP ${res.status}`, res.status));
      if (res.status !== 200) {
        s.gone++;
        this.log(`error: ${q.url}: HTTP ${res.status}`);
        return void (await record({ state: 'gone', ...fetched, error: `HTTP ${res.status}`, aliases: hops }));
      }
      const contentType = res.headers.get('content-type');
      if (!isHtml(contentType, res.body)) {
        s.empty++;
        return void (await record({
          state: 'done',
          ...fetched,
          result: 'not-html',
          error: `not an HTML page (${contentType})`,
          aliases: hops,
        }));
      }
      const page = pageInput({ url: q.url, finalUrl: res.url, contentType, body: res.body });
      const doc = analyze(page.input, { published: q.published ?? undefined, seen: this.now() });
      // The outlet the page does not name is the one sources.yaml gives (before a guess from the domain).
      const named = doc.extraction.outlet;
      if (q.outlet && (!named || named.source.method === 'domain-table'))
        doc.extraction.outlet = { value: q.outlet, source: { method: 'sources.yaml' } };
      const aliases = [...hops, res.url, ...(page.canonicalUrl ? [page.canonicalUrl] : [])];
      if (!doc.extraction.paragraphs.length) {
        s.empty++;
        this.log(`error: ${q.url}: no article text found`);
        return void (await record({
          state: 'done',
          ...fetched,
          canonicalUrl: page.canonicalUrl,
          result: 'empty',
          error: 'no article text found',
          aliases,
        }));
      }
      const put = await this.store.putDocument(doc);
      s[put]++;
      const documentId =
        put === 'inserted'
          ? doc.id
          : ((await this.store.documentForIdentity(doc.identity)) ??
            ((await this.store.hasDocument(doc.id)) ? doc.id : null));
      if (this.opts.verbose) this.log(`  + ${q.url} → ${put} ${documentId ?? ''}`);
      await record({
        state: 'done',
        ...fetched,
        canonicalUrl: page.canonicalUrl,
        documentId,
        result: put,
        aliases,
      });
    } catch (e) {
      if (e instanceof StoppedError) return; // still queued: the next run takes it up
      if (e instanceof HttpError)
        return void (await (e.transient
          ? retryLater(e.message, e.status)
          : (s.failed++,
            this.log(`error: ${q.url}: ${e.message}`),
            record({ state: 'failed', httpStatus: e.status, error: e.message }))));
      s.failed++;
      this.log(`error: ${q.url}: ${(e as Error).message}`);
      await record({ state: 'failed', error: (e as Error).message });
    }
  }
}

function httpDate(v: string | null): string | null {
  const t = v ? Date.parse(v) : NaN;
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
