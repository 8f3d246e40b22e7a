import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';

const events = (text: string, published = '2024-03-10') =>
  analyzeText(text, published).events.map((e) => ({
    type: e.type,
    status: e.status,
    date: e.date,
    source: e.participants.filter((p) => p.role === 'source').map((p) => p.entity.en),
    target: e.participants.filter((p) => p.role === 'target').map((p) => p.entity.en),
  }));
const types = (text: string) => events(text).map((e) => e.type);

// Our own sentences, in the style of agency reports: the measures one state takes against another
// beyond recalls and summonses — closing its airspace, declaring diplomats unwelcome, sanctions,
// stopping a channel's broadcast — reduce relations (SANCTION).
describe('restrictions a state imposes', () => {
  it("reads closing one's airspace to another state's planes as a sanction, not a closure by force", () => {
    const found = types('أغلقت الكويت مجالها الجوي أمام جميع الطائرات المدنية الإيرانية ابتداء من اليوم.');
    expect(found).toContain('SANCTION');
    expect(found).not.toContain('COERCE');
    expect(types('قررت الحكومة التشادية إغلاق المجال الجوي أمام الرحلات القادمة من ليبيا.')).toContain(
      'SANCTION',
    );
  });

  it("reads barring another state's goods from entering as a sanction, not people kept out of a hall", () => {
    expect(types('قررت السلطات الأردنية منع دخول شحنات الفواكه السورية إلى أراضي المملكة.')).toContain(
      'SANCTION',
    );
    expect(types('منعت الشرطة الأردنية دخول الصحفيين إلى قاعة المحكمة.')).not.toContain('SANCTION');
  });

  it('reads airspace closed with words between the verb and its object', () => {
    expect(
      types('أغلقت تونس مساء الأحد، بقرار من مجلس الأمن القومي، أجواءها في وجه الطائرات الليبية.'),
    ).toContain('SANCTION');
  });

  it('keeps a figurative closing of the way, and a road closed by the police, no sanction', () => {
    expect(types('أغلق الاتفاق المجال أمام أي تدخل خارجي في الأزمة.')).not.toContain('SANCTION');
    expect(types('أغلقت الشرطة الطريق المؤدي إلى الساحة.')).not.toContain('SANCTION');
  });

  it('reads diplomats declared unwelcome "في وجودهم" as an expulsion', () => {
    expect(
      types(
        'أبلغت وزارة الخارجية الأردنية السفير الليبي بأن الملحق العسكري ونائبه باتوا أشخاصاً غير مرغوب في وجودهم على أراضيها.',
      ),
    ).toContain('SANCTION');
  });

  it('reads an expulsion of a number of diplomats', () => {
    expect(types('قررت موريتانيا طرد 12 دبلوماسياً ماليًا من أراضيها.')).toContain('SANCTION');
    expect(
      types('سلمت الخارجية الجزائرية القائم بالأعمال الفرنسي مذكرة تقضي بإبعاد 9 دبلوماسيين من البلاد.'),
    ).toContain('SANCTION');
  });

  it('reads a suspension of a channel broadcast as a sanction', () => {
    expect(
      types('أعلنت الحكومة العراقية أمس وقف بث قناة فضائية لبنانية وتجميد عمل مكتبها في بغداد.'),
    ).toContain('SANCTION');
  });

  it('keeps the one sanctioned a target, though the announcing verb takes a later "أن"', () => {
    const [act] = events(
      'أعلنت وزارة الخزانة الأمريكية فرض عقوبات على قائد الجيش السوداني عبد الفتاح البرهان، مؤكدة أن قواته ارتكبت انتهاكات.',
    ).filter((e) => e.type === 'SANCTION');
    expect(act).toBeDefined();
    expect(act.target).toContain('Abdel Fattah al-Burhan');
  });
});

describe('condemnations', () => {
  it('reads "دانت" and a first-person "ندين" as accusations', () => {
    expect(types('دانت وزارة الخارجية المصرية اليوم القصف التركي على شمال العراق.')).toContain('ACCUSE');
    expect(types('الرئيس المصري: ندين الاعتداء على قوات حفظ السلام')).toContain('ACCUSE');
  });
});

describe('dates of a restriction and of last night', () => {
  it('never dates a measure by the day it runs until', () => {
    const [act] = events(
      'قررت الحكومة التركية إغلاق المجال الجوي أمام الطائرات القادمة من أربيل، على أن يستمر القرار حتى 3 يوليو 2023.',
      '',
    ).filter((e) => e.type === 'SANCTION');
    expect(act.date.value).not.toBe('2023-07-03');
  });

  it('dates a strike "الليلة الماضية" to the night over two days, no single day', () => {
    const strike = events(
      'وقال الجيش في بيان إن طائراته شنت الليلة الماضية غارات على مواقع في ريف حماة.',
      '2024-03-10',
    ).find((e) => e.type === 'ASSAULT');
    expect(strike?.date.granularity).toBe('day-range');
    expect(strike?.date.value).toBe('2024-03-09/2024-03-10');
  });
});

describe('agreements told in the present tense of a headline', () => {
  it('reads "يتفقون" and "يوقعان" as agreements', () => {
    expect(types('فصائل ليبية يتفقون على إنهاء الانقسام في القاهرة، بينهم حكومة الوحدة الوطنية')).toContain(
      'AGREE',
    );
    expect(types('المغرب وموريتانيا يوقعان اتفاقية للتعاون في مجال الصيد البحري')).toContain('AGREE');
  });
});

