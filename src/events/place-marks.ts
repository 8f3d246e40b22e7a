// What location.ts and the rules beside it share about places: how fine a place is, which mentions
// are places, the town a site lies in, and the words of place before a name.
import type { EntityMention, Token } from '../types.js';
import { normalize } from '../arabic/normalize.js';
import { isCountryRecord, loadKb, record, unknownPlace } from '../entities/kb.js';
import { wordSet } from './words.js';
import { tokenIndexAt, type SentenceView } from './context.js';

/** Finer places rank higher: a site or district, a town, a province, a country. */
export function placeLevel(m: EntityMention): number {
  const sub = loadKb().byId.get(m.entity.id)?.subtype;
  if (!sub) return m.entity.type === 'LOC' ? 4 : 1;
  if (sub === 'site' || sub === 'island') return 4;
  // "إقليم دارفور", "الضفة الغربية": an area within a country ranks with its provinces.
  if (sub === 'area') return m.entity.country ? 2 : 0;
  if (sub === 'city' || sub === 'municipality') return 3;
  if (sub === 'country') return 1;
  // (The database's "regions" of Saudi Arabia, Morocco and Mauritania are their provinces.)
  if (sub === 'region') return m.entity.country ? 2 : 0;
  return 2;
}

export const isPlaceEntity = (m: EntityMention) =>
  (m.entity.type === 'GPE' || m.entity.type === 'LOC') && !m.entity.sector && !bareHead(m);

/** "بمنطقة المطار", "في السوق": a head noun alone, which the map does not hold, names no place. */
function bareHead(m: EntityMention): boolean {
  if (!m.entity.id.startsWith('mirsad:unknown-place:')) return false;
  const word = normalize(m.text.trim()).replace(/^[وف]?(?:ب|ل)?/, '');
  return !/\s/.test(word) && word.startsWith('ال') && wordSet('placeMarks').has(word.slice(2));
}

/**
 * "في قصر الاتحادية", "بقصر العلم": a palace or other site the knowledge base places in a town is
 * placed by that town, the finest place reports agree on and what other reports name.
 */
export function townOf(m: EntityMention): EntityMention {
  const kb = loadKb();
  const town = kb.byId.get(kb.byId.get(m.entity.id)?.within ?? '');
  return town ? { ...m, entity: record(town) } : m;
}

/**
 * A word of place before a name, with its conjunction ("وفي", "فقرب"), as "بالقرب" or with "ب"
 * ("بمدينة"): the word itself first, since "في" begins with the letter of the conjunction "ف".
 */
export function marked(set: Set<string>, norm: string): boolean {
  const bare = norm.replace(/^[وف]/, '');
  // ("بمدينة العلمين", "بمحافظة": the preposition on the head noun.)
  return set.has(norm) || set.has(bare.replace(/^ب(?=ال)/, '')) || set.has(bare.replace(/^ب(?=..)/, ''));
}

/**
 * "بالموصل", "ببغداد", "وببيروت": the preposition "بـ" on a place's name, told apart from the name's
 * own first letter ("بيروت", "بغداد" bare).
 */
export function baOnName(norm: string, ar: string): boolean {
  const rest = norm.replace(/^[وف](?=ب)/, '');
  if (!rest.startsWith('ب')) return false;
  const name = normalize(ar);
  return !name.startsWith('ب') || rest.startsWith(`ب${name.slice(0, 2)}`);
}

export function headedOrAfterPreposition(tokens: Token[], v: SentenceView, m: EntityMention): boolean {
  if (distanceReference(tokens, v, m)) return false;
  const own = tokens[tokenIndexAt(tokens, m.span.start)].norm;
  if (baOnName(own, m.entity.ar)) return true;
  return afterMark(tokens, v, m, wordSet('placeMarks')) || borderWith(tokens, v, m);
}

const BORDER = /^[وف]?(?:بال|ال)?حدود$/;
const BORDER_AREA = /^[وف]?(?:بال|ال)?منطقه$/;

/**
 * "اشتباكات عند الحدود مع أفغانستان", "على الحدود مع سوريا", "بالحدود مع X", "في المنطقة الحدودية
 * مع X": a border named by the state across it; the act is at that state's edge, the finest place
 * the sentence gives (not a topic: "اتفاق الحدود مع X" has no word of place before it).
 */
export function borderWith(tokens: Token[], v: SentenceView, m: EntityMention): boolean {
  const i = tokenIndexAt(tokens, m.span.start);
  if (i - 2 < v.from || tokens[i - 1].norm !== 'مع') return false;
  let k = i - 2;
  const area = tokens[k].norm === 'الحدوديه' && k - 1 >= v.from && BORDER_AREA.test(tokens[k - 1].norm);
  if (area) k--;
  else if (!BORDER.test(tokens[k].norm)) return false;
  if (/^[وف]?بال/.test(tokens[k].norm)) return true;
  const mark = k - 1 >= v.from ? tokens[k - 1].norm : '';
  return marked(wordSet('placeMarks'), mark) || /^[وف]?علي$/.test(mark);
}

