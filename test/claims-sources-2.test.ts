import { describe, expect, it } from 'vitest';
import { normalize } from '../src/arabic/normalize.js';
import { analyzeText, claimWith } from './helpers/analyze-text.js';

// Our own sentences, in the shapes of the claim sources the twelfth held-out set gave wrong (issue #20).
const read = (text: string, published = '2019-03-02') => analyzeText(text, published);

describe('claim sources: state media', () => {
  it('gives a bare "التلفزيون" the state television named before, though it broadcast and did not say', () => {
    const doc = read(
      'وبث التلفزيون الأردني الرسمي على الهواء وصول الوفد إلى مطار عمان. وذكر التلفزيون أن ولي العهد استقبل الضيوف في القاعة.',
    );
    expect(claimWith(doc, 'استقبل الضيوف')?.source).toMatchObject({ country: 'JOR', sector: 'media' });
  });

  it('reads "الحكومي" as the adjective of a state medium, which then speaks itself', () => {
    const doc = read('وقال التلفزيون الحكومي العراقي مساء السبت إن العراق أعلن السفير شخصا غير مرغوب فيه.');
    expect(claimWith(doc, 'غير مرغوب')?.source).toMatchObject({ country: 'IRQ', sector: 'media' });
  });

  it("gives a correspondent's report to his agency, named in full with its short name in brackets", () => {
    const doc = read(
      'وأفاد تقرير لمراسل وكالة الجمهورية الإسلامية للأنباء (إرنا) في دمشق بأن المسلحين انسحبوا من الحي.',
    );
    expect(claimWith(doc, 'انسحبوا من الحي')?.source?.en).toBe('IRNA');
  });

  it("keeps a bracketed agency's closing bracket in the source's words", () => {
    const doc = read('في حين زعمت وكالة (أعماق) التابعة للتنظيم مقتل "30 جنديا" في الهجوم.');
    expect(claimWith(doc, '30 جنديا')?.sourceText).toBe('وكالة (أعماق)');
  });
});

describe('claim sources: states together', () => {
  it('gives "الدول الثلاث" and "بيان مشترك للدول الثلاث" to the states listed before', () => {
    const doc = read(
      'استدعت كل من مصر والأردن والكويت سفراءها من الدوحة. وأوضح بيان مشترك للدول الثلاث أن القرار جاء "حماية للأمن المشترك". وأعربت الدول الثلاث عن أملها في أن "تعود الأمور إلى نصابها".',
    );
    expect(claimWith(doc, 'حماية للأمن')?.source?.en).toBe('Egypt');
    expect(claimWith(doc, 'إلى نصابها')?.source?.en).toBe('Egypt');
  });
});

describe('claim sources: a name after a describing noun', () => {
  it('reads the name after an activist or an expert and their adjectives', () => {
    const doc = read(
      'وقال الناشط الحقوقي الكردي جوان عيسى لموقع محلي إن "الطائرات قصفت القرية". ورجح الخبير العسكري السوري فايز حمدان أن يكون "الهجوم مدبرا".',
    );
    expect(normalize(claimWith(doc, 'قصفت القرية')?.source?.ar ?? '')).toBe(normalize('جوان عيسى'));
    expect(normalize(claimWith(doc, 'الهجوم مدبرا')?.source?.ar ?? '')).toBe(normalize('فايز حمدان'));
  });
});

describe('claim sources: a participant in his own quoted words', () => {
  it('gives "حذر فلان من «…»" to him, not to the agency that carried the meeting', () => {
    const doc = read(
      'التقى الرئيس التركي رجب طيب أردوغان أمير قطر في أنقرة. ووقع البلدان خمس اتفاقيات، بحسب وكالة «الأناضول». في حين حذر أردوغان من «خطورة الإرهاب على المنطقة».',
    );
    expect(claimWith(doc, 'خطورة الإرهاب')?.source?.en).toMatch(/Erdo/);
  });
});

