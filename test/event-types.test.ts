import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';

const typesOf = (text: string) =>
  analyzeText(text)
    .events.filter((e) => e.status === 'asserted')
    .map((e) => e.type);

// Our own sentences, in the style of wire reports of attacks.
describe('types of acts told in real styles', () => {
  it('reads communication devices as devices, not calls, and plural explosions after a toll as the news', () => {
    const types = typesOf('قتل سبعة أشخاص وجرح العشرات عقب انفجارات متزامنة لأجهزة الاتصال في عدة مدن.');
    expect(types).toContain('ASSAULT');
    expect(types).not.toContain('CONSULT');
  });

  it('reads a headline of missiles on a place as an attack', () => {
    expect(typesOf('15 صاروخا على قاعدة في محافظة الأنبار.. والجماعة تتبنى')).toContain('ASSAULT');
    expect(
      typesOf('قالت السلطات إن ضربات صاروخية استهدفت محطة الكهرباء في مدينة خاركيف فجر اليوم.'),
    ).toContain('ASSAULT');
  });

  it('reads armed clashes with a toll as an attack', () => {
    expect(
      typesOf(
        'قال الجيش السوداني إن 20 عنصرا من قوات الدعم السريع قتلوا في اشتباكات عنيفة قرب مدينة الأبيض.',
      ),
    ).toContain('ASSAULT');
  });

  it('reads a recall told with the reception it answers as a sanction', () => {
    expect(
      typesOf(
        'أعلن الأردن استدعاء سفيره لدى دمشق للتشاور بعد استقبال الرئيس السوري بشار الأسد زعيم حركة حماس إسماعيل هنية.',
      ),
    ).toContain('SANCTION');
  });

  it("reads a ban on a country's goods as a sanction", () => {
    expect(
      typesOf(
        'قررت الحكومة الأردنية اليوم منع دخول الخضروات القادمة من الدولة المجاورة اعتبارا من الأسبوع المقبل.',
      ),
    ).toContain('SANCTION');
    expect(typesOf('أعلنت وزارة الزراعة المصرية منع استيراد اللحوم المجمدة من البرازيل.')).toContain(
      'SANCTION',
    );
  });

  it('reads embassy staff declared persona non grata as a sanction', () => {
    expect(
      typesOf(
        'قررت الرباط اعتبار ثمانية موظفين في السفارة الهولندية أشخاصا غير مرغوب فيهم وطلبت منهم مغادرة البلاد خلال 72 ساعة.',
      ),
    ).toContain('SANCTION');
  });

  it('reads a court jailing someone pending trial as an arrest', () => {
    expect(typesOf('قررت محكمة مصرية حبس الناشط علاء عبد الفتاح 15 يوما على ذمة التحقيقات.')).toContain(
      'COERCE',
    );
  });

  it('reads ending an agreement or a cooperation as a sanction', () => {
    expect(
      typesOf('أعلنت حكومة النيجر إلغاء اتفاقية التعاون العسكري مع الولايات المتحدة بأثر فوري.'),
    ).toContain('SANCTION');
  });

  it('reads an arrest told as "ألقت … القبض على" with an unnamed count of suspects', () => {
    expect(typesOf('ألقت الشرطة المغربية القبض على 12 شخصا يشتبه في تورطهم بتهريب الأسلحة.')).toContain(
      'COERCE',
    );
  });

  it('reads the minister of communication as a portfolio, not a call', () => {
    expect(
      typesOf(
        'وقال وزير الاتصال الحكومي الناطق باسم الحكومة الأردنية محمد المومني في مؤتمر صحفي إن الموقوفين اعترفوا بالتهم.',
      ),
    ).not.toContain('CONSULT');
  });

  it('reads a suspension of membership or of relations as a sanction', () => {
    expect(typesOf('أعلنت جامعة الدول العربية تعليق عضوية سوريا في اجتماعاتها إلى حين وقف العنف.')).toContain(
      'SANCTION',
    );
    expect(typesOf('أعلن البرلمان الكويتي وقف العلاقات الاقتصادية مع إيران حتى إشعار آخر.')).toContain(
      'SANCTION',
    );
  });

  it('reads a shooting told as "حادثة إطلاق نار" as an attack, and the fire a truce stops as none', () => {
    expect(typesOf('قتل ثلاثة أشخاص في حادثة إطلاق نار قرب سوق في مدينة صلالة.')).toContain('ASSAULT');
    expect(typesOf('أعلن الوسطاء وقف إطلاق نار شامل في مدينة الفاشر.')).not.toContain('ASSAULT');
  });

  it('reads an arrest by an intelligence service named by what it is', () => {
    expect(
      typesOf(
        'أحبطت السلطات الأردنية مخططا يستهدف أمن المملكة. وقالت دائرة المخابرات العامة إنها ألقت القبض على 9 متورطين في المخطط.',
      ),
    ).toContain('COERCE');
    expect(
      typesOf(
        'كشفت السلطات الأردنية تفاصيل المخطط، إذ ألقت المخابرات القبض على سبعة أشخاص بعد مراقبة طويلة.',
      ),
    ).toContain('COERCE');
    expect(typesOf('أعلنت السلطات التونسية إيقاف خمسة أشخاص بتهمة التآمر على أمن الدولة.')).toContain(
      'COERCE',
    );
  });

  it('reads an agreement ended by a verb, and a suspension with an adjective between, as sanctions', () => {
    expect(
      typesOf('أعلنت وزارة الخارجية في بيان أن الحكومة التشادية أنهت اتفاق التعاون الأمني مع فرنسا.'),
    ).toContain('SANCTION');
    expect(typesOf('وقرر المجلس التعليق الفوري لمشاركة مالي في أنشطة الاتحاد الإفريقي.')).toContain(
      'SANCTION',
    );
  });

  it('reads a recall announced "في بيان مشترك" by several states as a sanction', () => {
    expect(
      typesOf('أعلنت كل من النيجر ومالي، اليوم الأحد في بيان مشترك، استدعاء سفرائها من الجزائر للتشاور.'),
    ).toContain('SANCTION');
  });

  it('reads "التوصل لاتفاق" as an agreement reached', () => {
    expect(typesOf('الرئيس الأمريكي يعلن التوصل لاتفاق سلام بين أرمينيا وأذربيجان')).toContain('AGREE');
  });

  it('reads a truce taking effect beside talks named after a comma as a truce, not a topic of the talks', () => {
    expect(
      typesOf(
        'أعلنت قطر ومصر أن الهدنة في غزة دخلت حيز التنفيذ صباح اليوم، بالتوازي مع استمرار المحادثات في القاهرة.',
      ),
    ).toContain('RETREAT');
  });

  it('reads an aerial aggression, a drone that struck and plural strikes as attacks', () => {
    expect(typesOf('سقط عشرات القتلى في عدوان جوي جديد على ميناء الحديدة.')).toContain('ASSAULT');
    expect(typesOf('ضربت مسيرة إسرائيلية مساء الثلاثاء مبنى في الضاحية الجنوبية لبيروت.')).toContain(
      'ASSAULT',
    );
    expect(typesOf('ارتفعت حصيلة الضربات الأميركية على ميناء رأس عيسى إلى 80 قتيلا.')).toContain('ASSAULT');
  });

  it('reads "خلال اتصاله الهاتفي" as a call', () => {
    expect(
      typesOf('حث أمير قطر تميم بن حمد إيران على الحوار، خلال اتصاله الهاتفي بالرئيس الإيراني حسن روحاني.'),
    ).toContain('CONSULT');
  });

  it('reads a killing "برصاص" as an attack, and an attack named in its purpose clause as a reference', () => {
    const events = analyzeText(
      'لقي ثلاثة جنود مصرعهم برصاص سائق شاحنة عند معبر حدودي، احتجاجا على استمرار المجازر في غزة وحملات الاقتحام في الضفة الغربية.',
    ).events.filter((e) => e.type === 'ASSAULT');
    const told = events.filter((e) => e.status === 'asserted');
    expect(told).toHaveLength(1);
    expect(told[0].triggers.map((t) => t.text)).toEqual(['برصاص']);
    expect(told[0].location).toBeNull();
  });

  it('reads a condemnation whose subject stands before a statement aside as an accusation by it', () => {
    const accuse = analyzeText(
      'أعربت دولة الكويت في بيان صادر عن وزارة الخارجية، عن إدانتها الشديدة لإحراق نسخة من المصحف في العاصمة الدنماركية.',
    ).events.find((e) => e.type === 'ACCUSE');
    expect(accuse?.participants.map((p) => p.entity.en)).toContain('Kuwait');
  });

  it('reads "وزارتا" as two ministries, no visit that would make an attack beside it a topic', () => {
    const events = analyzeText(
      'ذكر مصدر محلي أن حقل الغاز في قضاء جمجمال تعرض لهجوم بطائرات مسيرة، فيما أعلنت وزارتا الموارد الطبيعية والكهرباء وقف إمدادات الغاز.',
    ).events;
    expect(events.filter((e) => e.type === 'CONSULT')).toHaveLength(0);
    expect(events.find((e) => e.type === 'ASSAULT')?.status).toBe('asserted');
  });
});

// Our own sentences: a press conference held with a counterpart is a meeting; one held alone is not.
describe('joint press conferences', () => {
  it('reads a press conference held with a counterpart as a meeting', () => {
    expect(
      typesOf(
        'شدد الرئيس التركي رجب طيب أردوغان، في مؤتمر صحفي عقده مساء الثلاثاء مع نظيره الأذربيجاني إلهام علييف، على أن أنقرة ستعمل على تعزيز العلاقات.',
      ),
    ).toContain('CONSULT');
    expect(
      typesOf('وفي مؤتمر صحفي مشترك في أنقرة، شكر أردوغان الرئيس الأذربيجاني إلهام علييف على زيارته.'),
    ).toContain('CONSULT');
  });

  it('reads a press conference held alone as no meeting', () => {
    expect(
      typesOf('قال وزير الخارجية التركي هاكان فيدان في مؤتمر صحفي في أنقرة إن بلاده تدعم الحوار.'),
    ).not.toContain('CONSULT');
  });
});
