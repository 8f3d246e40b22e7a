// An HTML page as candidate blocks: one iterative walk over the parsed tree (no recursion, so a
// page of ten thousand nested <div>s is read like any other) that cuts the text into blocks at
// block-level tags and records, for each block, what the rules say of it (pruned as navigation,
// a boilerplate name or a small form; a link list) and what the block classifier reads (its tag,
// the class and id words of its ancestors, its links). The rules' own text is the blocks they
// keep; the classifier may take back blocks they pruned.
import { Parser, type QuoteType } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { FastTokenizer, NameTable } from './fast-tokenizer.js';
import { decodeEntities, metaFinder, readMeta, type MetaFinder, type PageMeta } from './html-meta.js';
import { collapseBlanks, isBlank } from '../arabic/normalize.js';

// Never text of the page: code, media, form controls, the head's own tags.
const HARD = new Set([
  'script',
  'style',
  'template',
  'svg',
  'iframe',
  'button',
  'select',
  'title',
  'meta',
  'link',
  'base',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'input',
  'textarea',
  'option',
  'label',
  'math',
]);
// Pruned by the rules, walked for the classifier: navigation, asides, figures, footers, and what a
// page shows without scripts (an application's server-rendered posts).
const SOFT = new Set(['nav', 'aside', 'figure', 'figcaption', 'menu', 'footer', 'dialog', 'noscript']);
export const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'table',
  'tr',
  'td',
  'th',
  'dd',
  'dt',
  'dl',
  'pre',
  'address',
  'br',
  'hr',
  'center',
  'tbody',
]);
// Class and id words of page furniture; a class token counts when its first or last part is one.
export const NEGATIVE = new Set(
  (
    'nav navbar navigation menu breadcrumb breadcrumbs share sharing shares social socials comment comments respond related ' +
    'sidebar footer newsletter subscribe subscription cookie cookies consent advert advertisement ads ad adv banner ' +
    'promo sponsor sponsored tags tagcloud tag authorbio author-bio popup modal pagination pager topbar toolbar login signup ' +
    'disqus outbrain taboola recommended recommendations widget caption bio credit slider'
  ).split(' '),
);
const NEGATIVE_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo']);
// A cookie or consent notice, named so by its class or id anywhere in a token ("onetrust-consent-sdk",
// "cookiePolicy", "gdpr-banner"): the site's notice about itself, never what the page is about.
const CONSENT = /cookie|consent|gdpr|onetrust|usercentrics|didomi|^ot-sdk|^qc-cmp|^truste[-_]/;
const POSITIVE = /(article|content|entry|post|story|main|body|text|blog|news|detail)/i;

/** Groups of class/id words, one bit each, read by the classifier. */
export const GROUPS: [string, RegExp][] = [
  [
    'content',
    /^(article|content|entry|story|main|body|text|blog|detail|prose|markdown|rte|richtext|wysiwyg|copy)$/,
  ],
  ['comment', /^(comments?|reply|replies|respond|discussion|disqus)$/],
  ['post', /^(posts?|message|messages|thread|topic|forum|answer|answers|question|bbcode|postbody|reply)$/],
  ['signature', /^(sig|signature|signatures)$/],
  ['vote', /^(vote|votes|voting|like|likes|rating|ratings|score|karma|reaction|reactions|upvote|stars?)$/],
  [
    'product',
    /^(product|products|price|prices|description|specs?|specifications|sku|cart|buy|purchase|shop|offer)$/,
  ],
  [
    'code',
    /^(code|highlight|highlighter|syntax|codehilite|sourcecode|doc|docs|documentation|api|example|hljs|language)$/,
  ],
  [
    'item',
    /^(item|items|card|cards|list|grid|tile|tiles|teaser|teasers|result|results|listing|collection|feed|entries)$/,
  ],
  [
    'related',
    /^(related|recommended|recommendations|more|popular|trending|also|readmore|suggested|next|prev|previous)$/,
  ],
  ['share', /^(share|sharing|social|follow|facebook|twitter|whatsapp|linkedin|pinterest|email)$/],
  ['author', /^(author|authors|byline|writer|profile|bio|avatar|user|username|member|userinfo)$/],
  ['meta', /^(date|time|meta|posted|published|timestamp|info|dateline|updated|postmeta|details)$/],
  ['title', /^(title|headline|heading|h1|name|subject)$/],
  ['media', /^(caption|credit|figure|image|img|photo|gallery|thumbnail|thumb|media|video|picture)$/],
  ['nav', /^(nav|navbar|navigation|menu|breadcrumbs?|pagination|pager|tabs?|toc|skip|dropdown|submenu)$/],
  ['footer', /^(footer|copyright|legal|colophon|bottom)$/],
  ['sidebar', /^(sidebar|aside|widget|widgets|rail|column|col)$/],
  [
    'ad',
    /^(ad|ads|adv|advert|advertisement|sponsor|sponsored|promo|banner|newsletter|subscribe|subscription|cookie|cookies|consent|popup|modal|gdpr|signup|login|outbrain|taboola)$/,
  ],
  ['header', /^(header|masthead|topbar|logo|branding|site|brand)$/],
  ['hidden', /^(hidden|sr|only|visually|screen|reader|invisible|hide|offscreen|print)$/],
  ['tags', /^(tags?|tagcloud|category|categories|keywords|topics|labels?)$/],
  ['lead', /^(hero|lead|summary|intro|excerpt|dek|deck|subtitle|standfirst|teaser|abstract|description)$/],
  ['faq', /^(faq|faqs|accordion|qa|questions?)$/],
  ['review', /^(review|reviews|testimonial|testimonials|feedback)$/],
];
export const TAGS_ANC = [
  'article',
  'main',
  'nav',
  'aside',
  'footer',
  'header',
  'form',
  'li',
  'table',
  'figure',
  'blockquote',
  'pre',
  'section',
  'dl',
  'noscript',
];

