// Page metadata: meta tags (Open Graph, article:*), JSON-LD (NewsArticle and kin), <h1>,
// <title> without the site name, canonical link, <time datetime>.
import { DomUtils } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import type { RawInput } from '../types.js';

export function readMeta(nodes: ChildNode[]): RawInput['hints'] {
  const meta = new Map<string, string>();
  for (const m of DomUtils.getElementsByTagName('meta', nodes, true)) {
    const key = (m.attribs.property ?? m.attribs.name ?? m.attribs.itemprop ?? '').toLowerCase();
    if (key && m.attribs.content && !meta.has(key)) meta.set(key, m.attribs.content.trim());
  }
  const ld = readJsonLd(nodes);
  const h1 = DomUtils.findOne((e) => e.name === 'h1', nodes, true);
  const titleEl = DomUtils.findOne((e) => e.name === 'title', nodes, true);
  const canonical = DomUtils.findOne((e) => e.name === 'link' && (e.attribs.rel ?? '').toLowerCase() === 'canonical', nodes, true);
  const timeEl = DomUtils.findOne((e) => e.name === 'time' && !!e.attribs.datetime, nodes, true);
  const site = meta.get('og:site_name') ?? ld.publisher;
  let title = ld.headline ?? meta.get('og:title') ?? (h1 ? DomUtils.textContent(h1).trim() : undefined);
  if (!title && titleEl) title = stripSiteName(DomUtils.textContent(titleEl).trim(), site);
  return {
    title: title ? stripSiteName(title, site) : undefined,
    outlet: site,
    author: ld.author ?? meta.get('author') ?? meta.get('article:author'),
    published: ld.datePublished ?? meta.get('article:published_time') ?? meta.get('date') ?? timeEl?.attribs.datetime,
    url: canonical?.attribs.href ?? meta.get('og:url'),
  };
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
