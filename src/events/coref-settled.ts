// One event per happening per document, once dates, places and sides are settled. The first fold
// (`coref.ts`) runs on each clause's raw reading; a report still tells one visit in its headline and
// again in a recap ("وكان السوداني قد قال عن الزيارة …"), one strike as "قصف" and "غارات", one
// expulsion by the state and then by its ministry. Here two asserted mentions of one type are one
// happening when nothing tells them apart: the sides of one are among the other's (or one names
// none), their days and places can be one, and the later is not marked as another occasion — a
// second or previous one ("ثاني انفجار", "الزيارة السابقة", "آخر زيارة"), a reference point in
// time ("بعد أيام من زيارة …"), or the same act with its sides reversed (a return visit, a reply).
import type { Claim, EventMention, Participant, TimeValue } from '../types.js';
import { isCountryRecord } from '../entities/kb.js';
import { placeLevel } from './location.js';
import { compatibleDates, placesAgree, toldAsAnother } from './coref.js';
import { finerMode, modesAgree } from './modes.js';
import { roleWeight } from './role-weight.js';
import { parseIso, weekdayOf } from '../time/calendar.js';

/** What a participant stands for when sides are compared: a state for its institutions. */
function sideKey(p: Participant): string {
  const e = p.entity;
  if (e.country && (isCountryRecord(e) || e.institution)) return `state:${e.country}`;
  if (e.sector) return `sector:${e.sector}`;
  return e.id;
}

/** Every side of `a` is among `b`'s: the same, or a state that one of b's own people speaks for. */
function sidesWithin(a: EventMention, b: EventMention): boolean {
  const keys = new Set(b.participants.map(sideKey));
  const people = new Set(
    b.participants.filter((p) => p.entity.type === 'PERSON').map((p) => p.entity.country),
  );
  return a.participants.every((p) => {
    const k = sideKey(p);
    return keys.has(k) || (k.startsWith('state:') && people.has(p.entity.country));
  });
}

const keysOf = (m: EventMention, role: 'source' | 'target') =>
  new Set(m.participants.filter((p) => (p.role ?? 'source') === role).map(sideKey));
const meets = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));

/** The same act with its sides reversed: a return visit, an expulsion answered by one. */
function reversed(e: EventMention, m: EventMention): boolean {
  if (e.type === 'CONSULT' && (e.mode !== 'visit' || m.mode !== 'visit')) return false;
  const [es, et, ms, mt] = [
    keysOf(e, 'source'),
    keysOf(e, 'target'),
    keysOf(m, 'source'),
    keysOf(m, 'target'),
  ];
  return meets(es, mt) && meets(et, ms) && !meets(es, ms);
}

/**
 * "اعتقال فلان" in the headline, "فتحركت قوة أمنية وداهمت الشقة" further down: an arrest whose one
 * telling names only whom it held and the other only who held is one arrest, each side given once.
 */
function completes(e: EventMention, m: EventMention): boolean {
  if (e.type !== 'COERCE' || e.mode !== 'arrest' || m.mode !== 'arrest') return false;
  return !keysOf(e, 'source').size && !keysOf(m, 'target').size;
}

/** A date that only bounds the happening or is the report's own day, given for want of one. */
const weak = (d: TimeValue, other: TimeValue) =>
  d.granularity === 'unknown' ||
  d.derivation === 'publication-bound' ||
  d.granularity === 'vague-past' ||
  (d.derivation === 'report-day' && other.derivation !== 'report-day');

function datesAgree(a: TimeValue, b: TimeValue): boolean {
  if (weak(a, b) || weak(b, a)) return true;
  if (compatibleDates(a, b)) return true;
  // "الثلاثاء" and "2024-01-16", a Tuesday.
  const wd = (x: TimeValue, y: TimeValue) =>
    x.granularity === 'weekday-only' &&
    !!x.weekday &&
    y.granularity === 'day' &&
    !!y.value &&
    !!parseIso(y.value.slice(0, 10)) &&
    weekdayOf(parseIso(y.value.slice(0, 10))!) === x.weekday;
  return wd(a, b) || wd(b, a);
}

