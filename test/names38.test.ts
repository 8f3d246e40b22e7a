// Names round 38: clubs in a match's report. A town or a word read as a place is a club where the
// text of a match decides it (after "نادي", "فريق", "تعادل مع", "فاز على", "أمام", "ضد", in a list
// after a club, or after a club's head such as "اتحاد", "مولودية"); a town stays a town outside such
// a report. The tagger's one body over a list of clubs joined by "و" is so many clubs, without the
// proclitic and tatweel before the first. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { scoredNames, scoredOfType } from './helpers/names.js';

const mentions = (text: string, date = '2024-03-10') => scoredNames(text, date);
const orgs = (text: string) => scoredOfType(text, '2024-03-10', 'ORG');
const places = (text: string) => scoredOfType(text, '2024-03-10', 'LOC', 'GPE');

describe('clubs named by their town in a match report', () => {
  it('reads the opponent after "تعادل مع" as a club', () => {
    const text =
      'وتعادل الوصل مع الشارقة بهدف لمثله في المباراة التي جرت مساء الجمعة ضمن الجولة العاشرة من الدوري، وسجل اللاعب البرازيلي هدف التعادل في الدقيقة الأخيرة.';
    expect(orgs(text)).toContain('الشارقة');
    expect(places(text)).not.toContain('الشارقة');
  });

  it('reads the team beaten after "فوزه على" and a town after "فريق" as clubs', () => {
    const text = 'وحقق الفيصلي فوزه على الزرقاء بثلاثة أهداف في مباراة الدوري التي حضرها المدرب الجديد.';
    expect(orgs(text)).toContain('الزرقاء');
    expect(places(text)).toEqual([]);
  });

  it('reads a town after a club head as part of the club', () => {
    const text = 'وتغلب فريق الزرقاء على وفاق سطيف بهدف في مباراة الدوري أمس وسجل اللاعب الهدف.';
    expect(orgs(text)).toContain('وفاق سطيف');
    expect(places(text)).not.toContain('سطيف');
  });

  it('leaves a town a town outside a match report', () => {
    expect(
      places('ووصل وزير الخارجية إلى الشارقة مساء أمس في زيارة تستغرق يومين يلتقي خلالها المسؤولين.'),
    ).toContain('الشارقة');
    expect(
      places('وعقد الاتحاد الأوروبي اجتماعا مع ممثلين عن طنجة لبحث مشاريع الموانئ والاستثمار.'),
    ).toContain('طنجة');
  });
});

describe('a text that opens with the opponent preposition', () => {
  // "على" as the text's first word leaves no word two places before the name (found by the
  // generated corpus of the queue suite, where such fragments occur).
  it('reads the name after an opening "على" without failing', () => {
    const text = 'على الشارقة أن يفوز في مباراة الدوري المقبلة، قال المدرب، وسجل اللاعب هدفا في الكأس.';
    expect(() => mentions(text)).not.toThrow();
  });
});
