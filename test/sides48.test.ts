// A call noun after a verb trigger ("بحث X في اتصال تلقاه من Y"): the relative receiving verb on
// the call names who called, as it does when the call noun is the trigger.
import { describe, expect, it } from 'vitest';
import { sidesOf } from './helpers/sides.js';

describe('sides of a verb whose act is held in a call', () => {
  it('a call received: who it was received from calls', () => {
    const s = sidesOf(
      'بحث الرئيس الإيراني حسن روحاني في اتصال هاتفي تلقاه من أمير قطر الشيخ تميم بن حمد العلاقات بين البلدين.',
      'CONSULT',
    );
    expect(s.sources).toEqual(['Tamim bin Hamad']);
    expect(s.targets).toEqual(['Hassan Rouhani']);
  });
  it('"خلال مكالمة تلقاها": the same with another noun and preposition', () => {
    const s = sidesOf(
      'ناقش العاهل الأردني الملك عبدالله الثاني خلال مكالمة هاتفية تلقاها مساء أمس من الرئيس المصري عبد الفتاح السيسي الأوضاع في المنطقة.',
      'CONSULT',
    );
    expect(s.sources).toEqual(['Abdel Fattah el-Sisi']);
    expect(s.targets).toEqual(['Abdullah II of Jordan']);
  });
  it('a call made: the subject still calls', () => {
    const s = sidesOf(
      'بحث ولي العهد السعودي الأمير محمد بن سلمان في اتصال هاتفي أجراه مع الرئيس الفرنسي إيمانويل ماكرون تطورات المنطقة.',
      'CONSULT',
    );
    expect(s.sources).toEqual(['Mohammed bin Salman']);
    expect(s.targets).toEqual(['Emmanuel Macron']);
  });
});

describe('sides of a headline "X بعد لقاء Y"', () => {
  it('the one named before the time word met the one after the meeting noun', () => {
    const s = sidesOf('حفتر بعد لقاء السيسي: ناقشنا الوضع الأمني في ليبيا', 'CONSULT');
    expect(s.sources).toEqual(['Khalifa Haftar']);
    expect(s.targets).toEqual(['Abdel Fattah el-Sisi']);
  });
  it('"عقب اجتماع" with a title before the name met', () => {
    const s = sidesOf('أردوغان عقب اجتماع الرئيس بوتين: اتفقنا على التهدئة في إدلب', 'CONSULT');
    expect(s.sources).toEqual(['Recep Tayyip Erdoğan']);
    expect(s.targets).toEqual(['Vladimir Putin']);
  });
});
