// An analyzed document's event mentions as the cluster stage and the store see them.
import { normalize } from '../arabic/normalize.js';
import type { AnalyzedDocument } from '../types.js';
import type { MentionRef } from './records.js';
import { docFeatures, type DocFeatures } from './features.js';

/** The mentions of one analyzed document, as clustering sees them. */
export function mentionRefs(doc: AnalyzedDocument): MentionRef[] {
  return mentionRefsWith(doc, featuresOf(doc));
}

/** The same, with the document's features already computed (the store computes them once). */
export function mentionRefsWith(doc: AnalyzedDocument, f: DocFeatures): MentionRef[] {
  const people = [...new Set(doc.entities.filter((m) => m.entity.type === 'PERSON').map((m) => m.entity.id))];
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
    claims: doc.claims
      .filter((c) => c.event === event.index)
      .map((c) => ({ ...c, document: doc.id, text: doc.text.slice(c.span.start, c.span.end) })),
    people,
    features: f,
  }));
}

/** The article's paragraphs, normalized: what copies and similarity are computed on. */
export function normalizedBody(doc: AnalyzedDocument): string {
  return normalize(doc.extraction.paragraphs.map((p) => doc.text.slice(p.span.start, p.span.end)).join('\n'));
}

/**
 * The document's features: the shingles of its body, and the TF-IDF vector of its body with the
 * names it gives blanked (not its descriptions: "الجيش السوري" stays): what two reports of one
 * happening share beyond the sides they name (which blocking and the rules already compare).
 */
export function featuresOf(doc: AnalyzedDocument, body = normalizedBody(doc)): DocFeatures {
  const spans = doc.entities
    .filter((e) => !e.descriptive)
    .map((e) => e.span)
    .sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.end <= at) continue;
    const start = Math.max(at, s.start);
    parts.push(doc.text.slice(at, start), ' '.repeat(s.end - start));
    at = s.end;
  }
  parts.push(doc.text.slice(at));
  return docFeatures(body, normalizedBody({ ...doc, text: parts.join('') }));
}
