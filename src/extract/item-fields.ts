// The fields of a kept grid's cards: a shop's or a listing's cards are one template, and when the
// classifier keeps a field that most cards hold (their names), the cards are the page's content:
// their other steady fields (a price, a rating, a spec line) belong with them, even where the
// classifier doubts each of them alone (short, digits, no sentence). A page that sells no one
// product and shows a grid of priced cards (a shop's category, a bestseller list) is that grid.
import type { RenderedPage } from './html.js';
import { PairIds, StringIds, signatureOf } from './classifier/pair-ids.js';
import { CURRENCY } from './classifier/features.js';

/**
 * For each group of sibling items (five or more elements of one tag and class words under one
 * parent, digits aside), each field (the path of elements from the item down to a block, and the
 * block's tag) is scored by its mean over the items. When a field that three fifths of the items
 * hold is kept (its mean at the bar) and is short (a name: 30 words at most on average), every
 * other field that three fifths of the items hold and that averages FIELD_BAR or more is kept in
 * every item. On a page that is not one product's own page, the group whose items most often
 * show a price (three fifths of its items or more) is kept even where the classifier cut its
 * names: every steady field of it, the cards being what the page lists. The scores, changed in
 * place.
 */
export function cardFields(page: RenderedPage, p: Float32Array, threshold: number): Float32Array {
  const bs = page.page.blocks;
  const els = page.page.els;
  const tags = new StringIds();
  const sig = signatureOf(els, tags, (id) => els[id].cls);
  // Sibling groups: parent and template; their members.
  const keyIds = new PairIds();
  const members: Set<number>[] = [];
  const keyOf = new Int32Array(els.length).fill(-1);
  for (const b of bs) {
    const st = b.stack;
    for (let j = 1; j < st.length; j++) {
      const id = st[j];
      if (keyOf[id] >= 0) continue;
      const key = keyIds.id(st[j - 1], sig(id));
      keyOf[id] = key;
      (members[key] ??= new Set()).add(id);
    }
  }
  // Fields of every group a block is in: (group, path below the item, tag), the path built from
  // the block up so that each level adds one step.
  const below = new PairIds();
  const fieldIds = new PairIds();
  const fieldGroup: number[] = [];
  const sum: number[] = [];
  const words: number[] = [];
  const count: number[] = [];
  const items: number[] = [];
  const lastItem: number[] = [];
  const fieldsOf: number[][] = [];
  // Per group: its items that show a price.
  const priced: Set<number>[] = [];
  const sells = !oneProduct(page.page.types);
  const big = (id: number) => (members[keyOf[id]]?.size ?? 0) >= CARD_ITEMS;
  for (let i = 0; i < bs.length; i++) {
    const st = bs[i].stack;
    const fs: number[] = [];
    fieldsOf.push(fs);
    // The outermost item the block is in: no field is read above it (nor numbered).
    let outer = 1;
    while (outer < st.length && !big(st[outer])) outer++;
    if (outer === st.length) continue;
    const w = spaces(bs[i].text);
    const price = sells && isPrice(bs[i].text);
    let path = below.id(-1, tags.id(bs[i].tag));
    for (let j = st.length - 1; j >= outer; j--) {
      const key = keyOf[st[j]];
      if ((members[key]?.size ?? 0) >= CARD_ITEMS) {
        const f = fieldIds.id(key, path);
        if (sum[f] === undefined) {
          sum[f] = 0;
          count[f] = 0;
          items[f] = 0;
          lastItem[f] = -1;
          fieldGroup[f] = key;
          words[f] = 0;
        }
        sum[f] += p[i];
        words[f] += w;
        count[f]++;
        if (lastItem[f] !== st[j]) {
          lastItem[f] = st[j];
          items[f]++;
        }
        if (price) (priced[key] ??= new Set()).add(st[j]);
        fs.push(f);
      }
      if (j > outer) path = below.id(path, sig(st[j]));
    }
  }
  // Groups with a kept steady field.
  const steady = (f: number) => items[f] >= CARD_STEADY * members[fieldGroup[f]].size;
  const keptGroup = new Set<number>();
  for (let f = 0; f < sum.length; f++)
    if (
      sum[f] !== undefined &&
      steady(f) &&
      sum[f] / count[f] >= threshold &&
      words[f] / count[f] <= ANCHOR_WORDS
    )
      keptGroup.add(fieldGroup[f]);
  // The priced grid: the group with the most items showing a price (one whose names are kept
  // keeps its fields as any kept grid does).
  let grid = -1;
  priced.forEach((items, key) => {
    if (
      items.size >= CARD_ITEMS &&
      items.size >= CARD_STEADY * members[key].size &&
      (grid < 0 || items.size > priced[grid].size)
    )
      grid = key;
  });
  if (keptGroup.has(grid)) grid = -1;
  if (!keptGroup.size && grid < 0) return p;
  for (let i = 0; i < bs.length; i++)
    for (const f of fieldsOf[i])
      if (
        steady(f) &&
        (fieldGroup[f] === grid || (keptGroup.has(fieldGroup[f]) && sum[f] / count[f] >= FIELD_BAR))
      ) {
        p[i] = Math.max(p[i], threshold);
        break;
      }
  return p;
}
const CARD_ITEMS = 5;
// A card's name, not a post: a kept field of long texts (a thread's posts) raises nothing.
const ANCHOR_WORDS = 30;
/** Words of a text, split at single spaces. */
function spaces(t: string): number {
  let n = 1;
  for (let i = t.indexOf(' '); i >= 0; i = t.indexOf(' ', i + 1)) n++;
  return n;
}
const CARD_STEADY = 0.6;

/** A card's price: a short block with digits and a currency ("$39.00", "149,00 €", "١٢٠ ريال"). */
function isPrice(t: string): boolean {
  return t.length <= PRICE_CHARS && /[\d\u0660-\u0669\u06f0-\u06f9]/.test(t) && CURRENCY.test(t);
}
const PRICE_CHARS = 120;
// A page that says it is one product (a shop's product page: its grids are other products) and
// not a list of them (a category page marks its cards as products too).
const PRODUCT = /^(?:product|og:product|productgroup)$/;
const LIST = /^(?:itemlist|collectionpage|searchresultspage|offercatalog|og:product\.group)$/;
function oneProduct(types: string[]): boolean {
  return types.some((t) => PRODUCT.test(t)) && !types.some((t) => LIST.test(t));
}
const FIELD_BAR = 0.4;
