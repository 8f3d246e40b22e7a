// One event per happening per document. A report names one explosion as "الانفجار",
// "التفجير", "الهجوم" across paragraphs and tells a call again ("خلال الاتصال", "الرئيسان"):
// mentions of one type whose dates, places and sides do not conflict fold into the first. The
// sides of the merged event are voted: a role given by syntax (a receiving verb, a subject) counts
// more than a default.
import type { EventMention, Participant, TimeValue } from '../types.js';
import { placeLevel } from './location.js';
import { normalize } from '../arabic/normalize.js';
import { targetStatesConflict } from './between-states.js';
import { isCountryRecord, loadKb, record } from '../entities/kb.js';
import {
  armedGroupsAct,
  reportCountrySectors,
  sectorActor,
  statesBesideRulers,
  VISITOR_SECTORS,
  worshippersForCivilians,
} from './sides.js';
import { roleWeight } from './role-weight.js';
import { finerMode, modesAgree } from './modes.js';
import { parseIso } from '../time/calendar.js';
import { mutualTruce } from './truces.js';
import { isoWeek } from '../time/resolve.js';

/** Set by detection on mentions that point back to an event told before ("الرئيسان", "الاتصال"). */
export type Mention = EventMention & { pairAnaphor?: boolean };

export const compatibleDates = (a: TimeValue, b: TimeValue) =>
  a.granularity === 'unknown' ||
  b.granularity === 'unknown' ||
  (a.value !== null && a.value === b.value) ||
  (a.value === null && b.value === null && a.weekday === b.weekday) ||
  dayWithin(a, b) ||
  dayWithin(b, a);

/** "الأسبوع الماضي" and "الـ14 من مارس" of one attack: the day falls in the week or month. */
function dayWithin(day: TimeValue, coarse: TimeValue): boolean {
  if (day.granularity !== 'day' || !day.value || !coarse.value) return false;
  if (coarse.granularity === 'month') return day.value.startsWith(`${coarse.value}-`);
  if (coarse.granularity !== 'week') return false;
  const d = parseIso(day.value.slice(0, 10));
  return !!d && isoWeek(d) === coarse.value;
}

/** Two places that can be one scene: the same, or one inside the other's country at a coarser level. */
export function placesAgree(a: EventMention, b: EventMention): boolean {
  if (!a.location || !b.location) return true;
  if (a.location.entity.id === b.location.entity.id) return true;
  const ca = a.location.entity.country;
  const cb = b.location.entity.country;
  // A street or square the KB does not hold ("شارع كيلومتر 4") cannot be told apart from the
  // report's town: within one report it is a closer look at the same scene.
  if (!ca || !cb) return !a.location.entity.coordinates || !b.location.entity.coordinates;
  if (ca !== cb) return false;
  // "في الكرادة" and "وسط بغداد": a district and its city agree; two towns do not.
  return placeLevel(a.location) !== placeLevel(b.location) || placeLevel(a.location) <= 1;
}

function sameHappening(e: Mention, m: Mention): boolean {
  if (e.type !== m.type || e.status !== 'asserted' || m.status !== 'asserted') return false;
  if (!modesAgree(e.mode, m.mode) || !compatibleDates(e.date, m.date)) return false;
  if (e.type === 'CONSULT') {
    if (e.mode && m.mode && (e.mode === 'phone') !== (m.mode === 'phone')) return false;
    const shared = m.participants.some((p) => e.participants.some((q) => q.entity.id === p.entity.id));
    return !!m.pairAnaphor || !m.participants.length || !e.participants.length || shared || completes(e, m);
  }
  if (e.type === 'ASSAULT') return placesAgree(e, m);
  // Other acts: the same sides or none named (either party of a truce both keep: mutualTruce).
  // ("استدعت إيران سفير النرويج … وفي 10 أكتوبر استدعت الخارجية السفير البريطاني": one state's acts
  // on two other states are two acts.)
  if (targetStatesConflict(e, m)) return false;
  const mutual = mutualTruce(e) && mutualTruce(m);
  const sources = (x: EventMention) =>
    x.participants.filter((p) => mutual || p.role === 'source').map((p) => p.entity.id);
  const se = sources(e);
  const sm = sources(m);
  return !se.length || !sm.length || sm.some((id) => se.includes(id));
}

