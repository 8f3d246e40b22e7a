// Names round 36: facilities under the heads "محطة", "منفذ", "برج" and masculine heads before a
// foreign name, a club's or firm's name with its state's nisba after it, an everyday word in the
// accusative after a person's name, "آبي" (Abe, Abiy) as a name, not the particle "أبي", and
// Egyptian spellings of Guterres. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/entities/index.js';
import { tokenize } from '../src/arabic/tokenize.js';
import { scoredNames } from './helpers/names.js';

const mentions = (text: string, date = '2022-05-10') => scoredNames(text, date);
const of = (text: string, type: string, date?: string) =>
  mentions(text, date)
    .filter((m) => m.entity.type === type)
    .map((m) => m.text);

describe('facilities named by a head and a name', () => {
  it('keeps the head of a border crossing named after a town', () => {
    expect(of('وعبرت أولى الشاحنات منفذ عرعر صباح اليوم بعد إغلاق دام سنوات.', 'LOC')).toContain('منفذ عرعر');
  });

  it('reads a tower and an airport named after a tower', () => {
    expect(of('واندلع الحريق في الطابق الرابع من برج غرينفيل وامتد بسرعة.', 'LOC')).toContain('برج غرينفيل');
    expect(of('وهبطت الطائرة القادمة من القاهرة في مطار برج العرب مساء الأحد.', 'LOC')).toContain(
      'مطار برج العرب',
    );
  });

  it('takes a foreign name ending like an adjective after a masculine head', () => {
    expect(of('ونقل الرئيس الأسبق إلى سجن لاسانتيه لقضاء عقوبته.', 'LOC')).toContain('سجن لاسانتيه');
    expect(of('ووقع التصادم عند دوار نتيه على الطريق السريع.', 'LOC')).toContain('دوار نتيه');
  });

  it('takes a two-word foreign name of a facility', () => {
    expect(of('وتسربت مياه ملوثة من محطة فوكوشيما دايتشي النووية.', 'LOC')).toContain('محطة فوكوشيما دايتشي');
  });

  it('reads no place in the perpetrator of an attack or a power station', () => {
    expect(of('وقالت الشرطة إن منفذ الهجوم فر من المكان.', 'LOC')).toEqual([]);
    expect(of('وتعرضت محطة الكهرباء لأضرار جسيمة.', 'LOC')).toEqual([]);
  });

  it('never takes a second town across a line', () => {
    const found = of('وصلت القافلة إلى منفذ عرعر\nأربيل - أعلنت السلطات فتح الطريق.', 'LOC');
    expect(found).toContain('منفذ عرعر');
    expect(found.some((t) => t.includes('\n'))).toBe(false);
  });
});

describe("a state's nisba after a club's name", () => {
  it('leaves the nisba outside the club', () => {
    expect(of('وتغلب الترجي التونسي على منافسه في الدور نصف النهائي.', 'ORG')).toContain('الترجي');
  });

  it('keeps a state body with its nisba whole', () => {
    const text = 'وصادق البرلمان المصري على القانون.';
    const found = findEntities(text, tokenize(text), { date: '2022-05-10' }).map((m) => m.text);
    expect(found).toContain('البرلمان المصري');
    expect(found).not.toContain('البرلمان');
  });
});

describe('a person named before an everyday word', () => {
  it('ends the name before a word in the accusative', () => {
    const found = of('وأجرى ستولتنبرغ اتصالا بالرئيس مساء أمس.', 'PERSON');
    expect(found).toContain('ستولتنبرغ');
    expect(found.some((t) => t.includes('اتصالا'))).toBe(false);
  });

  it('reads "آبي" as a name, not the particle that takes the next word', () => {
    expect(of('اغتيل شينزو آبي برصاص مسلح خلال تجمع انتخابي.', 'PERSON', '2022-07-08')).toEqual([
      'شينزو آبي',
    ]);
    expect(of('وتوفي شينزو آبي متأثرا بجراحه.', 'PERSON', '2022-07-08')).toEqual(['شينزو آبي']);
  });

  it('links the Egyptian spelling of Guterres', () => {
    const found = mentions('وأجرى أنطونيو جوتيريس اتصالا هاتفيا بوزير الخارجية.', '2018-12-13');
    expect(found.find((m) => m.text === 'أنطونيو جوتيريس')?.entity.en).toBe('António Guterres');
  });
});

describe('a family name with the article after three name words', () => {
  it('takes a family name newswire writes inside names too', () => {
    expect(of('وفي الدائرة الثالثة حل خليل إبراهيم حسين الصالح خامسا.', 'PERSON')).toContain(
      'خليل إبراهيم حسين الصالح',
    );
  });

  it('leaves an everyday word never seen in a name outside', () => {
    expect(of('وأدى الوزير الجديد محمد عبدي فارح اليمين أمام البرلمان.', 'PERSON')).toContain(
      'محمد عبدي فارح',
    );
  });
});