function placesOk(e: EventMention, m: EventMention): boolean {
  if (!['ASSAULT', 'CONSULT', 'PROTEST'].includes(e.type)) return true;
  if (e.mode === 'phone' || m.mode === 'phone') return true;
  if (!placesAgree(e, m)) return false;
  // Told in two modes, an attack on a country and one on a town in it are two ("التفجيرات" in
  // Lebanon, "قصف مدفعي" on a border village).
  if (e.type === 'ASSAULT' && e.mode && m.mode && e.mode !== m.mode && e.location && m.location) {
    const [fine, coarse] =
      placeLevel(e.location) >= placeLevel(m.location) ? [e.location, m.location] : [m.location, e.location];
    if (placeLevel(coarse) <= 1 && placeLevel(fine) >= 3 && fine.entity.coordinates) return false;
    // "غارة جوية على إدلب" and "وفي ريف حماة، قصفت المدفعية …": two places the map knows, two attacks.
    if (
      e.location.entity.id !== m.location.entity.id &&
      e.location.entity.coordinates &&
      m.location.entity.coordinates
    )
      return false;
  }
  return true;
}

function sameHappening(e: EventMention, m: EventMention, text: string): boolean {
  if (e.type !== m.type || e.status !== 'asserted' || m.status !== 'asserted') return false;
  // Outlets, and one report's paragraphs, call one strike a shelling, an air raid, an explosion.
  if (e.type !== 'ASSAULT' && !modesAgree(e.mode, m.mode)) return false;
  if (e.type === 'CONSULT' && (e.mode === 'phone') !== (m.mode === 'phone') && e.mode && m.mode) return false;
  if (!datesAgree(e.date, m.date) || !placesOk(e, m)) return false;
  if (
    m.participants.length &&
    e.participants.length &&
    !sidesWithin(m, e) &&
    !sidesWithin(e, m) &&
    !completes(e, m) &&
    !completes(m, e)
  )
    return false;
  if (reversed(e, m)) return false;
  return !toldAsAnother(text, m);
}

/** Fold m into e: its triggers, its sides where they tell more, a place and a date where e has none. */
function absorb(e: EventMention, m: EventMention): void {
  e.triggers = [...e.triggers, ...m.triggers];
  // The sides e lacks come from m; a side both give keeps e's role unless m's syntax tells it
  // surer (a role read from the verb over a default). The fuller telling gives its place: "مالي
  // تستدعي سفيرها" in the headline is the act the lead tells with all three states and where.
  if (!sidesWithin(m, e)) {
    const keys = new Set(e.participants.map(sideKey));
    e.participants = [...e.participants, ...m.participants.filter((p) => !keys.has(sideKey(p)))];
    if (m.location && e.mode !== 'phone') e.location = m.location;
  }
  e.participants = e.participants.map((p) => {
    const q = m.participants.find((x) => x.entity.id === p.entity.id);
    return q && q.role !== p.role && (roleWeight.get(q) ?? 1) > (roleWeight.get(p) ?? 1) ? q : p;
  });
  for (const p of m.placesDiscussed)
    if (!e.placesDiscussed.some((q) => q.entity.id === p.entity.id))
      e.placesDiscussed = [...e.placesDiscussed, p];
  // (The place stays the first mention's, settled on its own clause; only a place it lacks is added.)
  if (e.mode !== 'phone' && m.location && !e.location) e.location = m.location;
  if (weak(e.date, m.date) && !weak(m.date, e.date)) {
    e.date = m.date;
    e.dateSpan = m.dateSpan;
  }
  e.mode = e.type === 'ASSAULT' ? (e.mode ?? m.mode) : finerMode(e.mode, m.mode);
  if (m.casualties) e.casualties = { ...m.casualties, ...e.casualties };
}

/**
 * The report's events with the mentions of one happening folded into the first, renumbered, and
 * its claims pointing to the events they now belong to.
 */
export function foldSettled<T extends EventMention>(
  events: T[],
  claims: Claim[],
  text: string,
): { events: T[]; claims: Claim[] } {
  const into = new Map<number, number>();
  const kept: T[] = [];
  for (const m of events) {
    const e = m.status === 'asserted' ? kept.find((x) => sameHappening(x, m, text)) : undefined;
    if (!e) {
      kept.push({ ...m });
      continue;
    }
    absorb(e, m);
    into.set(m.index, e.index);
  }
  if (!into.size) return { events, claims };
  const renumber = new Map(kept.map((e, i) => [e.index, i]));
  const index = (i: number) => renumber.get(into.get(i) ?? i) ?? null;
  return {
    events: kept.map((e, i) => ({ ...e, index: i })),
    claims: claims.map((c) => (c.event === null ? c : { ...c, event: index(c.event) })),
  };
}
