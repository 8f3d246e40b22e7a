import { describe, expect, it } from 'vitest';
import { claimWith, read } from './helpers/claims.js';

// Our own sentences, in the shapes of claims given the wrong speaker on the held-out sets.

describe('claim sources: a plural participle goes with many', () => {
  it('gives "صوّت النواب …، مؤكدين" to the members of parliament, not the minister named before', () => {
    const doc = read(
      'أعلن وزير الداخلية الأردني أن الشرطة اعتقلت النائب سامي الحداد في عمان اليوم بعد مذكرة من المدعي العام. وقبل أيام، صوّت النواب على طرده من المجلس، مؤكدين رفضهم أي إساءة للدستور والملك والشعب.',
      '2021-06-02',
    );
    const source = claimWith(doc, 'رفضهم أي إساءة')?.source;
    expect(source?.sector).toBe('parliament');
    expect(source?.country).toBe('JOR');
  });
  it('gives "ندد به الفلسطينيون معتبرين" to the Palestinians', () => {
    const doc = read(
      'وقدم السفير البحريني خالد الفلاني أوراق اعتماده إلى الرئيس الإسرائيلي الشهر الماضي. ووقع البلدان العام الماضي اتفاقا لتطبيع العلاقات، ندد به الفلسطينيون معتبرين أنه خيانة لقضيتهم.',
      '2021-09-30',
    );
    const source = claimWith(doc, 'خيانة لقضيتهم')?.source;
    expect(source?.country).toBe('PSE');
    expect(source?.sector).toBe('civilians');
  });
  it('gives "تجمع أنصار فلان … مطالبين" to his supporters, not the outlet nor him', () => {
    const doc = read(
      'أوقفت الشرطة الموريتانية النائب المعارض أحمد الفلاني في نواكشوط مساء اليوم. وتجمع أنصار الفلاني أمام إدارة الأمن مطالبين بإطلاق سراحه فورا.',
      '2018-08-08',
    );
    const claim = claimWith(doc, 'بإطلاق سراحه فورا');
    expect(claim?.source?.sector).toBe('activists');
    expect(claim?.source?.type).not.toBe('PERSON');
  });
});

describe('claim sources: a statement issued by the one named after "أصدرته"', () => {
  it("gives 'وورد في تعميم صحفي أصدرته الخارجية السودانية' to the Sudanese foreign ministry", () => {
    const doc = read(
      'أمهل السودان أعضاء البعثة الإيرانية في الخرطوم أسبوعين لمغادرة البلاد. وورد في تعميم صحفي أصدرته الخارجية السودانية: "أبلغ وكيل الوزارة القائم بالأعمال أن البعثة أمامها أسبوعان" للخروج من البلاد.',
      '2016-01-04',
    );
    const source = claimWith(doc, 'أمامها أسبوعان')?.source;
    expect(source?.country).toBe('SDN');
    expect(source?.id).toContain('foreign');
  });
});

describe('claim sources: a relay from a pronoun', () => {
  it('gives "ونقل عنه قوله" to the one the sentence named, not a person named inside its clause', () => {
    const doc = read(
      'قال أمير دولة قطر تميم بن حمد آل ثاني، اليوم الخميس، في اتصال هاتفي أجراه مع الرئيس الإيراني حسن روحاني، إن الدوحة تقدر مواقف طهران خلال الأزمة. وبحسب المركز الإعلامي لمكتب الرئيس الإيراني، فإن الأمير اتصل بروحاني ليهنئه بعيد الأضحى المبارك، ونقل عنه قوله: "نقدر وقوفكم إلى جانب قطر".',
      '2018-08-23',
    );
    const source = claimWith(doc, 'نقدر وقوفكم')?.source;
    expect(source?.id).not.toBe('mirsad:rouhani');
    expect(source?.id).toBe('mirsad:tamim');
  });
});

describe('claim sources: an unknown body named with its state’s adjective', () => {
  it('gives "رئيس جبهة الخلاص الوطني التونسية" to the front as written, in Tunisia', () => {
    const doc = read(
      'أوقفت السلطات التونسية زعيم حزب معارض في العاصمة مساء الاثنين. في المقابل، اعتبر رئيس جبهة الخلاص الوطني التونسية أن التوقيف يكشف "الارتباك في اتخاذ القرار".',
      '2023-04-18',
    );
    const source = claimWith(doc, 'الارتباك في اتخاذ القرار')?.source;
    expect(source?.ar).toBe('جبهة الخلاص الوطني التونسية');
    expect(source?.country).toBe('TUN');
  });
});
