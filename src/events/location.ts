// Where an event happened: the finest place its sentence names in a phrase of place ("في قضاء
// تلعفر", "وسط بغداد", "إلى الدوحة" for a visit), never the places a call or a statement talks
// about. A phone call has no location.
import type { EntityMention, EventMention, Token } from '../types.js';
import { normalize } from '../arabic/normalize.js';
import { isCountryRecord, loadKb, record, type KbEntity } from '../entities/kb.js';
import { isWord, wordSet } from './words.js';
import { continuesName, tokenIndexAt, type SentenceView } from './context.js';

/** Finer places rank higher: a site or district, a town, a province, a country. */
export function placeLevel(m: EntityMention): number {
  const sub = loadKb().byId.get(m.entity.id)?.subtype;
  if (!sub) return m.entity.type === 'LOC' ? 4 : 1;
  if (sub === 'site' || sub === 'island') return 4;
  // "إقليم دارفور", "الضفة الغربية": an area within a country ranks with its provinces.
  if (sub === 'area') return m.entity.country ? 2 : 0;
  if (sub === 'city' || sub === 'municipality') return 3;
  if (sub === 'country') return 1;
  if (sub === 'region') return 0;
  return 2;
}

const isPlaceEntity = (m: EntityMention) =>
  (m.entity.type === 'GPE' || m.entity.type === 'LOC') && !m.entity.sector;

export function eventLocation(
  tokens: Token[],
  view: SentenceView,
  first: number,
  type: string,
  mode: string | null,
): EntityMention | null {
  if (mode === 'phone') return null;
  const places = view.entities.filter(isPlaceEntity);
  if (!places.length) return null;
  // "إلى" is where a visitor goes; for other acts it names a destination, not a scene ("المبعوث إلى اليمن").
  const at = (m: EntityMention) => tokenIndexAt(tokens, m.span.start);
  const before = (m: EntityMention, set: Set<string>) => {
    const i = at(m);
    const own = tokens[i].norm;
    // "ببغداد", "بالموصل": the preposition on the name itself.
    if (/^[وف]?ب/.test(own) && !normalize(m.entity.ar).startsWith('ب')) return true;
    for (let k = i - 1; k >= Math.max(view.from, i - 2); k--) if (marked(set, tokens[k].norm)) return true;
    return false;
  };
  // Words apart, a name counting as one ("التقى الملك عبد الله الثاني بن الحسين والرئيس محمود عباس …").
  const apart = (from: number, to: number) => {
    let n = 0;
    for (let k = from + 1; k <= to; k++) if (!continuesName(tokens, view, k)) n++;
    return n;
  };
  // The trigger's own clause: a place after a cause or purpose ("احتجاجاً على حرق المصحف في
  // ستوكهولم", "بعد …") is where that other act happened; after a topic ("بحثا التطورات في غزة")
  // it is what was discussed.
  const ownClause = (m: EntityMention) => {
    const i = at(m);
    if ((i > first && apart(first, i) > 14) || (first > i && apart(i, first) > 8)) return false;
    for (let k = Math.min(i, first) + 1; k < Math.max(i, first); k++)
      if (isWord('cause', tokens[k].norm) || isWord('topics', tokens[k].norm)) return false;
    // "… دعوا إلى التهدئة في جنوب لبنان، كما أجرى الوفدان محادثات": a place before the trigger
    // in a clause of its own.
    if (i < first)
      for (let k = i + 1; k < first; k++) if (isWord('clauseOpeners', tokens[k].norm)) return false;
    return true;
  };
  let cands = places.filter(
    (m) =>
      ownClause(m) &&
      (before(m, wordSet('placeMarks')) || (type === 'CONSULT' && before(m, wordSet('destinationMarks')))),
  );
  // "في مطار القاهرة", "مستشفى الفاشر": a facility named after its town is placed by the town,
  // which has coordinates and is what other reports name.
  cands = cands.map(
    (m) =>
      places.find((n) => n.nested && n !== m && n.span.start >= m.span.start && n.span.end <= m.span.end) ??
      m,
  );
  // "في قضاء تلعفر غربي الموصل": a place named to say where another place lies is not the scene;
  // but a street or village the map does not hold ("في شارع الرشيد شمال مدينة البصرة") is
  // placed by the town it is said to lie by, which is on the map and what other reports name.
  const referred = (m: EntityMention) => {
    const i = at(m);
    for (let k = i - 1; k >= Math.max(view.from, i - 3); k--) {
      if (!isWord('referenceMarks', tokens[k].norm)) continue;
      const o = cands.find((x) => x !== m && at(x) < k && k - at(x) <= 3);
      if (o) return o;
    }
    return null;
  };
  if (cands.length > 1) {
    const drop = new Set<EntityMention>();
    for (const m of cands) {
      const o = referred(m);
      if (o) drop.add(o.entity.coordinates || !m.entity.coordinates ? m : o);
    }
    cands = cands.filter((m) => !drop.has(m));
  }
  if (!cands.length) return null;
  const dist = (m: EntityMention) => Math.abs(at(m) - first);
  return cands.sort((a, b) => placeLevel(b) - placeLevel(a) || dist(a) - dist(b))[0];
}

// Acts of a state take place where its government sits (ICEWS and POLECAT geocode them so).
const ACTS_AT_HOME = new Set([
  'SANCTION',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'REQUEST',
  'AGREE',
  'SUPPORT',
  'CONCEDE',
]);
// Acts done where the parties meet: an agreement signed in Beijing is signed in Beijing.
const ACTS_WHERE_TOLD = new Set(['AGREE']);

/**
 * Where the report places an event its clause does not: an attack, a protest or an arrest at the
 * finest place the headline or the lead names in a phrase of place; a state's act in its capital;
 * a visit whose host country is known in that country's capital. Phone calls stay unplaced.
 */
