import { describe, expect, it } from 'vitest';
import { sectorActor, statesBesideRulers } from '../src/events/sides.js';
import { statesOfEnvoys } from '../src/events/speaker-sides.js';
import { analyzeText } from './helpers/analyze-text.js';

const sides = (text: string, type: string, published = '2024-03-10') => {
  const e = analyzeText(text, published).events.find((x) => x.type === type);
  const names = (role: string) =>
    e?.participants.filter((p) => p.role === role).map((p) => p.entity.en) ?? [];
  return { sources: names('source'), targets: names('target') };
};

describe('a minister who announces his own state’s act acts too', () => {
  it('the foreign minister who says his country recalls its ambassador is a source', () => {
    const { sources } = sides(
      'قال وزير الخارجية الأردني أيمن الصفدي مساء السبت إن الأردن قرر استدعاء سفيره لدى إسرائيل احتجاجا على قصف المدنيين.',
      'SANCTION',
    );
    expect(sources).toEqual(expect.arrayContaining(['Jordan', 'Ayman Safadi']));
  });
  it('but a spokesman telling of another state’s sanctions is not', () => {
    const { sources } = sides(
      'قال المتحدث باسم الخارجية الإيرانية ناصر كنعاني اليوم إن الولايات المتحدة فرضت عقوبات جديدة على شركات إيرانية.',
      'SANCTION',
    );
    expect(sources).toContain('United States');
    expect(sources).not.toContain('Nasser Kanaani');
  });
});

describe('an embassy or envoy acted upon stands for its state', () => {
  it('storming an embassy is an act against its state', () => {
    const { targets } = sides(
      'اقتحم مئات المحتجين مقر السفارة الدنماركية في بيروت بعد ظهر الأحد.',
      'PROTEST',
    );
    expect(targets).toEqual(expect.arrayContaining(['Denmark']));
  });
});

describe('a long name and its titles stand between a receiving verb and the call', () => {
  it('the receiver named with all his titles is the target, the caller the source', () => {
    const { sources, targets } = sides(
      'تلقى صاحب السمو الشيخ محمد بن زايد آل نهيان، حاكم أبوظبي والقائد الأعلى للقوات المسلحة، اتصالاً هاتفياً من رئيس الوزراء الهندي ناريندرا مودي.',
      'CONSULT',
    );
    expect(sources).toEqual(['Narendra Modi']);
    expect(targets).toEqual(['Mohamed bin Zayed']);
  });
});

describe('an armed group acts in an attack only where the text says so', () => {
  const published = '2023-05-14';
  it('not a group the sentence names in passing', () => {
    const { sources } = sides(
      'قتل سبعة أشخاص في تفجير سيارة مفخخة قرب سوق شعبي في مدينة الموصل، وهو الأعنف منذ إعلان الحكومة العراقية هزيمة تنظيم داعش قبل سنوات.',
      'ASSAULT',
      published,
    );
    expect(sources).not.toContain('Islamic State');
  });
  it('but the group of the bomber, or the group that claims it', () => {
    const bomber = sides(
      'قتل تسعة جنود عندما فجر انتحاري ينتمي إلى حركة الشباب حزاما ناسفا عند حاجز للجيش في مقديشو صباح السبت.',
      'ASSAULT',
      published,
    );
    expect(bomber.sources).toContain('Al-Shabaab');
    const claimed = sides(
      'قتل أربعة من رجال الشرطة في هجوم بعبوة ناسفة على دورية في جنوب الصومال، وأعلنت حركة الشباب مسؤوليتها عن الهجوم في بيان.',
      'ASSAULT',
      published,
    );
    expect(claimed.sources).toContain('Al-Shabaab');
  });
});

describe('the cause of an act names no side of it', () => {
  it('sanctions on officials over violence against protesters do not target the protesters', () => {
    const { sources, targets } = sides(
      'فرض الاتحاد الأوروبي الاثنين عقوبات على 4 مسؤولين بيلاروسيين على خلفية القمع العنيف ضد المتظاهرين في مينسك.',
      'SANCTION',
    );
    expect(sources).toEqual(['European Union']);
    expect(targets).toEqual(['Belarus officials']);
  });
});

describe('an envoy announcing his body’s act acts with it', () => {
  it('the UN envoy who announces a truce the UN brokered is a source beside the UN', () => {
    const { sources } = sides(
      'صرّح المبعوث الأممي الخاص لليمن هانس غروندبرغ للصحفيين في عمّان الأحد بأن الأمم المتحدة توصلت إلى هدنة تشمل الجبهات اليمنية كلها.',
      'AGREE',
      '2022-04-01',
    );
    expect(sources).toEqual(expect.arrayContaining(['United Nations', 'Hans Grundberg']));
  });
});

describe('the aircraft an attack is ascribed to act', () => {
  it('"طائرات حربية روسية هي من شنت الغارة" makes the Russian forces the source', () => {
    const { sources } = sides(
      'قتل تسعة مدنيين في غارة على سوق بلدة سراقب صباح الخميس، وأكد ناشطون محليون أن طائرات حربية روسية هي من شنت الغارة.',
      'ASSAULT',
      '2019-05-09',
    );
    expect(sources).toContain('Armed Forces (Russia)');
  });
});

describe('an embassy named in an envoy’s title is the envoy’s', () => {
  it('the chargé of an embassy is the target, with his state, not the embassy beside him', () => {
    const { sources, targets } = sides(
      'قالت وزارة الخارجية البلجيكية اليوم إن بلجيكا استدعت القائم بأعمال السفارة الفنلندية في بروكسل.',
      'ACCUSE',
    );
    expect(sources).toContain('Belgium');
    expect(targets).toEqual(expect.arrayContaining(['Finland ambassador', 'Finland']));
    expect(targets).not.toContain('Embassy (Finland)');
    expect(sources).not.toContain('Finland');
  });
});

describe('a call told by a verb whose pronoun is the call', () => {
  it('"في اتصال هاتفي تلقاه من": the clause’s subject took the call, the one after "من" made it', () => {
    const { sources, targets } = sides(
      'أعرب العاهل الأردني الملك عبدالله الثاني عن تقديره لجهود الوساطة، في اتصال هاتفي تلقاه مساء الأحد من رئيس الوزراء الهندي ناريندرا مودي.',
      'CONSULT',
    );
    expect(sources).toEqual(['Narendra Modi']);
    expect(targets).toEqual(['Abdullah II of Jordan']);
  });
  it('"في اتصال هاتفي أجراه مع": the clause’s subject made it', () => {
    const { sources, targets } = sides(
      'قال رئيس الوزراء الهندي ناريندرا مودي، اليوم الاثنين، في اتصال هاتفي أجراه مع العاهل الأردني الملك عبدالله الثاني، إن البلدين يعملان معا.',
      'CONSULT',
    );
    expect(sources).toEqual(['Narendra Modi']);
    expect(targets).toEqual(['Abdullah II of Jordan']);
  });
  it('"في اتصال تلقاه الملك من": the verb’s own subject after it took the call', () => {
    const { sources, targets } = sides(
      'وذكرت الوكالة أن ذلك جاء في اتصال هاتفي تلقاه الملك عبدالله الثاني من رئيس الوزراء الهندي ناريندرا مودي.',
      'CONSULT',
    );
    expect(sources).toEqual(['Narendra Modi']);
    expect(targets).toEqual(['Abdullah II of Jordan']);
  });
});

describe('a subject named by title and by name is one side', () => {
  it('the host received his guest, whichever of his two names comes first', () => {
    const { sources, targets } = sides(
      'استقبل العاهل الأردني الملك عبدالله الثاني اليوم رئيس الوزراء الهندي ناريندرا مودي في قصر الحسينية.',
      'CONSULT',
    );
    expect(sources).toEqual(['Narendra Modi']);
    expect(targets).toEqual(['Abdullah II of Jordan']);
  });
});

