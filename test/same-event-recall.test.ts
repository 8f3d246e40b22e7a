// Reports of one happening that the outlets tell differently (issue #13): a summit each pairs two
// of its leaders, a guest received by the king or the crown prince, one protest in two squares, a
// night arrest dated a day apart, a joint recall placed in two capitals, a country named by the
// name its capital bears. Each with the near miss that must stay apart.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';
import { ruledOut, sameEvent, type Evidence } from '../src/cluster/same-event.js';
import type { MentionRef } from '../src/shared/records.js';
import { mentionOf } from './helpers/mention-ref.js';

const mention = (text: string, type: string, doc: string, published: string | null = null): MentionRef =>
  mentionOf(text, type, doc, { published, people: 'named' });
const reading = (sim: number): Evidence => ({ useDates: true, similarity: () => sim });

describe('a summit of three leaders, each report pairing two of them', () => {
  const pair = (all: boolean) =>
    mention(
      `استقبل العاهل الأردني الملك عبد الله الثاني الرئيس عبد الفتاح السيسي في بغداد يوم الأحد 27 يونيو 2021${all ? ' على هامش قمة ثلاثية يحضرها رئيس الوزراء العراقي مصطفى الكاظمي' : ''}.`,
      'CONSULT',
      'a',
    );
  const other = (all: boolean) =>
    mention(
      `التقى رئيس الوزراء العراقي مصطفى الكاظمي الملك عبد الله الثاني في بغداد يوم الأحد 27 يونيو 2021${all ? ' في قمة ثلاثية يشارك فيها الرئيس عبد الفتاح السيسي' : ''}.`,
      'CONSULT',
      'b',
    );
  it('is one meeting in one town on one day when each names the others', () => {
    expect(sameEvent(pair(true), other(true), reading(0.05))).toBe(true);
  });
  it('but not two meetings of one leader that name only their own pair', () => {
    expect(sameEvent(pair(false), other(false), reading(0.05))).toBe(false);
  });
});

describe('a guest received by the king in one report and by the crown prince in another', () => {
  const king = () =>
    mention(
      'استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز في الرياض يوم الاثنين 3 مارس 2025 الرئيس اللبناني جوزاف عون.',
      'CONSULT',
      'a',
    );
  it('is one visit to the host state on the same day', () => {
    const prince = mention(
      'التقى الرئيس اللبناني جوزاف عون في الرياض يوم الاثنين 3 مارس 2025 الأمير محمد بن سلمان ولي عهد السعودية، وبحثا العلاقات بين البلدين.',
      'CONSULT',
      'b',
    );
    expect(sameEvent(king(), prince, reading(0.05))).toBe(true);
  });
  it('but two guests of one state received by one host are two visits', () => {
    const one = mention('استقبل السلطان هيثم بن طارق في مسقط الرئيس الإيراني إبراهيم رئيسي.', 'CONSULT', 'a');
    const other = mention(
      'استقبل السلطان هيثم بن طارق في مسقط الرئيس الإيراني مسعود بزشكيان.',
      'CONSULT',
      'b',
    );
    expect(sameEvent(one, other, reading(0.3))).toBe(false);
  });
});

describe('protesters in one city on one day', () => {
  const square = () =>
    mention(
      'تظاهر آلاف المحتجين في ساحة التحرير وسط بغداد يوم الثلاثاء 1 أكتوبر 2019 احتجاجا على البطالة.',
      'PROTEST',
      'a',
    );
  it('are one protest however little the reports read alike', () => {
    const city = mention(
      'خرج متظاهرون في بغداد يوم الثلاثاء 1 أكتوبر 2019 للمطالبة بفرص عمل.',
      'PROTEST',
      'b',
    );
    expect(sameEvent(square(), city, reading(0.05))).toBe(true);
  });
  it('but not a protest there on another day', () => {
    const later = mention(
      'خرج متظاهرون في بغداد يوم الجمعة 25 أكتوبر 2019 للمطالبة بفرص عمل.',
      'PROTEST',
      'b',
    );
    expect(sameEvent(square(), later, reading(0.05))).toBe(false);
  });
});

