// Repeated-item groups of a page: sibling elements of one template (the same tag and class words
// under the same parent, three or more) — a shop's grid, a listing's cards, a forum's posts, a
// menu. Each block is placed in the innermost group above it (its item, and its field: the path
// of elements from the item down to it), and in the largest group above it by characters. One
// pass over the blocks' stacks, so linear in the page's blocks times their depth.
import type { BlockPage } from '../blocks.js';
import { PairIds, StringIds, signatureOf } from './pair-ids.js';

export interface ItemGroups {
  /** Per group: its items, characters, link characters and blocks. */
  items: number[];
  chars: number[];
  linkChars: number[];
  blocks: number[];
  /** Per block: its innermost group (-1 for none), its largest one, and its field there. */
  inner: Int32Array;
  largest: Int32Array;
  field: Int32Array;
  /** Per field: the items that hold it. */
  fieldItems: number[];
  /** The page's largest group by characters (-1 for none). */
  top: number;
}

export const GROUP_MIN_ITEMS = 3;
const cache = new WeakMap<BlockPage, ItemGroups>();

export function itemGroups(page: BlockPage): ItemGroups {
  const hit = cache.get(page);
  if (hit) return hit;
  const bs = page.blocks;
  const els = page.els;
  const n = bs.length;
  // Keys as numbers (pair-ids.ts): an element's template (tag and class), its parent and template.
  const tags = new StringIds();
  const sig = signatureOf(els, tags, (id) => els[id].cls);
  const keyIds = new PairIds();
  // Elements by parent and template; an element is counted once.
  const keyOf = new Int32Array(els.length).fill(-1);
  const members = new Map<number, number[]>();
  for (const b of bs) {
    const st = b.stack;
    for (let j = 0; j < st.length; j++) {
      const id = st[j];
      if (keyOf[id] >= 0) continue;
      const key = keyIds.id(j ? st[j - 1] : -1, sig(id));
      keyOf[id] = key;
      const m = members.get(key);
      if (m) m.push(id);
      else members.set(key, [id]);
    }
  }
  const groupOf = new Int32Array(keyIds.size).fill(-1);
  const g: ItemGroups = {
    items: [],
    chars: [],
    linkChars: [],
    blocks: [],
    inner: new Int32Array(n).fill(-1),
    largest: new Int32Array(n).fill(-1),
    field: new Int32Array(n).fill(-1),
    fieldItems: [],
    top: -1,
  };
  for (const [key, ids] of members) {
    if (ids.length < GROUP_MIN_ITEMS) continue;
    const k = g.items.length;
    groupOf[key] = k;
    let chars = 0;
    let link = 0;
    let blocks = 0;
    for (const id of ids) {
      chars += page.stats[id].chars;
      link += page.stats[id].linkChars;
      blocks += page.stats[id].blocks;
    }
    g.items.push(ids.length);
    g.chars.push(chars);
    g.linkChars.push(link);
    g.blocks.push(blocks);
    if (g.top < 0 || chars > g.chars[g.top]) g.top = k;
  }
  // A field's number: a chain from its group (-1 first, so that no chain is a prefix of another's).
  const chain = new PairIds();
  const fields = new Map<number, number>();
  const lastItem: number[] = [];
  for (let i = 0; i < n; i++) {
    const st = bs[i].stack;
    for (let j = st.length - 1; j >= 0; j--) {
      const k = groupOf[keyOf[st[j]]];
      if (k < 0) continue;
      if (g.inner[i] < 0) {
        g.inner[i] = k;
        let path = chain.id(chain.id(-1, k), tags.id(bs[i].tag));
        for (let d = j + 1; d < st.length; d++) path = chain.id(path, sig(st[d]));
        let f = fields.get(path);
        if (f === undefined) {
          fields.set(path, (f = g.fieldItems.length));
          g.fieldItems.push(0);
          lastItem.push(-1);
        }
        g.field[i] = f;
        if (lastItem[f] !== st[j]) {
          lastItem[f] = st[j];
          g.fieldItems[f]++;
        }
      }
      if (g.largest[i] < 0 || g.chars[k] > g.chars[g.largest[i]]) g.largest[i] = k;
    }
  }
  cache.set(page, g);
  return g;
}
