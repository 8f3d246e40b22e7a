// The knowledge base (data/kb/*.json), loaded once and indexed for matching.
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';
import { stems } from '../arabic/clitics.js';
import type { EntityRecord, EntityType } from '../types.js';

export interface Office {
  office: string;
  country: string;
  from: string;
  to: string | null;
}

export interface KbEntity extends EntityRecord {
  aliases: string[];
  /** country, governorate, city, site … */
  subtype?: string;
  nisba?: string[];
  metonymFor?: string;
  offices?: Office[];
  source?: boolean;
  /** A news agency, channel or "media reports": it reports acts, it does not act. */
  media?: boolean;
  /** A name only after its head noun ("محافظة الشرقية"): alone it is an everyday word. */
  headed?: boolean;
  population?: number;
  geonames?: number;
  /** The institution a body is of its country (army, government …). */
  kind?: string;
  /** The seat of a country's government or of a province's. */
  capital?: 'country' | 'province';
  /** The town a site lies in (its id): a palace is placed by its town, the White House by Washington. */
  within?: string;
}

interface RolesData {
  honorifics: string[];
  notNames: string[];
  offices: Record<string, string>;
  officeCountry: Record<string, string>;
  institutions: Record<string, [string, string]>;
  namedServices: string[];
  ambiguousNisbas: Record<string, string>;
  dual: string[];
  counterpart: string[];
  pairAnaphora: string[];
  everydayTokens: string[];
  orgHeads: string[];
  anchoredOrgHeads: string[];
  placeHeads: string[];
  roleNouns: string[];
  namedPlaceHeads: { settlement: string[]; facility: string[] };
  genericComplements: string[];
  descriptors: string[];
  placeCues: string[];
  everydayWords: string[];
}

export interface Kb {
  entities: KbEntity[];
  byId: Map<string, KbEntity>;
  /** normalized alias -> entities */
  aliases: Map<string, KbEntity[]>;
  /** normalized nisba adjective (without the article) -> country code */
  nisba: Map<string, string>;
  countryEntity: Map<string, KbEntity>;
  offices: Map<string, string>;
  /** Office phrases that name their country ("المتحدث باسم الكرملين" → RUS). */
  officeCountry: Map<string, string>;
  honorifics: Set<string>;
  notNames: Set<string>;
  /** Tokens that hide an alias but read as everyday words ("بحماس" = enthusiastically). */
  everydayTokens: Set<string>;
  /** Head words of a body's name ("حركة", "جبهة", "مفوضية"): with a name after them, an organisation. */
  orgHeads: Set<string>;
  /** Heads that are also everyday words: a body's name only with a place, a nisba or a word of standing in it. */
  anchoredOrgHeads: Set<string>;
  /** Head nouns of named places and facilities (ميدان، مستشفى، مخيم …). */
  placeHeads: Set<string>;
  /** Names of places that count only after their head noun ("محافظة الشرقية"), normalized. */
  headed: Map<string, KbEntity[]>;
  /** Nouns that open a role phrase (وزير، مدير، محافظ …). */
  roleNouns: Set<string>;
  /** Heads of named places: settlement (the name alone is the mention) or facility (head + name). */
  namedPlaceHeads: Map<string, 'settlement' | 'facility'>;
  genericComplements: Set<string>;
  /** Nouns that describe the person named next ("الناشط", "المعارض", "الكاتبة"). */
  descriptors: Set<string>;
  /** Words before a place name that show it is a place (في، قرب، شمالي، محافظ …). */
  placeCues: Set<string>;
  /** Everyday words of news copy the frequency list has not seen ("خالص", "سترة"). */
  everydayWords: Set<string>;
  /** Arabic name of each institution kind, the first the table gives. */
  institutionNames: Map<string, string>;
  /** Institution words that a nisba attaches to a country ("وزارة الخارجية الأردنية"). */
  institutions: Map<string, [string, string]>;
  /** Institution kinds that are a service's own name ("الأمن العام", "الدرك"): names, not descriptions. */
  namedServices: Set<string>;
  /** Nisbas that are everyday adjectives too ("مالي": Malian or financial), without article or ة → state. */
  ambiguousNisbas: Map<string, string>;
  dual: Set<string>;
  counterpart: Set<string>;
  pairAnaphora: Set<string>;
}

let kb: Kb | null = null;

