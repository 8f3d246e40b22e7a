import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';
import { compatibleDates, nearDates, ruledOut, sameEvent, type Evidence } from '../src/cluster/same-event.js';
import type { MentionRef } from '../src/shared/records.js';
import { mentionOf } from './helpers/mention-ref.js';
import { mentionRefs } from '../src/shared/mentions.js';

const event = (text: string, type: string) => {
  const doc = analyzeText(text, '2022-11-14');
  const e = doc.events.find((x) => x.type === type);
  if (!e) throw new Error(`no ${type} in: ${text}`);
  return e;
};

describe('reports that cannot tell one happening', () => {
  it('keeps apart one state summoning the envoys of two others', () => {
    const norway = event(
      'استدعت وزارة الخارجية الإيرانية السفير النرويجي في طهران احتجاجا على تصريحاته.',
      'ACCUSE',
    );
    const britain = event(
      'استدعت وزارة الخارجية الإيرانية القائم بالأعمال البريطاني احتجاجا على تصريحات لندن.',
      'ACCUSE',
    );
    expect(ruledOut(norway, britain)).toBe(true);
  });
  it('but not two reports of one summons naming the envoy and the state', () => {
    const envoy = event(
      'استدعت وزارة الخارجية الإيرانية السفير النرويجي في طهران احتجاجا على تصريحاته.',
      'ACCUSE',
    );
    const state = event('استدعت إيران سفير النرويج لديها وأبلغته احتجاجها الشديد.', 'ACCUSE');
    expect(ruledOut(envoy, state)).toBe(false);
  });
});

describe("a state's act placed in its capital for want of a place", () => {
  it('is not kept apart by that capital, only by a place read in the report', () => {
    const expelled = event(
      'قررت الكويت طرد دبلوماسيين إيرانيين وإغلاق الملحقيات التابعة للسفارة.',
      'SANCTION',
    );
    expect(expelled.location?.via).toBe('capital-of-actor');
    const beijing = event('وقعت السعودية وإيران في بكين اتفاقا لاستئناف العلاقات الدبلوماسية.', 'AGREE')
      .location!;
    const elsewhere = { ...expelled, location: { ...beijing } };
    expect(ruledOut(expelled, elsewhere)).toBe(false);
    const read = { ...expelled, location: { ...expelled.location!, via: 'alias' } };
    expect(ruledOut(read, elsewhere)).toBe(true);
  });
});

describe('two undated attacks in one province', () => {
  // Reports without a publication date: 'الجمعة' gives a weekday, not a day.
  const undated = (text: string) => analyzeText(text).events.find((x) => x.type === 'ASSAULT')!;
  const soldiers = () =>
    undated('قتل ستة جنود مساء الجمعة في هجوم مسلح على نقطة تفتيش عسكرية قرب مدينة العريش.');
  it('keep apart an attack on soldiers and one on worshippers', () => {
    const worshippers = undated('قتل عشرات المصلين يوم الجمعة في هجوم على مسجد قرب مدينة العريش.');
    expect(ruledOut(soldiers(), worshippers)).toBe(true);
  });
  it('but not two reports that both name soldiers', () => {
    const other = undated('أسفر هجوم على كمين للجيش يوم الجمعة عن مقتل ستة عسكريين قرب العريش.');
    expect(ruledOut(soldiers(), other)).toBe(false);
  });
});

describe('a day of no known year', () => {
  const day = { value: '2018-11-22', granularity: 'day', derivation: 'explicit' } as const;
  const noYear = (d: number) =>
    ({ value: null, granularity: 'day-of-unknown-year', derivation: 'explicit', month: 11, day: d }) as const;
  it('is the known day of the same date', () => {
    expect(compatibleDates(day, noYear(22))).toBe(true);
  });
  it('but not a day of the same month', () => {
    expect(compatibleDates(day, noYear(23))).toBe(false);
  });
});

/** A report's mention of its first event of a type, as the merge sees it (its text read alike to the degree `sim` says). */
const mention = (text: string, type: string, doc: string): MentionRef => mentionOf(text, type, doc);
const reading = (sim: number): Evidence => ({ useDates: true, similarity: () => sim });

