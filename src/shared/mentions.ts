// An analyzed document's event mentions as the cluster stage and the store see them.
import { normalize } from '../arabic/normalize.js';
import type { AnalyzedDocument } from '../types.js';
import type { MentionRef } from './records.js';

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
