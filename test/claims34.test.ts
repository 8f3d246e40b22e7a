import { describe, expect, it } from 'vitest';
import { claimWith, read } from './helpers/claims.js';

// Our own sentences, in the shapes of claims given the wrong speaker on the held-out sets.

describe('claim sources: "الإعلام" with a state’s and an official adjective', () => {
  it('gives "وذكر الإعلام الليبي الرسمي" to the state’s media, not the outlet', () => {
    const doc = read(
      'وصل رئيس الوزراء الإيطالي إلى طرابلس صباح اليوم في زيارة تستمر يوما واحدا. وذكر الإعلام الليبي الرسمي أن الزيارة هي الأولى من نوعها منذ عشر سنوات.',
      '2021-04-06',
    );
    const source = claimWith(doc, 'الأولى من نوعها')?.source;
    expect(source?.country).toBe('LBY');
    expect(source?.sector).toBe('media');
  });
  it('leaves "وزير الإعلام" to the minister', () => {
    const doc = read('وقال وزير الإعلام الأردني إن "الحكومة ماضية في خطتها".', '2021-04-06');
    expect(claimWith(doc, 'ماضية في خطتها')?.source?.sector).not.toBe('media');
  });
});

describe('claim sources: a Tunisian radio the knowledge base names', () => {
  it('gives \'وذكرت إذاعة "موزاييك إف إم"\' to Mosaique FM', () => {
    const doc = read(
      'أوقفت الشرطة التونسية رجل أعمال معروفا في العاصمة. وذكرت إذاعة "موزاييك إف إم" أن النيابة العمومية أذنت بالاحتفاظ به لمدة خمسة أيام.',
      '2023-02-13',
    );
    expect(claimWith(doc, 'أذنت بالاحتفاظ به')?.source?.en).toBe('Mosaique FM');
  });
});