/** Each of TAGS_ANC's tags by its index (its bit in tagMask). */
const TAG_BIT = new Map(TAGS_ANC.map((t, i) => [t, i]));

export interface ElementInfo extends ElementStats {
  /** Class/id group bits of the element itself. */
  mask: number;
  /** The same bits from its names of three parts at most (not an id made of a heading's words). */
  ownMask: number;
  /** Ancestor tags (TAGS_ANC bits) of this element and above. */
  tagMask: number;
  /** Group bits of this element and all its ancestors. */
  allMask: number;
  /** Index in the page's element table. */
  id: number;
  depth: number;
  name: string;
  /** Its class attribute, digits aside, as a number of the page's (0 for none): items of one template share it. */
  cls: number;
}

export interface Candidate {
  text: string;
  linkChars: number;
  /** The block tag that closed it (div when none did). */
  tag: string;
  /** Why the rules pruned it: 0 kept, 1 navigation/aside/figure/footer tag, 2 boilerplate name, 3 small form. */
  prune: number;
  /** The rules keep it: not pruned and no short link list. */
  kept: boolean;
  /** Ids of its ancestors (outermost first) when its first text was read. */
  stack: number[];
  /** Inside <code>/<pre> or <kbd>. */
  code: boolean;
  /** Read from the page's data (a product's description in its JSON-LD), not from its elements. */
  data?: boolean;
  inLinkOnly: boolean;
}

export interface ElementStats {
  chars: number;
  linkChars: number;
  blocks: number;
}

export interface BlockPage {
  blocks: Candidate[];
  /** Every element walked, by id. */
  els: ElementInfo[];
  stats: ElementStats[];
  hints: PageMeta;
  /** JSON-LD @type values and og:type, lowercased. */
  types: string[];
}

/** A class/id token names furniture: it, or its first or last part, is a NEGATIVE word. */
export function negativeToken(t: string): boolean {
  // WordPress marks posts with their taxonomy ("tag-syria", "category-news"): not furniture.
  if (/^(tag|category|post|type|status|format)-/.test(t)) return false;
  if (NEGATIVE.has(t)) return true;
  // Its first and last parts between runs of '-' and '_' (none when it is all dashes).
  let a = 0;
  while (a < t.length && dashOrLow(t.charCodeAt(a))) a++;
  if (a === t.length) return false;
  let e = a;
  while (e < t.length && !dashOrLow(t.charCodeAt(e))) e++;
  if (NEGATIVE.has(t.slice(a, e))) return true;
  let z = t.length;
  while (dashOrLow(t.charCodeAt(z - 1))) z--;
  let b = z;
  while (b > 0 && !dashOrLow(t.charCodeAt(b - 1))) b--;
  return NEGATIVE.has(t.slice(b, z));
}
const dashOrLow = (c: number) => c === 45 || c === 95;
/** What cuts a token into the parts the groups name: '-', '_', ':', '.'. */
const partBreak = (c: number) => c === 45 || c === 95 || c === 58 || c === 46;