describe('two reports of one meeting', () => {
  const cairo = () =>
    mention(
      'التقى الرئيس عبد الفتاح السيسي في القاهرة رئيس مجلس السيادة السوداني عبد الفتاح البرهان يوم الثلاثاء 29 أغسطس 2023.',
      'CONSULT',
      'a',
    );
  it('are one meeting on one day whatever other city one of them names', () => {
    const elsewhere = mention(
      'عقد رئيس مجلس السيادة السوداني عبد الفتاح البرهان جلسة مباحثات مع الرئيس عبد الفتاح السيسي في الرياض يوم الثلاثاء 29 أغسطس 2023.',
      'CONSULT',
      'b',
    );
    expect(ruledOut(cairo().event, elsewhere.event)).toBe(true);
    expect(sameEvent(cairo(), elsewhere, reading(0.1))).toBe(true);
  });
  it('but not on another day in another city', () => {
    const later = mention(
      'عقد رئيس مجلس السيادة السوداني عبد الفتاح البرهان جلسة مباحثات مع الرئيس عبد الفتاح السيسي في الرياض يوم الخميس 14 سبتمبر 2023.',
      'CONSULT',
      'b',
    );
    expect(sameEvent(cairo(), later, reading(0.1))).toBe(false);
  });
});

describe('two undated reports of one visit', () => {
  const country = () =>
    mention(
      'وصل الرئيس الإيراني إبراهيم رئيسي إلى سلطنة عمان في زيارة رسمية يلتقي خلالها السلطان هيثم بن طارق.',
      'CONSULT',
      'a',
    );
  it('one in the host country, the other in its capital, are one visit', () => {
    const capital = mention(
      'استقبل السلطان هيثم بن طارق في مسقط الرئيس الإيراني إبراهيم رئيسي في زيارة رسمية.',
      'CONSULT',
      'b',
    );
    expect(country().event.location?.entity.en).toBe('Oman');
    expect(capital.event.location?.entity.en).toBe('Muscat');
    expect(sameEvent(country(), capital, reading(0.1))).toBe(true);
  });
  it('but not a visit only planned there', () => {
    const planned = mention(
      'دعا السلطان هيثم بن طارق الرئيس الإيراني إبراهيم رئيسي إلى زيارة مسقط قريبا.',
      'CONSULT',
      'b',
    );
    expect(planned.event.status).not.toBe('asserted');
    expect(sameEvent(country(), planned, reading(0.1))).toBe(false);
  });
});

describe('two undated reports of a bombing', () => {
  const town = () =>
    mention('انفجرت سيارة مفخخة في سوق شعبي بمدينة منبج، ما أسفر عن مقتل عشرين مدنيا.', 'ASSAULT', 'a');
  it('naming one town need fewer rare words in common', () => {
    const other = mention('قتل عشرون شخصا بانفجار سيارة ملغومة قرب سوق في منبج.', 'ASSAULT', 'b');
    expect(sameEvent(town(), other, reading(0.2))).toBe(true);
    expect(sameEvent(town(), other, reading(0.1))).toBe(false);
  });
  it('than two naming only one province', () => {
    const province = () =>
      mention('انفجرت سيارة مفخخة في سوق شعبي بمحافظة إدلب، ما أسفر عن مقتل عشرين مدنيا.', 'ASSAULT', 'a');
    const other = mention('قتل عشرون شخصا بانفجار سيارة ملغومة في محافظة إدلب.', 'ASSAULT', 'b');
    expect(sameEvent(province(), other, reading(0.2))).toBe(false);
    // (No more than two reports naming no place need.)
    expect(sameEvent(province(), other, reading(0.27))).toBe(true);
  });
  it('or two naming only one province and the same side struck', () => {
    const a = mention('قتل عناصر من هيئة تحرير الشام في قصف استهدف مقرا لهم بمحافظة إدلب.', 'ASSAULT', 'a');
    const b = mention(
      'استهدفت غارة جوية مقرا لهيئة تحرير الشام في محافظة إدلب ما أدى إلى مقتل عدد من عناصرها.',
      'ASSAULT',
      'b',
    );
    expect(sameEvent(a, b, reading(0.2))).toBe(true);
    expect(sameEvent(a, b, reading(0.1))).toBe(false);
  });
  it('a weekday with no week is one day in seven: the texts must share some words', () => {
    const monday = mention(
      'انفجرت سيارة مفخخة يوم الاثنين في سوق شعبي بمدينة منبج، ما أسفر عن مقتل عشرين مدنيا.',
      'ASSAULT',
      'a',
    );
    const dated = mention(
      'قتل عشرون شخصا بانفجار سيارة ملغومة قرب سوق في منبج يوم الاثنين 3 فبراير 2025.',
      'ASSAULT',
      'b',
    );
    expect(sameEvent(monday, dated, reading(0.1))).toBe(true);
    expect(sameEvent(monday, dated, reading(0.02))).toBe(false);
  });
});

