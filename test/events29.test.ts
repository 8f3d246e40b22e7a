import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../src/types.js';
import { sideEntities as sides } from './helpers/sides.js';
import { analyzeText } from './helpers/analyze-text.js';

const countries = (xs: EntityRecord[]) => xs.map((x) => x.country ?? x.en);
const names = (xs: EntityRecord[]) => xs.map((x) => x.en);

describe('an attack on troops who answer it', () => {
  it('the force that returned fire and killed the attackers was struck, not the author', () => {
    const { sources, targets } = sides(
      'الكويت - تعرضت قوة فرنسية تجري دوريات في جزيرة بوبيان لإطلاق نار من مسلحين، فردت القوات الفرنسية بالمثل وقتلت المهاجمين.',
      'ASSAULT',
      '2020-01-01',
    );
    expect(countries(sources)).not.toContain('FRA');
    expect(countries(targets)).toContain('FRA');
  });

  it('the perpetrators a statement names carried the attack out', () => {
    const { sources, targets } = sides(
      'وحدد بيان للوزارة مرتكبي الهجوم بأنهما كويتيان: سالم عبد الله الدوسري (26 عاما) وفهد علي العنزي (21 عاما).',
      'ASSAULT',
      '2020-01-01',
    );
    expect(names(sources).join(' ')).toContain('الدوسري');
    expect(names(targets).join(' ')).not.toContain('الدوسري');
  });
});

describe('an arrest made by order of a body', () => {
  it('the body that ordered a passive arrest made it, the person named before the verb was held', () => {
    const { sources, targets } = sides(
      'أعلنت هيئة الدفاع أن الصحفي سامي العلوي أوقف مساء الأحد بأمر من وزارة الداخلية التونسية.',
      'COERCE',
      '2020-01-01',
    );
    expect(names(sources)).toContain('Ministry of Interior (Tunisia)');
    expect(names(targets)).not.toContain('Ministry of Interior (Tunisia)');
    expect(names(targets).join(' ')).toContain('العلوي');
  });
});

describe('a visit told as still to come in another act’s report', () => {
  const statusOf = (text: string) =>
    analyzeText(text, '')
      .events.filter((e) => e.type === 'CONSULT')
      .map((e) => e.status);
  it('a visit on whose eve something happened is planned', () => {
    expect(
      statusOf('نيروبي: تفجير انتحاري عند فندق يقيم فيه وفد فرنسي عشية زيارة الرئيس الفرنسي ماكرون'),
    ).toEqual(['planned']);
  });
  it('a scheduled visit, the adjective after the visitor’s name, is planned', () => {
    expect(
      statusOf(
        'وقال مسؤول فرنسي إن أعضاء الوفد الموجود في نيروبي لإعداد زيارة ماكرون المقررة لم يصابوا بأذى.',
      ),
    ).not.toContain('asserted');
  });
});

describe('a time in the relative clause of what "منذ" counts from', () => {
  it('dates that earlier act, not the visit told', () => {
    const e = analyzeText(
      'وأجرى وزير الخارجية الإماراتي عبد الله بن زايد محادثات مع الرئيس السوري بشار الأسد، في أول زيارة رسمية يقوم بها وزير إماراتي إلى سوريا منذ اتفاق المصالحة الذي أبرم بين البلدين في 2018 بوساطة روسية.',
      '2020-01-01',
    ).events.find((x) => x.type === 'CONSULT');
    expect(e?.status).toBe('asserted');
    expect(e?.date.value ?? '').not.toBe('2018');
  });
});
