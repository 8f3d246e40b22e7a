// The cluster stage: event mentions of all documents -> merged events -> stories.
import { clusterEvents, type ClusterOptions } from './merge.js';
import { buildStories } from './stories.js';
import type { EventRecord, MentionRef, Story } from '../shared/records.js';

export type { EventRecord, Story, MentionRef } from '../shared/records.js';
export { mentionRefs } from '../shared/mentions.js';

export function cluster(
  mentions: MentionRef[],
  opts?: ClusterOptions,
): { events: EventRecord[]; stories: Story[] } {
  const events = clusterEvents(mentions, opts);
  const stories = buildStories(events);
  return { events, stories };
}
