// Bodies and places on real news (issue #20): quoted places after their head; each class on
// sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/entities/index.js';
import { tokenize } from '../src/arabic/tokenize.js';
import { readNames } from './helpers/names.js';

const found = (text: string, date = '2021-05-04') =>
  readNames(text, date).map((m) => `${m.text}|${m.entity.type}`);

describe('a place quoted after its head', () => {
  it('is the quoted name alone', () => {
    const got = found('وانفجرت العبوة قرب محطة "ماريلا" في ضاحية «سان روكي» شمال العاصمة.');
    expect(got).toContain('ماريلا|LOC');
    expect(got).toContain('سان روكي|LOC');
  });

  it('keeps a settlement head inside the quotes', () => {
    expect(found('وخرج سكان حي "مدينة النور" إلى الشوارع.')).toContain('مدينة النور|LOC');
  });

  it('is no place when the quotes hold a body', () => {
    expect(found('واجتمع النواب في مبنى «المجلس الوطني» وسط العاصمة.')).not.toContain('المجلس الوطني|LOC');
  });

  it('is no place when the quotes hold an adjective', () => {
    expect(found('وأعلن الجيش المنطقة "عسكرية" ودعا إلى منطقة "آمنة" على الحدود.').join()).not.toMatch(
      /عسكرية\||آمنة\|/,
    );
  });
});

describe('a body named in full and then by its short name', () => {
  it('is one name', () => {
    const got = found('وأعلنت حركة المقاومة الإسلامية حماس رفضها للمقترح.');
    expect(got).toContain('حركة المقاومة الإسلامية حماس|ORG');
    expect(got).not.toContain('حماس|ORG');
  });

  it('stays two when a bracket parts them', () => {
    expect(found('وأعلنت حركة المقاومة الإسلامية (حماس) رفضها للمقترح.')).toContain('حماس|ORG');
  });
});

// (Since names46 the kind stays outside a known outlet's name, as the labels of sets 17–24 write it:
// "شبكة [[سي إن إن]]"; the entity scorer accepts the kind inside or outside.)
describe('a network named with its head', () => {
  it('reads the outlet after "شبكة", the network and not its state', () => {
    const got = found('وقال الوزير في مقابلة مع شبكة سي إن إن الأمريكية إن المفاوضات مستمرة.');
    expect(got).toContain('سي إن إن|ORG');
    expect(got).not.toContain('الأمريكية|LOC');
  });
});

describe('further names of a country and a movement', () => {
  it('reads "الإمارات العربية" and the full name of Fatah', () => {
    const got = findEntities(
      'وصل الوفد إلى الإمارات العربية، فيما رحبت حركة التحرير الوطني الفلسطيني بالاتفاق.',
      tokenize('وصل الوفد إلى الإمارات العربية، فيما رحبت حركة التحرير الوطني الفلسطيني بالاتفاق.'),
      { date: '2021-05-04' },
    ).map((m) => `${m.text}|${m.entity.en}`);
    expect(got).toContain('الإمارات العربية|United Arab Emirates');
    expect(got).toContain('حركة التحرير الوطني الفلسطيني|Fatah');
  });
});

describe('a gate or quarter named "باب …"', () => {
  it('is head and name', () => {
    const got = found('وتجمع المحتجون في حي باب الشعرية ثم ساروا إلى باب بن سعيد وبباب المغاربة.');
    expect(got).toContain('باب الشعرية|LOC');
    expect(got).toContain('باب بن سعيد|LOC');
    expect(got).toContain('باب المغاربة|LOC');
  });

  it('is no place as a door opened or a topic', () => {
    const got = found('وقرر المجلس فتح باب الترشح وباب الحوار، وقال إن باب الأمل مفتوح.').join();
    expect(got).not.toMatch(/باب/);
  });
});
