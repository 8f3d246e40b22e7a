// Incremental merging: new mentions join, split or create events through the blocking index kept
// in the store, touching only the mentions whose decisions can change, and the result is the
// events `clusterEvents` gives over all mentions (in whatever order the documents came).
//
// Why that holds. `clusterEvents` visits mentions in key order; each joins the first candidate
// group (in the order groups entered its blocks) it matches, or starts a group named by its key.
// Replay that visit with the new mentions inserted: before the first new key nothing changes.
// A group is *dirty* once its members so far differ between the old run and the new one (the new
// mention's group, and both groups of a mention that decides otherwise than before). A mention
// none of whose lookup blocks holds a member of a dirty group sees the very candidates it saw
// before, with the same members, in the same order: it decides as before and need not be visited.
// So only the new mentions and the mentions looking up a block a dirty group's member registers in
// (a *tainted* block) are visited again, in key order; every other mention keeps its stored group.
import type { MentionRef } from '../shared/records.js';
import type { Awaitable } from '../shared/awaitable.js';
import { firstJoined, joins, mergeEvidence } from './merge.js';

/** What the incremental merge reads of the store (within one write transaction). */
export interface MergeIndex {
  /** Mentions registering in `block`, keys below `before`, ascending, with their stored group. */
  adders(block: string, before: string): Awaitable<{ key: string; group: string | null }[]>;
  /** Mentions looking up `block`, keys above `after`. */
  lookers(block: string, after: string): Awaitable<string[]>;
  /** The blocks a stored mention registers in and looks up. */
  blocks(key: string): Awaitable<{ adds: string[]; lookups: string[] }>;
  /** The stored group (its first mention's key) of a mention; null for a new one. */
  groupOf(key: string): Awaitable<string | null>;
  /** The stored members of a group. */
  members(group: string): Awaitable<string[]>;
  mention(key: string): Awaitable<MentionRef>;
}

export interface MergeOutcome {
  /** Mentions whose group is new or changed: key → group. */
  moved: Map<string, string>;
  /** Every group whose members changed, with its members now in key order (empty: gone). */
  groups: Map<string, MentionRef[]>;
  /** Mentions visited (the new ones and those whose decision had to be checked again). */
  visited: number;
}

/** Merge new mentions (already in the index, with no group) into the stored groups. */
export async function mergeIncrementally(index: MergeIndex, newKeys: string[]): Promise<MergeOutcome> {
  const evidence = mergeEvidence(true);
  const moved = new Map<string, string>();
  const movedIn = new Map<string, Set<string>>();
  const dirty = new Set<string>();
  const tainted = new Set<string>();
  const queued = new Set<string>(newKeys);
  const queue = new MinQueue(newKeys);
  let current = '';
  let visited = 0;

  /** A group's members in the new run (those below `before`), ascending. */
  const membersNow = async (group: string, before?: string): Promise<string[]> => {
    const out = (await index.members(group)).filter((k) => !moved.has(k) || moved.get(k) === group);
    for (const k of movedIn.get(group) ?? []) if (!out.includes(k)) out.push(k);
    out.sort(cmp);
    return before === undefined ? out : out.filter((k) => k < before);
  };
  const mentions = async (keys: string[]) => {
    const out: MentionRef[] = [];
    for (const k of keys) out.push(await index.mention(k));
    return out;
  };
  const taint = async (blocks: string[]) => {
    for (const b of blocks) {
      if (tainted.has(b)) continue;
      tainted.add(b);
      for (const z of await index.lookers(b, current)) {
        if (!queued.has(z)) {
          queued.add(z);
          queue.push(z);
        }
      }
    }
  };
  const markDirty = async (group: string) => {
    if (dirty.has(group)) return;
    dirty.add(group);
    for (const k of new Set([...(await index.members(group)), ...(movedIn.get(group) ?? [])]))
      await taint((await index.blocks(k)).adds);
  };

  while (queue.size) {
    const y = queue.pop()!;
    current = y;
    visited++;
    const m = await index.mention(y);
    const { adds, lookups } = await index.blocks(y);
    // The candidate groups in the order `clusterEvents` tries them, with their members so far:
    // the first joined on the rules alone (read no further), else the first with ties too
    // (`firstJoined`).
    const seen = new Set<string>();
    const candidates: (MentionRef[] & { group?: string })[] = [];
    const strict = { ...evidence, ties: false };
    let joined: string | undefined;
    for (const b of lookups) {
      for (const x of await index.adders(b, y)) {
        const g = moved.get(x.key) ?? x.group;
        if (!g || seen.has(g)) continue;
        seen.add(g);
        const members = await mentions(await membersNow(g, y));
        if (joins(members, m, strict)) {
          joined = g;
          break;
        }
        candidates.push(Object.assign(members, { group: g }));
      }
      if (joined) break;
    }
    const group = joined ?? firstJoined(candidates, m, evidence)?.group ?? y;
    const before = await index.groupOf(y);
    if (group !== before) {
      moved.set(y, group);
      const set = movedIn.get(group) ?? new Set<string>();
      set.add(y);
      movedIn.set(group, set);
      await markDirty(group);
      if (before) await markDirty(before);
    }
    if (dirty.has(group) || (before && dirty.has(before))) await taint(adds);
  }

  const groups = new Map<string, MentionRef[]>();
  for (const g of dirty) groups.set(g, await mentions(await membersNow(g)));
  return { moved, groups, visited };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A binary min-heap of keys. */
class MinQueue {
  private heap: string[] = [];
  constructor(items: string[]) {
    for (const x of items) this.push(x);
  }
  get size(): number {
    return this.heap.length;
  }
  push(x: string): void {
    const h = this.heap;
    h.push(x);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p] <= x) break;
      h[i] = h[p];
      i = p;
    }
    h[i] = x;
  }
  pop(): string | undefined {
    const h = this.heap;
    if (!h.length) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= h.length) break;
        const c = l + 1 < h.length && h[l + 1] < h[l] ? l + 1 : l;
        if (h[c] >= last) break;
        h[i] = h[c];
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}
