// robots.txt, read once per host (again after a day) with robots-parser: Disallow/Allow with
// wildcards for our user agent, and Crawl-delay, which slows the host down in the gate.
// As crawlers do: a missing robots.txt (4xx) allows everything; one that cannot be read
// (5xx, network) allows nothing for now: the URL waits for a later round.
import robotsModule from 'robots-parser';
import type { HttpClient, HttpResponse } from './http.js';
import { StoppedError, type HostGate } from './gate.js';
import { hostOf } from './urls.js';

export type RobotsVerdict = 'allowed' | 'disallowed' | 'unavailable';

interface Entry {
  at: number;
  rules: Promise<{ allowed: (url: string) => boolean } | 'allow-all' | 'unavailable'>;
}

// robots-parser is CommonJS (module.exports = function); its typings describe an ES default export.
const robotsParser = robotsModule as unknown as typeof robotsModule.default;

const DAY = 86_400_000;
const MAX_CRAWL_DELAY = 30_000;

export class RobotsCache {
  private cache = new Map<string, Entry>();

  constructor(
    private http: HttpClient,
    private gate: HostGate,
    private agent: string,
    private now: () => number = Date.now,
  ) {}

  async check(url: string): Promise<RobotsVerdict> {
    const origin = new URL(url).origin;
    let e = this.cache.get(origin);
    if (!e || this.now() - e.at > DAY) {
      e = { at: this.now(), rules: this.load(origin) };
      this.cache.set(origin, e);
    }
    let rules: Awaited<Entry['rules']>;
    try {
      rules = await e.rules;
    } catch (err) {
      this.cache.delete(origin);
      throw err;
    }
    // A robots.txt that could not be read is asked again next time.
    if (rules === 'unavailable') {
      this.cache.delete(origin);
      return 'unavailable';
    }
    if (rules === 'allow-all') return 'allowed';
    return rules.allowed(url) ? 'allowed' : 'disallowed';
  }

  private async load(origin: string) {
    const robotsUrl = `${origin}/robots.txt`;
    let res: HttpResponse;
    try {
      res = await this.http.get(robotsUrl, { accept: 'text/plain' });
    } catch (e) {
      if (e instanceof StoppedError) throw e;
      return 'unavailable' as const;
    }
    if (res.status >= 500 || res.status === 429) return 'unavailable' as const;
    if (res.status !== 200) return 'allow-all' as const;
    const robot = robotsParser(robotsUrl, res.body.toString('utf8'));
    const delay = robot.getCrawlDelay(this.agent);
    if (delay) this.gate.setDelay(hostOf(robotsUrl), Math.min(delay * 1000, MAX_CRAWL_DELAY));
    return { allowed: (url: string) => robot.isAllowed(url, this.agent) !== false };
  }
}
