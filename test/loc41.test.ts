// Where an event happened (issue #20): own sentences in the style of real news.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';

const run = (text: string) => analyzeText(text, '2024-03-06', 'loc41');

describe('a truce is placed by the sentences that tell it, not by a town of its aftermath', () => {
  it('a town the displaced return through, named in the lead after the truce took hold', () => {
    const d = run(
      'دخل وقف إطلاق النار بين الجيش والمتمردين في السودان حيز التنفيذ صباح اليوم الأربعاء.\nوبدأ آلاف النازحين العودة إلى منازلهم.\nوشوهدت طوابير السيارات تغادر مدينة كسلا متجهة غرباً.',
    );
    const truce = d.events.find((e) => e.mode === 'ceasefire' && e.status === 'asserted');
    expect(truce).toBeDefined();
    expect(truce!.location?.entity.en).not.toBe('Kassala');
  });

  it('a port where aid comes in, in a lead that names the truce only as its occasion', () => {
    const d = run(
      'هدوء حذر في اليمن مع بدء الهدنة الإنسانية.\nوأفاد مصدر في ميناء عدن بأن سفينة محملة بالقمح رست في الميناء صباح اليوم.\nوبدأ توزيع المساعدات على المحافظات.',
    );
    const truce = d.events.find((e) => e.mode === 'ceasefire' && e.status === 'asserted');
    expect(truce).toBeDefined();
    expect(truce!.location?.entity.en).not.toBe('Aden');
  });
});

describe('a word joined by "و" to a plural head of settlements is another head, no town', () => {
  it('"في مدن وعواصم ولايات عدة" reads no place', () => {
    const d = run('خرج آلاف المحتجين اليوم إلى شوارع مدن وعواصم ولايات عدة للمطالبة بالحكم المدني.');
    const unknown = d.entities.filter((m) => m.entity.id.startsWith('mirsad:unknown-place'));
    expect(unknown.map((m) => m.text)).toEqual([]);
  });

  it('still reads the towns a plural head lists ("قرى التفاحية والروضة")', () => {
    const d = run('قصفت المدفعية قرى التفاحية والروضة شمالي البلاد.');
    const unknown = d.entities.filter((m) => m.entity.id.startsWith('mirsad:unknown-place'));
    expect(unknown.map((m) => m.text)).toEqual(['التفاحية', 'الروضة']);
  });
});
