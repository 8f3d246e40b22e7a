// Dates and merging on real reports (issue #20): own sentences in the style of real news.
import { describe, expect, it } from 'vitest';
import { clusterEvents } from '../src/cluster/merge.js';
import { mentionRefs } from '../src/shared/mentions.js';
import type { MentionRef } from '../src/shared/records.js';
import type { AnalyzedDocument } from '../src/types.js';
import { analyzeText } from './helpers/analyze-text.js';

const run = (id: string, text: string, published: string | null = null) => analyzeText(text, published, id);
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

describe('"the second visit since …" is the news itself', () => {
  it('folds "وهي ثاني زيارة يقوم بها … منذ" into the visit the lead tells', () => {
    const doc = run(
      's',
      'وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت اليوم الخميس في زيارة رسمية.\nوهي ثاني زيارة يقوم بها ماكرون إلى لبنان منذ انفجار المرفأ، وسيلتقي خلالها الرئيس ميشال عون.',
      '2020-09-03',
    );
    const visits = doc.events.filter((e) => e.type === 'CONSULT' && e.status === 'asserted');
    expect(visits).toHaveLength(1);
  });

  it('keeps "الزيارة الثانية" with no "منذ" as another occasion', () => {
    const doc = run(
      't',
      'وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت اليوم الخميس في زيارة رسمية.\nوكانت الزيارة الثانية لماكرون إلى لبنان قد جرت في أيلول الماضي.',
      '2020-12-03',
    );
    const first = doc.events.find((e) => e.type === 'CONSULT' && e.status === 'asserted');
    expect(first?.triggers).toHaveLength(1);
  });
});

describe('a recalled occasion given only by its year', () => {
  it('"وكانت زيارته الأولى حين حضر القمة العربية عام 2012" does not date the visit', () => {
    const e = visit(
      'يزور العاهل الأردني الملك عبد الله الثاني رام الله\nحطت مروحية العاهل الأردني الملك عبد الله الثاني في رام الله صباح اليوم الاثنين، وكانت زيارته الأولى حين حضر القمة العربية عام 2012.\nوكان الرئيس الفلسطيني محمود عباس في مقدمة مستقبليه.',
    );
    expect(e).toBeDefined();
    expect(e!.date.value).toBeNull();
  });
});

describe('a date in brackets after a noun dates what the noun names', () => {
  it('"ردّاً على التجربة الصاروخية (4 يوليو 2017)" is not the news day of the lead', () => {
    const doc = run(
      'b',
      'المغرب يطرد سفير كوريا الشمالية\nطلبت الرباط من سفير كوريا الشمالية لديها أن يغادر البلاد.\nوأوضحت مصادر أن الخطوة جاءت ردّاً على التجربة الصاروخية لبيونغ يانغ (4 يوليو 2017).',
    );
    expect(doc.events.some((e) => e.date.value === '2017-07-04')).toBe(false);
  });

  it('a bracketed day right after a time spells that time out', () => {
    const doc = run(
      'c',
      'انفجرت سيارة مفخخة مساء أمس الأربعاء (9 نوفمبر) أمام فندق في العاصمة الأردنية عمّان.',
      '2022-11-10',
    );
    expect(doc.events.find((e) => e.type === 'ASSAULT')?.date.value).toBe('2022-11-09');
  });
});

describe("a state's government in one report, its head in another, on one day", () => {
  const refs = (doc: AnalyzedDocument): MentionRef[] => mentionRefs(doc);
  it('joins "رئيس النظام السوري بشار الأسد" read as the Syrian government to a report naming Assad', () => {
    const a = run(
      'a',
      'العاهل المغربي يتلقى اتصالا من رئيس النظام السوري\nتلقى العاهل المغربي الملك محمد السادس، اليوم الأحد، اتصالا هاتفيا أجراه معه رئيس النظام السوري بشار الأسد، هو الأول منذ سنوات.',
      '2022-05-01',
    );
    const b = run(
      'b',
      'أجرى الرئيس السوري بشار الأسد اليوم الأحد اتصالا هاتفيا مع العاهل المغربي الملك محمد السادس تناول العلاقات الثنائية بين البلدين.',
      '2022-05-01',
    );
    expect(a.events[0].participants.some((p) => p.entity.en === 'Syrian government')).toBe(true);
    expect(clusterEvents([...refs(a), ...refs(b)]).filter((e) => e.type === 'CONSULT')).toHaveLength(1);
  });
});

describe('numeric dates written with backslashes', () => {
  it('"1\\1\\ 2011" on a forum page is 1 January 2011', () => {
    const doc = run('f', 'انفجرت سيارة مفخخة يوم 1\\1\\ 2011 امام كنيسة في مدينة الإسكندرية.');
    expect(doc.times.some((t) => t.value === '2011-01-01')).toBe(true);
  });
});

describe("a province named by its town's other name holds the town", () => {
  it('joins an agreement "بمدينة مكة" (the city) to one "في مكة المكرمة" (read as the region)', () => {
    const a = run(
      'a',
      'وقعت حركتا فتح وحماس اتفاقا للمصالحة في قصر الصفا بمدينة مكة برعاية العاهل السعودي، وينص الاتفاق على تشكيل حكومة وحدة وطنية.\nوأشاد المراقبون بالدور السعودي في رأب الصدع بين الفصائل، معتبرين أن الوثيقة تفتح صفحة جديدة في العلاقات الداخلية.',
    );
    const b = run(
      'b',
      'توصلت حركتا فتح وحماس إلى اتفاق في مكة المكرمة بعد مباحثات مطولة لإنهاء الخلافات وتشكيل حكومة وحدة وطنية.\nوتضمن الإعلان توزيع الحقائب الوزارية ووقف الاقتتال في القطاع، وسط ترحيب عربي ودولي واسع ببنوده.',
    );
    const places = [a, b].map((d) => d.events.find((e) => e.type === 'AGREE')?.location?.entity.id);
    expect(places[0]).not.toBe(places[1]);
    expect(
      clusterEvents([...mentionRefs(a), ...mentionRefs(b)]).filter((e) => e.type === 'AGREE'),
    ).toHaveLength(1);
  });
});

describe('what the news comes after dates that, not the news', () => {
  it('"وتأتي الزيارة بعد اجتماع عقدته الجامعة يوم الأربعاء" does not date the visit', () => {
    const e = visit(
      'الرئيس المصري في الخرطوم\nوصل الرئيس المصري عبد الفتاح السيسي إلى الخرطوم في زيارة تستمر يومين يلتقي خلالها الرئيس السوداني عمر البشير.\nوتأتي الزيارة بعد اجتماع عقدته الجامعة العربية في القاهرة يوم الأربعاء لبحث أزمة مياه النيل.',
    );
    expect(e).toBeDefined();
    expect(e!.date.weekday).not.toBe('Wednesday');
  });
});
