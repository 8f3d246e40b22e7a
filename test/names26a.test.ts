// Organisations on real news (issue #20): outlets named bare after a citing word, state services
// called by their own name, bodies whose name goes on past a place or an adjective, each class on
// sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/entities/index.js';
import { tokenize } from '../src/arabic/tokenize.js';
import { scoredNames } from './helpers/names.js';

/** Mentions scored as names (neither nested nor descriptive), as "text|TYPE|country". */
const named = (text: string, date = '2012-06-01') =>
  scoredNames(text, date).map((m) => `${m.text}|${m.entity.type}|${m.entity.country ?? ''}`);

describe('a KB outlet named bare', () => {
  it('is the outlet after a citing word, its office or "مع" after a word of talking', () => {
    const text =
      'وقال قائد ميداني في اتصال هاتفي مع الجزيرة إن قواته تقدمت نحو بنغازي. وقُتل عشرة أشخاص بحسب الجزيرة، وقال مدير مكتب الجزيرة في غزة إن القصف مستمر.';
    expect(named(text).filter((m) => m.startsWith('الجزيرة|ORG'))).toHaveLength(3);
  });

  it('stays unmarked after the same words when no outlet follows', () => {
    const text = 'وزار الوفد مكتب الأمم المتحدة في عمّان، وتحرك الجنود بحسب الخطة.';
    expect(named(text).join()).not.toMatch(/الخطة|مكتب/);
  });
});

describe('a state service called by its own name', () => {
  it('is a name of the text’s country after its director, building or office', () => {
    expect(
      named('وعيّن الرئيس الموريتاني العقيد أحمد سالم مديرا عاما للأمن الوطني في نواكشوط.').join(),
    ).toMatch(/للأمن الوطني\|ORG\|MRT/);
    expect(named('وانفجرت عبوة داخل مبنى الأمن القومي في دمشق.').join()).toMatch(/الأمن القومي\|ORG\|SYR/);
    expect(named('وقال الناطق باسم الديوانة في تونس إن الأعوان حجزوا البضاعة.').join()).toMatch(
      /الديوانة\|ORG\|TUN/,
    );
  });

  it('is the good it keeps elsewhere, not a body', () => {
    const text = 'واتُّهم الصحفي في الجزائر بالمساس بالأمن الوطني، وقال مستشار الأمن القومي إن الخطر قائم.';
    expect(named(text).join()).not.toMatch(/الأمن/);
  });
});

describe('a body’s name running on', () => {
  it('keeps the field a body serves after "لإدارة" and after its place', () => {
    const found = named(
      'وأعلنت اللجنة الوطنية لإدارة الكوارث حالة التأهب، ووقعت وكالة عمان للطاقة اتفاقا معها.',
    ).join();
    expect(found).toMatch(/اللجنة الوطنية لإدارة الكوارث\|ORG/);
    expect(found).toMatch(/وكالة عمان للطاقة\|ORG/);
  });

  it('stops before a participle of standing', () => {
    const found = named('وأعلن حزب العدالة الوطني المنشق عن الائتلاف مقاطعة الانتخابات.').join();
    expect(found).toMatch(/حزب العدالة الوطني\|ORG/);
    expect(found).not.toMatch(/المنشق/);
  });
});

describe('a military unit named by its number or ordinal', () => {
  it('is a body, with the arm after it', () => {
    const found = named(
      'واقتحم المسلحون مقر الفرقة الثالثة مدرع، ثم اشتبكوا مع اللواء 512 والكتيبة 14 مشاة.',
    ).join();
    expect(found).toMatch(/الفرقة الثالثة مدرع\|ORG/);
    expect(found).toMatch(/اللواء 512\|ORG/);
    expect(found).toMatch(/الكتيبة 14 مشاة\|ORG/);
  });

  it('is no name as an organ of a body named after it, nor as a rank', () => {
    const found = named(
      'وقُتل آمر اللواء الثاني في قوات العمالقة، وقال اللواء سامي الحسن إن الهجوم صُد.',
    ).join();
    expect(found).not.toMatch(/اللواء الثاني|اللواء سامي/);
  });
});

describe('a KB body named by its first word after its full name', () => {
  it('is that body where it speaks', () => {
    const text = 'قالت هيئة الحشد الشعبي إن ثلاثة قُتلوا، ثم أعلن الحشد تشييعهم في النجف.';
    const bare = findEntities(text, tokenize(text), { date: '2020-01-04' }).find((m) => m.text === 'الحشد');
    expect(bare?.entity.en).toBe('Popular Mobilization Forces');
  });

  it('is not read into the first word of another phrase', () => {
    const text = 'وقال المرصد السوري لحقوق الإنسان إن القصف تجدد، وقال المرصد الفلكي إن الهلال لم يُرَ.';
    expect(named(text).filter((m) => m.startsWith('المرصد|'))).toHaveLength(0);
  });
});

describe('a standing title with a nisba', () => {
  it('names a weather service of that state', () => {
    const text = 'وحذرت الأرصاد الإماراتية من الضباب.';
    const found = findEntities(text, tokenize(text), { date: '2021-01-01' }).map(
      (m) => `${m.text}|${m.entity.country ?? ''}`,
    );
    expect(found).toContain('الأرصاد الإماراتية|ARE');
  });
});

describe('"المنظمة الدولية"', () => {
  it('is the UN described, not named: a side, no name mention', () => {
    const text = 'وقالت منظمة أطباء بلا حدود إن فرقها تعمل في الموقع، وأوضحت المنظمة الدولية أن الوضع صعب.';
    const un = findEntities(text, tokenize(text), { date: '2021-01-01' }).find(
      (m) => m.text === 'المنظمة الدولية',
    );
    expect(un?.descriptive).toBe(true);
  });
});

describe('a service or command called by its own name', () => {
  it('is of the text’s country; a cell called terrorist is described', () => {
    const found = named('وقالت قيادة العمليات المشتركة في بغداد إن القوات فككت الخلية الإرهابية.').join();
    expect(found).toMatch(/قيادة العمليات المشتركة\|ORG\|IRQ/);
    expect(found).not.toMatch(/الخلية/);
  });
});

describe('a bank', () => {
  it('is a body by its quoted name after its head or by its place', () => {
    const found = named('وعرض مصرف "غرب آسيا" الدولار بسعر 3.7، فيما قال بنك "الرافدين" إن.').join();
    expect(found).toMatch(/غرب آسيا\|ORG/);
    expect(found).toMatch(/الرافدين\|ORG/);
  });

  it('opens no quoted name at the quote that closes the one before it', () => {
    const found = named('وبلغ السعر 15.75 لدى "سيتي بنك" و"الخليج الوطني" أمس.');
    expect(found.some((m) => m.startsWith('و|'))).toBe(false);
  });
});
