// Where names of people, bodies and places begin and end on real news (issue #20), each class on
// short sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { verbOrWord } from '../src/entities/everyday.js';
import { readNames } from './helpers/names.js';

const names = (text: string, date = '2021-05-10') => readNames(text, date);
const shown = (text: string) => names(text).map((m) => `${m.text}|${m.entity.type}`);

describe("a person's name", () => {
  it('stops before a subject pronoun or an imperfect verb', () => {
    expect(shown('وفي الختام وقف الأمير تميم يشكر الضيوف على حضورهم.')).not.toContain('تميم يشكر|PERSON');
    expect(shown('وكان الأمير حمزة هو من طلب اللقاء.')).not.toContain('حمزة هو|PERSON');
    expect(shown('وجلس الطفلان ومعهما الشيخ ناصر يلاعبان الصقور.').join()).not.toMatch(/يلاعبان/);
  });

  it('stops before a future verb newswire has not seen, after two name words, and before "و" and a title', () => {
    expect(shown('وأفادت مصادر بأن سامر خليل حداد سيترأس الوفد.')).toContain('سامر خليل حداد|PERSON');
    expect(shown('واستقبل الوزير نزار الحلبوسي والدكتور سالم.').join()).not.toMatch(/والدكتور/);
  });

  it('stops before the verbal noun of saying that follows a quoted name', () => {
    expect(shown('ونقلت وكالة محلية عن النائب سمير عواد قوله إن الجلسة تأجلت.')).toContain(
      'سمير عواد|PERSON',
    );
  });

  it('counts a dual or four-letter imperfect and a subject pronoun as words no name carries', () => {
    for (const w of ['يتباحثان', 'يهاجمان', 'يشكر', 'هو']) expect(verbOrWord(w)).toBe(true);
    for (const w of ['يوسف', 'سليمان']) expect(verbOrWord(w)).toBe(false);
  });

  it('takes a family\'s "آل" before a name found by the tagger', () => {
    const m = names('وقال السفير آل جابر إنه يزور المدينة غداً.');
    expect(m.some((x) => x.text === 'آل جابر' && x.entity.type === 'PERSON')).toBe(true);
  });

  it('takes "علي" inside it before a nisba-shaped family name', () => {
    expect(shown('وأوضح المتحدث محمد علي العروي أن الوضع تحت السيطرة.')).toContain('محمد علي العروي|PERSON');
  });
});

describe('names the KB holds after a conjunction', () => {
  it('reads a name opening with a two-letter word after "و", but not "وإن" as a place', () => {
    const m = names('توجه الوفد إلى واشنطن وتل أبيب لإجراء محادثات.');
    expect(m.find((x) => x.text.endsWith('تل أبيب'))?.entity.en).toBe('Tel Aviv');
    expect(shown('وقال الوزير إنه سيحضر وإن صالح الجميع مقدم على كل شيء.').join()).not.toMatch(/صالح\|GPE/);
  });
});

describe('bodies', () => {
  it('ends a body the KB lacks before a place with a preposition written on it', () => {
    const s = shown('وأعلنت مفوضية الانتخابات بطرابلس فتح باب التسجيل.');
    expect(s).toContain('مفوضية الانتخابات|ORG');
    expect(s.some((x) => x.startsWith('مفوضية الانتخابات بطرابلس'))).toBe(false);
  });

  it('reads "الداخلية" and a nisba as the ministry, but not as the adjective of a definite noun', () => {
    const m = names('وأعلنت الداخلية التونسية توقيف ثلاثة مشتبه بهم.');
    expect(m.find((x) => x.text === 'الداخلية التونسية')?.entity.country).toBe('TUN');
    expect(names('ناقش النواب الشؤون الداخلية اللبنانية.').some((x) => x.text.includes('الداخلية'))).toBe(
      false,
    );
  });

  it("reads a ministry's four-word name with its nisba as one body", () => {
    const m = names('وقالت وزارة الخارجية وشؤون المغتربين الأردنية في بيان إن');
    const body = m.find((x) => x.text.startsWith('وزارة الخارجية'));
    expect(body?.text).toBe('وزارة الخارجية وشؤون المغتربين الأردنية');
    expect(body?.entity.country).toBe('JOR');
  });
});

describe("a country's name that is a nisba", () => {
  it("reads it after a definite plural as the plural's adjective, but not after a masculine adjective", () => {
    expect(
      names('واستعرض الوزيران العلاقات السعودية الإيرانية.').some((x) => x.entity.en === 'Saudi Arabia'),
    ).toBe(false);
    expect(
      names('حلقت الطائرة في الأجواء السعودية قبل هبوطها.').some((x) => x.entity.en === 'Saudi Arabia'),
    ).toBe(false);
    expect(
      names('وزار الوفد المصري السعودية الأسبوع الماضي.').some((x) => x.entity.en === 'Saudi Arabia'),
    ).toBe(true);
  });
});

describe('an office in construct with its state', () => {
  it('marks the state a place of its own, the office only a description of its holder', () => {
    const m = names('وتلقى الرئيس برقية من أمير قطر الشيخ تميم بن حمد.');
    expect(m.some((x) => x.text === 'قطر' && x.entity.en === 'Qatar')).toBe(true);
    const office = m.find((x) => x.text === 'أمير قطر');
    expect(office?.entity.en).toBe('Tamim bin Hamad');
    expect(office?.descriptive).toBe(true);
  });
});