describe('claim sources: statements and letters', () => {
  it('gives "وأكد فيها" after a letter to the one the relative clause says sent it', () => {
    const doc = read(
      'وسلم الوزير إلى السفير الفرنسي الرسالة الخطية التي وجهها الملك عبد الله الثاني إلى الرئيس إيمانويل ماكرون، وأكد فيها "رفض أي مساس بالوضع القائم".',
    );
    expect(claimWith(doc, 'بالوضع القائم')?.source?.en).toMatch(/Abdullah/);
  });

  it('gives "وصف فيه" after a remark ascribed to someone ("تصريح منسوب لـ") to him, not to the clause subject', () => {
    const doc = read(
      'استدعى وزير الخارجية التونسي عثمان الجرندي سفير ليبيا، بسبب تصريح منسوب لقنصل ليبيا في صفاقس، وصف فيه تونس بـ"الجار الخائن".',
    );
    expect(claimWith(doc, 'الجار الخائن')?.source?.en).toBe('Libya');
  });

  it("gives an unnamed spokesman's words in a body's statement to that body", () => {
    const doc = read(
      'وكان المتحدث العسكري قد أعلن في بيان للقيادة العامة للقوات المسلحة الأردنية أن الطائرات "دمرت مواقع للمهربين".',
    );
    expect(claimWith(doc, 'مواقع للمهربين')?.source).toMatchObject({ country: 'JOR' });
  });

  it('gives a statement to a coordination body ("منسقية") that a byline line does not run into', () => {
    const doc = read(
      'كتب سامي داود - أربيل / شفق\nنعت منسقية المجتمع المدني في بيان أصدرته اليوم عضوها البارز.\nوجاء في نص البيان: "رحل عنا مناضل كبير".',
    );
    expect(claimWith(doc, 'مناضل كبير')?.source?.ar).toBe('منسقية المجتمع المدني');
  });
});

describe('claim sources: a bare office', () => {
  it('ends the office before its object ("ووصف رئيس الوزراء توقيع الاتفاقية") and recalls the holder named before', () => {
    const doc = read(
      'أقر مجلس الوزراء الكيني اتفاقية مع إثيوبيا في جلسة ترأسها رئيس الوزراء موسى كاريوكي. ووصف رئيس الوزراء توقيع الاتفاقية بأنه "إنجاز كبير".',
    );
    const c = claimWith(doc, 'إنجاز كبير');
    expect(c?.sourceText).toBe('رئيس الوزراء');
    expect(c?.source?.type).toBe('PERSON');
  });
});

describe('claim sources: more speakers', () => {
  it('reads lawyers as a group that speaks', () => {
    const doc = read('عمّ الإضراب المحاكم في المغرب. وقال المحامون إن الجلسات "أُجّلت إلى أجل غير مسمى".');
    expect(claimWith(doc, 'أجل غير مسمى')?.source).toMatchObject({ sector: 'lawyers' });
  });

  it("reads two unread words before a title in construct as the speaker's name", () => {
    const doc = read('من جانبه رأى صقر حمدون مستشار الرئيس اللبناني أن "المبادرة جاءت في وقتها".');
    expect(normalize(claimWith(doc, 'في وقتها')?.source?.ar ?? '')).toBe(normalize('صقر حمدون'));
  });

  it('gives "وجاء في بيانها" to the body that spoke last', () => {
    const doc = read(
      'أعلنت وزارة الداخلية الكويتية أنها أحبطت هجوما على مسجد. وجاء في بيانها أن الحراس "أوقفوا السيارة قبل وصولها".',
    );
    expect(claimWith(doc, 'قبل وصولها')?.source).toMatchObject({ country: 'KWT', sector: 'interior' });
  });
});

describe('claim sources: what a medium aired', () => {
  it('gives a news item aired word for word ("وأذاع … خبراً نصه: «…»") to the medium', () => {
    const doc = read('وأذاع التلفزيون العراقي خبراً عاجلاً نصه: "رئيس الوزراء يصادق على الموازنة".');
    expect(claimWith(doc, 'يصادق على الموازنة')?.source).toMatchObject({ country: 'IRQ', sector: 'media' });
  });

  it('gives "بحسب مشاهد بثها التلفزيون" to the broadcaster', () => {
    const doc = read('وصل الرئيس التونسي إلى الجزائر صباح الأحد، بحسب مشاهد بثها التلفزيون الجزائري.');
    expect(claimWith(doc, 'صباح الأحد')?.source).toMatchObject({ country: 'DZA', sector: 'media' });
  });
});
