// Merging stored mentions into events and stories, joining the store and the cluster stage.
// Incremental: the mentions stored and not merged yet are merged in pages, each in one write
// transaction, through the blocking index kept in the store (src/cluster/incremental.ts); only the
// groups and stories they touch are rewritten, and the result is the one `clusterEvents` gives
// over all mentions, whatever order documents came in. `rebuildEvents` forgets every event and
// merges every mention again (after a change of the rules).
import type { MergeTx, Store } from './store/store.js';
import { mergeBlocks, toRecord } from './cluster/merge.js';
import { mergeIncrementally } from './cluster/incremental.js';
import { buildStories, storyCard, storyKeysOf, type StoryInput } from './cluster/stories.js';
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

function mergePage(tx: MergeTx): { merged: number; visited: number } {
  // Events of an older schema: merged again from all mentions.
  if (tx.takeStale()) tx.reset();
  const keys = tx.unmerged(PAGE);
  if (!keys.length) return { merged: 0, visited: 0 };
  for (const k of keys) tx.setBlocks(k, mergeBlocks(tx.mention(k)));
  const outcome = mergeIncrementally(tx, keys);
  for (const [k, g] of outcome.moved) tx.setGroup(k, g);
  // The events whose members changed, and the stories they were in.
  const oldStories = new Set<string>();
  const seeds = new Set<string>();
  for (const [group, members] of outcome.groups) {
    const id = eventId(group);
    const story = tx.storyOf(id);
    if (story) oldStories.add(story);
    seeds.add(id);
    if (!members.length) {
      tx.deleteEvent(id);
      continue;
    }
    const e = toRecord(members);
    tx.putEvent(e, storyKeysOf(e), storyCard(e));
  }
  restory(tx, seeds, oldStories);
  return { merged: keys.length, visited: outcome.visited };
}

/**
 * Stories again for the events changed and those linked to them: the connected components (by
 * story keys) they are in now, and every event of the stories they were in before.
 */
function restory(tx: MergeTx, seeds: Set<string>, oldStories: Set<string>): void {
  for (const s of oldStories) for (const id of tx.eventsOfStory(s)) seeds.add(id);
  const component = new Set<string>();
  const queue = [...seeds];
  const seenKeys = new Set<string>();
  while (queue.length) {
    const id = queue.pop()!;
    if (component.has(id)) continue;
    component.add(id);
    for (const k of tx.storyKeys(id)) {
      if (seenKeys.has(k)) continue;
      seenKeys.add(k);
      for (const other of tx.eventsWithStoryKey(k)) if (!component.has(other)) queue.push(other);
    }
  }
  // In the order `clusterEvents` makes events (by their first mention), as a rebuild sees them.
  const cards: (StoryInput & { first: string })[] = [];
  const was = new Map<string, string | null>();
  for (const id of component) {
    const card = tx.storyCard(id) as (StoryInput & { first: string }) | null;
    if (!card) continue;
    const old = tx.storyOf(id);
    was.set(id, old);
    if (old) oldStories.add(old);
    cards.push({ ...card, story: null });
  }
  cards.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const stories = buildStories(cards);
  const kept = new Set(stories.map((s) => s.id));
  for (const s of oldStories) if (!kept.has(s)) tx.deleteStory(s);
  for (const s of stories) tx.putStory(s);
  for (const c of cards) if (was.get(c.id) !== c.story) tx.setStory(c.id, c.story);
}
