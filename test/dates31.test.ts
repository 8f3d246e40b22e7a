// Dates and merging on real reports (issue #20): own sentences in the style of real news.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const run = (id: string, text: string, published: string | null = null) =>
  analyze(
    { source: id, identity: id, kind: 'text', content: text, hints: published ? { published } : {}, messages: [] },
    { seen: new Date('2026-11-23') },
  );
const visit = (text: string, published: string | null = null) =>
  run('v', text, published).events.find((e) => e.type === 'CONSULT' && e.status === 'asserted');

describe('a later sentence recalling an earlier occasion does not date the news', () => {
  it('a pluperfect visit with its own year ("وكان … قد زار … في 12 مايو 2015")', () => {
    const e = visit(
      'وصل الرئيس التونسي قيس سعيد إلى الجزائر والتقى نظيره الجزائري عبد المجيد تبون.\nوبحث الجانبان العلاقات الثنائية.\nوكان سعيد قد زار العاصمة الجزائرية في 12 مايو 2015، حين شارك في مؤتمر إقليمي.',
    );
    expect(e).toBeDefined();
    expect(e!.date.value).toBeNull();
  });

  it('a visit told after "بعدما" ("بعدما زار عمّان في تموز 2010")', () => {
    const e = visit(
      'استقبل العاهل الأردني الملك عبد الله الثاني الرئيس المصري عبد الفتاح السيسي في عمّان.\nوهي الزيارة الثالثة للسيسي إلى الأردن، بعدما زار عمّان في 14 تموز 2010.',
    );
    expect(e).toBeDefined();
    expect(e!.date.value).toBeNull();
  });

  it('keeps the day a later sentence gives the news itself', () => {
    const e = visit(
      'وصل الرئيس التونسي قيس سعيد إلى الجزائر والتقى نظيره الجزائري عبد المجيد تبون.\nوجرى اللقاء في قصر المرادية في 12 مايو 2015.',
    );
    expect(e!.date.value).toBe('2015-05-12');
  });
});

describe('"the first … since" is the news, not an earlier occasion', () => {
  it('a call told as "الاتصال الأول منذ 2011" takes the statement\'s day', () => {
    const doc = run(
      'c',
      'الرئيس اللبناني يتلقى الاتصال الأول من الرئيس السوري منذ 2011\nتلقى الرئيس اللبناني ميشال عون اتصالا هاتفيا من الرئيس السوري بشار الأسد.\nوقالت الرئاسة اللبنانية، في بيان أصدرته الأحد، إن الاتصال تناول العلاقات بين البلدين.',
      '2021-10-03',
    );
    const e = doc.events.find((x) => x.type === 'CONSULT');
    expect(e?.date.value).toBe('2021-10-03');
  });

  it('still takes "الزيارة الأولى" with no "منذ" after it as an earlier occasion', () => {
    const doc = run(
      'd',
      'أشار المسؤول إلى الزيارة الأولى التي أجراها الرئيس التركي رجب طيب أردوغان إلى الدوحة.\nوقال الديوان الأميري اليوم الأحد إن الأمير سيستقبل ضيوفه.',
      '2021-10-03',
    );
    const e = doc.events.find((x) => x.type === 'CONSULT' && x.date.value === '2021-10-03');
    expect(e).toBeUndefined();
  });
});
