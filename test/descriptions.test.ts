import { describe, expect, it } from 'vitest';
import { findEntities } from '../src/entities/index.js';
import { tokenize } from '../src/arabic/tokenize.js';

const find = (text: string) => findEntities(text, tokenize(text), { date: '2023-05-01' });

describe('actors by description', () => {
  it('resolves government forces to the army of the country the text is about', () => {
    const m = find('قصفت القوات الحكومية مواقع المعارضة في ريف إدلب شمال غربي سوريا.').find(
      (x) => x.text === 'القوات الحكومية',
    );
    expect(m?.descriptive).toBe(true);
    expect(m?.entity.country).toBe('SYR');
    expect(m?.entity.type).toBe('ORG');
  });

  it('names nothing when the text is about no one country', () => {
    expect(find('قالت الحكومة إنها ستدرس الأمر.').some((x) => x.descriptive)).toBe(false);
  });

  it('takes the KB body for an institution of a country, as a description', () => {
    const m = find('قال الجيش السوداني إن قوات الدعم السريع هاجمت مدينة الفاشر.');
    const army = m.find((x) => x.text === 'الجيش السوداني');
    expect(army?.entity.en).toBe('Sudanese Armed Forces');
    expect(army?.descriptive).toBe(true);
    expect(m.find((x) => x.text === 'قوات الدعم السريع')?.descriptive).toBeUndefined();
  });

  it('reads "the coalition" as the Saudi-led coalition only in a text about Yemen', () => {
    expect(
      find('شن طيران التحالف غارات على مواقع للحوثيين في صعدة باليمن.').find(
        (x) => x.text === 'طيران التحالف',
      )?.entity.en,
    ).toBe('Saudi-led coalition');
    expect(
      find('أعلن التحالف الحاكم في ألمانيا خطة جديدة.').some((x) => x.entity.en === 'Saudi-led coalition'),
    ).toBe(false);
  });
});

describe('media as sources', () => {
  it('types outlets as media bodies, never places or people', () => {
    const m = find(
      'وأوضحت مصادر للميادين أن الوفد وصل، فيما نقلت سكاي نيوز عربية وصحيفة الشروق المصرية الخبر.',
    );
    const outlets = m.filter((x) => x.entity.type === 'ORG').map((x) => x.entity.en);
    expect(outlets).toEqual(['Al Mayadeen', 'Sky News Arabia', 'Al-Shorouk']);
    expect(m.some((x) => x.entity.type === 'GPE' || x.entity.type === 'PERSON')).toBe(false);
  });

  it('keeps a town named like an outlet a town where the text says place', () => {
    expect(
      find('قصفت الطائرات مدينة الميادين بريف دير الزور.').find((x) => x.text === 'الميادين')?.entity.en,
    ).toBe('Al Mayadin');
  });
});

describe('a body made for a country keeps one name', () => {
  it('whichever report names it first', async () => {
    const { analyzeText } = await import('./helpers/analyze-text.js');
    const names = (text: string) =>
      analyzeText(text)
        .entities.filter((m) => m.entity.id.startsWith('mirsad:institution:ministry-foreign-mrt'))
        .map((m) => m.entity.ar);
    const first = names('أعلنت الخارجية الموريتانية اليوم استدعاء سفير مالي لديها.');
    const second = names('قالت وزارة الخارجية الموريتانية في بيان إن الاتصالات مستمرة.');
    expect(first.length).toBeGreaterThan(0);
    expect(new Set([...first, ...second])).toEqual(new Set(['وزارة الخارجية (موريتانيا)']));
  });
});
