// URLs as the watcher keys them: absolute http(s), no fragment, no tracking parameters
// (utm_*, fbclid, gclid), so the same article listed twice is fetched once.
const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/i;

export function normalizeUrl(raw: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  if ([...u.searchParams.keys()].some((k) => TRACKING.test(k))) {
    for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  }
  return u.href;
}

/** host[:port]: the unit of politeness (concurrency, delay, robots.txt). */
export const hostOf = (url: string): string => new URL(url).host;

/** One site: the same host once a leading "www." and "m." are set aside. */
export function sameSite(a: string, b: string): boolean {
  const site = (u: string) => new URL(u).host.replace(/^(www|m|amp)\./, '');
  return site(a) === site(b);
}