describe('the ministry whose statement tells its state’s act acts with it', () => {
  const text =
    'استدعت النمسا اليوم السفير الإيراني في فيينا احتجاجا على إعدام مواطن نمساوي. وقالت وزارة الخارجية النمساوية في بيان إن الإعدام انتهاك صارخ للقانون الدولي. وقالت وزارة الخارجية الإيرانية إن الحكم شأن داخلي.';
  it('the acting state’s ministry is a source, wherever its statement stands', () => {
    const { sources } = sides(text, 'ACCUSE');
    expect(sources).toEqual(['Austria', 'Ministry of Foreign Affairs (Austria)']);
  });
  it('not the ministry of the other side', () => {
    const { sources, targets } = sides(text, 'ACCUSE');
    expect([...sources, ...targets]).not.toContain('Ministry of Foreign Affairs (Iran)');
  });
});

describe('the officials a sanction names', () => {
  it('are not of the state where it is announced', () => {
    const { targets } = sides(
      'فرضت الولايات المتحدة اليوم في واشنطن عقوبات على سبعة مسؤولين بسبب قمع الاحتجاجات.',
      'SANCTION',
    );
    expect(targets).toEqual(['officials']);
  });
  it('but of the state it targets', () => {
    const { targets } = sides(
      'أعلنت وزارة الخزانة الأمريكية في واشنطن اليوم فرض عقوبات على فنزويلا وعلى سبعة مسؤولين في حكومتها.',
      'SANCTION',
    );
    expect(targets).toEqual(['Venezuela', 'Venezuela officials']);
  });
});

describe('arrests', () => {
  it('the person arrested is the target, never the one who arrests', () => {
    const { sources, targets } = sides(
      'قال حزبه إن وحدة أمنية أوقفت زعيم المعارضة كمال كليجدار أوغلو مساء الأربعاء في أنقرة.',
      'COERCE',
    );
    expect(sources).toEqual([]);
    expect(targets).toEqual(['Kemal Kılıçdaroğlu']);
  });
  it('a country after a point of the compass is where, not whom, they arrested', () => {
    const { sources, targets } = sides(
      'اعتقلت السلطات في محافظة درعا جنوبي سوريا صباح الأحد ناشطا مدنيا بتهمة المشاركة في الاحتجاجات.',
      'COERCE',
    );
    // (A state's authorities are its government: governed.ts.)
    expect(sources).toEqual(['Syrian government']);
    expect(targets).not.toContain('Syria');
  });
});

describe('one’s own envoy recalled', () => {
  it('is part of the act, not its target, whichever rule found the act', () => {
    const doc = analyzeText(
      'الأردن يطرد السفير الدنماركي ويسحب القائم بالأعمال الأردني من كوبنهاغن احتجاجا على حرق المصحف.',
      '2024-03-10',
    );
    const e = doc.events.find((x) => x.type === 'SANCTION')!;
    const own = {
      entity: sectorActor('ambassador', 'JOR'),
      via: 'envoy',
      span: e.triggers[0].span,
      role: 'target' as const,
    };
    const [out] = statesOfEnvoys([{ ...e, participants: [...e.participants, own] }]);
    const targets = out.participants.filter((p) => p.role === 'target').map((p) => p.entity.en);
    expect(targets).toContain('Denmark ambassador');
    expect(targets).not.toContain('Jordan ambassador');
  });
});

describe('who writes of an agreement, and who proposed it, are no sides of it', () => {
  it('neither the leader who wrote that two states signed, nor the state a clause after it names', () => {
    const { sources, targets } = sides(
      'وكتب الرئيس الفرنسي إيمانويل ماكرون على منصة إكس أن أرمينيا وأذربيجان وقعتا على اتفاق السلام الذي طرحته الولايات المتحدة.',
      'AGREE',
    );
    expect(sources).toEqual(['Armenia']);
    expect(targets).toEqual(['Azerbaijan']);
  });
});

describe('receptions', () => {
  it('a receiving verb among the visit’s words tells who hosts', () => {
    const { sources, targets } = sides(
      'تستغرق الزيارة الرسمية يومين، وذكرت الوكالة أن الملك عبدالله الثاني استقبل رئيس الوزراء الهندي ناريندرا مودي في قصر الحسينية.',
      'CONSULT',
    );
    expect(sources).toEqual(['Narendra Modi']);
    expect(targets).toEqual(['Abdullah II of Jordan', 'Jordan']);
  });
  it('"كان X في استقبال Y": X hosts Y', () => {
    const { sources, targets } = sides(
      'وكان العاهل الأردني الملك عبدالله الثاني في استقبال رئيس الوزراء الهندي ناريندرا مودي لدى وصوله إلى مطار عمّان.',
      'CONSULT',
    );
    expect(sources).toEqual(['Narendra Modi']);
    expect(targets).toEqual(['Abdullah II of Jordan']);
  });
  it('"كان في استقباله X": X hosts the visitor told before', () => {
    const { sources, targets } = sides(
      'وصل رئيس الوزراء الهندي ناريندرا مودي اليوم إلى عمّان في زيارة رسمية، وكان في استقباله في المطار الملك عبدالله الثاني.',
      'CONSULT',
    );
    expect(sources).toEqual(['Narendra Modi']);
    expect(targets).toEqual(['Abdullah II of Jordan', 'Jordan']);
  });
});

describe('an invitation to visit is no visit', () => {
  it('"وجه الدعوة للرئيس … إلى زيارة": the visit is planned, with the invitee named between', () => {
    const doc = analyzeText(
      'ووجه الملك عبدالله الثاني الدعوة لرئيس الوزراء الهندي ناريندرا مودي إلى زيارة الأردن.',
      '2024-03-10',
    );
    const visit = doc.events.find((e) => e.type === 'CONSULT');
    expect(visit?.status).toBe('planned');
  });
});

describe('a state’s own government in a bombing there', () => {
  it('is struck, never the author', () => {
    const { sources, targets } = sides(
      'الحكومة الصومالية تنجو من تفجير بسيارة مفخخة في مقديشو أدى إلى مقتل سبعة أشخاص.',
      'ASSAULT',
    );
    expect(sources).toEqual([]);
    expect(targets).toContain('Government (Somalia)');
  });
});

describe('the owner of the aircraft that struck', () => {
  it('"بقصف طائرات لـX": X carried out the strike', () => {
    const { sources } = sides(
      'قتل 12 مدنيا بقصف طائرات للرئيس السوري بشار الأسد على سوق في مدينة إدلب.',
      'ASSAULT',
    );
    expect(sources).toEqual(['Bashar al-Assad']);
  });
  it('"طائرات تابعة لـX": X carried out the strike', () => {
    const { sources, targets } = sides(
      'قتل 12 مدنيا في غارات نفذتها طائرات تابعة للرئيس السوري بشار الأسد على سوق في مدينة إدلب.',
      'ASSAULT',
    );
    expect(sources).toEqual(['Bashar al-Assad']);
    expect(targets).not.toContain('Bashar al-Assad');
  });
});

describe('the state whose deed a protest names by an adjective', () => {
  it('is the target of a strike that names no other', () => {
    const { targets } = sides(
      'عم إضراب شامل صباح اليوم مدن إقليم كشمير احتجاجاً على القرارات الهندية الأخيرة.',
      'PROTEST',
    );
    expect(targets).toEqual(['India']);
  });
  it('but a workers’ strike over pay is still against their government', () => {
    const { targets } = sides('أضرب عمال الموانئ في تونس اليوم احتجاجا على تأخر صرف الأجور.', 'PROTEST');
    expect(targets).toEqual(['Government (Tunisia)']);
  });
});

