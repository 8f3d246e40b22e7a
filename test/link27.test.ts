// Linking on real news (issue #20): a state's standing bodies named without a nisba, and role
// phrases on the day an office changes hands or with a word of its holder's standing, each class on
// sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { readNames } from './helpers/names.js';

const mentions = (text: string, date: string) => readNames(text, date);
/** The entity a mention of `words` is linked to: its English name, or "made@country" for one made. */
const linked = (text: string, date: string, words: string) =>
  mentions(text, date)
    .filter((m) => m.text === words)
    .map((m) => (m.entity.id.startsWith('mirsad:unknown') ? `made@${m.entity.country ?? ''}` : m.entity.en));

describe('a standing body of a state named without a nisba', () => {
  it('is of the country the text is about', () => {
    const text = 'صوّت مجلس الشعب في دمشق على الموازنة، وقال نواب من حلب وحمص إن الجلسة في سوريا كانت طويلة.';
    expect(linked(text, '2019-03-01', 'مجلس الشعب')).toEqual(['made@SYR']);
  });

  it('keeps the one state a body belongs to whatever the text is about', () => {
    const text = 'ناقش الكونغرس العقوبات على الخرطوم، فيما رحّب مجلس السيادة الانتقالي في السودان بالخطوة.';
    expect(linked(text, '2021-05-01', 'الكونغرس')).toEqual(['made@USA']);
    expect(linked(text, '2021-05-01', 'مجلس السيادة الانتقالي')).toEqual(['made@SDN']);
  });
});

describe('a role phrase when the office changes hands', () => {
  it('is the holder leaving office on his last day when no successor is sworn in yet', () => {
    const text = 'أعلن التلفزيون أن الرئيس التونسي غادر البلاد مساء اليوم وسط احتجاجات واسعة في تونس.';
    expect(linked(text, '2011-01-14', 'الرئيس التونسي')).toEqual(['Zine El Abidine Ben Ali']);
  });

  it('is the incoming holder after "المنتخب"', () => {
    const text = 'وعد الرئيس الإيراني المنتخب بتحسين العلاقات مع الجيران بعد فوزه في جولة الإعادة في طهران.';
    expect(linked(text, '2024-07-07', 'الرئيس الإيراني')).toEqual(['Masoud Pezeshkian']);
  });

  it('is the last holder the report names after "المخلوع"', () => {
    const text =
      'مثل صدام حسين أمام المحكمة في بغداد، وقال المدعي إن الرئيس العراقي المخلوع رفض الإجابة عن الأسئلة.';
    expect(linked(text, '2003-12-20', 'الرئيس العراقي')).toEqual(['Saddam Hussein']);
  });
});

describe('a KB name written with its compound joined', () => {
  it('reads "نصر الله" joined as the KB name', () => {
    const text = 'وقال حسن نصرالله في خطاب متلفز إن المواجهة مستمرة في جنوب لبنان.';
    expect(linked(text, '2019-04-01', 'حسن نصرالله')).toEqual(['Hassan Nasrallah']);
  });
});
