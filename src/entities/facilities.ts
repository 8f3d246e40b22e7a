// Facilities and districts named after a place or a person are one name, a place (or, for a
// university, a body) of their own: "مطار عدن الدولي" is the airport, not Aden; "ميناء الحديدة",
// "مستشفى الفاشر", "مطار رفيق الحريري", "جامعة دمشق", "ضاحية بيروت الجنوبية", "الضاحية الجنوبية".
// The words are in data/kb/facilities.json.
import { loadData } from '../data.js';
import { normalize } from '../arabic/normalize.js';
import { givenNames } from '../arabic/names.js';
import type { Token } from '../types.js';
import { loadKb, sameNamedCapital, type KbEntity } from './kb.js';
import { BOUNDARY, gz, NASAB, withoutProclitics } from './lookup.js';
import { distanceKm } from '../shared/geo.js';
import { royalNameAt } from './places.js';

interface FacilityWords {
  heads: Record<'LOC' | 'ORG', string[]>;
  districtHeads: string[];
  qualifiers: string[];
  compass: string[];
  unitHeads: string[];
  outsideAdjectives: string[];
  memorialHeads: string[];
  personOrgHeads: string[];
}

let words: {
  heads: Map<string, 'LOC' | 'ORG'>;
  district: Set<string>;
  qualifiers: Set<string>;
  compass: Set<string>;
  units: Set<string>;
  outside: Set<string>;
  memorial: Set<string>;
  personOrg: Set<string>;
} | null = null;
function facilityWords() {
  if (words) return words;
  const d = loadData<FacilityWords>('kb/facilities.json');
  const heads = new Map<string, 'LOC' | 'ORG'>();
  for (const type of ['LOC', 'ORG'] as const) for (const h of d.heads[type]) heads.set(normalize(h), type);
  const set = (xs: string[]) => new Set(xs.map(normalize));
  return (words = {
    heads,
    district: set(d.districtHeads),
    qualifiers: set(d.qualifiers),
    compass: set(d.compass),
    units: set(d.unitHeads),
    outside: set(d.outsideAdjectives),
    memorial: set(d.memorialHeads),
    personOrg: set(d.personOrgHeads),
  });
}

const isPlace = (e: KbEntity) => e.type === 'GPE' || e.type === 'LOC';
/** How far from its city's centre a district may lie. */
const DISTRICT_KM = 30;

export interface NamedFacility {
  first: number;
  last: number;
  type: 'LOC' | 'ORG';
  /** The KB place the name holds, if any ("عدن" in "مطار عدن الدولي"): the facility lies in it. */
  within?: KbEntity;
  /** The tokens of that place inside the name. */
  inner?: { first: number; last: number };
  /** The head's first letter is its own, not a proclitic ("فندق"). */
  headWhole?: boolean;
}

/** A place at token k ("عدن", "الرباط"), with the tokens it spans (with a preposition on it only where `preposition`: "الضاحية الجنوبية لطرابلس"). */
function placeAt(
  tokens: Token[],
  k: number,
  preposition = false,
  memorial = false,
): { last: number; place: KbEntity; honoured?: boolean } | null {
  const m = k < tokens.length ? gz(tokens, k) : null;
  const place = m?.values.find(isPlace);
  if (!m || !place) return null;
  // A complement in construct takes no preposition: "فندق بمقديشو" is a hotel in Mogadishu.
  const bare = withoutProclitics(tokens[k].norm);
  if (
    !preposition &&
    bare !== tokens[k].norm &&
    ![place.ar, ...(place.aliases ?? [])].some((a) => normalize(a).split(' ')[0] === tokens[k].norm)
  )
    return null;
  // A country is no complement of a facility's head ("مطار مصر" is rare; "جامعة الدول العربية" is a
  // body), but a capital named as its country is ("مطار الجزائر الدولي", "ميناء الكويت").
  if (place.subtype !== 'country') return { last: m.last, place };
  // "ساحة فلسطين", "ميدان الأرجنتين": a square or street may bear a country's name in its honour;
  // it lies elsewhere.
  if (memorial) return { last: m.last, place, honoured: true };
  const capital = sameNamedCapital(place);
  return capital ? { last: m.last, place: capital } : null;
}

