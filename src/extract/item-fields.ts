// The fields of a kept grid's cards: a shop's or a listing's cards are one template, and when the
// classifier keeps a field that most cards hold (their names), the cards are the page's content:
// their other steady fields (a price, a rating, a spec line) belong with them, even where the
// classifier doubts each of them alone (short, digits, no sentence).
import type { RenderedPage } from './html.js';
import { PairIds, StringIds, signatureOf } from './classifier/pair-ids.js';

/**
 * For each group of sibling items (five or more elements of one tag and class words under one
 * parent, digits aside), each field (the path of elements from the item down to a block, and the
 * block's tag) is scored by its mean over the items. When a field that three fifths of the items
 * hold is kept (its mean at the bar) and is short (a name: 30 words at most on average), every
 * other field that three fifths of the items hold and that averages FIELD_BAR or more is kept in
 * every item. The scores, changed in place.
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
  for (let i = 0; i < bs.length; i++) {
    const st = bs[i].stack;
    const fs: number[] = [];
    const w = spaces(bs[i].text);
    let path = below.id(-1, tags.id(bs[i].tag));
    for (let j = st.length - 1; j >= 1; j--) {
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
        fs.push(f);
      }
      path = below.id(path, sig(st[j]));
    }
    fieldsOf.push(fs);
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
  if (!keptGroup.size) return p;
  for (let i = 0; i < bs.length; i++)
    for (const f of fieldsOf[i])
      if (keptGroup.has(fieldGroup[f]) && steady(f) && sum[f] / count[f] >= FIELD_BAR) {
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
const FIELD_BAR = 0.4;