function hidden(el: Element): boolean {
  const style = el.attribs.style;
  if ('hidden' in el.attribs || (el.attribs['aria-hidden'] === 'true' && !twinLink(el)))
    // React's streamed segments wait hidden in the page until a script moves them in ("S:0").
    // Their ids count in hexadecimal ("S:2e").
    return !(el.name === 'div' && /^S:[0-9a-f]+$/.test(el.attribs.id ?? ''));
  if (!style) return false;
  const s = style.replace(/\s/g, '').toLowerCase();
  return s.includes('display:none') || s.includes('visibility:hidden');
}

/**
 * A link taken out of the screen reader's and the keyboard's way (aria-hidden, tabindex -1)
 * because a twin link beside it goes to the same page: a card's picture or teaser linked again
 * under its title. It is on the screen all the same.
 */
function twinLink(el: Element): boolean {
  return el.name === 'a' && el.attribs.tabindex === '-1';
}

/** The page itself: <html>, <body>, or an element holding nine tenths of its text. */
function wholePage(el: Element, pageRaw: number): boolean {
  const name = preOf(el).tag;
  return name === 'html' || name === 'body' || preOf(el).rawLen * 10 >= pageRaw * 9;
}

/**
 * Hidden to the reader: hidden by its attributes or style, unless it holds half the page's text
 * or more (its shown text, scripts aside): a wrapper a script shows once the page has loaded
 * (against a flash of unstyled content, or behind a gate), or the page a modal left aria-hidden;
 * never a dialog (a hidden copy of the article to republish is no second page).
 */
function hiddenFromReader(el: Element, pageText: number, controlled: Set<string>): boolean {
  return (
    hidden(el) &&
    !(
      (el.attribs.style || el.attribs['aria-hidden'] === 'true') &&
      !preOf(el).overlay &&
      preOf(el).textLen * 2 >= pageText
    ) &&
    !collapsedPanel(el, controlled)
  );
}

/**
 * A collapsed accordion or tab panel, hidden until its button is pressed: a tab panel or region,
 * an element a button controls (aria-controls), the box around one, or the element right after a
 * collapsed button (aria-expanded="false"), or a box named as one (an accordion's, a FAQ's answer,
 * a collapsed or expandable box, a tab's pane). A shop's "Description" and "Specifications" are
 * such panels: the page's own text, shown one at a time. Never one named as furniture (a menu).
 */
function collapsedPanel(el: Element, controlled: Set<string>): boolean {
  if (preOf(el).neg) return false;
  const panel = (e: Element) => {
    const role = e.attribs.role;
    return role === 'tabpanel' || role === 'region' || (!!e.attribs.id && controlled.has(e.attribs.id));
  };
  if (panel(el) || foldedName(el)) return true;
  let only: Element | null = null;
  let tags = 0;
  for (const c of el.children)
    if (c.type === 'tag') {
      only = c as Element;
      tags++;
    }
  if (tags === 1 && panel(only!)) return true;
  const sibs = el.parent?.children ?? [];
  for (let k = sibs.indexOf(el) - 1; k >= 0; k--) {
    const c = sibs[k];
    if (c.type !== 'tag') continue;
    return (c as Element).attribs['aria-expanded'] === 'false';
  }
  return false;
}

// The words of a folded section's name: an accordion's or a FAQ's answer, a collapsed or expandable
// box, a tab's pane ("faq__answer", "accordion-content", "chakra-collapse", "a-expander-content").
const FOLDED =
  /^(?:accordions?|collapse|collapsible|collapsed|faqs?|answers?|expander|expandable|tabpanel|pane)$/;
function foldedName(el: Element): boolean {
  const c = el.attribs.class;
  if (!c) return false;
  for (const t of c.toLowerCase().split(/\s+/))
    for (const part of t.split(/[-_]+/)) if (FOLDED.test(part)) return true;
  return false;
}

// Each word of the groups with its bit (the first group naming a word has it, as an alternation would).
const GROUP_WORDS = new Map<string, number>();
GROUPS.forEach(([, re], g) => {
  for (const alt of re.source.slice(2, -2).split('|'))
    for (const w of alt.endsWith('?') ? [alt.slice(0, -1), alt.slice(0, -2)] : [alt])
      if (!GROUP_WORDS.has(w)) GROUP_WORDS.set(w, 1 << g);
});
// What one class/id token says, as bits: its groups (GROUPS, 24 at most), then whether it names
// furniture, a cookie or consent notice, content ("article", "post-body"), and whether it has
// three parts at most (its groups count toward the element's ownMask).
const NEG = 1 << 24;
const CONSENT_BIT = 1 << 25;
const POS = 1 << 26;
const SHORT = 1 << 27;
const GROUP_BITS = NEG - 1;
if (GROUPS.length > 24) throw new Error('GROUPS: 24 groups at most');
/** A token's bits: its groups by its parts, its NEG, CONSENT, POS and SHORT bits. */
export function readToken(t: string): number {
  // Its parts between runs of '-', '_', ':' and '.' (three at most for SHORT, empty ones counted).
  let mask = 0;
  let parts = 1;
  for (let i = 0; i < t.length; ) {
    if (partBreak(t.charCodeAt(i))) {
      parts++;
      while (i < t.length && partBreak(t.charCodeAt(i))) i++;
      continue;
    }
    const a = i;
    while (i < t.length && !partBreak(t.charCodeAt(i))) i++;
    mask |= GROUP_WORDS.get(i - a === t.length ? t : t.slice(a, i)) ?? 0;
  }
  return (
    mask |
    (negativeToken(t) ? NEG : 0) |
    (CONSENT.test(t) ? CONSENT_BIT : 0) |
    (POSITIVE.test(t) ? POS : 0) |
    (parts <= 3 ? SHORT : 0)
  );
}

