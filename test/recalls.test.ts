import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';

const acts = (text: string) =>
  analyzeText(text, '2024-03-10')
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

  it('reads a deadline given to an envoy to leave as an expulsion, not a threat', () => {
    const found = acts('وأكدت الإذاعة الرسمية أن السلطات منحت السفير الكيني مهلة 48 ساعة لمغادرة أراضيها.');
    expect(found.map((a) => a.type)).toEqual(['SANCTION']);
  });

  it("keeps a ministry's long name ('والتعاون الدولي') out of the acts", () => {
    const types = analyzeText(
      'أعلنت وزارة الخارجية والتعاون الدولي الجيبوتية طرد القائم بأعمال السفارة الإريترية.',
      '2024-03-10',
    ).events.map((e) => e.type);
    expect(types).not.toContain('COOPERATE');
    expect(types).toContain('SANCTION');
  });

  it('counts a time between the verb and the act for nothing', () => {
    const found = acts(
      'أعلن المجلس العسكري في بوركينا فاسو، مساء اليوم الخميس، طرد السفير الفرنسي من البلاد.',
    );
    expect(found.map((a) => a.type)).toEqual(['SANCTION']);
  });

  it('keeps a recall told before a summit it will not attend', () => {
    const found = acts(
      'استدعت الحكومة الأردنية سفيرها لدى مدريد للتشاور، وأعلنت أنها لن تشارك في القمة التي تستضيفها إسبانيا.',
    );
    expect(found.map((a) => a.type)).toContain('SANCTION');
  });

  it('keeps a recall told before a statement about a meeting in the same sentence', () => {
    const found = acts(
      'استقبل الرئيس زعيم الجبهة أمس.\nاستدعت المملكة الأردنية سفيرها لدى الجزائر للتشاور، وأعلنت أنها لن تحضر القمة التي تستضيفها الجزائر.',
    );
    expect(found.map((a) => a.type)).toContain('SANCTION');
  });
});

describe('a report of a new attack that also tells one of the day before', () => {
  const statuses = (text: string) =>
    analyzeText(text, '2023-10-12')
      .events.filter((e) => e.type === 'ASSAULT')
      .map((e) => [e.date.value, e.status]);
  it('recalls the earlier attack its headline and lead do not tell', () => {
    const found = statuses(
      'موجة غارات جديدة بطائرات مسيرة على صعدة\nشنت طائرات مسيرة اليوم الخميس 12 أكتوبر 2023 غارات جديدة على مدينة صعدة شمالي اليمن.\nوتزامنت الغارات مع تشييع مدنيين قتلوا أمس في قصف مدفعي استهدف سوقا شعبية في المدينة.',
    );
    expect(found).toContainEqual(['2023-10-12', 'asserted']);
    expect(found).toContainEqual(['2023-10-11', 'referenced']);
  });
  it('but keeps both as news when the lead tells both', () => {
    const found = statuses(
      'شنت طائرات مسيرة اليوم الخميس 12 أكتوبر 2023 غارات جديدة على مدينة صعدة شمالي اليمن.\nوقتل خمسة مدنيين أمس في قصف مدفعي استهدف سوقا شعبية في المدينة.',
    );
    expect(found).toContainEqual(['2023-10-11', 'asserted']);
  });
});
