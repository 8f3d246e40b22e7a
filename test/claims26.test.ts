import { describe, expect, it } from 'vitest';
import { analyzeText, claimWith } from './helpers/analyze-text.js';

// Our own sentences, in the shapes of the claim sources sets 12–15 missed.
const read = (text: string, published = '2023-02-07') => analyzeText(text, published);

describe('claims26: what a pronoun verb of saying reports after "أن"', () => {
  const doc = read(
    'أفاد المستشار سامر الخطيب، المتحدث الرسمي باسم رئاسة الجمهورية، بأن الرئيس قدم التعازي. ' +
      'وتابع، في بيان صدر اليوم الثلاثاء، أن الرئيس التركي عبّر عن شكره على هذه المشاعر. ' +
      'وأضاف أن رئيس الوزراء التركي أعلن وصول المساعدات.',
  );

  it('keeps the spokesman as the speaker past an inserted phrase ("وتابع، في بيان …، أن")', () => {
    const c = claimWith(doc, 'عبّر عن شكره');
    expect(c?.sourceText).toBe('سامر الخطيب');
    expect(c?.verb).toBe('وتابع');
  });

  it('keeps the spokesman when the one reported on speaks in the clause ("وأضاف أن فلان أعلن")', () => {
    expect(claimWith(doc, 'وصول المساعدات')?.sourceText).toBe('سامر الخطيب');
  });
});

describe('claims26: a title the report apposed to a name', () => {
  it('reads "المتحدث باسم الرئاسة" as the spokesman apposed before, not another state\'s presidency', () => {
    const doc = read(
      'أفاد المستشار سامر الخطيب، المتحدث الرسمي باسم رئاسة الجمهورية، بأن الرئيس اتصل بنظيره التركي. ' +
        'وأشار المتحدث باسم الرئاسة إلى أن الرئيس التركي شكره على الاتصال.',
    );
    expect(claimWith(doc, 'شكره على الاتصال')?.source?.ar).toBe('سامر الخطيب');
  });

  it('reads "الوزير القطري" as the person titled minister after his name', () => {
    const doc = read(
      'وهاجم المندوب السوري الشيخ حمد بن جاسم، رئيس مجلس وزراء قطر ووزير خارجيتها، في الجلسة. ' +
        'وقال الوزير القطري إن "بلاده لا يهمها إلا الشعب السوري".',
      '2011-11-13',
    );
    expect(claimWith(doc, 'لا يهمها')?.source?.en).toMatch(/^Hamad bin Jassim/);
  });

  it('reads "الوزير السوداني" as the minister named after a title of two offices', () => {
    const doc = read(
      'وتلقى الأمير اتصالا أبلغه فيه بالقرار وزير الدولة برئاسة الجمهورية السودانية مدير عام مكاتب الرئيس الفريق كمال عثمان الحسيني. ' +
        'وأكد الوزير السوداني أن بلاده تقف إلى جانب المملكة.',
      '2016-01-05',
    );
    expect(claimWith(doc, 'تقف إلى جانب')?.source?.ar).toBe('كمال عثمان الحسيني');
  });

  it("reads a name after a naval rank apposed to a commander's title", () => {
    const doc = read(
      'وقال قائد القوات البحرية في الحرس الثوري الإيراني، الأدميرال حسين رضا كرمي، إن المضيق سيغلق خلال ساعات.',
      '2025-06-22',
    );
    expect(claimWith(doc, 'سيغلق خلال')?.source?.ar).toBe('حسين رضا كرمي');
  });
});

describe("claims26: a coalition named again inside a command's title", () => {
  it('reads "قيادة قوات التحالف" as the coalition the report named', () => {
    const doc = read(
      'وأعلن التحالف العربي بقيادة السعودية إغلاق المنافذ. ودعت قيادة قوات التحالف المجتمع الدولي إلى مساءلة إيران.',
      '2017-11-06',
    );
    expect(claimWith(doc, 'مساءلة إيران')?.source?.en).toBe('Saudi-led coalition');
  });
});

describe('claims26: unnamed sources', () => {
  it('reads "ويعتقد مراقبون أن" as anonymous observers', () => {
    const doc = read('ووصل الرئيس إلى بغداد. ويعتقد مراقبون أن للزيارة رسائل كثيرة إلى الجيران.');
    const c = claimWith(doc, 'رسائل كثيرة');
    expect(c?.anonymous).toBe(true);
    expect(c?.sourceText).toBe('مراقبون');
  });

  it('reads a doctor as an anonymous source, not the last speaker', () => {
    const doc = read(
      'وقال وزير الصحة إن المستشفيات استقبلت الجرحى. وأشار طبيب في المدينة إلى أن كثيرا من الإصابات خطيرة.',
    );
    const c = claimWith(doc, 'الإصابات خطيرة');
    expect(c?.anonymous).toBe(true);
    expect(c?.sourceText).toContain('طبيب');
  });
});