describe('the body a group is tied to', () => {
  it('describes the group and is no side of its own', () => {
    const { sources } = sides(
      'تبنت هيئة تحرير الشام المرتبطة بتنظيم القاعدة الهجوم الانتحاري الذي قتل 20 مدنيا في سوق مدينة حماة.',
      'ASSAULT',
    );
    expect(sources).toEqual(["Hay'at Tahrir al-Sham"]);
  });
});

describe('a visit named in the cause of a summons', () => {
  it('does not make the summons a topic of the visit', () => {
    const { sources, targets } = sides(
      'استدعت النرويج اليوم سفير الهند لديها احتجاجاً على تصرف حراس أمن هنود خلال زيارة رئيس الوزراء الهندي ناريندرا مودي إلى أوسلو الأسبوع الماضي.',
      'ACCUSE',
    );
    expect(sources).toEqual(['Norway']);
    expect(targets).toEqual(expect.arrayContaining(['India ambassador', 'India']));
  });
});

describe('one’s own envoy recalled, named after the recall', () => {
  it('is that envoy, not a target: the recall falls on the state he served in', () => {
    const { sources, targets } = sides(
      'قررت مصر استدعاء سفيرها في أديس أبابا، محمد إدريس، للتشاور.',
      'SANCTION',
    );
    expect(sources).toEqual(['Egypt']);
    // (The state he is recalled from is the recall's target, not the envoy.)
    expect(targets).toEqual(['Ethiopia']);
  });
});

describe('the state one’s own envoy is recalled from', () => {
  it('is the target, named by its capital or by itself', () => {
    expect(sides('قررت كينيا اليوم استدعاء سفيرتها لدى أوسلو للتشاور.', 'SANCTION').targets).toEqual([
      'Norway',
    ]);
    expect(sides('تشيلي تستدعي سفيرها في الأرجنتين للتشاور', 'SANCTION').targets).toEqual(['Argentina']);
    expect(
      sides('قررت البرازيل استدعاء سفير بلادها في إسرائيل للتشاور بعد التصريحات.', 'SANCTION').targets,
    ).toEqual(['Israel']);
  });
  it('when the recalling state names its own envoy by its name, that name and his are no target', () => {
    const { sources, targets } = sides(
      'قررت وزارة الخارجية الكويتية اليوم استدعاء سفير دولة الكويت لدى بغداد سالم الزمانان للتشاور.',
      'SANCTION',
    );
    expect(sources).toContain('Ministry of Foreign Affairs (Kuwait)');
    expect(targets).toEqual(['Iraq']);
  });
  it('and the post named after "سفيره" is not the envoy’s own state', () => {
    const { targets } = sides('الأردن يستدعي سفيره في تل أبيب على الفور', 'SANCTION');
    expect(targets).not.toContain('Israel ambassador');
  });
});

describe('an envoy summoned after the verb', () => {
  it('is its target even when the summoner stands before "قد"', () => {
    const { sources, targets } = sides(
      'وكانت الخارجية الكويتية قد استدعت يوم الأحد السفير العراقي لديها وسلمته مذكرة احتجاج.',
      'ACCUSE',
    );
    expect(sources).toContain('Kuwait');
    expect(targets).toEqual(expect.arrayContaining(['Iraq ambassador', 'Iraq']));
    expect(sources).not.toContain('Iraq ambassador');
  });
});

describe('calls told by a verb of calling, and their topics', () => {
  it('"اتصل X بـY": X called Y; the person whose case they discussed is no side', () => {
    const { sources, targets } = sides(
      'اتصل الملك عبدالله الثاني اليوم برئيس الوزراء الهندي ناريندرا مودي، وبحثا قضية اختفاء الصحفي محمد الخطيب.',
      'CONSULT',
    );
    expect(sources).toEqual(['Abdullah II of Jordan']);
    expect(targets).toEqual(['Narendra Modi']);
  });
  it('"هاتف X Y": X phoned Y', () => {
    const { sources, targets } = sides(
      'هاتف رئيس الوزراء الهندي ناريندرا مودي مساء الأحد الملك عبدالله الثاني وبحثا التعاون بين البلدين.',
      'CONSULT',
    );
    expect(sources).toEqual(['Narendra Modi']);
    expect(targets).toEqual(['Abdullah II of Jordan']);
  });
});

describe('victims of the deed an attack answers', () => {
  it('are not its victims', () => {
    const { targets } = sides(
      'قتل ستة مدنيين في قصف صاروخي على بلدة في ريف إدلب، ردا على اغتيال قادة لبنانيين الأسبوع الماضي.',
      'ASSAULT',
    );
    expect(targets).toEqual(['Syria civilians']);
  });
});

describe('the people an attack struck, however they are counted', () => {
  it('a count of several words between the word of death and the people is no distance', () => {
    const { targets } = sides(
      'قُتل ما لا يقل عن 17 شخصا في تفجير سيارة مفخخة في مدينة الموصل العراقية.',
      'ASSAULT',
    );
    expect(targets).toContain('Iraq civilians');
  });
  it('"لقي … مصرعهم" names the dead', () => {
    const { targets } = sides('لقي تسعة أشخاص مصرعهم في انفجار عبوة ناسفة في مدينة حلب السورية.', 'ASSAULT');
    expect(targets).toContain('Syria civilians');
  });
  it('an attack in or on a house of worship strikes worshippers, who stand for the dead it counts', () => {
    const { targets } = sides(
      'قتل 11 شخصا على الأقل في تفجير انتحاري داخل مسجد في مدينة كركوك العراقية خلال صلاة الجمعة.',
      'ASSAULT',
    );
    expect(targets).toEqual(['Iraq worshippers']);
    const church = sides('أصيب 30 شخصا في هجوم استهدف كنيسة في مدينة المنيا المصرية.', 'ASSAULT');
    expect(church.targets).toEqual(['Egypt worshippers']);
  });
  it('but a mosque named as a landmark near the blast, or as a cause, is not struck', () => {
    const { targets } = sides('قتل 5 مدنيين في قصف على سوق قريب من مسجد في مدينة إدلب السورية.', 'ASSAULT');
    expect(targets).toEqual(['Syria civilians']);
  });
  it('tourists struck are visitors: the place gives them no country, and they stand for persons counted', () => {
    const { targets } = sides(
      'قتل 14 شخصا بينهم سياح أجانب في هجوم مسلح على فندق في مدينة الحمامات التونسية.',
      'ASSAULT',
    );
    expect(targets).toEqual(['tourists']);
    const named = sides('أصيب 4 مدنيين و3 سياح في هجوم على حافلة في مدينة الأقصر المصرية.', 'ASSAULT');
    expect(named.targets).toEqual(expect.arrayContaining(['Egypt civilians', 'tourists']));
  });
});

describe('the act an attack answers is background', () => {
  it('its actors and its dead are no sides of the attack, told after it or before it', () => {
    const after = sides(
      'أطلق الحرس الثوري الإيراني صواريخ على قاعدة عسكرية في العراق ثأراً لمقتل القائد قاسم سليماني في غارة أمريكية.',
      'ASSAULT',
    );
    expect(after.targets).not.toContain('Qasem Soleimani');
    expect(after.sources).not.toContain('United States');
    const before = sides('إيران ترد على مقتل سليماني بقصف صاروخي على قاعدة عسكرية في العراق.', 'ASSAULT');
    expect(before.targets).not.toContain('Qasem Soleimani');
  });
  it('but the author of a strike told after "رداً على ذلك،" is its side', () => {
    const { sources } = sides('ورداً على ذلك، قصفت إسرائيل مواقع في جنوب لبنان.', 'ASSAULT');
    expect(sources).toContain('Israel');
  });
});

