import { describe, expect, it } from 'vitest';
import { analyzeText, claimWith } from './helpers/analyze-text.js';

// Our own sentences, in the shapes of the claims held-out sets 13–18 gave to no one or to the wrong speaker.
const read = (text: string, published = '2019-04-14') => analyzeText(text, published);

describe('claims31: a plural verb with no subject goes on with the last speakers who are many', () => {
  it('reads "وأضافوا" after an official and residents as theirs, not the group that claimed the attack since', () => {
    const doc = read(
      'أفاد مسؤول محلي وسكان بأن المحافظ قتل في هجوم انتحاري على موكبه، فيما أعلن تنظيم داعش في بيان تبنيه التفجير. ' +
        'وأضافوا أن ستة من مرافقيه قتلوا.',
    );
    const c = claimWith(doc, 'ستة من مرافقيه');
    expect(c?.anonymous).toBe(true);
    expect(c?.source?.en).not.toBe('Islamic State');
  });
  it('reads "وأوضحوا" after security sources as theirs, not the government named since', () => {
    const doc = read(
      'قالت مصادر أمنية عراقية إن الانفجار وقع قرب السوق المركزي، بينما أعلنت الحكومة الحداد ثلاثة أيام. ' +
        'وأوضحوا أن عدد الضحايا مرشح للارتفاع.',
    );
    expect(claimWith(doc, 'مرشح للارتفاع')?.anonymous).toBe(true);
  });
});

describe('claims31: what eyewitnesses recount and what was learnt from a source', () => {
  it('reads "ويروي شهود عيان أن" as the eyewitnesses\' claim', () => {
    const doc = read(
      'وقتل حارسان في الهجوم. ويروي شهود عيان أن المسلحين وصلوا إلى البوابة فجرا في ثلاث سيارات.',
    );
    expect(claimWith(doc, 'وصلوا إلى البوابة')?.anonymous).toBe(true);
  });
  it('reads "وعلم من الوفد المرافق أن" and "وعلم في أنقرة أن" as unnamed sources', () => {
    const doc = read(
      'وصل رئيس الوزراء التركي إلى مقديشو في زيارة مفاجئة. وعلم من الوفد المرافق أن رئيس الوزراء سيزور مخيما للنازحين. ' +
        'وعلم في أنقرة أن وزير الخارجية يرافقه في الزيارة.',
    );
    expect(claimWith(doc, 'سيزور مخيما')?.anonymous).toBe(true);
    expect(claimWith(doc, 'وزير الخارجية يرافقه')?.anonymous).toBe(true);
  });
  it('does not read a flag raised as something learnt', () => {
    const doc = read('ورفع المحتجون العلم في الساحة بعد أن انسحبت قوات الأمن منها.');
    expect(claimWith(doc, 'انسحبت قوات الأمن')).toBeUndefined();
  });
});

describe('claims31: a medium that relays another speaks for the one it relays, and only that one', () => {
  it("keeps a medium's own report when a body is named inside its words and a relative verb after", () => {
    const doc = read(
      'ونقلت وكالة الأنباء البحرينية أن المواد المتفجرة "من النوع ذاته الذي ضبطته الشرطة في الميناء"، ' +
        'في إشارة إلى شحنة قالت السلطات إنها وصلت من الخارج.',
    );
    expect(claimWith(doc, 'من النوع ذاته')?.source?.en).toBe('Bahrain News Agency');
  });
  it('reads "أوردت الوكالة عن عمال إغاثة قولهم" as the workers\' words, the agency their medium', () => {
    const doc = read(
      'وأوردت وكالة أسوشيتد برس عن عمال إغاثة ومسؤولين محليين قولهم: "إن أكثر من ثلاثين جريحا نقلوا إلى المستشفى".',
    );
    const c = claimWith(doc, 'ثلاثين جريحا');
    expect(c?.anonymous).toBe(true);
    expect(c?.medium?.en).toBe('Associated Press');
  });
  it('reads "ونسبت إلى مصادر مقربة منه أنه" as those sources\', after the channel\'s own words', () => {
    const doc = read(
      'وأكدت قناة الجديد أن هاتف العميد مقطوع منذ لحظة الانفجار، ونسبت إلى مصادر مقربة منه أنه عاد من السفر قبل يومين.',
    );
    expect(claimWith(doc, 'هاتف العميد مقطوع')?.source?.en).toBe('Al Jadeed');
    const c = claimWith(doc, 'عاد من السفر');
    expect(c?.anonymous).toBe(true);
    expect(c?.medium?.en).toBe('Al Jadeed');
  });
  it('relays the sources after a medium named in quotation marks: \'نقلت "الوطن" عن مصادر محلية\'', () => {
    const doc = read('نقلت "الوطن" عن مصادر محلية أن أربعة سياح قتلوا في الهجوم على القافلة.');
    expect(claimWith(doc, 'أربعة سياح')?.anonymous).toBe(true);
  });
});

