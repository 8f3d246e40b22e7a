import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';

const sides = (text: string, type: string, published = '2024-03-10') => {
  const e = analyzeText(text, published).events.find((x) => x.type === type);
  const names = (role: string) =>
    e?.participants.filter((p) => p.role === role).map((p) => p.entity.en) ?? [];
  return { sources: names('source'), targets: names('target') };
};

describe('a minister who announces his own state’s act acts too', () => {
  it('the foreign minister who says his country recalls its ambassador is a source', () => {
    const { sources } = sides(
      'قال وزير الخارجية الأردني أيمن الصفدي مساء السبت إن الأردن قرر استدعاء سفيره لدى إسرائيل احتجاجا على قصف المدنيين.',
      'SANCTION',
    );
    expect(sources).toEqual(expect.arrayContaining(['Jordan', 'Ayman Safadi']));
  });
  it('but a spokesman telling of another state’s sanctions is not', () => {
    const { sources } = sides(
      'قال المتحدث باسم الخارجية الإيرانية ناصر كنعاني اليوم إن الولايات المتحدة فرضت عقوبات جديدة على شركات إيرانية.',
      'SANCTION',
    );
    expect(sources).toContain('United States');
    expect(sources).not.toContain('Nasser Kanaani');
  });
});

describe('an embassy or envoy acted upon stands for its state', () => {
  it('storming an embassy is an act against its state', () => {
    const { targets } = sides(
      'اقتحم مئات المحتجين مقر السفارة الدنماركية في بيروت بعد ظهر الأحد.',
      'PROTEST',
    );
    expect(targets).toEqual(expect.arrayContaining(['Denmark']));
  });
});

describe('a long name and its titles stand between a receiving verb and the call', () => {
  it('the receiver named with all his titles is the target, the caller the source', () => {
    const { sources, targets } = sides(
      'تلقى الشيخ محمد بن زايد آل نهيان، رئيس دولة الإمارات ورئيس مجلس الوزراء الاتحادي السابق، اتصالاً هاتفياً من رئيس الوزراء الهندي ناريندرا مودي.',
      'CONSULT',
    );
    expect(sources).toEqual(['Narendra Modi']);
    expect(targets).toEqual(['Mohamed bin Zayed']);
  });
});