describe('one person arrested at night, dated to two days', () => {
  const friday = () =>
    mention(
      'اعتقلت السلطات الجزائرية الكاتب بوعلام صنصال مساء الجمعة 15 نوفمبر 2024 في مطار الجزائر.',
      'COERCE',
      'a',
    );
  it('is one arrest when the reports name him', () => {
    const saturday = mention(
      'أوقفت الشرطة الكاتب بوعلام صنصال يوم السبت 16 نوفمبر 2024 لدى وصوله إلى مطار الجزائر.',
      'COERCE',
      'b',
    );
    expect(sameEvent(friday(), saturday, reading(0.12))).toBe(true);
  });
  it('but not the arrest of another man the next day', () => {
    const other = mention(
      'أوقفت الشرطة الصحفي إحسان القاضي يوم السبت 16 نوفمبر 2024 في الجزائر.',
      'COERCE',
      'b',
    );
    expect(sameEvent(friday(), other, reading(0.12))).toBe(false);
  });
});

describe('a recall by three states placed in the capitals of two of them', () => {
  const text = 'أعلنت مالي والنيجر وبوركينا فاسو استدعاء سفرائها من الجزائر للتشاور.';
  const bamako = analyzeText('وصل الوفد إلى باماكو.').entities.find((m) => m.entity.en === 'Bamako')!;
  const niamey = analyzeText('وصل الوفد إلى نيامي.').entities.find((m) => m.entity.en === 'Niamey')!;
  const at = (m: MentionRef, place: typeof bamako): MentionRef => ({
    ...m,
    event: { ...m.event, location: { ...place, via: 'summons' } },
  });
  it('is not ruled out by the two capitals', () => {
    const a = at(mention(text, 'SANCTION', 'a'), bamako);
    const b = at(mention(text, 'SANCTION', 'b'), niamey);
    expect(ruledOut(a.event, b.event)).toBe(false);
  });
  it('but a summons by another state keeps its own capital', () => {
    const a = at(mention(text, 'SANCTION', 'a'), bamako);
    const back = at(mention('أعلنت الجزائر استدعاء سفيرها من النيجر للتشاور.', 'SANCTION', 'b'), niamey);
    expect(ruledOut(a.event, back.event)).toBe(true);
  });
});

describe('an attack placed by one report in the capital that bears the country name', () => {
  const sousse = () =>
    mention('قتل مسلح عشرات السياح في هجوم على فندق في مدينة سوسة الساحلية.', 'ASSAULT', 'b');
  const tunis = analyzeText('وصل الوفد إلى العاصمة تونس.').entities.find((m) => m.entity.en === 'Tunis')!;
  it('is not ruled out when that report names the other town too', () => {
    const a = sousse();
    const read = { ...a.event, location: { ...tunis, via: 'alias' } };
    expect(ruledOut(read, sousse().event)).toBe(false);
  });
  it('but is when it names no other town', () => {
    const read = { ...sousse().event, location: { ...tunis, via: 'alias' }, placesDiscussed: [] };
    expect(ruledOut(read, sousse().event)).toBe(true);
  });
});

describe('a visit one report tells naming no one by name', () => {
  const named = () => mention('وصل السفير السعودي محمد آل جابر إلى صنعاء في زيارة رسمية.', 'CONSULT', 'a');
  const unnamed = () => mention('وصل وفد سعودي رفيع إلى صنعاء في زيارة رسمية.', 'CONSULT', 'b');
  it('is the visit when the texts read nearly alike', () => {
    expect(sameEvent(named(), unnamed(), reading(0.6))).toBe(true);
  });
  it('but not on a few words in common', () => {
    expect(sameEvent(named(), unnamed(), reading(0.3))).toBe(false);
  });
});

describe('reports that give no date at all, not even a publication day', () => {
  const detained = () =>
    mention('اعتقلت الشرطة التونسية المعارض راشد الغنوشي في منزله بالعاصمة تونس.', 'COERCE', 'a');
  it('are one arrest when both name the man held and one arrester, with some words in common', () => {
    const held = mention('أوقفت قوات الأمن التونسية راشد الغنوشي ونقلته إلى مركز للتحقيق.', 'COERCE', 'b');
    expect(sameEvent(detained(), held, reading(0.15))).toBe(true);
  });
  it('but not his arrest by another state', () => {
    const abroad = mention('اعتقلت السلطات الجزائرية راشد الغنوشي لدى عبوره الحدود.', 'COERCE', 'b');
    expect(sameEvent(detained(), abroad, reading(0.15))).toBe(false);
  });
  it('are one agreement when one report names no party and the texts read alike', () => {
    const named = mention(
      'وقعت الحكومة السودانية وحركة العدل والمساواة اتفاقا للسلام في جوبا.',
      'AGREE',
      'a',
    );
    const unnamed = mention('وقع الطرفان المتحاربان اتفاقا للسلام في جوبا بحضور وسطاء.', 'AGREE', 'b');
    expect(sameEvent(named, unnamed, reading(0.3))).toBe(true);
    expect(sameEvent(named, unnamed, reading(0.2))).toBe(false);
  });
});

