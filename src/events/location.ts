// Where an event happened: the finest place its sentence names in a phrase of place ("في قضاء
// تلعفر", "وسط بغداد", "إلى الدوحة" for a visit), never the places a call or a statement talks
// about. A phone call has no location.
import type { EntityMention, EventMention, Token } from '../types.js';
import { normalize } from '../arabic/normalize.js';
import { capitalOf, isCountryRecord, loadKb, record, sameNamedCapital } from '../entities/kb.js';
import { isWord, wordSet } from './words.js';
import { continuesName, holdsTrigger, tokenIndexAt, triggerThenLead, type SentenceView } from './context.js';
import { signingPlace } from './signing-place.js';
import { isOrgHead } from './speaker-words.js';
import { withCapitalPhrases } from './capital-phrases.js';
import { seatCapital, spreadOverState, stateAsPlace, stateOfAct } from './seat-places.js';
import {
  afterMark,
  baOnName,
  borderWith,
  distanceReference,
  headedOrAfterPreposition,
  isPlaceEntity,
  marked,
  placeLevel,
  townOf,
  withTownsNamedAfterStates,
} from './place-marks.js';

export { placeLevel, townOf };

/** "البيان الصادر في باكو", "في بيان صدر من دمشق": where a statement was issued, not the scene. */
function issuedAt(tokens: Token[], v: SentenceView, m: EntityMention): boolean {
  const i = tokenIndexAt(tokens, m.span.start);
  for (let k = i - 1; k >= Math.max(v.from, i - 3); k--)
    if (/^[وف]?(?:ال)?(?:صادر|صادره|صدر|صدرت)$/.test(tokens[k].norm)) return true;
  return false;
}

/** "وزارة الدفاع في أذربيجان", "مجلس الأمن والدفاع في السودان": the body's country, not the scene. */
function ofBody(tokens: Token[], v: SentenceView, m: EntityMention): boolean {
  const i = tokenIndexAt(tokens, m.span.start);
  if (i <= v.from || tokens[i - 1].norm !== 'في') return false;
  const end = tokens[i - 2]?.span.end;
  // ("القيادة العسكرية الأميركية في إفريقيا", "قيادة القوات الأمريكية في إفريقيا": a command's or
  // office's area, a continent or a region of no one state, named after a body the KB may not hold.)
  if (placeLevel(m) === 0 && !m.entity.country && headedByBody(tokens, v, i - 1)) return true;
  // (An embassy "في بغداد" is a building there, where a protest at it is.)
  return v.entities.some(
    (b) =>
      b.entity.type === 'ORG' &&
      b.span.end === end &&
      b.entity.institution !== 'embassy' &&
      b.entity.institution !== 'consulate' &&
      !siteOf(tokens, v, b),
  );
}

/** "معسكر", "مقر", "مواقع": a site a body holds, which stands where the place after it says. */
const SITES =
  /^[وف]?(?:ب|ل)?(?:ال)?(?:معسكر|معسكرا|معسكرات|مقر|مقرا|مقرات|مقار|قاعده|قواعد|موقع|موقعا|مواقع|مخيم|مخيمات|مركز|مركزا|مراكز|مكتب|مكاتب|مخزن|مخازن|مستودع|مستودعات|معقل|معاقل|تحصينات)$/;

/**
 * "ضربت معسكراً لحركة الشباب في الصومال", "اجتماع في مقر حزب X في الخرطوم": the body owns a site
 * named right before it (a word of its purpose between: "معسكراً لتدريب حركة …"), and the place
 * after the body is where that site, and the act at it, is — not the body's country alone.
 */
function siteOf(tokens: Token[], v: SentenceView, body: EntityMention): boolean {
  const i = tokenIndexAt(tokens, body.span.start);
  for (let k = i - 1; k >= Math.max(v.from, i - 2); k--) if (SITES.test(tokens[k].norm)) return true;
  return false;
}

/** A phrase of up to three words before token k headed by an organisation's noun ("القيادة العسكرية الأميركية"). */
function headedByBody(tokens: Token[], v: SentenceView, k: number): boolean {
  for (let j = k - 1; j >= Math.max(v.from, k - 3); j--) {
    if (isOrgHead(tokens[j].norm)) return true;
    if (isWord('placeMarks', tokens[j].norm)) return false;
  }
  return false;
}

/** "للسيطرة على جيب قره باغ", "هجوم على مدينة X": what an attack is aimed at (not "ردا على X", "الحرب على X"). */
function struckAt(tokens: Token[], v: SentenceView, m: EntityMention): boolean {
  const i = tokenIndexAt(tokens, m.span.start);
  for (let k = i - 1; k >= Math.max(v.from, i - 2); k--) {
    if (tokens[k].norm !== 'علي') continue;
    // ("الحرب على غزة", "العدوان على": a topic, not this attack.)
    return k === v.from || (!isWord('cause', tokens[k - 1].norm) && !isWord('topics', tokens[k - 1].norm));
  }
  return false;
}

/** "هزّ انفجاران العاصمة X", "هزت انفجارات مدينة X": the verb of shaking or striking. */
const SHAKES = /^[وف]?(?:هز|هزت|هزا|هزتا|يهز|تهز|ضربت|ضربا|ضربتا|تضرب)$/;
const SHAKE_BREAKS = /^[وف]?(?:في|من|الي|علي|عن|منذ|بعد|قبل|الذي|التي|ان|حيث)$/;

/**
 * "الانفجارات التي ضربت X", "ضربت سلسلة انفجارات منتجع X": a place the attack shook or hit as the
 * verb's object (within a few words, across its subject, no preposition between) — read only where
 * the clause telling the attack places it nowhere (not to make a country it gives finer).
 */
function shakenAt(tokens: Token[], v: SentenceView, m: EntityMention): boolean {
  const i = tokenIndexAt(tokens, m.span.start);
  for (let k = i - 1; k >= Math.max(v.from, i - 5); k--) {
    if (SHAKES.test(tokens[k].norm)) return true;
    if (SHAKE_BREAKS.test(tokens[k].norm) || isWord('clauseOpeners', tokens[k].norm)) return false;
  }
  return false;
}

/** "في البيت الأبيض", "بالكرملين": a body named as the building it sits in (townOf places it). */
function inSeat(tokens: Token[], m: Pick<EntityMention, 'entity' | 'span'>): boolean {
  if (m.entity.type !== 'ORG' || !loadKb().byId.get(m.entity.id)?.within) return false;
  const i = tokenIndexAt(tokens, m.span.start);
  return (
    /^[وف]?ب/.test(tokens[i].norm) ||
    (i > 0 && ['في', 'داخل'].includes(tokens[i - 1].norm.replace(/^[وف](?=..)/, '')))
  );
}

/**
 * The quotation («…», "…", “…”) a span stands in, as character offsets, if any: "جولته الرامية إلى
 * «تجنيب لبنان تداعيات التصعيد في قطاع غزة»، بزيارة قطر" quotes a purpose, not where the visit is.
 */
function quotationAround(text: string, v: SentenceView, at: number): [number, number] | null {
  const body = text.slice(v.span.start, v.span.end);
  const quotes = /«[^»]*»|"[^"]*"|“[^”]*”/g;
  for (const q of body.matchAll(quotes)) {
    const start = v.span.start + q.index!;
    if (start < at && at < start + q[0].length) return [start, start + q[0].length];
  }
  return null;
}

