// Where an event happened (issue #20): own sentences in the style of real news.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';

const run = (text: string) => analyzeText(text, '2024-05-14', 'loc46');
const placeOf = (text: string, type: string) =>
  run(text).events.find((e) => e.type === type && e.status === 'asserted')?.location?.entity.en;

describe('a quarter, street or building off the map is placed by the town on the map its clause names', () => {
  it('a town, then its quarter: "في الخرطوم بحي …"', () => {
    expect(
      placeOf(
        'تظاهر آلاف المحتجين اليوم الثلاثاء في الخرطوم بحي "الشجرة الجديدة" للمطالبة بإطلاق سراح المعتقلين.',
        'PROTEST',
      ),
    ).toBe('Khartoum');
  });

  it('a town, then a street: "في مدينة حلب بشارع …"', () => {
    expect(
      placeOf(
        'قُتل خمسة مدنيين في انفجار سيارة مفخخة في مدينة حلب بشارع الورود المزدحم صباح اليوم.',
        'ASSAULT',
      ),
    ).toBe('Aleppo');
  });

  it('a quarter alone is still the place the report gives', () => {
    const at = placeOf(
      'تظاهر آلاف المحتجين اليوم الثلاثاء بحي "الشجرة الجديدة" للمطالبة بإطلاق سراح المعتقلين.',
      'PROTEST',
    );
    expect(at ?? '').not.toBe('Khartoum');
  });
});

describe("an attack placed by the town it shook or hit, told as the verb's object", () => {
  it('"هزت انفجارات العاصمة العراقية": the capital', () => {
    expect(
      placeOf(
        'قتلى وجرحى في سلسلة تفجيرات\nهزت ثلاثة انفجارات العاصمة العراقية صباح اليوم الثلاثاء، وأسفرت عن مقتل 12 شخصاً على الأقل.',
        'ASSAULT',
      ),
    ).toBe('Baghdad');
  });

  it('"ضربت سلسلة انفجارات منتجع …": the town named as the object, past the subject', () => {
    expect(
      placeOf(
        'عشرات القتلى في تفجيرات\nضربت سلسلة انفجارات منتجع الغردقة المصري فجر اليوم، فقتلت 30 شخصاً على الأقل.',
        'ASSAULT',
      ),
    ).toBe('Hurghada');
  });

  it('a town after a preposition past the verb is not its object', () => {
    const at = placeOf(
      'قتلى في تفجير\nهز انفجار عنيف سوقاً شعبية بعد ساعات من وصول الوزير إلى العاصمة العراقية.',
      'ASSAULT',
    );
    expect(at ?? '').not.toBe('Baghdad');
  });
});
