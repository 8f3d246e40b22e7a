import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';

const typesOf = (text: string) =>
  analyzeText(text)
    .events.filter((e) => e.status === 'asserted')
    .map((e) => e.type);

// Our own sentences: protests told in a capital, demands chanted at marches, dispersals by force,
// jailings and agreements concluded.
describe('protests, jailings and agreements told in news style', () => {
  it('reads a protest verb with the capital named as where it was held', () => {
    expect(typesOf('تظاهر آلاف الطلاب الجزائريين، يوم الجمعة، في العاصمة الجزائر.')).toContain('PROTEST');
    expect(typesOf('تظاهر مئات العراقيين في العاصمة بغداد.')).toContain('PROTEST');
  });

  it('reads protesters under protection as the object of an order, not a protest', () => {
    expect(typesOf('وكان الوزير قد أمر الشرطة بحماية المتظاهرين في ساحة التحرير.')).not.toContain('PROTEST');
  });

  it('reads a demand chanted at a march as the march, not a request', () => {
    const types = typesOf('ردد المشاركون في ساحة الإرادة بالكويت هتافات تطالب بحل البرلمان.');
    expect(types).toContain('PROTEST');
    expect(types).not.toContain('REQUEST');
    expect(typesOf('طالب المتظاهرون في العاصمة بغداد برحيل الحكومة.')).not.toContain('REQUEST');
  });

  it('still reads a government asking protesters for calm as a request', () => {
    expect(typesOf('دعت الحكومة المتظاهرين في بغداد إلى الهدوء.')).toContain('REQUEST');
  });

  it('reads a sit-in dispersed with a killing as an attack', () => {
    expect(
      typesOf('حاولت قوات الأمن فض اعتصام المحتجين أمام مقر الجيش في الخرطوم، ما أدى إلى مقتل ثلاثة أشخاص.'),
    ).toContain('ASSAULT');
    expect(typesOf('استخدمت الشرطة الغاز المسيل للدموع لفض الاعتصام أمام البرلمان في بغداد.')).not.toContain(
      'ASSAULT',
    );
  });

  it('reads a raid or a forced dispersal of protesters told with deaths as an attack by the forces', () => {
    const raid = analyzeText(
      'طوقت قوات الأمن الأردنية فجر الأحد ساحة الاعتصام في عمان، وفضّت بالقوة تجمع المعتصمين فقُتل اثنان منهم.',
    ).events.find((e) => e.type === 'ASSAULT');
    expect(raid?.participants.map((p) => [p.role, p.entity.sector ?? p.entity.institution])).toEqual([
      ['source', 'security-forces'],
      ['target', 'protesters'],
    ]);
    expect(
      typesOf(
        'قتل ثلاثة محتجين في العملية التي نفذتها الشرطة الكويتية صباح اليوم لتفريق المعتصمين أمام البرلمان.',
      ),
    ).toContain('ASSAULT');
    // (Dispersed with tear gas and no one killed: the protest, not an attack.)
    expect(typesOf('فرقت الشرطة الكويتية المعتصمين أمام البرلمان بالغاز المسيل للدموع.')).not.toContain(
      'ASSAULT',
    );
  });

  it('reads a former president sent to prison as an arrest', () => {
    expect(typesOf('قرر قاضي التحقيق في نواكشوط إيداع الرئيس السابق السجن.')).toContain('COERCE');
    expect(typesOf('أمرت المحكمة بإيداعه السجن المركزي في تونس.')).toContain('COERCE');
  });

  it('reads an agreement the sides announce having reached or concluded', () => {
    expect(
      typesOf('أعلنت حركتا فتح وحماس في القاهرة بعد جولة حوار طويلة برعاية مصرية توصلهما إلى اتفاق.'),
    ).toContain('AGREE');
    expect(
      typesOf('انتهت اليوم في الناقورة مراسم إبرام اتفاق ترسيم الحدود البحرية بين لبنان وإسرائيل.'),
    ).toContain('AGREE');
  });
});