export function loadKb(): Kb {
  if (kb) return kb;
  const { entities } = loadData<{ entities: KbEntity[] }>('kb/entities.json');
  const roles = loadData<RolesData>('kb/roles.json');
  const aliases = new Map<string, KbEntity[]>();
  const headed = new Map<string, KbEntity[]>();
  const nisba = new Map<string, string>();
  const countryEntity = new Map<string, KbEntity>();
  for (const e of entities) {
    for (const a of spellingVariants([e.ar, ...(e.aliases ?? [])])) {
      const k = normalize(a);
      const into = e.headed ? headed : aliases;
      const list = into.get(k) ?? [];
      if (!list.includes(e)) list.push(e);
      into.set(k, list);
    }
    // (Every country, with or without a nisba in our table: Mali, Chad, Burkina Faso act as states too.)
    if (e.subtype === 'country' && e.country) countryEntity.set(e.country, e);
    if (e.nisba && e.country) for (const n of e.nisba) nisba.set(normalize(n).replace(/^ال/, ''), e.country);
  }
  const norm = (xs: string[]) => new Set(xs.map(normalize));
  kb = {
    entities,
    byId: new Map(entities.map((e) => [e.id, e])),
    aliases,
    headed,
    nisba,
    countryEntity,
    offices: new Map(Object.entries(roles.offices).map(([k, v]) => [normalize(k), v])),
    officeCountry: new Map(Object.entries(roles.officeCountry).map(([k, v]) => [normalize(k), v])),
    institutions: new Map(Object.entries(roles.institutions).map(([k, v]) => [normalize(k), v])),
    namedServices: new Set(roles.namedServices),
    ambiguousNisbas: new Map(Object.entries(roles.ambiguousNisbas).map(([k, v]) => [normalize(k), v])),
    // The first Arabic name of each kind ("وزارة الخارجية"), for the bodies made for a country.
    institutionNames: new Map(
      Object.entries(roles.institutions)
        .reverse()
        .map(([k, v]) => [v[0], k]),
    ),
    honorifics: new Set(roles.honorifics.map(normalize)),
    notNames: new Set(roles.notNames.map(normalize)),
    everydayTokens: norm(roles.everydayTokens),
    orgHeads: norm(roles.orgHeads),
    anchoredOrgHeads: norm(roles.anchoredOrgHeads),
    placeHeads: norm(roles.placeHeads),
    roleNouns: norm(roles.roleNouns),
    namedPlaceHeads: new Map([
      ...roles.namedPlaceHeads.settlement.map((h) => [normalize(h), 'settlement'] as const),
      ...roles.namedPlaceHeads.facility.map((h) => [normalize(h), 'facility'] as const),
    ]),
    genericComplements: norm(roles.genericComplements),
    descriptors: norm(roles.descriptors),
    placeCues: norm(roles.placeCues),
    everydayWords: norm(roles.everydayWords),
    dual: norm(roles.dual),
    counterpart: norm(roles.counterpart),
    pairAnaphora: norm(roles.pairAnaphora),
  };
  return kb;
}

/** Is the entity a country itself (not a place or body in it)? */
export const isCountryRecord = (e: { id: string; country?: string }) =>
  !!e.country && loadKb().countryEntity.get(e.country)?.id === e.id;

/** The public record of an entity (what travels in annotations and exports). */
export function record(e: KbEntity): EntityRecord {
  const r: EntityRecord = { id: e.id, wikidata: e.wikidata, type: e.type as EntityType, en: e.en, ar: e.ar };
  if (e.country) r.country = e.country;
  if (e.coordinates) r.coordinates = e.coordinates;
  if (e.institution) r.institution = e.institution;
  return r;
}

/** Was the office held on `date` (ISO)? With no date: is it held now? */
export function heldOn(o: Office, date: string | null): boolean {
  const at = date ?? '9999-12-31';
  return o.from <= at && (o.to === null || at < o.to);
}

/** Who held `office` in `country` on `date` (ISO); the current holder when date is null. */
export function officeHolder(office: string, country: string, date: string | null): KbEntity | null {
  const { entities } = loadKb();
  let leaving: KbEntity | null = null;
  for (const e of entities) {
    for (const o of e.offices ?? []) {
      if (o.office !== office || o.country !== country) continue;
      if (heldOn(o, date)) return e;
      // ("الرئيس التونسي" on the day Ben Ali fled, no successor sworn in yet: still the one leaving.)
      if (date && o.to === date) leaving = e;
    }
  }
  return leaving;
}

/** "الرئيس الإيراني المنتخب": the next holder of `office`, who takes it up that day or within half a year. */
export function electedHolder(office: string, country: string, date: string | null): KbEntity | null {
  if (!date) return null;
  const until = new Date(Date.parse(date) + 183 * 86400000).toISOString().slice(0, 10);
  const next = loadKb()
    .entities.flatMap((e) => (e.offices ?? []).map((o) => ({ e, o })))
    .filter(({ o }) => o.office === office && o.country === country && o.from >= date && o.from <= until)
    .sort((a, b) => a.o.from.localeCompare(b.o.from));
  return next[0]?.e ?? null;
}

/**
 * The one holder of `office` in `country` whose Arabic name opens with `name` ("عبد الله" for
 * Abdullah bin Abdulaziz among the Saudi kings) and who held it on `date` (any time when null).
 */
