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
      'عودة الحركة إلى الموانئ في ظل الهدنة\nدخلت الهدنة بين الحكومة والحوثيين حيز التنفيذ مساء الثلاثاء.\nوأفاد مصدر في ميناء عدن بأن سفينة محملة بالقمح رست في الميناء صباح اليوم.\nوبدأ توزيع المساعدات على المحافظات.',
    );
    const truce = d.events.find((e) => e.mode === 'ceasefire' && e.status === 'asserted');
    expect(truce).toBeDefined();
    expect(truce!.location?.text ?? '').not.toContain('عدن');
  });
});

describe('a word joined by "و" to a plural head of settlements is another head, no town', () => {
  it('"في مدن وعواصم ولايات عدة" reads no place; a list after the head still does', () => {
    const unknown = (text: string) =>
      run(text)
        .entities.filter((m) => m.entity.id.startsWith('mirsad:unknown-place'))
        .map((m) => m.text);
    expect(
      unknown('خرج آلاف المحتجين اليوم إلى شوارع مدن وعواصم ولايات عدة للمطالبة بالحكم المدني.'),
    ).toEqual([]);
    expect(unknown('قصفت المدفعية قرى التفاحية والروضة شمالي البلاد.')).toEqual(['التفاحية', 'الروضة']);
  });
});

describe('a word in construct with a place already read is its head, no town of its own', () => {
  it('"في بادية السماوة" twice reads no place "بادية"; a town placed twice still is one', () => {
    const unknown = (text: string) =>
      run(text)
        .entities.filter((m) => m.entity.id.startsWith('mirsad:unknown-place'))
        .map((m) => m.text);
    expect(
      unknown(
        'خطف مسلحون مجهولون خمسة صيادين في بادية السماوة جنوبي العراق.\nوقالت الشرطة إن الصيادين كانوا يخيمون في بادية السماوة منذ أسبوع.',
      ),
    ).toEqual([]);
    expect(
      unknown('اندلعت اشتباكات عنيفة في خلدة مساء أمس.\nوقال شهود إن الاشتباكات تجددت في خلدة صباح اليوم.'),
    ).toEqual(['خلدة', 'خلدة']);
  });
});