describe('two reports of a strike that name no side', () => {
  const dated = () =>
    mention(
      'أضرب المعلمون في المدارس الحكومية يوم الخميس 5 سبتمبر 2019 للمطالبة بزيادة رواتبهم.',
      'PROTEST',
      'a',
    );
  it('are one strike when their days agree and their words meet', () => {
    const weekday = mention('بدأ إضراب المعلمين يوم الخميس في عموم المدارس للمطالبة بعلاوة.', 'PROTEST', 'b');
    expect(sameEvent(dated(), weekday, reading(0.2))).toBe(true);
  });
  it('but not when one gives no day at all', () => {
    const undated = mention('بدأ إضراب المعلمين في عموم المدارس للمطالبة بعلاوة.', 'PROTEST', 'b');
    expect(sameEvent(dated(), undated, reading(0.2))).toBe(false);
  });
});

describe('two undated reports of breaking off relations', () => {
  const council = () =>
    mention(
      'أعلن مجلس الأمن والدفاع في السودان قطع العلاقات الدبلوماسية مع دولة الإمارات وسحب السفارة والقنصلية.',
      'SANCTION',
      'a',
    );
  it('are one act between the same two states, however little their words meet', () => {
    const state = mention('السودان يقطع علاقاته مع الإمارات ويعتبرها دولة عدوان.', 'SANCTION', 'b');
    expect(sameEvent(council(), state, reading(0.08))).toBe(true);
  });
  it('but recalling an ambassador between the same two states is not', () => {
    const recall = mention('استدعى السودان سفيره لدى الإمارات للتشاور.', 'SANCTION', 'b');
    expect(sameEvent(council(), recall, reading(0.08))).toBe(false);
  });
  it('nor breaking off relations with another state', () => {
    const other = mention('السودان يقطع علاقاته مع تشاد ويطرد سفيرها.', 'SANCTION', 'b');
    expect(sameEvent(council(), other, reading(0.08))).toBe(false);
  });
});

describe('two reports of an attack on one day in one place of no finer scale', () => {
  // A city-state, or reports placing it only in the country and naming two different sites there.
  const mosque = () =>
    mention(
      'قتل 20 مصليا في الكويت يوم الجمعة 26 يونيو 2015 في تفجير انتحاري تبناه تنظيم داعش، وطوقت الشرطة مسجد الإمام الصادق.',
      'ASSAULT',
      'a',
    );
  const district = () =>
    mention(
      'قتل 20 مصليا في تفجير انتحاري في الكويت يوم الجمعة 26 يونيو 2015 بحسب ما أعلنت وزارة الداخلية في بيان من منطقة الصوابر.',
      'ASSAULT',
      'b',
    );
  it('are one attack when their words meet', () => {
    expect(sameEvent(mosque(), district(), reading(0.2))).toBe(true);
  });
  it('but not when they share almost none', () => {
    expect(sameEvent(mosque(), district(), reading(0.1))).toBe(false);
  });
});

describe('a visit placed by its country and by its capital', () => {
  const ref = (text: string, id: string) => {
    const doc = analyzeText(text);
    const e = doc.events.find((x) => x.type === 'CONSULT')!;
    return { event: e, report: { id, published: null } } as unknown as MentionRef;
  };
  const ev: Evidence = { similarity: () => 0, useDates: true };
  it('are one visit when the same two leaders meet, undated, with no words in common', () => {
    const country = ref(
      'وصل الرئيس الإيراني إبراهيم رئيسي إلى سلطنة عمان في زيارة رسمية، وكان السلطان هيثم بن طارق في استقباله.',
      'a',
    );
    const capital = ref(
      'استقبل السلطان هيثم بن طارق في قصر العلم بمسقط الرئيس إبراهيم رئيسي الذي يزور البلاد.',
      'b',
    );
    expect(country.event.location?.entity.en).not.toBe(capital.event.location?.entity.en);
    expect(sameEvent(country, capital, ev)).toBe(true);
  });
});