describe('a group whose members an attack struck', () => {
  it('is its target, not its author', () => {
    const killed = sides('قتل أربعة من عناصر حركة الجهاد الإسلامي في غارة على مدينة خان يونس.', 'ASSAULT');
    expect(killed.sources).not.toContain('Palestinian Islamic Jihad');
    expect(killed.targets).toContain('Palestinian Islamic Jihad');
    const places = sides('استهدفت غارة جوية مواقع لعناصر جماعة الحوثي في محافظة صعدة.', 'ASSAULT');
    expect(places.sources).not.toContain('Houthis');
    expect(places.targets).toContain('Houthis');
  });
  it('and those it counts dead are those members, no civilians', () => {
    const { targets } = sides(
      'قتل أربعة من عناصر حركة الجهاد الإسلامي في غارة على مدينة خان يونس.',
      'ASSAULT',
    );
    expect(targets.some((t) => t.includes('civilians'))).toBe(false);
  });
  it('but the group whose members carried it out still acts', () => {
    const { sources } = sides(
      'قتل ثلاثة جنود على يد عناصر من حركة الشباب في هجوم قرب مدينة بيدوا.',
      'ASSAULT',
    );
    expect(sources).toContain('Al-Shabaab');
  });
});

describe('victims named by sector and nationality', () => {
  it('the nationality after the sector is theirs, not the country where they fell', () => {
    const { targets } = sides(
      'قتل ثلاثة عسكريين فرنسيين في هجوم بطائرة مسيرة على قاعدة في شمال مالي.',
      'ASSAULT',
    );
    expect(targets).toEqual(['France military']);
  });
});

describe('who is said to stand behind an attack', () => {
  it('carried it out, a state or a group', () => {
    const state = sides(
      'انفجرت عبوات في عدة مخازن أسلحة في أنحاء سوريا، في عملية قيل إن إيران تقف وراءها.',
      'ASSAULT',
    );
    expect(state.sources).toContain('Iran');
    const group = sides(
      'قتل سبعة أشخاص في تفجير سيارة مفخخة في مدينة الرقة، وقالت مصادر أمنية إن تنظيم داعش يقف وراء الهجوم.',
      'ASSAULT',
    );
    expect(group.sources).toContain('Islamic State');
  });
});

describe('a group whose office or leader an attack struck', () => {
  it('the owner of the struck office is its target, even beside a toll', () => {
    const { sources, targets } = sides(
      'استهدفت غارة جوية مكتبا لحركة الجهاد الإسلامي في دمشق، ما أدى إلى مقتل 4 أشخاص.',
      'ASSAULT',
    );
    expect(sources).not.toContain('Palestinian Islamic Jihad');
    expect(targets).toContain('Palestinian Islamic Jihad');
  });
  it('so is the group of a leader killed, adjectives between', () => {
    const { sources, targets } = sides(
      'أدت غارة على دمشق إلى مقتل القيادي العسكري البارز في حركة الجهاد الإسلامي.',
      'ASSAULT',
    );
    expect(sources).not.toContain('Palestinian Islamic Jihad');
    expect(targets).toContain('Palestinian Islamic Jihad');
  });
});

describe('the security forces a bombing report names in passing', () => {
  it('are no author of it, though the report places it in no country', () => {
    const { sources } = sides(
      'قتل 12 شخصا جراء انفجار سيارة ملغومة في شارع مزدحم، وذكر ضابط أن الانفجار وقع فيما كانت قوات الأمن تلاحق السيارة.',
      'ASSAULT',
    );
    expect(sources).toEqual([]);
  });
});

describe('who blames whom for an attack', () => {
  it('the accused carried it out; the accuser is no side of it', () => {
    const { sources, targets } = sides(
      'قتل تسعة أشخاص في تفجير سيارة مفخخة في مدينة حمص، وحملت الحكومة السورية تنظيم داعش المسؤولية عن الهجوم.',
      'ASSAULT',
    );
    expect(sources).toEqual(['Islamic State']);
    expect(targets).not.toContain('Syrian government');
  });
});

describe('the people a sanction falls on, named after the act', () => {
  const text =
    'فرضت بريطانيا، الثلاثاء، عقوبات جديدة على خمسة مسؤولين بيلاروسيين بسبب قمع المعارضة.\n' +
    'وقالت وزارة الخارجية البريطانية في بيان إن العقوبات شملت وزير الداخلية إيفان كوباكوف والقاضي أندريه ماركوف.\n' +
    'وجاءت الخطوة بعد إدراج الناشط سيرغي بيلوف على قائمة أخرى الشهر الماضي.';
  it('those the sentence about the sanctions lists are targets', () => {
    const { targets } = sides(text, 'SANCTION');
    expect(targets).toEqual(expect.arrayContaining(['إيفان كوباكوف', 'أندريه ماركوف']));
  });
  it('but not the person of an earlier act the report recalls', () => {
    const { targets } = sides(text, 'SANCTION');
    expect(targets).not.toContain('سيرغي بيلوف');
  });
});

describe('an envoy named after his title is one side', () => {
  it('the expelled ambassador’s name is no second target beside him', () => {
    const { targets } = sides(
      'طلبت الحكومة التشادية من السفير الألماني يان كريستيان غوردون مغادرة البلاد خلال 48 ساعة.',
      'SANCTION',
    );
    expect(targets).toContain('Germany ambassador');
    expect(targets.filter((t) => /غوردون/.test(t))).toEqual([]);
  });
});

describe('a host named only as receiving completes the visit', () => {
  it('"وكان الملك في استقبال ضيفه" gives the visit its host: one event, visitor → host', () => {
    const doc = analyzeText(
      'وصل الرئيس الموريتاني محمد ولد الغزواني اليوم الأربعاء إلى الرباط في زيارة رسمية تستغرق يومين.\nوكان رئيس الحكومة المغربي عزيز أخنوش في استقبال ضيفه لدى وصوله إلى المطار.',
      '2022-06-08',
    );
    const visits = doc.events.filter((e) => e.type === 'CONSULT');
    expect(visits).toHaveLength(1);
    const names = (role: string) =>
      visits[0].participants.filter((p) => p.role === role).map((p) => p.entity.en);
    expect(names('source')).toEqual(['Mohamed Ould Ghazouani']);
    expect(names('target')).toEqual(['Aziz Akhannouch', 'Morocco']);
  });
});

describe('a signing that closes a meeting is signed by the meeting’s sides', () => {
  it('"بحث … مع …، أعقب ذلك توقيع مذكرات تفاهم": AGREE with the guest first, as the meeting has them', () => {
    const doc = analyzeText(
      'بحث ملك البحرين حمد بن عيسى آل خليفة في المنامة مع الرئيس المصري عبد الفتاح السيسي العلاقات الأخوية والتطورات الإقليمية والدولية ذات الاهتمام المشترك، أعقب ذلك توقيع أربع مذكرات تفاهم في مجالات الاستثمار والنقل.',
      '2023-06-14',
    );
    const agree = doc.events.find((e) => e.type === 'AGREE');
    const names = (role: string) =>
      agree?.participants.filter((p) => p.role === role).map((p) => p.entity.en) ?? [];
    expect(names('source')).toEqual(expect.arrayContaining(['Abdel Fattah el-Sisi', 'Egypt']));
    expect(names('target')).toEqual(expect.arrayContaining(['Hamad bin Isa Al Khalifa', 'Bahrain']));
  });
});

