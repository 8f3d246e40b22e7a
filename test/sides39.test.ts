import { describe, expect, it } from 'vitest';
import { sidesOf } from './helpers/sides.js';

// Our own sentences, in the shapes of the sides real reports gave wrong (held-out sets 9, 22).

describe('a parliament protesters storm or want dissolved', () => {
  it('is their target when written bare, of their own state', () => {
    const s = sidesOf(
      'اقتحم مئات المحتجين العراقيين اليوم مبنى البرلمان في بغداد احتجاجا على ترشيح رئيس جديد للوزراء.',
      'PROTEST',
    );
    expect(s.targets).toContain('Parliament (Iraq)');
    expect(s.sources).toContain('Iraq protesters');
  });
  it('is a target beside the government when both are protested', () => {
    const s = sidesOf(
      'خرجت احتجاجات في عدة مدن أردنية ضد الحكومة الحالية والبرلمان، ورفع المتظاهرون شعارات تطالب برحيلهما.',
      'PROTEST',
    );
    expect(s.targets).toContain('Parliament (Jordan)');
  });
  it('is no protester when they chant for its dissolution', () => {
    const s = sidesOf(
      'وردد المتظاهرون الكويتيون هتافات تطالب بحل مجلس الأمة خلال مسيرة نظمتها المعارضة في العاصمة الكويت.',
      'PROTEST',
    );
    expect(s.targets).toContain('Parliament (Kuwait)');
    expect(s.sources.join(' ')).not.toContain('مجلس الأمة');
  });
  it('is no target when a bill is only sent to it', () => {
    const s = sidesOf(
      'أضرب المعلمون الأردنيون اليوم احتجاجا على مشروع القانون الذي أحالته الحكومة إلى مجلس النواب.',
      'PROTEST',
    );
    expect(s.targets).not.toContain('Parliament (Jordan)');
  });
});

describe('a leader who starts a clause of his own after an attack', () => {
  it('is no target of it ("… وأردوغان يتوعد")', () => {
    const s = sidesOf('قتلى وجرحى في انفجار بوسط أنقرة وأردوغان يتوعد المنفذين', 'ASSAULT');
    expect(s.targets).not.toContain('Recep Tayyip Erdoğan');
  });
  it('stays a target when the attack is aimed at him', () => {
    const s = sidesOf('نجا الرئيس الصومالي حسن شيخ محمود من هجوم استهدف موكبه في مقديشو', 'ASSAULT');
    expect(s.targets).toContain('Hassan Sheikh Mohamud');
  });
});

describe('a police headquarters an attack struck', () => {
  it('stands for the police of the state where it happened', () => {
    const s = sidesOf(
      'قتل ثلاثة مجندين في تفجير سيارة مفخخة استهدف مديرية أمن الإسماعيلية في مصر صباح اليوم.',
      'ASSAULT',
    );
    expect(s.targets).toContain('Egypt police');
    expect(s.targets.join(' ')).not.toContain('مديرية');
  });
  it('is struck, not the attacker, named after the verbal noun', () => {
    const s = sidesOf('أعلنت وزارة الداخلية المصرية أن انتحاريا نفذ تفجير مديرية أمن أسيوط.', 'ASSAULT');
    expect(s.sources.join(' ')).not.toContain('مديرية');
  });
});