/** A unit of distance, with its article or dual ending ("كيلومترات", "كلم", "ميلاً", "الأميال"). */
const DISTANCE_UNIT = /^(?:ال)?(?:كيلومتر|كيلومترا|كيلومترات|كيلومترين|كيلو|كلم|كم|ميل|ميلا|اميال|ميلين)$/;
const MILES = /^(?:ال)?(?:ميل|ميلا|اميال|ميلين)$/;
const DUAL_UNIT = /(?:ين)$/;
/** Number words of tens and hundreds: a count of kilometres far from the town named. */
const LARGE_NUMBER =
  /^[وف]?(?:عشرات|مئات|ميات|مايه|ميه|مايتي|ميتي|مايتين|ميتين|ثلاثمايه|اربعمايه|خمسمايه|(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(?:ون|ين))$/;
/** Connectives and modifiers between a distance and the place it is measured from. */
const DISTANCE_FILLER = /^[وف]?(?:الي|من|عن|نحو|تقريبا|حوالي|قرابه|فقط)$/;
/** Far enough that the place measured from is another place than the scene (km). */
const FAR_KM = 20;

/**
 * "على بعد 200 كيلومتر شمال غربي العاصمة مقديشو", "يقع على بعد 120 ميلاً إلى الشمال من X": a place
 * a distance is measured from, twenty kilometres or more away, is a point of reference, not where
 * anything the sentence tells happened (a few kilometres from a town — "على بعد 5 كيلومترات من
 * العاصمة" — is still its outskirts).
 */
export function distanceReference(tokens: Token[], v: SentenceView, m: EntityMention): boolean {
  const i = tokenIndexAt(tokens, m.span.start);
  for (let u = i - 1; u >= Math.max(v.from, i - 7); u--) {
    const norm = tokens[u].norm;
    if (DISTANCE_UNIT.test(norm)) return distanceKm(tokens, v, u) >= FAR_KM;
    const between =
      DISTANCE_FILLER.test(norm) ||
      marked(wordSet('placeMarks'), norm) ||
      marked(wordSet('referenceMarks'), norm) ||
      norm.startsWith('ال');
    if (!between) return false;
  }
  return false;
}

/** The distance a unit at u measures, in km; 0 when it cannot be read. */
function distanceKm(tokens: Token[], v: SentenceView, u: number): number {
  const factor = MILES.test(tokens[u].norm) ? 1.6 : 1;
  if (DUAL_UNIT.test(tokens[u].norm)) return 2 * factor;
  for (let k = u - 1; k >= Math.max(v.from, u - 3); k--) {
    const norm = tokens[k].norm;
    const digits = norm.match(/^\d+(?:[.,]\d+)?$/);
    if (digits) return Number(digits[0].replace(',', '.')) * factor;
    if (LARGE_NUMBER.test(norm)) return 100 * factor;
  }
  return 0;
}

/** One of the set's words within the two words before the name ("إلى العاصمة الإيرانية طهران"). */
export function afterMark(tokens: Token[], v: SentenceView, m: EntityMention, set: Set<string>): boolean {
  const i = tokenIndexAt(tokens, m.span.start);
  for (let k = i - 1; k >= Math.max(v.from, i - 2); k--) if (marked(set, tokens[k].norm)) return true;
  return false;
}

/** "الجديدة", "القديمة": an adjective that makes a state's name a town's or a district's. */
const TOWN_ADJECTIVE = /^(?:الجديده|الجديد|القديمه|القديم)$/;

/**
 * "في منطقة مصر الجديدة", "بحي مصر القديمة": a state's name with such an adjective after it names a
 * district or a town, not the state. The sentence with it read as a place the map does not hold,
 * lying in that state.
 */
export function withTownsNamedAfterStates(tokens: Token[], v: SentenceView, text?: string): SentenceView {
  if (!text) return v;
  let changed = false;
  const entities = v.entities.map((m) => {
    if (!isCountryRecord(m.entity) || !m.entity.country) return m;
    const next = tokenIndexAt(tokens, m.span.end - 1) + 1;
    if (next >= v.to || !TOWN_ADJECTIVE.test(tokens[next].norm)) return m;
    const state = loadKb().countryEntity.get(m.entity.country);
    // (the proclitic "ب", "و" on the state's name is no part of the town's)
    const own =
      /^[وفب]/.test(normalize(m.text)) && !normalize(m.entity.ar ?? '').startsWith(normalize(m.text)[0]);
    const start = m.span.start + (own ? 1 : 0);
    const name = text.slice(start, tokens[next].span.end);
    changed = true;
    return {
      ...m,
      span: { start, end: tokens[next].span.end },
      text: name,
      entity: record(unknownPlace(name, state)),
      via: 'place-name',
    };
  });
  return changed ? { ...v, entities } : v;
}