// Tokens read, kept across pages (pages repeat their tokens in many names, sites share many:
// "container", "entry-content") in a table of TOKEN_SLOTS slots by a hash of a few of their
// characters: a token found in its slot is not read again, one read takes its slot. A slot keeps
// a copy of its token, never a slice of a page's HTML that would keep the page alive.
const TOKEN_SLOTS = 8192;
const tokenKeys: string[] = new Array(TOKEN_SLOTS).fill('');
const tokenBits = new Int32Array(TOKEN_SLOTS);
function tokenInfo(t: string): number {
  const n = t.length;
  let h = (n * 31 + t.charCodeAt(0)) | 0;
  h = (h * 31 + t.charCodeAt(n - 1)) | 0;
  h = (h * 31 + t.charCodeAt(n >> 1)) | 0;
  h = (h * 31 + t.charCodeAt(n >> 2)) | 0;
  const k = (h ^ (h >>> 13)) & (TOKEN_SLOTS - 1);
  if (tokenKeys[k] === t) return tokenBits[k];
  const v = readToken(t);
  // (V8 copies a string under 13 characters when slicing it; a longer one is copied whole here.)
  tokenKeys[k] = n < 13 ? t : ` ${t}`.slice(1);
  tokenBits[k] = v;
  return v;
}

interface Named {
  neg: boolean;
  /** A token names a cookie or consent notice. */
  consent: boolean;
  /** A token names content ("article", "post-body"). */
  pos: boolean;
  mask: number;
  ownMask: number;
}
// Pages repeat their class names: each class attribute is read once per page, its verdicts and
// those of the element's id and role added to them. (Not across pages: a class read from a page
// is a slice of its HTML and would keep the whole page alive.)
const names = new Map<string, Named>();
const NO_NAME: Named = { neg: false, consent: false, pos: false, mask: 0, ownMask: 0 };
function nameOf(el: Element): Named {
  const a = el.attribs;
  if (!a.class && !a.id && !a.role) return NO_NAME;
  let c = NO_NAME;
  if (a.class) {
    c = names.get(a.class) ?? NO_NAME;
    if (c === NO_NAME) names.set(a.class, (c = addTokens(a.class, { ...NO_NAME })));
  }
  if (!a.id && !a.role) return c;
  const v = { ...c, neg: c.neg || NEGATIVE_ROLES.has((a.role ?? '').toLowerCase()) };
  return a.id ? addTokens(a.id, v) : v;
}

/** v with the verdicts of the class or id words of value added (lowercased, cut at blanks). */
function addTokens(value: string, v: Named): Named {
  const low = value.toLowerCase();
  for (let i = 0; i < low.length; i++) {
    if (isBlank(low.charCodeAt(i))) continue;
    const from = i;
    while (i < low.length && !isBlank(low.charCodeAt(i))) i++;
    const b = tokenInfo(low.slice(from, i));
    v.neg ||= (b & NEG) !== 0;
    v.consent ||= (b & CONSENT_BIT) !== 0;
    v.pos ||= (b & POS) !== 0;
    v.mask |= b & GROUP_BITS;
    if (b & SHORT) v.ownMask |= b & GROUP_BITS;
  }
  return v;
}

interface Pre {
  /** Its tag name, lowercased. */
  tag: string;
  rawLen: number;
  /** Its text as a reader could be shown it: no scripts, styles or templates, no blank runs. */
  textLen: number;
  neg: boolean;
  /** A notice over the page: a cookie or consent box, a modal dialog. */
  overlay: boolean;
  pos: boolean;
  mask: number;
  ownMask: number;
  artContainer: boolean;
  holdsArticle: boolean;
}

