import { describe, expect, it } from 'vitest';
import { claimWith, read } from './helpers/claims.js';

// Our own sentences, in the shapes of claims the blind sets gave the wrong speaker or none (issue #20).

describe('claim sources: clans and tribes speak as a group', () => {
  it('gives "أصدرت عشائر البلدة بياناً جاء فيه" to the clans, not the subject of the clause before', () => {
    const doc = read(
      'قتل شاب في اشتباك مسلح في بلدة الناعمة جنوب بيروت مساء أمس.\nوإثر ذلك، انتشر الجيش اللبناني في محيط البلدة، فيما أصدرت عشائر الناعمة بياناً جاء فيه: "نرفض الفتنة ونحرص على السلم الأهلي".',
      '2021-08-02',
    );
    const c = claimWith(doc, 'نرفض الفتنة');
    expect(c?.source?.sector).toBe('clans');
    expect(c?.source?.country).toBe('LBN');
    expect(c?.anonymous ?? false).toBe(false);
  });
  it('reads "وقالت قبائل المنطقة" as the tribes, many, not one anonymous member', () => {
    const doc = read(
      'اندلعت مواجهات بين قوات الأمن ومسلحين في محافظة مأرب اليمنية.\nوقالت قبائل المنطقة إنها لن تسمح بدخول المسلحين إلى أراضيها.',
      '2015-04-02',
    );
    const c = claimWith(doc, 'لن تسمح بدخول المسلحين');
    expect(c?.source?.sector).toBe('clans');
    expect(c?.anonymous ?? false).toBe(false);
  });
});

describe('claim sources: reported in the passive', () => {
  it('keeps "وأُفيد بأن …" anonymous, no speaker named before', () => {
    const doc = read(
      'قال وزير الداخلية إن قوات الأمن انتشرت على الطريق الساحلي.\nوأُفيد كذلك بأن الطريق نحو العاصمة مقطوعة في الوقت الراهن جراء غزارة النيران.',
      '2021-08-02',
    );
    const c = claimWith(doc, 'الطريق نحو العاصمة مقطوعة');
    expect(c?.anonymous).toBe(true);
    expect(c?.source ?? null).toBeNull();
  });
});

describe('claim sources: unnamed sources', () => {
  it('keeps "وبحسب تأكيدات ليبية" anonymous', () => {
    const doc = read(
      'وصل رئيس المجلس الرئاسي الليبي إلى القاهرة أمس الاثنين.\nوبحسب تأكيدات ليبية فإن قائد الجيش غادر مقره متوجهاً إلى القاهرة ظهر أمس.',
      '2019-02-26',
    );
    expect(claimWith(doc, 'غادر مقره متوجها')?.anonymous).toBe(true);
  });
  it('reads \'أفادت "مصادر" في وزارة الصحة\' as unnamed sources of the ministry, not the last speaker', () => {
    const doc = read(
      'قتل جنديان في هجوم على دورية للجيش في سيناء، بحسب الوكالة الرسمية.\nكما أفادت "مصادر" في وزارة الصحة بأن خمسة من عناصر الشرطة أصيبوا.',
      '2015-06-29',
    );
    const c = claimWith(doc, 'خمسة من عناصر الشرطة');
    expect(c?.anonymous).toBe(true);
    expect(c?.source?.institution).toBe('ministry-health');
  });
});

describe('claim sources: an adverb of manner after the verb', () => {
  it('gives "ثم أضاف بالحرف: «…»" to the last speaker, not to no one', () => {
    const doc = read(
      'تحدث الرئيس المصري عبد الفتاح السيسي عن ملف المياه خلال افتتاح مشروع جديد.\nثم أضاف بالحرف: "لن يأخذ أحد نقطة مياه من مصر".',
      '2021-03-30',
    );
    expect(claimWith(doc, 'لن يأخذ أحد نقطة')?.source?.id).toBe('mirsad:sisi');
  });
});

describe('claim sources: a line headed by its speaker and a colon', () => {
  it('gives "تجمع الأطباء: …" to the body the line names, a name no list holds', () => {
    const doc = read(
      'فضت قوات الأمن اعتصام المحتجين أمام مقر القيادة العامة في الخرطوم.\nتجمع الأطباء: نتعرض لمجزرة دموية\nوقال شهود إن إطلاق النار استمر ساعات.',
      '2019-06-03',
    );
    const c = claimWith(doc, 'نتعرض لمجزرة');
    expect(c?.sourceText ?? '').toMatch(/تجمع الأطباء/);
  });
});

describe('claim sources: "الوزارة" that summons an ambassador, no ministry named before', () => {
  it('gives it to the foreign ministry of the state the ambassador is posted to', () => {
    const doc = read(
      'سقطت صواريخ على قاعدة عسكرية في الكويت مساء السبت.\nودعت السلطات الكويتية المواطنين إلى ملازمة منازلهم.\nوأعلنت الوزارة استدعاء السفير العراقي في الكويت للتعبير عن الاحتجاج الشديد، معتبرة أن "الاستهداف تصرف طائش".',
      '2024-06-23',
    );
    const c = claimWith(doc, 'الاستهداف تصرف طائش');
    expect(c?.source?.country).toBe('KWT');
    expect(`${c?.source?.id} ${c?.source?.institution ?? ''}`).toMatch(/foreign/);
  });
});

describe('claim sources: a speaker named from his given name, an idiom after it', () => {
  it('reads "أماط الوزير فلان اللثام عن" as the man, and "ونفى إبراهيم" as him again', () => {
    const doc = read(
      'وأماط وزير الداخلية الأردني خالد إبراهيم اللثام عن جانب من ملابسات القبض على المطلوبين.\nونفى إبراهيم أن تكون للتسجيلات المتداولة أي صلة بالقبض عليهم.',
      '2014-03-02',
    );
    const c = claimWith(doc, 'للتسجيلات المتداولة');
    expect(c?.source?.ar).toBe('خالد إبراهيم');
  });
});

describe('claim sources: a prosecutor no court follows', () => {
  it('gives "وفتح المدعي العام في أنقرة تحقيقاً …، مرجحاً أنه …" to the prosecutor, not the last speaker', () => {
    const doc = read(
      'قال الرئيس التركي إن منفذي الهجوم سيعاقبون.\nوفتح المدعي العام في أنقرة تحقيقاً في الانفجار مرجحاً أنه عملية إرهابية.',
      '2022-11-13',
    );
    const c = claimWith(doc, 'مرجحا أنه عملية');
    expect(c?.sourceText).toBe('المدعي العام');
    expect(c?.source?.country).toBe('TUR');
  });
  it('leaves "النائب العام" with a name after it to that person', () => {
    const doc = read(
      'قالت الشرطة إن المتهم أوقف.\nوقال النائب العام نبيل صادق إن التحقيق مستمر.',
      '2018-03-01',
    );
    expect(claimWith(doc, 'التحقيق مستمر')?.source?.type).toBe('PERSON');
  });
});
