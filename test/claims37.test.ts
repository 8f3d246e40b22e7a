import { describe, expect, it } from 'vitest';
import { claimWith, read } from './helpers/claims.js';

// Our own sentences, in the shapes of claims given no speaker or the wrong one on the held-out sets.

describe('claim sources: "statement + أدلى به/بها" names who made it', () => {
  it('gives "تصريحات أدلى بها الرئيس …، ونقلتها صحيفة …، واتهم فيها" to the president, not the outlet before', () => {
    const doc = read(
      'قررت تونس استدعاء سفيرها في روما للتشاور. وبث التلفزيون التونسي خبر الاستدعاء مساء اليوم.\nويأتي القرار عقب تصريحات أدلى بها الرئيس الفرنسي إيمانويل ماكرون خلال لقائه طلاباً، ونقلتها صحيفة لوفيغارو، واتهم فيها الحكومة التونسية بـ"التقصير في ضبط الحدود البحرية".',
      '2021-10-03',
    );
    expect(claimWith(doc, 'التقصير في ضبط الحدود')?.source?.en).toBe('Emmanuel Macron');
  });
  it('gives "أوقفت الشرطة النائب فلان إثر تصريح أدلى به، قال فيه" to the deputy, not the police', () => {
    const doc = read(
      'وكانت الشرطة قد أوقفت النائب المعارض محمد ولد سالم أمس الأربعاء إثر تصريح أدلى به الثلاثاء، قال فيه إن أنصاره سيخرجون إلى الشوارع.',
      '2023-05-18',
    );
    const claim = claimWith(doc, 'أنصاره سيخرجون');
    expect(claim?.sourceKind).toBe('person');
    expect(claim?.sourceText).toContain('ولد سالم');
  });
});

describe('claim sources: "على لسان" a title the knowledge base holds', () => {
  it('gives "وأورد البيان على لسان ولي العهد السعودي أن" to Mohammed bin Salman, not the statement', () => {
    const doc = read(
      'استقبل الأمير محمد بن سلمان، ولي العهد السعودي، رئيس الوزراء الهندي في الرياض اليوم.\nوأفاد البيان السعودي بأن الجانبين بحثا سبل تعزيز التجارة.\nوأورد البيان على لسان ولي العهد السعودي أن المملكة "ماضية في توسيع شراكاتها الاقتصادية مع آسيا".',
      '2019-08-24',
    );
    expect(claimWith(doc, 'ماضية في توسيع شراكاتها')?.source?.en).toBe('Mohammed bin Salman');
  });
});

describe('claim sources: the text of a declaration as the subject of its verb', () => {
  it('gives "ويدعو الإعلان إلى «…»" and "ونص كذلك على أن" to the parties that signed it', () => {
    const doc = read(
      'وقعت الحركتان الفلسطينيتان فتح وحماس في القاهرة اليوم على إعلان للمصالحة الوطنية.\nويدعو الإعلان إلى "تشكيل حكومة وحدة وطنية خلال شهرين" من تاريخ التوقيع.\nونص كذلك على أن تجرى انتخابات تشريعية في غضون عام.',
      '2017-10-12',
    );
    expect(claimWith(doc, 'تشكيل حكومة وحدة وطنية')?.source).toBeTruthy();
    expect(claimWith(doc, 'تجرى انتخابات تشريعية')?.source).toBeTruthy();
  });
});

describe('claim sources: "مرجحاً أن" closes a clause like "مؤكداً أن"', () => {
  it('gives "وفتح الوزير تحقيقاً … مرجحاً أنه" to the minister', () => {
    const doc = read(
      'وقع انفجار في سوق شعبي وسط المدينة. وفتح وزير الداخلية التركي تحقيقاً في الانفجار مرجحاً أنه عمل إرهابي.',
      '2022-11-13',
    );
    expect(claimWith(doc, 'أنه عمل إرهابي')?.source?.institution).toBe('ministry-interior');
  });
});

describe('claim sources: a widely known speaker named by his surname alone', () => {
  it('gives a headline "وساركوزي يدين الهجوم «…»" to Nicolas Sarkozy', () => {
    const doc = read(
      'قتلى في تفجير بمقهى وسط مراكش.. وساركوزي يدين الهجوم «الجبان والوحشي»\nقتل عشرة أشخاص على الأقل في انفجار استهدف مقهى في ساحة جامع الفنا بمراكش.',
      '2011-04-29',
    );
    expect(claimWith(doc, 'الجبان والوحشي')?.source?.en).toBe('Nicolas Sarkozy');
  });
});

describe('claim sources: "بعض المصادر" are unnamed sources', () => {
  it('gives "حسب بعض المصادر" to anonymous sources, not the outlet', () => {
    const doc = read(
      'اعتقلت قوة أمنية خاصة قيادياً في فصيل مسلح ببغداد، وأدت اتصالات مكثفة إلى إطلاق سراحه مساء اليوم حسب بعض المصادر.',
      '2021-05-26',
    );
    expect(claimWith(doc, 'إطلاق سراحه مساء اليوم')?.anonymous).toBe(true);
  });
});
