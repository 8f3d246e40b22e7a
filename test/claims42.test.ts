import { describe, expect, it } from 'vitest';
import { claimWith, read } from './helpers/claims.js';

// Our own sentences, in the shapes of claims the blind sets gave the outlet or the wrong speaker.

describe('claim sources: names the entity layer did not read', () => {
  it('reads a given name and a family name that is a word, apposed to a title after a comma', () => {
    const doc = read(
      'قالت وزارة الصحة اللبنانية إن حصيلة الانفجار ارتفعت.\nوذكر نبيل الجديد، المتحدث الرسمي باسم الوزارة، أن «المستشفيات استقبلت عشرات الجرحى».\nوأضاف الجديد أن «فرق الإنقاذ ما زالت تعمل».',
      '2020-08-05',
    );
    const first = claimWith(doc, 'استقبلت عشرات الجرحى');
    expect(first?.source?.type).toBe('PERSON');
    expect(first?.sourceText).toBe('نبيل الجديد');
    expect(claimWith(doc, 'ما زالت تعمل')?.source?.id).toBe(first?.source?.id);
  });
  it('reads a Gulf given name the list lacked before an office in construct', () => {
    const doc = read(
      'اندلع حريق في مستودع للأخشاب جنوب الكويت.\nوقال مشاري الهاجري مدير إدارة الإطفاء لوكالة الأنباء الكويتية إن «الحريق تمت السيطرة عليه».',
      '2022-01-20',
    );
    const c = claimWith(doc, 'تمت السيطرة عليه');
    expect(c?.source?.type).toBe('PERSON');
    expect(c?.sourceText).toContain('مشاري الهاجري');
  });
  it('reads the name after a rank with its staff qualifier ("اللواء أركان حرب")', () => {
    const doc = read(
      'أعلن الجيش المصري تدمير عدد من الأنفاق في شمال سيناء.\nوقال المتحدث العسكري، اللواء أركان حرب سامح القاضي، إن «القوات دمرت 12 نفقاً».',
      '2016-03-02',
    );
    const c = claimWith(doc, 'دمرت 12 نفقاً');
    expect(c?.source?.type).toBe('PERSON');
    expect(c?.source?.ar).toBe('سامح القاضي');
  });
});

describe('claim sources: a person named by his family name alone', () => {
  it('reads "وقال الكناني إن" as a person, whom "وأضاف" goes on with', () => {
    const doc = read(
      'روى محافظ البصرة، اليوم الأربعاء، تفاصيل الهجوم على الميناء.\nوقال الكناني إن "مسلحين هاجموا بوابة الميناء قبل الفجر".\nوأضاف أن "القوات الأمنية طاردت المهاجمين".',
      '2015-12-16',
    );
    const c = claimWith(doc, 'هاجموا بوابة الميناء');
    expect(c?.source?.type).toBe('PERSON');
    expect(c?.sourceText).toBe('الكناني');
    expect(claimWith(doc, 'طاردت المهاجمين')?.source?.id).toBe(c?.source?.id);
  });
  it('takes no trade for a family name ("وقال المحامي إن")', () => {
    const doc = read('اعتقلت الشرطة الناشط في منزله.\nوقال المحامي إن "موكله بريء".', '2015-12-16');
    expect(claimWith(doc, 'موكله بريء')?.source?.type).not.toBe('PERSON');
  });
});

describe('claim sources: a medium and its owner', () => {
  it('ends a medium\'s name before "التابعة لـ"', () => {
    const doc = read(
      'وذكرت إذاعة صوت بيروت التابعة لحزب التقدم أن «قوة أمنية دهمت منزل النائب فجراً».',
      '2012-08-09',
    );
    expect(claimWith(doc, 'دهمت منزل النائب')?.sourceText).toBe('إذاعة صوت بيروت');
  });
});

describe('claim sources: demands told without a quotation', () => {
  it('gives "وطالب الخاطفون بفدية" to the kidnappers, of no state', () => {
    const doc = read(
      'اختطف مسلحون ثلاثة مهندسين أجانب قرب مدينة تكريت.\nوطالب الخاطفون بفدية قدرها مليونا دولار مقابل الإفراج عن المهندسين.',
      '2021-06-10',
    );
    const c = claimWith(doc, 'بفدية قدرها');
    expect(c?.source?.sector).toBe('kidnappers');
    expect(c?.source?.country).toBeUndefined();
  });
  it('reads a present-tense demand past the subject\'s relative clause ("بـ15 سيارة")', () => {
    const doc = read(
      'هاجم مسلحون منشأة نفطية في الصحراء واحتجزوا عشرات العاملين.\nتطالب الجماعة التي تحتجز العاملين في المنشأة بـ15 سيارة رباعية الدفع وممر آمن نحو الحدود.',
      '2013-01-17',
    );
    expect(claimWith(doc, 'سيارة رباعية الدفع')).toBeDefined();
    // (… and takes no student for one: "قتل طالب جامعي برصاص".)
    const student = read('قتل طالب جامعي برصاص قناص في حي الكرادة وسط بغداد.', '2013-01-17');
    expect(claimWith(student, 'برصاص قناص')).toBeUndefined();
  });
});

describe('claim sources: envoys named by their state', () => {
  it('gives "وقال السفير الإيطالي" to Italy\'s envoy', () => {
    const doc = read(
      'زار وفد إيطالي مدينة مصراتة الليبية.\nوقال السفير الإيطالي إن «روما ستعيد فتح قنصليتها في المدينة».',
      '2021-06-10',
    );
    const c = claimWith(doc, 'ستعيد فتح قنصليتها');
    expect(c?.source?.sector).toBe('ambassador');
    expect(c?.source?.country).toBe('ITA');
  });
  it('gives a relative clause after "بالسفير …" to that envoy', () => {
    const doc = read(
      'التقى وزير الخارجية الليبي بالسفير الإيطالي الذي قال إن «بلاده تدعم الحوار بين الأطراف الليبية».',
      '2021-06-10',
    );
    const c = claimWith(doc, 'تدعم الحوار بين');
    expect(c?.source?.sector).toBe('ambassador');
    expect(c?.source?.country).toBe('ITA');
  });
});
