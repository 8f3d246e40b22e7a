import { describe, expect, it } from 'vitest';
import { toRecord } from '../src/cluster/merge.js';
import { mentionRefs } from '../src/shared/mentions.js';
import type { MentionRef } from '../src/shared/records.js';
import { analyzeText } from './helpers/analyze-text.js';

/** A report's first mention of an event of a type, as report `doc`. */
function mentionOf(text: string, type: string, doc: string): MentionRef {
  const m = mentionRefs(analyzeText(text, '2012-08-06')).find((x) => x.event.type === type)!;
  return { ...m, key: `${doc}#000`, document: doc, report: { ...m.report, document: doc, source: doc } };
}

// Where one event's reports disagree on its place, on sentences written for this test.
describe('reports of one attack that name two towns', () => {
  it('place it in the town most of them give, not the one site a single report names', () => {
    const a = mentionOf(
      'قتل 16 جنديا مصريا في هجوم شنه مسلحون على نقطة تفتيش برفح في شمال سيناء مساء الأحد.',
      'ASSAULT',
      'a',
    );
    const b = mentionOf(
      'هاجم مسلحون ملثمون حاجزا للجيش المصري في مدينة رفح وقتلوا 16 جنديا مساء الأحد.',
      'ASSAULT',
      'b',
    );
    const c = mentionOf('قتل 16 جنديا مصريا في هجوم مسلح قرب معبر كرم أبو سالم مساء الأحد.', 'ASSAULT', 'c');
    expect([a, b, c].map((m) => m.event.location?.entity.en)).toEqual([
      'Rafah',
      'Rafah',
      'Kerem Shalom crossing',
    ]);
    expect(toRecord([a, b, c]).location?.entity.en).toBe('Rafah');
  });

  it('still place it in the finer town when the others give only the country', () => {
    const a = mentionOf('قتل خمسة أشخاص في انفجار سيارة مفخخة في العراق صباح الاثنين.', 'ASSAULT', 'a');
    const b = mentionOf('قتل خمسة أشخاص في انفجار سيارة مفخخة في العراق يوم الاثنين.', 'ASSAULT', 'b');
    const c = mentionOf('قتل خمسة أشخاص في انفجار سيارة مفخخة في مدينة كركوك صباح الاثنين.', 'ASSAULT', 'c');
    expect(toRecord([a, b, c]).location?.entity.en).toBe('Kirkuk');
  });
});

const placeOf = (content: string, type: string) =>
  analyzeText(content, '2016-03-08').events.find((e) => e.type === type)?.location?.entity.en ?? null;

describe('a site a group holds in a country', () => {
  it('places an air strike on the camp in that country, not the group’s country alone', () => {
    const text =
      'غارات تقتل عشرات المسلحين\n' +
      'قصفت طائرات حربية أمريكية السبت معسكرا لتدريب حركة الشباب في الصومال، ما أدى إلى مقتل عشرات المسلحين.';
    expect(placeOf(text, 'ASSAULT')).toBe('Somalia');
  });

  it('places a strike on a party’s headquarters in the country named after the party', () => {
    const text =
      'غارات تركية على مسلحين\n' +
      'قصفت طائرات حربية تركية فجر الثلاثاء مقرات لحزب العمال الكردستاني في العراق، وفق بيان لوزارة الدفاع.';
    expect(placeOf(text, 'ASSAULT')).toBe('Iraq');
  });
});

describe('a border named by the state across it', () => {
  it('places clashes “عند الحدود مع” a state at that state', () => {
    const text =
      'مقتل مسلحين في اشتباكات حدودية\n' +
      'قتل نحو عشرين مسلحا الأربعاء في اشتباكات اندلعت عند الحدود مع أفغانستان، بحسب بيان للجيش.';
    expect(placeOf(text, 'ASSAULT')).toBe('Afghanistan');
  });

  it('but not a border that is a topic', () => {
    const text = 'قتل ثلاثة جنود في هجوم مسلح، بعد أيام من خلاف حول ترسيم الحدود مع أفغانستان.';
    expect(placeOf(text, 'ASSAULT')).not.toBe('Afghanistan');
  });
});

describe('a street the map does not hold', () => {
  it('gives way to the one town the lead places the march in', () => {
    const text =
      'أكبر مسيرة في تاريخ حراك الريف\n' +
      'رد أبناء المنطقة مساء اليوم على تصريحات زعماء الأحزاب بخروجهم في أكبر مسيرة يشهدها الحراك الشعبي بالحسيمة.\n' +
      'وقال ناشط إن المسيرة رد واضح على تهمة الانفصال.\n' +
      'وردد المتظاهرون في شارع طارق بن زياد شعارات تطالب بالتنمية.';
    expect(placeOf(text, 'PROTEST')).toMatch(/Hoce/);
  });
});
