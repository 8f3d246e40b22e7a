import { describe, expect, it } from 'vitest';
import { analyzeText, claimWith } from './helpers/analyze-text.js';

// Our own sentences, in the shapes of the claims held-out set 19 gave to no one or to the wrong speaker.
const read = (text: string, published = '2019-04-14') => analyzeText(text, published);

describe('claims32: "الوزارة" after a spokesman or source is the ministry the report named last', () => {
  const ministry = 'أعلنت وزارة الداخلية الأردنية أن ثلاثة من رجال الأمن أصيبوا في الاشتباك. ';
  it('reads "متحدث باسم الوزارة" as the interior ministry named before', () => {
    const doc = read(`${ministry}وأوضح متحدث باسم الوزارة أن المسلحين فروا باتجاه الحدود.`);
    const c = claimWith(doc, 'فروا باتجاه الحدود');
    expect(c?.source?.country).toBe('JOR');
    expect(c?.source?.institution).toBe('ministry-interior');
  });
  it('reads "الناطق باسم الوزارة" and "مسؤول في الوزارة" the same way', () => {
    const spokesman = read(`${ministry}وقال الناطق باسم الوزارة إن المسلحين فروا شرقا.`);
    expect(claimWith(spokesman, 'فروا شرقا')?.source?.institution).toBe('ministry-interior');
    const official = read(`${ministry}وذكر مسؤول في الوزارة أن المسلحين فروا غربا.`);
    expect(claimWith(official, 'فروا غربا')?.source?.institution).toBe('ministry-interior');
  });
});

describe('claims32: news agencies named by kind are media reports, of the state they serve', () => {
  it('reads "أفادت وكالات الأنباء الرسمية" as the official media of the report\'s state', () => {
    const doc = read('أفادت وكالات الأنباء الرسمية في الجزائر بمقتل ثلاثة جنود، بعدما انفجرت عبوة بدوريتهم.');
    const c = claimWith(doc, 'انفجرت عبوة');
    expect(c?.source?.id).toBe('mirsad:media-reports');
    expect(c?.source?.country).toBe('DZA');
  });
  it('reads "ذكرت وكالات أنباء" as media reports', () => {
    const doc = read('ذكرت وكالات أنباء أن الطائرة هبطت اضطراريا في مطار قريب.');
    expect(claimWith(doc, 'هبطت اضطراريا')?.source?.id).toBe('mirsad:media-reports');
  });
});

describe('claims32: "وبحسب البيان،" names its source up to the comma', () => {
  it("keeps the statement's issuer when a person is named right after the comma", () => {
    const doc = read(
      'وأفاد الديوان الملكي الأردني في بيان بأن الملك غادر إلى باريس. ' +
        'وبحسب البيان، سيلتقي الملك عبدالله ماكرون لبحث العلاقات الثنائية.',
    );
    expect(claimWith(doc, 'لبحث العلاقات')?.source?.institution).toBe('court-royal');
  });
});

describe('claims32: a kin word with its pronoun and no name after it is an unnamed source', () => {
  it('reads "وقال شقيقه إن" and "وأكدت زوجته أن" as anonymous', () => {
    const doc = read(
      'قتل المحامي بالرصاص أمام مكتبه في وسط المدينة. وقال شقيقه إن القتلة فروا على دراجة نارية. ' +
        'وأكدت زوجته أن المحامي تلقى تهديدات قبل أسبوع.',
    );
    expect(claimWith(doc, 'القتلة فروا')?.anonymous).toBe(true);
    expect(claimWith(doc, 'تلقى تهديدات')?.anonymous).toBe(true);
  });
  it('reads "بحسب ما أعلنه شقيقه لوكالة" as the brother\'s, the agency his medium', () => {
    const doc = read('قتل الناشط بالرصاص أمام منزله، بحسب ما أعلنه شقيقه لوكالة رويترز.');
    expect(claimWith(doc, 'أمام منزله')?.anonymous).toBe(true);
  });
  it('keeps a kin word before a name as that person', () => {
    const doc = read('قتل الناشط أمام منزله. وقال شقيقه أحمد الزين إن القتلة فروا.');
    expect(claimWith(doc, 'القتلة فروا')?.anonymous).toBeFalsy();
  });
});

describe('claims32: a repeated given name that runs on into a name before an apposed title is a new person', () => {
  it('reads "نقلت الوكالة عن محمد على العروى، الناطق …" as that spokesman, not the Mohamed named before', () => {
    const doc = read(
      'قتل النائب محمد الصغير أمام منزله. ونقلت وكالة الأنباء التونسية عن محمد على العروى، ' +
        'الناطق الرسمي باسم وزارة الداخلية، أن "مسلحين أطلقا النار عليه".',
      '2013-07-25',
    );
    const c = claimWith(doc, 'مسلحين أطلقا');
    expect(c?.source?.ar).toBe('محمد على العروى');
  });
  it('reads "وأوضح الناطق" after him as the same spokesman', () => {
    const doc = read(
      'قتل النائب محمد الصغير أمام منزله. ونقلت وكالة الأنباء التونسية عن محمد على العروى، ' +
        'الناطق الرسمي باسم وزارة الداخلية، أن "مسلحين أطلقا النار عليه". وأوضح الناطق أن "الرصاص أصاب سيارته".',
      '2013-07-25',
    );
    expect(claimWith(doc, 'الرصاص أصاب')?.source?.ar).toBe('محمد على العروى');
  });
});

describe('claims32: a statement published with an adjective, or by a subject before "قد", speaks for its publisher', () => {
  const before = 'قال مصدر عسكري إن الهجوم صد. ';
  it('reads "ونشرت الوكالة بيانا رسميا أفاد بأن" as the agency\'s', () => {
    const doc = read(`${before}ونشرت وكالة الأنباء الكويتية بيانا رسميا أفاد بأن الوزير سيصل غدا.`);
    expect(claimWith(doc, 'الوزير سيصل')?.source?.en).toBe('Kuwait News Agency');
  });
  it('reads "وكانت الوكالة قد نشرت في وقت سابق بيانا يفيد بأن" as the agency\'s', () => {
    const doc = read(
      `${before}وكانت وكالة الأنباء الكويتية قد نشرت في وقت سابق بيانا يفيد بأن الوزير سيصل غدا.`,
    );
    expect(claimWith(doc, 'الوزير سيصل')?.source?.en).toBe('Kuwait News Agency');
  });
});
