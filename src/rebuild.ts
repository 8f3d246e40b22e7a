// Merging stored mentions into events and stories, joining the store and the cluster stage.
// Incremental: the mentions stored and not merged yet are merged in pages, each in one write
// transaction, through the blocking index kept in the store (src/cluster/incremental.ts); only the
// groups and stories they touch are rewritten, and the result is the one `clusterEvents` gives
// over all mentions, whatever order documents came in. `rebuildEvents` forgets every event and
// merges every mention again (after a change of the rules).
import type { MergeTx, Store } from './store/store.js';
import { mergeBlocks, toRecord } from './cluster/merge.js';
import { mergeIncrementally } from './cluster/incremental.js';
import {
  addCard,
  buildStories,
  emptyStory,
  finishStory,
  inStories,
  mergeStories,
  removeCard,
  replaceCard,
  storyCard,
  storyKeysOf,
  type StoryInput,
  type StoryState,
} from './cluster/stories.js';
import { createHash } from 'node:crypto';

/** Mentions merged per transaction. */
const PAGE = 512;

export interface MergeSummary {
  events: number;
  stories: number;
  /** Mentions merged now, and mentions whose decision was checked again. */
  merged: number;
  visited: number;
}

/** Merge every stored mention that is not merged yet; then count the events and stories. */
export async function mergeNewMentions(store: Store): Promise<MergeSummary> {
  return { ...(await mergePending(store)), ...(await store.counts()) };
}

/** Merge every stored mention that is not merged yet (ingest, after each batch). */
export async function mergePending(store: Store): Promise<{ merged: number; visited: number }> {
  let merged = 0;
  let visited = 0;
  for (;;) {
    const step = await store.merge((tx) => mergePage(tx));
    merged += step.merged;
    visited += step.visited;
    if (!step.merged) break;
  }
  return { merged, visited };
}

/** Forget every event and story and merge every mention again, in key order. */
export async function rebuildEvents(store: Store): Promise<MergeSummary> {
  await store.resetMerge();
  return mergeNewMentions(store);
}

const eventId = (group: string) => 'ev_' + createHash('sha256').update(group).digest('hex').slice(0, 10);

async function mergePage(tx: MergeTx): Promise<{ merged: number; visited: number }> {
  // Events of an older schema: merged again from all mentions.
  if (await tx.takeStale()) await tx.reset();
  const keys = await tx.unmerged(PAGE);
  if (!keys.length) return { merged: 0, visited: 0 };
  for (const k of keys) await tx.setBlocks(k, mergeBlocks(await tx.mention(k)));
  const outcome = await mergeIncrementally(tx, keys);
  for (const [k, g] of outcome.moved) await tx.setGroup(k, g);
  // The events whose members changed, and the stories they were in.
  const changed: { id: string; card: Card | null; old: Card | null; story: string | null }[] = [];
  for (const [group, members] of outcome.groups) {
    const id = eventId(group);
    const story = await tx.storyOf(id);
    const old = (await tx.storyCard(id)) as Card | null;
    if (!members.length) {
      await tx.deleteEvent(id);
      changed.push({ id, card: null, old, story });
      continue;
    }
    const e = toRecord(members);
    const card = storyCard(e);
    await tx.putEvent(e, storyKeysOf(card), card);
    changed.push({ id, card, old, story });
  }
  await growStories(tx, changed);
  return { merged: keys.length, visited: outcome.visited };
}

type Card = StoryInput & { first: string };

/**
 * Stories when no story can split: every key a changed event had is still carried by one changed
 * event (itself grown, or the event its mentions went to), so whatever the event linked stays
 * linked, and stories only join. Each changed event joins its old story, the stories owning its
 * keys and the changed events sharing them; each joined story's state is the sum of theirs, the
 * changed events taken out as they were and put back as they are. False when a story could split
 * or a state cannot tell (then the stories are rebuilt from their events).
 */