/** A person's name at token k: a KB person, or a given name and one more name word ("رفيق الحريري", "حمد"). */
function personAt(tokens: Token[], k: number): number | null {
  if (k >= tokens.length) return null;
  const m = gz(tokens, k);
  if (m?.values[0].type === 'PERSON') return m.last;
  if (m || !givenNames().has(tokens[k].norm)) return null;
  const kb = loadKb();
  const next = tokens[k + 1]?.norm ?? '';
  // "استاد جاسم بن حمد", "مسجد محمد بن عبد الوهاب": a given name, "بن" and his father's name.
  const father = tokens[k + 2]?.norm ?? '';
  if (NASAB.test(next) && (givenNames().has(father) || father === 'عبد'))
    return father === 'عبد' && /^ال\S{2,}$/.test(tokens[k + 3]?.norm ?? '') ? k + 3 : k + 2;
  // "رفيق الحريري": a family name the KB knows as someone else's still ends this name.
  const known = k + 1 < tokens.length ? gz(tokens, k + 1) : null;
  const free = !known || (known.last === k + 1 && known.values[0].type === 'PERSON');
  if (
    next &&
    free &&
    !facilityWords().qualifiers.has(next) &&
    !kb.notNames.has(next) &&
    (givenNames().has(next) || /^ال\S{3,}$/.test(next))
  )
    return k + 1;
  return k;
}

export function namedFacilityAt(text: string, tokens: Token[], i: number): NamedFacility | null {
  const w = facilityWords();
  const head = withoutProclitics(tokens[i].norm);
  const apart = (k: number) => BOUNDARY.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start));
  if (i + 1 >= tokens.length || apart(i + 1)) return null;
  // ("سُجن علي حداد": a head written with a damma on its first letter is a passive verb.)
  if (/^[وف]?\S\u064f/.test(text.slice(tokens[i].span.start, tokens[i].span.end))) return null;
  // "ضاحية بيروت الجنوبية", "الضاحية الجنوبية": a district named by its city and a compass word.
  if (w.district.has(head) || w.district.has(tokens[i].norm)) {
    const p = placeAt(tokens, i + 1);
    const k = p ? p.last + 1 : i + 1;
    if (k >= tokens.length || apart(k) || !w.compass.has(tokens[k].norm)) return null;
    // "الضاحية الجنوبية لطرابلس": the city may follow the compass word, with لـ.
    const after =
      !p && k + 1 < tokens.length && !apart(k + 1) && tokens[k + 1].norm.startsWith('ل')
        ? placeAt(tokens, k + 1, true)
        : null;
    const city = p ?? after;
    // The KB holds the district itself ("الضاحية الجنوبية" is Beirut's): its own entry, the city
    // after it a place of its own ("الضاحية الجنوبية لبيروت"), unless that city lies elsewhere.
    const whole = gz(tokens, i);
    const held = whole && whole.last >= k ? whole.values.find(isPlace) : undefined;
    const km = held && after ? distanceKm(held.coordinates, after.place.coordinates) : null;
    if (held && (!after || (km !== null && km <= DISTRICT_KM))) return null;
    return {
      first: i,
      last: after?.last ?? k,
      type: 'LOC',
      within: city?.place,
      inner: p ? { first: i + 1, last: p.last } : after ? { first: k + 1, last: after.last } : undefined,
    };
  }
  // ("وأدى الملك اليمين": the verb أدّى with "و" on it, not the head "وادي", valley.)
  if (tokens[i].norm === 'وادي' && /^[وف][أإ]/.test(text.slice(tokens[i].span.start, tokens[i].span.end)))
    return null;
  // "مركز محمد بن راشد": a head that names a body only after a person's name (else a district's centre).
  // ("مركز الملك عبد الله للحوار الوطني", "دارة الملك عبدالعزيز": a king's or prince's name too.)
  if (w.personOrg.has(head) && !gz(tokens, i)) {
    const m = gz(tokens, i + 1);
    const name = m?.values[0].type === 'PERSON' ? m.last : royalNameAt(text, tokens, i + 1);
    if (name === null) return null;
    const field = bodyField(text, tokens, withQualifiers(text, tokens, name));
    return { first: i, last: withQualifiers(text, tokens, field), type: 'ORG' };
  }
  const headWhole = !w.heads.has(head) && w.heads.has(tokens[i].norm);
  const type = w.heads.get(head) ?? w.heads.get(tokens[i].norm);
  if (!type) return null;
  // "مطار خليج نيوم": a facility named after a named place ("خليج نيوم") that has a head of its own.
  const nested =
    type === 'LOC' && w.heads.get(tokens[i + 1].norm) === 'LOC' ? namedFacilityAt(text, tokens, i + 1) : null;
  const p = nested ? null : placeAt(tokens, i + 1, false, w.memorial.has(headWhole ? tokens[i].norm : head));
  // ("منفذ على البحر": "على" written with ى is the preposition, not the given name "علي".)
  const preposition = /ى$/.test(text.slice(tokens[i + 1].span.start, tokens[i + 1].span.end));
  // ("جامعة الملك سعود", "مؤسسة زايد": a body's head takes a person's name the KB holds; a
  // facility's any person's name.)
  const person = preposition ? null : personAt(tokens, i + 1);
  const known = person !== null && gz(tokens, i + 1)?.values[0].type === 'PERSON';
  let last = nested?.last ?? p?.last ?? (type === 'LOC' || known ? person : null);
  if (last === null || last === undefined) return null;
  // (Only one named after a KB place; the KB holding the whole, "ميناء رأس عيسى", is its own entry.)
  if (nested) {
    const whole = gz(tokens, i);
    return nested.within && !(whole && whole.last >= nested.last) ? { ...nested, first: i, headWhole } : null;
  }
  // "مطار الرباط – سلا", "مطار الرباط سلا": a facility of two towns.
  if (p) {
    const second = placeAt(tokens, last + 1);
    // (Never across a line: a dateline's city after a headline's last word is no second town.)
    if (second && /^[ \t]*[-–]?[ \t]*$/.test(text.slice(tokens[last].span.end, tokens[last + 1].span.start)))
      last = second.last;
  }
  last = withQualifiers(text, tokens, last);
  if (type === 'ORG' && !p) last = bodyField(text, tokens, last);
  // The KB holds the facility itself ("معبر رفح", "قاعدة عين الأسد"): its own entry, not a made one.
  const whole = gz(tokens, i);
  if (whole && whole.last >= (p?.last ?? last)) return null;
  return {
    first: i,
    last,
    type,
    within: p?.honoured ? undefined : p?.place,
    inner: p && !p.honoured ? { first: i + 1, last: p.last } : undefined,
    headWhole,
  };
}

