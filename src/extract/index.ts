// The extraction stage: a RawInput becomes the document text and its Extraction. For HTML, the
// rules read the page first (html.ts, text.ts); then the block classifier (classifier/) scores
// every block of the page, the rules' verdicts among its features, and the body is the blocks it
// keeps. Title, author, date and outlet stay the rules'.
import type { Extraction, Furniture, Paragraph, RawInput, Span } from '../types.js';
import { renderHtml, type RenderedPage } from './html.js';
import { extractFromLines } from './text.js';
import { dateBelowTitle } from './published.js';
import { publishedFromHint } from './hints.js';
import { personName } from './html-meta.js';
import { isProse, isProseText, splitLines } from './lines.js';
import { classifyLine } from './furniture.js';
import { GROUPS, type Candidate } from './blocks.js';
import { blockModel, modelsOf, ruleDecisions, scoreBlocks, type BlockModels } from './classifier/index.js';
import { Rule } from './classifier/features.js';
import { itemGroups } from './classifier/groups.js';
import { PairIds, StringIds, signatureOf } from './classifier/pair-ids.js';
import { wordRuns } from './word-runs.js';
import { cardFields } from './item-fields.js';
import { offerCards } from './offer-cards.js';

export interface Extracted {
  /** The document's text: the input itself for text, the rendered page for HTML. */
  text: string;
  extraction: Extraction;
}

export interface ExtractOptions {
  /** The block model: by default the shipped one trained on every page; null for the rules alone. */
  blocks?: BlockModels | null;
}

export function extract(input: RawInput, opts: ExtractOptions = {}): Extracted {
  if (input.kind === 'html') {
    const { page, x } = readHtml(input.content, input.hints);
    const shipped = blockModel();
    const model = opts.blocks === undefined ? (shipped ? modelsOf(shipped) : null) : opts.blocks;
    // A fragment (a feed item's HTML) has no page around it to learn furniture from: the rules read it.
    const fragment = !/<(?:html|body)[\s>]/i.test(input.content);
    if (!model || !page.page.blocks.length || fragment) return { text: page.text, extraction: x };
    const learned = withBlocks(page, x, model, shipped?.threshold ?? 0.5);
    // A page the classifier empties while the rules found its article keeps the rules' reading.
    return learned.extraction.paragraphs.length || !x.paragraphs.length
      ? learned
      : { text: page.text, extraction: x };
  }
  return { text: input.content, extraction: extractFromLines(input.content, input.hints, { plain: true }) };
}

/** The rules' reading of an HTML page: its blocks, and the extraction from the blocks they keep. */
export function readHtml(
  content: string,
  hints: RawInput['hints'] = {},
): { page: RenderedPage; x: Extraction } {
  const page = renderHtml(content);
  const { publishedMethod, productDescription, shownDate, modified, ...meta } = page.hints;
  void productDescription;
  const own = definedOnly(hints);
  const x = extractFromLines(
    page.text,
    { ...meta, ...own },
    { publishedMethod: own.published ? 'container' : publishedMethod },
  );
  if (!x.published) x.published = dateBelowTitle(underTitle(page, x));
  if (!x.published) x.published = dateAroundTitle(page, x);
  // Last, a <time> that shows its date only as text ("<time>December 3, 2025</time>").
  if (!x.published && shownDate && !own.published) x.published = shownDateOf(shownDate);
  // A page that gives no publication date at all is dated by its last modification.
  if (!x.published && modified && !own.published) x.published = modifiedDateOf(modified);
  if (!x.author) x.author = bylineBlock(page.page.blocks);
  return { page, x };
}

function shownDateOf(text: string): Extraction['published'] {
  const p = publishedFromHint(text);
  return p && p.value.granularity !== 'year' && p.value.granularity !== 'month' && notFuture(p.value.value)
    ? { ...p, source: { method: 'time-text' } }
    : null;
}
function modifiedDateOf(text: string): Extraction['published'] {
  const p = publishedFromHint(text);
  return p && notFuture(p.value.value) ? { ...p, source: { method: 'date-modified' } } : null;
}
const notFuture = (v: string | null) => !!v && v.slice(0, 10) <= new Date().toISOString().slice(0, 10);

const BY_LABEL = /^(?:(?:written|article|posted|reviewed|story|words|text)\s+)?by\s*:?$/i;
const BY_NAME = /^(?:(?:written|article|posted|reviewed|story|words|text)\s+)?by\s*:?\s+\S/i;

/**
 * A byline the page shows as a block of its own (one the rules pruned or left out of the header):
 * "By Preetam Jinka", or a "Written by" label with the name in the next block. The first one.
 */
function bylineBlock(blocks: RenderedPage['page']['blocks']): Extraction['author'] {
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i].text;
    if (t.length > 80) continue;
    const name =
      BY_LABEL.test(t) && i + 1 < blocks.length
        ? personName(blocks[i + 1].text)
        : BY_NAME.test(t)
          ? personName(t)
          : null;
    if (name) return { value: name, source: { method: 'byline-block' } };
  }
  return null;
}

/** The texts of the blocks right under the headline, up to the first long paragraph (a dozen at most). */
function underTitle(page: RenderedPage, x: Extraction): string[] {
  const blocks = page.page.blocks;
  const i = titleBlock(page, x);
  if (i < 0) return [];
  const out: string[] = [];
  for (let k = i + 1; k < blocks.length && k <= i + 12; k++) {
    if (spaceWords(blocks[k].text) >= 30) break;
    out.push(blocks[k].text);
  }
  return out;
}

/** The headline's block: the one that reads as the title, else the first <h1>; -1 for none. */
function titleBlock(page: RenderedPage, x: Extraction): number {
  const blocks = page.page.blocks;
  const key = x.title ? squash(x.title.value) : null;
  // (squash at most doubles a length, by lowercasing)
  const i = key
    ? blocks.findIndex(
        (b) => 2 * b.text.length >= key.length && opensAs(b.text, key) && squash(b.text) === key,
      )
    : -1;
  return i >= 0 ? i : blocks.findIndex((b) => b.tag === 'h1');
}

