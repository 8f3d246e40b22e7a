// One text through the whole pipeline, as a plain-text document published on `published`
// (`id` names the document where a test reads it back; the text itself otherwise).
import { analyze } from '../../src/pipeline.js';
import { normalize } from '../../src/arabic/normalize.js';
import type { AnalyzedDocument, Claim } from '../../src/types.js';

export function analyzeText(text: string, published?: string | null, id?: string): AnalyzedDocument {
  return analyze(
    {
      source: id ?? 'test',
      identity: id ?? text,
      kind: 'text',
      content: text,
      hints: published ? { published } : {},
      messages: [],
    },
    { seen: new Date('2026-11-23') },
  );
}

/** The document's claim whose span holds the quote (compared as normalized text). */
export function claimWith(doc: AnalyzedDocument, quote: string): Claim | undefined {
  const q = normalize(quote);
  return doc.claims.find((c) => normalize(doc.text.slice(c.span.start, c.span.end)).includes(q));
}
