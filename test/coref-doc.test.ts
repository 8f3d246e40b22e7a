// One event per happening per document: a report tells one visit, strike or recall in its headline,
// its lead and a later recap; another occasion it recalls stays apart.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';
import { foldSettled } from '../src/events/coref-settled.js';
import { toldAsAnother } from '../src/events/coref.js';
import type { Claim, EntityRecord, EventMention, Participant } from '../src/types.js';

const asserted = (text: string, type: string, published = '2024-03-12') =>
  analyzeText(text, published).events.filter((e) => e.type === type && e.status === 'asserted');

describe('one event per happening in a report', () => {
  it('folds a recap of the visit in the host minister’s words into the visit', () => {
    const visits = asserted(
      'الرئيس الإيراني في مسقط.. أول زيارة رسمية لرئيس إيراني منذ سنوات\n' +
        'حطت طائرة الرئيس الإيراني مسعود بزشكيان صباح اليوم في مطار مسقط الدولي، لتبدأ أول زيارة رسمية يقوم بها إلى سلطنة عمان.\n' +
        'وكان وزير الخارجية العماني بدر البوسعيدي قد قال عن الزيارة إنها تفتح مرحلة جديدة في العلاقات بين البلدين.',
      'CONSULT',
    );
    expect(visits).toHaveLength(1);
    expect(visits[0].mode).toBe('visit');
    expect(visits[0].triggers.length).toBeGreaterThanOrEqual(3);
  });

  it('reads "آل ثاني" before a trigger as a family name, "ثاني" alone as another occasion', () => {
    const at = (text: string, word: string) => {
      const start = text.indexOf(word);
      return {
        triggers: [{ span: { start, end: start + word.length }, text: word }],
        sentence: { start: 0, end: text.length },
      } as unknown as EventMention;
    };
    const named = 'استقبل الوزير رئيس الوزراء القطري الشيخ محمد بن عبدالرحمن آل ثاني، وبحث الجانبان التهدئة.';
    expect(toldAsAnother(named, at(named, 'وبحث'))).toBe(false);
    const second = 'وهذه ثاني زيارة يقوم بها الوزير إلى البلاد.';
    expect(toldAsAnother(second, at(second, 'زيارة'))).toBe(true);
  });

  it('keeps two attacks on two towns the map knows apart, told in two modes', () => {
    const attacks = asserted(
      'قتل خمسة مدنيين في غارة جوية على مدينة إدلب اليوم الإثنين.\n' +
        'وفي مدينة حماة، قصفت المدفعية حيا سكنيا ما أدى إلى مقتل طفلين.',
      'ASSAULT',
    );
    expect(attacks).toHaveLength(2);
  });

  it('keeps a visit the other way, days before, apart from the news', () => {
    const visits = asserted(
      'وصل وزير الخارجية الإيراني عباس عراقجي إلى الرياض اليوم الأربعاء في زيارة رسمية يلتقي خلالها نظيره السعودي الأمير فيصل بن فرحان.\n' +
        'وكان الأمير فيصل بن فرحان قد زار طهران في زيارة رسمية يوم السبت الماضي والتقى عراقجي.',
      'CONSULT',
    );
    expect(visits).toHaveLength(2);
  });

  it('never folds "the second attack" into the first', () => {
    const text =
      'قتل ثلاثة جنود في هجوم بسيارة مفخخة على حاجز للجيش قرب مدينة العريش اليوم الإثنين.\n' +
      'وهذا هو الهجوم الثاني الذي يستهدف الجيش في المنطقة خلال أسبوع.';
    const second = text.indexOf('الهجوم الثاني');
    for (const e of asserted(text, 'ASSAULT'))
      expect(e.triggers.some((t) => t.span.start === second)).toBe(false);
  });
});

describe('foldSettled', () => {
  const state = (country: string, id: string): EntityRecord => ({
    id,
    wikidata: id,
    type: 'GPE',
    en: country,
    ar: country,
    country,
  });
  const ministry = (country: string): EntityRecord => ({
    id: `mirsad:institution:ministry-foreign-${country.toLowerCase()}`,
    wikidata: null,
    type: 'ORG',
    en: `Ministry of Foreign Affairs (${country})`,
    ar: 'وزارة الخارجية',
    country,
    institution: 'ministry-foreign',
  });
  const side = (entity: EntityRecord, role: 'source' | 'target'): Participant => ({
    entity,
    via: 'name',
    span: { start: 0, end: 1 },
    role,
  });
  // "الدولة أ تطرد سفير الدولة ب" … "وقالت خارجية الدولة أ …" … "وردت الدولة ب بطرد سفير الدولة أ".
  const text = 'أ تطرد سفير ب. وقالت خارجية أ إن الطرد نهائي. وردت ب بطرد سفير أ.';
  const mention = (index: number, participants: Participant[], at: number): EventMention => ({
    index,
    type: 'SANCTION',
    mode: null,
    triggers: [{ span: { start: at, end: at + 4 }, text: text.slice(at, at + 4) }],
    participants,
    date: { value: null, granularity: 'unknown', derivation: 'unresolved' },
    dateSpan: null,
    placesDiscussed: [],
    location: null,
    status: 'asserted',
    sentence: { start: 0, end: text.length },
  });
  const [a, b] = [state('IRQ', 'Q796'), state('SWE', 'Q34')];
  const events = [
    mention(0, [side(a, 'source'), side(b, 'target')], 2),
    mention(1, [side(ministry('IRQ'), 'source')], 30),
    mention(2, [side(b, 'source'), side(a, 'target')], 52),
  ];
  const claim = { event: 1 } as Claim;
  const out = foldSettled(events, [claim], text);

  it('folds the act told again by the state’s own ministry, and points its claims to it', () => {
    expect(out.events).toHaveLength(2);
    expect(out.events[0].triggers).toHaveLength(2);
    expect(out.claims[0].event).toBe(0);
  });

  it('keeps the same act with its sides reversed apart (a reply)', () => {
    expect(out.events[1].participants.map((p) => `${p.role}:${p.entity.id}`)).toEqual([
      'source:Q34',
      'target:Q796',
    ]);
    expect(out.events.map((e) => e.index)).toEqual([0, 1]);
  });
});