/**
 * A date where the page shows no other (no metadata, date line, URL): the block right above the
 * headline when it is a date line ("September 4, 2025" over the <h1>), then the first block the
 * rules keep that says it is the publication's date ("Posted on April 13, 2023" closing a post).
 */
function dateAroundTitle(page: RenderedPage, x: Extraction): Extraction['published'] {
  const blocks = page.page.blocks;
  const i = titleBlock(page, x);
  const above = i > 0 ? dateBelowTitle([blocks[i - 1].text]) : null;
  if (above) return { ...above, source: { method: 'date-line-above-title' } };
  for (const b of blocks) {
    if (!b.kept || b.text.length > 120 || !PUBLICATION_CUE.test(b.text)) continue;
    const d = dateBelowTitle([b.text]);
    if (d) return { ...d, source: { method: 'date-line-cue' } };
  }
  return null;
}
const PUBLICATION_CUE =
  /^(?:published|posted|publié|veröffentlicht|publicado)(?:\s+(?:on|le|am|el))?\s*:?\s/i;

/** The words of a text split at single spaces (as text.split(' ').length counts them), without the array. */
function spaceWords(text: string): number {
  let n = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
/**
 * Whether squash(text) can open as key does, by text's first character: a cheap test before
 * squashing a whole block. A first character has no letter before it
 * to change its lowercase (a final sigma), so it lowercases alone as in the text; a surrogate
 * pair is not tested.
 */
function opensAs(text: string, key: string): boolean {
  const c = text.charCodeAt(0);
  return (
    (c >= 0xd800 && c <= 0xdfff) || /\s/.test(text.charAt(0)) || key.startsWith(text.charAt(0).toLowerCase())
  );
}
const EDGE = /[\s\u00A0\u200B-\u200F\u061C\uFEFF]/;

/** The body as the classifier keeps it; the text holds the rules' blocks and the kept ones. */
function withBlocks(page: RenderedPage, x: Extraction, model: BlockModels, threshold: number): Extracted {
  const blocks = page.page.blocks;
  const rule = ruleDecisions(page, x);
  const p = offerCards(
    page,
    cardFields(
      page,
      starvedThread(
        page,
        listingItems(page, itemConsensus(page, scoreBlocks(page, rule, model)), threshold),
        threshold,
      ),
      threshold,
    ),
    threshold,
  );
  nestedThread(page, p, threshold);
  const on = (i: number) => p[i] >= barOf(blocks[i], threshold);
  const starts: number[] = [];
  let text = '';
  for (let i = 0; i < blocks.length; i++) {
    if (!blocks[i].kept && !on(i)) {
      starts.push(-1);
      continue;
    }
    if (text) text += '\n\n';
    starts.push(text.length);
    text += blocks[i].text;
  }
  // Offsets in the rules' text move with their block.
  const kept: number[] = [];
  page.starts.forEach((s, i) => (s >= 0 ? kept.push(i) : 0));
  const blockAt = (off: number) => {
    let lo = 0,
      hi = kept.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (page.starts[kept[mid]] <= off) lo = mid;
      else hi = mid - 1;
    }
    return kept[lo];
  };
  const move = (s: Span): Span => {
    const i = blockAt(s.start);
    const d = starts[i] - page.starts[i];
    return { start: s.start + d, end: s.end + d };
  };
  // The headline is the title field, not a paragraph of the body.
  const titleKey = x.title ? squash(x.title.value) : null;
  // What the rules cut by its shape (a related link, a byline, a credit, a notice) stays cut;
  // only the zone's edges ("header", "footer") are the classifier's to judge.
  const certain = new Set<number>();
  for (const f of x.furniture)
    if (f.kind !== 'header' && f.kind !== 'footer') certain.add(blockAt(f.span.start));
  const boxes = recommendationBoxes(page);
  const cutAs = new Int8Array(blocks.length);
  const isTitle = (i: number) => {
    if (!cutAs[i])
      cutAs[i] =
        rule[i] === Rule.Title ||
        certain.has(i) ||
        // (squash at most doubles a length, by lowercasing)
        (titleKey !== null &&
          2 * blocks[i].text.length >= titleKey.length &&
          opensAs(blocks[i].text, titleKey) &&
          squash(blocks[i].text) === titleKey) ||
        boxes[i] === 1 ||
        signature(page, i) ||
        voteWidget(page, i) ||
        postMeta(blocks[i].text) ||
        shopAction(blocks[i].text) ||
        pageControl(blocks[i].text) ||
        postNumber(blocks[i]) ||
        placeholder(blocks[i].text) ||
        disclosure(blocks[i].text) ||
        pictureCredit(blocks[i].text) ||
        bareAddress(blocks[i].text) ||
        (!blocks[i].code && marquee(blocks[i].text, wordsOf(blocks[i]).words)) ||
        (!blocks[i].kept && shapedFurniture(blocks[i].text))
          ? 1
          : 2;
    return cutAs[i] === 1;
  };
  const paragraphs: Paragraph[] = [];
  const furniture: Furniture[] = [];
  const inText = (i: number) => starts[i] >= 0 && on(i);
  const again = repeats(page, inText);
  const clones = carouselClones(page, inText);
  const replies = commentsAfter(page, inText);
  const reviews = productReviews(page, inText);
  for (let i = 0; i < blocks.length; i++) {
    if (starts[i] < 0) continue;
    let s = starts[i];
    let e = s + blocks[i].text.length;
    while (s < e && EDGE.test(text[s])) s++;
    while (e > s && EDGE.test(text[e - 1])) e--;
    if (e <= s) continue;
    // A product's description read from the page's data is the page's own text.
    if ((on(i) || blocks[i].data) && !isTitle(i) && !again[i] && !clones[i] && !replies[i] && !reviews[i]) {
      const t = text.slice(s, e);
      const words = spaceWords(t);
      const heading =
        /^h[1-6]$/.test(blocks[i].tag) ||
        !isProse({ index: 0, span: { start: s, end: e }, text: t, norm: t, words });
      paragraphs.push({ span: { start: s, end: e }, heading });
    } else if (rule[i] === Rule.Body)
      furniture.push({ span: { start: s, end: e }, kind: 'boilerplate', text: text.slice(s, e) });
  }
  for (const f of x.furniture) {
    const i = blockAt(f.span.start);
    if (!on(i) || isTitle(i)) furniture.push({ ...f, span: move(f.span) });
  }
  furniture.sort((a, b) => a.span.start - b.span.start);
  const field = <T extends { source: { span?: Span } } | null>(f: T): T =>
    f && f.source.span ? ({ ...f, source: { ...f.source, span: move(f.source.span) } } as T) : f;
  return {
    text,
    extraction: {
      ...x,
      title: field(x.title),
      author: field(x.author),
      outlet: field(x.outlet),
      published: field(x.published),
      paragraphs,
      furniture,
    },
  };
}

