import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';

const asserted = (text: string) =>
  analyzeText(text, '2019-03-02').events.filter((e) => e.status === 'asserted');
const typesOf = (text: string) => asserted(text).map((e) => (e.mode ? `${e.type}/${e.mode}` : e.type));

// Our own sentences, in the style of wire reports of kidnappings, releases and relief flights.
describe('kidnappings, releases of captives and aid shipments', () => {
  it('reads a kidnapping by gunmen as an abduction, not an arrest', () => {
    const types = typesOf('قال مسؤول أمني إن مسلحين مجهولين اختطفوا مهندسا تركيا في مدينة سبها جنوبي ليبيا.');
    expect(types).toContain('ASSAULT/abduction');
    expect(types).not.toContain('COERCE/arrest');
    expect(typesOf('عصابة مسلحة تخطف 12 عاملا مصريا قرب مدينة أجدابيا')).toContain('ASSAULT/abduction');
  });

  it("reads a detention its victim's lawyer calls a kidnapping as an arrest", () => {
    const types = typesOf(
      'أوقفت الشرطة الناشط فلان الفلاني أمام مقر الحكومة. وقال محاميه: «إن ما جرى هو عملية اختطاف في وضح النهار، وهو محتجز الآن بمركز شرطة باب البحر».',
    );
    expect(types).toContain('COERCE/arrest');
    expect(types).not.toContain('ASSAULT/abduction');
  });

  it('keeps an arrest by the police an arrest', () => {
    expect(typesOf('اعتقلت الشرطة الأردنية ثلاثة أشخاص في مدينة الزرقاء مساء الأحد.')).toContain(
      'COERCE/arrest',
    );
  });

  it('reads the freeing of captives as a release', () => {
    expect(typesOf('أطلقت جماعة مسلحة سراح الصيادين الكويتيين في سوريا بعد أسابيع من احتجازهم.')).toContain(
      'RETREAT',
    );
    expect(
      typesOf('وصل إلى عمان مساء اليوم الصيادون الأردنيون المخطوفون في سوريا، بعد أن أُطلق سراحهم.'),
    ).toContain('RETREAT');
  });

  it('reads a ruler receiving the freed captives as their release, not a meeting', () => {
    const types = typesOf('أمير الكويت يستقبل المفرج عنهم من المخطوفين في سوريا');
    expect(types).toContain('RETREAT');
    expect(types).not.toContain('CONSULT/meeting');
  });

  it('reads planes loaded with relief sent by one state to another as aid', () => {
    expect(typesOf('أرسلت تونس ثلاث طائرات محملة بالمساعدات الطبية إلى السودان.')).toContain('AID');
    expect(typesOf('وصول طائرات المساعدات التونسية إلى مطار الخرطوم')).toContain('AID');
  });
});
