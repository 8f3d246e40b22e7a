import { describe, expect, it } from 'vitest';
import { analyzeText, claimWith } from './helpers/analyze-text.js';

// Our own sentences, in the shapes of the claim sources set 26 read wrong (issue #20).
const read = (text: string, published = '2019-03-12') => analyzeText(text, published);

describe('claims26-r2: a name word that hides a verb behind a preposition', () => {
  it('reads "محمد باقر …" whole, not "باقر" as "ب" + "أقر"', () => {
    const doc = read(
      'وكان محمد باقر صفائي، المتحدث باسم الحزب، قد صرح أمس بأن "القرار لن يغير شيئا في موقفنا".',
    );
    expect(claimWith(doc, 'لن يغير شيئا')?.sourceText).toBe('محمد باقر صفائي');
  });

  it('reads "وقال علي باقر …" whole after a verb of saying', () => {
    const doc = read('وقال علي باقر الموسوي، عضو المجلس البلدي، إن "المياه لم تصل إلى الأحياء منذ أسبوع".');
    expect(claimWith(doc, 'المياه لم تصل')?.sourceText).toBe('علي باقر الموسوي');
  });

  it('still reads a verb of saying that is itself written with a first "ب" ("بيّنت")', () => {
    const doc = read('وبيّنت وزارة الصحة الأردنية في بيان أن "الحالات الجديدة كلها من خارج البلاد".');
    expect(claimWith(doc, 'الحالات الجديدة')?.source?.country).toBe('JOR');
  });
});

describe('claims26-r2: a military command named by its state', () => {
  it('reads "القيادة العسكرية الأميركية" as the armed forces of the United States', () => {
    const doc = read(
      'وأوضحت القيادة العسكرية الأميركية في أوروبا في بيان أن "الطائرات عادت إلى قواعدها بسلام".',
    );
    const c = claimWith(doc, 'الطائرات عادت');
    expect(c?.source?.country).toBe('USA');
    expect(c?.source?.institution).toBe('armed-forces');
  });

  it('reads "القيادة العسكرية التشادية" as the armed forces of Chad', () => {
    const doc = read('وقالت القيادة العسكرية التشادية إن "قواتها صدت هجوما على ثكنة قرب البحيرة".');
    expect(claimWith(doc, 'صدت هجوما')?.source?.country).toBe('TCD');
  });
});

describe("claims26-r2: a leader's office as a call's readout", () => {
  it('gives a participant\'s words "بحسب بيان لمكتب …" to the office that issued the readout', () => {
    const doc = read(
      'أجرى رئيس الوزراء العراقي مصطفى الكاظمي اتصالا هاتفيا مع ولي العهد السعودي الأمير محمد بن سلمان. وبحسب بيان لمكتب الكاظمي، أبدى بن سلمان في المكالمة "دعم المملكة لجهود الحكومة العراقية في حفظ الأمن".',
      '2021-11-08',
    );
    expect(claimWith(doc, 'دعم المملكة لجهود')?.source?.en).toBe('Mustafa Al-Kadhimi');
  });

  it("keeps a participant's words his own when no readout is named", () => {
    const doc = read(
      'أجرى رئيس الوزراء العراقي مصطفى الكاظمي اتصالا هاتفيا مع ولي العهد السعودي الأمير محمد بن سلمان. وقال بن سلمان في المكالمة إن "المملكة تدعم جهود الحكومة العراقية".',
      '2021-11-08',
    );
    expect(claimWith(doc, 'المملكة تدعم جهود')?.source?.en).toBe('Mohammed bin Salman');
  });
});

describe('claims26-r2: a given name written with the article, then a description', () => {
  it('reads "المكي …، رئيس …" as the speaker after "قال"', () => {
    const doc = read(
      'وقال المكي بنعلي، رئيس جماعة تمسمان، إن "الوقفة مرت في أجواء هادئة رغم الحضور الأمني الكثيف".',
      '2017-06-02',
    );
    expect(claimWith(doc, 'مرت في أجواء هادئة')?.sourceText).toBe('المكي بنعلي');
  });

  it('reads "المرتضى …، أحد …" as the speaker after "صرح"', () => {
    const doc = read(
      'وصرح المرتضى بوشعيب، أحد منظمي الوقفة، بأن "المحتجين لن يغادروا الساحة قبل الاستجابة لمطالبهم".',
      '2017-06-02',
    );
    expect(claimWith(doc, 'لن يغادروا الساحة')?.sourceText).toBe('المرتضى بوشعيب');
  });
});