/**
 * The score a block needs to be kept. A table's cell and a block of code read as furniture by
 * their shape (short, no sentences, digits and symbols) where they are a page's data or its
 * program, so the classifier's doubt weighs less for them: they are kept from a lower score. A
 * figure's caption is the picture's, which the body leaves out: kept only where the classifier
 * is sure.
 */
export function barOf(b: RenderedPage['page']['blocks'][number], threshold: number): number {
  return LOW_BAR.has(b.tag)
    ? threshold - LOW_BAR_BY
    : b.tag === 'figcaption'
      ? threshold + CAPTION_BAR_BY
      : threshold;
}
const LOW_BAR = new Set(['td', 'th', 'pre']);
const LOW_BAR_BY = 0.2;
const CAPTION_BAR_BY = 0.25;

/**
 * A list's items read alike: the cards of a listing or a shop's grid (three or more sibling
 * elements of the same tag and class words, each holding two blocks or more) are one template,
 * so a field of one card (its title, its price, its teaser) is content or furniture as the same
 * field of the others is. A block of such an item is raised to the mean score of its field over
 * the items (the field: its path of elements below the item) when that is higher: a field the
 * items keep is kept in each; a field they cut is left to each block's own score (an item's
 * lone teaser may be its only content). The scores, changed in place.
 */
export function itemConsensus(page: RenderedPage, p: Float32Array): Float32Array {
  const bs = page.page.blocks;
  const els = page.page.els;
  // Keys as numbers (pair-ids.ts): an element's signature (tag and class words), a sibling group
  // (parent and signature), a field (the group, the signatures below the item, the block's tag).
  const tags = new StringIds();
  const sig = signatureOf(els, tags, (id) => els[id].mask);
  const keyIds = new PairIds();
  // Sibling elements by parent and signature: how many hold two blocks or more.
  const items: Set<number>[] = [];
  for (const b of bs) {
    const st = b.stack;
    for (let j = 1; j < st.length; j++) {
      if (page.page.stats[st[j]].blocks < ITEM_MIN_BLOCKS) continue;
      const key = keyIds.id(st[j - 1], sig(st[j]));
      (items[key] ??= new Set()).add(st[j]);
    }
  }
  // A field's number: a chain from its group's key (-1 first, so that no chain is a prefix of another's).
  const chain = new PairIds();
  const field = new Int32Array(bs.length).fill(-1);
  const sums: { s: number; n: number }[] = [];
  for (let i = 0; i < bs.length; i++) {
    const st = bs[i].stack;
    for (let j = st.length - 1; j >= 1; j--) {
      const key = keyIds.find(st[j - 1], sig(st[j]));
      if (key < 0 || (items[key]?.size ?? 0) < ITEM_MIN) continue;
      let f = chain.id(-1, key);
      for (let d = j + 1; d < st.length; d++) f = chain.id(f, sig(st[d]));
      f = chain.id(f, tags.id(bs[i].tag));
      field[i] = f;
      const a = (sums[f] ??= { s: 0, n: 0 });
      a.s += p[i];
      a.n++;
      break;
    }
  }
  for (let i = 0; i < bs.length; i++) {
    const a = field[i] >= 0 ? sums[field[i]] : undefined;
    if (a && a.n >= ITEM_MIN) p[i] = Math.max(p[i], a.s / a.n);
  }
  return p;
}
const ITEM_MIN = 3;
const ITEM_MIN_BLOCKS = 2;

/**
 * A page whose text is a list (a shop's grid, a listing's cards, a service's offers) and no body
 * of its own: its largest repeated-item group (five items or more; three or four alike are as
 * often a page's columns) holds a fifth of its text or more, the classifier
 * half keeps the group (a mean score from 0.25 under the bar) and keeps almost nothing outside it
 * (a tenth of the group's characters). The items are then its content: each field of the group
 * that its items hold at a mean score of 0.25 or more is kept in every item. A page with an
 * introduction of its own (a collection's buyer's guide over its grid) keeps the classifier's
 * reading. The scores, changed in place.
 */