// An element's verdicts are fields of its node (one object per element, not two).
type Prepared = Element & Pre;
const preOf = (el: Element): Pre => el as Prepared;

/**
 * An element's verdicts, kept on it, read when the parser closes it (its children are closed
 * before it, so the tree is read bottom-up without a walk of its own): its raw text length, its
 * name's verdicts, whether it holds an article container.
 */
function prepare(el: Element): void {
  let rawLen = 0;
  let textLen = 0;
  let holds = false;
  for (const c of el.children) {
    if (c.type === 'text') {
      rawLen += c.data.length;
      textLen += trimmedLength(c.data);
    } else if (c.type === 'tag' || c.type === 'script' || c.type === 'style') {
      const p = preOf(c as Element);
      rawLen += p.rawLen;
      if (c.type === 'tag' && (c as Element).name !== 'template') textLen += p.textLen;
      holds ||= p.artContainer || p.holdsArticle;
    }
  }
  const named = nameOf(el);
  const neg = named.neg;
  const tag = lowered(el.name);
  const role = (el.attribs.role ?? '').toLowerCase();
  const marked =
    tag === 'main' ||
    tag === 'article' ||
    role === 'main' ||
    role === 'article' ||
    el.attribs.itemprop === 'articleBody';
  const artContainer = !neg && (marked || (named.pos && rawLen > 1000));
  const p = el as Prepared;
  p.tag = tag;
  p.rawLen = rawLen;
  p.textLen = textLen;
  p.neg = neg;
  p.overlay =
    named.consent || el.attribs['aria-modal'] === 'true' || role === 'dialog' || role === 'alertdialog';
  p.pos = named.pos;
  p.mask = named.mask;
  p.ownMask = named.ownMask;
  p.artContainer = artContainer;
  p.holdsArticle = holds;
}

function pageTypes(roots: ChildNode[], html: string): string[] {
  const types: string[] = [];
  const re = /"@type"\s*:\s*(?:\[\s*)?"([^"]{1,60})"/g;
  for (const m of html.matchAll(re)) types.push(m[1].toLowerCase());
  const og = /<meta[^>]+property=["']og:type["'][^>]*content=["']([^"']{1,40})["']/i.exec(html);
  if (og) types.push(`og:${og[1].toLowerCase()}`);
  void roots;
  return types;
}

interface Frame {
  el: Element;
  i: number;
  inLink: boolean;
  prune: number;
  block: boolean;
  code: boolean;
  info: ElementInfo;
}

interface LightNode extends Partial<Pre> {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: LightNode[];
  parent: LightNode | null;
  data?: string;
}

// The attributes the reading asks of an element (blocks.ts, html-meta.ts): the parser keeps these
// and leaves the rest (data-*, src, srcset, alt, width…) unread, each a property to add to the
// element's attributes and most of a page's attribute text. A name read anywhere must be listed.
const READ_ATTRIBUTES = new Set([
  'class',
  'id',
  'role',
  'style',
  'hidden',
  'aria-hidden',
  'aria-controls',
  'aria-expanded',
  'tabindex',
  'aria-modal',
  'itemprop',
  'datetime',
  'pubdate',
  'content',
  'property',
  'name',
  'rel',
  'href',
  'type',
]);
/** The parser's fields the reading uses (private in its typings). */
interface ParserState {
  attribname: string;
  attribvalue: string;
  startIndex: number;
  buffers: string[];
  bufferOffset: number;
  foreignContext: number[];
}
const ATTRIBUTE_NAMES = new NameTable(READ_ATTRIBUTES);
// HTML's tag names, read from the buffer without a slice to lowercase (any other tag name is sliced).
const TAG_NAMES = new NameTable(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption center cite ' +
    'code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font ' +
    'footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img image input ins kbd label legend li ' +
    'link main map mark menu meta meter nav noscript object ol optgroup option output p param picture pre ' +
    'progress q rp rt ruby s samp script search section select slot small source span strike strong style sub ' +
    'summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr ' +
    'amp-img amp-ad amp-analytics'
  ).split(' '),
);

/** The buffer holding the parser's span [start, end), or null. */
function bufferOf(s: ParserState, start: number, end: number): string | null {
  const buf = s.buffers[0];
  return buf !== undefined && start >= s.bufferOffset && end - s.bufferOffset <= buf.length ? buf : null;
}

