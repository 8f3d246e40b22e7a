import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers/analyze-text.js';
import { record, sidesOf } from './helpers/sides.js';

// Our own sentences, in the shapes of the sides real reports gave wrong (held-out set 20): two
// ministries named by one dual head, struck by an attack.
const entitiesOf = (text: string) => analyzeText(text, '2021-01-02').entities.map((m) => m.entity.en);

describe('a dual head naming two ministries', () => {
  it('is two bodies of the text country', () => {
    const names = entitiesOf('عقدت وزارتا الداخلية والدفاع في الأردن اجتماعا أمنيا في عمان.');
    expect(names).toContain('Ministry of Interior (Jordan)');
    expect(names).toContain('Ministry of Defence (Jordan)');
  });
  it('takes the state of a dual nisba after it', () => {
    const names = entitiesOf('أصدرت وزارتا الخارجية والمالية اللبنانيتين بيانا مشتركا.');
    expect(names).toContain('Ministry of Foreign Affairs (Lebanon)');
    expect(names).toContain('Ministry of Finance (Lebanon)');
  });
});

describe('bodies an attack was aimed at', () => {
  it('are its targets, both of two ministries named by a dual head', () => {
    const s = sidesOf(
      'قتل 40 شخصا في تفجير سيارتين مفخختين استهدفتا وزارتي الخارجية والعدل في العاصمة العراقية بغداد.',
      'ASSAULT',
    );
    expect(s.targets).toContain('Ministry of Foreign Affairs (Iraq)');
    expect(s.targets).toContain('Ministry of Justice (Iraq)');
  });
  it('a ministry near whose seat a bomb went off was struck, not a reporter of the attack', () => {
    const s = sidesOf(
      'قتل 12 شخصا في انفجار سيارة مفخخة قرب مبنى وزارة المالية الأفغانية في كابول.',
      'ASSAULT',
    );
    expect(s.targets).toContain('Ministry of Finance (Afghanistan)');
  });
  it('a ministry that reports the toll stays no side', () => {
    const s = sidesOf(
      'قتل 12 شخصا في انفجار سيارة مفخخة في كابول، وقالت وزارة الصحة الأفغانية إن الحصيلة مرشحة للارتفاع.',
      'ASSAULT',
    );
    expect(s.targets).not.toContain('Ministry of Health (Afghanistan)');
    expect(s.sources).not.toContain('Ministry of Health (Afghanistan)');
  });
});

describe("a state's army attacking", () => {
  const sourcesOf = (text: string) => record('ASSAULT', [text]).sources.map((e) => e.en);
  it('abroad brings its state as a source beside it', () => {
    const s = sourcesOf('قصف الجيش التركي مواقع لحزب العمال الكردستاني في قضاء سنجار شمال العراق.');
    expect(s).toContain('Turkish Armed Forces');
    expect(s).toContain('Türkiye');
  });
  it('not at home', () => {
    expect(sourcesOf('قصف الجيش السوداني مواقع لقوات الدعم السريع في مدينة أم درمان.')).not.toContain(
      'Sudan',
    );
  });
  it('not a force that is no state army', () => {
    const s = sourcesOf('قصفت قوات الدعم السريع بالمسيرات مطار مدينة بورتسودان.');
    expect(s).toContain('Rapid Support Forces');
    expect(s).not.toContain('Sudan');
  });
});

describe('an attack on a ministry the report places nowhere', () => {
  it('is in the capital of the ministry state', () => {
    const e = analyzeText(
      'قتل 40 شخصا في تفجير شاحنتين استهدفتا وزارتي الخارجية والعدل العراقيتين صباح اليوم.',
      '2021-01-02',
    ).events.find((x) => x.type === 'ASSAULT');
    expect(e?.location?.entity.en).toBe('Baghdad');
  });
});

describe('the party or force in the title of a person arrested', () => {
  it('is no side of the arrest, between the post and the name', () => {
    const s = sidesOf('اعتقلت الشرطة الباكستانية زعيم حزب حركة الإنصاف عمران خان في إسلام آباد.', 'COERCE');
    expect(s.targets).toContain('Imran Khan');
    expect([...s.sources, ...s.targets]).not.toContain('Pakistan Tehreek-e-Insaf');
  });
  it('nor after a post apposed to the name', () => {
    const s = sidesOf(
      'أعلنت السلطات أن قوة خاصة اعتقلت قاسم مصلح، قائد عمليات "الحشد الشعبي" في الأنبار، فجر اليوم.',
      'COERCE',
    );
    expect(s.sources).not.toContain('Popular Mobilization Forces');
    expect(s.targets).not.toContain('Popular Mobilization Forces');
  });
});