describe('the day a clause gives', () => {
  it('never reaches past "، مضيفاً" into another statement for its date', () => {
    const act = events(
      'أعلن مجلس السلم والأمن الإفريقي، اليوم الخميس، موقفه من الانقلاب.\nوندد المجلس بالاستيلاء على الحكم في 30 غشت 2023، مضيفا أنه قرر أن يعلق فوراً مشاركة النيجر في كل أنشطة الاتحاد الإفريقي.',
      '',
    ).find((e) => e.type === 'SANCTION');
    expect(act?.date.value ?? null).not.toBe('2023-08-30');
  });

  it('reads the Maghrebi "غست" as August', () => {
    const doc = analyzeText('وأطاح عسكريون بالرئيس في 30 غست 2023.', '2023-09-02');
    expect(doc.times.map((t) => t.value)).toContain('2023-08-30');
  });
});

describe("the report's news day", () => {
  it('is not the day of the background a later sentence names', () => {
    const summons = events(
      'أعلنت تركيا أنها استدعت السفير السويدي المعتمد لديها، احتجاجاً على تصريحات مسيئة.\nوذكرت الوكالة الرسمية أن السفير أُبلغ الاحتجاج خلال لقاء في مقر الخارجية.\nويُرجَّح أن تكون الخلفية الأساسية للخطوة المظاهرة التي شارك فيها الآلاف يوم السبت الماضي في ستوكهولم.',
      '2024-03-12',
    ).find((e) => e.type === 'ACCUSE');
    expect(summons).toBeDefined();
    expect(summons?.date.value ?? null).not.toBe('2024-03-09');
  });
});

describe('ties cut', () => {
  it('reads "تقطع علاقتها" (one tie) as a sanction', () => {
    expect(types('أعلنت الحكومة البوليفية أنها تقطع علاقتها مع إسرائيل')).toContain('SANCTION');
  });
});

// Our own sentences: the sanctioner is the subject of the verb that imposes the sanctions, or the body
// whose statement tells them; a group named in what the act serves, or among the targets' deeds, is
// what the sanctions fall on, and a person past "قبل وصول" is no side of them.
describe('who imposes a sanction', () => {
  const sanction = (text: string) => events(text).find((e) => e.type === 'SANCTION');

  it('takes the announcing body as sanctioner across an aside, the group after "على" as target', () => {
    const s = sanction(
      'أعلنت وزارة الخزانة الأمريكية، من خلال مكتب مراقبة الأصول الأجنبية التابع لها، فرض عقوبات على قياديين في حركة حماس متهمين بنقل أموال من إيران.',
    );
    expect(s?.source).toContain('United States Department of the Treasury');
    expect(s?.target).toContain('Hamas');
    expect(s?.source).not.toContain('Hamas');
  });

  it('reads a group named in the purpose before the sanction as its target, the speaker as its source', () => {
    const s = sanction(
      'وأفادت وزارة الخزانة الأمريكية في بيان بأن مكتبها "قرر اتخاذ إجراء لدعم نزع سلاح حركة حماس عبر فرض عقوبات على أفراد ساعدوا في نقل أموال من إيران إلى حماس".',
    );
    expect(s?.source).toContain('United States Department of the Treasury');
    expect(s?.source).not.toContain('Hamas');
    expect(s?.target).toContain('Hamas');
  });

  it('keeps a sanction told before a visit, whose visitor is none of its sides', () => {
    const s = sanction(
      'فرضت بريطانيا عقوبات على خمسة أشخاص تتهمهم بتمويل حركة حماس، قبيل زيارة يقوم بها مسؤول بريطاني إلى المنطقة.',
    );
    expect(s?.source).toEqual(['United Kingdom']);
    expect(s?.target).toContain('Hamas');
  });
});

// Our own sentences: a body named in full and then by its head noun alone acts in the later sentence.
describe('a body named again by its head noun', () => {
  it('reads "الدائرة" after the full name as that body, the actor of the arrest', () => {
    const found = events(
      'أعلنت دائرة المخابرات العامة الأردنية إحباط مخطط يستهدف الأمن الوطني.\nوأكدت الدائرة في بيان أنها قبضت على 12 شخصا ضالعين في المخطط.',
    );
    const arrest = found.find((e) => e.type === 'COERCE');
    expect(arrest?.source).toContain('General Intelligence Directorate (Jordan)');
  });

  it('reads the state after "مع" as the target of ties cut, the announcing body as their source', () => {
    const s = events(
      'كما أعلن البرلمان الأردني، في بيان نقلته وسائل إعلام محلية، وقف العلاقات الاقتصادية مع إسرائيل، مؤكدا أن موقف الأردن ثابت.',
    ).find((e) => e.type === 'SANCTION');
    expect(s?.source).not.toContain('Israel');
    expect(s?.target).toContain('Israel');
    expect(s?.target).not.toContain('Jordan');
  });

  it('drops from a sanction the body named past "قبل وصول"', () => {
    const s = events(
      'فرضت وزارة الخزانة الأمريكية عقوبات على شركتين بتهمة تمويل حركة حماس.\nوأُعلنت العقوبات قبل وصول مسؤول في الوزارة إلى المنطقة.',
    ).find((e) => e.type === 'SANCTION');
    expect(s?.target).not.toContain('United States Department of the Treasury');
  });
});
