// Strikes, requests and ultimatums (held-out set 25), in our own sentences: who strikes against whom
// when a report names what the strike stops or who speaks for it; a request put to a body; an
// ultimatum told in the present; a crisis said to endanger peace.
import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../src/types.js';
import { analyzeText } from './helpers/analyze-text.js';

type Side = { role?: string; entity: EntityRecord };
const ofType = (text: string, type: string, day = '2023-05-14') =>
  analyzeText(text, day).events.filter((x) => x.type === type);
const sides = (e: { participants: Side[] } | undefined, role: string) =>
  e?.participants.filter((p) => p.role === role).map((p) => p.entity) ?? [];

describe('a strike and what it stops', () => {
  const text =
    'توقفت حركة القطارات في تونس بشكل شبه تام، تلبية للإضراب العام الذي أعلنته الجامعة العامة للسكك الحديدية. ' +
    'ويطال الإضراب الشركة الوطنية للسكك الحديدية وكل شركات النقل الجهوي.';
  it('the company a strike stops is no side of it', () => {
    const named = ofType(text, 'PROTEST').flatMap((e) => e.participants.map((p) => p.entity.ar ?? ''));
    expect(named.some((ar) => ar.includes('الشركة'))).toBe(false);
  });
  it("a sector's general federation strikes against its government", () => {
    const [e] = ofType(text, 'PROTEST');
    expect(sides(e, 'source').some((x) => (x.ar ?? '').includes('الجامعة العامة'))).toBe(true);
    expect(sides(e, 'target').map((x) => x.id)).toContain('mirsad:institution:government-tun');
  });
});

describe('doctors on strike', () => {
  it('doctors named as a trade strike against their government', () => {
    const [e] = ofType('دخل الأطباء في محافظة سوهاج، الأحد، في إضراب جزئي عن العمل.', 'PROTEST');
    expect(sides(e, 'source').map((x) => x.sector)).toEqual(['doctors']);
    expect(sides(e, 'target').map((x) => x.id)).toEqual(['mirsad:institution:government-egy']);
  });
  it('the coordinator who announces their strike speaks for them; the seat they work from is where', () => {
    const [e] = ofType(
      'أعلن الدكتور سامي فؤاد، منسق الإضراب الجزئي للأطباء في محافظة أسيوط، أن المشاركة في الإضراب بلغت 60%. ' +
        'ولفت إلى تجهيز غرفة عمليات في مقر نقابة الأطباء لمتابعة مجريات الإضراب.',
      'PROTEST',
    );
    expect(sides(e, 'source').some((x) => x.type === 'PERSON')).toBe(false);
    expect(sides(e, 'source').map((x) => x.sector)).toContain('doctors');
    expect(sides(e, 'target').some((x) => (x.ar ?? '').includes('نقابة'))).toBe(false);
  });
});

describe('a request put to a body', () => {
  it('a state that files a request with the Security Council asks it to act', () => {
    const [e] = ofType(
      'أعلنت الجزائر اليوم أنها رفعت طلبا إلى مجلس الأمن الدولي تدعوه فيه إلى التدخل لوقف التصعيد على حدودها.',
      'REQUEST',
    );
    expect(sides(e, 'source').map((x) => x.id)).toEqual(['Q262']);
    expect(sides(e, 'target').map((x) => x.id)).toEqual(['Q37470']);
  });
  it('a crisis said to endanger peace and security is no threat', () => {
    const events = ofType(
      'ولفتت الجزائر نظر مجلس الأمن إلى نزاع حدودي قد يهدد الاستقرار في منطقة الساحل.',
      'THREATEN',
    );
    expect(events).toEqual([]);
  });
});

describe('an ultimatum in the present', () => {
  it('a leader who gives another state until a day threatens it', () => {
    const [e] = ofType('الرئيس الروسي يمهل أوكرانيا حتى نهاية الأسبوع ويلوح باستخدام القوة.', 'THREATEN');
    expect(sides(e, 'source').map((x) => x.id)).toContain('Q7747');
    expect(sides(e, 'target').map((x) => x.id)).toContain('Q212');
  });
});