describe('two undated reports of one meeting, one placing it in the governorate, the other in its city', () => {
  const governorate = () =>
    mention(
      'التقى الرئيس التركي رجب طيب أردوغان رئيس الوزراء العراقي محمد شياع السوداني في بغداد.',
      'CONSULT',
      'a',
    );
  const city = () =>
    mention(
      'أجرى الرئيس التركي رجب طيب أردوغان مباحثات مع رئيس الوزراء العراقي محمد شياع السوداني في مدينة بغداد.',
      'CONSULT',
      'b',
    );
  it('are one meeting in one place, however little their words meet', () => {
    expect(governorate().event.location?.entity.id).not.toBe(city().event.location?.entity.id);
    expect(sameEvent(governorate(), city(), reading(0.05))).toBe(true);
  });
  it('but not a meeting of the same two in another country', () => {
    const ankara = mention(
      'أجرى الرئيس التركي رجب طيب أردوغان مباحثات مع رئيس الوزراء العراقي محمد شياع السوداني في أنقرة.',
      'CONSULT',
      'b',
    );
    expect(sameEvent(governorate(), ankara, reading(0.05))).toBe(false);
  });
});

describe('two reports of one drone strike, one naming soldiers, the other counting the dead', () => {
  const soldiers = () =>
    mention('قتل ثلاثة جنود أمريكيين يوم الأحد في هجوم بطائرة مسيرة على البرج 22 في الأردن.', 'ASSAULT', 'a');
  it('are not told apart by whom they struck: persons counted are no word for civilians', () => {
    const counted = mention(
      'أسفر هجوم بطائرة مسيرة يوم الأحد على البرج 22 في الأردن عن مقتل ثلاثة أشخاص.',
      'ASSAULT',
      'b',
    );
    expect(ruledOut(soldiers().event, counted.event)).toBe(false);
    expect(sameEvent(soldiers(), counted, reading(0.2))).toBe(true);
  });
  it('but an attack on named civilians that day is another', () => {
    const civilians = mention(
      'قتل ثلاثة مدنيين يوم الأحد في هجوم بطائرة مسيرة على البرج 22 في الأردن.',
      'ASSAULT',
      'b',
    );
    expect(ruledOut(soldiers().event, civilians.event)).toBe(true);
  });
});

describe('an attack one report places only in the country, the other in a town of it', () => {
  const country = () =>
    mention(
      'قتل 20 مصليا في الكويت يوم الجمعة 26 يونيو 2015 في تفجير انتحاري، وطوقت الشرطة مسجد الإمام الصادق.',
      'ASSAULT',
      'a',
    );
  const town = () =>
    mention('قتل 20 مصليا في تفجير انتحاري في مدينة الكويت يوم الجمعة 26 يونيو 2015.', 'ASSAULT', 'b');
  it('is one attack on the same day when their words meet', () => {
    expect(country().event.location?.entity.en).toBe('Kuwait');
    expect(town().event.location?.entity.en).toBe('Kuwait City');
    expect(sameEvent(country(), town(), reading(0.2))).toBe(true);
  });
  it('but not when they share almost none', () => {
    expect(sameEvent(country(), town(), reading(0.1))).toBe(false);
  });
});

describe('a visit one report gives with the minister travelling along, naming the host only in its text', () => {
  const consult = (text: string) => mentionRefs(analyzeText(text)).find((m) => m.event.type === 'CONSULT')!;
  const along = () =>
    consult(
      'حط الرئيس السوري أحمد الشرع يرافقه وزير الخارجية أسعد الشيباني اليوم في العاصمة السعودية الرياض، في أول زيارة رسمية له. وسيجتمع الشرع بولي العهد السعودي الأمير محمد بن سلمان.',
    );
  const host = () =>
    consult('استقبل ولي العهد السعودي الأمير محمد بن سلمان في الرياض الرئيس السوري أحمد الشرع.');
  it('is the visit another report gives with the host', () => {
    // (The host he is to meet is a side of the visit now: src/events/hosts-to-meet.ts.)
    expect(along().event.participants.map((p) => p.entity.en)).toContain('Mohammed bin Salman');
    expect(sameEvent(along(), host(), reading(0.05))).toBe(true);
  });
  it('but not when it does not name him', () => {
    const silent = consult(
      'حط الرئيس السوري أحمد الشرع يرافقه وزير الخارجية أسعد الشيباني اليوم في العاصمة السعودية الرياض، في أول زيارة رسمية له.',
    );
    expect(sameEvent(silent, host(), reading(0.05))).toBe(false);
  });
  it('nor a meeting with another host that mentions him', () => {
    const minister = consult(
      'التقى وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض الرئيس السوري أحمد الشرع، الذي يجتمع غدا بولي العهد السعودي الأمير محمد بن سلمان.',
    );
    expect(sameEvent(minister, host(), reading(0.05))).toBe(false);
  });
});

