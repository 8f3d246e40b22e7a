// An article page as fetched: its text decoded with the charset the server declares (else the
// page's own), its canonical URL (<link rel="canonical">, else og:url), and the identity it is
// stored under: the canonical URL when it is on the page's own site (a republisher's canonical
// pointing to the original would make its copy the original), else the URL it was served from.
import { Parser } from 'htmlparser2';
import { decode } from '../ingest/decode.js';
import type { RawInput } from '../types.js';
import { normalizeUrl, sameSite } from './urls.js';

export interface FetchedPage {
  /** The URL the listing gave. */
  url: string;
  /** Where it was served from after redirects. */
  finalUrl: string;
  contentType: string | null;
  body: Buffer;
}

export interface PageInput {
  input: RawInput;
  canonicalUrl: string | null;
  identity: string;
}

export const isHtml = (contentType: string | null, body: Buffer): boolean =>
  contentType
    ? /html|xml/i.test(contentType) && !/^(application|text)\/(rss|atom)/i.test(contentType)
    : /<html[\s>]/i.test(body.subarray(0, 2048).toString('latin1'));

export function pageInput(p: FetchedPage): PageInput {
  const charset = /charset=["']?([\w.:-]+)/i.exec(p.contentType ?? '')?.[1];
  const { text, encoding } = decode(p.body, charset);
  const canonicalUrl = canonicalOf(text, p.finalUrl);
  const identity = canonicalUrl && sameSite(canonicalUrl, p.finalUrl) ? canonicalUrl : p.finalUrl;
  return {
    canonicalUrl,
    identity,
    input: {
      source: p.url,
      identity,
      kind: 'html',
      content: text,
      hints: { url: identity },
      messages:
        encoding !== 'utf-8' ? [{ level: 'info', stage: 'ingest', reason: `decoded from ${encoding}` }] : [],
    },
  };
}

/** <link rel="canonical" href> (else <meta property="og:url">) of the page's head, resolved against its URL. */
export function canonicalOf(html: string, base: string): string | null {
  const end = html.search(/<body[\s>]/i);
  let canonical: string | null = null;
  let og: string | null = null;
  const parser = new Parser({
    onopentag(name, a) {
      if (
        name === 'link' &&
        !canonical &&
        (a.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') &&
        a.href
      )
        canonical = a.href;
      if (name === 'meta' && !og && (a.property ?? a.name ?? '').toLowerCase() === 'og:url' && a.content)
        og = a.content;
    },
  });
  parser.end(end > 0 ? html.slice(0, end) : html.slice(0, 65536));
  const found = canonical ?? og;
  return found ? normalizeUrl(found, base) : null;
}
