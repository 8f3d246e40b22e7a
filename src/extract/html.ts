// HTML pages: parse with a real parser, read the metadata (meta tags, JSON-LD, <h1>, <title>),
// drop what is never article text (scripts, navigation, forms, link lists), and render the
// rest as block lines so the line-level extractor does the rest. The rendered text is the
// document's text: every span points into it.
import { parseDocument, DomUtils } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { RawInput } from '../types.js';

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'form', 'button', 'select', 'nav', 'aside',
  'figure', 'figcaption', 'head', 'object', 'embed', 'canvas', 'video', 'audio', 'input', 'textarea', 'menu',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'blockquote', 'table', 'tr', 'td', 'th', 'dd', 'dt', 'dl', 'pre', 'address', 'time', 'br', 'hr',
]);
const FURNITURE_HINT = /(^|[\s_-])(nav|menu|breadcrumb|share|social|comment|related|sidebar|widget|footer|newsletter|subscribe|cookie|advert|ads?|promo|tags?|author-bio|popup|modal)([\s_-]|$)/i;

export interface RenderedPage {
  text: string;
  hints: RawInput['hints'];
}

interface Block {
  text: string;
  linkChars: number;
}

export function renderHtml(html: string): RenderedPage {
  const doc = parseDocument(html, { decodeEntities: true });
  const hints = readMeta(doc.children);
  const blocks: Block[] = [];
  let cur: Block = { text: '', linkChars: 0 };
  const flush = () => {
    const t = cur.text.replace(/[ \t\r\n\u00A0]+/g, ' ').trim();
    if (t) blocks.push({ text: t, linkChars: cur.linkChars });
    cur = { text: '', linkChars: 0 };
  };
  const walk = (nodes: ChildNode[], inLink: boolean) => {
    for (const n of nodes) {
      if (n.type === 'text') {
        cur.text += n.data;
        if (inLink) cur.linkChars += n.data.trim().length;
        continue;
      }
      if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') continue;
      const el = n as Element;
      const name = el.name.toLowerCase();
      if (SKIP.has(name)) continue;
      const cls = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''} ${el.attribs.role ?? ''}`;
      if (FURNITURE_HINT.test(cls) && !/article|content|post-body|entry/i.test(cls)) continue;
      const block = BLOCK.has(name);
      if (block) flush();
      walk(el.children, inLink || name === 'a');
      if (block) flush();
    }
  };
  const body = DomUtils.findOne((e) => e.name === 'body', doc.children, true);
  walk(body ? body.children : doc.children, false);
  flush();
  // Link lists (menus, related articles) are mostly anchor text.
  const kept = blocks.filter((b) => !(b.linkChars / b.text.length > 0.6 && b.text.length < 200));
  return { text: kept.map((b) => b.text).join('\n\n'), hints };
}

function readMeta(nodes: ChildNode[]): RawInput['hints'] {
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