export function settleLocations(
  events: EventMention[],
  tokens: Token[],
  lead: SentenceView[],
): EventMention[] {
  const meetings = events.filter(
    (e) => e.type === 'CONSULT' && e.mode !== 'phone' && e.status === 'asserted' && e.location,
  );
  return events.map((e) => {
    // "زيارة دولة إلى المملكة المغربية": a state visit to a country is received in its capital
    // (as ICEWS geocodes it), unless the report names the town.
    if (e.type === 'CONSULT' && e.mode === 'visit' && e.location && isCountryRecord(e.location.entity)) {
      const capital = capitalOf(e.location.entity.country!);
      if (capital)
        e = { ...e, location: { ...e.location, entity: record(capital), via: 'capital-of-country' } };
    }
    if (e.mode === 'phone' || e.status !== 'asserted') return e;
    const source = e.participants.find((p) => p.role === 'source' && p.entity.country && !p.entity.sector)
      ?.entity.country;
    // A state's act abroad is still done at home: "استدعت سفيرها في كندا" is not an act in Canada.
    if (
      e.location &&
      ACTS_AT_HOME.has(e.type) &&
      !ACTS_WHERE_TOLD.has(e.type) &&
      source &&
      e.location.entity.country !== source
    )
      e = { ...e, location: null };
    if (e.location) return e;
    // Agreements signed at a meeting are signed where the meeting is.
    const meeting = meetings.find(
      (m) =>
        m !== e &&
        m.participants.some((p) =>
          e.participants.some(
            (q) =>
              q.entity.id === p.entity.id || (!!q.entity.country && q.entity.country === p.entity.country),
          ),
        ),
    );
    if (meeting && e.type !== 'CONSULT') return { ...e, location: meeting.location };
    if (e.type === 'ASSAULT' || e.type === 'PROTEST' || e.type === 'COERCE' || e.mode === 'ceasefire') {
      const places = lead.flatMap((v) =>
        v.entities.filter(isPlaceEntity).filter((m) => headedOrAfterPreposition(tokens, v, m)),
      );
      const best = places.sort((a, b) => placeLevel(b) - placeLevel(a))[0];
      if (best) return { ...e, location: { ...best, via: 'lead' } };
      // A strike or protest the report places nowhere is in the country of those who hold it.
      const home =
        e.type === 'PROTEST'
          ? [...e.participants]
              .sort((a, b) => (a.role === 'source' ? 0 : 1) - (b.role === 'source' ? 0 : 1))
              .find((p) => p.entity.country)?.entity.country
          : undefined;
      const c = home ? loadKb().countryEntity.get(home) : undefined;
      const by = e.participants.find((p) => p.entity.country === home);
      return c && by
        ? { ...e, location: { span: by.span, text: '', entity: record(c), via: 'country-of-actor' } }
        : e;
    }
    const state =
      e.type === 'CONSULT' && e.mode === 'visit'
        ? e.participants.find((p) => p.role === 'target')?.entity.country
        : ACTS_AT_HOME.has(e.type)
          ? source
          : undefined;
    const capital = state ? capitalOf(state) : undefined;
    const by = e.participants.find((p) => p.entity.country === state);
    return capital && by
      ? { ...e, location: { span: by.span, text: '', entity: record(capital), via: 'capital-of-actor' } }
      : e;
  });
}

/**
 * A word of place before a name, with its conjunction ("وفي", "فقرب") or as "بالقرب": the word
 * itself first, since "في" begins with the letter of the conjunction "ف".
 */
function marked(set: Set<string>, norm: string): boolean {
  return set.has(norm) || set.has(norm.replace(/^[وف]/, '').replace(/^ب(?=ال)/, ''));
}

function headedOrAfterPreposition(tokens: Token[], v: SentenceView, m: EntityMention): boolean {
  const i = tokenIndexAt(tokens, m.span.start);
  const own = tokens[i].norm;
  if (/^[وف]?ب/.test(own) && !normalize(m.entity.ar).startsWith('ب')) return true;
  for (let k = i - 1; k >= Math.max(v.from, i - 2); k--)
    if (marked(wordSet('placeMarks'), tokens[k].norm)) return true;
  return false;
}

let capitals: Map<string, KbEntity> | null = null;
function capitalOf(country: string): KbEntity | undefined {
  if (!capitals) {
    capitals = new Map();
    for (const e of loadKb().entities)
      if (e.capital === 'country' && e.country && e.subtype === 'city') capitals.set(e.country, e);
  }
  return capitals.get(country);
}

/**
 * A meeting in one side's country is that side receiving the other: the guest takes the initiative
 * (the visit's convention in ICEWS and POLECAT), whichever the report names first ("التقى الملك
 * عبد الله الثاني والرئيس محمود عباس في عمّان" is Abbas visiting Jordan).
 */
export function guestsFirst(events: EventMention[]): EventMention[] {
  return events.map((e) => {
    if (e.type !== 'CONSULT' || e.mode === 'phone' || !e.location?.entity.country) return e;
    const host = e.location.entity.country;
    const people = e.participants.filter((p) => p.entity.type === 'PERSON' && p.entity.country);
    const hosts = people.filter((p) => p.entity.country === host);
    const guests = people.filter((p) => p.entity.country !== host);
    if (!hosts.length || !guests.length || hosts.every((p) => p.role === 'target')) return e;
    const guestCountries = new Set(guests.map((p) => p.entity.country));
    return {
      ...e,
      participants: e.participants.map((p) => {
        const c = p.entity.country;
        if (c === host) return { ...p, role: 'target' as const };
        if (c && guestCountries.has(c)) return { ...p, role: 'source' as const };
        return p;
      }),
    };
  });
}