describe('claims26: a name the lists lack, a title apposed after it', () => {
  it('reads "ودان فلان الفلاني، الناطق باسم …،" as that person', () => {
    const doc = read(
      'ودان شعلان الطهطاوي، الناطق باسم الأزهر، في كلمة متلفزة هذا الاعتداء الذي يستهدف "الوحدة الوطنية".',
      '2011-01-01',
    );
    expect(claimWith(doc, 'الوحدة الوطنية')?.source?.ar).toBe('شعلان الطهطاوي');
  });
});

describe('claims26: "تابع" followed, not went on saying', () => {
  it('keeps the agency as the source of a report that the president followed the attack', () => {
    const doc = read(
      "وأهاب الرئيس المصري حسني مبارك بالمصريين ''أن يقفوا صفا واحدا في مواجهة الإرهاب''. " +
        "وذكرت وكالة أنباء الشرق الأوسط أن الرئيس مبارك ''تابع الحادث الإرهابي منذ وقوعه حتى الفجر''.",
      '2011-01-01',
    );
    expect(claimWith(doc, 'منذ وقوعه')?.source?.en).toBe('Middle East News Agency');
  });
});

describe('claims26: a place within a province named after it', () => {
  it("gives a bare ministry the province's state, not the state a place's name spells", () => {
    const doc = read(
      'وكان مسلحون قد اعترضوا حافلة في الصحراء الغربية بمحافظة المنيا، ما أسفر عن مقتل 28 شخصا، بحسب وزارة الداخلية.',
      '2017-05-26',
    );
    expect(claimWith(doc, 'مقتل 28')?.source?.country).toBe('EGY');
  });
});

describe('claims26: a company the knowledge base lacks', () => {
  it('reads "شركة" and a foreign name as the company, not the outlet', () => {
    const doc = read(
      'وذكرت شركة تيليكوم لخدمات الإنترنت أن السلطات طلبت منها قطع الخدمة في مناطق عدة.',
      '2011-01-28',
    );
    expect(claimWith(doc, 'قطع الخدمة')?.sourceText).toBe('شركة تيليكوم');
  });
});

describe('claims26: a correspondent again, and a party the knowledge base now holds', () => {
  it('reads "المراسل" after a correspondent of an agency as that agency', () => {
    const doc = read(
      'وذكر مراسل وكالة تسنيم للانباء في بغداد ان الرئيس وصل الى المطار. واضاف المراسل ان الاجراءات الامنية مشددة.',
      '2018-03-02',
    );
    expect(claimWith(doc, 'وصل الى المطار')?.source?.en).toBe('Tasnim News Agency');
    expect(claimWith(doc, 'الامنية مشددة')?.source?.en).toBe('Tasnim News Agency');
  });

  it('reads "الحزب" after the HDP as the HDP', () => {
    const doc = read(
      'واعتقلت الشرطة الرئيسين المشاركين لحزب الشعوب الديمقراطي في أنقرة. وأكد الحزب أن نوابه بخير.',
      '2016-11-04',
    );
    expect(claimWith(doc, 'نوابه بخير')?.source?.en).toBe("Peoples' Democratic Party (HDP)");
  });
});

describe('claims26: slogans and banners', () => {
  it('reads a protest named by its slogan as the words of the crowd it counts', () => {
    const doc = read(
      'وكانت الحكومة قد استدعت سفيرها من دمشق. ونظم آلاف الأردنيين مظاهرات يوم الجمعة "نصرة للشعب السوري" مطالبين بطرد السفير.',
      '2011-08-08',
    );
    const c = claimWith(doc, 'نصرة للشعب');
    expect(c?.source?.sector).toBe('protesters');
    expect(c?.source?.country).toBe('JOR');
  });

  it("reads the words written on a banner as an unnamed source's", () => {
    const doc = read('وعلى مدخل القاعة عُلّقت صورة كبيرة للزعيمين كُتب عليها «معاً نبني الغد».', '2017-08-07');
    expect(claimWith(doc, 'معاً نبني')?.anonymous).toBe(true);
  });
});

describe('claims26: showing a stance is saying it', () => {
  it('reads "أبدى فلان حرص بلاده على" as a claim of its subject', () => {
    const doc = read(
      'وأبدى الرئيس الفرنسي إيمانويل ماكرون حرص بلاده على تعزيز العلاقات مع الجزائر.',
      '2024-01-01',
    );
    expect(claimWith(doc, 'تعزيز العلاقات')?.source?.en).toBe('Emmanuel Macron');
  });
});

describe('claims26: an Iranian agency the KB came to hold', () => {
  it('carries what "وكالة مهر للأنباء" quotes, as the medium, and speaks when nobody else does', () => {
    const quoted = read(
      'ونقلت وكالة مهر للأنباء عن وزير الداخلية قوله إن "الوضع تحت السيطرة".',
      '2024-01-03',
    );
    expect(claimWith(quoted, 'تحت السيطرة')?.medium?.en).toBe('Mehr News Agency');
    const own = read('وذكرت وكالة مهر للأنباء أن الانفجار وقع قرب المقبرة.', '2024-01-03');
    expect(claimWith(own, 'قرب المقبرة')?.source?.en).toBe('Mehr News Agency');
  });
});
