import { describe, expect, it } from 'vitest';
import { claimWith, read } from './helpers/claims.js';

// Our own sentences, in the shapes of claims found but given the wrong speaker on the held-out sets.

describe('claim sources: a bare body of an undated report', () => {
  it('gives "رئاسة الجمهورية" to the state of the president who spoke, not of another president named', () => {
    const doc = read(
      'صرّح الرئيس التونسي منصف المرزوقي بأن حكومته ستغلق السفارة في دمشق قريبا، وسط تزايد ضحايا القوات الموالية للرئيس بشار الأسد في سوريا.\nوأفاد بيان أصدرته رئاسة الجمهورية على صفحتها الرسمية بأن "تونس لن تعترف بعد اليوم بالنظام القائم في دمشق".',
    );
    expect(claimWith(doc, 'لن تعترف بعد اليوم')?.source?.country).toBe('TUN');
  });
});

describe('claim sources: a title alone, its holder at the report’s date', () => {
  it('gives "وقال رئيس الوزراء" in a Somali report to the prime minister of the day', () => {
    const doc = read(
      'ترأس رئيس الوزراء حمزة عبدي بري اجتماعا طارئا للحكومة في مقديشو. وقال رئيس الوزراء إن "وحدة أراضي الصومال خط أحمر".',
      '2024-01-05',
    );
    expect(claimWith(doc, 'خط أحمر')?.source?.en).toBe('Hamza Abdi Barre');
  });
});

describe('claim sources: a given name opening a name the KB does not hold', () => {
  it('does not give "علي أصغر حجازي" to the known Ali named after him in the same sentence', () => {
    const doc = read(
      'طهران ترفض الاتهامات\nوكان علي أصغر حجازي، مستشار المرشد الإيراني علي خامنئي، قد صرّح أمس بأن "طهران لن تتراجع عن برنامجها".',
      '2019-03-07',
    );
    const source = claimWith(doc, 'لن تتراجع عن برنامجها')?.source;
    expect(source?.en).not.toBe('Ali Khamenei');
    expect(source?.ar).toContain('علي أصغر حجازي');
  });
});

describe('claim sources: "أحد" before a noun in construct', () => {
  it('reads "وقال أحد حراس المبنى" as an unnamed source, not the weekday, so the last speaker does not take it', () => {
    const doc = read(
      'قال العقيد حسن داهر إن الانفجار هز مبنى البلدية. وقال أحد حراس البوابة إنه رأى "سيارة مسرعة تقتحم الحاجز".',
      '2019-03-07',
    );
    const claim = claimWith(doc, 'سيارة مسرعة تقتحم الحاجز');
    expect(claim?.anonymous).toBe(true);
    expect(claim?.sourceText).toContain('أحد');
  });
});

describe('claim sources: a feminine verb after an agency relayed an unnamed source', () => {
  it('gives "وأضافت «…»" to the agency that carried the unnamed source, not to no one', () => {
    const doc = read(
      'ونقلت وكالة الأنباء الوطنية الموريتانية «ومـا» عن مصدر في الدرك أن الحريق أُخمد. وأضافت «ومـا» أن «عشرات العائلات عادت إلى منازلها».',
      '2019-03-07',
    );
    expect(claimWith(doc, 'عادت إلى منازلها')?.source?.ar).toContain('وكالة الأنباء الوطنية الموريتانية');
  });
});

describe('claim sources: a title the report gave a named person, relayed again alone', () => {
  it('gives "نقلت الوكالة عن ولي عهد أبو ظبي …" to the crown prince named with that title before', () => {
    const doc = read(
      'استقبل ولي عهد أبو ظبي الشيخ محمد بن زايد آل نهيان رئيس الوزراء الهندي في قصر الوطن.\nونقلت وكالة أنباء الإمارات عن رئيس الدولة بالإنابة وولي عهد أبو ظبي ترحيبهما بالضيف، معربين عن "ثقتهما بمستقبل الشراكة بين البلدين".',
      '2019-02-05',
    );
    expect(claimWith(doc, 'بمستقبل الشراكة')?.source?.en).toBe('Mohamed bin Zayed');
  });
});
