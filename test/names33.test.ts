// Names run on into the sentence after them, and seas named by "بحر" (branch names33). Each class
// on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/entities/index.js';
import { tokenize } from '../src/arabic/tokenize.js';
import { readNames } from './helpers/names.js';

const found = (text: string, date = '2020-01-01') =>
  readNames(text, date).map((m) => `${m.text}|${m.entity.type}`);

describe('a person name ends before the sentence goes on', () => {
  it('stops before a verb with the conjunction ف on it', () => {
    const got = found('وسُئل الجنرال ريكاردو سانشيز فأوضح أن الانسحاب سيكتمل قريبا.');
    expect(got).toContain('ريكاردو سانشيز|PERSON');
    expect(got.join()).not.toMatch(/فأوضح/);
  });

  it('keeps a family name that only looks like ف and a word', () => {
    expect(found('وترشح علي بن فليس للانتخابات الرئاسية مرة أخرى.').join()).toMatch(/بن فليس/);
  });

  it('stops before an outlet head or an everyday word with a preposition on it', () => {
    const got = found('وصرح مدير الأمن في العبد بمحافظة سيناء بأن الهجوم أوقع ضحايا.');
    expect(got.join()).not.toMatch(/بمحافظة/);
  });
});

describe('a sea named by "بحر"', () => {
  it('marks the sea with its head', () => {
    expect(found('وضرب زلزال قوي بحر إيجه صباح الجمعة.')).toContain('بحر إيجه|LOC');
    expect(found('وغرق قارب صيد في بحر العرب قبالة السواحل.')).toContain('بحر العرب|LOC');
  });

  it('reads "في بحر الأسبوع" as a span of time', () => {
    expect(found('وينتظر أن تصدر النتائج في بحر الأسبوع المقبل.').join()).not.toMatch(/بحر الأسبوع/);
  });
});

describe('a place head before a phrase, not a name', () => {
  it('reads a bare everyday word or a word with its pronoun after the head as the phrase', () => {
    expect(found('وانتشر مسلحون في منطقة ذات كثافة سكانية عالية.').join()).not.toMatch(/LOC/);
    expect(found('وسوّى السيل قرية بكاملها في الوادي.').join()).not.toMatch(/بكاملها/);
  });

  it('keeps a month or a word in construct with a name', () => {
    expect(found('وعقد اللقاء في قصر تشرين صباح الأحد.')).toContain('قصر تشرين|LOC');
    expect(found('وتجمع المحتجون في منطقة أرض المعارض قرب المطار.')).toContain('أرض المعارض|LOC');
  });

  it('reads a head written with a damma as a passive verb', () => {
    expect(found('وكان الرجل قد سُجن ثلاث سنوات قبل الإفراج عنه.').join()).not.toMatch(/LOC/);
  });
});

describe('a bare body head with indefinite adjectives', () => {
  it('is a description, not a name', () => {
    expect(found('وأعلن مجلس عسكري تولي السلطة في البلاد حتى إشعار آخر.').join()).not.toMatch(/ORG/);
  });
});

describe('the Sinai peninsula', () => {
  it('marks the name without "شبه جزيرة"', () => {
    expect(found('وقتل جنديان في هجوم وسط شبه جزيرة سيناء.')).toContain('سيناء|LOC');
  });
});

describe('a known person named again by a given name that is also a word', () => {
  it('reads the bare given name newswire writes almost only in names as the person', () => {
    const got = found('مثل صدام حسين أمام المحكمة الخاصة. وقال القاضي إن صدام رفض الإجابة.', '2006-07-01');
    expect(got.filter((m) => m.startsWith('صدام')).length).toBe(2);
  });

  it('leaves the word where no such person is named', () => {
    expect(found('ووقع صدام عنيف بين المحتجين والشرطة.').join()).not.toMatch(/PERSON/);
  });
});

describe('a person name with one more word than the KB or the tagger read', () => {
  it('takes a given name written before a KB person name', () => {
    expect(found('وبرأت المحكمة الرئيس الأسبق محمد حسني مبارك من التهم.', '2017-03-02')).toContain(
      'محمد حسني مبارك|PERSON',
    );
  });

  it('takes a given name that is also a word before a lone family name', () => {
    expect(found('وضم المنتخب التونسي علي معلول والسعوديين سامي الجابر وسالم الدوسري.')).toContain(
      'سامي الجابر|PERSON',
    );
  });

  it('stops before an office in the accusative', () => {
    const got = found('وأعلن مجلس الخلافة تشارلز ملكا على البلاد بعد وفاة والدته.');
    expect(got.join()).not.toMatch(/ملكا/);
  });
});

describe('a given name before a KB person name', () => {
  it('makes a son of another given name, and leaves the preposition على out', () => {
    const son = findEntities(
      'وقتل خالد علي عبدالله صالح في الاشتباكات.',
      tokenize('وقتل خالد علي عبدالله صالح في الاشتباكات.'),
      {
        date: '2017-12-04',
      },
    ).find((m) => m.text.startsWith('خالد'));
    expect(son?.entity.id).toMatch(/unknown/);
    expect(found('وشدد على محمد حمدان دقلو ضرورة الحوار.', '2023-05-01').join()).not.toMatch(/على محمد/);
  });
});
