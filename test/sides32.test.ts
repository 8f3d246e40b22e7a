import { describe, expect, it } from 'vitest';
import { toRecord } from '../src/cluster/merge.js';
import { analyzeText } from './helpers/analyze-text.js';
import { mentionOf } from './helpers/mention-ref.js';

// Our own sentences, in the shapes of the sides real reports gave wrong (held-out set 19).
const record = (type: string, texts: string[]) =>
  toRecord(texts.map((t, i) => mentionOf(t, type, `d${i}`, { published: '2020-03-05' })));
const en = (side: { en: string }[]) => side.map((e) => e.en);

describe("a state's government beside its own force or ministry", () => {
  it('an arrest the authorities made, the security forces named too, keeps the forces', () => {
    const r = record('COERCE', [
      'ألقت السلطات الأردنية اليوم القبض على الناشط سالم الحويطات، بعد أن اعتقلته قوات الأمن الأردنية على طريق المطار.',
    ]);
    expect(en(r.sources)).toContain('Security forces (Jordan)');
    expect(en(r.sources)).not.toContain('Government (Jordan)');
  });
});

describe("the struck state's own force is not the attacker", () => {
  it('soldiers killed by gunmen who then exchanged fire with the army', () => {
    const r = record('ASSAULT', [
      'قتل 12 جنديا مصريا حين هاجم مسلحون ملثمون كمينا للجيش في شمال سيناء، وأعقب الهجوم تبادل لإطلاق النار بين المهاجمين والقوات المسلحة المصرية.',
    ]);
    expect(en(r.sources)).not.toContain('Armed Forces (Egypt)');
    expect(en(r.sources)).not.toContain('Egyptian Armed Forces');
  });
});

describe('a name does not run into the future of a derived verb after it', () => {
  it('"الملك سلمان سيلتقي": the king, not a person named with the verb', () => {
    const d = analyzeText(
      'وأوضح البيان أن الملك سلمان سيلتقي خلال الزيارة الرئيس الصيني وعددا من كبار المسؤولين.',
      '2020-03-05',
    );
    const names = d.entities.map((m) => d.text.slice(m.span.start, m.span.end));
    expect(names.some((n) => n.includes('سيلتقي'))).toBe(false);
    expect(d.entities.map((m) => m.entity.en)).toContain('Salman bin Abdulaziz');
  });
});

describe('"شخص غير مقبول به", persona non grata in other words', () => {
  it('a ministry declaring an envoy unacceptable acts against him and his state', () => {
    const d = analyzeText(
      'أعلنت وزارة الخارجية البحرينية اليوم سفير تايلاند لدى المنامة شخصا غير مقبول به وطالبته بمغادرة البلاد خلال أسبوع.',
      '2020-03-05',
    );
    const e = d.events.find((x) => x.type === 'SANCTION');
    expect(e?.participants.filter((p) => p.role === 'source').map((p) => p.entity.en)).toContain(
      'Ministry of Foreign Affairs (Bahrain)',
    );
  });
});
