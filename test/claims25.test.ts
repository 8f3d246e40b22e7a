import { describe, expect, it } from 'vitest';
import { analyzeText, claimWith } from './helpers/analyze-text.js';

// Our own sentences, in the shapes of the claim sources set 15 missed.
const read = (text: string, published = '2016-03-10') => analyzeText(text, published);

describe('claims25: a news agency named after "وكالة أنباء"', () => {
  it('reads "وكالة أنباء الأناضول" as the known agency, not "وكالة أنباء"', () => {
    const doc = read('وأفادت وكالة أنباء الأناضول بأن الشرطة اعتقلت ثلاثة نواب في أنقرة.');
    expect(claimWith(doc, 'اعتقلت ثلاثة')?.source?.en).toBe('Anadolu Agency');
  });

  it('reads an agency quoted after a description ("وكالة أنباء النظام السوري «سانا»")', () => {
    const doc = read('ونقلت وكالة أنباء النظام السوري "سانا" أن الجيش استعاد قرية في ريف حلب.');
    expect(claimWith(doc, 'استعاد قرية')?.source?.en).toBe('SANA');
  });

  it('names an agency the knowledge base lacks by its full name', () => {
    const doc = read('وذكرت وكالة أنباء جيهان أن الشرطة اعتقلت صحفيين في إسطنبول.');
    expect(claimWith(doc, 'اعتقلت صحفيين')?.sourceText).toContain('جيهان');
  });
});

describe('claims25: a two-letter given name after a title is the person named in full', () => {
  it('reads "الفريق طه" as the "طه …" the text named before', () => {
    const doc = read(
      'واستقبل الرئيس مبعوثه الفريق طه محمود الجبوري في القصر. وأكد الفريق طه في اللقاء أن "الحدود ستفتح قريبا".',
    );
    expect(claimWith(doc, 'الحدود ستفتح')?.source?.ar).toBe('طه محمود الجبوري');
  });
});

describe('claims25: unnamed sources of news', () => {
  it('reads the witnesses behind "روايات شهود عيان" as an anonymous source', () => {
    const doc = read('وبحسب روايات شهود عيان، فإن المسلحين أحرقوا سيارتين أمام المركز.');
    const c = claimWith(doc, 'أحرقوا سيارتين');
    expect(c?.anonymous).toBe(true);
    expect(c?.sourceText).toContain('شهود');
  });

  it('reads "المعلومات المتوفرة" and "أنباء" as anonymous sources, not the outlet', () => {
    const doc = read('وتشير المعلومات المتوفرة إلى مقتل أربعة جنود. وتحدثت أنباء عن أن الوزير قدم استقالته.');
    expect(claimWith(doc, 'مقتل أربعة')?.anonymous).toBe(true);
    expect(claimWith(doc, 'قدم استقالته')?.anonymous).toBe(true);
  });
});

describe('claims25: a quotation opened after the speaker is what is said', () => {
  it('keeps the quoted words out of the speaker ("وأضاف المسؤول «قتل فلان. …»")', () => {
    const doc = read(
      'وأعلن مسؤول رفيع في الصليب الأحمر أن المبنى دمر. وأضاف المسؤول "قتل جان بيير. لقد نقلت جثته إلى المستشفى".',
    );
    const c = claimWith(doc, 'لقد نقلت');
    expect(c?.sourceText).toContain('مسؤول');
    expect(c?.sourceText).not.toContain('جان');
    expect(c?.anonymous).toBe(true);
  });
});

describe('claims25: accusations in the present tense', () => {
  it('reads "وتتهم السلطات X بـ«…»" as what the authorities say', () => {
    const doc = read(
      'اعتقلت الشرطة التركية رئيس بلدية ماردين. وتتهم السلطات رئيس البلدية بـ"تمويل منظمة إرهابية".',
    );
    expect(claimWith(doc, 'تمويل منظمة')?.source?.country).toBe('TUR');
  });
});

describe('claims25: a plural noun before the body it describes', () => {
  it('reads "كان المتمردون الحوثيون قد أعلنوا" as the Houthis', () => {
    const doc = read(
      'وأكد التحالف أنه اعترض الصاروخ. وفي وقت سابق، كان المسلحون الحوثيون قد أعلنوا مسؤوليتهم عن إطلاق صاروخ على جازان.',
    );
    expect(claimWith(doc, 'مسؤوليتهم عن إطلاق')?.source?.en).toBe('Houthis');
  });
});

// Set 25's shapes, in our own sentences: a leader's words lost to the outlet, a bare army word.
describe('claims25 (h25): a title a known name begins with', () => {
  it('reads "قال الملك سلمان" as the king, not an office with no holder', () => {
    const doc = read('وفي كلمة بثها التلفزيون الرسمي، قال الملك سلمان إن المشروع سيربط البلدين بطريق بري.');
    expect(claimWith(doc, 'سيربط البلدين')?.source?.en).toBe('Salman bin Abdulaziz');
  });
});

describe("claims25 (h25): the verb's pronoun speaks", () => {
  it('gives "وهدد بقوله إن" to the last speaker', () => {
    const doc = read(
      'وقال الرئيس التركي رجب طيب أردوغان إن بلاده لن تتراجع. وهدد بقوله إن على القوات المهاجمة الانسحاب قبل نهاية الشهر.',
    );
    expect(claimWith(doc, 'الانسحاب قبل نهاية')?.source?.en).toBe('Recep Tayyip Erdoğan');
  });

  it('gives "وأضاف" followed by an event noun to the last speaker', () => {
    const doc = read(
      'وقال وزير الخارجية المصري سامح شكري إن الحكومة ستواصل التفاوض. وأضاف الهجوم على قواتنا لن يمر دون رد.',
    );
    expect(claimWith(doc, 'لن يمر دون رد')?.source?.en).toBe('Sameh Shoukry');
  });
});

describe('claims25 (h25): a bare army word after a named army spoke', () => {
  it('reads "وقال الجيش" as the army that spoke, not the one it spoke of', () => {
    const doc = read(
      'أعلن الجيش السوداني أن ثلاثة من جنوده قتلوا في هجوم للجيش الإثيوبي قرب الحدود. وقال الجيش في بيان إن "الرد سيكون حاسما".',
    );
    expect(claimWith(doc, 'الرد سيكون حاسما')?.source?.en).toBe('Sudanese Armed Forces');
  });
});