/**
 * A word after which a place is what talks are about ("بحثا التطورات في غزة", "بالأوضاع في ليبيا",
 * "حقيقة ما يجري في السودان"), not where they are held — nor whose country makes its leader the host.
 */
const AFFAIRS = /^ال(?:وضع|اوضاع|تطورات|مستجدات|ازمه|احداث)$/;
function topicAt(tokens: Token[], k: number): boolean {
  const t = tokens[k].norm;
  if (isWord('topics', t)) return true;
  // ب/ل before a noun of the state of affairs ("بالأوضاع", "للتطورات"; not "محملة بالمساعدات").
  const bare = t
    .replace(/^[وف](?=..)/, '')
    .replace(/^ب(?=ال)/, '')
    .replace(/^لل(?=..)/, 'ال');
  if (bare !== t && AFFAIRS.test(bare)) return true;
  return k > 0 && /^[وفبل]?(?:ما|عما|مما)$/.test(tokens[k - 1].norm) && isWord('happenings', t);
}

export function eventLocation(
  tokens: Token[],
  view: SentenceView,
  first: number,
  type: string,
  mode: string | null,
  text?: string,
): EntityMention | null {
  if (mode === 'phone') return null;
  // ("في العاصمة الصينية": a capital told by its state's adjective is a place too.)
  view = withTownsNamedAfterStates(tokens, withCapitalPhrases(tokens, view), text);
  // A place quoted apart from the trigger is said, not where the act is.
  const trigQuote = text ? quotationAround(text, view, tokens[first].span.start) : null;
  // (A name alone in quotation marks is set off, not said: "يلتقي «السراج» في «أبوظبي»".)
  const quotedApart = (m: EntityMention) => {
    const q = text ? quotationAround(text, view, m.span.start) : null;
    const nameAlone = !!q && text!.slice(q[0] + 1, q[1] - 1).trim() === text!.slice(m.span.start, m.span.end);
    return !!q && !nameAlone && (!trigQuote || trigQuote[0] !== q[0]);
  };
  const places = view.entities.filter((m) => (isPlaceEntity(m) || inSeat(tokens, m)) && !quotedApart(m));
  if (!places.length) return null;
  // "إلى" is where a visitor goes; for other acts it names a destination, not a scene ("المبعوث إلى اليمن").
  const at = (m: EntityMention) => tokenIndexAt(tokens, m.span.start);
  const before = (m: EntityMention, set: Set<string>) => {
    const i = at(m);
    const own = tokens[i].norm;
    // "ببغداد", "بالموصل": the preposition on the name itself.
    if (baOnName(own, m.entity.ar)) return true;
    if (i - 1 >= view.from && marked(set, tokens[i - 1].norm)) return true;
    // Two words back, across a head or an adjective ("في مدينة بغداد", "إلى العاصمة طهران"), not
    // across a verbal noun whose object the place is ("نجحت الصين في دفع السعودية وإيران إلى …").
    const between = tokens[i - 1]?.norm ?? '';
    return (
      i - 2 >= view.from &&
      marked(set, tokens[i - 2].norm) &&
      (marked(wordSet('placeMarks'), between) || between.startsWith('ال'))
    );
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
      if (isWord('cause', tokens[k].norm) || topicAt(tokens, k)) return false;
    // "… دعوا إلى التهدئة في جنوب لبنان، كما أجرى الوفدان محادثات": a place before the trigger
    // in a clause of its own; but "وصل إلى الرياض، حيث التقى …": a meeting the clause "حيث" tells
    // right after a place is held there (not a visit, which may be one stop of a tour: "توجه إلى
    // مدينة مشهد حيث أدى زيارة إلى مرقد …").
    const where = (k: number) =>
      mode !== 'visit' && /^[وف]?حيث$/.test(tokens[k].norm) && k === tokenIndexAt(tokens, m.span.end - 1) + 1;
    if (i < first)
      for (let k = i + 1; k < first; k++)
        if (isWord('clauseOpeners', tokens[k].norm) && !where(k)) return false;
    return true;
  };
  // "أعلن هجومه على العاصمة X، استقبل …": a place an act is aimed at is not where a meeting is.
  const aimedAt = (m: EntityMention) => {
    if (type !== 'CONSULT') return false;
    const i = at(m);
    for (let k = i - 1; k >= Math.max(view.from, i - 3); k--)
      if (tokens[k].norm === 'علي' || tokens[k].norm === 'ضد') return true;
    return false;
  };
  // "والسفير الإيراني الجديد المعين لدى السعودية": where an envoy serves is his post, no destination.
  const post = (m: EntityMention) => {
    const i = at(m);
    if (i <= view.from || !/^[وف]?لدي$/.test(tokens[i - 1].norm)) return false;
    for (let k = i - 2; k >= Math.max(view.from, i - 6); k--)
      if (isWord('envoys', tokens[k].norm)) return true;
    return false;
  };
  let cands = places.filter(
    (m) =>
      ownClause(m) &&
      !post(m) &&
      !partOfWiderPlace(tokens, m) &&
      !aimedAt(m) &&
      !issuedAt(tokens, view, m) &&
      !distanceReference(tokens, view, m) &&
      // ("المتمردون الحوثيون في اليمن", "وزارة الدفاع في أذربيجان": a body's country, not the scene)
      !(placeLevel(m) <= 1 && ofBody(tokens, view, m)) &&
      (before(m, wordSet('placeMarks')) ||
        (type !== 'CONSULT' && borderWith(tokens, view, m)) ||
        (type === 'CONSULT' && before(m, wordSet('destinationMarks')))),
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
  // "استهدفت مصفاتي بقيق وخريص شرقي السعودية": the place a compass word or "قرب" refers to another
  // is the scene, marked or not, when it lies within that other place.
  cands = cands.map((m) => {
    const i = at(m);
    for (let k = i - 1; k >= Math.max(view.from, i - 2); k--) {
      if (!isWord('referenceMarks', tokens[k].norm) || /^[وف]?من$/.test(tokens[k].norm)) continue;
      const x = places.find(
        (p) =>
          !p.nested &&
          p.entity.coordinates &&
          p.entity.country === m.entity.country &&
          placeLevel(p) > placeLevel(m) &&
          // (or the first of two: "مصفاتي بقيق وخريص شرقي السعودية")
          (k - tokenIndexAt(tokens, p.span.end - 1) === 1 ||
            (k - tokenIndexAt(tokens, p.span.end - 1) === 2 && /^و/.test(tokens[k - 1].norm))),
      );
      if (x) return x;
    }
    return m;
  });
  if (cands.length > 1) {
    const drop = new Set<EntityMention>();
    for (const m of cands) {
      const o = referred(m);
      // (A state does not lie by one of its towns: "بمنطقة X شرقي القاهرة" read with X as the state
      // is placed by the town, the finer of them.)
      const wider = !!o && placeLevel(o) < placeLevel(m) && o.entity.country === m.entity.country;
      if (o) drop.add(wider || !(o.entity.coordinates || !m.entity.coordinates) ? o : m);
      // "في قصر الضيافة بالرباط", "في قصر تشانغدوك التاريخي بسيؤول": a building the map does not
      // hold is placed by the town named right after it.
      if (!m.entity.coordinates && placeLevel(m) >= 4 && townRightAfter(tokens, view, m, cands)) drop.add(m);
    }
    cands = cands.filter((m) => !drop.has(m));
  }
  if (!cands.length) return null;
  cands = offMapUnderTown(tokens, cands);
  const dist = (m: EntityMention) => Math.abs(at(m) - first);
  return townOf(cands.sort((a, b) => placeLevel(b) - placeLevel(a) || dist(a) - dist(b))[0]);
}

/**
 * "في الخرطوم بحي …", "في مدينة حلب بشارع …": a quarter, street or building the map does not hold
 * (no coordinates, no town the KB places it in) named right after a town or province on the map, in
 * the same phrase of place, gives way to it — the finest place a map can show and what other reports
 * name. (Not a town named to say where the place lies: "في حي X وسط بغداد" stays the quarter.)
 */
function offMapUnderTown(tokens: Token[], cands: EntityMention[]): EntityMention[] {
  const onMap = (m: EntityMention) => !!townOf(m).entity.coordinates && placeLevel(townOf(m)) >= 2;
  const offMap = (m: EntityMention) =>
    !m.entity.coordinates && placeLevel(m) >= 4 && !loadKb().byId.get(m.entity.id)?.within;
  const under = (m: EntityMention) => {
    const i = tokenIndexAt(tokens, m.span.start);
    return cands.find((t) => {
      if (t === m || !onMap(t)) return false;
      const gap = i - tokenIndexAt(tokens, t.span.end - 1);
      // ("بحي", "في حي", "بشارع": the quarter's own word of place between them, nothing else)
      return gap === 1 || (gap === 2 && marked(wordSet('placeMarks'), tokens[i - 1].norm));
    });
  };
  return cands.map((m) => (offMap(m) ? (under(m) ?? m) : m));
}

/**
 * A town on the map right after a place, with "بـ" or after a word of place ("قصر الضيافة بالرباط",
 * "جامع X بمدينة Y", "فندق X في Y"): within two words, or three when the place's name may run on
 * past what was read of it ("فندق السان جورج في بيروت").
 */
function townRightAfter(
  tokens: Token[],
  v: SentenceView,
  m: EntityMention,
  others: EntityMention[],
): EntityMention | undefined {
  let last = tokenIndexAt(tokens, m.span.end - 1);
  // (past the state's adjective the building's name may carry: "قصر الرئاسة السوري في العاصمة دمشق")
  if (last + 1 < v.to && loadKb().nisba.has(tokens[last + 1].norm.replace(/^ال/, ''))) last++;
  return others.find((x) => {
    if (x === m || !x.entity.coordinates || placeLevel(x) < 3) return false;
    const k = tokenIndexAt(tokens, x.span.start);
    if (k <= last || k - last > 3 || k >= v.to) return false;
    const withBa = baOnName(tokens[k].norm, x.entity.ar);
    if (withBa && k - last <= 2) return true;
    // (the word of place right before the town: "في", "بمدينة", "في مدينة")
    return marked(wordSet('placeMarks'), tokens[k - 1].norm);
  });
}

// "وجاء الإضراب تنديداً بالحرب على غزة وبحملة التهجير في القدس": a place after a word of purpose or
// cause is the grievance's, not where the strike or protest is.
/** "انفجار مرفأ بيروت", "هجوم الكرادة": a place in construct with a word for an incident names that happening. */
function namesIncident(tokens: Token[], v: SentenceView, m: EntityMention): boolean {
  const i = tokenIndexAt(tokens, m.span.start);
  return i > v.from && isWord('incidents', tokens[i - 1].norm.replace(/^[وفبل]/, ''));
}

const GRIEVANCE = /^[وف]?(?:احتجاجا|تنديدا|ردا|حدادا|تضامنا|اعتراضا|رفضا|بسبب|خلفيه)$/;
function grievanceAt(tokens: Token[], v: SentenceView, m: EntityMention): boolean {
  const i = tokenIndexAt(tokens, m.span.start);
  for (let k = i - 1; k >= Math.max(v.from, i - 10); k--) if (GRIEVANCE.test(tokens[k].norm)) return true;
  return false;
}

/**
 * "في محافظات الضفة بما فيها القدس", "ومنها", "من بينها": a part named inside a wider place is not
 * where the act is, even where the wider place is no name the KB holds.
 */
function partOfWiderPlace(tokens: Token[], m: EntityMention): boolean {
  const i = tokenIndexAt(tokens, m.span.start);
  const w = (d: number) => tokens[i - d]?.norm ?? '';
  return (
    (w(2) === 'بما' && /^في(?:ها|ه|هم)$/.test(w(1))) ||
    (w(3) === 'بما' && w(2) === 'في' && w(1) === 'ذلك') ||
    /^[وف]?منها$/.test(w(1)) ||
    (/^[وف]?من$/.test(w(2)) && w(1) === 'بينها')
  );
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
  views: SentenceView[] = lead,
  text?: string,
): EventMention[] {
  // ("إلى العاصمة السعودية": a capital told by its state's adjective is a place too.)
  const read = new Map<SentenceView, SentenceView>();
  const withCapitals = (v: SentenceView) => {
    if (!read.has(v)) read.set(v, withTownsNamedAfterStates(tokens, withCapitalPhrases(tokens, v), text));
    return read.get(v)!;
  };
  lead = lead.map(withCapitals);
  views = views.map(withCapitals);
  // "وقّعا الاتفاق في البيت الأبيض": the building where it happened is no side of it.
  events = events.map((e) => {
    const at = e.location;
    if (!at?.text) return e;
    const seat = (p: EventMention['participants'][number]) =>
      inSeat(tokens, p) && p.span.start === at.span.start && p.span.end === at.span.end;
    return e.participants.some(seat) ? { ...e, participants: e.participants.filter((p) => !seat(p)) } : e;
  });
  // A summons or a recall is placed by the envoy's post or its summoner, never by the envoy's state.
  const summoned = new Set<number>();
  events = events.map((e) => {
    if (e.status !== 'asserted' || (e.type !== 'ACCUSE' && e.type !== 'SANCTION')) return e;
    const expelled = e.type === 'SANCTION' ? expulsionScene(e, tokens, lead, views) : undefined;
    const scene = expelled !== undefined ? expelled : envoyScene(e, tokens, views);
    if (scene === undefined) return e;
    summoned.add(e.index);
    return { ...e, location: scene };
  });
  // Meetings are settled first: an agreement signed at one takes the place the meeting ends with
  // ("زيارة الوفد إلى المغرب … وصل إلى الرباط" is in Rabat), not the country its clause named.
  const settled = new Map<EventMention, EventMention>();
  for (const e of events) if (e.type === 'CONSULT') settled.set(e, settle(e, []));
  const meetings = [...settled.values()].filter(
    (e) => e.mode !== 'phone' && e.status === 'asserted' && e.location,
  );
  return events.map((e) => settled.get(e) ?? settle(e, meetings));

  function settle(e: EventMention, meetings: EventMention[]): EventMention {
    // "وصل الرئيس … إلى العاصمة X": where a visitor arrives, as the headline or the lead says, is
    // where the visit is, over a place a clause about another stop gave it ("بعد زيارة إلى مدينة Y").
    if (e.type === 'CONSULT' && e.mode !== 'phone' && e.status === 'asserted') {
      const arrived = arrivalPlace(e, tokens, lead);
      const finer =
        !!arrived &&
        !!e.location &&
        e.location.entity.country === arrived.entity.country &&
        placeLevel(e.location) > placeLevel(arrived);
      if (arrived && !finer) e = { ...e, location: arrived };
    }
    // "زيارة دولة إلى المملكة المغربية … في طهران": a state visit to a country is received in its
    // capital (as ICEWS geocodes it) when the report names that capital; else the country is the
    // finest place it gives.
    // (A meeting its guest arrives at — "لدى وصوله إلى …" — is a visit too.)
    const visit = e.mode === 'visit' || e.location?.via === 'arrival';
    if (e.type === 'CONSULT' && visit && e.location && isCountryRecord(e.location.entity)) {
      const capital = capitalOf(e.location.entity.country!);
      // ("الجزائر", "الكويت": the country's name is its capital's too.)
      const named =
        sameNamedCapital(loadKb().byId.get(e.location.entity.id)!) ||
        views.some((v) =>
          v.entities.some(
            (m) =>
              m.entity.country === capital?.country &&
              namesCapital(m) &&
              (headedOrAfterPreposition(tokens, v, m) ||
                afterMark(tokens, v, m, wordSet('destinationMarks'))),
          ),
        );
      if (capital && named)
        e = { ...e, location: { ...e.location, entity: record(capital), via: 'capital-of-country' } };
    }
    if (e.mode === 'phone' || e.status !== 'asserted' || summoned.has(e.index)) return e;
    const onTheGround =
      e.type === 'ASSAULT' || e.type === 'PROTEST' || e.type === 'COERCE' || e.mode === 'ceasefire';
    // A truce holds over the land of its war: a town the lead names beside it is where the displaced
    // return or aid comes in ("بدأ النازحون العودة … عند صيدا", "رست سفينة في مرفأ الحديدة"), no
    // place of the truce, which is that town's state.
    const truce = e.mode === 'ceasefire';
    // "خرجت تظاهرات في عدة مدن تونسية": a protest spread over a state is placed by the state.
    const spread = e.type === 'PROTEST' && spreadOverState(e, tokens, lead, views);
    const spreadState = spread ? stateOfAct(e, lead) : undefined;
    const overState = spreadState ? stateAsPlace(spreadState, e.location?.span ?? e.triggers[0].span) : null;
    if (overState) return { ...e, location: overState };
    // "اعتقلت القوات … في باكستان" under a headline "… في إسلام آباد": the clause's country is
    // the headline's town seen from afar.
    // "مسيرة … بالحسيمة" in the lead, the clause telling it further down naming a street the map
    // does not hold ("في شارع X"): the one town (or province) the lead places it in, which a map shows and other
    // reports name.
    // (Not a quarter the lead itself names, placed by the town it lies in: "في حي الكرادة وسط بغداد".)
    const atInLead = (at: EntityMention) =>
      lead.some((v) => v.span.start <= at.span.start && at.span.start < v.span.end);
    if (onTheGround && !truce && e.location && offMapSite(tokens, e.location) && !atInLead(e.location)) {
      const town = onePlace(
        leadPlaces(
          lead,
          (v, m) =>
            !m.nested &&
            !!m.entity.coordinates &&
            placeLevel(m) >= 2 &&
            headedOrAfterPreposition(tokens, v, m) &&
            !issuedAt(tokens, v, m) &&
            !ofBody(tokens, v, m) &&
            !grievanceAt(tokens, v, m),
        ).map(townOf),
      );
      if (town) e = { ...e, location: { ...town, via: 'lead' } };
    }
    if (onTheGround && !truce && e.location && placeLevel(e.location) <= 1 && e.location.entity.country) {
      const country = e.location.entity.country;
      const finer = lead
        .flatMap((v) =>
          v.entities
            .filter(isPlaceEntity)
            .filter((m) => !m.nested && m.entity.country === country && m.entity.coordinates)
            .filter((m) => placeLevel(m) >= 3 && headedOrAfterPreposition(tokens, v, m)),
        )
        .sort((a, b) => placeLevel(b) - placeLevel(a))[0];
      const struck = finer ? null : struckSite(e, tokens, views, country);
      // ("وسط العاصمة", "أمام القصر الرئاسي": the state's capital told by its kind)
      const seat = finer || struck ? null : seatCapital(e, tokens, lead, views, country);
      if (finer) e = { ...e, location: { ...finer, via: 'lead' } };
      else if (struck) e = { ...e, location: { ...townOf(struck), via: 'struck-site' } };
      else if (seat) e = { ...e, location: seat };
    }
    const source = e.participants.find(
      (p) => p.role === 'source' && p.entity.country && !p.entity.sector && actsForState(p.entity),
    )?.entity.country;
    // A state's act abroad is still done at home: "استدعت سفيرها في كندا" is not an act in Canada.
    if (
      e.location &&
      ACTS_AT_HOME.has(e.type) &&
      !ACTS_WHERE_TOLD.has(e.type) &&
      source &&
      e.location.entity.country !== source
    )
      e = { ...e, location: null };
    // "طلب المجلس العسكري الحاكم في النيجر من السفير الفرنسي …" in a report that names Niamey: a
    // state's act at home told by its country is done in its capital, when the report names it.
    if (e.location && ACTS_AT_HOME.has(e.type) && e.type !== 'AGREE' && isCountryRecord(e.location.entity)) {
      const c = e.location.entity.country;
      const capital = c ? capitalOf(c) : undefined;
      const named = views.some((v) =>
        v.entities.some((m) => m.entity.country === c && !isCountryRecord(m.entity) && namesCapital(m)),
      );
      if (capital && named)
        e = { ...e, location: { ...e.location, entity: record(capital), via: 'capital-of-country' } };
    }
    if (e.location) return e;
    // "اتفقتا خلال جولة المفاوضات التي جرت في الدوحة": an agreement is made where the talks were.
    const talks = e.type === 'AGREE' ? talksPlace(e, tokens, lead, views) : null;
    if (talks) return { ...e, location: talks };
    // Else where it was signed: the ceremony's place, or the town it is named after ("اتفاق الرياض").
    const signed = e.type === 'AGREE' ? signingPlace(e, tokens, lead, views) : null;
    if (signed) return { ...e, location: signed };
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
    // "التقى الرئيس … نظيره … في القاهرة" in the lead, the clause telling the meeting giving no
    // place: where the lead puts it ("في X", "بـX"), when that is one town of one of their
    // countries — not a place the meeting discussed ("بحثا الأوضاع في X") or another act's
    // ("لانتزاع العاصمة X").
    if (e.type === 'CONSULT') {
      const countries = new Set(e.participants.map((p) => p.entity.country).filter(Boolean));
      const town = onePlace(
        leadPlaces(
          lead,
          (v, m) =>
            !m.nested &&
            (placeLevel(m) >= 3 ||
              (placeLevel(m) === 2 && namesCapital(m) && afterCapitalWord(tokens, v, m))) &&
            !!m.entity.coordinates &&
            countries.has(m.entity.country) &&
            atPlace(tokens, v, m) &&
            !issuedAt(tokens, v, m) &&
            !ofBody(tokens, v, m),
          // ("في مطار بغداد": the town a facility is named after, as in the clause; "في العاصمة
          // اليمنية صنعاء": the capital, not the province of its name)
          (v, m) =>
            v.entities.find(
              (n) => n.nested && isPlaceEntity(n) && n.span.start >= m.span.start && n.span.end <= m.span.end,
            ) ?? (placeLevel(m) === 2 ? { ...m, entity: record(capitalOf(m.entity.country!)!) } : m),
        ),
      );
      if (town) return { ...e, location: { ...town, via: 'lead' } };
      // "سيول (وام) – التقى الشيخ محمد بن زايد … رئيس جمهورية كوريا": a meeting the report places
      // nowhere is in the town it is filed from, when that is in one of their countries.
      const filed = text ? datelinePlace(tokens, lead, text) : null;
      if (filed && countries.has(filed.entity.country)) return { ...e, location: filed };
    }
    if (onTheGround) {
      // The headline and the lead, past a line of page furniture between them ("تاريخ النشر: …"); past
      // the last sentence that tells the act, not a place a statement reports ("وأوضح أن المتورطين
      // أقاموا مستودعين في عمّان", "أكدت السلطات أن بعضهم تلقى تدريباً في لبنان"): another matter's.
      const told = Math.max(
        1,
        ...e.triggers.map((t) =>
          views.findIndex((v) => v.span.start <= t.span.start && t.span.start < v.span.end),
        ),
      );
      // (But "وأوضحت أن الموقوفين في مدينة فاس …": a place right after the clause's subject says
      // where those it names are.)
      const reported = (v: SentenceView, m: EntityMention) => {
        if (v.index <= told) return false;
        // ("وأفاد محامون بأن منزله في ديار بكر تعرض لمداهمة": a raid the source tells is the arrest's.)
        if (e.type === 'COERCE' && raid(v)) return false;
        const i = tokenIndexAt(tokens, m.span.start);
        // (the phrase of place begins at the first of its marks: "في مدينة فاس")
        let mark = i;
        while (mark - 1 > v.from && marked(wordSet('placeMarks'), tokens[mark - 1].norm)) mark--;
        for (let k = i - 1; k >= v.from; k--)
          if (isWord('complementizers', tokens[k].norm)) return mark - k > 2;
        return false;
      };
      // (Nor a sentence that tells acts of other kinds only: "إسرائيل شنت 16 غارة على مواقع بالضاحية
      // الجنوبية" over a report of arrests in Tunisia is another story's headline.)
      const inView = (v: SentenceView, x: EventMention) =>
        x.triggers.some((t) => v.span.start <= t.span.start && t.span.start < v.span.end);
      const others = (v: SentenceView) =>
        !events.some((x) => x.type === e.type && inView(v, x)) &&
        events.some((x) => x.type !== e.type && inView(v, x));
      // (An arrest's raid may be told further on: "وأفاد محامون بأن منزليهما في ديار بكر تعرضا
      // لمداهمة".)
      const raid = (v: SentenceView) => {
        for (let k = v.from; k < v.to; k++) if (isWord('raids', tokens[k].norm)) return true;
        return false;
      };
      const places = views
        .filter((v, i) => i < 4 || (e.type === 'COERCE' && i < 8 && raid(v)))
        .filter((v) => !others(v))
        .flatMap((v) =>
          v.entities.filter(isPlaceEntity).filter(
            (m) =>
              (headedOrAfterPreposition(tokens, v, m) ||
                (e.type === 'ASSAULT' && (struckAt(tokens, v, m) || shakenAt(tokens, v, m)))) &&
              !issuedAt(tokens, v, m) &&
              !ofBody(tokens, v, m) &&
              !partOfWiderPlace(tokens, m) &&
              !grievanceAt(tokens, v, m) &&
              !reported(v, m) &&
              // ("تظاهرة ضد المحقق في انفجار مرفأ بيروت": a place naming another happening, an attack's.)
              !(e.type !== 'ASSAULT' && namesIncident(tokens, v, m)),
          ),
        );
      // (A building the map does not hold is placed by the town named right after it, as in the
      // clause: "جامع X بمدينة Y".)
      const mapped = places.map((m) => {
        const v = views.find((w) => w.span.start <= m.span.start && m.span.start < w.span.end);
        const town =
          !m.entity.coordinates && placeLevel(m) >= 4 && v
            ? townRightAfter(tokens, v, m, v.entities.filter(isPlaceEntity))
            : undefined;
        return town ?? m;
      });
      // (A quarter or building off the map under a town on it that its sentence names: the town.)
      const finest = offMapUnderTown(tokens, mapped)
        .map(townOf)
        .sort((a, b) => placeLevel(b) - placeLevel(a))[0];
      const best = truce && finest ? landOfTruce(finest) : finest;
      if (finest && !best) return e;
      // (A state the lead names, or none, and its capital told by its kind: "في قلب العاصمة".)
      const seat =
        !best || placeLevel(best) <= 1
          ? seatCapital(e, tokens, lead, views, best?.entity.country ?? stateOfAct(e, lead))
          : null;
      if (seat) return { ...e, location: seat };
      // A town the map can show in the dateline ("X: أوقفت الشرطة …") over a place the lead
      // names that it cannot.
      const filed = text ? datelinePlace(tokens, lead, text) : null;
      if (best && (best.entity.coordinates || !filed)) return { ...e, location: { ...best, via: 'lead' } };
      if (filed) return { ...e, location: filed };
      // "تفجير استهدف وزارتي الخارجية والمالية": a state's ministry an attack struck sits in its
      // capital, where the attack was, for want of a place the report gives.
      if (e.type === 'ASSAULT') {
        const seat = e.participants.find(
          (p) => p.role === 'target' && p.entity.institution?.startsWith('ministry-') && p.entity.country,
        );
        const capital = seat ? capitalOf(seat.entity.country!) : undefined;
        if (seat && capital)
          return {
            ...e,
            location: { span: seat.span, text: '', entity: record(capital), via: 'ministry-seat' },
          };
      }
      // "اعتقال رئيس بلدية X … في X": an arrest in the one town the headline and the lead keep
      // naming, not as a cause ("احتجاجاً على … في X").
      const towns = leadPlaces(lead, (v, m) => {
        if (placeLevel(m) < 3 || !m.entity.coordinates) return false;
        for (let k = v.from; k < tokenIndexAt(tokens, m.span.start); k++)
          if (isWord('cause', tokens[k].norm)) return false;
        return true;
      });
      const town = towns.length >= 2 ? onePlace(towns) : null;
      if (e.type === 'COERCE' && town) return { ...e, location: { ...town, via: 'lead' } };
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
    // (Sanctions imposed — "فرض عقوبات على …" — and bans — "حظر استيراد …", "حظر الجماعة" — are
    // decided in a capital, but a report that names no place gives none: the real reports leave
    // them unplaced, unlike the summons of an envoy.)
    const measures = e.type === 'SANCTION' && e.triggers.some((t) => /عقوب|حظر/.test(normalize(t.text)));
    // An agreement between states is made where they meet, which the report does not tell here:
    // neither side's capital.
    const between =
      e.type === 'AGREE' && new Set(e.participants.map((p) => p.entity.country).filter(Boolean)).size > 1;
    const state =
      e.type === 'CONSULT' && (e.mode === 'visit' || hosted(e))
        ? e.participants.find((p) => p.role === 'target')?.entity.country
        : ACTS_AT_HOME.has(e.type) && !measures && !between
          ? source
          : undefined;
    const capital = state ? capitalOf(state) : undefined;
    const by = e.participants.find((p) => p.entity.country === state);
    return capital && by
      ? { ...e, location: { span: by.span, text: '', entity: record(capital), via: 'capital-of-actor' } }
      : e;
  }
}

/** "شارع X", "ساحة X", "دوار X": a street or square the map does not hold (not a village it lacks). */
const STREETS = /^[وف]?(?:ب|ل)?(?:ال)?(?:شارع|ساحه|ميدان|دوار|طريق|جسر|كورنيش)$/;
function offMapSite(tokens: Token[], m: EntityMention): boolean {
  return (
    !m.entity.coordinates &&
    placeLevel(m) >= 4 &&
    !loadKb().byId.get(m.entity.id)?.within &&
    STREETS.test(tokens[tokenIndexAt(tokens, m.span.start)].norm)
  );
}

/** A town or a site stands for its state (a province or a country stands as it is); a site off the map for nothing. */
function landOfTruce(m: EntityMention): EntityMention | undefined {
  if (placeLevel(m) <= 2) return m;
  return (m.entity.coordinates && m.entity.country && stateAsPlace(m.entity.country, m.span)) || undefined;
}

/**
 * "شنت هجوماً على قاعدتين في العراق … وطال القصف قاعدة عين الأسد": an attack placed by its country
 * is where a site of that country the sentences telling it name is ("على قاعدة X", or a site the map
 * holds anywhere in them), not a cause or a place a statement names.
 */
function struckSite(
  e: EventMention,
  tokens: Token[],
  views: SentenceView[],
  country: string,
): EntityMention | undefined {
  if (e.type !== 'ASSAULT') return undefined;
  const own = views.filter((v) =>
    e.triggers.some((t) => v.span.start <= t.span.start && t.span.start < v.span.end),
  );
  return own
    .flatMap((v) =>
      v.entities
        .filter(isPlaceEntity)
        .filter((m) => !m.nested && m.entity.country === country && m.entity.coordinates)
        .filter((m) => !grievanceAt(tokens, v, m) && !partOfWiderPlace(tokens, m) && !issuedAt(tokens, v, m))
        .filter((m) => placeLevel(m) >= 4 || (placeLevel(m) >= 3 && struckAt(tokens, v, m))),
    )
    .sort((a, b) => placeLevel(b) - placeLevel(a))[0];
}

/**
 * A person the KB holds acts for his state only in an office of it: the UN's envoy or secretary-general
 * ("دعا المبعوث الأممي هانس غروندبرغ", "رحّب غوتيريش") acts in no capital of his nationality.
 */
function actsForState(entity: EventMention['participants'][number]['entity']): boolean {
  const kb = loadKb().byId.get(entity.id);
  if (entity.type !== 'PERSON' || !kb) return true;
  return !!kb.offices?.some((o) => o.country === entity.country);
}

/**
 * Where the talks an agreement came out of were held, in the sentences of its trigger or the lead:
 * a place in a phrase of place a few words after a word of talks ("جولة المفاوضات التي جرت في
 * العاصمة القطرية الدوحة"), or right before one ("عقدت في الدوحة جولة مفاوضات"), or hosting them
 * ("مفاوضات مباشرة استضافتها الدوحة").
 */
function talksPlace(
  e: EventMention,
  tokens: Token[],
  lead: SentenceView[],
  views: SentenceView[],
): EntityMention | null {
  for (const v of triggerThenLead(e, lead, views)) {
    const talksAt = (k: number) => isWord('talks', tokens[k].norm);
    for (const m of v.entities.filter(isPlaceEntity)) {
      const i = tokenIndexAt(tokens, m.span.start);
      const hosted = i > v.from && isWord('hosting', tokens[i - 1].norm);
      const placed = headedOrAfterPreposition(tokens, v, m);
      if (!hosted && !placed) continue;
      // Talks held, not talks agreed on ("وافقت على الاجتماع … في تعز"): "خلال", "جرت", "المنعقدة".
      const held = (from: number, to: number) => {
        for (let k = Math.max(v.from, from); k < to; k++)
          if (isWord('talksHeld', tokens[k].norm)) return true;
        return false;
      };
      let near = false;
      for (let k = Math.max(v.from, i - 7); k < i && !near; k++)
        near = talksAt(k) && (hosted || held(k - 2, i));
      // "عقدت في الدوحة جولة مفاوضات".
      for (let k = i + 1; k < Math.min(v.to, i + 4) && !near && placed; k++)
        near = talksAt(k) && held(i - 3, i);
      if (near) return { ...townOf(m), via: 'talks' };
    }
  }
  return null;
}

/**
 * "السيسي يستقبل القائد العام", "استضاف الأمير الرئيس": a meeting told as one side receiving the
 * other, a guest from another state, is a visit to the host.
 */
function hosted(e: EventMention): boolean {
  if (
    e.mode !== 'meeting' ||
    !e.triggers.some((t) => /^[وف]?(?:ا|ي|ت)?ست(?:قبل|ضاف)/.test(normalize(t.text)))
  )
    return false;
  const host = e.participants.find((p) => p.role === 'target')?.entity.country;
  return (
    !!host &&
    e.participants.some((p) => p.role === 'source' && !!p.entity.country && p.entity.country !== host)
  );
}

/**
 * The town a report is filed from, when its lead opens with it: "X: أوقفت الشرطة …", "X – وكالة",
 * "X 17 أبريل (وكالة)", "X_ 31 يناير". A country named there is its capital ("الكويت -").
 */
function datelinePlace(tokens: Token[], lead: SentenceView[], text: string): EntityMention | null {
  for (const v of lead) {
    const m = v.entities.find(
      (x) => isPlaceEntity(x) && !x.nested && tokenIndexAt(tokens, x.span.start) === v.from,
    );
    if (!m || m.span.start !== tokens[v.from].span.start) continue;
    const after = text.slice(m.span.end, m.span.end + 4);
    // ("الكويت/ وكالات": a slash too)
    if (!/^\s*(?:[-–—:_(/]|\d)/.test(after)) continue;
    if (isCountryRecord(m.entity)) {
      // "إثيوبيا: عشرات القتلى في غارة …", "السودان: …": a country before a colon labels the story's
      // subject, no town it is filed from.
      if (/^\s*:/.test(after)) continue;
      const capital = m.entity.country ? capitalOf(m.entity.country) : undefined;
      return capital ? { ...m, entity: record(capital), via: 'dateline' } : null;
    }
    return placeLevel(m) >= 3 && m.entity.coordinates ? { ...m, via: 'dateline' } : null;
  }
  return null;
}

/**
 * The place a participant of a meeting arrives at or sets out for in the headline or the lead:
 * "وصل رئيس الوزراء … إلى العاصمة X", "يتوجه الرئيس إلى X" (not "قادماً من Y"); the finest of them.
 */
function arrivalPlace(e: EventMention, tokens: Token[], lead: SentenceView[]): EntityMention | null {
  const ids = new Set(e.participants.map((p) => p.entity.id));
  const found: EntityMention[] = [];
  for (const v of lead) {
    if (!v.entities.some((m) => ids.has(m.entity.id))) continue;
    const places = v.entities.filter(isPlaceEntity);
    for (let k = v.from; k < v.to; k++) {
      // "على أن يتوجه بعدها إلى …": a later leg, not this visit.
      if (!isWord('arrivals', tokens[k].norm) || (k > v.from && tokens[k - 1].norm === 'ان')) continue;
      for (let j = k + 1; j < Math.min(v.to, k + 14); j++) {
        const t = tokens[j].norm;
        if (t === 'من' || isWord('arrivals', t)) break;
        if (t !== 'الي' && t !== 'والي') continue;
        // "إلى مطار بغداد الدولي", "إلى العاصمة الإيرانية طهران": the first place within a few words.
        const m = places
          .filter((x) => !x.nested)
          .map((x) => ({ x, at: tokenIndexAt(tokens, x.span.start) }))
          .filter(({ at }) => at > j && at <= j + 3)
          .sort((a, b) => a.at - b.at)[0]?.x;
        if (m)
          found.push(
            places.find((n) => n.nested && n.span.start >= m.span.start && n.span.end <= m.span.end) ?? m,
          );
        break;
      }
    }
  }
  const best = found.map(townOf).sort((a, b) => placeLevel(b) - placeLevel(a))[0];
  return best ? { ...best, via: 'arrival' } : null;
}

/** Right after "في" or with "بـ" ("في القاهرة", "بالرياض"), no topic or cause in the words before it. */
function atPlace(tokens: Token[], v: SentenceView, m: EntityMention): boolean {
  const i = tokenIndexAt(tokens, m.span.start);
  for (let k = Math.max(v.from, i - 4); k < i; k++)
    if (isWord('cause', tokens[k].norm) || topicAt(tokens, k)) return false;
  const own = tokens[i].norm;
  if (baOnName(own, m.entity.ar)) return true;
  if (i > v.from && /^[وف]?في$/.test(tokens[i - 1].norm)) return true;
  // "في العاصمة اليمنية صنعاء", "في مدينة جدة": "في", a head noun of place and its adjective before the name.
  const head = (k: number) => k > v.from && marked(wordSet('placeMarks'), tokens[k].norm);
  return (
    (head(i - 1) && i - 2 > v.from && /^[وف]?في$/.test(tokens[i - 2].norm)) ||
    (head(i - 2) &&
      tokens[i - 1].norm.startsWith('ال') &&
      i - 3 > v.from &&
      /^[وف]?في$/.test(tokens[i - 3].norm))
  );
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

/** A capital, or a province read where its capital of the same name is meant ("الخرطوم"). */
/** "العاصمة اليمنية صنعاء", "العاصمة بغداد": the name is told as the capital's, not its province's. */
function afterCapitalWord(tokens: Token[], v: SentenceView, m: EntityMention): boolean {
  const i = tokenIndexAt(tokens, m.span.start);
  for (let k = i - 1; k >= Math.max(v.from, i - 2); k--)
    if (/^[وفب]?العاصمه$/.test(tokens[k].norm)) return true;
  return false;
}

function namesCapital(m: EntityMention): boolean {
  const capital = m.entity.country ? capitalOf(m.entity.country) : undefined;
  return !!capital && (capital.id === m.entity.id || normalize(capital.ar) === normalize(m.entity.ar));
}

/**
 * Where an act on envoys is done, read from a place the report names: not in an envoy's own state; a
 * country or its capital named is the capital; else a town or finer place.
 */
function envoyActPlace(
  m: EntityMention,
  envoyStates: Set<string | undefined>,
  via: string,
): EntityMention | null {
  const c = m.entity.country;
  if (!c || envoyStates.has(c)) return null;
  if (isCountryRecord(m.entity) || namesCapital(m)) {
    const capital = capitalOf(c);
    return capital ? { ...m, entity: record(capital), via } : null;
  }
  return placeLevel(m) >= 3 ? { ...m, via } : null;
}

/** "طرد السفير", "أمهلت السفير … لمغادرة البلاد": an envoy sent out of the country. */
const EXPELS = /^[وف]?(?:ل|ب)?(?:ال)?(?:طرد|تطرد|يطرد|طردت|امهل|تمهل|يمهل|امهلت|مغادره|لمغادره|بمغادره)$/;
const ENVOY = /^[وف]?(?:ال)?سفير$/;
const LEAVING = /^[وف]?(?:ل|ب)?(?:ال)?مغادره$/;

/**
 * Where an envoy is expelled: in the state that expels him, never in his own. "لمغادرة باماكو",
 * "بمغادرة أراضي كينيا" (the land he must leave; a state for its capital), "السفير النرويجي في
 * نيروبي" (his post). Undefined when the act expels no envoy; null when the report does not tell
 * where, which is better than the envoy's capital that the sides may suggest.
 */
function expulsionScene(
  e: EventMention,
  tokens: Token[],
  lead: SentenceView[],
  views: SentenceView[],
): EntityMention | null | undefined {
  const sentences = views.filter((v) => holdsTrigger(e, v));
  const expels = sentences.some((v) => {
    for (let k = v.from; k < v.to; k++) if (EXPELS.test(tokens[k].norm)) return true;
    return false;
  });
  if (!expels) return undefined;
  // The envoys: "السفير الفرنسي", "سفير النرويج", by the word and the state after it.
  const envoys: number[] = [];
  const envoyStates = new Set<string>();
  for (const v of sentences)
    for (let k = v.from; k < v.to; k++) {
      if (!ENVOY.test(tokens[k].norm)) continue;
      // The envoy expelled, not one recalled beside him ("واستدعاء سفير فرنسا لدى الجزائر").
      let near = false;
      for (let j = Math.max(v.from, k - 6); j < Math.min(v.to, k + 8); j++)
        if (EXPELS.test(tokens[j].norm)) near = true;
      if (!near) continue;
      envoys.push(k);
      const next = tokens[k + 1]?.norm.replace(/^ال/, '');
      const byNisba = next ? loadKb().nisba.get(next) : undefined;
      if (byNisba) envoyStates.add(byNisba);
      const named = v.entities.find(
        (m) => tokenIndexAt(tokens, m.span.start) === k + 1 && isCountryRecord(m.entity),
      );
      if (named?.entity.country) envoyStates.add(named.entity.country);
    }
  for (const p of e.participants)
    if (p.entity.sector === 'ambassador' && p.entity.country) envoyStates.add(p.entity.country);
  if (!envoys.length || !envoyStates.size) return undefined;
  const sceneOf = (m: EntityMention) => envoyActPlace(m, envoyStates, 'expulsion');
  const places = (v: SentenceView) =>
    v.entities
      .filter(isPlaceEntity)
      .filter((m) => !m.nested)
      .map((m) => ({ m, k: tokenIndexAt(tokens, m.span.start) }));
  // The land he must leave: "لمغادرة باماكو", "بمغادرة أراضي كينيا".
  for (const v of [...sentences, ...lead.filter((v) => !sentences.includes(v))])
    for (const { m, k } of places(v))
      for (let j = k - 1; j >= Math.max(v.from, k - 2); j--)
        if (LEAVING.test(tokens[j].norm)) {
          const scene = sceneOf(m);
          if (scene) return scene;
        }
  // His post: "السفير الفرنسي في باماكو", "سفير النرويج لدى كينيا".
  for (const v of sentences)
    for (const { m, k } of places(v)) {
      if (!(k > v.from && ['لدي', 'في'].includes(tokens[k - 1].norm)) && !/^[وف]?ب/.test(tokens[k].norm))
        continue;
      const envoy = envoys.some((j) => j < k && k - j <= 4);
      if (!envoy) continue;
      const scene = sceneOf(m);
      if (scene) return scene;
    }
  // Nothing tells where: the act is placed as any other, unless by sides that make the envoy's
  // state the one acting.
  const source = e.participants.find((p) => p.role === 'source' && p.entity.country && !p.entity.sector)
    ?.entity.country;
  return source && envoyStates.has(source) ? null : undefined;
}

/** A summons or a recall: a trigger of the verb "استدعى" ("استدعت", "تستدعي", "استدعاء"). */
const isSummons = (e: EventMention) => e.triggers.some((t) => normalize(t.text).includes('ستدع'));

/** "سفيرها", "قائمها بالأعمال": an envoy with a pronoun of his own state. */
const OWN_ENVOY = /^[وف]?(?:ب|ل)?(?:سفير|قايم|مندوب)(?:ها|ه|هم|نا)$/;

/**
 * Where a summons or a recall of an envoy happens: in the capital of the state that summons or
 * recalls. "استدعت الخارجية الكينية السفير النرويجي لدى نيروبي" is an act in Nairobi, and so is
 * "نيروبي تستدعي السفير النرويجي" (the capital, or its state, as the subject); a foreign envoy's
 * post ("لدى نيروبي", "في كينيا", "بكينيا") is where he is summoned, one's own envoy's post ("سفيرها
 * في أوسلو") is where he is recalled from. Never the envoy's own state, which the sides may give
 * as the source. Undefined when the act summons no one; null when the report does not tell.
 */
function envoyScene(
  e: EventMention,
  tokens: Token[],
  views: SentenceView[],
): EntityMention | null | undefined {
  if (!isSummons(e)) return undefined;
  const envoySpans = e.participants.filter((p) => p.entity.sector === 'ambassador').map((p) => p.span);
  const fromEnvoy = (p: EventMention['participants'][number]) =>
    envoySpans.some((s) => s.start <= p.span.start && p.span.end <= s.end);
  // The envoys' states, but not the state that acts named apart from its envoy ("قررت فرنسا …
  // استدعاء سفير فرنسا لدى …" recalls its own).
  const acting = new Set(
    e.participants
      .filter((p) => p.role === 'source' && !p.entity.sector && !fromEnvoy(p))
      .map((p) => p.entity.country),
  );
  const envoyStates = new Set(
    e.participants
      .filter((p) => p.entity.sector === 'ambassador' && !acting.has(p.entity.country))
      .map((p) => p.entity.country),
  );
  const sceneOf = (m: EntityMention) => envoyActPlace(m, envoyStates, 'summons');
  const sentences = views.filter((v) => holdsTrigger(e, v));
  const isEnvoyWord = (t: string) =>
    wordSet('envoys').has(t.replace(/^[وف]?(?:ب|ل(?!ل))?/, '').replace(/^لل/, 'ال')) || OWN_ENVOY.test(t);
  const prepositioned = (k: number) =>
    /^[وف]?ب/.test(tokens[k].norm) ||
    (k > 0 &&
      (marked(wordSet('placeMarks'), tokens[k - 1].norm) ||
        marked(wordSet('destinationMarks'), tokens[k - 1].norm) ||
        tokens[k - 1].norm === 'من'));
  // The subject: a capital or a state right before the trigger or right after its verb, with no
  // preposition and no envoy before it ("بغداد تستدعي", "استدعت طهران", "قررت الرياض … استدعاء").
  for (const v of sentences)
    for (const t of e.triggers) {
      if (t.span.start < v.span.start || t.span.end > v.span.end) continue;
      const i = tokenIndexAt(tokens, t.span.start);
      for (const m of v.entities.filter(isPlaceEntity)) {
        const k = tokenIndexAt(tokens, m.span.start);
        if (k < i - 4 || k > i + 2 || k === i) continue;
        if (!isCountryRecord(m.entity) && !namesCapital(m)) continue;
        if (prepositioned(k) || (k > v.from && isEnvoyWord(tokens[k - 1].norm))) continue;
        const scene = sceneOf(m);
        if (scene) return scene;
      }
    }
  // The post of the envoy: "السفير النرويجي لدى نيروبي", "سفارة النرويج بكينيا" — also where the
  // lead tells the summons again in a sentence of its own, after a headline that names no post.
  const retold = views
    .slice(0, 3)
    .filter((v) => !sentences.includes(v) && tokens.slice(v.from, v.to).some((t) => t.norm.includes('ستدع')));
  for (const v of [...sentences, ...retold])
    for (const m of v.entities.filter(isPlaceEntity)) {
      const k = tokenIndexAt(tokens, m.span.start);
      const post =
        /^[وف]?ب/.test(tokens[k].norm) || (k > v.from && ['لدي', 'في'].includes(tokens[k - 1].norm));
      if (!post) continue;
      let envoy = -1;
      for (let j = k - 1; j >= Math.max(v.from, k - 6); j--)
        if (isEnvoyWord(tokens[j].norm) || /^(?:ال)?سفاره$/.test(tokens[j].norm)) {
          envoy = j;
          break;
        }
      if (envoy < 0) continue;
      // One's own envoy is recalled from his post: that is not where the act is.
      if (OWN_ENVOY.test(tokens[envoy].norm) || e.type === 'SANCTION') continue;
      const scene = sceneOf(m);
      if (scene) return scene;
    }
  // The state that summons, as the sides give it (not the envoy's).
  const states = [...e.participants]
    .filter((p) => p.entity.country && !p.entity.sector && !fromEnvoy(p))
    .sort((a, b) => (a.role === 'source' ? 0 : 1) - (b.role === 'source' ? 0 : 1));
  for (const p of states) {
    const c = p.entity.country!;
    if (envoyStates.has(c)) continue;
    if (e.type === 'ACCUSE' && p.role !== 'source' && envoyStates.size === 0) continue;
    const capital = capitalOf(c);
    if (capital) return { span: p.span, text: '', entity: record(capital), via: 'summons' };
  }
  return null;
}

/** The places the lead's sentences name that `keep` accepts, each as `as` gives it. */
function leadPlaces(
  lead: SentenceView[],
  keep: (v: SentenceView, m: EntityMention) => boolean,
  as: (v: SentenceView, m: EntityMention) => EntityMention = (_v, m) => m,
): EntityMention[] {
  return lead.flatMap((v) =>
    v.entities
      .filter(isPlaceEntity)
      .filter((m) => keep(v, m))
      .map((m) => as(v, m)),
  );
}

/** The one place all of them are, or null (none, or more than one). */
function onePlace(places: EntityMention[]): EntityMention | null {
  return places.length && places.every((m) => m.entity.id === places[0].entity.id) ? places[0] : null;
}
