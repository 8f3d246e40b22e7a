// Page metadata: meta tags (Open Graph, article:*), JSON-LD (NewsArticle and kin), <h1>,
// <title> without the site name, canonical link, <time datetime>.
import { DomUtils } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import type { RawInput } from '../types.js';

// Meta tags that carry the publication date, in the order they are trusted.
const DATE_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'published_time', 'publish_date',
  'publish-date', 'publishdate', 'pubdate', 'article.published', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.date', 'dcterms.created', 'date', 'article:published', 'cxenseparse:recs:publishtime',
];

export interface PageMeta extends NonNullable<RawInput['hints']> {
  /** Where the publication date was read (json-ld, meta:<name>, time-element). */
  publishedMethod?: string;
}

export function readMeta(nodes: ChildNode[]): PageMeta {
  const meta = new Map<string, string>();
  for (const m of DomUtils.getElementsByTagName('meta', nodes, true)) {
    const key = (m.attribs.property ?? m.attribs.name ?? m.attribs.itemprop ?? '').toLowerCase();
    if (key && m.attribs.content && !meta.has(key)) meta.set(key, m.attribs.content.trim());
  }
  const ld = readJsonLd(nodes);
  const h1 = DomUtils.findOne((e) => e.name === 'h1', nodes, true);
  const titleEl = DomUtils.findOne((e) => e.name === 'title', nodes, true);
  const canonical = DomUtils.findOne((e) => e.name === 'link' && (e.attribs.rel ?? '').toLowerCase() === 'canonical', nodes, true);
  const site = meta.get('og:site_name') ?? ld.publisher;
  let title = ld.headline ?? meta.get('og:title') ?? (h1 ? DomUtils.textContent(h1).trim() : undefined);
  if (!title && titleEl) title = stripSiteName(DomUtils.textContent(titleEl).trim(), site);
  return {
    title: title ? stripSiteName(title, site) : undefined,
    outlet: site,
    author: ld.author ?? meta.get('author') ?? meta.get('article:author'),
    ...publicationDate(nodes, ld, meta),
    url: canonical?.attribs.href ?? meta.get('og:url'),
  };
}

function publicationDate(nodes: ChildNode[], ld: LdFields, meta: Map<string, string>): { published?: string; publishedMethod?: string } {
  if (ld.datePublished) return { published: ld.datePublished, publishedMethod: 'json-ld' };
  for (const k of DATE_META) {
    const v = meta.get(k);
    if (v && /\d{4}/.test(v)) return { published: v, publishedMethod: `meta:${k}` };
  }
  // Microdata, then <time pubdate>, then the first <time datetime> of the article.
  const prop = DomUtils.findOne((e) => e.attribs.itemprop === 'datePublished' && !!(e.attribs.datetime ?? e.attribs.content), nodes, true);
  if (prop) return { published: prop.attribs.datetime ?? prop.attribs.content, publishedMethod: 'itemprop' };
  const pubdate = DomUtils.findOne((e) => e.name === 'time' && 'pubdate' in e.attribs && !!e.attribs.datetime, nodes, true);
  if (pubdate) return { published: pubdate.attribs.datetime, publishedMethod: 'time-element' };
  const article = DomUtils.findOne((e) => e.name === 'article' || e.name === 'main', nodes, true);
  const time = DomUtils.findOne((e) => e.name === 'time' && /\d{4}/.test(e.attribs.datetime ?? ''), article ? [article] : nodes, true);
  return time ? { published: time.attribs.datetime, publishedMethod: 'time-element' } : {};
}

function stripSiteName(title: string, site: string | undefined): string {
  const parts = title.split(/\s+[|\-–—]\s+/);
  if (parts.length > 1 && (!site || parts.some((p) => p.trim() === site))) {
    return parts.filter((p) => p.trim() !== site).sort((a, b) => b.length - a.length)[0].trim();
  }
  return title;
}

interface LdFields {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
}

function readJsonLd(nodes: ChildNode[]): LdFields {
  const out: LdFields = {};
  for (const s of DomUtils.getElementsByTagName('script', nodes, true)) {
    if ((s.attribs.type ?? '').toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(DomUtils.textContent(s));
    } catch {
      continue;
    }
    const items = (Array.isArray(data) ? data : [data]).flatMap((d) => (d && typeof d === 'object' && '@graph' in d ? (d as { '@graph': unknown[] })['@graph'] : [d]));
    for (const it of items as Record<string, unknown>[]) {
      if (!it || typeof it !== 'object') continue;
      const type = String(it['@type'] ?? '');
      if (!/Article|NewsArticle|BlogPosting|Report/.test(type)) continue;
      out.headline ??= str(it.headline);
      out.datePublished ??= str(it.datePublished);
      out.author ??= name(it.author);
      out.publisher ??= name(it.publisher);
    }
  }
  return out;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
function name(v: unknown): string | undefined {
  if (Array.isArray(v)) return name(v[0]);
  if (typeof v === 'string') return str(v);
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return undefined;
}
