// Places on real news (issue #20): squares named for a country, datelines, a ruler title before a
// country, participles after a place, an accusative's alef; each class on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/entities/index.js';
import { tokenize } from '../src/arabic/tokenize.js';

const places = (text: string, date = '2021-05-04') =>
  findEntities(text, tokenize(text), { date })
    .filter((m) => m.via !== 'anaphora' && !m.nested && (m.entity.type === 'GPE' || m.entity.type === 'LOC'))
    .map((m) => `${m.text}|${m.entity.en}`);

describe('a square or roundabout named for a country', () => {
  it('is the square, not the country', () => {
    const found = places('واحتشد المتظاهرون في ساحة العراق وسط المدينة، ثم ساروا نحو ميدان الجزائر.');
    expect(found.join()).toMatch(/ساحة العراق\|/);
    expect(found.join()).toMatch(/ميدان الجزائر\|/);
    expect(found.join()).not.toMatch(/Iraq|Algeria/);
  });
});

describe('a country name that is also its capital', () => {
  it('is the capital in a dateline', () => {
    expect(places('الكويت - أعلنت وزارة الصحة اليوم تسجيل إصابات جديدة.')).toContain('الكويت|Kuwait City');
    expect(places('تونس 4 مايو (أ ف ب) قررت الهيئة تأجيل الجلسة.')).toContain('تونس|Tunis');
  });

  it('stays the country in running text', () => {
    expect(places('وقال الوزير إن تونس ترفض التدخل في شؤونها.')).toContain('تونس|Tunisia');
  });
});

describe('a name after a ruler title or a state head noun', () => {
  it('is the country whose formal name it completes', () => {
    const found = places('وبعث سلطان عمان برقية تهنئة إلى العاهل الأردني في عمان.');
    expect(found[0]).toBe('عمان|Oman');
    expect(found.at(-1)).toBe('عمان|Amman');
  });
});

describe('a participle after a place that takes a complement', () => {
  it('stays outside the place name', () => {
    const found = places(
      'وداهمت القوات قرية العوجا التابعة لمحافظة أريحا، وانتشرت على تلة الرادار المطلة على البلدة.',
    );
    expect(found.join()).toMatch(/العوجا\|/);
    expect(found.join()).not.toMatch(/التابعة|المطلة/);
  });
});

describe('a place name that is an everyday word', () => {
  it('is no place with an accusative alef', () => {
    const found = places(
      'وقدمت الوزارة دعما ماليا للأسر، وأقام الجيش معسكراً جديدا، وظل الحظر ساريا حتى الصباح.',
    );
    expect(found).toEqual([]);
  });
});
