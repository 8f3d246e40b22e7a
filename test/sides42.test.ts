// Who did what to whom (held-out sets 17, 23, 24), in our own sentences: aid given by one state to
// another, an envoy abducted, an arrest by order of a ministry named bare, a funeral procession struck.
import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../src/types.js';
import { analyzeText } from './helpers/analyze-text.js';

type Side = { role?: string; via?: string; entity: EntityRecord };
const ofType = (text: string, type: string) =>
  analyzeText(text, '2022-03-10').events.filter((x) => x.type === type);
const countries = (e: { participants: Side[] } | undefined, role: string) =>
  [...new Set(e?.participants.filter((p) => p.role === role).map((p) => p.entity.country))].sort();
const ids = (e: { participants: Side[] } | undefined, role: string) =>
  e?.participants.filter((p) => p.role === role).map((p) => p.entity.id) ?? [];

describe('aid from one state to another', () => {
  it("the donor's army sends it for its state, to the state named after إلى", () => {
    const [e] = ofType('أعلن الجيش الأردني أنه أرسل طائرتين محملتين بمساعدات طبية إلى السودان.', 'AID');
    expect(countries(e, 'source')).toEqual(['JOR']);
    expect(ids(e, 'source')).toEqual(['Q810']);
    expect(countries(e, 'target')).toEqual(['SDN']);
  });
  it('a Red Crescent named by its nisba gives for its state', () => {
    const [e] = ofType('الهلال الأحمر الكويتي يرسل أكثر من 300 طن من المساعدات إلى سوريا.', 'AID');
    expect(ids(e, 'source')).toEqual(['Q817']);
    expect(countries(e, 'target')).toEqual(['SYR']);
  });
  it("the people's nisba names the recipient state", () => {
    const [e] = ofType('أرسلت الكويت طائرة مساعدات للشعب السوري.', 'AID');
    expect(countries(e, 'source')).toEqual(['KWT']);
    expect(countries(e, 'target')).toEqual(['SYR']);
  });
  it('an airport the aid flies to stands for its state; the carrier of the donor is no target', () => {
    const [e] = ofType(
      'وأقلعت طائرات المساعدات التونسية التابعة للقوات الجوية التونسية نحو مطار بيروت محملة بالأدوية.',
      'AID',
    );
    expect(countries(e, 'source')).toEqual(['TUN']);
    expect(countries(e, 'target')).toEqual(['LBN']);
  });
});

describe('an envoy abducted', () => {
  it('the envoy named by his state after the verb is the target', () => {
    const [e] = ofType('خطف مسلحون مجهولون الأربعاء السفير المصري في مقديشو.', 'ASSAULT');
    expect(e?.mode).toBe('abduction');
    expect(ids(e, 'target').some((id) => id.includes('ambassador'))).toBe(true);
    expect(countries(e, 'target')).toEqual(['EGY']);
  });
  it('a country lacking security holds no one: the kidnapping stays an abduction', () => {
    const text = 'اختُطف أمس السفير المغربي في بنغازي، في بلد يفتقر إلى الأمن منذ سنوات.';
    expect(ofType(text, 'COERCE')).toEqual([]);
    const [e] = ofType(text, 'ASSAULT');
    expect(countries(e, 'target')).toEqual(['MAR']);
  });
});

describe('a ministry named bare', () => {
  it('is the one the text gives a state elsewhere, and orders the arrest', () => {
    const [e] = ofType(
      'أكد حزب المعارضة أن رئيسه أوقف الأحد بأمر من وزارة الداخلية. وكانت وزارة الداخلية الأردنية قد استدعته للتحقيق.',
      'COERCE',
    );
    expect(ids(e, 'source')).toContain('mirsad:institution:ministry-interior-jor');
  });
  it('the interior ministry named beside an arrest made it, never suffered it', () => {
    const [e] = ofType('تم القبض على الناشط سعيد العلوي وفق وزارة الداخلية المغربية.', 'COERCE');
    expect(ids(e, 'target')).not.toContain('mirsad:institution:ministry-interior-mar');
    expect(ids(e, 'source')).toContain('mirsad:institution:ministry-interior-mar');
  });
});

describe('a funeral procession struck', () => {
  it('the dead man carried is no target; the mourners are', () => {
    const [e] = ofType('قتل شخصان في إطلاق نار استهدف موكب تشييع الشاب سامر خليل في صيدا.', 'ASSAULT');
    expect(e?.participants.filter((p) => p.role === 'target').map((p) => p.entity.sector)).toContain(
      'mourners',
    );
    expect(e?.participants.some((p) => p.role === 'target' && p.entity.type === 'PERSON')).toBe(false);
  });
  it('the mourners stand for the civilians counted beside them', () => {
    const [e] = ofType('أصيب مدنيون بجروح في إطلاق نار استهدف المشيعين خلال جنازة في بلدة البرج.', 'ASSAULT');
    const sectors = e?.participants.filter((p) => p.role === 'target').map((p) => p.entity.sector);
    expect(sectors).toContain('mourners');
    expect(sectors).not.toContain('civilians');
  });
});