describe('an attack’s target named after the head of its group’s name', () => {
  const published = '2024-07-21';
  it('strikes on "targets of the group X" strike the group', () => {
    const { sources, targets } = sides(
      'وأوضح بيان عسكري، مساء الأحد، أن مقاتلات حربية شنت غارات على أهداف لجماعة الحوثيين قرب ميناء الحديدة.',
      'ASSAULT',
      published,
    );
    expect(sources).not.toContain('Houthis');
    expect(targets).toContain('Houthis');
  });
  it('but a branch of a group that claimed the attack still carried it out', () => {
    const { sources } = sides(
      'ونسب مسؤولون الهجوم الذي استهدف سوقا شعبيا إلى فرع لتنظيم "داعش" أعلن مسؤوليته عنه في بيان.',
      'ASSAULT',
      published,
    );
    expect(sources).toContain('Islamic State');
  });
});

describe('"appointed by X" describes a victim, X did not attack', () => {
  it('the group that appointed a minister killed in a strike is no attacker', () => {
    const { sources, targets } = sides(
      'سقط عشرات القتلى والجرحى جراء استهداف مجلس عزاء في صنعاء كان يحضره عدد من العسكريين والمدنيين، بينهم محافظ المدينة المعين من قبل الحوثيين.',
      'ASSAULT',
      '2016-10-09',
    );
    expect(sources).not.toContain('Houthis');
    expect(targets).toContain('Houthis');
  });
});

describe('a body quoted after a colon speaks, it does not attack', () => {
  it('the group telling in a statement how its members’ devices blew up is struck', () => {
    const { sources, targets } = sides(
      'وقال حزب الله في بيان: "انفجرت أجهزة اتصال لدى عدد من العاملين في مؤسسات حزب الله في الضاحية".',
      'ASSAULT',
      '2024-09-17',
    );
    expect(sources).not.toContain('Hezbollah');
    expect(targets).toContain('Hezbollah');
  });
});

describe('names a victims’ sentence does not hold', () => {
  it('a given name that is a state’s nisba after an attack noun is the adjective', () => {
    const { targets } = sides(
      'قتل ثمانية مدنيين وأصيب آخرون جراء قصف تركي أصاب مصيفا في ريف دهوك.',
      'ASSAULT',
      '2022-07-21',
    );
    expect(targets.filter((t) => /تركي/.test(t))).toEqual([]);
  });
  it('the conjunction before a given name is no part of the name', () => {
    const a = analyzeText(
      'اعتقلت قوات الاحتلال ستة شبان من مخيم الفوار، بينهم سامر وخالد أحمد الطيطي.',
      '2026-01-02',
    );
    const names = a.entities.map((m) => m.text);
    expect(names).toContain('خالد أحمد الطيطي');
    expect(names).not.toContain('وخالد أحمد الطيطي');
  });
});

describe('a protest that names no one it is held against', () => {
  it('a vigil of a country’s journalists is held before their government', () => {
    const { targets } = sides(
      'نظم عشرات الصحفيين الأردنيين، اليوم الأحد، وقفة احتجاجية أمام مقر نقابتهم في عمّان للمطالبة بالإفراج عن زميلهم المعتقل.',
      'PROTEST',
    );
    expect(targets).toContain('Government (Jordan)');
  });
});

describe('who calls and who visits, when the sentence hides it', () => {
  it('a host named after a preposition fused to his title is no subject however far the guest stands', () => {
    const { sources, targets } = sides(
      'حطّ رئيس المجلس الرئاسي الليبي محمد المنفي، صباح اليوم الاثنين، 3 يونيو، رحاله في تونس العاصمة، حيث اجتمع بالرئيس قيس سعيد، في أول زيارة له منذ أشهر.',
      'CONSULT',
      '2024-06-03',
    );
    expect(sources).toContain('Mohamed al-Menfi');
    expect(targets).toContain('Kais Saied');
  });
  it('a call received by someone left unnamed is made by the one after "من"', () => {
    const { sources, targets } = sides(
      'تلقى سموه مساء الاثنين اتصالاً هاتفياً من الرئيس الإماراتي الشيخ محمد بن زايد آل نهيان، هنأه خلاله بحلول شهر رمضان.',
      'CONSULT',
      '2024-03-11',
    );
    expect(sources).toContain('Mohamed bin Zayed');
    expect(targets).not.toContain('Mohamed bin Zayed');
  });
  it('a headline joining both sides before the verb yields to the body that tells who called', () => {
    const { sources, targets } = sides(
      'السوداني وأردوغان يبحثان هاتفيا ملف المياه\nتلقى رئيس الوزراء العراقي محمد شياع السوداني اتصالا هاتفيا من الرئيس التركي رجب طيب أردوغان، جرى خلاله بحث ملف المياه وأمن الحدود.',
      'CONSULT',
      '2024-02-20',
    );
    expect(sources).toEqual(['Recep Tayyip Erdoğan']);
    expect(targets).toEqual(["Mohammed Shia' al-Sudani"]);
  });
});

describe('a state whose name has no nisba in our table acts as a state', () => {
  it('Mali recalling its ambassador from France is Mali → France', () => {
    const { sources, targets } = sides(
      'استدعت مالي سفيرها لدى فرنسا للتشاور احتجاجا على تصريحات باريس.',
      'SANCTION',
    );
    expect(sources).toContain('Mali');
    expect(targets).toContain('France');
  });
});

describe('the people an attack or an arrest struck, named by their group', () => {
  const targetIds = (text: string, type: string) =>
    analyzeText(text, '2024-03-10')
      .events.filter((x) => x.type === type)
      .flatMap((e) => e.participants.filter((p) => p.role === 'target').map((p) => p.entity.id));
  it('an air strike on a funeral gathering strikes its mourners', () => {
    const ids = targetIds(
      'قتل 15 شخصا وأصيب العشرات في غارة جوية استهدفت مجلس عزاء في بلدة الحوطة شمالي اليمن مساء الأحد.',
      'ASSAULT',
    );
    expect(ids).toContain('sector:mourners:YEM');
  });
  it('a bus carrying students that a bomb struck: the students were struck', () => {
    const ids = targetIds(
      'قتل ثمانية أشخاص في انفجار عبوة ناسفة استهدفت حافلة تقل طلابا على طريق المطار في مقديشو صباح اليوم.',
      'ASSAULT',
    );
    expect(ids).toContain('sector:students:SOM');
  });
  it('victims a later sentence names by their trade join the attack told before', () => {
    const ids = targetIds(
      'قتل تسعة مدنيين وأصيب عشرون آخرون في انفجار سيارة مفخخة قرب سوق مدينة الباب شمال حلب صباح الاثنين. وقال مسؤول محلي إن جميع الضحايا من عمال البناء.',
      'ASSAULT',
    );
    expect(ids).toEqual(expect.arrayContaining(['sector:civilians:SYR', 'sector:workers:SYR']));
  });
  it('people arrested named by their nationality are the arrest’s targets', () => {
    const ids = targetIds(
      'اعتقلت القوات الإسرائيلية فجر اليوم عددا من الفلسطينيين خلال حملة مداهمات في مدينة جنين.',
      'COERCE',
    );
    expect(ids).toContain('sector:civilians:PSE');
  });
  it('a strike that killed a member of a movement’s council struck the movement', () => {
    const { sources, targets } = sides(
      'اغتالت إسرائيل عضو المجلس العسكري في حركة حماس بغارة على منزله في خان يونس مساء الثلاثاء.',
      'ASSAULT',
    );
    expect(sources).toEqual(['Israel']);
    expect(targets).toContain('Hamas');
  });
});