describe('a meeting placed in a province and in the town it is named after', () => {
  it('is at one place however far the province centre lies from the town (the Riyadh region)', () => {
    const region = mention(
      'التقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس السوري أحمد الشرع في الرياض.',
      'CONSULT',
      'a',
    );
    const city = mention(
      'أجرى ولي العهد السعودي الأمير محمد بن سلمان مباحثات مع الرئيس السوري أحمد الشرع في مدينة الرياض.',
      'CONSULT',
      'b',
    );
    expect(region.event.location?.entity.id).not.toBe(city.event.location?.entity.id);
    expect(sameEvent(region, city, reading(0.05))).toBe(true);
  });
});

describe("the same states' act on one day, placed in two of their capitals", () => {
  const recall = (text: string, doc: string) => mention(text, 'SANCTION', doc);
  const text = 'قررت مالي وبوركينا فاسو والنيجر يوم الأحد 6 أبريل 2025 استدعاء سفرائها لدى الجزائر للتشاور.';
  // One report places the act where the statement was read, another in another capital.
  const bamako = analyzeText('وصل الوفد إلى باماكو.').entities.find((m) => m.entity.en === 'Bamako')!;
  const niamey = analyzeText('وصل الوفد إلى نيامي.').entities.find((m) => m.entity.en === 'Niamey')!;
  const at = (m: MentionRef, place: typeof bamako): MentionRef => ({
    ...m,
    event: { ...m.event, location: place },
  });
  it('is one act', () => {
    const a = at(recall(text, 'a'), bamako);
    const b = at(recall(text, 'b'), niamey);
    expect(ruledOut(a.event, b.event)).toBe(true);
    expect(sameEvent(a, b, reading(0.1))).toBe(true);
  });
  it('but not their act against another state that day', () => {
    const a = at(recall(text, 'a'), bamako);
    const b = at(recall(text.replace('الجزائر', 'المغرب'), 'b'), niamey);
    expect(sameEvent(a, b, reading(0.1))).toBe(false);
  });
});

describe('one night attack dated to two days', () => {
  const saturday = () =>
    mention(
      'انفجرت شاحنة مفخخة مساء السبت قرب فندق في وسط مقديشو، ما أسفر عن مقتل عشرات المدنيين.',
      'ASSAULT',
      'a',
    );
  it('is one attack when both name the town and their words meet', () => {
    const sunday = mention(
      'قتل عشرات الأشخاص فجر الأحد في انفجار شاحنة ملغومة في العاصمة الصومالية مقديشو.',
      'ASSAULT',
      'b',
    );
    expect(sameEvent(saturday(), sunday, reading(0.15))).toBe(true);
  });
  it('told in the evening and at dawn, the town alone ties the two days', () => {
    const sunday = mention(
      'قتل عشرات الأشخاص فجر الأحد في انفجار شاحنة ملغومة في العاصمة الصومالية مقديشو.',
      'ASSAULT',
      'b',
    );
    expect(sameEvent(saturday(), sunday, reading(0.05))).toBe(true);
  });
  it('but two reports giving no hour need words in common too', () => {
    const day = mention(
      'انفجرت شاحنة مفخخة يوم السبت قرب فندق في وسط مقديشو، ما أسفر عن مقتل عشرات المدنيين.',
      'ASSAULT',
      'a',
    );
    const next = mention(
      'قتل عشرات الأشخاص يوم الأحد في انفجار شاحنة ملغومة في العاصمة الصومالية مقديشو.',
      'ASSAULT',
      'b',
    );
    expect(sameEvent(day, next, reading(0.05))).toBe(false);
    expect(sameEvent(day, next, reading(0.15))).toBe(true);
  });
  it('but not two days apart', () => {
    const monday = mention(
      'قتل عشرات الأشخاص يوم الاثنين في انفجار شاحنة ملغومة في العاصمة الصومالية مقديشو.',
      'ASSAULT',
      'b',
    );
    expect(sameEvent(saturday(), monday, reading(0.5))).toBe(false);
  });
  it("nor a state act and the next day's act of the same state", () => {
    expect(
      nearDates(
        { value: '2023-07-20', granularity: 'day', derivation: 'explicit' },
        { value: null, granularity: 'weekday-only', derivation: 'explicit', weekday: 'Friday' },
      ),
    ).toBe(true);
    const summons = mention(
      'استدعت وزارة الخارجية الإيرانية يوم الجمعة السفير البريطاني في طهران.',
      'ACCUSE',
      'a',
    );
    const again = mention(
      'استدعت وزارة الخارجية الإيرانية يوم السبت السفير البريطاني في طهران.',
      'ACCUSE',
      'b',
    );
    expect(sameEvent(summons, again, reading(0.6))).toBe(false);
  });
});

