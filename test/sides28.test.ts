// Sides of expulsions and visits met in held-out sets 10–16, in our own sentences: the expelled
// envoy's name apposed to his title, and the host's state beside the host of a visit.
import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../src/types.js';
import { analyzeText } from './helpers/analyze-text.js';

const asserted = (text: string, type: string, published?: string) =>
  analyzeText(text, published).events.filter((x) => x.type === type && x.status === 'asserted');
const roles = (e: { participants: { role?: string; entity: EntityRecord }[] } | undefined, role: string) =>
  e?.participants.filter((p) => p.role === role).map((p) => p.entity) ?? [];

describe('an expelled envoy named after his title', () => {
  it('the name set off by a comma is the expelled envoy, not who expels', () => {
    const [e] = asserted(
      'وكانت مصر قررت الأحد طرد السفير القطري، خالد المنصوري، من القاهرة.',
      'SANCTION',
      '2020-03-03',
    );
    expect(e).toBeDefined();
    const sources = roles(e, 'source');
    expect(sources.map((x) => x.country)).toEqual(['EGY']);
    expect(sources.some((x) => x.type === 'PERSON')).toBe(false);
    expect(roles(e, 'target').map((x) => x.en)).not.toContain('Egypt');
  });
});