describe('a deposed ruler named in the background of a visit is no side of it', () => {
  it('"منذ سقوط نظام الرئيس المعزول …" names no one the visitor met', () => {
    const doc = analyzeText(
      'وصل الرئيس السوري أحمد الشرع إلى باريس في أول زيارة أوروبية له منذ سقوط نظام الرئيس المعزول بشار الأسد.',
      '2025-05-07',
    );
    const visit = doc.events.find((e) => e.type === 'CONSULT');
    const names = visit?.participants.map((p) => p.entity.en) ?? [];
    expect(names).toContain('Ahmed al-Sharaa');
    expect(names).not.toContain('Bashar al-Assad');
  });
});

describe('a state named by an adjective of the attack or its weapon struck', () => {
  it('an airstrike with a state’s adjective has that state as its source', () => {
    const { sources } = sides('قتل خمسة أشخاص في غارة جوية إسرائيلية على بلدة في جنوب لبنان أمس.', 'ASSAULT');
    expect(sources).toEqual(['Israel']);
  });
  it('so does the drone that fired the missiles', () => {
    const { sources } = sides(
      'استهدف صاروخان أطلقتهما مسيّرة أميركية سيارة على طريق المطار في بغداد فجر اليوم.',
      'ASSAULT',
    );
    expect(sources).toContain('United States');
  });
  it('but not a drone brought down, nor an attack named as the cause', () => {
    const downed = sides('أسقطت الدفاعات الجوية طائرة مسيرة أمريكية فوق محافظة مأرب.', 'ASSAULT');
    expect(downed.sources).not.toContain('United States');
    const cause = sides(
      'شنت طائرات حربية غارات على مواقع في دير الزور ردا على الهجوم الإيراني على قاعدة التنف.',
      'ASSAULT',
    );
    expect(cause.sources).not.toContain('Iran');
  });
  it('a state after a verb of carrying out the attack is its source', () => {
    const { sources } = sides(
      'كان أمير البلاد في مكان آمن أثناء الهجوم الصاروخي الذي شنته إيران مساء الاثنين على قاعدة العديد الجوية.',
      'ASSAULT',
    );
    expect(sources).toEqual(['Iran']);
  });
});

describe('a person an attack killed is its target', () => {
  it('named with his titles after the word of his death, in a sentence of its own', () => {
    const { targets } = sides(
      'أعلنت مصادر أمنية مقتل قائد الكتيبة عبد الرحيم الزوي مساء أمس. واندلعت اشتباكات عنيفة في حي السلام بمدينة سبها.',
      'ASSAULT',
    );
    expect(targets).toContain('عبد الرحيم الزوي');
  });
  it('but not a leader of a group the attack struck: the group is the target', () => {
    const { targets } = sides(
      'استهدفت غارة إسرائيلية مكتبا لحركة حماس في بيروت مساء أمس. وأعلنت الحركة مقتل القيادي عبد الرحيم الزوي.',
      'ASSAULT',
    );
    expect(targets).toContain('Hamas');
    expect(targets).not.toContain('عبد الرحيم الزوي');
  });
});

describe('actors joined to the subject by "و" act with it', () => {
  it('three states that recall their ambassadors together are all sources', () => {
    const { sources, targets } = sides(
      'أعلنت مالي وبوركينا فاسو والنيجر استدعاء سفرائها لدى الجزائر للتشاور.',
      'SANCTION',
    );
    expect(sources).toEqual(['Mali', 'Burkina Faso', 'Niger']);
    expect(targets).toEqual(['Algeria']);
  });
});

describe('who called', () => {
  it('"ولي العهد" before a verb in a headline is its subject, not a side after a preposition', () => {
    const { sources, targets } = sides(
      'ولي العهد السعودي يهاتف الرئيس التركي رجب طيب أردوغان',
      'CONSULT',
      '2018-10-24',
    );
    expect(sources).toEqual(['Mohammed bin Salman']);
    expect(targets).toEqual(['Recep Tayyip Erdoğan']);
  });
  it('a call received outweighs a clause that names the receiver first', () => {
    const { sources, targets } = sides(
      'بحث الأمير محمد بن سلمان مع الرئيس الفرنسي إيمانويل ماكرون تطورات الأحداث في المنطقة. وجاء ذلك خلال اتصال هاتفي تلقاه الأمير محمد بن سلمان من الرئيس الفرنسي.',
      'CONSULT',
      '2023-10-20',
    );
    expect(sources).toEqual(['Emmanuel Macron']);
    expect(targets).toEqual(['Mohammed bin Salman']);
  });
});

describe('the people an attack struck', () => {
  it('soldiers named before the verb of their death are its targets, not a toll’s civilians', () => {
    const { targets } = sides(
      'ارتفع عدد المصابين في الهجوم على القاعدة إلى 34. وكان 3 جنود أميركيين قد قتلوا في هجوم بطائرة مسيرة على القاعدة.',
      'ASSAULT',
    );
    expect(targets).toContain('United States military');
    expect(targets.some((t) => t.endsWith('civilians'))).toBe(false);
  });
  it('children struck are civilians too', () => {
    const { targets } = sides('قتل 19 طفلا في غارة على مدرسة قرية كفر بطيخ بريف إدلب.', 'ASSAULT');
    expect(targets).toEqual(expect.arrayContaining(['Syria children', 'Syria civilians']));
  });
});

describe('a body that says the attack was its own', () => {
  it('is its source where the report names no other', () => {
    const { sources } = sides(
      'سقطت صواريخ باليستية فجر الأحد على مدينة أربيل. وقال الحرس الثوري الإيراني إنه ضرب مركزا استراتيجيا في المدينة.',
      'ASSAULT',
      '2022-03-13',
    );
    expect(sources).toEqual(['Islamic Revolutionary Guard Corps']);
  });
  it('but not a body that says where the missiles came from', () => {
    const { sources } = sides(
      'سقطت صواريخ باليستية فجر الأحد على مدينة أربيل. وقال جهاز الأمن في الإقليم إن الصواريخ سقطت قرب المطار، مشيرا إلى أنها أطلقت من خارج الحدود.',
      'ASSAULT',
      '2022-03-13',
    );
    expect(sources).toEqual([]);
  });
});

describe('sides of real reports: objects, mediators and fronted subjects', () => {
  it('a meeting whose only actor is introduced by "مع" after an office phrase has him as its target', () => {
    const { sources, targets } = sides(
      'وأضاف: "سأبحث في المحادثات التي سأجريها مع ولي العهد السعودي الأمير محمد بن سلمان مساء اليوم سبل تعزيز التعاون".',
      'CONSULT',
    );
    expect(sources).toEqual([]);
    expect(targets).toEqual(['Mohammed bin Salman']);
  });
  it('an unnamed minister who met "بالرئيس" leaves the president a target', () => {
    const { sources, targets } = sides(
      'كما اجتمع وزير الدفاع بالرئيس الإيراني مسعود بزشكيان، واستعرضا العلاقات الثنائية.',
      'CONSULT',
    );
    expect(sources).toEqual([]);
    expect(targets).toEqual(['Masoud Pezeshkian']);
  });
  it('an honorific pronoun after the verb is its subject: the one named after it is met', () => {
    const { sources, targets } = sides(
      'والتقى سموه الرئيس الإيراني مسعود بزشكيان في طهران، ونقل إليه تحيات القيادة.',
      'CONSULT',
    );
    expect(sources).toEqual([]);
    expect(targets).toEqual(['Masoud Pezeshkian']);
  });
  it('"وكان X -حفظه الله- قد استقبل Y": X hosts, Y visits', () => {
    const { sources, targets } = sides(
      'وكان العاهل الأردني الملك عبدالله الثاني -حفظه الله- قد استقبل مساء اليوم رئيس الوزراء الهندي ناريندرا مودي.',
      'CONSULT',
    );
    expect(sources).toEqual(['Narendra Modi']);
    expect(targets).toEqual(['Abdullah II of Jordan']);
  });
  it('the mediators of a ceasefire are no sides of it, the two parties are', () => {
    const { sources, targets } = sides(
      'وأعلنت الخارجية في بيان أن باكستان وأفغانستان اتفقتا على وقف فوري لإطلاق النار بوساطة دولة قطر والجمهورية التركية.',
      'AGREE',
    );
    const all = [...sources, ...targets];
    expect(all).toEqual(expect.arrayContaining(['Pakistan', 'Afghanistan']));
    expect(all).not.toContain('Qatar');
    expect(all).not.toContain('Türkiye');
  });
  it('the sponsor of an agreement, after "برعاية", is no side of it', () => {
    const { sources, targets } = sides(
      'اتفقت إيران والسعودية برعاية الصين على استئناف العلاقات الدبلوماسية بين البلدين.',
      'AGREE',
    );
    expect([...sources, ...targets]).not.toContain('China');
  });
  it('the visitor named by "ل" right after a visit is its source', () => {
    const { sources } = sides(
      'وهي الزيارة الأولى لرئيس الوزراء العراقي محمد شياع السوداني إلى أنقرة منذ توليه منصبه.',
      'CONSULT',
    );
    expect(sources).toEqual(["Mohammed Shia' al-Sudani"]);
  });
});