export function listingItems(page: RenderedPage, p: Float32Array, threshold: number): Float32Array {
  const bs = page.page.blocks;
  const g = itemGroups(page.page);
  const k = g.top;
  if (k < 0 || g.items[k] < LIST_ITEMS) return p;
  let total = 0;
  let inside = 0;
  let insideP = 0;
  let outside = 0;
  for (let i = 0; i < bs.length; i++) {
    const c = bs[i].text.length;
    total += c;
    if (g.largest[i] === k) (inside += c), (insideP += p[i] * c);
    else if (p[i] >= threshold) outside += c;
  }
  const mean = insideP / Math.max(1, inside);
  if (inside < LIST_SHARE * total || outside > LIST_OWN_TEXT * inside) return p;
  if (mean < LIST_MEAN || mean >= threshold) return p;
  // Mean score of each field of the group's own items (a nested group's blocks by their own score).
  const sums = new Map<number, { s: number; n: number }>();
  for (let i = 0; i < bs.length; i++) {
    if (g.largest[i] !== k || g.inner[i] !== k) continue;
    const a = sums.get(g.field[i]) ?? { s: 0, n: 0 };
    a.s += p[i];
    a.n++;
    sums.set(g.field[i], a);
  }
  for (let i = 0; i < bs.length; i++) {
    if (g.largest[i] !== k) continue;
    const a = g.inner[i] === k ? sums.get(g.field[i]) : undefined;
    if ((a ? a.s / a.n : p[i]) >= LIST_FIELD) p[i] = Math.max(p[i], threshold);
  }
  return p;
}
const LIST_ITEMS = 5;

/**
 * A thread the classifier starves: a page whose text is one run of posts (a discussion's replies,
 * a link aggregator's comments), each a template's item, and no body of its own around them. Its
 * largest repeated-item group (four items or more) holds half the page's text or more, half of it in
 * sentences, while the classifier keeps under two fifths of that group's characters on the page as
 * a whole: the posts are then the page, and the sentences of each (its prose blocks without links,
 * not its counts, dates, names and controls) are kept. Never on a shop's product page, where such a
 * group is its customers' reviews. The scores, changed in place.
 */
export function starvedThread(page: RenderedPage, p: Float32Array, threshold: number): Float32Array {
  const bs = page.page.blocks;
  const g = itemGroups(page.page);
  const k = g.top;
  if (k < 0 || g.items[k] < THREAD_ITEMS) return p;
  // A shop's page: its customers' reviews are no thread of its own (productReviews).
  if (page.page.types.some((t) => PRODUCT.has(t))) return p;
  let total = 0;
  let inside = 0;
  let keptChars = 0;
  let prose = 0;
  for (let i = 0; i < bs.length; i++) {
    const c = bs[i].text.length;
    total += c;
    if (p[i] >= threshold) keptChars += c;
    if (g.largest[i] === k) {
      inside += c;
      if (threadProse(bs[i])) prose += c;
    }
  }
  if (inside < THREAD_SHARE * total || keptChars >= THREAD_STARVED * inside || prose < THREAD_PROSE * inside)
    return p;
  for (let i = 0; i < bs.length; i++)
    if (g.largest[i] === k && threadProse(bs[i])) p[i] = Math.max(p[i], threshold);
  return p;
}
/**
 * A discussion in nested replies (a link aggregator's or a forum's thread: the list of a reply's
 * replies inside the reply, an element named for comments, within a list of the same tag and class), on a page that
 * does not say it is an article (an article's readers' comments are not its text) unless it says
 * it is a discussion, and never on a shop's page. The blocks of that nest (a reply without replies
 * too), or null. Linear in the blocks times the square of their depth.
 */
export function nestedReplies(page: RenderedPage): Uint8Array | null {
  const hit = nestRead.get(page);
  if (hit !== undefined) return hit;
  const types = page.page.types;
  let out: Uint8Array | null = null;
  const shop = types.some((t) => PRODUCT.has(t));
  const article = types.some((t) => ARTICLE.has(t)) && !types.some((t) => DISCUSSION.has(t));
  if (!shop && !article) {
    const bs = page.page.blocks;
    const els = page.page.els;
    // The outermost element of each nest: a container found again below itself, a reply between.
    // With its siblings of its tag and class groups (the thread's other top-level replies): keys
    // of parent, tag and groups.
    const kinds = new Set<string>();
    for (const b of bs) nestRoot(els, b.stack, kinds);
    let replies = 0;
    if (kinds.size)
      for (let i = 0; i < bs.length; i++)
        if (bs[i].stack.some((id, j, st) => kinds.has(kindKey(els, st, j))))
          ((out ??= new Uint8Array(bs.length))[i] = 1), replies++;
    if (replies < THREAD_ITEMS) out = null;
  }
  nestRead.set(page, out);
  return out;
}
/**
 * Adds a stack's nest root: its outermost element (a class of its own) that holds, below a
 * comment element, another element of its tag and class (the replies' list inside a reply).
 */
function nestRoot(els: RenderedPage['page']['els'], st: number[], roots: Set<string>): void {
  let comments = 0;
  for (const id of st) if (els[id].ownMask & COMMENT && ++comments >= 2) break;
  if (comments < 2) return;
  for (let a = 0; a < st.length; a++) {
    const x = els[st[a]];
    if (!x.cls) continue;
    let reply = false;
    for (let c = a + 1; c < st.length; c++) {
      const y = els[st[c]];
      reply ||= (y.ownMask & COMMENT) !== 0;
      if (reply && y.name === x.name && y.cls === x.cls) {
        // From the reply that holds it, if it is one's list (a top-level reply holds the first nest).
        roots.add(kindKey(els, st, a && els[st[a - 1]].ownMask & COMMENT ? a - 1 : a));
        return;
      }
    }
  }
}
const kindKey = (els: RenderedPage['page']['els'], st: number[], j: number) =>
  `${j ? st[j - 1] : -1} ${els[st[j]].name} ${els[st[j]].mask}`;
/** A reply's words: its prose, or a paragraph of three words or more (a reply may be one short line). */
const replyProse = (b: Candidate) =>
  threadProse(b) || (b.tag === 'p' && !b.linkChars && spaceWords(b.text) >= 3);
