// Sides of arrests (held-out sets 15 and 18), in our own sentences: a party or body named after the post
// of people the report holds but does not name (or names in words the KB cannot read) describes them;
// it is no side of the arrest (the party of leaders held stays held: test/sides25).
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';

const arrests = (text: string) => analyzeText(text, '2022-03-10').events.filter((x) => x.type === 'COERCE');
const ids = (e: { participants: { role?: string; entity: { id: string } }[] } | undefined, role: string) =>
  (e?.participants ?? []).filter((p) => p.role === role).map((p) => p.entity.id);

describe('a body in the post of the unnamed held', () => {
  it('the party of an MP held ("النائب عن حركة …") is not held', () => {
    const [e] = arrests(
      'أوقفت الشرطة مساء الثلاثاء النائب عن حركة النهضة في مدينة صفاقس بعد تصريحات أدلى بها.',
    );
    expect(e).toBeDefined();
    expect(ids(e, 'target').some((x) => /nahda|ennahda|Q\d+/i.test(x) && !/police/.test(x))).toBe(false);
    expect(ids(e, 'source').join()).toMatch(/police/);
  });
  it('an adjective of the post between ("النائب البرلماني عن حزب …")', () => {
    const [e] = arrests('أوقفت الشرطة المصرية اليوم النائب البرلماني عن حزب الوفاق الشعبي إثر خطاب ألقاه.');
    expect(e).toBeDefined();
    expect(ids(e, 'target').some((x) => x.includes('unknown-org'))).toBe(false);
  });
  it('a parliament whose members are held ("اعتقال نواب في البرلمان") is not held', () => {
    const all = arrests('اعتقال ثلاثة نواب في البرلمان الأردني بتهمة التحريض على العنف.');
    expect(all.some((e) => ids(e, 'target').some((x) => x.includes('parliament')))).toBe(false);
  });
  it('a party held by name stays held', () => {
    const [e] = arrests('اعتقلت الشرطة عشرات من أنصار حركة النهضة أمام مقرها في العاصمة تونس.');
    expect(e).toBeDefined();
  });
});
