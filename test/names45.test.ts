// Classes of error met on real pages (held-out names sets 21–24), each on sentences written for
// these tests: a body's name cut before its second field or its adjective, an agency of a field
// read as a news agency, and an outlet named by a word and a foreign word of the trade.
import { describe, expect, it } from 'vitest';
import { scoredOfType } from './helpers/names.js';

const bodies = (text: string, date = '2024-05-12') => scoredOfType(text, date, 'ORG');

describe("a body's name runs on through a second field", () => {
  it("after the first field's adjective", () => {
    expect(bodies('وناقش مجلس الشؤون السياسية والأمن خطة العام المقبل')).toContain(
      'مجلس الشؤون السياسية والأمن',
    );
  });

  it('after the place and the field it serves', () => {
    expect(bodies('ووقعت مؤسسة اليمن للنفط والغاز عقدا مع شريك أجنبي')).toContain('مؤسسة اليمن للنفط والغاز');
  });
});

describe('an agency of a field is no news agency', () => {
  it("keeps its state's adjective", () => {
    expect(bodies('وأعلنت وكالة الفضاء التونسية إطلاق قمر صناعي جديد')).toContain('وكالة الفضاء التونسية');
  });

  it('keeps the field it serves after the adjective', () => {
    expect(bodies('ووقعت الوكالة الجزائرية للطاقة المتجددة اتفاقا مع المستثمرين')).toContain(
      'الوكالة الجزائرية للطاقة المتجددة',
    );
    // (A news agency's nisba still describes it.)
    expect(bodies('وأفادت الوكالة الجزائرية بأن الاجتماع انتهى')).not.toContain('الوكالة الجزائرية');
  });
});

describe('an outlet named by a word and a foreign word of the trade', () => {
  it('is one outlet, also over a place', () => {
    expect(bodies('وقال مسؤول محلي لموقع تعز نيوز إن الطريق مغلق')).toContain('تعز نيوز');
    expect(bodies('ونقلت الرائد بريس عن شهود أن الأمطار غزيرة')).toContain('الرائد بريس');
    expect(scoredOfType('وقال مسؤول محلي لموقع تعز نيوز إن الطريق مغلق', '2024-05-12', 'GPE')).toEqual([]);
  });
});
