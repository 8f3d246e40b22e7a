import { describe, expect, it } from 'vitest';
import { claimWith, read } from './helpers/claims.js';

// Our own sentences, in the shapes of claims the blind sets 21 and 22 gave the wrong speaker or none.

describe('claim sources: "بحسب ما قاله لوسيلة إعلام مصدر"', () => {
  it('reads the source after the medium spoken to and its adjective', () => {
    const doc = read(
      'انفجرت عبوة ناسفة قرب مقر المحكمة في العاصمة صباح اليوم.\nوبحسب ما أكده لوكالة الأنباء الأردنية الرسمية مصدر في وزارة الصحة، فقد نُقل ثلاثة جرحى إلى المستشفى الميداني.',
      '2021-05-10',
    );
    const c = claimWith(doc, 'نقل ثلاثة جرحى إلى المستشفى');
    expect(c?.anonymous).toBe(true);
    expect(c?.source?.institution).toBe('ministry-health');
  });
});

describe('claim sources: a verb, a channel, then its subject', () => {
  it('gives "وأعلنت عبر «تلغرام» جماعة تدعى «…»" to that group, not the last speaker', () => {
    const doc = read(
      'قالت مصادر أمنية إن سيارة مفخخة انفجرت قرب مبنى البلدية.\nوأعلنت عبر «تلغرام» جماعة تدعى «سرايا الفجر» مسؤوليتها عن التفجير، في منشور على قناتها.',
      '2021-05-10',
    );
    const c = claimWith(doc, 'مسؤوليتها عن التفجير');
    expect(c?.anonymous ?? false).toBe(false);
    expect(c?.sourceText ?? '').toMatch(/سرايا الفجر/);
  });
});

describe("claim sources: a candidate's campaign", () => {
  it('gives "وكانت حملة المرشح … قد أعلنت" to the campaign, not to the candidate', () => {
    const doc = read(
      'أفادت وكالة "فرانس برس" بأن الشرطة أوقفت المرشح الرئاسي كمال الدين حسن.\nوكانت حملة المرشح الرئاسي كمال الدين حسن قد أعلنت في وقت سابق أنه اعتقل أمام منزله.',
      '2019-02-12',
    );
    const c = claimWith(doc, 'أنه اعتقل أمام منزله');
    expect(c?.source?.type).toBe('ORG');
    expect(c?.source?.ar ?? '').toMatch(/^حملة/);
  });
  it('gives "وعزت حملة فلان" to the campaign', () => {
    const doc = read(
      'أوقفت الشرطة المرشح الرئاسي كمال الدين حسن أمس.\nوعزت حملة كمال الدين حسن قرارها تعليق نشاطها إلى "الحرص على سلامة المتطوعين".',
      '2019-02-12',
    );
    const c = claimWith(doc, 'الحرص على سلامة المتطوعين');
    expect(c?.source?.type).toBe('ORG');
    expect(c?.source?.ar ?? '').toMatch(/^حملة/);
  });
});

describe('claim sources: a bare "الرئيس" after two presidents', () => {
  it('is the president the report named with no country, not the foreign one named last', () => {
    const doc = read(
      'أجرى الرئيس قيس سعيد اتصالاً هاتفياً مع الرئيس الجزائري عبد المجيد تبون، تناول العلاقات الثنائية.\nوأكد الرئيس خلال الاتصال حرص تونس على تعزيز التعاون مع الجزائر في كل المجالات.',
      '2021-03-10',
    );
    expect(claimWith(doc, 'حرص تونس على تعزيز التعاون')?.source?.en).toBe('Kais Saied');
  });
  it('is the home president when the foreign one was last given the title after his name', () => {
    const doc = read(
      'سعيد يهنئ تبون هاتفياً بعيد الاستقلال\nأجرى الرئيس قيس سعيد اتصالاً هاتفياً مع عبد المجيد تبون، رئيس الجمهورية الجزائرية، وذكر المتحدث باسم الرئاسة أن الرئيس هنأ نظيره الجزائري بعيد الاستقلال، متمنياً له دوام الصحة.\nونوّه الرئيس إلى متانة العلاقات الأخوية بين تونس والجزائر، مبدياً تطلع تونس إلى تعزيز التعاون.',
      '2021-07-05',
    );
    expect(claimWith(doc, 'متانة العلاقات الأخوية')?.source?.en).toBe('Kais Saied');
  });
  it('reads "تقدم السيد الرئيس بشكره للرئيس المصري" as the home president thanking', () => {
    const doc = read(
      'تلقى رئيس الجمهورية عبد المجيد تبون اتصالاً هاتفياً من الرئيس المصري عبد الفتاح السيسي، هنأه فيه بعيد الاستقلال.\nوفي المقابل، تقدم السيد الرئيس بشكره الجزيل للرئيس المصري، معربا له عن تقديره لهذه المبادرة.',
      '2021-07-05',
    );
    expect(claimWith(doc, 'معربا له عن تقديره')?.source?.en).toBe('Abdelmadjid Tebboune');
  });
});

