import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';

const typesOf = (text: string) =>
  analyzeText(text, '2024-03-10')
    .events.filter((e) => e.status === 'asserted')
    .map((e) => `${e.type}/${e.mode ?? ''}`);

// Our own sentences, in the style of the agencies' reports of truces.
describe('truces', () => {
  it('codes a truce taking effect as RETREAT/ceasefire, once', () => {
    expect(typesOf('دخلت الهدنة في غزة حيز التنفيذ صباح اليوم الأحد.')).toEqual(['RETREAT/ceasefire']);
  });

  it("codes one side's own truce as RETREAT/ceasefire", () => {
    expect(typesOf('أعلن الجيش الليبي هدنة من جانب واحد لمدة أسبوع.')).toEqual(['RETREAT/ceasefire']);
  });

  it('codes a truce announced between two sides, in its short and indefinite forms, as AGREE/ceasefire', () => {
    expect(typesOf('أعلنت الجزائر وقفا لإطلاق النار بين الجيش والمتمردين في شمال مالي.')).toEqual([
      'AGREE/ceasefire',
    ]);
    expect(typesOf('أعلنت قطر التهدئة بين الحكومة والحركات المسلحة في دارفور.')).toEqual(['AGREE/ceasefire']);
  });

  it('an appeal for calm is no truce', () => {
    expect(typesOf('دعا الأمين العام الأطراف إلى التهدئة وضبط النفس.')).not.toContain('AGREE/ceasefire');
  });

  it('a truce announced at a press conference with a counterpart is coded beside the meeting', () => {
    const types = typesOf(
      'أعلن وزير الخارجية التركي التهدئة بين أذربيجان وأرمينيا، في مؤتمر صحفي مع نظيره الروسي.',
    );
    expect(types).toContain('AGREE/ceasefire');
    expect(types).toContain('CONSULT/meeting');
  });

  it('keeps a truce agreed between the sides an agreement', () => {
    expect(typesOf('وقع الطرفان في القاهرة اتفاق هدنة لمدة شهر.')).not.toContain('RETREAT/ceasefire');
  });
});

describe('summons and recalls', () => {
  it("codes recalling one's own envoy as SANCTION, with times between or 'للتشاور'", () => {
    expect(typesOf('استدعت تونس اليوم الأحد سفيرها لدى ليبيا.')).toEqual(['SANCTION/']);
    expect(typesOf('استدعت الحكومة التونسية السفير من ليبيا للتشاور.')).toContain('SANCTION/');
  });

  it("codes summoning another state's envoy as ACCUSE", () => {
    expect(typesOf('استدعت تونس اليوم الأحد السفير الليبي لديها.')).toEqual(['ACCUSE/']);
  });

  it('reads a truce taking effect with its verb right before "حيز"', () => {
    expect(typesOf('قال الوسطاء إن وقف إطلاق النار في مدينة الحديدة دخل حيز التنفيذ منتصف الليل.')).toEqual([
      'RETREAT/ceasefire',
    ]);
  });
});

describe('a truce a broker announces', () => {
  it('the envoy acts and the parties it binds are acted upon', () => {
    const e = analyzeText(
      'قال المبعوث الأممي إلى ليبيا غسان سلامة إن أطراف النزاع وافقت على هدنة لمدة أسبوعين في طرابلس.',
      '2024-03-10',
    ).events.find((x) => x.type === 'AGREE');
    const role = (r: string) =>
      e?.participants.filter((p) => p.role === r).map((p) => p.entity.sector ?? p.entity.ar);
    expect(role('target')).toContain('parties');
    expect(role('source')).not.toContain('parties');
  });
});
