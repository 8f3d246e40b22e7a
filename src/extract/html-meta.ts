// Page metadata: meta tags (Open Graph, article:*), JSON-LD (NewsArticle and kin), <h1>,
// <title> without the site name, canonical link, <time datetime>.
import { DomUtils } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { RawInput } from '../types.js';

// Meta tags that carry the publication date, in the order they are trusted.
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'published_time',
  'publish_date',
  'publish-date',
  'publishdate',
  'pubdate',
  'article.published',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'article:published',
  'cxenseparse:recs:publishtime',
];
// Other names a site gives its publication date ("published", "w-published-date", "post_date"),
// never an update's or an expiry's.
const DATE_META_NAME =
  /(?:^|[-_.:])(?:(?:published|publish|publication)(?:[-_.:]?(?:date|time|on))?|(?:pub|post|posted|release)[-_.:]?(?:date|time))$/;
const NOT_PUBLICATION = /modif|updat|revis|expir|edit|crawl|index|copyright/;

export interface PageMeta extends NonNullable<RawInput['hints']> {
  /** Where the publication date was read (json-ld, meta:<name>, time-element). */
  publishedMethod?: string;
  /** A product's description in the page's JSON-LD (a shop that renders it by script). */
  productDescription?: string;
  /** The text of the first <time> that shows a year without a datetime (a last resort for the date). */
  shownDate?: string;
  /** The last modification its JSON-LD article gives: the date of a page that gives no other. */
  modified?: string;
}

/** The elements metadata is read from, found in one walk of the page (document order). */
interface Found {
  metas: Element[];
  scripts: Element[];
  h1?: Element;
  title?: Element;
  canonical?: Element;
  itemprop?: Element;
  pubdate?: Element;
  /** The first <time> with a year in its datetime: in the first <article>/<main>, and anywhere. */
  timeInArticle?: Element;
  time?: Element;
  /** The first <time> without a datetime whose text has a year ("<time>December 3, 2025</time>"). */
  timeText?: Element;
  hasArticle: boolean;
  /** Elements that may name the author, by kind (0 rel/itemprop author, 1 a link to an author's page, 2 an author-named class), a few of each. */
  bylines: Element[][];
}

/**
 * Finds the elements metadata is read from as the parser opens them (document order) and closes
 * them, so that the page is not walked again for them.
 */
export function metaFinder() {
  const f: Found = { metas: [], scripts: [], hasArticle: false, bylines: [[], [], []] };
  // The first <article>/<main> while the parser is inside it.
  let article: Element | null = null;
  let inArticle = false;
  // <time>s without a datetime, read once their text is known.
  const untimed: Element[] = [];
  return {
    open(e: Element): void {
      const name = e.name;
      if (name === 'meta') f.metas.push(e);
      else if (name === 'script') f.scripts.push(e);
      else if (name === 'h1') f.h1 ??= e;
      else if (name === 'title') f.title ??= e;
      else if (name === 'link' && !f.canonical && (e.attribs.rel ?? '').toLowerCase() === 'canonical')
        f.canonical = e;
      else if ((name === 'article' || name === 'main') && !f.hasArticle) {
        f.hasArticle = true;
        article = e;
        inArticle = true;
      }
      if (
        !f.itemprop &&
        e.attribs.itemprop === 'datePublished' &&
        !!(e.attribs.datetime ?? e.attribs.content)
      )
        f.itemprop = e;
      const a = e.attribs;
      if (name !== 'meta' && name !== 'link') {
        const kind =
          (a.rel && /\bauthor\b/i.test(a.rel)) || a.itemprop === 'author'
            ? 0
            : name === 'a' && a.href && AUTHOR_HREF.test(a.href)
              ? 1
              : a.class && authorClass(a.class)
                ? 2
                : -1;
        if (kind >= 0 && f.bylines[kind].length < 6) f.bylines[kind].push(e);
      }
      if (name === 'time') {
        if (!f.pubdate && 'pubdate' in e.attribs && !!e.attribs.datetime) f.pubdate = e;
        if (/\d{4}/.test(e.attribs.datetime ?? '')) {
          f.time ??= e;
          if (inArticle) f.timeInArticle ??= e;
        } else if (!e.attribs.datetime) untimed.push(e);
      }
    },
    close(e: Element): void {
      if (e === article) inArticle = false;
    },
    found(): Found {
      for (const e of untimed) {
        const t = DomUtils.textContent(e);
        if (t.length <= 60 && /\b(?:19|20)\d\d\b/.test(t) && !UPDATED.test(t)) {
          f.timeText = e;
          break;
        }
      }
      return f;
    },
  };
}
export type MetaFinder = ReturnType<typeof metaFinder>;

