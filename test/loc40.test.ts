import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

// Where events happened, on sentences written for this test (issue #20, every place linked).
const eventsOf = (content: string, published: string) =>
  analyze({ source: 't', identity: 't', kind: 'text', content, hints: { published }, messages: [] }).events;
const placeOf = (content: string, published: string, type: string) =>
  eventsOf(content, published).find((e) => e.type === type && e.status === 'asserted')?.location?.entity.ar ??
  null;

describe('a town the KB lacks, named after "في" and named again (repeated-places.ts)', () => {
  it('places a clash in the town the headline and the text keep naming', () => {
    const text =
      'إطلاق نار كثيف في بشامون خلال جنازة\n' +
      'اندلعت اشتباكات مسلحة في بشامون عصر اليوم أثناء مرور موكب تشييع أحد الشبان، ما أدى إلى سقوط قتيلين.';
    expect(placeOf(text, '2021-08-01', 'ASSAULT')).toBe('بشامون');
  });

  it('takes a common noun placed twice, with an adjective after it, for no place', () => {
    const text =
      'رئيس الوزراء يشيد بالعلاقات مع اليابان في تغريدة\n' +
      'أشاد رئيس الوزراء بالعلاقات مع اليابان في تغريدة نشرها اليوم، بعد أن كتب في تغريدة سابقة أنه وصل إلى طوكيو.';
    const doc = analyze({ source: 't', identity: 't', kind: 'text', content: text, hints: {}, messages: [] });
    expect(doc.entities.some((m) => m.text === 'تغريدة')).toBe(false);
  });

  it('takes a word named once after "في" for no place', () => {
    const text =
      'اندلعت اشتباكات مسلحة في كيفون عصر اليوم أثناء مرور موكب تشييع أحد الشبان، ما أدى إلى سقوط قتيلين.';
    expect(placeOf(text, '2021-08-01', 'ASSAULT')).toBeNull();
  });
});

describe('an arrest placed by the raid a source tells (location.ts)', () => {
  it('is where the raid was, though a source tells it in a later sentence', () => {
    const text =
      'الأمن التونسي يوقف خمسة أشخاص بتهمة التآمر\n' +
      'أعلنت السلطات التونسية يوم الأربعاء إيقاف خمسة أشخاص بينهم موظفان حكوميان بتهمة التآمر على أمن الدولة.\n' +
      'وأوضح مصدر أمني أن الإيقاف تم إثر مداهمة قوات الأمن منزلاً في ولاية سوسة كانوا يجتمعون فيه.';
    expect(placeOf(text, '2023-05-10', 'COERCE')).toBe('سوسة');
  });

  it('still leaves a place a source tells without a raid to the matter it reports', () => {
    const text =
      'الأمن التونسي يوقف خمسة أشخاص بتهمة التآمر\n' +
      'أعلنت السلطات التونسية يوم الأربعاء إيقاف خمسة أشخاص بينهم موظفان حكوميان بتهمة التآمر على أمن الدولة.\n' +
      'وأوضح مصدر أمني أن أحدهم كان قد أقام سنوات في ولاية سوسة قبل عودته.';
    expect(placeOf(text, '2023-05-10', 'COERCE')).not.toBe('سوسة');
  });
});

describe('a name alone in quotation marks (location.ts)', () => {
  it('is set off, not said: the town in «» is where the shelling was', () => {
    const text =
      'مقتل ثلاثة مدنيين في قصف على ريف إدلب\n' +
      'قتل ثلاثة مدنيين اليوم الثلاثاء في قصف مدفعي استهدف بلدة «سراقب» في ريف إدلب الشرقي، وفق مصادر محلية.';
    expect(
      eventsOf(text, '2021-03-09').find((e) => e.type === 'ASSAULT' && e.status === 'asserted')?.location
        ?.entity.en,
    ).toBe('Saraqib');
  });
});
