// A report's mention of its first event of a type, as the merge sees it: the text through the
// whole pipeline, the report itself with no outlet or URL, no features.
import type { MentionRef } from '../../src/shared/records.js';
import type { DocFeatures } from '../../src/shared/features.js';
import { analyzeText } from './analyze-text.js';

export interface MentionOptions {
  published?: string | null;
  /** 'named': the people the text names (by KB id); a list: those; absent: none given. */
  people?: 'named' | string[];
}

export function mentionOf(text: string, type: string, doc: string, opts: MentionOptions = {}): MentionRef {
  const published = opts.published ?? null;
  const d = analyzeText(text, published ?? undefined);
  const e = d.events.find((x) => x.type === type);
  if (!e) throw new Error(`no ${type} in: ${text}`);
  const people =
    opts.people === 'named'
      ? [...new Set(d.entities.filter((m) => m.entity.type === 'PERSON').map((m) => m.entity.id))]
      : opts.people;
  return {
    key: `${doc}#000`,
    document: doc,
    event: e,
    ...(people ? { people } : {}),
    report: { document: doc, source: doc, url: null, outlet: null, published, title: null },
    claims: [],
    features: {} as DocFeatures,
  };
}
