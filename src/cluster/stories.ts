// Stories: events linked over time by shared actors (two shared participants, or one shared
// participant and one shared place), and attacks by the town or province they strike (a shelling
// campaign on Idlib is one story whoever the reports name). Connected components, titled from
// what they share.
import { createHash } from 'node:crypto';
import type { EntityRecord } from '../types.js';
import type { EventRecord, Story } from '../shared/records.js';
import { loadKb } from '../entities/kb.js';

/** What stories read of an event (a merged record, or the card the store keeps of it). */
export type StoryInput = Pick<EventRecord, 'id' | 'type' | 'participants' | 'places' | 'story'>;

/** The card of an event the store keeps to rebuild its story without reading the whole record. */
export function storyCard(e: EventRecord): StoryInput & { first: string } {
  return {
    id: e.id,
    first: e.mentions[0],
    type: e.type,
    participants: e.participants.map((p) => ({ id: p.id, ar: p.ar }) as EntityRecord),
    places: e.places.map((p) => ({
      entity: { id: p.entity.id, ar: p.entity.ar } as EntityRecord,
      documents: [],
    })),
    story: null,
  };
}

let countryIds: Set<string> | null = null;
/** An attack's places count below country level (a country names too wide a story). */
const struckPlaces = (e: StoryInput) => {
  countryIds ??= new Set([...loadKb().countryEntity.values()].map((c) => c.id));
  return e.type === 'ASSAULT' ? e.places.map((p) => p.entity.id).filter((id) => !countryIds!.has(id)) : [];
};

/** The keys that link an event to others of its story. */
export const storyKeysOf = (e: StoryInput) => storyKeys(e, struckPlaces(e));

export function buildStories(events: StoryInput[]): Story[] {
  const parent = events.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // Events that share a key are linked; indexing the keys keeps the cost linear in the number of
  // events.
  const struck = events.map(struckPlaces);
  const firstWithKey = new Map<string, number>();
  events.forEach((e, i) => {
    for (const k of storyKeys(e, struck[i])) {
      const j = firstWithKey.get(k);
      if (j === undefined) firstWithKey.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, StoryInput[]>();
  events.forEach((e, i) => {
    if (!e.participants.length && !struck[i].length) return;
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(e);
    else groups.set(root, [e]);
  });
  const stories: Story[] = [];
  for (const group of groups.values()) {
    if (!group.some((e) => e.participants.length) && group.length < 2) continue;
    const ids = group.map((e) => e.id).sort();
    const story: Story = {
      id: 'st_' + createHash('sha256').update(ids[0]).digest('hex').slice(0, 10),
      title: title(group),
      events: ids,
    };
    for (const e of group) e.story = story.id;
    stories.push(story);
  }
  return stories.sort((a, b) => a.id.localeCompare(b.id));
}

/** A pair of participants, a participant and a place, or the town or province an attack strikes. */
function storyKeys(e: StoryInput, attackPlaces: string[]): string[] {
  const ids = e.participants.map((p) => p.id).sort();
  const keys: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) keys.push(`pp|${ids[i]}|${ids[j]}`);
    for (const p of e.places) keys.push(`pl|${ids[i]}|${p.entity.id}`);
  }
  for (const p of attackPlaces) keys.push(`at|${p}`);
  return keys;
}

function title(group: StoryInput[]): string {
  const count = new Map<string, number>();
  for (const e of group) for (const p of e.participants) count.set(p.ar, (count.get(p.ar) ?? 0) + 1);
  const actors = [...count]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([n]) => n);
  const placeCount = new Map<string, number>();
  for (const e of group)
    for (const p of e.places) placeCount.set(p.entity.ar, (placeCount.get(p.entity.ar) ?? 0) + 1);
  const place = [...placeCount].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!actors.length) return place ?? '';
  return `${actors.join(' و')}${place ? ` — ${place}` : ''}`;
}

/**
 * What the store keeps of a story to grow it without reading its events again: its smallest event
 * id (which names it), how many events it has, whether one names a participant, and the tallies its
 * title is made from — each name with how many events give it and where it first appears (the
 * first mention's key of the earliest event giving it, and its place in that event's list).
 */
export interface StoryState {
  id: string;
  title: string;
  min: string;
  size: number;
  people: boolean;
  p: Tally[];
  l: Tally[];
}
type Tally = [name: string, count: number, first: string, index: number];
type Card = StoryInput & { first: string };

