import { describe, expect, it } from 'vitest';
import { analyzeText, claimWith } from './helpers/analyze-text.js';

// Our own sentences, in the shapes of the claim sources the fourteenth held-out set gave wrong.
const read = (text: string, published?: string) => analyzeText(text, published);

describe('claim sources: a religious leader named by his title', () => {
  it('gives "وقال البابا" to the pope of the report\'s date', () => {
    const doc = read(
      'وصل البابا فرنسيس إلى العاصمة الأردنية عمّان في زيارة تستمر يومين. وقال البابا أمام الحشود: "جئنا نصلي من أجل السلام في المنطقة".',
      '2014-05-24',
    );
    expect(claimWith(doc, 'نصلي من أجل السلام')?.source?.en).toBe('Pope Francis');
  });

  it('gives "وكان البابا" on an undated page to the pope it named, not to the cleric named last', () => {
    const doc = read(
      'التقى بابا الفاتيكان فرنسيس الأول اليوم المرجع الشيعي علي السيستاني في النجف، وعلقت في الشوارع صور البابا وآية الله السيستاني. وكان البابا قد قال في بغداد: "لتتوقف الحروب في كل مكان".',
    );
    expect(claimWith(doc, 'لتتوقف الحروب')?.source?.en).toBe('Pope Francis');
  });
});