describe('claims31: "تنظيم" before a quoted name is that body', () => {
  it("reads 'أعلن تنظيم \"داعش\" الإرهابي، بعد ساعات من الهجوم، مسؤوليته' as the group's claim", () => {
    const doc = read(
      'قتل محافظ المدينة في انفجار سيارة مفخخة. أعلن تنظيم "داعش" الإرهابي، بعد ساعات من الهجوم، مسؤوليته عن اغتيال المحافظ.',
    );
    expect(claimWith(doc, 'مسؤوليته عن اغتيال')?.source?.en).toBe('Islamic State');
  });
});

describe('claims31: a document named before speaks for its issuer', () => {
  it('reads "وجاء في المذكرة أن" as the ministry that handed the note', () => {
    const doc = read(
      'وأفاد بيان للخارجية القطرية بأنها سلمت مذكرة احتجاج إلى السفير الإيراني في الدوحة. ' +
        'وجاء في المذكرة أن الاعتداء على السفارة يشكل "انتهاكا صريحا للأعراف الدبلوماسية".',
    );
    expect(claimWith(doc, 'انتهاكا صريحا')?.source?.en).toBe('Qatari Ministry of Foreign Affairs');
  });
});

describe('claims31: names and bodies read whole, not cut or run on', () => {
  it('keeps a family name that is also a word of office before a comma: "العميد محمد مساعد، مدير أمن المدينة"', () => {
    const doc = read('وقال العميد محمد مساعد، مدير أمن المدينة، إن سيارة مفخخة انفجرت قرب مقر القيادة.');
    expect(claimWith(doc, 'سيارة مفخخة')?.sourceText).toBe('محمد مساعد');
  });
  it('reads "وتتهم الحكومة حزب …" as the government speaking of the party, not the party', () => {
    const doc = read(
      'داهمت الشرطة التركية منزلي زعيمي الحزب في ديار بكر. وتتهم الحكومة حزب الشعوب الديمقراطي بأنه واجهة سياسية لحزب العمال الكردستاني.',
    );
    expect(claimWith(doc, 'واجهة سياسية')?.source?.institution).toBe('government');
  });
});

describe('claims31: a group named in quotation marks speaks, and "التنظيم" names it again', () => {
  it('reads \'أعلن "X"، الذراع …\' as X, and "وأورد التنظيم"/"وجاء في البيان" after it as X again', () => {
    const doc = read(
      'أعلن "كتائب الفجر الجديد"، الفرع المحلي لتنظيم القاعدة، تبنيه الهجوم على مقر الشرطة في المدينة. ' +
        'وأورد التنظيم في بيان نشره على حسابه في تويتر اسم منفذ الهجوم. ' +
        'وجاء في البيان أن "المنفذ اقتحم المقر بسيارة محملة بالمتفجرات".',
    );
    for (const q of ['تبنيه الهجوم', 'اقتحم المقر'])
      expect(claimWith(doc, q)?.source?.en).not.toBe('al-Qaeda');
    expect(claimWith(doc, 'اقتحم المقر')?.source?.ar).toBe(claimWith(doc, 'تبنيه الهجوم')?.source?.ar);
    expect(claimWith(doc, 'اقتحم المقر')?.source).toBeTruthy();
  });
});

describe('claims31: what was relayed or learnt from someone with the carrier unnamed or named first', () => {
  it('reads "ونُقل عن مصدر مسؤول في الخارجية قوله" (passive) as that source, after the state\'s own act', () => {
    const doc = read(
      'كما دانت المملكة العربية السعودية بشدة اغتيال المحافظ، ونُقل عن مصدر مسؤول في الخارجية السعودية قوله إن "يد الغدر لن تنال من عزيمة اليمنيين".',
    );
    const c = claimWith(doc, 'يد الغدر');
    expect(c?.anonymous).toBe(true);
    expect(c?.source?.en).not.toBe('Saudi Arabia');
  });
  it('reads "ونقل عن مسؤول أمني قوله" as that official', () => {
    const doc = read('انفجرت سيارة مفخخة في السوق. ونقل عن مسؤول أمني قوله إن الهجوم نفذ بسيارة مسروقة.');
    expect(claimWith(doc, 'بسيارة مسروقة')?.anonymous).toBe(true);
  });
  it('reads "وعلمت الوكالة من مصادر أمنية أن" as those sources, through the agency', () => {
    const doc = read('وعلمت وكالة الأنباء الفرنسية من مصادر أمنية أن عدد الرهائن يزيد على عشرين.');
    const c = claimWith(doc, 'عدد الرهائن');
    expect(c?.anonymous).toBe(true);
    expect(c?.medium?.en).toBe('Agence France-Presse');
  });
});

describe('claims31: urging and demanding with a verbal noun are claims', () => {
  it('reads "حثّ الأمير «…»" as the emir\'s call', () => {
    const doc = read(
      'وصل أمير الكويت إلى بغداد للمشاركة في القمة العربية. وفي شأن آخر، حثّ الأمير «الأطراف اليمنية على العودة إلى طاولة الحوار».',
    );
    expect(claimWith(doc, 'طاولة الحوار')?.source?.en).toBe('Sabah Al-Ahmad Al-Jaber Al-Sabah');
  });
  it('reads "طالب القيادة بوقف …" as a demand of the one who spoke before', () => {
    const doc = read(
      'أكد الملك عبد الله بن عبد العزيز أن ما يجري لا يقبله الدين ولا الأخلاق. كما طالب القيادة السورية بوقف آلة القتل وبإجراء إصلاحات حقيقية.',
    );
    const king = claimWith(doc, 'لا يقبله الدين')?.source;
    expect(king).toBeTruthy();
    expect(claimWith(doc, 'بوقف آلة القتل')?.source?.id).toBe(king?.id);
  });
});

