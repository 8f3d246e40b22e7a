import { describe, expect, it } from 'vitest';
import { loadKb } from '../src/entities/kb.js';
import { findEntities } from '../src/entities/index.js';
import { tokenize } from '../src/arabic/tokenize.js';

const kb = loadKb();
const places = kb.entities.filter((e) => e.type === 'GPE' || e.type === 'LOC');
const find = (text: string) => findEntities(text, tokenize(text), { date: '2023-05-01' });

describe('knowledge base places', () => {
  it('gives every country and province a Wikidata id, coordinates and a country', () => {
    const admin = places.filter((e) => !['city', 'site', 'area'].includes(e.subtype ?? ''));
    expect(admin.length).toBeGreaterThan(550);
    expect(admin.filter((e) => !e.wikidata || !e.coordinates || !e.country).map((e) => e.en)).toEqual([]);
  });

  it('keeps a GeoNames town of 100,000 people or more only with its Wikidata id', () => {
    const large = places.filter((e) => e.geonames && (e.population ?? 0) >= 100_000);
    expect(large.length).toBeGreaterThan(1000);
    // Our own city table may name a large city no source gives an id for (data/kb/README.md).
    const missing = large.filter((e) => !e.wikidata).map((e) => e.en);
    expect(missing.length).toBeLessThanOrEqual(5);
  });

  it('holds one entity per id and per Wikidata id', () => {
    const ids = kb.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const qs = places.map((e) => e.wikidata).filter(Boolean);
    expect(new Set(qs).size).toBe(qs.length);
  });
});

describe('one name, several places', () => {
  it('takes the capital with nothing else to go on', () => {
    const [m] = find('وصل الوفد إلى واشنطن مساء أمس.');
    expect(m.entity.wikidata).toBe('Q61');
  });

  it('lets the countries of the text choose', () => {
    const lebanon = find('قال الجيش اللبناني إن اشتباكات وقعت في طرابلس شمالي البلاد.').find(
      (m) => m.text === 'طرابلس',
    );
    expect(lebanon?.entity.country).toBe('LBN');
    const libya = find(
      'أعلنت حكومة الوحدة الوطنية الليبية أن الهدوء عاد إلى طرابلس بعد اشتباكات في مصراتة.',
    ).find((m) => m.text === 'طرابلس');
    expect(libya?.entity.country).toBe('LBY');
  });

  it('reads the kind of place from its head noun', () => {
    const city = find('انفجرت سيارة مفخخة في مدينة البصرة جنوبي العراق.').find((m) => m.text === 'البصرة');
    expect(city?.entity.en).toBe('Basrah');
    const province = find('أعلن محافظ البصرة حظر التجوال في محافظة البصرة.').filter(
      (m) => m.text === 'البصرة',
    );
    expect(province.at(-1)?.entity.en).toBe('Basra');
  });
});
