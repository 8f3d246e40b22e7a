// The cards of a landing page: a service's or a company's page that is not an article and not
// one product's own page shows its offers, its features and its clients' words as a run of
// cards of one template, each a heading and a paragraph of its own text. The classifier reads
// each card alone (short, one of many, far from the page's prose) and cuts them, where they are
// the page's content beside its introduction.
import type { RenderedPage } from './html.js';
import { itemGroups } from './classifier/groups.js';
import { GROUPS } from './blocks.js';

/**
 * On a page that keeps some text of its own (OWN_WORDS) and says it is neither an article nor a
 * product, a group of sibling items (3 to 12 of one template, six blocks an item at most: cards,
 * not a shop's grid nor a page's sections) is a run of cards when three fifths of its items or
 * more hold a teaser: a block of TEASER_WORDS words or more, not a heading, mostly not a link, not
 * pruned by the rules (navigation, footer, aside), not code, and not under an element named for
 * comments, posts, reviews or related pages. After the page's first kept block, such a group's
 * teasers and the headings of its items are kept. The scores, changed in place.
 */
export function offerCards(page: RenderedPage, p: Float32Array, threshold: number): Float32Array {
  const bs = page.page.blocks;
  const types = page.page.types;
  if (types.some((t) => NOT_LANDING.has(t))) return p;
  // The page's own text, and where it starts: cards before it (a menu's) are not its sections.
  let own = 0;
  let first = -1;
  for (let i = 0; i < bs.length; i++)
    if (p[i] >= threshold) {
      own += words(bs[i].text);
      if (first < 0) first = i;
    }
  if (own < OWN_WORDS) return p;
  const g = itemGroups(page.page);
  const els = page.page.els;
  const teaser = (i: number) =>
    g.inner[i] >= 0 &&
    !heading(bs[i].tag) &&
    !bs[i].prune &&
    !bs[i].code &&
    bs[i].linkChars <= LINK_SHARE * bs[i].text.length &&
    words(bs[i].text) >= TEASER_WORDS &&
    !bs[i].stack.some((id) => els[id].ownMask & NOT_CARD);
  const teasers = new Int32Array(g.items.length);
  for (let i = 0; i < bs.length; i++) if (teaser(i)) teasers[g.inner[i]]++;
  const cards = (k: number) =>
    teasers[k] >= MIN_ITEMS &&
    g.items[k] <= MAX_ITEMS &&
    teasers[k] >= STEADY * g.items[k] &&
    g.blocks[k] <= CARD_BLOCKS * g.items[k];
  for (let i = 0; i < bs.length; i++) {
    const k = g.inner[i];
    if (k < 0 || !cards(k) || bs[i].prune || i < first) continue;
    if (teaser(i) || heading(bs[i].tag)) p[i] = Math.max(p[i], threshold);
  }
  return p;
}
const NOT_LANDING = new Set([
  'og:article',
  'article',
  'newsarticle',
  'blogposting',
  'product',
  'og:product',
  'productgroup',
]);
const OWN_WORDS = 20;
const MIN_ITEMS = 3;
// A grid of a shop's or a catalogue's products, not a page's offers.
const MAX_ITEMS = 12;
const STEADY = 0.6;
const TEASER_WORDS = 12;
const LINK_SHARE = 0.5;
const CARD_BLOCKS = 6;
const NOT_CARD = ['comment', 'post', 'review', 'related'].reduce(
  (m, name) => m | (1 << GROUPS.findIndex(([g]) => g === name)),
  0,
);
const heading = (tag: string) => /^h[1-6]$/.test(tag);

function words(t: string): number {
  return t.match(/\S+/g)?.length ?? 0;
}
