// Recompute merged events and stories from every stored mention. Mentions are visited in a
// canonical order, so the result does not depend on the order documents were ingested in.
import type { Store } from './store/store.js';
import { cluster } from './cluster/index.js';

export async function rebuildEvents(store: Store): Promise<{ events: number; stories: number }> {
  const { events, stories } = cluster(await store.allMentions());
  await store.replaceEvents(events, stories);
  return { events: events.length, stories: stories.length };
}