// A date shown as an update's, not the publication's.
const UPDATED = /updat|modif|revis|aktualisiert|mis à jour|actualizado|تحديث|تعديل/i;

// A link to an author's own page ("/authors/trevor-jackins", "/producers/sofia-gonzalez").
const AUTHOR_HREF =
  /\/(?:authors?|writers?|contributors?|people|staff|producers?|columnists?|journalists?|reporters?|editors?|profiles?)\/[^/?#]+\/?(?:[?#].*)?$/i;
const AUTHOR_CLASS =
  /(?:^|[\s_-])(?:author|authors|byline|author-name|writer|creator-name)(?:$|[\s_-])|(?:^|[\s_-])(?:author|byline|creator)Name(?:$|[\s_-])/;
/** AUTHOR_CLASS's test, after a cheaper one: each class it matches holds one of these words. */
const authorClass = (c: string) => AUTHOR_WORD.test(c) && AUTHOR_CLASS.test(c);
// (One search for the four words: faster than four includes over every element's class.)
const AUTHOR_WORD = /author|byline|writer|creator/;
const BY =
  /^(?:(?:written|posted|published|reviewed|words|story|text)\s+)?(?:by|von|par|por|door|di)\b\s*:?\s*|^(?:author|autor|auteur)\s*:\s*/i;
const NOT_NAME =
  /^(?:share|follow|view|more|posts?|author|authors|about|read|profile|team|admin|by|home|blog|news|contact|menu|search|subscribe|login|staff|editor|editors|writer|contributors?)$/i;
const CONNECTOR = /^(?:and|&|van|der|den|de|la|le|von|di|da|du|del|dos|bin|ibn|al|el|y|e|,)$/i;

/** A person's name as a page shows it beside the article ("By Scott Pletcher", "Lisa Pham"), or null. */
export function personName(text: string, minWords = 2): string | null {
  const t = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(BY, '')
    .replace(/[\s,|:·•–—-]+$/, '')
    .trim();
  if (t.length < 3 || t.length > 60 || /[\d@/\\#]/.test(t)) return null;
  const words = t.split(/\s+|(?<=,)/).filter(Boolean);
  const named = words.filter((w) => !CONNECTOR.test(w.replace(/,$/, '')));
  if (named.length < minWords || words.length > 8) return null;
  for (const w of named)
    if (!/^[\p{Lu}][\p{L}'’.-]*,?$/u.test(w) || NOT_NAME.test(w.replace(/,$/, ''))) return null;
  return t;
}

const TEAM = /^(?:team|staff|editors|newsroom|newsdesk|desk)$/i;

/** A team that signs the article ("Podium Staff", "The Upwork Team", "Team Northwind"), or null. */
export function teamName(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim().replace(BY, '').trim();
  if (t.length > 40 || /[\d@/\\#:]/.test(t)) return null;
  const words = t.split(' ');
  if (words.length < 2 || words.length > 5 || !words.some((w) => TEAM.test(w))) return null;
  const rest = words.filter((w, i) => !TEAM.test(w) && !(i === 0 && /^the$/i.test(w)));
  if (!rest.length || !rest.every((w) => /^[\p{Lu}\p{N}][\p{L}\p{N}'’&.+-]*$/u.test(w))) return null;
  if (rest.some((w) => NOT_NAME.test(w))) return null;
  return t;
}

/** The author an element of the page names: its rel/itemprop author, a link to an author's page, an element named so. */
function authorOnPage(found: Found, host: string | undefined): string | undefined {
  for (let kind = 0; kind < found.bylines.length; kind++)
    for (const e of found.bylines[kind]) {
      // A link to another site's profile (a social network's) names no author of this page.
      const href = e.attribs.href ?? '';
      if (kind === 1 && /^https?:/i.test(href) && (host ? !href.includes(host) : SOCIAL.test(href))) continue;
      // The name has its own text ("By <a>Lisa Pham</a>", "Harry Rabinowitz<span>Tech Reporter</span>").
      for (const t of textsOf(e)) {
        const n = personName(t, kind === 2 ? 2 : 1) ?? (kind !== 1 ? teamName(t) : null);
        if (n) return n;
      }
    }
  return undefined;
}

const SOCIAL =
  /^https?:\/\/(?:[^/]+\.)?(?:bsky\.app|twitter\.com|x\.com|facebook\.com|linkedin\.com|instagram\.com|threads\.net|mastodon\.[a-z]+|youtube\.com|tiktok\.com|medium\.com)\//i;

/** The texts of an element's text nodes, in order (a few). */
function textsOf(e: Element): string[] {
  const out: string[] = [];
  const todo: ChildNode[] = [e];
  while (todo.length && out.length < 8) {
    const n = todo.pop()!;
    if (n.type === 'text') {
      if (n.data.trim()) out.push(n.data);
    } else if (n.type === 'tag') for (let i = n.children.length - 1; i >= 0; i--) todo.push(n.children[i]);
  }
  return out;
}

/** A meta or JSON-LD author without the site's name around it (", USA TODAY", "… - FullStack Editorial Team"). */
function cleanAuthor(author: string | undefined, site: string | undefined): string | undefined {
  if (!author) return author;
  let a = author.replace(/^[\s,;:|–—-]+|[\s,;:|–—-]+$/g, '').replace(BY, '');
  const k = site ? wordsOf(site).join(' ') : '';
  if (k) {
    const parts = a.split(/\s*[,|–—]\s*|\s+-\s+/);
    if (parts.length > 1 && wordsOf(parts[parts.length - 1]).join(' ') === k)
      a = parts.slice(0, -1).join(', ');
    const w = wordsOf(a).join(' ');
    if (w !== k && w.endsWith(` ${k}`)) a = a.slice(0, a.length - site!.length).replace(/[\s,|–—-]+$/, '');
  }
  // No name: a number (a user id), a template's unfilled key ("page.head.extra.author").
  if (!/\p{L}/u.test(a) || /^[\w-]+(?:\.[\w-]+){3,}$/.test(a)) return undefined;
  return a || undefined;
}

/** The site's own name as the author (a shop's, a personal blog's) gives way to a person the page names. */
function isSiteName(author: string | undefined, site: string | undefined): boolean {
  return !!author && !!site && wordsOf(author).join(' ') === wordsOf(site).join(' ');
}

export function readMeta(finder: MetaFinder): PageMeta {
  const found = finder.found();
  const meta = new Map<string, string>();
  for (const m of found.metas) {
    const key = (m.attribs.property ?? m.attribs.name ?? m.attribs.itemprop ?? '').toLowerCase();
    if (key && m.attribs.content && !meta.has(key)) meta.set(key, m.attribs.content.trim());
  }
  const ld = readJsonLd(found.scripts);
  const { h1, title: titleEl, canonical } = found;
  const site = meta.get('og:site_name') ?? ld.publisher;
  // The page's own headline, its first <h1>, as a reader sees it, unless it is the site's name or
  // shares no word with the title the page gives itself (a logo, a section name).
  const tagTitle = titleEl ? DomUtils.textContent(titleEl).replace(/\s+/g, ' ').trim() : '';
  const h1Text = h1
    ? cleanHeadline(DomUtils.textContent(h1).replace(/\s+/g, ' ').trim(), site, tagTitle)
    : '';
  const given =
    ld.headline ?? meta.get('og:title') ?? (titleEl ? DomUtils.textContent(titleEl).trim() : undefined);
  const h1Fits =
    h1Text.length >= 8 && h1Text.length < 300 && h1Text !== site && (!given || sharesWord(h1Text, given));
  // A headline cut short (a JSON-LD headline at its length limit) gives way to the whole one.
  const whole = [meta.get('og:title'), tagTitle].find(
    (t) =>
      t &&
      ld.headline &&
      t.length > ld.headline.length + 3 &&
      t.startsWith(ld.headline) &&
      /^ [\p{L}\p{N}(]/u.test(t.slice(ld.headline.length)),
  );
  let title = h1Fits ? h1Text : (whole ?? ld.headline ?? meta.get('og:title') ?? (h1Text || undefined));
  if (!title && titleEl) title = stripSiteName(DomUtils.textContent(titleEl).trim(), site);
  title = title ? decodeEntities(title) : title;
  return {
    title: title ? (h1Fits ? title : stripSiteName(title, site)) : undefined,
    outlet: site ? decodeEntities(site) : site,
    author: pageAuthor(found, ld, meta, site),
    ...publicationDate(found, ld, meta),
    ...(ld.productDescription ? { productDescription: ld.productDescription } : {}),
    ...(found.timeText
      ? { shownDate: DomUtils.textContent(found.timeText).replace(/\s+/g, ' ').trim() }
      : {}),
    ...modifiedDate(ld),
    url: canonical?.attribs.href ?? meta.get('og:url'),
  };
}

function pageAuthor(
  found: Found,
  ld: LdFields,
  meta: Map<string, string>,
  site: string | undefined,
): string | undefined {
  const given = cleanAuthor(
    decodeOr(
      ld.author ??
        [meta.get('author'), meta.get('article:author')].find((a) => a && !/^https?:|^www\./i.test(a)),
    ),
    site ?? ld.publisher,
  );
  if (given && !isSiteName(given, site ?? ld.publisher)) return given;
  let host: string | undefined;
  try {
    const u = found.canonical?.attribs.href ?? meta.get('og:url');
    host = u ? new URL(u).hostname.replace(/^www\./, '') : undefined;
  } catch {
    host = undefined;
  }
  return decodeOr(authorOnPage(found, host)) ?? given;
}

function publicationDate(
  found: Found,
  ld: LdFields,
  meta: Map<string, string>,
): { published?: string; publishedMethod?: string } {
  if (ld.datePublished) return { published: ld.datePublished, publishedMethod: 'json-ld' };
  for (const k of DATE_META) {
    const v = meta.get(k);
    if (v && /\d{4}/.test(v)) return { published: v, publishedMethod: `meta:${k}` };
  }
  // Of the other names, the earliest ISO date (a page stamped when it was served is no later), or the first date.
  let other: [string, string] | null = null;
  for (const [k, v] of meta) {
    if (!DATE_META_NAME.test(k) || NOT_PUBLICATION.test(k) || !/\d{4}/.test(v)) continue;
    const iso = /^\d{4}-\d\d-\d\d/.test(v);
    if (!other || (iso && /^\d{4}-\d\d-\d\d/.test(other[1]) && v.slice(0, 10) < other[1].slice(0, 10)))
      other = [k, v];
  }
  if (other) return { published: other[1], publishedMethod: `meta:${other[0]}` };
  // Microdata, then <time pubdate>, then the first <time datetime> of the article.
  const prop = found.itemprop;
  if (prop) return { published: prop.attribs.datetime ?? prop.attribs.content, publishedMethod: 'itemprop' };
  const pubdate = found.pubdate;
  if (pubdate) return { published: pubdate.attribs.datetime, publishedMethod: 'time-element' };
  const time = found.hasArticle ? found.timeInArticle : found.time;
  return time ? { published: time.attribs.datetime, publishedMethod: 'time-element' } : {};
}

// An article node that gives its last modification but no publication date (a template that
// stamps only the revision). Not article:modified_time alone: a site that leaves out
// article:published_time stamps its pages with the date it last rebuilt them.
function modifiedDate(ld: LdFields): { modified?: string } {
  return ld.dateModified ? { modified: ld.dateModified } : {};
}

const decodeOr = (s: string | undefined) => (s ? decodeEntities(s) : s);
const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
function sharesWord(a: string, b: string): boolean {
  const bw = new Set(wordsOf(b));
  return wordsOf(a).some((w) => bw.has(w));
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  bull: '•',
  middot: '·',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
};
/** Entities left in metadata by a site that escaped twice ("M&#038;A", "Budget Traveler&#8217;s"). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi, (m, d, h, name) => {
    if (d || h) {
      const cp = d ? Number(d) : parseInt(h, 16);
      return cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
    }
    return NAMED[name.toLowerCase()] ?? m;
  });
}

const TITLE_SEP = /\s+[|\-–—•·]\s+/;
const lastSegment = (t: string) => {
  const parts = t.split(TITLE_SEP);
  return parts.length > 1 ? parts[parts.length - 1].trim() : undefined;
};
// A date at either end of a headline ("Dec 18 2025 Preparing …", "… Checklist January 1, 2025").
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_LEAD = new RegExp(`^${MONTH}\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d\\s+`, 'i');
const DATE_TAIL = new RegExp(`\\s+${MONTH}\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d$`, 'i');

/**
 * The <h1> without what the page set beside the headline inside it: the site's name after a
 * separator ("… – Artlyst" where the <title> ends "- Artlyst"), a date at either end that the
 * <title> does not carry.
 */
function cleanHeadline(h1: string, site: string | undefined, tagTitle: string): string {
  let t = h1;
  // The <title>'s last part, a name of three words at most, names the site (or the section).
  const tail = wordsOf(tagTitle).join(' ') !== wordsOf(h1).join(' ') ? lastSegment(tagTitle) : undefined;
  const sites = [site, tail && wordsOf(tail).length <= 3 ? tail : undefined];
  const parts = t.split(TITLE_SEP);
  const last = parts.length > 1 ? wordsOf(parts[parts.length - 1]).join(' ') : '';
  if (last && sites.some((s) => s && wordsOf(s).join(' ') === last))
    t = t.slice(0, t.lastIndexOf(parts[parts.length - 1])).replace(/[\s|\-–—•·]+$/, '');
  for (const re of [DATE_LEAD, DATE_TAIL]) {
    const m = re.exec(t);
    if (m && !wordsOf(tagTitle).join(' ').includes(wordsOf(m[0]).join(' '))) t = t.replace(re, '').trim();
  }
  return t;
}

function stripSiteName(title: string, site: string | undefined): string {
  const parts = title.split(/\s+[|\-–—]\s+/);
  if (parts.length > 1 && (!site || parts.some((p) => p.trim() === site))) {
    return parts
      .filter((p) => p.trim() !== site)
      .sort((a, b) => b.length - a.length)[0]
      .trim();
  }
  return title;
}

interface LdFields {
  productDescription?: string;
  headline?: string;
  datePublished?: string;
  dateModified?: string;
  author?: string;
  publisher?: string;
}

function readJsonLd(scripts: Element[]): LdFields {
  const out: LdFields = {};
  let other: string | undefined;
  // Nodes named by their @id (Yoast's Person in the @graph), and the article's authors as given.
  const named = new Map<string, string>();
  const authorsGiven: unknown[] = [];
  for (const s of scripts) {
    if ((s.attribs.type ?? '').toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(DomUtils.textContent(s));
    } catch {
      continue;
    }
    const items = (Array.isArray(data) ? data : [data]).flatMap((d) =>
      d && typeof d === 'object' && '@graph' in d ? (d as { '@graph': unknown[] })['@graph'] : [d],
    );
    for (const it of items as Record<string, unknown>[]) {
      if (!it || typeof it !== 'object') continue;
      const type = String(it['@type'] ?? '');
      const id = str(it['@id']);
      const own = name(it.name);
      if (id && own) named.set(id, own);
      // A page's own node (Yoast's WebPage in the @graph) dates it when no article node does.
      if (/WebPage|AboutPage|FAQPage|HowTo|Recipe/.test(type)) other ??= str(it.datePublished);
      if (/^(?:Product|ProductGroup)$/.test(type)) out.productDescription ??= str(it.description);
      if (!/Article|NewsArticle|BlogPosting|Report/.test(type)) continue;
      out.headline ??= str(it.headline);
      out.datePublished ??= str(it.datePublished);
      out.dateModified ??= str(it.dateModified);
      if (it.author) authorsGiven.push(it.author);
      out.publisher ??= name(it.publisher);
    }
  }
  out.datePublished ??= other;
  for (const a of authorsGiven) out.author ??= authors(a, named);
  return out;
}

/** Every author a JSON-LD item names ("A and B", "A, B, C"), none that is a link. */
function authors(v: unknown, named: Map<string, string> = new Map()): string | undefined {
  // An author given only by its @id is the node of that @id elsewhere in the page's JSON-LD.
  const nameOf = (a: unknown) => {
    const id = a && typeof a === 'object' ? str((a as Record<string, unknown>)['@id']) : undefined;
    return name(a) ?? (id ? named.get(id) : undefined);
  };
  const names = [
    ...new Set(
      (Array.isArray(v) ? v : [v]).map(nameOf).filter((n): n is string => !!n && !/^https?:|^www\./i.test(n)),
    ),
  ];
  if (names.length <= 1) return names[0];
  return names.length === 2 ? names.join(' and ') : names.join(', ');
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
function name(v: unknown): string | undefined {
  if (Array.isArray(v)) return name(v[0]);
  if (typeof v === 'string') return str(v);
  if (v && typeof v === 'object') {
    const n = (v as Record<string, unknown>).name;
    return Array.isArray(n) ? str(n[0]) : str(n);
  }
  return undefined;
}
