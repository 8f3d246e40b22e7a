// `mirsad watch` and `mirsad status`: following outlets live (src/watch/).
import type { Command } from 'commander';
import type { Store } from '../store/store.js';
import { Watcher, type RoundSummary } from '../watch/watcher.js';
import {
  DEFAULT_SETTINGS,
  SourcesError,
  applySettings,
  loadSources,
  type SettingsInput,
  type WatchConfig,
} from '../watch/sources.js';
import { formatDuration, parseDuration } from '../watch/duration.js';
import { normalizeUrl } from '../watch/urls.js';
import { renderStatus, statusReport } from '../watch/status.js';
import type { QueueStatus } from '../queue/status.js';

/** The queue of `mirsad worker` (loaded only for a PostgreSQL store). */
async function queueReport(db: string): Promise<{ status: QueueStatus; text: string }> {
  const { workerUtils } = await import('../queue/jobs.js');
  const { queueStatus, renderQueueStatus } = await import('../queue/status.js');
  const utils = await workerUtils(db);
  try {
    const status = await queueStatus(utils);
    return { status, text: renderQueueStatus(status) };
  } finally {
    await utils.release();
  }
}

interface WatchFlags {
  feed?: string[];
  outlet?: string;
  once?: boolean;
  interval?: string;
  concurrency?: string;
  perHost?: string;
  delay?: string;
  timeout?: string;
  retries?: string;
  maxAge?: string;
  userAgent?: string;
  verbose?: boolean;
}

export function roundLine(r: RoundSummary): string {
  const copies = r.republished
    ? `, ${r.republished} republished ${r.republished === 1 ? 'copy' : 'copies'}`
    : '';
  const other = [
    r.unchanged && `${r.unchanged} unchanged`,
    r.aliases && `${r.aliases} fetched before under another URL`,
    r.empty && `${r.empty} without article text`,
    r.disallowed && `${r.disallowed} disallowed by robots.txt`,
    r.gone && `${r.gone} gone`,
    r.retrying && `${r.retrying} to retry`,
    r.failed && `${r.failed} failed`,
  ].filter(Boolean);
  return (
    `round ${r.round}: ${r.feeds} feed(s) polled (${r.feedsChanged} changed, ${r.feedsUnchanged} unchanged, ${r.feedErrors} failed), ${r.newUrls} new link(s); ` +
    `${r.pages} page(s): ${r.inserted} stored${copies}${other.length ? ', ' + other.join(', ') : ''}; ` +
    `${r.requests} request(s), ${(r.bytes / 1e6).toFixed(1)} MB, ${(r.ms / 1000).toFixed(1)} s` +
    (r.events !== null ? ` — ${r.events} events in ${r.stories} stories` : '') +
    (r.stopped ? ' (stopped)' : '')
  );
}