describe('an attack one report tells with no day and no publication day', () => {
  const dated = () =>
    mention(
      'قتل قيادي في حركة حماس يوم الثلاثاء 2 يناير 2024 بغارة إسرائيلية على شقة في الضاحية الجنوبية لبيروت.',
      'ASSAULT',
      'a',
      '2024-01-02',
    );
  it('is the attack told at that place with the side both name, on a few words in common', () => {
    const undated = mention(
      'استهدفت مسيرة إسرائيلية مكتبا لحركة حماس في الضاحية الجنوبية وقتلت من كانوا فيه.',
      'ASSAULT',
      'b',
    );
    expect(sameEvent(dated(), undated, reading(0.12))).toBe(true);
  });
  it('but not one there that names no side of it', () => {
    const other = mention('دوى انفجار قوي في الضاحية الجنوبية وأدى إلى سقوط جرحى.', 'ASSAULT', 'b');
    expect(sameEvent(dated(), other, reading(0.12))).toBe(false);
  });
});

describe('attacks in one town, neither report giving a day or a publication day', () => {
  const first = () =>
    mention('قتل 15 شخصا بينهم سياح أجانب في انفجار هز مقهى في ساحة وسط مدينة مراكش.', 'ASSAULT', 'a');
  it('are one attack when both count the dead alike, on a few words in common', () => {
    const later = mention(
      'أسفر الانفجار الذي استهدف مقهى سياحيا في مراكش عن مقتل 14 شخصا وإصابة آخرين.',
      'ASSAULT',
      'b',
    );
    expect(sameEvent(first(), later, reading(0.12))).toBe(true);
  });
  it('but not when the tolls are far apart', () => {
    const other = mention('قتل 4 أشخاص في انفجار عبوة ناسفة قرب سوق شعبية في مدينة مراكش.', 'ASSAULT', 'b');
    expect(sameEvent(first(), other, reading(0.12))).toBe(false);
  });
});

describe('one named person held, on days that agree', () => {
  const monday = () =>
    mention('اعتقل الجيش السوداني عبد الله حمدوك فجر الاثنين.', 'COERCE', 'a', '2021-10-25');
  const taken = (name: string) =>
    mention(`اعتُقل ${name} واقتيد إلى جهة مجهولة.`, 'COERCE', 'b', '2021-10-26');
  it('is one arrest on a few words in common', () => {
    expect(sameEvent(monday(), taken('عبد الله حمدوك'), reading(0.11))).toBe(true);
  });
  it('but not the arrest of another man', () => {
    expect(sameEvent(monday(), taken('الوزير خالد عمر يوسف'), reading(0.11))).toBe(false);
  });
});

describe('a report naming one leader only, with no day but its own', () => {
  const visit = () =>
    mention(
      'حط الأمير فيصل بن فرحان وزير خارجية السعودية في طهران في أول زيارة رسمية له.',
      'CONSULT',
      'a',
      '2023-06-17',
    );
  const talks = () =>
    mention(
      'التقى الأمير فيصل بن فرحان وزير خارجية السعودية يوم الخميس 15 يونيو 2023 نظيره الإيراني حسين أمير عبد اللهيان.',
      'CONSULT',
      'b',
      '2023-06-15',
    );
  it('is not his talks of another day on sides alone', () => {
    expect(sameEvent(visit(), talks(), reading(0.05))).toBe(false);
  });
  it('but is when the texts share some words', () => {
    expect(sameEvent(visit(), talks(), reading(0.15))).toBe(true);
  });
});

describe('an agreement one report tells without naming its parties, on days that agree', () => {
  const named = () =>
    mention(
      'وقعت الحكومة السودانية وحركة العدل والمساواة اتفاقا للسلام في جوبا يوم الأحد.',
      'AGREE',
      'a',
      '2020-10-04',
    );
  const unnamed = () =>
    mention('وقع الطرفان المتحاربان اتفاقا للسلام في جوبا بحضور وسطاء.', 'AGREE', 'b', '2020-10-05');
  it('is one agreement on some words in common', () => {
    expect(sameEvent(named(), unnamed(), reading(0.11))).toBe(true);
  });
  it('but not on almost none', () => {
    expect(sameEvent(named(), unnamed(), reading(0.05))).toBe(false);
  });
});
