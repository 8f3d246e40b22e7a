// Bodies named by a word and a place (issue #20): parties, telecoms and airlines whose name holds a
// state's name are one body, the place inside no place of its own; ordinary phrases with a place stay
// a place. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { scoredNames, scoredOfType } from './helpers/names.js';

const date = '2019-10-08';
const bodies = (text: string) => scoredOfType(text, date, 'ORG');
const places = (text: string) => scoredOfType(text, date, 'GPE', 'LOC');

describe('a party named by a word and its country', () => {
  it('with no cue, the name word alone', () => {
    expect(bodies('وتقدم نداء تونس على منافسيه في عدة دوائر')).toEqual(['نداء تونس']);
    expect(places('وتقدم نداء تونس على منافسيه في عدة دوائر')).toEqual([]);
  });

  it('after a kind word, which stays outside the name', () => {
    expect(bodies('وقال نائب عن حركة تحيا تونس إن كتلته ستصوت بالرفض')).toEqual(['تحيا تونس']);
  });

  it('an everyday noun as the name word, after a kind word', () => {
    expect(bodies('وانسحب حزب قلب تونس من المشاورات')).toEqual(['قلب تونس']);
    expect(bodies('ويملك حزب مستقبل وطن أغلبية المقاعد')).toEqual(['مستقبل وطن']);
  });
});

describe('a company named by a brand and its country', () => {
  it('telecoms', () => {
    expect(bodies('ورفعت اتصالات الجزائر أسعار الإنترنت')).toEqual(['اتصالات الجزائر']);
    expect(bodies('وأطلقت أوريدو تونس شبكة الجيل الخامس')).toEqual(['أوريدو تونس']);
  });

  it('not a place after "و", the next name in a list', () => {
    expect(bodies('وتتنافس زين وآسيا سيل على السوق')).not.toContain('زين وآسيا');
  });

  it('an airline, the place first or after its word', () => {
    expect(bodies('وكانت مصر للطيران قد علقت رحلاتها إلى المدينة')).toEqual(['مصر للطيران']);
    expect(bodies('وعاد الركاب على متن طائرة لطيران الإمارات')).toEqual(['طيران الإمارات']);
    expect(places('وعاد الركاب على متن طائرة لطيران الإمارات')).toEqual([]);
  });
});

describe('ordinary phrases with a place stay a place', () => {
  it('people, streets, offices of a state', () => {
    expect(places('وخرج سكان تونس إلى الشوارع')).toEqual(['تونس']);
    expect(bodies('وخرج سكان تونس إلى الشوارع')).toEqual([]);
    expect(places('وازدحمت شوارع المغرب بالمحتفلين')).toEqual(['المغرب']);
  });

  it('an everyday noun with no cue', () => {
    expect(places('وافتتح المعرض في قلب تونس أمس')).toEqual(['تونس']);
    expect(bodies('وافتتح المعرض في قلب تونس أمس')).toEqual([]);
  });

  it("a state's contacts and its bombers", () => {
    expect(bodies('وكثفت اتصالات مصر مع الأطراف الليبية')).toEqual([]);
    expect(
      scoredNames('وشنت طائرات طيران الإمارات المسير غارات على المدينة', date).map((m) => m.text),
    ).not.toContain('طيران الإمارات');
  });

  it('a state described by its nisba after the word', () => {
    expect(bodies('وحلق طيران الاحتلال الإسرائيلي فوق البلدة')).not.toContain('طيران الاحتلال الإسرائيلي');
  });

  it('an airshow named by its town', () => {
    expect(bodies('وشارك الوفد في معرض دبي للطيران')).toEqual([]);
  });
});
