import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const acts = (text: string) =>
  analyze({
    source: 't',
    identity: 't',
    kind: 'text',
    content: text,
    hints: { published: '2024-03-10' },
    messages: [],
  })
    .events.filter((e) => e.status === 'asserted' && ['ACCUSE', 'SANCTION'].includes(e.type))
    .map((e) => ({
      type: e.type,
      source: e.participants.filter((p) => p.role === 'source').map((p) => p.entity.en),
      target: e.participants.filter((p) => p.role === 'target').map((p) => p.entity.en),
    }));

// Our own sentences, in the style of foreign ministries' announcements: whose envoy is called decides
// between a summons (another state's envoy: ACCUSE) and a recall (one's own: SANCTION).
describe('summonses and recalls of envoys', () => {
  it("reads the acting state's own nisba on the envoy as a recall, falling on the host state", () => {
    const [act] = acts(
      'أعلنت وزارة الخارجية الكويتية أنها قررت استدعاء السفير الكويتي لدى طهران إلى الكويت فورا.',
    );
    expect(act.type).toBe('SANCTION');
    expect(act.source).toContain('Kuwait');
    expect(act.target).toContain('Iran');
    expect(act.target).not.toContain('Kuwait');
  });

  it("reads one's own envoy in a capital as a recall falling on that capital's state", () => {
    const [act] = acts('تونس تستدعي سفيرها في باريس للتشاور');
    expect(act.type).toBe('SANCTION');
    expect(act.target).toEqual(['France']);
  });

  it("keeps another state's envoy summoned an accusation, the host no target", () => {
    const [act] = acts('استدعت وزارة الخارجية الكويتية السفير الإيراني لدى الكويت وسلمته مذكرة احتجاج.');
    expect(act.type).toBe('ACCUSE');
    expect(act.target).toContain('Iran');
    expect(act.target).not.toContain('Kuwait');
  });
});