describe('two reports of one state act with no date at all, not even a report day', () => {
  const ends = () =>
    mention('قررت الحكومة التشادية إنهاء اتفاقية التعاون الدفاعي مع فرنسا.', 'SANCTION', 'a');
  it('are one act between the same two states at one place when some words meet', () => {
    const other = mention('أعلنت تشاد فسخ الاتفاقية العسكرية الموقعة مع فرنسا.', 'SANCTION', 'b');
    expect(sameEvent(ends(), other, reading(0.12))).toBe(true);
    expect(sameEvent(ends(), other, reading(0.05))).toBe(false);
  });
  it('but not the other state’s act in return', () => {
    const back = mention('طردت فرنسا السفير التشادي.', 'SANCTION', 'b');
    expect(sameEvent(ends(), back, reading(0.12))).toBe(false);
  });
});

describe('an attack one report dates by its weekday only and another by its day', () => {
  const weekday = () =>
    mention('هاجمت قوات الدعم السريع يوم الخميس قرية في السودان وقتلت عشرات المدنيين.', 'ASSAULT', 'a');
  it('is one attack when both name the side that struck and their words meet', () => {
    const dated = mention(
      'قتل أكثر من مئة شخص في هجوم لقوات الدعم السريع على قرية في 6 يونيو 2024.',
      'ASSAULT',
      'b',
    );
    expect(sameEvent(weekday(), dated, reading(0.2))).toBe(true);
    expect(sameEvent(weekday(), dated, reading(0.1))).toBe(false);
  });
});

describe('an attack two reports place only in one country, one by its weekday, the other by its day', () => {
  const monday = () =>
    mention('قتل جنديان في هجوم بطائرة مسيرة يوم الاثنين على موقع عسكري في السعودية.', 'ASSAULT', 'a');
  it('is one attack when their words meet', () => {
    const dated = mention(
      'أسفر هجوم بمسيرة استهدف موقعا عسكريا في السعودية في 25 سبتمبر 2023 عن مقتل جنديين.',
      'ASSAULT',
      'b',
    );
    expect(sameEvent(monday(), dated, reading(0.2))).toBe(true);
    expect(sameEvent(monday(), dated, reading(0.1))).toBe(false);
  });
});

describe('a summons and a statement over one grievance', () => {
  it('are two acts when one names an envoy called in and the other none', () => {
    const statement = mention(
      'أدانت وزارة الخارجية الأردنية قيام متطرف بحرق نسخة من المصحف في العاصمة الدنماركية كوبنهاغن.',
      'ACCUSE',
      'a',
    );
    const summons = mention(
      'استدعت وزارة الخارجية الأردنية السفير الدنماركي في عمان لإبلاغه احتجاج المملكة على حرق نسخة من المصحف في كوبنهاغن.',
      'ACCUSE',
      'b',
    );
    expect(sameEvent(statement, summons, reading(0.3))).toBe(false);
  });
});

describe('two strikes in one country', () => {
  it('share no side by the government each is implied to be against', () => {
    const dockers = mention('أضرب عمال الموانئ في تونس احتجاجا على تأخر صرف الأجور.', 'PROTEST', 'a');
    const teachers = mention('نفذ المعلمون في تونس إضرابا احتجاجا على تجميد الترقيات.', 'PROTEST', 'b');
    expect(dockers.event.participants.some((p) => p.via === 'implied')).toBe(true);
    expect(sameEvent(dockers, teachers, reading(0.25))).toBe(false);
  });
});