const NEST_SWAMPS = 10;
/** The pages whose nested replies nestedThread kept: commentsAfter leaves them. */
const threads = new WeakSet<RenderedPage>();
const nestRead = new WeakMap<RenderedPage, Uint8Array | null>();
/** A stack holding a comment element and, below it, one of the same tag and class groups. */
function inNest(els: RenderedPage['page']['els'], st: number[]): boolean {
  for (let a = 0; a < st.length; a++) {
    const x = els[st[a]];
    if (!(x.ownMask & COMMENT)) continue;
    for (let c = a + 1; c < st.length; c++) {
      const y = els[st[c]];
      if (y.ownMask & COMMENT && y.name === x.name && y.mask === x.mask) return true;
    }
  }
  return false;
}

/**
 * A nested discussion's replies (nestedReplies) are the page's content: the words of each (its
 * prose blocks and paragraphs without links, not its counts, names and controls) are kept. The scores,
 * changed in place.
 */
export function nestedThread(page: RenderedPage, p: Float32Array, threshold: number): Float32Array {
  const nest = nestedReplies(page);
  if (!nest) return p;
  const bs = page.page.blocks;
  // A thread that swamps its post (replies' words ten times the post's or more, hundreds of
  // replies) is a site's comment section under a story; the classifier's reading stands there.
  let post = 0;
  let said = 0;
  let replies = 0;
  for (let i = 0; i < bs.length; i++)
    if (nest[i] && replyProse(bs[i])) (said += bs[i].text.length), replies++;
    else if (!nest[i] && p[i] >= threshold) post += bs[i].text.length;
  if (replies < THREAD_ITEMS || said > NEST_SWAMPS * post) return p;
  for (let i = 0; i < bs.length; i++) if (nest[i] && replyProse(bs[i])) p[i] = Math.max(p[i], threshold);
  threads.add(page);
  return p;
}

const threadProse = (b: Candidate) =>
  !b.linkChars && isProseText(b.text, spaceWords(b.text)) && /[.!?…]/.test(b.text);
const THREAD_ITEMS = 4;
const THREAD_SHARE = 0.5;
const THREAD_STARVED = 0.4;
const THREAD_PROSE = 0.5;
const LIST_SHARE = 0.2;
const LIST_OWN_TEXT = 0.1;
const LIST_MEAN = 0.25;
const LIST_FIELD = 0.25;

/**
 * Paragraphs the body already holds, word for word: a teaser over its article, a table of contents
 * over its headings, a text printed twice for two layouts. The reader reads them once, so a later
 * copy is cut where it stands elsewhere in the page than the first (another path of elements), or
 * where a run of three or more paragraphs repeats (the article printed twice); the same line in each
 * of a list's items (a coupon's terms under each coupon) stays. Long blocks only (eight words or
 * more), never code, where a repeated line is the program's. 1 for a block to cut.
 */
export function repeats(page: RenderedPage, kept: (i: number) => boolean): Uint8Array {
  const bs = page.page.blocks;
  const out = new Uint8Array(bs.length);
  // The first block saying each text, and where in that order it stood.
  const first = new Map<string, { block: number; at: number }>();
  // The long kept blocks in order: 0 said once, 1 a repeat in the same place, 2 elsewhere; and
  // where in that order the first copy stood.
  const seq: number[] = [];
  const state: number[] = [];
  const from: number[] = [];
  for (let i = 0; i < bs.length; i++) {
    const b = bs[i];
    if (!kept(i) || b.code || b.text.length < 30) continue;
    const { words, key } = wordsOf(b);
    if (words.length < REPEAT_WORDS) continue;
    const was = first.get(key);
    if (was === undefined) first.set(key, { block: i, at: seq.length });
    from.push(was ? was.at : -1);
    seq.push(i);
    state.push(was === undefined ? 0 : samePath(page, bs[was.block], b) ? 1 : 2);
  }
  // A run of repeats that copies a run of paragraphs in its order (the article printed twice).
  for (let k = 0; k < seq.length; ) {
    let e = k + 1;
    if (state[k]) while (e < seq.length && state[e] && from[e] === from[e - 1] + 1) e++;
    for (let j = k; j < e; j++) if (state[j] === 2 || (state[j] && e - k >= 3)) out[seq[j]] = 1;
    k = e;
  }
  return out;
}
const REPEAT_WORDS = 8;

/** Two blocks under the same path of elements: tag for tag, class and id groups for groups. */
function samePath(page: RenderedPage, a: Candidate, b: Candidate): boolean {
  const els = page.page.els;
  if (a.stack.length !== b.stack.length) return false;
  for (let k = 0; k < a.stack.length; k++) {
    const x = els[a.stack[k]];
    const y = els[b.stack[k]];
    if (x.name !== y.name || x.mask !== y.mask) return false;
  }
  return true;
}

/** A block's words, lowercased, as the copies of one text are compared. */
const blockWords = (text: string): string[] => wordRuns(text.toLowerCase());
/** A block's words and the key of its text (its words joined), read once: several checks compare them. */
const wordsRead = new WeakMap<Candidate, { words: string[]; key: string }>();
function wordsOf(b: Candidate): { words: string[]; key: string } {
  let w = wordsRead.get(b);
  if (!w) {
    const words = blockWords(b.text);
    wordsRead.set(b, (w = { words, key: words.join(' ') }));
  }
  return w;
}

/**
 * A carousel's clones: a slider or a marquee that loops holds its slides twice (or more) in one
 * track, the copies out of sight. A run of three kept blocks or more (ten words or more) that
 * repeats, block for block, a run read before it, where the element holding both copies holds
 * little else (four times the copy's characters at most), is such a copy: cut. The same lines
 * in two places of a page (a menu in the header and the footer) are not one track. 1 for a block
 * to cut.
 */
