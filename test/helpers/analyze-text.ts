// One text through the whole pipeline, as a plain-text document published on `published`.
import { analyze } from '../../src/pipeline.js';
import type { AnalyzedDocument } from '../../src/types.js';

export function analyzeText(text: string, published?: string): AnalyzedDocument {
  return analyze(
    {
      source: 'test',
      identity: text,
      kind: 'text',
      content: text,
      hints: published ? { published } : {},
      messages: [],
    },
    { seen: new Date('2026-11-23') },
  );
}