class ReadingParser extends Parser {
  private skipAttribute = false;
  override onattribname(start: number, endIndex: number): void {
    const s = this as unknown as ParserState;
    const buf = bufferOf(s, start, endIndex);
    const name =
      buf === null ? undefined : ATTRIBUTE_NAMES.find(buf, start - s.bufferOffset, endIndex - s.bufferOffset);
    if (name === undefined) {
      super.onattribname(start, endIndex);
      this.skipAttribute = !READ_ATTRIBUTES.has(s.attribname);
      return;
    }
    // A name the reading asks for, or one it leaves (never sliced).
    s.startIndex = start;
    s.attribname = name ?? '';
    this.skipAttribute = name === null;
  }
  override onattribdata(start: number, endIndex: number): void {
    if (!this.skipAttribute) super.onattribdata(start, endIndex);
  }
  override onattribentity(cp: number): void {
    if (!this.skipAttribute) super.onattribentity(cp);
  }
  override onattribend(quote: QuoteType, endIndex: number): void {
    if (!this.skipAttribute) super.onattribend(quote, endIndex);
    else {
      this.endIndex = endIndex;
      (this as unknown as ParserState).attribvalue = '';
    }
  }
}
// The parser's readTagName (private in its typings): an HTML tag's name outside SVG and MathML
// (no foreign context, where the parser adjusts no name but "image") without its slice.
const parserReadTagName = (Parser.prototype as unknown as Record<string, TagNameReader>).readTagName;
type TagNameReader = (this: ParserState, start: number, end: number) => string;
(ReadingParser.prototype as unknown as Record<string, TagNameReader>).readTagName = function (start, end) {
  if (this.foreignContext.length === 1) {
    const buf = bufferOf(this, start, end);
    const name =
      buf === null ? null : TAG_NAMES.find(buf, start - this.bufferOffset, end - this.bufferOffset);
    if (name) return name === 'image' ? 'img' : name;
  }
  return parserReadTagName.call(this, start, end);
};

/**
 * The page as a tree of plain objects shaped as domhandler's nodes (type, name, attribs,
 * children, parent, data): what DomUtils and the walk read, built faster than domhandler builds
 * it. Each element is given to the metadata finder as it opens, and prepared as it closes.
 */
export function parseTree(html: string, finder: MetaFinder, controlled: Set<string>): ChildNode[] {
  const root: LightNode = { type: 'root', children: [], parent: null };
  let top = root;
  const parser = new ReadingParser(
    {
      onopentag(name, attribs) {
        const el: LightNode = {
          type: name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag',
          name,
          attribs,
          children: [],
          parent: top,
          // Its verdicts, set by prepare when it closes (here so that every element has one shape).
          tag: '',
          rawLen: 0,
          textLen: 0,
          neg: false,
          overlay: false,
          pos: false,
          mask: 0,
          ownMask: 0,
          artContainer: false,
          holdsArticle: false,
        };
        top.children!.push(el);
        top = el;
        finder.open(el as unknown as Element);
        if (attribs['aria-controls'])
          for (const id of attribs['aria-controls'].split(/\s+/)) controlled.add(id);
      },
      onclosetag() {
        if (!top.parent) return;
        prepare(top as unknown as Element);
        finder.close(top as unknown as Element);
        top = top.parent;
      },
      ontext(data) {
        const kids = top.children!;
        const last = kids[kids.length - 1];
        if (last && last.type === 'text') last.data += data;
        else kids.push({ type: 'text', data, parent: top });
      },
    },
    { decodeEntities: true, Tokenizer: FastTokenizer },
  );
  // "<![CDATA[" in HTML is a comment up to the next ">", as a browser reads it (outside scripts),
  // not a section that hides the rest of the page.
  const read = html.includes('<![CDATA[') ? withoutCdata(html) : html;
  parser.end(read.includes('/></noscript>') ? closedNoscriptFrames(read) : read);
  return root.children as unknown as ChildNode[];
}

/**
 * A frame written self-closed in a noscript ("<noscript><iframe src=… /></noscript>", a tag
 * manager's snippet as a script framework renders it) ends there, as a browser that runs scripts
 * reads the noscript; not a frame whose raw text runs to the end of the page, swallowing it.
 */
function closedNoscriptFrames(html: string): string {
  return html.replace(SELF_CLOSED_FRAME, '<iframe$1></iframe></noscript>');
}
const SELF_CLOSED_FRAME = /<iframe\b([^<>]*?)\s*\/>\s*<\/noscript>/gi;

/** The page without each "<![CDATA[…>" that stands outside a script or a style. */
function withoutCdata(html: string): string {
  const inside = (i: number, tag: string) => html.lastIndexOf(`<${tag}`, i) > html.lastIndexOf(`</${tag}`, i);
  let out = '';
  let from = 0;
  for (let i = html.indexOf('<![CDATA['); i >= 0; i = html.indexOf('<![CDATA[', i + 9)) {
    if (i < from || inside(i, 'script') || inside(i, 'style')) continue;
    const end = html.indexOf('>', i);
    out += html.slice(from, i);
    from = end < 0 ? html.length : end + 1;
  }
  return from ? out + html.slice(from) : html;
}

