import { describe, expect, it } from 'vitest';
import { analyzeText, claimWith } from './helpers/analyze-text.js';

// Our own sentences, in the shapes of claims given the wrong source on the held-out sets.
const read = (text: string, published?: string) => analyzeText(text, published);

describe('claim sources: an outlet the KB does not hold', () => {
  it('names "صحيفة ليبراسيون الفرنسية" by its name, without its head noun', () => {
    const doc = read(
      'نشرت صحيفة ليبراسيون الفرنسية تقريرا عن الهجوم. وأوضحت الصحيفة أن المهاجمين فروا نحو الجبال.',
    );
    const source = claimWith(doc, 'فروا نحو الجبال')?.source;
    expect(source?.en).toBe('ليبراسيون');
    expect(source?.ar).toBe('صحيفة ليبراسيون');
  });

  it("reads the paper's name alone, quoted later, as that paper", () => {
    const doc = read(
      'وبحسب صحيفة الوسيط الليبية، يزور الوزير تونس الأسبوع المقبل. ونقلت "الوسيط" أن الزيارة ستدوم يومين.',
    );
    const first = claimWith(doc, 'يزور الوزير تونس')?.source;
    expect(first?.en).toBe('الوسيط');
    expect(claimWith(doc, 'ستدوم يومين')?.source?.id).toBe(first?.id);
  });

  it('gives two channels under one dual head to the first named', () => {
    const doc = read('وذكرت قناتا "الجزيرة" و"العربية" أن الاجتماع تأجل إلى الأسبوع المقبل.');
    expect(claimWith(doc, 'الاجتماع تأجل')?.source?.en).toBe('Al Jazeera');
  });
});

describe('claim sources: a kin of a named person who tells a medium', () => {
  it('reads "وأبلغت زوجة الهادي إذاعة …" as an unnamed source carried by the radio, not the agency named before', () => {
    const doc = read(
      'اغتيل المعارض التونسي سمير الهادي أمام منزله صباح اليوم، بحسب ما أعلنه شقيقه لوكالة الصحافة الفرنسية. وأبلغت زوجة الهادي إذاعة (شمس) المحلية بأن زوجها أصيب بثلاث رصاصات.',
    );
    const claim = claimWith(doc, 'أصيب بثلاث رصاصات');
    expect(claim?.anonymous).toBe(true);
    expect(claim?.sourceText).toBe('زوجة الهادي');
    expect(claim?.source?.en).toBe('شمس');
  });
});

describe('claim sources: the quoted reason of a body’s decision', () => {
  const text =
    'وكان مجلس النواب الأردني قد صوّت الشهر الماضي على تعليق عضوية النائب سالم الخوالدة لمدة عام بسبب "إساءته للمجلس ورئيسه"، إثر مداخلة له عن الأسعار.\nوسبق ذلك تعليق المجلس عضويته بسبب "تطاوله على النظام الداخلي"، وفق نص القرار.';
  it('gives the reason quoted after "بسبب" to the council that voted', () => {
    const doc = read(text, '2021-06-10');
    expect(claimWith(doc, 'إساءته للمجلس ورئيسه')?.source?.ar).toContain('مجلس النواب');
  });
  it('gives it to the council named again by its head noun after a verbal noun', () => {
    const doc = read(text, '2021-06-10');
    expect(claimWith(doc, 'تطاوله على النظام الداخلي')?.source?.ar).toContain('مجلس النواب');
  });
  it('leaves a headline’s quoted reason of a state’s act to the agency that gives it', () => {
    const doc = read(
      'طهران تستدعي السفير الدنماركي بسبب "تصريحات مرفوضة"\nقالت وكالة أنباء فارس إن إيران استدعت السفير الدنماركي بسبب "تصريحات مرفوضة" أدلى بها.',
    );
    expect(claimWith(doc, 'تصريحات مرفوضة')?.source?.en).toBe('Fars News Agency');
  });
});

describe('claim sources: what an agency reports is known so far', () => {
  it('keeps the agency as the source of "أن المعلومات الأولية تشير إلى"', () => {
    const doc = read(
      'وأفادت وكالة الأنباء الكويتية أن المعلومات الأولية تشير إلى أن الحريق نجم عن تماس كهربائي.',
    );
    expect(claimWith(doc, 'تماس كهربائي')?.source?.en).toBe('Kuwait News Agency');
  });
});

describe('claim sources: a statement and its publisher', () => {
  it('reads "بيان مكتوب نشرته الحكومة" as the government’s statement', () => {
    const doc = read(
      'أعلنت الحكومة العراقية حظر التجول في بغداد. وجاء في بيان مكتوب نشرته "الحكومة" على موقعها: "الحظر يبدأ مساء اليوم".',
    );
    expect(claimWith(doc, 'الحظر يبدأ مساء اليوم')?.source?.en).toBe('Iraqi government');
  });
});

describe('claim sources: a family name with its particle', () => {
  it('reads "وأكد ولد بوعماتو" as a person so named', () => {
    const doc = read('وأكد ولد بوعماتو في حديث للصحفيين أن "الحزب لن يقاطع الانتخابات".');
    const claim = claimWith(doc, 'لن يقاطع الانتخابات');
    expect(claim?.source?.type).toBe('PERSON');
    expect(claim?.sourceText).toBe('ولد بوعماتو');
  });
});

describe('claim sources: the office of a monarchy’s head of state', () => {
  it('reads "الرئاسة القطرية" as the emiri court, not a presidency Qatar does not have', () => {
    const doc = read('وأفادت الرئاسة القطرية بأن الأمير وصل إلى عمّان في زيارة رسمية.', '2022-03-01');
    const source = claimWith(doc, 'وصل إلى عمّان')?.source;
    expect(source?.institution).toBe('court-emiri');
    expect(source?.country).toBe('QAT');
  });
});

describe('claim sources: wishes and what an account amounts to', () => {
  it('reads "تمنى الرئيس … التوفيق" as the president’s words', () => {
    const doc = read('وفي الاتصال، تمنى الرئيس المصري للحكومة الجديدة التوفيق في مهامها.', '2022-03-01');
    expect(claimWith(doc, 'التوفيق في مهامها')?.source?.type).toBe('PERSON');
  });
  it('reads "…، مفادها أن" after unnamed sources as unnamed sources’ account', () => {
    const doc = read(
      'وبحسب مصادر محلية، فإن عبوة ناسفة انفجرت قرب السوق. غير أن مصادر أخرى قدمت رواية مختلفة، مفادها أن قذيفة سقطت قرب السوق.',
    );
    expect(claimWith(doc, 'قذيفة سقطت قرب السوق')?.anonymous).toBe(true);
  });
});