/** Whether an event belongs to a story at all (it names a side, or an attack strikes a town). */
export const inStories = (c: StoryInput) => c.participants.length > 0 || struckPlaces(c).length > 0;

export function emptyStory(): StoryState {
  return { id: '', title: '', min: '', size: 0, people: false, p: [], l: [] };
}

const before = (a: Tally, first: string, index: number) => a[2] < first || (a[2] === first && a[3] < index);

function tallyAdd(list: Tally[], name: string, first: string, index: number): void {
  const t = list.find((x) => x[0] === name);
  if (!t) list.push([name, 1, first, index]);
  else {
    t[1]++;
    if (!before(t, first, index)) [t[2], t[3]] = [first, index];
  }
}

/** Add an event (that belongs to stories) to a story's state. */
export function addCard(s: StoryState, c: Card): void {
  s.size++;
  if (c.participants.length) s.people = true;
  if (!s.min || c.id < s.min) s.min = c.id;
  c.participants.forEach((p, i) => tallyAdd(s.p, p.ar, c.first, i));
  c.places.forEach((p, i) => tallyAdd(s.l, p.entity.ar, c.first, i));
}

/**
 * Take an event back out of a story's state (it changed); false when the state cannot tell the
 * story without it (the event named the story or held the first appearance of a name).
 */
export function removeCard(s: StoryState, c: Card): boolean {
  if (c.id === s.min) return false;
  for (const [list, names] of [
    [s.p, c.participants.map((p) => p.ar)],
    [s.l, c.places.map((p) => p.entity.ar)],
  ] as const) {
    for (const n of names) {
      const t = list.find((x) => x[0] === n);
      if (!t || t[2] === c.first) return false;
      t[1]--;
    }
    for (let i = list.length - 1; i >= 0; i--) if (list[i][1] <= 0) list.splice(i, 1);
  }
  s.size--;
  return true;
}

export function mergeStories(a: StoryState, b: StoryState): StoryState {
  const out: StoryState = {
    ...emptyStory(),
    size: a.size + b.size,
    people: a.people || b.people,
    min: !a.min ? b.min : !b.min || a.min < b.min ? a.min : b.min,
  };
  for (const [into, from] of [
    [out.p, [...a.p, ...b.p]],
    [out.l, [...a.l, ...b.l]],
  ] as const) {
    for (const t of from) {
      const x = into.find((y) => y[0] === t[0]);
      if (!x) into.push([...t]);
      else {
        x[1] += t[1];
        if (before(t, x[2], x[3])) [x[2], x[3]] = [t[2], t[3]];
      }
    }
  }
  return out;
}

/** The story's id and title from its state; null when it is no story (one attack naming no side). */
export function finishStory(s: StoryState): StoryState | null {
  if (!s.size || (!s.people && s.size < 2)) return null;
  const order = (list: Tally[]) => [...list].sort((a, b) => b[1] - a[1] || (before(a, b[2], b[3]) ? -1 : 1));
  const actors = order(s.p)
    .slice(0, 2)
    .map((t) => t[0]);
  const place = order(s.l)[0]?.[0];
  const title = !actors.length ? (place ?? '') : `${actors.join(' و')}${place ? ` — ${place}` : ''}`;
  return { ...s, id: 'st_' + createHash('sha256').update(s.min).digest('hex').slice(0, 10), title };
}

/**
 * Put a changed event back into a story's state as it is now (`old` as it was): its first mention,
 * and so its place before every other event, is the same. False when the state cannot tell (a name
 * it no longer gives appeared first in it, or it no longer names a side).
 */
export function replaceCard(s: StoryState, old: Card, now: Card): boolean {
  if (!inStories(now)) return removeCard(s, old);
  if (old.participants.length && !now.participants.length) return false;
  for (const [list, was, is] of [
    [s.p, old.participants.map((p) => p.ar), now.participants.map((p) => p.ar)],
    [s.l, old.places.map((p) => p.entity.ar), now.places.map((p) => p.entity.ar)],
  ] as const) {
    for (const n of was) {
      const t = list.find((x) => x[0] === n);
      if (!t) return false;
      t[1]--;
    }
    for (const t of list) if (t[2] === now.first) t[3] = Infinity;
    is.forEach((n, i) => tallyAdd(list, n, now.first, i));
    for (const t of list) if (t[3] === Infinity && t[1] > 0) return false;
    for (let i = list.length - 1; i >= 0; i--) if (list[i][1] <= 0) list.splice(i, 1);
  }
  return true;
}