export function holderNamed(
  office: string,
  country: string,
  name: string,
  date: string | null,
): KbEntity | null {
  const named = loadKb().entities.filter(
    (e) =>
      // (The office first: it rules out all but a few hundred, whose names alone are normalized.)
      (e.offices ?? []).some(
        (o) => o.office === office && o.country === country && (!date || heldOn(o, date)),
      ) && `${normalize(e.ar)} `.startsWith(`${name} `),
  );
  return named.length === 1 ? named[0] : null;
}

// Entities the layer makes on the fly, kept beside the KB's own by id so a name found twice is one entity.
const MADE = /^mirsad:(?:unknown-person|unknown-org|unknown-place|institution):/;

/** Made on the fly for a name or an institution the KB does not hold? */
export function isMadeEntity(id: string): boolean {
  return MADE.test(id);
}

// The ids made for the document being read. What a made entity holds is what this document says
// of it (the country a role gave a person, the place a made place lies in, whether a body is an
// outlet): kept past the document, it would be read into the next one, and a document's analysis
// would depend on the documents the process read before it (issue #18).
const madeIds = new Set<string>();

function made(id: string, make: () => KbEntity): KbEntity {
  const kb = loadKb();
  let e = kb.byId.get(id);
  if (!e) {
    kb.byId.set(id, (e = make()));
    madeIds.add(id);
  }
  return e;
}

/** A new document: the entities made for the one before are forgotten (findEntities calls it first). */
export function forgetMadeEntities(): void {
  if (!madeIds.size) return;
  const kb = loadKb();
  for (const id of madeIds) kb.byId.delete(id);
  madeIds.clear();
}

/** "وزارة الخارجية الأردنية" → the Jordanian foreign ministry, made on the fly when the KB has none. */
export function institutionOf(kind: [string, string], country: string): KbEntity {
  const id = `mirsad:institution:${kind[0]}-${country.toLowerCase()}`;
  return made(id, () => {
    const c = loadKb().countryEntity.get(country);
    // One Arabic name whatever text named it first: "وزارة الداخلية (العراق)".
    const word = loadKb().institutionNames.get(kind[0]);
    return {
      id,
      wikidata: null,
      type: 'ORG',
      en: `${kind[1]} (${c?.en ?? country})`,
      ar: word && c ? `${word} (${c.ar})` : '',
      aliases: [],
      country,
      source: true,
      institution: kind[0],
    };
  });
}

/** "عبد الله" and "عبدالله", "أبو بكر" and "أبوبكر", "نصر الله" and "نصرالله": the press writes compound names both ways. */
function spellingVariants(names: string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    out.add(n);
    out.add(n.replace(/(^|\s)(عبد|أبو|ابو) (?=\S)/g, '$1$2'));
    out.add(n.replace(/(^|\s)(عبد|أبو|ابو)(?=ال)/g, '$1$2 '));
    // "نصر الله" and "نصرالله", "جار الله" and "جارالله".
    out.add(n.replace(/(^|\s)(نصر|جار|فضل|عطا) الله(?=\s|$)/g, '$1$2الله'));
  }
  return [...out];
}

/** A state's standing body the KB does not hold, named without a nisba ("مجلس الشعب"): of `country`. */
export function stateBody(written: string, country: string): KbEntity {
  const base = unknownOrg(written);
  const id = `${base.id}@${country}`;
  return made(id, () => ({ ...base, id, aliases: [], country }));
}

/**
 * A body the KB does not hold, found by its head word and name; `country` when its name ends in a
 * state's nisba ("هيئة الإسعاف الإسرائيلية"): the name decides it, so one name is one entity.
 */
export function unknownOrg(written: string, media = false, country?: string): KbEntity {
  const name = withoutHeadProclitics(written);
  const id = `mirsad:unknown-org:${normalize(name).replace(/\s+/g, '-')}`;
  return made(id, () => ({
    id,
    wikidata: null,
    type: 'ORG',
    en: media ? outletName(name) : name,
    ar: name,
    aliases: [],
    media: media || undefined,
    ...(country ? { country } : {}),
  }));
}

const OUTLET_HEAD = /^(?:صحيفه|جريده|مجله|قناه|فضاييه|اذاعه|موقع)$/;
/**
 * "صحيفة لوفيجارو", "صحيفة الأنباء الكويتية", "إذاعة موزاييك": an outlet the KB does not hold goes
 * by its name, without the head noun that says what it is and its state's adjective ("لوفيجارو",
 * "الأنباء"); its Arabic name stays as the report writes it.
 */
