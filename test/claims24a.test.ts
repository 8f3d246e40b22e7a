import { describe, expect, it } from 'vitest';
import { analyzeText, claimWith } from './helpers/analyze-text.js';

// Our own sentences, in the shapes of the claims the held-out sets found none for (issue #20).
const read = (text: string, published = '2012-05-10') => analyzeText(text, published);

describe('claims24a: calls, accusations and blame without a quotation', () => {
  it('reads "دعا X إلى" and a verbal noun as what the caller said', () => {
    const doc = read(
      'من جهته، دعا الأمين العام للجامعة العربية نبيل العربي الدول الأعضاء إلى سحب سفرائها من دمشق.',
    );
    expect(claimWith(doc, 'سحب سفرائها')?.source?.en).toBe('Nabil Elaraby');
  });

  it('reads "حمّل X مسؤولية" as what the blaming government said', () => {
    const doc = read(
      'وكانت الحكومة العراقية قد حملت الميليشيات مسؤولية التفجير الذي وقع في المدينة الشهر الماضي.',
    );
    expect(claimWith(doc, 'مسؤولية التفجير')?.source?.country).toBe('IRQ');
  });

  it('keeps "حمل المتظاهرون لافتات" an act, no claim', () => {
    const doc = read('وحمل المتظاهرون لافتات في ساحة التحرير وسط العاصمة.');
    expect(claimWith(doc, 'لافتات')).toBeUndefined();
  });
});

describe('claims24a: appeals and praise', () => {
  it('reads "أهاب بـ" as a saying of its subject', () => {
    const doc = read(
      "وأهاب الرئيس المصري حسني مبارك بالمواطنين ''أن يتحدوا في وجه من يريد الفتنة''.",
      '2010-01-08',
    );
    expect(claimWith(doc, 'يتحدوا')?.source?.en).toBe('Hosni Mubarak');
  });

  it('reads "أثنى على" as a saying of its subject', () => {
    const doc = read(
      'من جانبه، أثنى الرئيس عبد الفتاح السيسي على دعم المملكة لبلاده خلال السنوات الماضية.',
      '2016-04-08',
    );
    expect(claimWith(doc, 'دعم المملكة')?.source?.en).toBe('Abdel Fattah el-Sisi');
  });
});

describe("claims24a: an agreement's text speaks for its parties", () => {
  it('gives "بحسب نص الاتفاق، اتفق الطرفان على" to the movement that signed', () => {
    const doc = read(
      'وقعت حركتا فتح وحماس في القاهرة اتفاقا لإنهاء الانقسام. وبحسب نص الاتفاق، اتفقت الحركتان على تشكيل لجنة مشتركة لإدارة المعابر.',
    );
    expect(claimWith(doc, 'لجنة مشتركة')?.source?.en).toMatch(/^(Fatah|Hamas)$/);
  });

  it('makes the dashed list after "اتفق الطرفان على … هي:" a claim of the parties', () => {
    const doc = read(
      'وقعت حركتا فتح وحماس في القاهرة اتفاقا للمصالحة، وقد اتفق الطرفان على ثلاث نقاط هي:\n\n- وقف الحملات الإعلامية بين الطرفين.\n- إطلاق سراح المعتقلين.',
    );
    expect(claimWith(doc, 'وقف الحملات الإعلامية')?.source?.en).toMatch(/^(Fatah|Hamas)$/);
  });

  it('never gives the words to a body named inside the quotation', () => {
    const doc = read('ونص الاتفاق على "احترام سيادة الدول وفق ميثاق الأمم المتحدة والقانون الدولي".');
    expect(claimWith(doc, 'احترام سيادة')?.source?.en).not.toBe('United Nations');
  });
});

describe('claims24a: a describing verb in a relative clause', () => {
  it('gives "الذي وصفه بأنه" to the subject of the clause, not to its antecedent', () => {
    const doc = read(
      'كما زار الرئيس المصري عبد الفتاح السيسي النصب التذكاري للجندي المجهول الذي وصفه بأنه "رمز للتضحية والفداء".',
      '2016-04-08',
    );
    expect(claimWith(doc, 'رمز للتضحية')?.source?.en).toBe('Abdel Fattah el-Sisi');
  });
});

describe('claims24a: participles of threatening and accusing', () => {
  it('reads "مهدداً بـ" after a statement as its speaker\'s', () => {
    const doc = read(
      'وكان الرئيس الإيراني حسن روحاني قد أطلق تصريحاته في بداية الشهر، مهددا بإغلاق الممرات المائية أمام ناقلات النفط.',
      '2018-07-21',
    );
    expect(claimWith(doc, 'بإغلاق الممرات')?.source?.en).toBe('Hassan Rouhani');
  });
});

describe('claims24a: an embedded post', () => {
  it("gives the post's text to the author its signature line names", () => {
    const doc = read(
      'قال قائد قوات سوريا الديمقراطية مظلوم عبدي إن المفاوضات مستمرة.\nفي هذه المرحلة الصعبة، نعمل معا لبناء مستقبل أفضل لشعبنا. نرحب بكل خطوة تقربنا من السلام الدائم في البلاد pic.twitter.com/AbCdEf123\n— Mazloum Abdî مظلوم عبدي (@MazloumAbdi) May 2, 2025',
      '2025-05-03',
    );
    expect(claimWith(doc, 'نعمل معا لبناء')?.source?.en).toBe('Mazloum Abdi');
  });
});