export function carouselClones(page: RenderedPage, kept: (i: number) => boolean): Uint8Array {
  const bs = page.page.blocks;
  const out = new Uint8Array(bs.length);
  const seq: number[] = [];
  const keys: string[] = [];
  for (let i = 0; i < bs.length; i++) {
    if (!kept(i)) continue;
    seq.push(i);
    keys.push(wordsOf(bs[i]).key);
  }
  const first = new Map<string, number>();
  for (let j = 0; j < seq.length; ) {
    const at = keys[j] ? first.get(keys[j]) : undefined;
    if (at !== undefined) {
      let n = 0;
      let words = 0;
      let chars = 0;
      while (j + n < seq.length && at + n < j && keys[at + n] === keys[j + n]) {
        words += spaceWords(keys[j + n]);
        chars += bs[seq[j + n]].text.length;
        n++;
      }
      if (n >= CLONE_RUN && words >= CLONE_WORDS && sharedTrack(page, seq[at], seq[j], chars)) {
        for (let k = 0; k < n; k++) out[seq[j + k]] = 1;
        j += n;
        continue;
      }
    }
    if (keys[j] && !first.has(keys[j])) first.set(keys[j], j);
    j++;
  }
  return out;
}
const CLONE_RUN = 3;
const CLONE_WORDS = 10;
const CLONE_TRACK = 4;

/** The innermost element holding blocks a and b holds at most CLONE_TRACK times chars characters. */
function sharedTrack(page: RenderedPage, a: number, b: number, chars: number): boolean {
  const sa = page.page.blocks[a].stack;
  const sb = page.page.blocks[b].stack;
  let lca = -1;
  for (let k = 0; k < sa.length && k < sb.length && sa[k] === sb[k]; k++) lca = sa[k];
  return lca >= 0 && page.page.stats[lca].chars <= CLONE_TRACK * chars;
}

// The site's note that it earns from the links it prints: an affiliate or sponsorship disclosure.
const DISCLOSURE = new RegExp(
  [
    '\\b(?:contains?|includes?|uses?|may (?:contain|include|use)|through|via|using|features?) (?:some |our |my )?affiliate links?\\b',
    '\\b(?:we|i|us)(?: \\w+)? (?:may |might |could |will |do |can )?(?:earn|get|receive|make)s? (?:an? |us an? |us )?(?:small |affiliate |tiny )?(?:commission|share of (?:the )?(?:revenue|sales))',
    '\\bearns? us an? (?:small )?commission\\b',
    '\\b(?:is|are) (?:a )?reader-supported\\b',
    '\\bmay include paid promotion\\b',
  ].join('|'),
  'i',
);
/** A short block (under 70 words) that is such a disclosure, or opens with one ("Disclosure: …"). */
function disclosure(text: string): boolean {
  if (text.length > 500) return false;
  if (/^(?:disclosure|affiliate disclosure|advertiser disclosure)\s*:/i.test(text)) return true;
  return DISCLOSURE.test(text) && spaceWords(text) < 70;
}

const COMMENT = 1 << GROUPS.findIndex(([g]) => g === 'comment');
// A page that says it is a discussion, whose replies are its content.
const DISCUSSION = new Set([
  'qapage',
  'question',
  'discussionforumposting',
  'socialmediaposting',
  'og:forum',
]);
/**
 * The readers' comments under an article: the kept blocks under an element named for comments
 * (comments, replies, respond, discussion) that come after an article of its own (300 words or
 * more kept before the first of them), on a page that does not say it is a discussion (a forum
 * thread or a question page, whose replies are the page). 1 for a block to cut.
 */
export function commentsAfter(page: RenderedPage, kept: (i: number) => boolean): Uint8Array {
  const bs = page.page.blocks;
  const out = new Uint8Array(bs.length);
  if (page.page.types.some((t) => DISCUSSION.has(t)) || threads.has(page)) return out;
  let before = 0;
  let first = -1;
  for (let i = 0; i < bs.length && first < 0; i++) {
    if (!kept(i)) continue;
    if (bs[i].stack.some((id) => page.page.els[id].ownMask & COMMENT)) first = i;
    else before += spaceWords(bs[i].text);
  }
  if (first < 0 || before < 300) return out;
  for (let i = first; i < bs.length; i++)
    if (bs[i].stack.some((id) => page.page.els[id].ownMask & COMMENT)) out[i] = 1;
  return out;
}

const REVIEW = 1 << GROUPS.findIndex(([g]) => g === 'review');
// A page that says it sells a product; one that says it is an article (a review of the product,
// a shop's page of its own testimonials marked up as one) is read as an article.
const PRODUCT = new Set(['product', 'og:product', 'productgroup']);
const ARTICLE = new Set(['og:article', 'article', 'newsarticle', 'blogposting']);
/**
 * The customers' reviews on a shop's product page: the kept blocks under an element named for
 * reviews (reviews, testimonials, feedback) that come after the product's own text (30 words or
 * more kept before the first of them), on a page that says it is a product and not an article.
 * 1 for a block to cut.
 */
export function productReviews(page: RenderedPage, kept: (i: number) => boolean): Uint8Array {
  const bs = page.page.blocks;
  const out = new Uint8Array(bs.length);
  const types = page.page.types;
  if (!types.some((t) => PRODUCT.has(t)) || types.some((t) => ARTICLE.has(t))) return out;
  const under = (i: number) => bs[i].stack.some((id) => page.page.els[id].ownMask & REVIEW);
  let before = 0;
  let first = -1;
  for (let i = 0; i < bs.length && first < 0; i++) {
    if (!kept(i)) continue;
    if (under(i)) first = i;
    else before += spaceWords(bs[i].text);
  }
  if (first < 0 || before < REVIEWS_AFTER) return out;
  for (let i = first; i < bs.length; i++) if (under(i)) out[i] = 1;
  return out;
}
const REVIEWS_AFTER = 30;

