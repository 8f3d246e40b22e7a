import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

// Where events happened, on sentences written for this test (issue #20).
const eventsOf = (content: string, published: string) =>
  analyze({ source: 't', identity: 't', kind: 'text', content, hints: { published }, messages: [] }).events;
const placeOf = (content: string, published: string, type: string) =>
  eventsOf(content, published).find((e) => e.type === type)?.location?.entity.en ?? null;

describe('a town a distance is measured from', () => {
  it('is no scene: an air strike 150 km from the capital is placed by its country', () => {
    const text =
      'غارة جوية تقتل عشرات المسلحين في اليمن\n' +
      'قتل عشرات المسلحين اليوم الأحد في غارة جوية شنتها طائرات التحالف في اليمن.\n' +
      'وقال مسؤول عسكري إن الغارة نفذت على بعد 150 كيلومترا شرق العاصمة صنعاء.';
    expect(placeOf(text, '2019-04-14', 'ASSAULT')).toBe('Yemen');
  });

  it('is no scene in miles either, “إلى الشمال من” the town', () => {
    const text =
      'مقتل جنود في هجوم بالعراق\n' +
      'قتل خمسة جنود اليوم في هجوم شنه مسلحون في العراق على موقع للجيش يقع على بعد 90 ميلا إلى الشمال من العاصمة بغداد.';
    expect(placeOf(text, '2016-02-02', 'ASSAULT')).toBe('Iraq');
  });

  it('still places what lies a few kilometres from a town by that town', () => {
    const text =
      'انفجار سيارة مفخخة قرب بغداد\n' +
      'انفجرت سيارة مفخخة صباح اليوم على بعد 3 كيلومترات شمال بغداد، ما أسفر عن مقتل أربعة مدنيين.';
    expect(placeOf(text, '2016-02-02', 'ASSAULT')).toBe('Baghdad');
  });
});

describe('a continent named after a command', () => {
  it('is the command’s area, not where its strike was', () => {
    const text =
      'ضربة أمريكية تقتل مسلحين\n' +
      'أعلنت القيادة العسكرية الأمريكية في إفريقيا أن ضربة جوية نفذتها قواتها قتلت عشرة مسلحين.';
    expect(placeOf(text, '2019-04-14', 'ASSAULT')).not.toBe('Africa');
  });
});
