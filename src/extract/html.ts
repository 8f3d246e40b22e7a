// HTML pages: parse with a real parser, read the metadata (meta tags, JSON-LD, <h1>, <title>),
// prune what is never article text (scripts, navigation, forms, hidden and boilerplate-named
// elements), find the main container by scoring paragraphs into their ancestors (text
// length, punctuation, low link density), and render its blocks as lines so the line-level
// extractor does the rest. The rendered text is the document's text: every span points into it.
import { parseDocument, DomUtils } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { RawInput } from '../types.js';
import { readMeta } from './html-meta.js';

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'form', 'button', 'select', 'nav', 'aside',
  'figure', 'figcaption', 'head', 'object', 'embed', 'canvas', 'video', 'audio', 'input', 'textarea', 'menu',
  'label', 'option', 'footer', 'dialog',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'blockquote', 'table', 'tr', 'td', 'th', 'dd', 'dt', 'dl', 'pre', 'address', 'br', 'hr', 'center', 'tbody',
]);
// Class and id words of page furniture; a class token counts when its first or last part is one.
const NEGATIVE = new Set(
  ('nav navbar navigation menu breadcrumb breadcrumbs share sharing shares social socials comment comments respond related ' +
    'sidebar widget widgets footer newsletter subscribe subscription cookie cookies consent advert advertisement ads ad adv banner ' +
    'promo sponsor sponsored tags tagcloud tag authorbio author-bio popup modal pagination pager topbar toolbar login signup ' +
    'disqus outbrain taboola recommended recommendations teaser teasers').split(' '),
);
const POSITIVE = /(article|content|entry|post|story|main|body|text|blog|news|detail)/i;
const PARA = new Set(['p', 'pre', 'blockquote', 'td', 'li', 'dd', 'h2', 'h3', 'h4']);

export interface RenderedPage {
  text: string;
  hints: RawInput['hints'];
}

interface Block {
  text: string;
  linkChars: number;
  tag: string;
  ancestors: Element[];
}

export function renderHtml(html: string): RenderedPage {
  const doc = parseDocument(html, { decodeEntities: true });
  const hints = readMeta(doc.children);
  const root = DomUtils.findOne((e) => e.name === 'body', doc.children, true) ?? doc;
  const blocks = collectBlocks(root.children as ChildNode[]);
  const main = mainContainer(blocks);
  // Outside the main container only running prose survives (a lead in its own box, a second column).
  const chosen = main ? blocks.filter((b) => b.ancestors.includes(main) || isHeadline(b, hints.title) || isRunningProse(b)) : blocks;
  const kept = chosen.filter((b) => !(b.linkChars / b.text.length > 0.5 && b.text.length < 300));
  return { text: kept.map((b) => b.text).join('\n\n'), hints };
}

const isRunningProse = (b: Block) => b.linkChars / b.text.length < 0.2 && b.text.split(/\s+/).length >= PROSE_WORDS;
const PROSE_WORDS = 60;
const isHeadline = (b: Block, title: string | undefined) => b.tag === 'h1' || (!!title && b.text === title);

function hidden(el: Element): boolean {
  const style = (el.attribs.style ?? '').replace(/\s/g, '').toLowerCase();
  return 'hidden' in el.attribs || el.attribs['aria-hidden'] === 'true' || style.includes('display:none') || style.includes('visibility:hidden');
}

function boilerplate(el: Element): boolean {
  const role = (el.attribs.role ?? '').toLowerCase();
  if (role === 'navigation' || role === 'complementary' || role === 'banner' || role === 'contentinfo') return true;
  const tokens = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
  const negative = tokens.some((t) => {
    const parts = t.split(/[-_]+/).filter(Boolean);
    return NEGATIVE.has(t) || NEGATIVE.has(parts[0]) || NEGATIVE.has(parts[parts.length - 1]);
  });
  if (!negative) return false;
  // A positive name wins for elements that hold long text ("post-content tags-wrap").
  return !(tokens.some((t) => POSITIVE.test(t)) && DomUtils.textContent(el).length > 500);
}