// "الهجوم الثاني", "الزيارة السابقة"; "هجوم آخر" only right after its noun ("عرض آخر التطورات" is not).
const ORDINAL_AFTER = /^(?:ال)?(?:ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|سابق|سابقه)$/;
const ANOTHER_AFTER = /^(?:ال)?(?:اخر|اخري)$|^ال(?:ماضي|ماضيه|فايت|فايته)$/;
const ORDINAL_BEFORE = /^[وف]?(?:ثاني|ثالث|رابع|اخر|سابق)$/;
/** Ordinal numbers (not "السابق", "آخر"): with "منذ" after them, a count that takes in the news. */
const COUNTED = /^(?:ال)?(?:ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه)$/;
const DURATION =
  /^[وفب]?(?:عام|اعوام|عامين|سنه|سنوات|سنتين|شهر|اشهر|شهرين|اسبوع|اسابيع|اسبوعين|يوم|ايام|يومين|ساعات|ساعه|ساعتين)$/;
const words = (s: string) =>
  normalize(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * A mention told as another occasion than the one before: a second or previous one ("ثاني انفجار",
 * "الهجوم الثاني", "الزيارة السابقة", "آخر زيارة", "هجوم آخر"), or the point time is counted from
 * ("بعد أيام من زيارة …", "بعد نحو عام على الزيارة"; not "قبل ساعات، انفجرت", the happening's own time).
 */
export function toldAsAnother(text: string, m: EventMention): boolean {
  // "أما في القطيف، فقد دوّى انفجار …": an attack set off by "أما" and its own place is another
  // scene than the one told before.
  const opening = words(text.slice(m.sentence.start, m.sentence.start + 40)).slice(0, 3);
  if (
    m.type === 'ASSAULT' &&
    m.location &&
    /^[وف]?اما$/.test(opening[0] ?? '') &&
    /^[وف]?في$/.test(opening[1] ?? '') &&
    m.location.span.start - m.sentence.start <= 40
  )
    return true;
  return m.triggers.some((t) => {
    const after = words(text.slice(t.span.end, Math.min(m.sentence.end, t.span.end + 40))).slice(0, 2);
    const before = words(text.slice(Math.max(m.sentence.start, t.span.start - 40), t.span.start)).slice(-4);
    // ("تناولا آخر تطورات", "آخر المستجدات": the latest news, not another happening.)
    const latest = !!after[1] && (/^ال/.test(after[1]) || /^(?:تطورات|مستجدات|ما)$/.test(after[1]));
    // "زيارته الثانية لبغداد منذ أن تولى الحكم", "ثاني زيارة يقوم بها منذ": the count since a time
    // is the news itself, not another occasion.
    const since = words(text.slice(t.span.end, Math.min(m.sentence.end, t.span.end + 60)))
      .slice(0, 6)
      .some((w) => /^[وف]?منذ$/.test(w));
    const counted = (w: string) => COUNTED.test(w.replace(/^[وف]/, '')) && since;
    if (
      after.some((w) => ORDINAL_AFTER.test(w.replace(/^[وف]/, '')) && !counted(w)) ||
      (ANOTHER_AFTER.test(after[0] ?? '') && !latest)
    )
      return true;
    const last = before[before.length - 1] ?? '';
    // ("آل ثاني" is a family's name, not "the second".)
    if (ORDINAL_BEFORE.test(last) && before[before.length - 2] !== 'ال' && !counted(last)) return true;
    const from = before.findIndex((w) => /^[وف]?(?:بعد|قبل|منذ)$/.test(w));
    return from >= 0 && /^(?:من|علي)$/.test(last) && before.slice(from + 1, -1).some((w) => DURATION.test(w));
  });
}

/**
 * A host named only as receiving ("وكان السلطان … في استقبال ضيفه") completes a visit whose
 * visitor alone was named so far: the side one mention lacks is all the other gives.
 */
function completes(e: Mention, m: Mention): boolean {
  const only = (x: Mention, role: string) => x.participants.every((p) => (p.role ?? 'source') === role);
  return only(e, 'source') && only(m, 'target');
}

/**
 * Every trigger of the mention follows a demonstrative or is the subject of a verb of meaning:
 * "هذه الزيارة", "وتجسد الزيارة عمق العلاقات" — the report's comment on a visit told already.
 */
function commentsOn(text: string, m: Mention): boolean {
  return m.triggers.every((t) =>
    COMMENT_BEFORE.test(normalize(text.slice(Math.max(0, t.span.start - 12), t.span.start))),
  );
}

// (Read normalized: "تؤكد" is "توكد", "تأتي" "تاتي".)
const COMMENT_BEFORE =
  /(?:^|\s)[وف]?(?:هذه|هذا|تلك|ذلك|تعكس|تجسد|تاتي|توكد|تمثل|تعد|تكتسي|تندرج|تحمل|تشكل)(?:\s+هذه)?\s*$/;

/** An attack named only by definite nouns ("التفجير", "الهجوم الانتحاري"), no place of its own. */
function anaphoricAttack(m: Mention): boolean {
  return m.type === 'ASSAULT' && !m.location && m.triggers.every((t) => /^[وفبل]?ال/.test(normalize(t.text)));
}

/** Fold the mentions of one happening into its first mention; indices are renumbered from `offset`. */
export function foldMentions(
  mentions: Mention[],
  offset = 0,
  docCountry?: string,
  text?: string,
): EventMention[] {
  const out: Mention[] = [];
  const votes = new Map<Mention, Map<string, { p: Participant; source: number; target: number }>>();
  const vote = (e: Mention, p: Participant) => {
    const byId = votes.get(e) ?? new Map();
    votes.set(e, byId);
    const v = byId.get(p.entity.id) ?? { p, source: 0, target: 0 };
    v[p.role ?? 'source'] += roleWeight.get(p) ?? 1;
    byId.set(p.entity.id, v);
  };
  for (const m of mentions) {
    // (A mention told as another occasion, "وهذا هو الهجوم الثاني", is one of its own.)
    const another = text !== undefined && toldAsAnother(text, m);
    if (another && process.env.DBG_FOLD && m.status === 'asserted')
      console.error(
        `ANOTHER ${m.type}/${m.mode} ${m.triggers.map((t) => t.text).join('|')} ${JSON.stringify(text.slice(m.sentence.start, m.sentence.start + 150))}`,
      );
    const target = m.status === 'asserted' && !another ? out.find((e) => sameHappening(e, m)) : undefined;
    // "… على أرواح ضحايا التفجير": the attack named again by a definite noun is the one told before,
    // whatever day its clause gives (the mourning's); its clause adds no side to it.
    const again =
      !target && !another && m.status === 'asserted' && anaphoricAttack(m)
        ? out.find((e) => e.type === 'ASSAULT' && e.status === 'asserted' && placesAgree(e, m))
        : undefined;
    if (again) {
      again.triggers.push(...m.triggers);
      continue;
    }
    if (!target) {
      const copy: Mention = {
        ...m,
        participants: [...m.participants],
        triggers: [...m.triggers],
        placesDiscussed: [...m.placesDiscussed],
      };
      out.push(copy);
      for (const p of m.participants) vote(copy, p);
      continue;
    }
    target.mode = finerMode(target.mode, m.mode);
    if (m.oneSided) target.oneSided = true;
    if (m.mode && target.mode !== m.mode && m.mode === 'phone') target.mode = 'phone';
    target.triggers.push(...m.triggers);
    // The host a later clause names receiving the guest ("كان ولي العهد في مقدمة مستقبليه") takes the
    // place of his state's inviter ("تلبية لدعوة الملك").
    if (target.type === 'CONSULT')
      for (const p of m.participants) {
        if (p.via !== 'reception' || target.participants.some((q) => q.entity.id === p.entity.id)) continue;
        const i = target.participants.findIndex(
          (q) => q.via === 'inviter' && !!p.entity.country && q.entity.country === p.entity.country,
        );
        if (i >= 0) target.participants[i] = p;
      }
    // A consultation's later mentions add sides only while two are not yet known; not one that only
    // comments on it ("وتعكس هذه الزيارة حرص قائدي البلدين، فلان وفلان، على …"), naming people it
    // does not say met.
    const comment = text !== undefined && target.type === 'CONSULT' && commentsOn(text, m);
    for (const p of m.participants) {
      const known = target.participants.some((q) => q.entity.id === p.entity.id);
      if (comment && !known) continue;
      if (known || target.type !== 'CONSULT' || target.participants.length < 2) vote(target, p);
      if (!known && (target.type !== 'CONSULT' || target.participants.length < 2))
        target.participants.push(p);
    }
    for (const p of m.placesDiscussed)
      if (!target.placesDiscussed.some((q) => q.entity.id === p.entity.id)) target.placesDiscussed.push(p);
    // The finer place of the two, but a place the map can show over a street it cannot.
    const mapped = (x: EventMention['location']) => !!x?.entity.coordinates;
    if (
      m.location &&
      (!target.location ||
        (placeLevel(m.location) > placeLevel(target.location) &&
          (mapped(m.location) || !mapped(target.location))))
    )
      target.location = m.location;
    if (
      (target.date.granularity === 'unknown' && m.date.granularity !== 'unknown') ||
      dayWithin(m.date, target.date)
    ) {
      target.date = m.date;
      target.dateSpan = m.dateSpan;
    }
    if (m.casualties) target.casualties = { ...m.casualties, ...target.casualties };
  }
  for (const e of out) {
    const byId = votes.get(e);
    e.participants = e.participants.map((p) => {
      const v = byId?.get(p.entity.id);
      if (!v) return p;
      const role = v.source >= v.target ? ('source' as const) : ('target' as const);
      return e.mode === 'phone' ? { ...p, role, lean: v.source - v.target } : { ...p, role };
    });
    // Two sides of a consultation are never both sources: the one named first takes the initiative.
    if (
      e.type === 'CONSULT' &&
      e.participants.length > 1 &&
      e.participants.every((p) => p.role === 'source')
    ) {
      e.participants = e.participants.map((p, i) =>
        i === 0
          ? p
          : { ...p, role: 'target', ...(p.lean !== undefined ? { lean: Math.min(0, p.lean) } : {}) },
      );
    }
    // A visit whose hosts go unnamed is a visit to the country it goes to ("وصل الكاظمي إلى طهران").
    const host = e.location?.entity.country;
    if (
      e.type === 'CONSULT' &&
      e.mode === 'visit' &&
      host &&
      !e.participants.some((p) => p.role === 'target')
    ) {
      const c = loadKb().countryEntity.get(host);
      if (c && !e.participants.some((p) => p.entity.country === host || p.entity.id === c.id)) {
        e.participants.push({
          entity: record(c),
          via: 'destination',
          span: e.location!.span,
          role: 'target',
        });
      }
    }
    if (e.type === 'ASSAULT')
      e.participants = armedGroupsAct(
        ownForces(
          { ...e, participants: statesOwnForcesCarry(e.participants) },
          e.location?.entity.country ?? docCountry,
        ),
      );
    // People are arrested; forces, police and courts arrest ("أوقفت وحدة أمنية رئيسها راشد …").
    // ("اعتقل داخل محكمة إسلام أباد", "أحيل إلى محكمة أمن الدولة": a court the held are taken to or
    // from is no one held.)
    if (e.type === 'COERCE' && e.mode === 'arrest')
      e.participants = e.participants
        .filter((p) => !(p.role === 'target' && isCourt(p.entity)))
        .map((p) =>
          p.entity.type === 'PERSON' && p.role === 'source' ? { ...p, role: 'target' as const } : p,
        );
    // A call told again later ("خلال الاتصال") keeps no place an earlier clause gave it.
    if (e.mode === 'phone') e.location = null;
    // Victims named by sector belong to the country where the attack struck; protesters to where they
    // protest. Those a sanction names belong to the state it targets, not to where it is announced
    // ("عقوبات على سبعة مسؤولين" in Washington).
    const targetStates = new Set(
      e.participants
        .filter((p) => p.role === 'target' && isCountryRecord(p.entity))
        .map((p) => p.entity.country),
    );
    const country =
      e.type === 'SANCTION'
        ? targetStates.size === 1
          ? [...targetStates][0]
          : undefined
        : (e.location?.entity.country ?? docCountry);
    if (country) {
      // Tourists of the country itself ("السياح العراقيين" struck in Iraq) are its own people: its civilians.
      const home = (p: Participant) =>
        VISITOR_SECTORS.has(p.entity.sector ?? '') && p.entity.country === country && p.role !== 'source';
      const civilians = e.participants.some((p) => p.entity.sector === 'civilians' && p.role !== 'source');
      e.participants = e.participants
        .filter((p) => !(home(p) && civilians))
        .map((p) =>
          home(p)
            ? { ...p, entity: sectorActor('civilians', country) }
            : p.entity.sector && !p.entity.country && !VISITOR_SECTORS.has(p.entity.sector)
              ? { ...p, entity: sectorOf(p.entity.sector, country, !e.location?.entity.country) }
              : p,
        );
    }
    if (e.type === 'ASSAULT') e.participants = worshippersForCivilians(struckNamed(e.participants));
    if (e.type === 'PROTEST') e.participants = statesBesideRulers(e.participants);
    delete e.pairAnaphor;
  }
  // An event with no actor and no place is a trigger word, not an event.
  return out
    .filter(
      (e) =>
        e.participants.length > 0 || (e.type !== 'CONSULT' && (e.placesDiscussed.length > 0 || !!e.location)),
    )
    .map((e, i) => ({ ...e, index: offset + i }));
}

/** A sector actor of a country; marked when the country is only the report's (no place of the event's yet). */
function sectorOf(sector: string, country: string, reportsOnly: boolean) {
  const entity = sectorActor(sector, country);
  if (reportsOnly) reportCountrySectors.add(entity);
  return entity;
}

const FORCES = new Set(['army', 'armed-forces', 'security-forces', 'police', 'national-guard']);

/** A court named as a body ("محكمة أمن الدولة", "المحكمة العسكرية"). */
const isCourt = (e: EventMention['participants'][number]['entity']) =>
  !e.sector && e.type === 'ORG' && /^(?:ال)?محكمه(?:\s|$)/.test(normalize(e.ar ?? ''));

/**
 * A bombing in a country is not carried out by that country's own army, police or security forces
 * named beside it: they were struck ("مقتل جنود") or they answered it (a spokesman, a cordon).
 * Struck, they are one side with the soldiers named by sector; else they are no side at all.
 */
function ownForces(e: EventMention, country: string | undefined): Participant[] {
  if (e.mode && e.mode !== 'explosion') return e.participants;
  // (Protesters struck: the forces that dispersed them, not a bombing's.)
  if (e.participants.some((p) => p.role === 'target' && p.entity.sector === 'protesters'))
    return e.participants;
  // (Where the report places the bombing in no country, forces it names only by description —
  // "قوات الأمن" — are that place's own.)
  const own = (p: Participant) =>
    !!p.entity.institution &&
    FORCES.has(p.entity.institution) &&
    (country ? p.entity.country === country : p.via === 'description');
  const struck = e.participants.some((p) => p.entity.sector === 'military' || p.entity.sector === 'police');
  const out: Participant[] = [];
  for (const p of e.participants) {
    // "تزامن الانفجار مع وصول الحكومة اليمنية": a state's own government is struck by a bombing there,
    // never its author.
    if (country && p.entity.institution === 'government' && p.entity.country === country) {
      out.push({ ...p, role: 'target' });
      continue;
    }
    if (own(p)) {
      if (struck) out.push({ ...p, role: 'target' });
      continue;
    }
    // The soldiers struck are the army named beside them: one side, by its name.
    if (
      (p.entity.sector === 'military' || p.entity.sector === 'police') &&
      struck &&
      e.participants.some((q) => own(q))
    )
      continue;
    out.push(p);
  }
  return out;
}

/**
 * A state named only by an adjective of the attack ("العدوان السعودي") is the side its own army or the
 * coalition it leads already is, where the report names them ("طيران التحالف"): one side, by its name.
 */
function statesOwnForcesCarry(ps: Participant[]): Participant[] {
  return ps.filter(
    (p) =>
      p.via !== 'adjective' ||
      !ps.some(
        (q) =>
          q !== p && q.role === 'source' && q.entity.type === 'ORG' && q.entity.country === p.entity.country,
      ),
  );
}

/**
 * The people an attack struck as the report names them: a bare toll ("مقتل 3") is civilians only for
 * want of a name, not where the report names whom it struck ("3 جنود أميركيين", "عناصر حزب الله");
 * children struck are civilians too ("مقتل 22 مدنياً معظمهم أطفال" is told as "22 طفلاً" as often).
 */
function struckNamed(ps: Participant[]): Participant[] {
  const named = ps.filter((p) => p.role === 'target' && p.via !== 'toll');
  let out = named.length ? ps.filter((p) => p.via !== 'toll' || p.role !== 'target') : ps;
  // ("اغتيل فلان في انفجار قتل تسعة أشخاص": the person the attack killed, named, is whom it struck; the
  // others counted with him are no side of their own.)
  if (out.some((p) => p.role === 'target' && p.entity.type === 'PERSON'))
    out = out.filter((p) => p.via !== 'people' || p.role !== 'target');
  const children = out.find((p) => p.role === 'target' && p.entity.sector === 'children');
  if (children && !out.some((p) => p.role === 'target' && p.entity.sector === 'civilians'))
    out = [
      ...out,
      { ...children, entity: sectorActor('civilians', children.entity.country), via: 'children' },
    ];
  return out;
}
