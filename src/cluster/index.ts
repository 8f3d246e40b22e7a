// The cluster stage: event mentions of all documents -> merged events -> stories.
import type { AnalyzedDocument } from '../types.js';
import { normalize } from '../arabic/normalize.js';
import { clusterEvents, type ClusterOptions } from './merge.js';
import { buildStories } from './stories.js';
import type { EventRecord, MentionRef, Story } from './types.js';

export type { EventRecord, Story, MentionRef } from './types.js';

/** The mentions of one analyzed document, as clustering sees them. */
export function mentionRefs(doc: AnalyzedDocument): MentionRef[] {
  const body = normalize(doc.extraction.paragraphs.map((p) => doc.text.slice(p.span.start, p.span.end)).join('\n'));
  return doc.events.map((event) => ({
    key: `${doc.id}#${String(event.index).padStart(3, '0')}`,
    document: doc.id,
    event,
    report: {
      document: doc.id,
      source: doc.source,
      url: doc.extraction.url,
      outlet: doc.extraction.outlet?.value ?? null,
      published: doc.extraction.published?.value.value ?? null,
      title: doc.extraction.title?.value ?? null,
    },
    claims: doc.claims.filter((c) => c.event === event.index).map((c) => ({ ...c, document: doc.id, text: doc.text.slice(c.span.start, c.span.end) })),
    text: body,
  }));
}

export function cluster(mentions: MentionRef[], opts?: ClusterOptions): { events: EventRecord[]; stories: Story[] } {
  const events = clusterEvents(mentions, opts);
  const stories = buildStories(events);
  return { events, stories };
}