function collectBlocks(nodes: ChildNode[]): Block[] {
  const blocks: Block[] = [];
  let cur = { text: '', linkChars: 0, tag: 'div', ancestors: [] as Element[] };
  const flush = () => {
    const t = cur.text.replace(/[ \t\r\n\u00A0]+/g, ' ').trim();
    if (t) blocks.push({ ...cur, text: t });
    cur = { text: '', linkChars: 0, tag: 'div', ancestors: [] };
  };
  const walk = (list: ChildNode[], stack: Element[], inLink: boolean) => {
    for (const n of list) {
      if (n.type === 'text') {
        if (!cur.text) cur.ancestors = stack;
        cur.text += n.data;
        if (inLink) cur.linkChars += n.data.trim().length;
        continue;
      }
      if (n.type !== 'tag') continue;
      const el = n as Element;
      const name = el.name.toLowerCase();
      if (SKIP.has(name) || hidden(el) || boilerplate(el)) continue;
      const block = BLOCK.has(name);
      if (block) flush();
      walk(el.children, [...stack, el], inLink || name === 'a');
      if (block) {
        if (cur.text.trim()) cur.tag = name;
        flush();
      }
    }
  };
  walk(nodes, [], false);
  flush();
  return blocks;
}

/** The element that holds most of the page's running text (Readability-style scoring). */
function mainContainer(blocks: Block[]): Element | null {
  const score = new Map<Element, number>();
  for (const b of blocks) {
    if (b.text.length < 25 || b.linkChars / b.text.length > 0.4) continue;
    if (!PARA.has(b.tag) && b.text.length < 80) continue;
    const s = 1 + (b.text.match(/[,،.;؛]/g) ?? []).length * 0.5 + Math.min(Math.floor(b.text.length / 100), 3);
    const anc = b.ancestors;
    // A paragraph gives to its container, half to the container's parent, a third above that;
    // text written straight into a div gives to that div.
    const start = anc.length && PARA.has(anc[anc.length - 1].name) ? anc.length - 2 : anc.length - 1;
    for (let k = 0; k < 3 && start - k >= 0; k++) {
      const el = anc[start - k];
      score.set(el, (score.get(el) ?? 0) + s / (k + 1));
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''} ${el.name}`;
    const adjusted = s * (POSITIVE.test(names) ? 1.25 : 1);
    if (adjusted > bestScore) {
      best = el;
      bestScore = adjusted;
    }
  }
  // Widen to the parent while what it adds is modest and not link lists (ingredients, subheadings,
  // a lead paragraph in its own box).
  const kept = keptLengths(blocks);
  while (best?.parent && best.parent.type === 'tag' && (best.parent as Element).name !== 'body') {
    const parent = best.parent as Element;
    const own = kept.get(best) ?? 0;
    const all = kept.get(parent) ?? 0;
    if (all > own * 3 + 500) break;
    best = parent;
  }
  return best;
}

/** Text length of the plain (not link-dense) blocks under each element. */
function keptLengths(blocks: Block[]): Map<Element, number> {
  const m = new Map<Element, number>();
  for (const b of blocks) {
    if (b.linkChars / b.text.length > 0.5) continue;
    for (const a of b.ancestors) m.set(a, (m.get(a) ?? 0) + b.text.length);
  }
  return m;
}

const lengths = new WeakMap<Element, number>();
function textLength(el: Element): number {
  let n = lengths.get(el);
  if (n === undefined) lengths.set(el, (n = DomUtils.textContent(el).replace(/\s+/g, ' ').length));
  return n;
}

/** Debugging aid: the tag and class of the container chosen for a page. */
export function describeMain(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true });
  const root = DomUtils.findOne((e) => e.name === 'body', doc.children, true) ?? doc;
  const main = mainContainer(collectBlocks(root.children as ChildNode[]));
  return main ? `${main.name}.${main.attribs.class ?? ''}#${main.attribs.id ?? ''} (${textLength(main)} chars)` : 'none';
}