/**
 * s.toLowerCase(), without the call for a name of lowercase ASCII letters, digits and dashes (as
 * the parser gives nearly every tag name).
 */
function lowered(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return s.toLowerCase();
  }
  return s;
}

/** The length of s.trim(), without trim's copy. */
export function trimmedLength(s: string): number {
  let a = 0;
  let b = s.length;
  while (a < b && isBlank(s.charCodeAt(a))) a++;
  while (b > a && isBlank(s.charCodeAt(b - 1))) b--;
  return b - a;
}

/** A character of the runs a block's text has made one space: ' ', '\t', '\r', '\n', no-break space. */
const collapses = (c: number) => c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0;

// A string with a character that trim() keeps: tested without trim's copy (\s is trim's set).
const NOT_BLANK = /\S/;

/**
 * Ids of the elements open in the first `open` frames (the root's frame aside). The previous block's array when it
 * is theirs: an element's id names its whole line of ancestors, so the same length and the same
 * innermost id are the same stack (blocks read no stack but to read it: one array serves many).
 */
function stackIds(frames: Frame[], open: number, last: number[] | null): number[] {
  const n = open - 1;
  if (last && last.length === n && (n === 0 || last[n - 1] === frames[n].info.id)) return last;
  const ids: number[] = [];
  for (let k = 1; k <= n; k++) ids.push(frames[k].info.id);
  return ids;
}

