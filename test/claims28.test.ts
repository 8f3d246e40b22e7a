import { describe, expect, it } from 'vitest';
import { analyzeText, claimWith } from './helpers/analyze-text.js';

// Our own sentences, in the shapes of the claim sources sets 14–16 missed.
const read = (text: string, published = '2021-05-02') => analyzeText(text, published);

describe('claims28: the holder of a press conference speaks in it', () => {
  it('gives "عقد … مؤتمراً صحفياً قصيراً أوضح فيه" to the one who held it, past an opening clause', () => {
    const doc = read(
      'خلال تفقده موقع الحريق، عقد والي أضنة كرم قاراصو مؤتمرا صحفيا قصيرا أوضح فيه أن الحريق اندلع في مخزن للوقود.',
    );
    expect(claimWith(doc, 'الحريق اندلع')?.source?.ar).toBe('كرم قاراصو');
  });
});

describe('claims28: a title governing a place, then its holder', () => {
  it('reads "والي أضنة كرم قاراصو" as the person after the place, not a name opening with the place', () => {
    const doc = read('وقال والي أضنة كرم قاراصو إن الحريق اندلع في مخزن للوقود.');
    expect(claimWith(doc, 'الحريق اندلع')?.source?.ar).toBe('كرم قاراصو');
  });

  it('keeps "والي أضنة" as the speaker when no name but the one spoken to follows', () => {
    const doc = read('وقال والي أضنة للصحفيين إن الحريق اندلع في مخزن للوقود.');
    expect(claimWith(doc, 'الحريق اندلع')?.sourceText).toBe('والي أضنة');
  });
});

describe("claims28: a later word of a name read in full, glued by the tagger to the verb's object", () => {
  it('reads "ووجه عثمان الشكر" as the person named before as "سليمان عثمان …", the object apart', () => {
    const doc = read(
      'رأى سليمان عثمان بكري، رئيس الحزب، أن الاتفاق سيعزز السلام. وأقر عثمان بأن الطريق طويل. ' +
        'ووجه عثمان الشكر للوسطاء، وقال: “هذا يوم تاريخي”.',
    );
    // (The whole name since "بكري" is a given name the reader knows, as in "بكري حسن صالح".)
    expect(claimWith(doc, 'الطريق طويل')?.source?.ar).toBe('سليمان عثمان بكري');
    expect(claimWith(doc, 'يوم تاريخي')?.source?.ar).toBe('سليمان عثمان بكري');
  });
});

describe('claims28: a state body named by a palace or the judiciary and its nisba', () => {
  it('reads "القصر الملكي المغربي" and "بيان القصر المغربي" as the royal court', () => {
    const doc = read(
      'قال القصر الملكي المغربي في بيان اليوم الخميس إن الملك تلقى اتصالا هاتفيا من الرئيس الفرنسي.',
    );
    expect(claimWith(doc, 'تلقى اتصالا')?.source?.en).toBe('Royal Court (Morocco)');
    const later = read('وجاء في بيان القصر المغربي أن الاتصال "تناول العلاقات الثنائية".');
    expect(later.claims[0]?.source?.en).toBe('Royal Court (Morocco)');
    expect(read('وقال القصر إن الملك سيلقي خطابا.').claims[0]?.source ?? null).toBeNull();
  });

  it('reads "سلطات قضائية تونسية" and "القضاء العراقي" as that state\'s judiciary', () => {
    const doc = read('أعلنت سلطات قضائية تونسية أنها أوقفت رجل الأعمال كمال الطرابلسي في العاصمة.');
    expect(claimWith(doc, 'أوقفت رجل')?.source?.sector).toBe('judiciary');
    expect(claimWith(doc, 'أوقفت رجل')?.source?.country).toBe('TUN');
    const iraq = read('وقال القضاء العراقي في بيان إن المحكمة أصدرت حكما بالإعدام.');
    expect(iraq.claims[0]?.source?.country).toBe('IRQ');
  });
});

describe("claims28: the press and a channel named by a state's adjective", () => {
  it('gives "ذهبت الصحف الكويتية … إلى أن" to that state\'s media, not "ذهب الوزير إلى باريس"', () => {
    const doc = read('وذهبت الصحف الكويتية في تحليلاتها إلى أن الحكومة ستستقيل خلال أيام.');
    const c = claimWith(doc, 'الحكومة ستستقيل');
    expect(c?.source?.country).toBe('KWT');
    expect(c?.source?.sector).toBe('media');
    expect(read('وذهب الوزير إلى باريس أمس في زيارة رسمية.').claims).toHaveLength(0);
  });

  it('gives a channel named in quotation marks with its nisba ("قناة “الغد” المصرية") its state', () => {
    const doc = read('قالت قناة “الغد” المصرية، اليوم الأحد، إن خمسة جنود قتلوا في الهجوم.');
    const c = claimWith(doc, 'خمسة جنود');
    expect(c?.source?.country).toBe('EGY');
    expect(c?.source?.sector).toBe('media');
  });
});

describe('claims28: a state after a title is no town it governs', () => {
  it('reads "سفير الكويت لدى إيران مجدي الظفيري" as the ambassador named', () => {
    const doc = read('بينما قال سفير الكويت لدى إيران مجدي الظفيري إنها "ذات استحقاق سياسي".');
    expect(claimWith(doc, 'ذات استحقاق')?.source?.ar).toBe('مجدي الظفيري');
  });
});
