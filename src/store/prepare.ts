// What storing a document computes from it before any lock is taken: its body (and normalized),
// the MinHash bands that find its copies, the features the merge compares, its mentions, the clitic
// stems the search indexes. At ingest this is done in the analysis worker that made the document
// (the main thread only writes), elsewhere by the store itself.
import type { AnalyzedDocument } from '../types.js';
import { featuresOf, mentionRefsWith } from '../shared/mentions.js';
import { normalize } from '../arabic/normalize.js';
import { shingles } from '../shared/shingles.js';
import { fingerprintOfHashes } from './near-duplicates.js';
import { stemsOfNormalized } from './search-text.js';
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
