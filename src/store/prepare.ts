// What storing a document computes from it before any lock is taken: its body (and normalized),
// the MinHash bands that find its copies, the features the merge compares, its mentions, the clitic
// stems the search indexes. At ingest this is done in the analysis worker that made the document
// (the main thread only writes), elsewhere by the store itself.
import type { AnalyzedDocument } from '../types.js';
import { featuresOf, mentionRefsWith } from '../shared/mentions.js';
import { normalize } from '../arabic/normalize.js';
import { shingles } from '../shared/shingles.js';
import { fingerprintOfHashes } from './near-duplicates.js';
import { stems } from '../arabic/clitics.js';
import type { PreparedDocument, StorableDocument } from './store.js';

export type { PreparedDocument, StorableDocument };

export function prepareDocument(doc: AnalyzedDocument): PreparedDocument {
  const body = doc.extraction.paragraphs.map((p) => doc.text.slice(p.span.start, p.span.end)).join('\n');
  const normBody = normalize(body);
  const features = featuresOf(doc, normBody);
  return {
    doc,
    body,
    normBody,
    // The features hold the body's shingle hashes already: the MinHash is taken over them.
    fp: fingerprintOfHashes(features.shingles, () => shingles(normBody).size),
    features,
    mentions: mentionRefsWith(doc, features),
    stems: stemsOfNormalized(normBody),
  };
}

export function prepared(d: StorableDocument): PreparedDocument {
  return 'normBody' in d && 'doc' in d ? d : prepareDocument(d);
}

/** The clitic stems of a normalized text, the search index's words (3 letters at least). */
export function stemsOfNormalized(normalized: string): string {
  const out: string[] = [];
  for (const w of normalized.split(/[^\p{L}\p{N}]+/u)) if (w) out.push(...stems(w, 3));
  return out.join(' ');
}