describe('who answers an attack or a protest is no side of it', () => {
  it('the authorities that evacuate the airport did not strike it', () => {
    const { sources } = sides(
      'قصفت طائرة مسيرة تابعة لقوات الدعم السريع مستودعات الوقود في مطار بورتسودان فجر اليوم، فيما أخلت السلطات السودانية المطار وعلقت جميع الرحلات.',
      'ASSAULT',
    );
    expect(sources).toContain('Rapid Support Forces');
    expect(sources.some((s) => s.startsWith('Authorities'))).toBe(false);
  });
  it('security forces that disperse protesters stand for the government they protest against', () => {
    const { sources, targets } = sides(
      'احتج مئات الشبان في الرباط أمس، وأبعدت قوات الأمن المحتجين عن ساحة البرلمان.',
      'PROTEST',
    );
    expect(sources.some((s) => /police|Security/.test(s))).toBe(false);
    expect(targets).toEqual(['Government (Morocco)']);
  });
  it('a government named by no state is no protester', () => {
    const { sources } = sides(
      'ونظم مئات المحتجين وقفة أمام مقر الحكومة للتنديد بقرار رفع الأسعار، ودعوا الحكومة إلى التراجع عنه.',
      'PROTEST',
    );
    expect(sources).not.toContain('الحكومة');
  });
});

describe('who called a strike holds it', () => {
  it('the factions that called the general strike are its source', () => {
    const { sources, targets } = sides(
      'وعم الإضراب الذي دعت إليه الفصائل الفلسطينية مدن الضفة الغربية احتجاجا على العدوان الإسرائيلي.',
      'PROTEST',
    );
    expect(sources).toContain('Palestine factions');
    expect(targets).toContain('Israel');
  });
});

describe('the struck named by nationality, and a state named as a place', () => {
  it('soldiers named with an accusative nisba are that state’s military', () => {
    const { targets } = sides(
      'أسفر التفجير الانتحاري قرب بوابة المطار عن مقتل 13 جنديا أمريكيا، وتبنى تنظيم داعش الهجوم.',
      'ASSAULT',
    );
    expect(targets).toContain('United States military');
  });
  it('people arrested, named by an accusative nisba, are that state’s civilians', () => {
    const { targets } = sides(
      'واعتقلت القوات الإسرائيلية 15 فلسطينيا خلال حملة مداهمات في الضفة الغربية.',
      'COERCE',
    );
    expect(targets).toContain('Palestine civilians');
  });
  it('a state named as where a ship was struck ("قبالة اليمن") did not strike it', () => {
    const { sources } = sides(
      'تبنى الحوثيون اليوم الهجوم على سفينة شحن ترفع علم ليبيريا قبالة اليمن، ما أسفر عن مقتل اثنين من طاقمها.',
      'ASSAULT',
    );
    expect(sources).toContain('Houthis');
    expect(sources).not.toContain('Yemen');
  });
});

describe('an agreement between two named after "بين"', () => {
  it('who announces the accord is no side of it, and the states named after "بين" are', () => {
    const { sources, targets } = sides(
      'ترامب يعلن التوصل لاتفاق سلام تاريخي بين أرمينيا وأذربيجان.',
      'AGREE',
    );
    expect([...sources, ...targets]).not.toContain('Donald Trump');
    expect(sources).toEqual(['Armenia']);
    expect(targets).toEqual(['Azerbaijan']);
  });
  it('with no one named before, the first after "بين" takes the initiative, the one joined to it is acted upon', () => {
    const { sources, targets } = sides(
      'توقيع اتفاق سلام تاريخي بين أرمينيا وأذربيجان في البيت الأبيض.',
      'AGREE',
    );
    expect(sources).toEqual(['Armenia']);
    expect(targets).toContain('Azerbaijan');
  });
});

describe('an attacker named with his group after "من"', () => {
  it('the group a suicide bomber is "من" carried the bombing out', () => {
    const { sources } = sides(
      'وأعلنت الوزارة أن انتحاريا من تنظيم داعش دخل إلى كنيسة في المدينة وأطلق النار ثم فجر نفسه.',
      'ASSAULT',
    );
    expect(sources).toContain('Islamic State');
  });
  it('but members of a group killed "من" it were struck', () => {
    const { sources, targets } = sides(
      'وأسفرت الغارة عن مقتل خمسة عناصر من حركة حماس في مخيم جباليا.',
      'ASSAULT',
    );
    expect(sources).not.toContain('Hamas');
    expect(targets).toContain('Hamas');
  });
});

describe('who an attack was timed to is struck, not its author', () => {
  it('the government whose arrival the shelling met is its target', () => {
    const { sources, targets } = sides(
      'وتعرض مطار عدن لهجوم صاروخي مع وصول الحكومة اليمنية إليه، ما أسفر عن مقتل 20 شخصا.',
      'ASSAULT',
    );
    expect(sources).not.toContain('Government (Yemen)');
    expect(targets).toContain('Government (Yemen)');
  });
});

describe('where a protest is held is no side of it', () => {
  it('the syndicate before whose seat workers protest is where, not who', () => {
    const { sources } = sides(
      'تظاهر مئات العمال أمام نقابة الصحفيين في القاهرة احتجاجا على قانون الخدمة المدنية.',
      'PROTEST',
    );
    expect(sources).toContain('Egypt workers');
    expect(sources).not.toContain('نقابة الصحفيين');
  });
  it('but an embassy before which they protest is what they protest against', () => {
    const { targets } = sides('تظاهر مئات المحتجين أمام السفارة الأمريكية في بغداد.', 'PROTEST');
    expect(targets).toContain('United States');
  });
  it('unions named as a group hold the protest', () => {
    const { sources } = sides(
      'نظم ممثلو النقابات العمالية وقفة احتجاجية في العاصمة تونس رفضا لقانون المالية الجديد.',
      'PROTEST',
    );
    expect(sources.some((s) => /unions/.test(s))).toBe(true);
  });
});