function outletName(name: string): string {
  const words = name
    .replace(/[«»“”"]/g, ' ')
    .trim()
    .split(/\s+/);
  if (words.length < 2 || !OUTLET_HEAD.test(normalize(words[0]))) return name;
  const rest = words.slice(1);
  if (rest.length > 1 && loadKb().nisba.has(normalize(rest[rest.length - 1]).replace(/^ال/, ''))) rest.pop();
  return rest.join(' ');
}

const MARKS = /[\u064B-\u0652\u0640]/;
// Head nouns of ministries, offices and outlets besides the KB's heads of bodies' names.
const BODY_HEADS = new Set(
  'وزاره اداره مديريه دائره رئاسه سفاره قنصليه بلديه ديوان قياده شرطه نيابه مكتب مركز جريده مجله شبكه موقع تلفزيون بوابه محطه'.split(
    ' ',
  ),
);
/**
 * A body's name without the conjunction or preposition written before its head word ("والمجلس
 * الانتقالي" → "المجلس الانتقالي", "لوزارة الأوقاف" → "وزارة الأوقاف", "للحزب الحاكم" → "الحزب
 * الحاكم"): whichever rule read the name, the body is one. A head that opens with such a letter
 * ("وزارة", "لجنة") is whole.
 */
function withoutHeadProclitics(name: string): string {
  const word = /^\S+/.exec(name)?.[0];
  if (!word) return name;
  const heads = loadKb().orgHeads;
  const isHead = (s: string) => {
    const bare = s.startsWith('ال') ? s.slice(2) : s;
    return heads.has(s) || heads.has(bare) || BODY_HEADS.has(bare);
  };
  const t = normalize(word);
  if (isHead(t)) return name;
  const s = stems(t).slice(1).find(isHead);
  if (!s) return name;
  // The proclitics' letters in the written word, past vowel marks and tatweel ("لـوزارة").
  let c = 0;
  for (let n = 0; n < t.length - s.length && c < word.length; c++) if (!MARKS.test(word[c])) n++;
  while (c < word.length && MARKS.test(word[c])) c++;
  if (!/^[وفبلك\u064B-\u0652\u0640]*$/.test(word.slice(0, c))) return name;
  // ("للحزب": "لل" is the preposition and the article run together.)
  return t.endsWith(s) ? name.slice(c) : `ال${name.slice(c + 2)}`;
}

/** A person the KB does not know, named after a title, an office or a given name ("الملك ضون فيليبي السادس"). */
export function unknownPerson(
  name: string,
  country: string | undefined,
  office: string | undefined,
): KbEntity {
  const id = `mirsad:unknown-person:${normalize(name).replace(/\s+/g, '-')}`;
  const e = made(id, () => ({
    id,
    wikidata: null,
    type: 'PERSON',
    en: name,
    ar: name,
    aliases: [],
    country,
    offices: office && country ? [{ office, country, from: '0000', to: null }] : [],
  }));
  // Found first without a role, later with one: the role's country is news about the same person.
  if (!e.country && country) e.country = country;
  // Each report keeps its own spelling ("عبير موسي", "عبير موسى"): the name first seen by this
  // process must not decide it, or two workers would name one merged actor differently.
  return e.ar === name ? e : { ...e, en: name, ar: name };
}

/** A place the KB does not hold, found by the name tagger ("عين الحلوة", "دوار النابلسي"); `within`, the KB place it lies in ("مطار عدن الدولي" in Aden), gives its country and coordinates. */
export function unknownPlace(name: string, within?: KbEntity): KbEntity {
  const id = `mirsad:unknown-place:${normalize(name).replace(/\s+/g, '-')}`;
  return made(id, () => ({
    id,
    wikidata: null,
    type: 'LOC',
    en: name,
    ar: name,
    aliases: [],
    country: within?.country,
    coordinates: within?.coordinates,
  }));
}

let capitals: Map<string, KbEntity> | null = null;
/** The city that is the seat of a country's government (the country by its ISO3 code). */
export function capitalOf(country: string): KbEntity | undefined {
  if (!capitals) {
    capitals = new Map();
    for (const e of loadKb().entities)
      if (e.capital === 'country' && e.country && e.subtype === 'city') capitals.set(e.country, e);
  }
  return capitals.get(country);
}

/**
 * The capital that bears its country's name ("الجزائر", "الكويت", "تونس", "جيبوتي"): the KB
 * names it "الجزائر العاصمة", "مدينة الكويت", so the bare name reads as the country.
 */
export function sameNamedCapital(country: KbEntity): KbEntity | undefined {
  const capital = country.country ? capitalOf(country.country) : undefined;
  if (!capital || loadKb().countryEntity.get(capital.country!)?.id !== country.id) return undefined;
  const own = new Set([country.ar, ...(country.aliases ?? [])].map(normalize));
  const bare = [capital.ar, ...(capital.aliases ?? [])].map((a) =>
    normalize(a)
      .replace(/^مدينه /, '')
      .replace(/ العاصمه$/, ''),
  );
  return bare.some((a) => own.has(a)) ? capital : undefined;
}