export function registerWatchCommands(
  program: Command,
  openStore: () => Store,
  fail: (msg: string) => never,
): void {
  program
    .command('watch')
    .description(
      'follow outlets: poll their feeds and sitemaps, fetch each new article once, store it, merge the events; Ctrl-C stops cleanly',
    )
    .argument(
      '[sources]',
      'sources.yaml: the outlets with their feeds, sitemaps, language and country (README)',
    )
    .option('--feed <url...>', 'a feed or sitemap to follow (with or without sources.yaml)')
    .option('--outlet <name>', 'the outlet of the --feed URLs, for pages that do not name theirs')
    .option('--once', 'one round (every feed polled), then exit')
    .option('--interval <duration>', 'between two polls of a feed (e.g. 15m)')
    .option('--concurrency <n>', 'requests at once, all hosts together')
    .option('--per-host <n>', 'requests at once to one host')
    .option('--delay <duration>', 'between two requests to one host (e.g. 1s)')
    .option('--timeout <duration>', 'for one request, body included')
    .option('--retries <n>', 'further tries of a request that failed in passing')
    .option('--max-age <duration>', 'listed items older than this are left (0: no limit)')
    .option('--user-agent <ua>', 'the User-Agent sent (its first word is the robots.txt agent)')
    .option('--verbose', 'a line per page')
    .action(async (sources: string | undefined, o: WatchFlags) => {
      if (!sources && !o.feed?.length) fail('watch needs sources.yaml or --feed URL');
      let config: WatchConfig = { settings: DEFAULT_SETTINGS, outlets: [] };
      try {
        if (sources) config = loadSources(sources);
      } catch (e) {
        if (e instanceof SourcesError) fail(e.message);
        throw e;
      }
      const feeds = (o.feed ?? []).map((u) => normalizeUrl(u) ?? fail(`--feed ${u}: not an http(s) URL`));
      if (feeds.length)
        config.outlets.push({
          name: o.outlet ?? null,
          language: null,
          country: null,
          feeds,
          intervalMs: null,
        });
      const int = (v: string | undefined, name: string, min = 1) => {
        if (v === undefined) return undefined;
        const n = Number(v);
        return Number.isInteger(n) && n >= min ? n : fail(`--${name} takes a whole number ≥ ${min}`);
      };
      const dur = (v: string | undefined, name: string) =>
        v === undefined
          ? undefined
          : parseDuration(v) === null
            ? fail(`--${name} takes a duration (500ms, 2s, 15m, 1h, 7d)`)
            : v;
      const flags: SettingsInput = {
        interval: dur(o.interval, 'interval'),
        concurrency: int(o.concurrency, 'concurrency'),
        per_host: int(o.perHost, 'per-host'),
        delay: dur(o.delay, 'delay'),
        timeout: dur(o.timeout, 'timeout'),
        retries: int(o.retries, 'retries', 0),
        max_age: dur(o.maxAge, 'max-age'),
        user_agent: o.userAgent,
      };
      config.settings = applySettings(config.settings, flags);
      const st = config.settings;
      const log = (line: string) => process.stderr.write(line + '\n');
      const store = openStore();
      const watcher = new Watcher({
        store,
        config,
        log,
        verbose: o.verbose,
        onRound: (r) => log(roundLine(r)),
      });
      const nFeeds = config.outlets.reduce((n, x) => n + x.feeds.length, 0);
      log(
        `watching ${config.outlets.length} outlet(s), ${nFeeds} feed(s) and sitemap(s)${o.once ? ', one round' : `, every ${formatDuration(st.intervalMs)}`}; ` +
          `${st.perHost} request(s) at once per host, ${formatDuration(st.delayMs)} apart${o.once ? '' : ' — Ctrl-C stops (nothing is lost)'}`,
      );
      let interrupts = 0;
      const onSignal = () => {
        if (++interrupts > 1) process.exit(130);
        log('stopping: the requests under way finish and are stored (Ctrl-C again quits at once)');
        watcher.stop();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      // A long round says how far it is every 15 s.
      const ticker = setInterval(() => {
        const r = watcher.current;
        if (!r || Date.now() - watcher.roundStartedAt < 10_000) return;
        const done =
          r.inserted +
          r.republished +
          r.unchanged +
          r.empty +
          r.aliases +
          r.disallowed +
          r.gone +
          r.retrying +
          r.failed;
        log(
          `  round ${r.round}: ${done}/${r.pages} page(s) done, ${r.inserted} stored, ${((Date.now() - watcher.roundStartedAt) / 1000).toFixed(0)} s`,
        );
      }, 15_000);
      ticker.unref();
      const rounds = await watcher.run({ once: o.once });
      clearInterval(ticker);
      const errors = rounds.reduce((n, r) => n + r.feedErrors + r.failed, 0);
      await store.close();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      if (o.once && errors) process.exitCode = 2;
    });

  program
    .command('status')
    .description(
      'what `mirsad watch` follows: feeds, last success, errors per feed, pages by state, documents per hour',
    )
    .option('--json', 'as JSON')
    .action(async (o: { json?: boolean }) => {
      const store = openStore();
      const now = new Date().toISOString();
      const report = statusReport(await store.listFeeds(), await store.watchCounts(now), now);
      await store.close();
      const db: string = program.opts().db;
      // On PostgreSQL, the queue of `mirsad worker` too.
      const queue = /^postgres(ql)?:\/\//.test(db) ? await queueReport(db) : null;
      if (o.json)
        return void process.stdout.write(
          JSON.stringify(queue ? { ...report, queue: queue.status } : report, null, 2) + '\n',
        );
      process.stdout.write((queue ? `${queue.text}\n\n` : '') + renderStatus(report) + '\n');
    });
}
