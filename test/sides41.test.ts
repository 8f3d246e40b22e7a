import { describe, expect, it } from 'vitest';
import { sidesOf } from './helpers/sides.js';

// Our own sentences, in the shapes of the threats, arrests and attacks real reports gave wrong
// (held-out sets 8 and 23).

describe('a clause set off by a comma before the verb frames the act', () => {
  it('a participle clause: the person it names is no side of the threat', () => {
    const s = sidesOf(
      'متأسيا بخطاب الزعيم العراقي الراحل صدام حسين، توعد الرئيس الإيراني حسن روحاني إسرائيل برد قاس إذا هاجمت المنشآت النووية.',
      'THREATEN',
    );
    expect(s.sources).toContain('Hassan Rouhani');
    expect(s.sources).not.toContain('Saddam Hussein');
    expect(s.targets).not.toContain('Saddam Hussein');
  });
  it('a clause a preposition opens: the group it names is no side of the arrest', () => {
    const s = sidesOf(
      'وفي ضربة موجعة لحركة النهضة، تمكنت قوات الأمن التونسية من القبض على القيادي نور الدين البحيري في العاصمة.',
      'COERCE',
    );
    expect(s.targets).not.toContain('Ennahda');
    expect(s.sources).toContain('Security forces (Tunisia)');
  });
});

describe('security services named in Maghrebi usage', () => {
  it('"المصالح الأمنية" arrests as the security forces', () => {
    const s = sidesOf(
      'أفادت مصادر مطلعة أن المصالح الأمنية اعتقلت، صباح اليوم الثلاثاء، الناشط كريم البوعزاوي في منزله بمدينة الناظور.',
      'COERCE',
    );
    expect(s.sources).toContain('Security forces (Morocco)');
  });
});

describe("a headline or a visitor's own clause is no framing clause", () => {
  it('a country before a colon still arrests', () => {
    const s = sidesOf('تونس: اعتقال رئيس البرلمان السابق راشد الغنوشي في منزله', 'COERCE');
    expect(s.sources).toContain('Tunisia');
  });
  it('the visitor before an aside and "بزيارة" still visits', () => {
    const s = sidesOf(
      'بدأ رئيس الوزراء العراقي محمد شياع السوداني جولته الخليجية، الهادفة إلى تعزيز التعاون، بزيارة دولة الكويت، حيث استقبله الأمير مشعل الأحمد الجابر الصباح.',
      'CONSULT',
    );
    expect(s.sources).toContain("Mohammed Shia' al-Sudani");
  });
});

describe('a group claiming an attack through an aside', () => {
  it('"أعلنت الحركة، عبر إذاعة تابعة لها، تبنيها للهجوم" names its author', () => {
    const s = sidesOf(
      'وقتل ثمانية جنود في هجوم على قاعدة عسكرية في إقليم شبيلي السفلى. وقد أعلنت حركة الشباب، عبر إذاعة الأندلس التابعة لها، تبنيها للهجوم.',
      'ASSAULT',
    );
    expect(s.sources).toContain('Al-Shabaab');
  });
});