describe('claims31: agreement and agencies', () => {
  it('reads a masculine body after a verb marked feminine as the one called on: "وحثت مجلس الأمن على «…»"', () => {
    const doc = read(
      'وأصدرت قيادة التحالف بيانا دانت فيه إطلاق الصاروخ. وحثت مجلس الأمن على "اتخاذ الإجراءات اللازمة لمحاسبة المسؤولين".',
    );
    expect(claimWith(doc, 'الإجراءات اللازمة')?.source?.en).not.toBe('United Nations Security Council');
  });
  it('reads "ودعت مجلس الأمن إلى «…»" the same way ("دعت" is the feminine of "دعا")', () => {
    const doc = read('ودعت مجلس الأمن إلى "التحرك العاجل لوقف الانتهاكات".');
    expect(claimWith(doc, 'التحرك العاجل')?.source?.en).not.toBe('United Nations Security Council');
  });
  it('knows Yemen\'s state agency Saba, and "واج" as Algeria\'s', () => {
    const doc = read(
      'وقالت وكالة الأنباء اليمنية سبأ إن تنظيم القاعدة يقف وراء الهجوم. وعلمت واج من مصادر محلية أن عدد الرهائن يزيد على عشرين.',
    );
    expect(claimWith(doc, 'يقف وراء الهجوم')?.source?.en).toBe('Saba News Agency');
    expect(claimWith(doc, 'عدد الرهائن')?.medium?.en).toBe('Algérie Presse Service');
  });
});

describe('claims31: a noun of respect before a title or a name', () => {
  it('reads "عبّر فخامة الرئيس التونسي لسمو الأمير عن شكره «…»" as the Tunisian president, not the emir who spoke before', () => {
    const doc = read(
      'هاتف أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس التونسي قيس سعيد، وأعرب سموه عن "ضرورة الحوار بين الأطراف". ' +
        'بدوره، عبّر فخامة الرئيس التونسي لسمو الأمير عن شكره "على موقف قطر الداعم لتونس".',
      '2021-07-28',
    );
    expect(claimWith(doc, 'ضرورة الحوار')?.source?.en).toBe('Tamim bin Hamad');
    expect(claimWith(doc, 'الداعم لتونس')?.source?.en).toBe('Kais Saied');
  });
});

describe('claims31: a pronoun of respect with no noun of respect before the name', () => {
  it('reads "وقد أعرب سموه" as the emir named by his rank, not the president named since', () => {
    const doc = read(
      'تلقى الرئيس التونسي قيس سعيد اتصالا هاتفيا من أمير قطر الشيخ تميم بن حمد آل ثاني. ' +
        'ووفق البرقية، فإن أمير البلاد المفدى هو من أجرى الاتصال بأخيه فخامة الرئيس، ' +
        'وقد أعرب سموه عن "ضرورة تجاوز الأزمة السياسية الراهنة".',
      '2021-07-28',
    );
    expect(claimWith(doc, 'تجاوز الأزمة')?.source?.en).toBe('Tamim bin Hamad');
  });
});

describe('claims31: a long title closed by a name', () => {
  it('reads the name that ends a title too long to resolve as the speaker', () => {
    const doc = read(
      'في المقابل، طالب رئيس لجنة وفد الحوار عن البرلمان المنتهية ولايته صالح المخزوم "المجتمع الدولي بدعم مؤسسات الدولة الناشئة".',
    );
    expect(claimWith(doc, 'بدعم مؤسسات')?.sourceText).toBe('صالح المخزوم');
  });
});

describe('claims31: a relative verb of saying speaks for its antecedent', () => {
  it('reads "X، عضو قيادتها، الذي تعهد بأن …" as X\'s pledge', () => {
    const doc = read(
      'وقعت الفصائل الفلسطينية الإعلان في العاصمة، ومثل حركة فتح عزام الأحمد، عضو قيادتها، الذي تعهد بأن تكون الحركة أول من ينفذ الاتفاق.',
    );
    expect(claimWith(doc, 'أول من ينفذ')?.source?.ar).toBe('عزام الأحمد');
  });
  it('reads "الرئيس فلان، الذي اعتبر هذه اللحظة «التاريخية»" as the president\'s words', () => {
    const doc = read(
      'وجرى التوقيع في حفل أقيم بالعاصمة وحضره الرئيس الجزائري عبد المجيد تبون، الذي اعتبر هذه اللحظة "التاريخية".',
      '2022-10-13',
    );
    expect(claimWith(doc, 'التاريخية')?.source?.en).toBe('Abdelmadjid Tebboune');
  });
});