/**
 * A body named after a person runs on through its field ("مركز محمد بن راشد للفضاء", "جامعة الملك
 * عبدالله للعلوم والتقنية"): a noun with "لل" and one more joined by "و".
 */
function bodyField(text: string, tokens: Token[], last: number): number {
  const joined = (k: number) =>
    k < tokens.length && !BOUNDARY.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start));
  if (!joined(last + 1) || !/^لل\S{3,}$/.test(tokens[last + 1].norm) || gz(tokens, last + 1)) return last;
  last++;
  // (Not a conjunct with an adjective of its own: "للإغاثة والأعمال الإنسانية".)
  return joined(last + 1) &&
    /^وال\S{3,}$/.test(tokens[last + 1].norm) &&
    !(joined(last + 2) && tokens[last + 2].norm.startsWith('ال'))
    ? last + 1
    : last;
}

/** A head of a settlement or administrative unit ("منطقة", "إقليم", "بمحافظة"), which stays outside a place's name. */
export function isUnitHead(token: string): boolean {
  return facilityWords().units.has(withoutProclitics(token)) || facilityWords().units.has(token);
}

const YEAR_ADJECTIVE = /^ال(?:ماضي|مقبل|جاري|حالي|فايت|منصرم)$|^\d/;

/** The facility's name runs on through its qualifiers ("مطار الملك خالد الدولي", "قاعدة حميميم الجوية"). */
export function withQualifiers(text: string, tokens: Token[], last: number): number {
  const w = facilityWords();
  while (
    last + 1 < tokens.length &&
    !BOUNDARY.test(text.slice(tokens[last].span.end, tokens[last + 1].span.start)) &&
    w.qualifiers.has(tokens[last + 1].norm) &&
    // ("مستشفى العريش العام", but not "مطار بغداد العام الماضي": a year is when.)
    !(tokens[last + 1].norm === 'العام' && YEAR_ADJECTIVE.test(tokens[last + 2]?.norm ?? ''))
  )
    last++;
  return last;
}

/** An adjective that stays outside a place's name ("المحتلة", "القريب"). */
export function isOutsideAdjective(token: string): boolean {
  return facilityWords().outside.has(token);
}