async function growStories(
  tx: MergeTx,
  changed: { id: string; card: Card | null; old: Card | null; story: string | null }[],
): Promise<void> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const node = (x: string) => (parent.has(x) || parent.set(x, x), x);
  const union = (a: string, b: string) => void parent.set(find(node(a)), find(node(b)));
  const ids = new Set(changed.map((c) => c.id));
  const loose = new Map<string, Card>();
  const keyFirst = new Map<string, string>();
  const keysOf = new Map(changed.map((c) => [c.id, new Set(c.card ? storyKeysOf(c.card) : [])]));
  // Events whose old links no changed event carries on: their story may split.
  const splits = new Set<string>();
  for (const c of changed) {
    if (!c.old) continue;
    const had = storyKeysOf(c.old);
    if (!had.length) continue;
    const covers = (id: string) => had.every((k) => keysOf.get(id)!.has(k));
    const heir = covers(c.id) ? c.id : changed.find((n) => n.card && covers(n.id))?.id;
    if (heir) union(`e:${c.id}`, `e:${heir}`);
    else splits.add(c.id);
  }
  for (const c of changed) {
    const me = node(`e:${c.id}`);
    if (!c.card) {
      if (c.story) union(me, `s:${c.story}`);
      continue;
    }
    if (c.story) union(me, `s:${c.story}`);
    for (const k of storyKeysOf(c.card)) {
      const other = keyFirst.get(k);
      if (other) union(me, other);
      else keyFirst.set(k, me);
      // Every event with this key is in one story (stories are closed under their keys).
      const row = (await tx.keyEvents(k, changed.length + 1)).find((r) => !ids.has(r.id));
      if (!row) continue;
      if (row.story) union(me, `s:${row.story}`);
      else {
        const card = (await tx.storyCard(row.id)) as Card | null;
        if (!card) continue;
        loose.set(row.id, card);
        union(me, `e:${row.id}`);
      }
    }
  }
  interface Class {
    stories: string[];
    add: Card[];
    remove: Card[];
    replace: [Card, Card][];
    events: string[];
    /** Changed events that no longer belong to any story. */
    out: string[];
    changed: string[];
    split: boolean;
  }
  const classes = new Map<string, Class>();
  const classOf = (x: string) => {
    const r = find(node(x));
    let c = classes.get(r);
    if (!c)
      classes.set(
        r,
        (c = {
          stories: [],
          add: [],
          remove: [],
          replace: [],
          events: [],
          out: [],
          changed: [],
          split: false,
        }),
      );
    return c;
  };
  for (const x of [...parent.keys()]) if (x.startsWith('s:')) classOf(x).stories.push(x.slice(2));
  for (const c of changed) {
    const cls = classOf(`e:${c.id}`);
    cls.changed.push(c.id);
    if (splits.has(c.id)) cls.split = true;
    const wasIn = !!(c.old && c.story && inStories(c.old));
    if (c.card) (inStories(c.card) ? cls.events : cls.out).push(c.id);
    if (wasIn && c.card) cls.replace.push([c.old!, c.card]);
    else if (wasIn) cls.remove.push(c.old!);
    else if (c.card && inStories(c.card)) cls.add.push(c.card);
  }
  for (const [id, card] of loose) {
    const cls = classOf(`e:${id}`);
    cls.events.push(id);
    cls.add.push(card);
  }
  const writes: (() => Promise<void>)[] = [];
  const rebuild: Class[] = [];
  for (const cls of classes.values()) {
    let state: StoryState | null = cls.split ? null : emptyStory();
    for (const s of cls.stories) {
      const st = state && ((await tx.storyState(s)) as StoryState | null);
      state = st && 'p' in st ? mergeStories(state!, st) : null;
    }
    for (const [old, now] of cls.replace) if (state && !replaceCard(state, old, now)) state = null;
    for (const c of cls.remove) if (state && !removeCard(state, c)) state = null;
    if (!state) {
      rebuild.push(cls);
      continue;
    }
    for (const c of cls.add) addCard(state, c);
    const story = finishStory(state);
    writes.push(async () => {
      for (const s of cls.stories) if (s !== story?.id) await tx.deleteStory(s);
      if (story) {
        await tx.putStory(story);
        for (const s of cls.stories) if (s !== story.id) await tx.renameStory(s, story.id);
      }
      for (const id of cls.events) await tx.setStory(id, story?.id ?? null);
      for (const id of cls.out) await tx.setStory(id, null);
    });
  }
  for (const w of writes) await w();
  // Where a state cannot tell, or a story may split: the stories rebuilt from their events.
  for (const cls of rebuild) await restory(tx, new Set(cls.changed), new Set(cls.stories));
}
/**
 * Stories again for the events changed and those linked to them: the connected components (by
 * story keys) they are in now, and every event of the stories they were in before.
 */
async function restory(tx: MergeTx, seeds: Set<string>, oldStories: Set<string>): Promise<void> {
  for (const s of oldStories) for (const id of await tx.eventsOfStory(s)) seeds.add(id);
  const component = new Set<string>();
  const queue = [...seeds];
  const seenKeys = new Set<string>();
  while (queue.length) {
    const id = queue.pop()!;
    if (component.has(id)) continue;
    component.add(id);
    for (const k of await tx.storyKeys(id)) {
      if (seenKeys.has(k)) continue;
      seenKeys.add(k);
      for (const other of await tx.eventsWithStoryKey(k)) if (!component.has(other)) queue.push(other);
    }
  }
  // In the order `clusterEvents` makes events (by their first mention), as a rebuild sees them.
  const cards: (StoryInput & { first: string })[] = [];
  const was = new Map<string, string | null>();
  for (const id of component) {
    const card = (await tx.storyCard(id)) as (StoryInput & { first: string }) | null;
    if (!card) continue;
    const old = await tx.storyOf(id);
    was.set(id, old);
    if (old) oldStories.add(old);
    cards.push({ ...card, story: null });
  }
  cards.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const stories = buildStories(cards);
  const kept = new Set(stories.map((s) => s.id));
  for (const s of oldStories) if (!kept.has(s)) await tx.deleteStory(s);
  // The state each story keeps to grow without its events being read again.
  const states = new Map<string, StoryState>();
  for (const c of cards) {
    if (!c.story) continue;
    const st = states.get(c.story) ?? emptyStory();
    addCard(st, c);
    states.set(c.story, st);
  }
  for (const st of states.values()) await tx.putStory(finishStory(st)!);
  for (const c of cards) if (was.get(c.id) !== c.story) await tx.setStory(c.id, c.story);
}
