// A known person written with more name parts than the KB holds is still that person (issue #20).
import { describe, expect, it } from 'vitest';
import { readNames } from './helpers/names.js';

const ids = (text: string, date: string) => readNames(text, date).map((m) => [m.text, m.entity.id]);

describe('a KB person written with middle names', () => {
  it('links a given name and a grandfather between the first name and the family name', () => {
    expect(ids('وصل الرئيس السوداني عمر حسن البشير إلى القاهرة صباح أمس.', '2017-03-02')).toContainEqual([
      'عمر حسن البشير',
      'mirsad:omar-al-bashir',
    ]);
    expect(ids('واستقبل الرئيس عمر حسن أحمد البشير في الخرطوم وفداً أوروبياً.', '2016-11-20')).toContainEqual([
      'عمر حسن أحمد البشير',
      'mirsad:omar-al-bashir',
    ]);
  });

  it('links the role phrase read beside the long name to the same person', () => {
    const found = readNames('وصل الرئيس السوداني عمر حسن البشير إلى القاهرة صباح أمس.', '2017-03-02');
    expect(found.find((m) => m.text === 'الرئيس السوداني')?.entity.id).toBe('mirsad:omar-al-bashir');
  });

  it('reads a name cut in two by the rules as one, when the whole is a KB person', () => {
    expect(ids('والتقى المشير عبد الفتاح سعيد حسين خليل السيسي بالوفد الزائر.', '2015-05-01')).toContainEqual(
      ['عبد الفتاح سعيد حسين خليل السيسي', 'mirsad:sisi'],
    );
  });

  it('does not link when another KB person’s whole name stands inside the run', () => {
    // ("محمد البشير" is a KB person: "عمر محمد البشير" is his son's name, or him, not Omar al-Bashir.)
    const found = readNames('وأكد عمر محمد البشير أن حزبه سيشارك في الانتخابات.', '2018-05-01');
    expect(found.some((m) => m.entity.id === 'mirsad:omar-al-bashir')).toBe(false);
  });

  it('does not link over an everyday word between the names', () => {
    const found = readNames('وقال عمر إن البشير سيزور القاهرة.', '2017-03-02');
    expect(found.some((m) => m.text.includes('عمر إن'))).toBe(false);
  });

  it('reads a given name that is an everyday word as a name before "بن" and a name', () => {
    expect(
      ids('وقال وزير الدولة مساعد بن محمد العيبان إن المحادثات كانت مثمرة.', '2019-02-10'),
    ).toContainEqual(expect.arrayContaining(['مساعد بن محمد العيبان']));
  });

  it('links a Turkish name in another Latinised spelling the KB holds', () => {
    expect(
      ids('ووصل نائب الرئيس التركي فؤاد اوقطاي إلى الخرطوم في زيارة رسمية.', '2018-11-19'),
    ).toContainEqual(['فؤاد اوقطاي', 'mirsad:fuat-oktay']);
  });
});
