// Attacks of different days and places kept apart (round 34): our own sentences in wire style.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';
import { mentionOf } from './helpers/mention-ref.js';
import { sameEvent, type Evidence } from '../src/cluster/same-event.js';

const attack = (text: string) =>
  analyzeText(text).events.find((e) => e.type === 'ASSAULT' && e.status === 'asserted');

describe('a year from an earlier occasion ("وسبق أن …") does not date the news', () => {
  it('leaves a bombing undated when only the recalled blast has a year', () => {
    const e = attack(
      'قتل 30 شخصاً على الأقل في انفجار سيارة مفخخة قرب مبنى وزارة النقل وسط الموصل.\nوقال مصدر في الشرطة إن الانفجار دمّر واجهة المبنى.\nوسبق أن استُهدف المبنى بهجوم مماثل في 2014 أوقع عشرات الضحايا.',
    );
    expect(e).toBeDefined();
    expect(e!.date.value).toBeNull();
  });
});

describe('"أما في <مكان>" opens another scene', () => {
  it('keeps the blast told after "أما في" apart from the bombing the lead tells', () => {
    const d = analyzeText(
      'فجّر انتحاري حزاماً ناسفاً قرب مركز للشرطة في مدينة الحلة يوم الجمعة، ما أدى إلى مقتل ثلاثة من عناصر الأمن. وقال مسؤول محلي إن التفجير وقع عند مدخل المركز. أما في كربلاء، فقد دوّى انفجار قرب سوق شعبي من دون أن يسفر عن إصابات.',
    );
    const attacks = d.events.filter((e) => e.type === 'ASSAULT' && e.status === 'asserted');
    expect(attacks.length).toBeGreaterThanOrEqual(2);
    expect(attacks[0].location?.entity.ar).not.toBe('كربلاء');
  });
});

describe('an attack dated by its year alone and one by its weekday alone', () => {
  const reading = (similarity: number): Evidence => ({ similarity: () => similarity, useDates: true });
  it('are not one happening on the town alone when their words differ', () => {
    const a = mentionOf(
      'قتل عشرات الأشخاص في انفجار شاحنة مفخخة استهدفت مبنى حكومياً وسط بغداد في 2007.',
      'ASSAULT',
      'a',
    );
    const b = mentionOf('قتل 20 شخصاً الثلاثاء في تفجير سيارة مفخخة قرب سوق شعبي في بغداد.', 'ASSAULT', 'b');
    expect(a.event.date.granularity).toBe('year');
    expect(b.event.date.granularity).toBe('weekday-only');
    expect(sameEvent(a, b, reading(0.1))).toBe(false);
  });
});
