import { describe, expect, it } from 'vitest';
import { analyzeText, claimWith } from './helpers/analyze-text.js';

// Our own sentences, in the shapes of the claim sources set 16 missed.
const read = (text: string, published = '2022-03-14') => analyzeText(text, published);

describe('claims27: a speaker named again by the title apposed after his name', () => {
  it('reads "وأضاف السفير" as the ambassador named before with that title after his name', () => {
    const doc = read(
      'وقال مارك فيلدمان، سفير كندا في الأردن، إن ثلاثة أشخاص أصيبوا في الحادث. ' +
        'وأضاف السفير "لا توجد معلومات عن ضحايا من الكنديين حتى الآن".',
    );
    expect(claimWith(doc, 'لا توجد معلومات')?.source?.ar).toBe('مارك فيلدمان');
  });

  it('reads a title in construct ("واعتبر رئيس الحركة") as the one named with it', () => {
    const doc = read(
      'رأى سامي عثمان داود، رئيس الحركة الشعبية، أن الاتفاق خطوة أولى. ' +
        'واعتبر رئيس الحركة أن نجاح الاتفاق يحتاج إلى دعم الجيران.',
    );
    expect(claimWith(doc, 'يحتاج إلى دعم')?.source?.ar).toBe('سامي عثمان داود');
  });
});

describe('claims27: an honorific pronoun ("سماحته") and the verbs that go on after it', () => {
  it('gives "وأكد سماحته" and the next subjectless verb to the one named after "سماحة"', () => {
    const doc = read(
      'استقبل سماحة الشيخ حسين الموسوي وفداً من أعيان المدينة في مكتبه. ' +
        'وأكد سماحته خلال اللقاء أن "وحدة الصف واجب على الجميع".\n\n' +
        'كما أبدى ارتياحه لعودة الهدوء، مؤكداً أن "الحوار هو الطريق الوحيد".',
    );
    expect(claimWith(doc, 'وحدة الصف')?.source?.ar).toBe('حسين الموسوي');
    expect(claimWith(doc, 'الحوار هو الطريق')?.source?.ar).toBe('حسين الموسوي');
  });
});

describe('claims27: a name the report writes again from its second part', () => {
  it('gives "وتابع ماتيو" to "جوزيف ماتيو لوكا" named before in full, not "أحمد فهمي" to "آبي أحمد"', () => {
    const doc = read(
      'وقال الرئيس جوزيف ماتيو لوكا في كلمته: "نحن سعداء بهذا الإنجاز". ' +
        'وتابع ماتيو: "التحديات لن تمنعنا من الوقوف مع جيراننا".',
    );
    expect(claimWith(doc, 'التحديات لن تمنعنا')?.source?.ar).toBe('جوزيف ماتيو لوكا');
  });

  it('keeps a name whose later parts are not the other\'s ("أحمد فهمي" after "آبي أحمد")', () => {
    const doc = read(
      'وقال رئيس الوزراء الإثيوبي آبي أحمد إن "المفاوضات مستمرة". ' +
        'وقال المتحدث باسم الرئاسة المصرية أحمد فهمي إن "الرئيس تلقى اتصالاً هاتفياً".',
    );
    expect(claimWith(doc, 'تلقى اتصالاً')?.source?.ar).not.toBe('آبي أحمد');
  });
});

describe("claims27: a title between two commas is an apposition, not the next verb's subject", () => {
  it('gives "وقال" to the subject of the sentence, not to the one apposed after its object', () => {
    const doc = read(
      'وانتقد الرئيس رجب طيب أردوغان نتنياهو، رئيس الوزراء الإسرائيلي، وقال إنه يقود "حكومة متطرفة".',
    );
    expect(claimWith(doc, 'حكومة متطرفة')?.source?.ar).toBe('رجب طيب أردوغان');
  });
});

describe('claims27: a verb with "فقد" after an attribution that relays someone', () => {
  it('gives "وبحسب ما نقلته الوكالة عن فلان، فقد قال" to the one relayed, not to the last speaker', () => {
    const doc = read(
      'ذكرت الإذاعة الرسمية المصرية أن "الوفد وصل صباح اليوم". ' +
        'وبحسب ما نقلته وكالة الأناضول عن الرئيس التركي رجب طيب أردوغان، فقد قال إن "الحوار هو السبيل الوحيد".',
    );
    const c = claimWith(doc, 'السبيل الوحيد');
    expect(c?.source?.ar).toBe('رجب طيب أردوغان');
    expect(c?.medium?.en).toBe('Anadolu Agency');
  });
});

describe('claims27: a relayed speaker we cannot name leaves the medium as the source', () => {
  it('gives "ونقلت وكالة الأناضول أن الخارجية أبلغت …" to the agency, not to the outlet', () => {
    const doc = read(
      'ونقلت وكالة “الأناضول” التركية أن الخارجية أبلغت القنصل بأن مغادرته لبعض الوقت “ستكون مناسبة”.',
    );
    expect(claimWith(doc, 'ستكون مناسبة')?.source?.en).toBe('Anadolu Agency');
  });
});