describe('claim sources: an embedded post signed by a name no entity holds', () => {
  const doc = read(
    'خرج آلاف المحتجين إلى شوارع العاصمة مطالبين برحيل الحكومة.\nنرفض الحكومة ونريد انتخابات مبكرة\n— Lina 🌸 (@lina_tn) March 3, 2022\nكاميرا 24 ترصد مواجهات بين الشرطة والمحتجين قرب #مجلس_النواب\n— 24NEWS (@24news) March 3, 2022\nوأفاد شهود عيان بأن الشرطة استخدمت الغاز المسيل للدموع.',
    '2022-03-03',
  );
  it('gives a dated post with no hashtag to the name that signs it', () => {
    expect(claimWith(doc, 'نريد انتخابات مبكرة')?.source?.en).toBe('Lina');
  });
  it("gives a channel's post to the channel its signature names", () => {
    expect(claimWith(doc, 'ترصد مواجهات بين الشرطة')?.source?.ar).toBe('24NEWS');
  });
});

describe('claim sources: footage a medium aired', () => {
  it('gives "وبثت القناة لقطات تظهر …" to the channel that aired it', () => {
    const doc = read(
      'وصل ملك الأردن إلى الرياض أمس في زيارة رسمية.\nوبثت قنوات التلفزيون السعودية لقطات تظهر الملك لدى وصوله إلى قصر اليمامة.',
      '2019-04-02',
    );
    expect(claimWith(doc, 'لدى وصوله إلى قصر اليمامة')?.source?.sector).toBe('media');
  });
  it('leaves what the one it showed says next to him, not to the channel', () => {
    const doc = read(
      'وصل الشيخ صباح الأحمد الجابر الصباح، أمير دولة الكويت، إلى بغداد أمس الخميس.\n\nوبثت قنوات التلفزيون العراقية لقطات تظهر أمير الكويت لدى وصوله إلى قصر الرئاسة في بغداد، ليشارك في أعمال القمة العربية.\n\nوفي كلمته أمام الجلسة الافتتاحية للقمة، اعتبر أمير الكويت أن العراق يستعيد دوره المعهود في العمل العربي المشترك.',
      '2012-03-30',
    );
    expect(claimWith(doc, 'يستعيد دوره المعهود')?.source?.type).toBe('PERSON');
  });
  it('gives "بحسب ما بثته فضائية «…»" to that channel', () => {
    const doc = read(
      'اقتحم مئات المحتجين مبنى المجلس البلدي، منددين بقرار رفع الأسعار، بحسب ما بثته فضائية "الجزيرة" في مقطع مصور.',
      '2019-04-02',
    );
    expect(claimWith(doc, 'منددين بقرار رفع الأسعار')?.source?.en).toBe('Al Jazeera');
  });
});

describe('claim sources: sources that did not rule out, and one of them', () => {
  it('reads "ولم تستبعد مصادر أمنية وقوف …" as the unnamed sources\' claim', () => {
    const doc = read('ولم تستبعد مصادر أمنية وقوف خلية متطرفة وراء الهجوم على الحافلة.', '2019-04-02');
    expect(claimWith(doc, 'وقوف خلية متطرفة')?.anonymous).toBe(true);
  });
  it('gives "وأضاف أحدها" to the unnamed sources that spoke before', () => {
    const doc = read(
      'قالت مصادر أمنية إن قوات إضافية انتشرت قرب مقر البرلمان.\nوأضاف أحدها أن تعزيزات جديدة ستصل إلى المنطقة مساء اليوم.',
      '2019-04-02',
    );
    expect(claimWith(doc, 'تعزيزات جديدة ستصل')?.anonymous).toBe(true);
  });
});