describe('whom an attack struck, by the syntax of the clause (sides9)', () => {
  it('the body whose seat was stormed is struck, not the attacker', () => {
    const { sources, targets } = sides(
      'اقتحم مسلحون صباح اليوم مقر هيئة الانتخابات في العاصمة، في هجوم تبناه تنظيم داعش.',
      'ASSAULT',
    );
    expect(sources).toEqual(['Islamic State']);
    expect(targets.join(' ')).toMatch(/هيئة الانتخابات|elect/i);
  });
  it('the college stormed by gunmen named after the verb is struck', () => {
    const { sources, targets } = sides(
      'واقتحم مسلحون ملثمون الجامعة الواقعة شمال المدينة فجر اليوم وأطلقوا النار على الطلاب.',
      'ASSAULT',
    );
    expect(sources).toEqual([]);
    expect(targets).toContain('الجامعة الواقعة');
  });
});

describe('the subject a verb agrees with (sides9)', () => {
  it('a feminine verb takes the state named before, not the man after it', () => {
    const { sources, targets } = sides(
      'وفي المقابل، دعمت أنقرة المعارضة السورية وطالبت الأسد بالرحيل عن السلطة.',
      'REQUEST',
    );
    expect(sources).toEqual(['Türkiye']);
    expect(targets).toContain('Bashar al-Assad');
  });
  it('states joined before a headline verb all act', () => {
    const { sources, targets } = sides('مصر والسعودية والبحرين تقطع علاقاتها الدبلوماسية مع قطر', 'SANCTION');
    expect(sources).toEqual(expect.arrayContaining(['Egypt', 'Saudi Arabia', 'Bahrain']));
    expect(targets).toEqual(['Qatar']);
  });
  it('the sender of a letter delivered at a meeting is no side of it', () => {
    const { sources, targets } = sides(
      'والتقى وزير الخارجية العماني بدر البوسعيدي الرئيس الإيراني مسعود بزشكيان في طهران وسلمه رسالة خطية من السلطان هيثم بن طارق.',
      'CONSULT',
    );
    expect([...sources, ...targets]).not.toContain('Haitham bin Tariq');
  });
});

describe('where a protest is and whom it is against (sides9)', () => {
  it('the state a protest is held in, beside its ruler protested against, is no target', () => {
    const e = analyzeText('خرج آلاف المتظاهرين في ليبيا للمطالبة برحيل الدبيبة.', '2025-05-16').entities;
    const of = (en: string) => e.find((m) => m.entity.en === en)!.entity;
    const kept = statesBesideRulers([
      { entity: sectorActor('protesters', 'LBY'), role: 'source' },
      { entity: of('Abdul Hamid Dbeibeh'), role: 'target' },
      { entity: of('Libya'), role: 'target' },
    ]);
    expect(kept.map((p) => p.entity.en)).toEqual(['Libya protesters', 'Abdul Hamid Dbeibeh']);
  });
});

describe('the country of soldiers struck (sides9)', () => {
  it('soldiers of a force named with its nisba are that country’s, all the nouns joined', () => {
    const { targets } = sides(
      'قتل ضابط وجندي من الجيش الأردني في هجوم بطائرة مسيرة على موقع حدودي جنوب سوريا.',
      'ASSAULT',
    );
    expect(targets).toContain('Jordan military');
    expect(targets).not.toContain('Syria military');
  });
});

describe('states joined before the act, allies named as such (sides9)', () => {
  it('a state and its allies who recall their envoys all act, an aside between them and the act', () => {
    const { sources, targets } = sides(
      'وأعلنت مالي وحليفتاها النيجر وبوركينا فاسو، في بيان مشترك، استدعاء سفرائها من الجزائر للتشاور.',
      'SANCTION',
      '2025-04-07',
    );
    expect(sources).toEqual(expect.arrayContaining(['Niger', 'Mali', 'Burkina Faso']));
    expect(targets).toEqual(['Algeria']);
  });
});

describe('the nisba after a corps names the soldiers’ country (sides9)', () => {
  it('marines of a country struck abroad are that country’s military', () => {
    const { targets } = sides(
      'وأكد مسؤول مقتل 3 من جنود المارينز الأميركيين في الهجوم على مطار كابل الخميس.',
      'ASSAULT',
      '2021-08-26',
    );
    expect(targets).toContain('United States military');
  });
});

describe('a strike against the government whose head the report names', () => {
  it('has the head of government beside his government when talks with him failed', () => {
    const { targets } = sides(
      'يضرب عشرات آلاف الموظفين في تونس غدا بعد أن أعلن اتحاد الشغل فشل جولة المفاوضات مع رئيس الحكومة محمد الغنوشي حول الأجور.',
      'PROTEST',
    );
    expect(targets).toEqual(expect.arrayContaining(['Government (Tunisia)', 'Mohamed Ghannouchi']));
  });
  it('but not a minister of that government', () => {
    const { targets } = sides(
      'أضرب عمال البلديات في تونس اليوم بعد فشل جلسة مع وزير الشؤون المحلية كمال العياري حول الأجور.',
      'PROTEST',
    );
    expect(targets).toEqual(['Government (Tunisia)']);
  });
});

describe('a condemned burning of the Quran abroad', () => {
  it('is held against the state where it took place', () => {
    const { sources, targets } = sides(
      'أدانت وزارة الخارجية الأردنية بأشد العبارات قيام متطرف بحرق نسخة من المصحف الشريف أمام مسجد في العاصمة الدنماركية كوبنهاغن.',
      'ACCUSE',
    );
    expect(sources).toContain('Jordan');
    expect(targets).toContain('Denmark');
  });
  it('but a condemned bombing abroad is not held against its state', () => {
    const { targets } = sides(
      'أدانت وزارة الخارجية الأردنية التفجير الإرهابي الذي استهدف سوقا في العاصمة الصومالية مقديشو.',
      'ACCUSE',
    );
    expect(targets).not.toContain('Somalia');
  });
});

describe('a report that names no place but a nationality', () => {
  it('is about that country: the bare government it names is that country’s', () => {
    const { targets } = sides(
      'أمهل نائب نقيب المعلمين الأردنيين سامر الخطيب الحكومة ساعة واحدة لفتح الطرق أمام المعلمين، وإلا فإن الأحد سيكون يوم إضراب في كل المدارس.',
      'THREATEN',
    );
    expect(targets).toContain('Government (Jordan)');
  });
});

describe('a guest received after his arrival', () => {
  const text =
    'وصل رئيس الوزراء المصري مصطفى مدبولي صباح اليوم إلى مطار بغداد الدولي على رأس وفد وزاري. وعند وصوله إلى القصر الحكومي أقيمت له مراسم استقبال رسمية، حيث كان في استقباله رئيس الوزراء العراقي محمد شياع السوداني.';
  it('visits the host who received him, where he arrived', () => {
    const e = analyzeText(text, '2024-03-10').events.find((x) => x.type === 'CONSULT');
    const role = (r: string) => e?.participants.filter((p) => p.role === r).map((p) => p.entity.en);
    expect(role('source')).toEqual(['Mostafa Madbouly']);
    expect(role('target')).toEqual(["Mohammed Shia' al-Sudani", 'Iraq']);
    expect(e?.location?.entity.en).toBe('Baghdad');
  });
});

describe('a visit the report comments on', () => {
  it('takes no side from the leaders its comment names', () => {
    const text =
      'حل العاهل الأردني الملك عبد الله الثاني صباح اليوم بالعاصمة مسقط في زيارة خاصة. وتعكس هذه الزيارة حرص قائدي البلدين، الملك عبد الله الثاني والسلطان هيثم بن طارق، على مواصلة التشاور في القضايا المشتركة.';
    const e = analyzeText(text, '2024-03-10').events.find((x) => x.type === 'CONSULT');
    const targets = e?.participants.filter((p) => p.role === 'target').map((p) => p.entity.en);
    expect(targets).toEqual(['Oman']);
  });
});