export function readBlocks(html: string): BlockPage {
  names.clear();
  const finder = metaFinder();
  // Ids of the elements buttons show and hide.
  const controlled = new Set<string>();
  const roots = parseTree(html, finder, controlled);
  const hints = readMeta(finder);
  let pageRaw = 0;
  let pageText = 0;
  for (const r of roots)
    if (r.type === 'tag') {
      pageRaw = Math.max(pageRaw, preOf(r as Element).rawLen);
      pageText = Math.max(pageText, preOf(r as Element).textLen);
    }
  const els: ElementInfo[] = [];
  const stats: ElementStats[] = els;
  const blocks: Candidate[] = [];
  const frames: Frame[] = [];
  let cur: Candidate | null = null;
  let lastStack: number[] | null = null;
  let curText = '';
  let curLink = 0;
  let nonLink = 0;
  // Class attributes by number, digits aside ("post-1234" and "post-1235" are one template).
  const classes = new Map<string, number>();
  // The number of each class attribute as written, so that a repeated one is not read again.
  const written = new Map<string, number>();
  const classKey = (c: string | undefined) => {
    if (!c) return 0;
    let v = written.get(c);
    if (v !== undefined) return v;
    const k = c.replace(/\d+/g, '');
    v = classes.get(k);
    if (v === undefined) classes.set(k, (v = classes.size + 1));
    written.set(c, v);
    return v;
  };

  const flush = (tag: string | null) => {
    if (cur) {
      const t = collapseBlanks(curText, collapses);
      if (t) {
        cur.text = t;
        cur.linkChars = curLink;
        cur.inLinkOnly = nonLink === 0;
        if (tag) cur.tag = tag;
        cur.kept = cur.prune === 0 && !(curLink / t.length > 0.3 && t.length < 300);
        blocks.push(cur);
        for (const id of cur.stack) {
          const s = stats[id];
          s.chars += t.length;
          s.linkChars += curLink;
          s.blocks++;
        }
      }
    }
    cur = null;
    curText = '';
    curLink = 0;
    nonLink = 0;
  };

  // Children of the document root, then the tree depth-first with an explicit stack.
  const rootFrame = { children: roots } as unknown as Element;
  const top: Frame = {
    el: rootFrame,
    i: 0,
    inLink: false,
    prune: 0,
    block: false,
    code: false,
    info: {
      mask: 0,
      ownMask: 0,
      tagMask: 0,
      allMask: 0,
      id: -1,
      depth: 0,
      name: '',
      cls: 0,
      chars: 0,
      linkChars: 0,
      blocks: 0,
    },
  };
  frames.push(top);
  // Frames open: those below are reused as the walk goes down again (one object per level, not per element).
  let open = 1;
  while (open) {
    const f = frames[open - 1];
    if (f.i >= f.el.children.length) {
      open--;
      if (f.block) {
        // The tag that closes a block names it (when text was read since the last block began).
        // (Text since then shows a character when a text in a link or one outside has one: curLink
        // counts the first's trimmed characters, nonLink the second; as /\S/ would find in curText.)
        flush(curLink > 0 || nonLink > 0 ? preOf(f.el).tag : null);
      }
      continue;
    }
    const n = f.el.children[f.i++];
    if (n.type === 'text') {
      if (!cur) {
        cur = {
          text: '',
          linkChars: 0,
          tag: 'div',
          prune: f.prune,
          kept: false,
          stack: (lastStack = stackIds(frames, open, lastStack)),
          code: f.code,
          inLinkOnly: false,
        };
      }
      curText += n.data;
      if (f.inLink) curLink += trimmedLength(n.data);
      else if (NOT_BLANK.test(n.data)) nonLink++;
      continue;
    }
    if (n.type !== 'tag') continue;
    const el = n as Element;
    const p = preOf(el);
    const name = p.tag;
    if (HARD.has(name) || hiddenFromReader(el, pageText, controlled)) continue;
    // A cookie notice or a modal over the page is left out with its text, unless it holds the
    // page (a class on <html> saying a banner shows, an article opened in a dialog).
    if (p.overlay && !p.holdsArticle && !p.artContainer && p.rawLen * 2 < pageRaw) continue;
    const block = BLOCK.has(name) || SOFT.has(name) || name === 'form';
    let prune = f.prune;
    if (!prune) {
      if (SOFT.has(name)) prune = 1;
      // Never the page itself by its name: a class of <html>, <body> or the wrapper of nearly all
      // the text says how the page shows ("no-sidebar", "has-main-navigation", "cookies-not-set").
      else if (p.neg && !(p.pos && p.rawLen > 500) && !p.holdsArticle && !wholePage(el, pageRaw)) prune = 2;
      else if (name === 'form' && !p.holdsArticle && p.rawLen < 1500) prune = 3;
    }
    // A pruned inline element is left out, as the rules always did.
    if (prune && !f.prune && !block) continue;
    if (block || prune !== f.prune) flush(null);
    const tagBit = TAG_BIT.get(name) ?? -1;
    const mask = p.mask;
    const ei: ElementInfo = {
      mask,
      ownMask: p.ownMask,
      tagMask: f.info.tagMask | (tagBit >= 0 ? 1 << tagBit : 0),
      allMask: f.info.allMask | mask,
      id: els.length,
      depth: f.info.depth + 1,
      name,
      cls: classKey(el.attribs.class),
      chars: 0,
      linkChars: 0,
      blocks: 0,
    };
    els.push(ei);
    const down: Frame = frames[open] ?? (frames[open] = { ...top });
    open++;
    down.el = el;
    down.i = 0;
    down.inLink = f.inLink || name === 'a';
    down.prune = prune;
    down.block = block || prune !== f.prune;
    down.code = f.code || name === 'code' || name === 'pre' || name === 'kbd';
    down.info = ei;
  }
  flush(null);
  if (hints.productDescription) describe(blocks, hints.productDescription);
  return { blocks, els, stats, hints, types: pageTypes(roots, html) };
}

const WORDS = /[\p{L}\p{N}]+/gu;
/**
 * A product's description that the page holds only in its data (JSON-LD; a shop rendering the
 * page by script): its paragraphs as blocks after the headline, when it is long (40 words or more)
 * and the page's own text shows little of it (under a third of its runs of five words).
 */
function describe(blocks: Candidate[], description: string): void {
  const paras = decodeEntities(
    description.replace(/<\/(?:p|li|h[1-6]|div)>|<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ' '),
  )
    .split(/\n+/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const words = paras.join(' ').toLowerCase().match(WORDS) ?? [];
  if (words.length < 40) return;
  const shown = ` ${blocks.map((b) => (b.text.toLowerCase().match(WORDS) ?? []).join(' ')).join(' ')} `;
  let runs = 0;
  let found = 0;
  for (let i = 0; i + 5 <= words.length; i += 5, runs++)
    if (shown.includes(` ${words.slice(i, i + 5).join(' ')} `)) found++;
  if (found * 3 >= runs) return;
  const h1 = blocks.findIndex((b) => b.tag === 'h1');
  const at = h1 < 0 ? blocks.length : h1 + 1;
  const stack = h1 < 0 ? [] : blocks[h1].stack.slice(0, -1);
  const added: Candidate[] = paras.map((text) => ({
    text,
    linkChars: 0,
    tag: 'p',
    prune: 0,
    kept: true,
    stack,
    code: false,
    inLinkOnly: false,
    data: true,
  }));
  blocks.splice(at, 0, ...added);
}
