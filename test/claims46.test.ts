import { describe, expect, it } from 'vitest';
import { claimWith, read } from './helpers/claims.js';

// Our own sentences, in the shapes of claims the blind sets gave the outlet or the wrong speaker.

describe('claim sources: words said inside a relative clause to someone else', () => {
  it('credits "الذي توجه إليه … بالقول" to the antecedent, not to the one addressed', () => {
    const doc = read(
      'تبادل الطرفان الاتهامات أمس، وقال وزير الخارجية الليبي إن التدخل مرفوض، فاندلع سجال بينه وبين الرئيس الفرنسي إيمانويل ماكرون، الذي توجه إليه خلال مؤتمر في باريس بالقول "لا تعطنا دروسا في السيادة".\nوأضاف "ليس من حق أحد أن يملي علينا شروطه، وسنحمي حدودنا البحرية".',
      '2019-05-10',
    );
    expect(claimWith(doc, 'لا تعطنا دروسا')?.sourceText).toContain('ماكرون');
    expect(claimWith(doc, 'سنحمي حدودنا')?.sourceText).toContain('ماكرون');
  });
  it('credits "الذي خاطب فلاناً … قائلاً" to the antecedent', () => {
    const doc = read(
      'ونشبت أزمة في مدريد بعدما قال زعيم المعارضة إن الخطة فاشلة، وردّ عليه رئيس الوزراء الإسباني بيدرو سانشيز، الذي خاطب النواب في الجلسة قائلا: «لن نتراجع عن الإصلاح».',
      '2019-05-10',
    );
    expect(claimWith(doc, 'لن نتراجع عن الإصلاح')?.sourceText).toContain('سانشيز');
  });
});

describe('claim sources: a trailing "حسب تعبيره" names the sentence subject as the speaker', () => {
  it('reads "…، حسب تعبيره" as the words of the one the sentence is about', () => {
    const doc = read(
      'وكان الرئيس الروسي فلاديمير بوتين قد منح المسلحين مهلة حتى نهاية الأسبوع لمغادرة المدينة، وإلا فإن القوات الروسية ستخرجهم بالقوة، حسب تعبيره.',
      '2018-03-01',
    );
    expect(claimWith(doc, 'ستخرجهم بالقوة')?.sourceText).toContain('بوتين');
  });
  it('reads "…، على حد قولها" with a feminine speaker', () => {
    const doc = read(
      'واتهمت وزيرة الخارجية السويدية مارغوت فالستروم الحكومة بتجاهل الأزمة الإنسانية التي باتت تهدد المنطقة بأسرها، على حد قولها.',
      '2018-03-01',
    );
    expect(claimWith(doc, 'تهدد المنطقة بأسرها')?.sourceText).toContain('فالستروم');
  });
});

describe('claim sources: a state speaking through its one body keeps the state it is named by', () => {
  it('keeps the state as namedAs when the claim is credited to its foreign ministry', () => {
    const doc = read(
      'أعلنت تونس اليوم أنها قدمت شكوى إلى مجلس الأمن الدولي بشأن الاعتداء على حدودها.\nوقالت وزارة الخارجية التونسية في بيان إن «الاعتداء خرق صارخ للقانون الدولي».',
      '2019-05-10',
    );
    const c = claimWith(doc, 'قدمت شكوى إلى مجلس الأمن');
    expect(c?.source?.country).toBe('TUN');
    expect(c?.namedAs?.country).toBe('TUN');
    expect(c?.namedAs?.type).not.toBe('ORG');
  });
});
