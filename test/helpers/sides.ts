// Sides of events read from our own sentences: one report's, and those of reports merged into one event.
import { toRecord } from '../../src/cluster/merge.js';
import type { EntityRecord } from '../../src/types.js';
import type { DocFeatures } from '../../src/shared/features.js';
import { analyzeText } from './analyze-text.js';
import { mentionOf } from './mention-ref.js';

/** The source and target entities of the first event of `type` in `text`. */
export const sideEntities = (text: string, type: string, published?: string) => {
  const e = analyzeText(text, published).events.find((x) => x.type === type);
  const of = (role: string) => e?.participants.filter((p) => p.role === role).map((p) => p.entity) ?? [];
  return { sources: of('source'), targets: of('target') };
};

/** The English names of the sources and targets of the first event of `type` in `text`. */
export const sidesOf = (text: string, type: string, published = '2021-01-02') => {
  const { sources, targets } = sideEntities(text, type, published);
  return { sources: sources.map((x) => x.en), targets: targets.map((x) => x.en) };
};

/** Each entity as "kind:country", the kind an institution, a sector or the entity type. */
export const kinds = (xs: EntityRecord[]) =>
  xs.map((x) => `${x.institution ?? x.sector ?? x.type}:${x.country ?? ''}`);

/** The merged record of `texts`, each one report of an event of `type` (features left empty). */
export const record = (type: string, texts: string[]) =>
  toRecord(
    texts.map((t, i) => ({
      ...mentionOf(t, type, `d${i}`, { published: '2021-01-02' }),
      features: { vector: new Map(), shingles: new Uint32Array() } as unknown as DocFeatures,
    })),
  );
