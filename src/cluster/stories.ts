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
    places: e.places.map((p) => ({ entity: { id: p.entity.id, ar: p.entity.ar } as EntityRecord, documents: [] })),
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
    const story: Story = { id: 'st_' + createHash('sha256').update(ids[0]).digest('hex').slice(0, 10), title: title(group), events: ids };
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
  const actors = [...count].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([n]) => n);
  const placeCount = new Map<string, number>();
  for (const e of group) for (const p of e.places) placeCount.set(p.entity.ar, (placeCount.get(p.entity.ar) ?? 0) + 1);
  const place = [...placeCount].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!actors.length) return place ?? '';
  return `${actors.join(' و')}${place ? ` — ${place}` : ''}`;
}
