// Bodies and outlets on real news (issue #20): generic bodies named by what they are, outlets with
// foreign names, a body's short name once named in full, each class on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { readNames } from './helpers/names.js';

const names = (text: string, date = '2014-03-12') => readNames(text, date);
/** Mentions scored as names: neither nested nor descriptive. */
const named = (text: string, date?: string) =>
  names(text, date)
    .filter((m) => !m.descriptive)
    .map((m) => `${m.text}|${m.entity.type}`);

describe('a body named by what it is', () => {
  it('is a description with an adjective that describes it: ruling, armed, constitutional, high', () => {
    const text =
      'وانتقدت المعارضة الائتلاف الحاكم بشدة، فيما أطلقت المجموعة المسلحة سراح رهينتين، ونظر المجلس الدستوري في الطعن، وأمرت اللجنة الأمنية العليا بحظر التجول.';
    expect(named(text).join()).not.toMatch(/الائتلاف|المجموعة|المجلس الدستوري|اللجنة الأمنية/);
  });

  it('is a description with a country adjective after a head that names no organ', () => {
    const text =
      'وبثت الإذاعة المغربية الخبر، وقالت المقاومة العراقية إنها سترد، وأعلن وزير في حكومة تصريف الأعمال العراقية استقالته.';
    expect(named(text).join()).not.toMatch(/الإذاعة|المقاومة|تصريف/);
  });

  it('stays a name where its adjective is no describing word', () => {
    expect(named('واجتمع المجلس الأعلى للأمن برئاسة الرئيس.')).toContain('المجلس الأعلى للأمن|ORG');
    expect(named('وحذر المجلس العسكري من الفوضى.').join()).toMatch(/المجلس العسكري\|ORG/);
  });
});

describe("an outlet's name", () => {
  it('after its head without the article is a foreign name of no article', () => {
    expect(named('وقال الناطق لإذاعة كارثاج إف إم إن الوضع هادئ.').join()).toMatch(/إذاعة كارثاج/);
    expect(named('ونشرت صحيفة لاريبوبليكا صورة الموقوف.')).toContain('صحيفة لاريبوبليكا|ORG');
    expect(named('وذكرت صحيفة محلية أن الحريق امتد.').join()).not.toMatch(/صحيفة محلية/);
  });

  // (A brand after a company's kind is the brand alone, as the labelled sets 20–24 mark "شركة [[تويتر]]",
  // "مجموعة [[سيمنز]]": names46.)
  it("takes the tagger's name of a body after a company's kind as the brand", () => {
    expect(named('وأوقفت شركة كوسموس إنرجي أعمال الحفر.')).toContain('كوسموس إنرجي|ORG');
  });
});

describe("a body's short name", () => {
  it('is the body alone after a preposition once the text named it in full', () => {
    const text = 'وانتقد المحامي حركة النهضة مرارا. وطالب بحل جمعيات مقربة من النهضة، متهما إياها بالعنف.';
    expect(named(text).filter((x) => x === 'النهضة|ORG')).toHaveLength(1);
  });
});

describe("a tagged person's name", () => {
  it('ends before "على" written with ى', () => {
    expect(named('وقال شاهد إن المسلح صعد ووقف أحمد على المنصة يخطب.').join()).not.toMatch(/أحمد على/);
  });
});

describe('a person after a describing noun', () => {
  it('opens with no everyday word and no noun joined by "و" with its pronoun', () => {
    expect(
      named('وقالت المعارضة إنها ترفض المرسوم، وتقول المعارضة أنها تقاطع الانتخابات.').join(),
    ).not.toMatch(/أنها|PERSON/);
    expect(named('وكان السفير وحراسه يغادرون المبنى حين وقع الانفجار.').join()).not.toMatch(/PERSON/);
    expect(named('وقال المعارض السوداني قريب الله عثمان إن الحوار انتهى.')).toContain(
      'قريب الله عثمان|PERSON',
    );
    // (A given name that is also a word, before a family name, still opens one.)
    expect(named('وتسلمت الكاتبة المصرية أهداف سويف جائزة أدبية.')).toContain('أهداف سويف|PERSON');
  });
});

describe("an agency's initials", () => {
  it('are the agency however the letters are spaced', () => {
    const afp = names('تونس (اف ب) - أعلنت الحكومة استقالتها.').find((m) => m.text.includes('ف ب'));
    expect(afp?.entity.en).toBe('Agence France-Presse');
  });
});

describe('an office and a nisba without the article', () => {
  it('describe the holder and name no one', () => {
    expect(named('وتعد أول زيارة لرئيس تركي إلى القاهرة منذ سنوات.', '2013-05-01').join()).not.toMatch(
      /PERSON/,
    );
    expect(named('ووصل الرئيس التركي إلى القاهرة.', '2013-05-01').join()).toMatch(/PERSON/);
  });
});

describe("a body's name inside a longer phrase", () => {
  it('is the body after "قوات" and the body\'s head', () => {
    expect(named('وتقدمت لقوات المجلس الثوري الانتقالي في الجنوب.', '2011-09-01')).toContain(
      'المجلس الثوري الانتقالي|ORG',
    );
  });

  it('ends before a title after its head with the article', () => {
    const text = 'وقال الناطق باسم المجلس اللواء سالم جابر إن القوات تقدمت.';
    expect(named(text).join()).not.toMatch(/المجلس اللواء/);
  });
});
