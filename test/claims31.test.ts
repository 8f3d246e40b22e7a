import { describe, expect, it } from 'vitest';
import { analyzeText, claimWith } from './helpers/analyze-text.js';

// Our own sentences, in the shapes of the claims held-out sets 13–18 gave to no one or to the wrong speaker.
const read = (text: string, published = '2019-04-14') => analyzeText(text, published);

describe('claims31: a plural verb with no subject goes on with the last speakers who are many', () => {
  it('reads "وأضافوا" after an official and residents as theirs, not the group that claimed the attack since', () => {
    const doc = read(
      'أفاد مسؤول محلي وسكان بأن المحافظ قتل في هجوم انتحاري على موكبه، فيما أعلن تنظيم داعش في بيان تبنيه التفجير. ' +
        'وأضافوا أن ستة من مرافقيه قتلوا.',
    );
    const c = claimWith(doc, 'ستة من مرافقيه');
    expect(c?.anonymous).toBe(true);
    expect(c?.source?.en).not.toBe('Islamic State');
  });
  it('reads "وأوضحوا" after security sources as theirs, not the government named since', () => {
    const doc = read(
      'قالت مصادر أمنية عراقية إن الانفجار وقع قرب السوق المركزي، بينما أعلنت الحكومة الحداد ثلاثة أيام. ' +
        'وأوضحوا أن عدد الضحايا مرشح للارتفاع.',
    );
    expect(claimWith(doc, 'مرشح للارتفاع')?.anonymous).toBe(true);
  });
});

describe('claims31: what eyewitnesses recount and what was learnt from a source', () => {
  it('reads "ويروي شهود عيان أن" as the eyewitnesses\' claim', () => {
    const doc = read('وقتل حارسان في الهجوم. ويروي شهود عيان أن المسلحين وصلوا إلى البوابة فجرا في ثلاث سيارات.');
    expect(claimWith(doc, 'وصلوا إلى البوابة')?.anonymous).toBe(true);
  });
  it('reads "وعلم من الوفد المرافق أن" and "وعلم في أنقرة أن" as unnamed sources', () => {
    const doc = read(
      'وصل رئيس الوزراء التركي إلى مقديشو في زيارة مفاجئة. وعلم من الوفد المرافق أن رئيس الوزراء سيزور مخيما للنازحين. ' +
        'وعلم في أنقرة أن وزير الخارجية يرافقه في الزيارة.',
    );
    expect(claimWith(doc, 'سيزور مخيما')?.anonymous).toBe(true);
    expect(claimWith(doc, 'وزير الخارجية يرافقه')?.anonymous).toBe(true);
  });
  it('does not read a flag raised as something learnt', () => {
    const doc = read('ورفع المحتجون العلم في الساحة بعد أن انسحبت قوات الأمن منها.');
    expect(claimWith(doc, 'انسحبت قوات الأمن')).toBeUndefined();
  });
});
