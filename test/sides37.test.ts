import { describe, expect, it } from 'vitest';
import { record, sidesOf } from './helpers/sides.js';

// Our own sentences, in the shapes of the sides real reports gave wrong (held-out set 22): a body
// whose seat protesters stormed, and an official whose convoy an attack struck.

describe('a body whose seat protesters storm', () => {
  it('is what they protest against, not a protester', () => {
    const s = sidesOf(
      'اقتحم أنصار الحزب الشيوعي اليوم مبنى مجلس النواب في بيروت احتجاجا على ترشيح رئيس جديد للحكومة.',
      'PROTEST',
    );
    expect(s.targets).toContain('مجلس النواب');
    expect(s.sources).not.toContain('مجلس النواب');
  });
  it("is the target when a party's offices are stormed", () => {
    const s = sidesOf(
      'واقتحم محتجون غاضبون مقرات حزب العدالة والتنمية في عدة مدن مغربية مطالبين برحيله.',
      'PROTEST',
    );
    expect(s.targets).toContain('Justice and Development Party');
    expect(s.sources).not.toContain('Justice and Development Party');
  });
});

describe('a party protesters march against', () => {
  it('is their target, its head noun between "ضد" and its name', () => {
    const s = sidesOf(
      'خرج آلاف المتظاهرين في مدن مغربية في مسيرات ضد حزب «العدالة والتنمية» الحاكم.',
      'PROTEST',
    );
    expect(s.targets).toContain('Justice and Development Party');
    expect(s.sources).not.toContain('Justice and Development Party');
  });
});

describe('an official who calls on protesters to leave', () => {
  it('answers the protest and is not what it is against', () => {
    const s = sidesOf(
      'وطالب رئيس الحكومة الأردنية بشر الخصاونة المحتجين بمغادرة مبنى مجلس النواب فورا، بعد أن اعتصموا فيه منذ الصباح.',
      'PROTEST',
    );
    expect(s.targets).not.toContain('Bisher Khasawneh');
    expect(s.targets).not.toContain('Government (Jordan)');
    expect(s.targets).toContain('مجلس النواب');
  });
});

describe('an official whose convoy an attack struck', () => {
  it('is its target, named after the convoy and his office', () => {
    const s = sidesOf(
      'استهدف تفجير موكب وزير الداخلية المصري محمد إبراهيم في مدينة نصر، ما أدى إلى إصابة 20 شخصا بينهم 10 من رجال الشرطة.',
      'ASSAULT',
    );
    expect(s.targets).toContain('محمد إبراهيم');
    expect(s.targets).not.toContain('Egypt civilians');
  });
  it('is its target when he survived it, his guards killed beside him no sector of their own', () => {
    const s = sidesOf(
      'نجا وزير الداخلية اليمني إبراهيم حيدان من محاولة اغتيال بسيارة مفخخة انفجرت أمام موكبه في عدن، ما أدى إلى مقتل ثلاثة من جنود حراسته.',
      'ASSAULT',
    );
    expect(s.targets).toEqual(['إبراهيم حيدان']);
  });
  it('keeps the sectors another report guessed from the dead out of the happening', () => {
    const r = record('ASSAULT', [
      'قتل جنديان ومدني في انفجار سيارة مفخخة في عدن صباح اليوم.',
      'نجا وزير الداخلية اليمني إبراهيم حيدان من محاولة اغتيال بسيارة مفخخة انفجرت أمام موكبه في عدن.',
    ]);
    const targets = r.targets.map((e) => e.en);
    expect(targets).toContain('إبراهيم حيدان');
    expect(targets.filter((t) => /civilians|military/.test(t))).toEqual([]);
  });
  it("is not the speaker who told of another's convoy", () => {
    const s = sidesOf(
      'وقال المتحدث باسم الشرطة أحمد سالم إن التفجير استهدف موكبه صباح اليوم في عدن.',
      'ASSAULT',
    );
    expect(s.targets).not.toContain('أحمد سالم');
  });
});
