// Attacks on crowds and on named persons, and the places that only locate an attack: our own
// sentences for the classes met in the held-out sets (protesters dispersed by force, tear gas, a
// landmark mosque, an assassination with bystanders, a group named in its head's title).
import { describe, expect, it } from 'vitest';
import { sideEntities as sides, kinds } from './helpers/sides.js';
import { analyzeText } from './helpers/analyze-text.js';

describe('a crowd attacked by the forces of its own state', () => {
  it('the forces that stormed the sit-in struck it, they are not dropped as a bombing’s responders', () => {
    const { sources, targets } = sides(
      'وفي فجر اليوم كانت قوات الأمن اليمنية قد هاجمت المعتصمين في ساحة التغيير بصنعاء.',
      'ASSAULT',
      '2011-03-12',
    );
    expect(kinds(sources)).toContain('security-forces:YEM');
    expect(kinds(targets)).toContain('protesters:YEM');
  });

  it('the army before whose headquarters the sit-in stood is not who dispersed it', () => {
    const { sources, targets } = sides(
      'حاولت قوات أمنية فجر الثلاثاء فض اعتصام المحتجين أمام مقر قيادة الجيش في صنعاء، ما أدى إلى مقتل شخصين.',
      'ASSAULT',
      '2019-04-09',
    );
    expect(kinds([...sources, ...targets])).not.toContain('army:YEM');
    expect(kinds(targets)).toContain('protesters:YEM');
  });
});

describe('what only locates an attack', () => {
  it('tear gas is no town', () => {
    const doc = analyzeText(
      'رشقت الشرطة الحشود بالغاز المسيل للدموع والقنابل المسيلة للدموع قرب البرلمان.',
      '2019-04-09',
    );
    expect(doc.entities.map((e) => e.entity.en)).not.toContain('M’sila');
  });

  it('the mosque a struck restaurant overlooks gives no worshippers', () => {
    const { targets } = sides(
      'انفجرت قنبلة في مطعم يطل على المسجد الكبير في مدينة القيروان، ما أدى إلى مقتل أربعة أشخاص.',
      'ASSAULT',
      '2015-06-01',
    );
    expect(targets.map((t) => t.sector)).not.toContain('worshippers');
  });
});

describe('the country of people named by their group', () => {
  it('is where the attack happened once that is settled, not where most places of the report are', () => {
    const { targets } = sides(
      'أعلنت جماعة مسلحة مسؤوليتها عن الهجوم الذي استهدف فجر اليوم معسكرا في العاصمة وأسفر عن مقتل ثلاثة جنود. وكان الجيش قد أعلن قبل ذلك سيطرته على الوضع في باماكو. وفي الجزائر أغلقت السلطات معبري تمنراست وبرج باجي مختار.',
      'ASSAULT',
      '2024-09-17',
    );
    expect(kinds(targets)).toContain('military:MLI');
    expect(kinds(targets)).not.toContain('military:DZA');
  });
});

describe('whom an assassination struck', () => {
  it('the person named killed, not the persons counted with him', () => {
    const { targets } = sides(
      'اغتيل الوزير السابق سمير النجار في انفجار سيارة مفخخة في بيروت أسفر عن مقتل ثمانية أشخاص.',
      'ASSAULT',
      '2005-03-01',
    );
    expect(targets.map((t) => t.type)).toContain('PERSON');
    expect(targets.map((t) => t.sector)).not.toContain('civilians');
  });

  it('a man said to have fallen as a martyr, beside a toll', () => {
    const { targets } = sides(
      'استشهد النائب السابق سمير النجار صباح اليوم في اعتداء بسيارة مفخخة أوقع ستة قتلى في بيروت.',
      'ASSAULT',
      '2005-03-01',
    );
    expect(targets.map((t) => t.type)).toContain('PERSON');
  });
});

describe('a group inside its head’s title', () => {
  it('the teachers of "نائب نقيب المعلمين" are not a side', () => {
    const { sources } = sides(
      'أمهل نائب نقيب المعلمين الدكتور سامي العبد الحكومة يومين لتلبية المطالب وإلا فإن الإضراب سيعم المدارس.',
      'THREATEN',
      '2019-09-05',
    );
    expect(sources.map((s) => s.sector)).not.toContain('teachers');
    expect(sources.map((s) => s.type)).toContain('PERSON');
  });
});

describe('a group that claims an attack, tied to another body', () => {
  it('is the attacker, and the body it is tied to no side', () => {
    const { sources, targets } = sides(
      'وتبنت جبهة النصرة المرتبطة بتنظيم القاعدة مسؤوليتها عن التفجير الذي استهدف حافلة للجنود في دمشق.',
      'ASSAULT',
      '2013-04-10',
    );
    expect(sources.map((x) => x.en).join()).toMatch(/النصرة|Nusra/);
    expect([...sources, ...targets].map((x) => x.en)).not.toContain('al-Qaeda');
  });
});
