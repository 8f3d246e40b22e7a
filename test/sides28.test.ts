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

describe('the host state of a visit', () => {
  it('a visit received by the host stands beside his state as a target', () => {
    const [e] = asserted(
      'وصل الرئيس العراقي برهم صالح إلى طهران أمس في زيارة رسمية، واستقبله الرئيس الإيراني حسن روحاني.',
      'CONSULT',
      '2019-11-12',
    );
    expect(e).toBeDefined();
    const targets = roles(e, 'target');
    expect(targets.map((x) => x.en)).toContain('Hassan Rouhani');
    expect(targets.some((x) => x.type === 'GPE' && x.country === 'IRN')).toBe(true);
    expect(roles(e, 'source').some((x) => x.type === 'GPE')).toBe(false);
  });

  it('not a leader visiting a province of his own state', () => {
    const [e] = asserted(
      'وصل رئيس الوزراء العراقي إلى البصرة أمس في زيارة تفقدية، واستقبله الرئيس العراقي برهم صالح.',
      'CONSULT',
      '2019-11-12',
    );
    expect(roles(e, 'target').some((x) => x.type === 'GPE')).toBe(false);
  });
});
