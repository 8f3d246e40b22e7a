// What a feed or sitemap lists, read from its content (not its URL): RSS/Atom items through the
// ingest reader (src/ingest/feed.ts), sitemap <url> entries with their <lastmod> and Google News
// fields (news:title, news:publication_date), and the sitemaps a sitemap index points to.
import { gunzipSync } from 'node:zlib';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { feedEntries } from '../ingest/feed.js';
import { decode } from '../ingest/decode.js';
import { normalizeUrl } from './urls.js';

export interface ListedItem {
  url: string;
  title: string | null;
  /** As the listing writes it: RFC 822, ISO 8601 … */
  published: string | null;
  /** A sitemap's <lastmod>: when the page last changed (its age, not its publication). */
  lastmod?: string | null;
}

export interface Listing {
  kind: 'rss' | 'atom' | 'sitemap' | 'sitemapindex';
  items: ListedItem[];
  /** A sitemap index's sitemaps, in the order listed. */
  sitemaps: { url: string; lastmod: string | null }[];
}

export class ListingError extends Error {}

/** Bytes of a listing (gzip-compressed or not, any declared charset) to its entries; base resolves relative links. */
export function readListing(body: Buffer, base: string, charset?: string): Listing {
  if (body[0] === 0x1f && body[1] === 0x8b) {
    try {
      body = gunzipSync(body);
    } catch (e) {
      throw new ListingError(`bad gzip: ${(e as Error).message}`);
    }
  }
  let xml: string;
  try {
    xml = decode(body, charset).text;
  } catch (e) {
    throw new ListingError((e as Error).message);
  }
  const head = xml.slice(0, 4000);
  const root = /<(rss|feed|rdf:RDF|urlset|sitemapindex)[\s>]/i.exec(head)?.[1]?.toLowerCase();
  if (!root) {
    if (!/<html[\s>]/i.test(head)) throw new ListingError('not a feed or sitemap');
    const named = feedLinks(xml, base);
    throw new ListingError(
      `an HTML page, not a feed or sitemap${named.length ? `; it names these feeds: ${named.join(' ')}` : ''}`,
    );
  }
  if (root === 'urlset' || root === 'sitemapindex') return readSitemap(xml, base, root);
  const { entries } = feedEntries(xml);
  const items: ListedItem[] = [];
  for (const e of entries) {
    const url = e.url ? normalizeUrl(e.url, base) : null;
    if (url) items.push({ url, title: e.title ?? null, published: e.published ?? null });
  }
  return { kind: root === 'feed' ? 'atom' : 'rss', items, sitemaps: [] };
}

const local = (e: Element) => e.name.toLowerCase().replace(/^.*:/, '');
const textOf = (el: Element, name: string, prefix?: string): string | null => {
  const found = DomUtils.findOne(
    (e) => local(e) === name && (!prefix || e.name.toLowerCase().startsWith(prefix + ':')),
    el.children,
    true,
  );
  const t = found ? DomUtils.textContent(found).trim() : '';
  return t || null;
};

function readSitemap(xml: string, base: string, root: 'urlset' | 'sitemapindex'): Listing {
  const doc = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const entryName = root === 'urlset' ? 'url' : 'sitemap';
  const entries = DomUtils.findAll((e) => local(e) === entryName && !e.name.includes(':'), doc.children);
  const items: ListedItem[] = [];
  const sitemaps: Listing['sitemaps'] = [];
  for (const e of entries) {
    const loc = textOf(e, 'loc');
    const url = loc ? normalizeUrl(loc, base) : null;
    if (!url) continue;
    const lastmod = textOf(e, 'lastmod');
    if (root === 'sitemapindex') sitemaps.push({ url, lastmod });
    else
      items.push({
        url,
        title: textOf(e, 'title', 'news'),
        published: textOf(e, 'publication_date', 'news'),
        lastmod,
      });
  }
  return { kind: root === 'urlset' ? 'sitemap' : 'sitemapindex', items, sitemaps };
}

/** The feeds an HTML page announces (<link rel="alternate" type="application/rss+xml" href>). */
export function feedLinks(html: string, base: string): string[] {
  const doc = parseDocument(html.slice(0, 65536));
  const links = DomUtils.findAll(
    (e) =>
      e.name === 'link' &&
      /alternate/i.test(e.attribs.rel ?? '') &&
      /(rss|atom)\+xml/i.test(e.attribs.type ?? ''),
    doc.children,
  );
  return [
    ...new Set(links.map((l) => normalizeUrl(l.attribs.href ?? '', base)).filter((u): u is string => !!u)),
  ];
}
