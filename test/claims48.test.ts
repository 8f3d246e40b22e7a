import { describe, expect, it } from 'vitest';
import { claimWith, read } from './helpers/claims.js';

// Our own sentences, in the shapes of claims the held-out sets gave the carrier, the next sentence's
// speaker or no one.

describe('claim sources: quotations marked »…«, the guillemets the other way round', () => {
  it('keeps the quotation in its own sentence, spoken by the one who says it', () => {
    const doc = read(
      'وفي برلين، عاد وزير الخارجية الألماني هايكو ماس إلى انتقاد موسكو، قائلا »هناك من يريد تقويض الاستقرار، وهذا ليس صدفة«، معربا عن قلقه. وكانت وزيرة الدفاع الألمانية أنغريت كرامب كارنباور قد تحدثت أمس عن «مسؤولية» موسكو.',
      '2019-04-10',
    );
    expect(claimWith(doc, 'يريد تقويض الاستقرار')?.sourceText).toContain('هايكو ماس');
  });
});

describe('claim sources: "نقلت إذاعة X عنه قوله" — the carrier before the pronoun', () => {
  it('credits the one the pronoun stands for, not the radio that carried him', () => {
    const doc = read(
      'وكان وزير الدفاع الكيني أحمد محمد قد تعهد الأسبوع الماضي بملاحقة المسلحين في الغابات.\nونقلت إذاعة (كابيتال) عنه قوله إن قواته "ستلاحق المتمردين حتى آخر معقل".',
      '2019-04-10',
    );
    const c = claimWith(doc, 'ستلاحق المتمردين');
    expect(c?.sourceText).toContain('أحمد محمد');
    expect(c?.sourceText).not.toContain('إذاعة');
  });
});

describe('claim sources: a ministry of a region that governs itself', () => {
  it('names "وزارة الصحة في إقليم كردستان" as the region\'s ministry, not its state\'s', () => {
    const doc = read('وقالت وزارة الصحة في إقليم كردستان إن "المستشفيات استقبلت عشرين جريحا".', '2020-05-10');
    const c = claimWith(doc, 'المستشفيات استقبلت');
    expect(c?.source?.ar).toBe('وزارة صحة إقليم كردستان');
    expect(c?.source?.country).toBe('IRQ');
    expect((c?.source as { sector?: string } | undefined)?.sector).toBeUndefined();
  });
  it('recalls that ministry from "ووصفت الوزارة"', () => {
    const doc = read(
      'رفضت وزارة الداخلية في إقليم كردستان العراق تصريحات أدلى بها القنصل التركي في أربيل.\nووصفت الوزارة التصريحات بأنها "لا أساس لها من الصحة".',
      '2020-05-10',
    );
    expect(claimWith(doc, 'لا أساس لها')?.source?.ar).toBe('وزارة داخلية إقليم كردستان');
  });
  it("leaves a state ministry in a city its state's", () => {
    const doc = read('وقالت وزارة الصحة في بغداد إن "المستشفيات استقبلت عشرين جريحا".', '2020-05-10');
    expect(claimWith(doc, 'المستشفيات استقبلت')?.source?.country).toBe('IRQ');
    expect(claimWith(doc, 'المستشفيات استقبلت')?.source?.ar).not.toContain('إقليم');
  });
});

describe('claim sources: "قوى" heading a coalition\'s name', () => {
  it('reads "رأت قوى الحرية والتغيير أن" as the coalition', () => {
    const doc = read(
      'اعتقلت السلطات قياديين في المعارضة.\nوفي بيان صدر اليوم، رأت قوى الحرية والتغيير أن الاعتقالات "تأتي في إطار حملة ممنهجة ضد قياداتها".',
      '2022-05-10',
    );
    expect(claimWith(doc, 'حملة ممنهجة')?.sourceText).toBe('قوى الحرية والتغيير');
  });
  it('reads "وقالت قوى الإجماع الوطني" as a body', () => {
    const doc = read('وقالت قوى الإجماع الوطني إن "الحكومة فقدت شرعيتها".', '2022-05-10');
    expect(claimWith(doc, 'فقدت شرعيتها')?.sourceText).toBe('قوى الإجماع الوطني');
  });
});

describe('claim sources: the organising committee named by its description', () => {
  it('reads "وبحسب اللجنة المنظمة،" as the committee', () => {
    const doc = read(
      'خرج آلاف المحتجين في مسيرة بمدينة الناظور.\nوبحسب اللجنة المنظمة، شارك في المسيرة "نحو ثلاثين ألف شخص" من مختلف الأعمار.',
      '2017-06-10',
    );
    expect(claimWith(doc, 'نحو ثلاثين ألف')?.sourceText).toBe('اللجنة المنظمة');
  });
  it('reads "أعلنت اللجنة المنظمة لمسيرة «…»" as the committee', () => {
    const doc = read(
      'أعلنت اللجنة المنظمة لمسيرة «كرامة شعب» على «تويتر» انتهاء المسيرة بعد ساعة من انطلاقها، مؤكدة أنها "سلمية بالكامل".',
      '2012-11-10',
    );
    expect(claimWith(doc, 'سلمية بالكامل')?.sourceText).toContain('اللجنة المنظمة');
  });
});

describe("claim sources: a body's name quoted right after the verb", () => {
  it('reads \'نددت "وزارة …" الموريتانية بـ"…"\' as the ministry, and "وحمّلت الوزارة" as the same', () => {
    const doc = read(
      'نددت "وزارة الشؤون الخارجية والتعاون" الموريتانية بـ"الهجوم على السفارة في الخرطوم وما رافقه من تخريب".\nوحمّلت الوزارة السلطات السودانية "مسؤولية حماية البعثات الدبلوماسية".',
      '2016-01-10',
    );
    for (const quote of ['الهجوم على السفارة', 'مسؤولية حماية البعثات']) {
      const c = claimWith(doc, quote);
      expect(c?.source?.country).toBe('MRT');
      expect((c?.source as { sector?: string } | undefined)?.sector).toBe('foreign');
    }
  });
});
