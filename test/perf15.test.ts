// The furniture rules test a line with a few joined expressions per kind rather than one per
// pattern: the kind they give is the kind the patterns, tried one by one in order, give. Blocks
// under the same elements share one array of their ids.
import { describe, expect, it } from 'vitest';
import { loadData } from '../src/data.js';
import { anyOf, classifyLine, furnitureRules } from '../src/extract/furniture.js';
import { splitLines } from '../src/extract/lines.js';
import { readBlocks } from '../src/extract/blocks.js';

interface Kinds {
  kinds: { kind: string; patterns: string[] }[];
}

/** The kind of a line by each pattern alone, in the data's order. */
function kindOneByOne(norm: string): string | null {
  for (const k of loadData<Kinds>('extract/furniture.json').kinds)
    if (k.patterns.some((p) => new RegExp(p, 'u').test(norm))) return k.kind;
  return null;
}

const LINES = [
  'اقرأ أيضاً: الحكومة تعلن خطة جديدة لدعم المزارعين',
  'اقرأ أيضا',
  'شارك على فيسبوك',
  'جميع الحقوق محفوظة لصحيفة المساء 2024',
  'المصدر: وكالة الأنباء الرسمية',
  'الكلمات المفتاحية',
  'أضف تعليقاً',
  'Leave a comment',
  'Published on March 3, 2024',
  '© 2023 The Daily Courier',
  'Photo: John Smith / AFP',
  'صورة أرشيفية لاجتماع مجلس الوزراء (الصورة: رويترز)',
  '12,450',
  '×',
  'We use cookies to improve your experience',
  'Subscribe to our newsletter',
  'About the author',
  'العودة إلى الأعلى',
  'أعلن وزير الداخلية اليوم عن توقيف خلية كانت تخطط لهجمات في العاصمة.',
  'The minister said talks would resume next week in Geneva.',
  'تبرع الآن لدعم عملنا',
  'facebook | twitter | whatsapp',
  'Powered by a local team of volunteers',
];

describe('furniture rules', () => {
  it('run fewer expressions than they have patterns', () => {
    const data = loadData<Kinds>('extract/furniture.json');
    const patterns = data.kinds.reduce((n, k) => n + k.patterns.length, 0);
    const expressions = furnitureRules().kinds.reduce((n, k) => n + k.res.length, 0);
    expect(expressions).toBeLessThan(patterns);
  });

  it('give each line the kind its patterns give one by one', () => {
    for (const text of LINES) {
      const line = splitLines(text)[0];
      expect(classifyLine(line)?.kind ?? null, text).toBe(kindOneByOne(line.norm));
    }
    // Some of these lines are furniture and some are not.
    const kinds = LINES.map((t) => classifyLine(splitLines(t)[0])?.kind ?? null);
    expect(kinds.filter(Boolean).length).toBeGreaterThan(10);
    expect(kinds.filter((k) => k === null).length).toBeGreaterThanOrEqual(2);
  });

  it('keep a pattern with a back reference alone, and test anchored ones at the start only', () => {
    const res = anyOf(['^(ab)\\1$', '^cd', 'ef', 'gh$']);
    const any = (s: string) => res.some((re) => re.test(s));
    expect(res).toHaveLength(3);
    expect(any('abab')).toBe(true);
    expect(any('abba')).toBe(false);
    expect(any('cd and more')).toBe(true);
    expect(any('more cd')).toBe(false);
    expect(any('xx ef yy')).toBe(true);
    expect(any('gh yy')).toBe(false);
    expect(any('yy gh')).toBe(true);
  });
});

describe('block stacks', () => {
  it('are one array for blocks under the same elements, and each its own elements', () => {
    const page = readBlocks(
      '<html><body><div class="story"><p>قال الوزير إن المحادثات ستستأنف الأسبوع المقبل<br>في جنيف بحضور الوسطاء</p>' +
        '<p>وأضاف أن الوفدين اتفقا على جدول الأعمال</p></div></body></html>',
    );
    const [a, b, c] = page.blocks;
    expect(page.blocks).toHaveLength(3);
    expect(b.stack).toBe(a.stack);
    expect(c.stack).not.toBe(a.stack);
    expect(a.stack.map((id) => page.els[id].name)).toEqual(['html', 'body', 'div', 'p']);
    expect(c.stack.map((id) => page.els[id].name)).toEqual(['html', 'body', 'div', 'p']);
    expect(c.stack.at(-1)).not.toBe(a.stack.at(-1));
  });
});
