// Names round 39: clubs no lexicon holds, read in a match's report from where the text puts them —
// a foreign name after a match verb or a beaten side's "على", a club's country nisba after it, a
// town after an articled word ("الوحدة دمشق") — and that club again where the report repeats it.
// A common noun with a nisba ("الدفاع المغربي") stays no club. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { scoredNames, scoredOfType } from './helpers/names.js';

const mentions = (text: string, date = '2024-03-10') => scoredNames(text, date);
const orgs = (text: string) => scoredOfType(text, '2024-03-10', 'ORG');
const places = (text: string) => scoredOfType(text, '2024-03-10', 'LOC', 'GPE');

describe('clubs read from a match report', () => {
  it('reads a foreign name after a match verb and after "فوزه على" as clubs, and again later', () => {
    const text =
      'انتزع كوتونسيا لقب الدوري للمرة الثالثة إثر فوزه مساء السبت على مارغوليتا بهدفين دون رد في المباراة الختامية. وسجل المهاجم هدفي المباراة في الشوط الثاني، فيما عجز لاعبو مارغوليتا عن التعادل رغم ضغطهم في الدقائق الأخيرة.';
    const got = orgs(text);
    expect(got).toContain('كوتونسيا');
    expect(got.filter((x) => x === 'مارغوليتا')).toHaveLength(2);
  });

  it('reads a name before a country nisba as a club, without the nisba', () => {
    const text =
      'واجه فريق المدرب الجديد نادي بيلاتروسا البرتغالي في ربع النهائي، بعدما تخطى المنافس السابق بركلات الترجيح في المباراة التي أقيمت على ملعب محايد ضمن الدور الثاني من الكأس.';
    expect(orgs(text)).toContain('بيلاتروسا');
  });

  it('joins an articled word and the town after it into one club, and reads the word alone later as that club', () => {
    const text =
      'وأحرز الوحدة دمشق كأس الدوري بعد فوزه في المباراة الحاسمة بثلاثة أهداف، ثم احتفل لاعبو الوحدة باللقب مع أنصارهم في الملعب حتى ساعة متأخرة.';
    const got = orgs(text);
    expect(got).toContain('الوحدة دمشق');
    expect(got).toContain('الوحدة');
    expect(places(text)).not.toContain('دمشق');
  });

  it('keeps a common noun before a nisba out of the clubs', () => {
    const text =
      'وتقدم المنتخب بهدف في الدقيقة العاشرة، غير أن الدفاع المغربي أغلق المنافذ حتى نهاية المباراة، وحافظ الفريق على فوزه في الجولة الأخيرة من الدوري وسط حضور كبير للجمهور.';
    expect(orgs(text)).not.toContain('الدفاع');
  });
});

describe('a state body keeps its nisba outside a match report', () => {
  it('reads "الكونغرس الأمريكي" whole in a political report', () => {
    const text = 'وقف رئيس الوزراء الياباني أمس أمام الكونغرس الأمريكي في جلسة مشتركة للمجلسين.';
    expect(orgs(text)).toContain('الكونغرس الأمريكي');
  });
});

describe('a person name stops before a plural noun with its pronoun or a participle plural', () => {
  const people = (text: string) =>
    mentions(text)
      .filter((m) => m.entity.type === 'PERSON')
      .map((m) => m.text);
  it('ends the name before "فقراته"', () => {
    const text = 'وقدم الإعلامي سامر قبيسي فقراته الساخرة أمام جمهور غفير في افتتاح المهرجان مساء الجمعة.';
    expect(people(text)).toContain('سامر قبيسي');
  });
  it('ends the name before "الموقوفين"', () => {
    const text = 'وخاض الفريق النهائي من دون قائده سامي الحلبي والأردني يوسف عمر الموقوفين.';
    expect(people(text)).toContain('يوسف عمر');
  });
});

describe('an outlet named by a place and an outlet word in a dateline', () => {
  it('reads "لبنان اليوم" after the dateline place as the outlet, not the country', () => {
    const text =
      'ارتفاع أسعار الوقود للمرة الثالثة\nطرابلس - لبنان اليوم\nرفعت وزارة الطاقة أسعار المحروقات صباح الأربعاء.';
    expect(orgs(text)).toContain('لبنان اليوم');
    expect(places(text)).not.toContain('لبنان');
  });
});
