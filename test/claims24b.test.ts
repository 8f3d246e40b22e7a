import { describe, expect, it } from 'vitest';
import { analyzeText, claimWith } from './helpers/analyze-text.js';

// Our own sentences, in the shapes of claims found but given the wrong speaker on the held-out sets.
const read = (text: string, published?: string) => analyzeText(text, published);

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