const SIGNATURE = 1 << GROUPS.findIndex(([g]) => g === 'signature');
/** A forum post's signature: a block under an element named so (three levels up at most). */
function signature(page: RenderedPage, i: number): boolean {
  const st = page.page.blocks[i].stack;
  for (let k = Math.max(0, st.length - 3); k < st.length; k++)
    if (page.page.els[st[k]].mask & SIGNATURE) return true;
  return false;
}

// The heading of a shop's or a blog's recommendation box, the whole heading.
const RECOMMENDED = new RegExp(
  '^(?:' +
    [
      'you (?:may|might) also (?:like|love|enjoy|need)',
      'you (?:may|might) also be interested in',
      '(?:customers|people|shoppers|buyers) (?:who (?:bought|viewed|purchased) this(?: item| product)? )?also (?:bought|viewed|liked|purchased)',
      'frequently bought together',
      '(?:(?:explore|more) )?(?:similar|related|recommended|sponsored|suggested) (?:products|items)',
      'recommended for you',
      'recently viewed(?: items| products)?',
      'related (?:posts?|articles?|stories|reading|content|news|guides?|resources|blogs?|topics)',
      'people (?:also|who viewed this also) (?:bought|viewed)',
      'more from (?:this|the) (?:seller|brand|shop|store)',
      'complete the look',
      'shop the look',
      'compare (?:with )?similar items',
      'produits (?:similaires|associés)',
      'les clients ont (?:aussi|également) acheté',
      'das könnte (?:dir|ihnen) auch gefallen',
      'ähnliche (?:produkte|artikel)',
      'kunden kauften auch',
      'también te puede gustar',
      'productos (?:relacionados|similares)',
      'قد (?:يعجبك|يعجبكم|تعجبك)(?: أيضا| أيضاً| ايضا)?',
      'منتجات (?:ذات صلة|مشابهة|مماثلة)',
      'شوهد مؤخرا|شوهد مؤخراً',
    ].join('|') +
    ')\\s*[:.!…]*$',
  'iu',
);

/**
 * The blocks of recommendation boxes ("You may also like", "Customers also bought", "منتجات ذات
 * صلة"): the heading and what follows it in the section it heads (its nearest container holding
 * more than the heading), when that section is a small part of the page. 1 for a block in one.
 */
export function recommendationBoxes(page: RenderedPage): Uint8Array {
  const bs = page.page.blocks;
  const out = new Uint8Array(bs.length);
  let total = 0;
  for (const b of bs) total += b.text.length;
  for (let i = 0; i < bs.length; i++) {
    const b = bs[i];
    if (b.text.length > 60 || !RECOMMENDED.test(b.text)) continue;
    let sec = -1;
    for (let k = b.stack.length - 1; k >= 0 && sec < 0; k--) {
      const s = page.page.stats[b.stack[k]];
      if (s.chars > 3 * b.text.length && s.blocks >= 3) sec = b.stack[k];
    }
    if (sec < 0 || page.page.stats[sec].chars > 0.4 * total) continue;
    for (let j = i; j < bs.length && bs[j].stack.includes(sec); j++) out[j] = 1;
  }
  return out;
}

/**
 * A forum post's own furniture, by its shape: the subject line a reply repeats ("Re: …", "رد: …"),
 * the note that it was edited ("Last edited by …", "Last edited: Oct 8, 2024", "آخر تعديل …"),
 * and a line of its author's counts ("Posts: 1,077", "Joined: Mar 2019", "المشاركات: 350").
 */
export function postMeta(text: string): boolean {
  if (text.length > 200) return false;
  if (REPLY_SUBJECT.test(text) || REACTIONS.test(text)) return true;
  if (text.length <= 160 && EDITED.test(text)) return true;
  if (text.length <= 60 && POST_CONTROL.test(text)) return true;
  return text.length <= 60 && spaceWords(text) <= 6 && MEMBER_COUNT.test(text);
}
const REPLY_SUBJECT = /^(?:re|رد)\s*:\s*\S/i;
const EDITED = /^(?:last edited\b|edited \d+ times?\b|(?:post )?edited (?:on|at)\b|آخر تعديل\b|تم تعديل)/i;
// Who reacted to a post ("Reactions: Dana, Sami and 3 others"), and the forum's own controls and
// labels around a post: an attachment's link ("View attachment 2028258"), a quote's fold ("Click to
// expand..."), the badge of the thread's opener ("Original poster", "OP posts:").
const REACTIONS = /^(?:reactions|liked by|التفاعلات|أعجب بهذا)\s*:\s*\S/i;
const POST_CONTROL =
  /^(?:(?:view attachment \d+\s*)+|click to (?:expand|shrink)\s*\.*|original poster|op posts\s*:?|(?:انقر|اضغط) للتوسيع\s*\.*|صاحب الموضوع)$/i;
const MEMBER_COUNT =
  /^(?:posts|joined|reputation|reaction score|messages|likes received|solutions|karma|trophies|member since|registered|المشاركات|مشاركات|تاريخ التسجيل|تاريخ الانضمام|السمعة|الإعجابات)\s*:\s*\S/i;

/**
 * A template's filler text left on the page ("Lorem ipsum dolor sit amet, consectetur …"): a slot
 * its site never filled, hidden or not, never the page's own words.
 */
export function placeholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}
const PLACEHOLDER = /^\s*lorem ips[u]?m\b|\bdolor sit amet,? consectetur\b/i;

/**
 * A shop's button or badge on a card or a product, the whole block: "Quick view", "Add to cart",
 * "Sponsored", "أضف إلى السلة". A control or an ad's label, never what the page says (an item's
 * state, "Sold out", is the item's: some pages' readers keep it).
 */
export function shopAction(text: string): boolean {
  return text.length <= 40 && SHOP_ACTION.test(text);
}
const SHOP_ACTION = wholeBlockOf([
  'quick (?:view|shop|look|add)',
  'add to (?:cart|bag|basket|wish ?list|favou?rites)',
  'notify me when (?:available|back in stock)',
  'sponsored',
  '(?:أضف|اضف) (?:إلى |الى )?(?:السلة|للسلة|سلة التسوق|المفضلة|للمفضلة)',
  'ajouter au panier|in den warenkorb|añadir al carrito',
]);

/** A block that is one of these phrases (regular expressions) and nothing else, any case. */
function wholeBlockOf(phrases: string[]): RegExp {
  return new RegExp(`^\\s*(?:${phrases.join('|')})\\s*$`, 'iu');
}

/**
 * A page's own controls and prompts, the whole block: a button ("Learn more", "View details"), a
 * list's sorting and count ("Sort: Best match", "1–30 of 338 products"), a log-in prompt ("You must
 * log in to answer this question.", "You're not signed in!"), a form's note to robots ("This field
 * is for validation purposes …"), a table of contents' title (its lines repeat the headings).
 */
export function pageControl(text: string): boolean {
  return text.length <= 80 && PAGE_CONTROL.test(text);
}
const PAGE_CONTROL = wholeBlockOf([
  '(?:learn|read) more',
  'view details|shop now|see (?:more|all|details)',
  'sort(?: by)?\\s*:.*',
  '(?:showing )?\\d+\\s*[–-]\\s*\\d+ of \\d[\\d,]*(?: products| results| items)?',
  '(?:you must )?(?:log|sign) in to (?:answer|reply|comment|post|vote|leave a comment)\\b.*',
  'you.re not (?:signed|logged) in!?',
  'this field is for validation purposes and should be left unchanged\\.?',
  // A form builder's messages after sending, hidden until then.
  'oops! something went wrong while submitting the form\\.?',
  'thank you! your submission has been received!?',
  'table of contents',
  'اقرأ المزيد|إقرأ المزيد|المزيد',
  'جدول المحتويات|محتويات المقال',
  'سجل (?:الدخول|دخولك) (?:للرد|للتعليق).*',
]);

/** A forum post's number ("#12"), a link to the post itself. */
function postNumber(b: RenderedPage['page']['blocks'][number]): boolean {
  return b.text.length <= 8 && b.linkChars >= b.text.length - 1 && /^\s*#\d+\s*$/.test(b.text);
}

const VOTE = 1 << GROUPS.findIndex(([g]) => g === 'vote');
/** A post's vote or like widget: a few words, some of them links, the first in an element named so. */
function voteWidget(page: RenderedPage, i: number): boolean {
  const b = page.page.blocks[i];
  const st = b.stack;
  if (!b.linkChars || spaceWords(b.text) > 12) return false;
  for (let k = Math.max(0, st.length - 2); k < st.length; k++)
    if (page.page.els[st[k]].mask & VOTE) return true;
  return false;
}

/**
 * A ticker's text: one short phrase (six words at most) said over and over in one block ("Book
 * Now * Book Now * …", a scrolling banner drawn from copies of its slogan), four times or more.
 * A phrase of letters: a row of numbers is data; and never code, where a line may repeat.
 */
export function marquee(text: string, w: string[] = blockWords(text)): boolean {
  if (text.length < 20) return false;
  if (w.length < 8) return false;
  for (let k = 1; k <= MARQUEE_PHRASE && k * MARQUEE_TIMES <= w.length; k++) {
    let same = 0;
    for (let j = k; j < w.length; j++) if (w[j] === w[j - k]) same++;
    if (same >= 0.9 * (w.length - k) && w.slice(0, k).some((x) => /\p{L}/u.test(x))) return true;
  }
  return false;
}
const MARQUEE_PHRASE = 6;
const MARQUEE_TIMES = 4;

/**
 * A picture's caption that names who took it or where it comes from, at its end or as the whole
 * block ("… on the trail. Credit: Sam Hale", "Photo courtesy of the museum", "Image: Getty",
 * "Foto: dpa", "Crédits photos : …", "… في الميدان. تصوير: أحمد علي"): the caption of a figure, which a reader reads as the picture's
 * and the page's body leaves out. Short blocks only (50 words at most), the credit itself a
 * name's length (no sentence after it).
 */
export function pictureCredit(text: string): boolean {
  return text.length < 400 && PICTURE_CREDIT.test(text) && spaceWords(text) <= 50;
}
const PICTURE_CREDIT = new RegExp(
  '(?:^|[.!?)\u201d"|]\\s*)(?:' +
    [
      '(?:image|photo|picture|photograph|img)s?\\s*(?:credits?|source)?\\s*:',
      'cr[eé]dits?(?:\\s+photos?)?\\s*:',
      'fotos?\\s*:',
      '(?:photo(?:graph)?|image|picture)s?\\s+(?:by|courtesy(?:\\s+of)?)\\s*:?',
      '(?:تصوير|الصورة|صورة|مصدر الصورة)\\s*:',
    ].join('|') +
    ')\\s*(?:[^.!?:\\n]|\\.(?=\\S)){1,80}\\.?$',
  'iu',
);

/**
 * A block that is an image file's web address and nothing else: a picture's source printed as
 * text (a shop's swatch list, a gallery's fallback), never what a reader reads. (A bare link to a
 * page may be content: a table of addresses, a forum post's link.)
 */
export function bareAddress(text: string): boolean {
  return text.length > 12 && text.length < 2000 && BARE_ADDRESS.test(text);
}
const BARE_ADDRESS = /^\s*(?:https?:)?\/\/[^\s/]+\.[^\s]*\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]\S*)?\s*$/i;

/** A block the rules pruned that reads as furniture by its shape ("اقرأ أيضاً: …", a share bar). */
function shapedFurniture(text: string): boolean {
  const line = splitLines(text)[0];
  return !!line && !!classifyLine(line);
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
