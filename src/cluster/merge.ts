// Same event across outlets: each mention joins the first event (in a canonical order, so any
// ingest order gives the same events) that holds a mention of the same happening (same-event.ts),
// among the candidates its blocks give; then each merged record is built with per-field
// provenance: the values each field takes, the reports supporting each, agree or disagree.
import { createHash } from 'node:crypto';
import type { EntityRecord, TimeValue } from '../types.js';
import { placeLevel } from '../events/location.js';
import { withArmyStates } from '../events/army-states.js';
import { isArmedGroup, STRUCK_PEOPLE, worshippersForCivilians } from '../events/sides.js';
import { isCountryRecord } from '../entities/kb.js';
import { mutualTruce } from '../events/truces.js';
import type { EventRecord, MentionRef, Report, FieldValues } from '../shared/records.js';
import { cosine } from './similarity.js';
import { addDays, iso, parseIso, weekdayOf } from '../time/calendar.js';
import { isCopy, type DocFeatures } from '../shared/features.js';
import {
  boundOf,
  compatibleDates,
  nearDates,
  REPORT_LAG_DAYS,
  sameEvent,
  undated,
  type Evidence,
  holdersConflict,
  hostStatesConflict,
} from './same-event.js';

export interface ClusterOptions {
  /** Use the temporal constraints (the ablation switches them off). */
  useDates?: boolean;
}

export function clusterEvents(mentions: MentionRef[], opts: ClusterOptions = {}): EventRecord[] {
  const useDates = opts.useDates ?? true;
  const sorted = [...mentions].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const evidence = mergeEvidence(useDates);
  const groups: MentionRef[][] = [];
  // Blocking: a mention is compared only with groups of its type that share a side or a place,
  // within the weeks its date can fall in, so the cost per mention stays flat. A mention with no
  // date and no report date can fall in any week: it is compared across all of them.
  const blocks = new Map<string, MentionRef[][]>();
  for (const m of sorted) {
    const { adds, lookups } = mergeBlocks(m, useDates);
    const candidates = [...new Set(lookups.flatMap((k) => blocks.get(k) ?? []))];
    let group = firstJoined(candidates, m, evidence);
    if (!group) groups.push((group = []));
    group.push(m);
    for (const k of adds) {
      const list = blocks.get(k) ?? [];
      if (!list.includes(group)) list.push(group);
      blocks.set(k, list);
    }
  }
  return groups.map(toRecord);
}

/**
 * The first candidate group the mention joins on the rules alone, else the first it joins with
 * ties beyond words too (same-event.ts `Evidence.ties`).
 */
export function firstJoined<G extends MentionRef[]>(
  candidates: G[],
  m: MentionRef,
  evidence: Evidence,
): G | undefined {
  const strict = { ...evidence, ties: false };
  return candidates.find((g) => joins(g, m, strict)) ?? candidates.find((g) => joins(g, m, evidence));
}

/** What decides whether two mentions are one happening: the rules, and their texts' cosine. */
export function mergeEvidence(useDates = true): Evidence {
  return {
    useDates,
    ties: true,
    similarity: (a: MentionRef, b: MentionRef) => cosine(a.features.vector, b.features.vector),
  };
}

/**
 * The blocks a mention registers its group in (`adds`) and the blocks whose groups it is compared
 * with (`lookups`, in the order candidates are tried): type × each side or place, × each week its
 * date can fall in (a dated one also looks among the undated; an undated one among all weeks).
 */
export function mergeBlocks(m: MentionRef, useDates = true): { adds: string[]; lookups: string[] } {
  const type = m.event.type;
  const keys = blockKeys(m);
  const weeks = useDates ? weekBuckets(m) : ['all'];
  // (Looking a day beyond its dates: one happening an outlet dates a day later, nearDates.)
  const near = useDates ? weekBuckets(m, 1) : ['all'];
  const dated = weeks[0] !== 'undated';
  // A mention that names no side and gives no place ("انفجار استهدف مصلين", "وقّع الطرفان") shares
  // no key with the reports of its happening that name them: it registers in `type|unanchored`,
  // which every mention looks up, and looks up every group of its type in its weeks (`type|any`,
  // where every mention registers); the candidates its own keys give come first. An undated one
  // looks among the undated only, not among every group of its type ever.
  const unanchored = !anchored(m);
  const own = unanchored ? [...keys, `${type}|unanchored`] : keys;
  const looked = unanchored ? keys : [...keys, `${type}|unanchored`];
  const lookups = dated
    ? looked.flatMap((k) => [...near.map((w) => `${k}|${w}`), `${k}|undated`])
    : looked.map((k) => `${k}|*`);
  if (unanchored) lookups.push(...(dated ? near : weeks).map((w) => `${type}|any|${w}`));
  const adds = [
    ...own.flatMap((k) => [`${k}|*`, ...weeks.map((w) => `${k}|${w}`)]),
    ...weeks.map((w) => `${type}|any|${w}`),
  ];
  return { adds: [...new Set(adds)], lookups: [...new Set(lookups)] };
}

/** The mention names a side by name (not only by sector) or gives where it happened. */
const anchored = (m: MentionRef) => !!m.event.location || m.event.participants.some((p) => !p.entity.sector);

/**
 * Of two records of one entity (an unknown name spelled "موسى" in one report, "موسي" in another), the
 * one the event shows: the same whichever report was merged first (workers merge in any order).
 */
function steadier<T extends { ar?: string | null; en?: string | null }>(a: T, b: T | undefined): T {
  if (!b) return a;
  const ka = `${a.ar ?? ''}|${a.en ?? ''}`;
  const kb = `${b.ar ?? ''}|${b.en ?? ''}`;
  return ka < kb ? a : b;
}

/**
 * A mention joins a group when it is the same happening as enough of the group's mentions (at
 * least a third, and at least one): one close report is not enough to chain two happenings
 * together, but a report need not match every report of the group either — one gives no date,
 * another a district the gazetteer cannot place, a third only the province — and those that speak
 * for it are the reports that share what it does give (eval:real B³ recall dev 0.769 → 0.792, h2
 * 0.772 → 0.796; eval:cluster unchanged).
 */
export function joins(group: MentionRef[], m: MentionRef, evidence: Evidence): boolean {
  // Two mentions of one document are two happenings.
  if (group.some((o) => o.document === m.document)) return false;
  // Two dates that cannot be one day (2022-09-14 and 2024-09-04) never share a group, whatever
  // weekdays of unknown weeks link them.
  if (
    evidence.useDates &&
    !undated(m.event.date) &&
    group.some(
      (o) =>
        !undated(o.event.date) &&
        !compatibleDates(o.event.date, m.event.date) &&
        !nearDates(o.event.date, m.event.date),
    )
  )
    return false;
  // Nor do two holders of one office whose terms never met (Rouhani and Raisi as Iran's president),
  // nor visits received by leaders of two states (the leg to Riyadh beside the visit to Tehran).
  if (group.some((o) => holdersConflict(o.event, m.event) || hostStatesConflict(o.event, m.event)))
    return false;
  let yes = 0;
  for (const o of datedByGroup(group)) if (sameEvent(o, m, evidence)) yes++;
  return yes > 0 && yes * 3 >= group.length;
}

/**
 * The group's mentions, an undated one given the day its dated ones all give: a report that tells
 * no day joined the reports of that day, so a newcomer is compared with the happening it joined,
 * not with a report that could be of any day (a report placing the attack in a quarter the
 * gazetteer lacks, dated like the others, beside undated reports placing it in the city: eval:real
 * B³ F1 h6 0.901 → 0.912, other sets =).
 */
function datedByGroup(group: MentionRef[]): MentionRef[] {
  const days = new Set(
    group.filter((o) => !undated(o.event.date)).map((o) => o.event.date.value?.slice(0, 10) ?? ''),
  );
  const [day] = days;
  if (days.size !== 1 || !day || day.length < 10) return group;
  // (The day of a statement announcing the act is not the act's own.)
  const date = group.find(
    (o) =>
      o.event.date.value?.startsWith(day) &&
      o.event.date.derivation !== 'report-day' &&
      !o.event.date.ofStatement,
  )?.event.date;
  if (!date) return group;
  return group.map((o) => (undated(o.event.date) ? { ...o, event: { ...o.event, date } } : o));
}

/** Type × each named side, type × the place it happened (and the places it names, for attacks). */
function blockKeys(m: MentionRef): string[] {
  const e = m.event;
  const keys = e.participants.filter((p) => !p.entity.sector).map((p) => `${e.type}|${p.entity.id}`);
  if (e.location)
    keys.push(
      `${e.type}|place:${e.location.entity.id}`,
      `${e.type}|country:${e.location.entity.country ?? '?'}`,
    );
  if (e.type !== 'CONSULT') for (const p of e.placesDiscussed) keys.push(`${e.type}|place:${p.entity.id}`);
  return keys.length ? [...new Set(keys)] : [`${e.type}|nobody`];
}

/**
 * Reports that are copies of one text (a wire story run by several sites) are one source, not
 * independent confirmations: each copy points to the first report of its text (the canonical
 * one) by shingle Jaccard ≥ 0.8.
 */
function copyOf(group: MentionRef[]): Map<string, string> {
  const canon: { doc: string; f: DocFeatures }[] = [];
  const out = new Map<string, string>();
  for (const m of group) {
    const original = canon.find((c) => isCopy(c.f, m.features));
    if (original) out.set(m.document, original.doc);
    else canon.push({ doc: m.document, f: m.features });
  }
  return out;
}

const DAY = 86400000;

/** Week numbers the mention's event can fall in (widened by `margin` days): its date, else the days before its report. */
function weekBuckets(m: MentionRef, margin = 0): string[] {
  const t = m.event.date;
  let from: number;
  let to: number;
  if (t.value && t.value.length >= 10) {
    const [a, b = a] = t.value.split('/');
    from = Date.parse(a.slice(0, 10));
    to = Math.min(Date.parse(b.slice(0, 10)), from + 14 * DAY);
  } else if (boundOf(m)) {
    to = Date.parse(boundOf(m)!.slice(0, 10));
    from = to - REPORT_LAG_DAYS * DAY;
  } else {
    return ['undated'];
  }
  if (Number.isNaN(from) || Number.isNaN(to)) return ['undated'];
  from -= margin * DAY;
  to += margin * DAY;
  const out = new Set<string>();
  for (let d = from; d <= to; d += DAY) out.add(`w${Math.floor(d / DAY / 7)}`);
  return [...out];
}

const RECALLED = new Set(['background', 'referenced']);

/** The merged record of a group of mentions (in the order they joined it, the first naming it). */
export function toRecord(group: MentionRef[]): EventRecord {
  const first = group[0];
  const id = 'ev_' + createHash('sha256').update(first.key).digest('hex').slice(0, 10);
  const copies = copyOf(group);
  // A report that only recalls the event ("زيارته السابقة في يناير 2021") is not a report of it.
  const telling = group.some((m) => !RECALLED.has(m.event.status))
    ? group.filter((m) => !RECALLED.has(m.event.status))
    : group;
  const reports: Report[] = telling.map((m) =>
    copies.has(m.document) ? { ...m.report, copyOf: copies.get(m.document) } : m.report,
  );
  const dateValues = tally(group, (m) => dateKey(m.event.date));
  const best = bestDate(group);
  const participants = new Map<string, MentionRef['event']['participants'][number]['entity']>();
  for (const m of group)
    for (const p of m.event.participants)
      participants.set(p.entity.id, steadier(p.entity, participants.get(p.entity.id)));
  const places = new Map<
    string,
    { entity: MentionRef['event']['placesDiscussed'][number]['entity']; documents: string[] }
  >();
  for (const m of group) {
    for (const p of m.event.placesDiscussed) {
      const e = places.get(p.entity.id) ?? { entity: p.entity, documents: [] };
      e.entity = steadier(p.entity, e.entity);
      if (!e.documents.includes(m.document)) e.documents.push(m.document);
      places.set(p.entity.id, e);
    }
  }
  const modes = tally(group, (m) => m.event.mode ?? '');
  const mode =
    [...modes.values].sort((a, b) => b.documents.length - a.documents.length).find((v) => v.value)?.value ??
    null;
  const sides = sidesOf(group);
  // A phone call happens nowhere in particular, whatever place one report's clause gave it.
  const location = mode === 'phone' ? null : locationOf(group);
  return {
    id,
    type: first.event.type,
    mode,
    // Asserted when any report asserts it: a visit one report announces or recalls and others report.
    status: group.some((m) => m.event.status === 'asserted') ? 'asserted' : first.event.status,
    date: best,
    participants: [...participants.values()],
    // (A state's army striking abroad: its state too, army-states.ts.)
    sources: withArmyStates(first.event.type, sides.sources, sides.targets, location?.entity.country),
    targets: sides.targets,
    location,
    places: [...places.values()],
    reports,
    claims: group.flatMap((m) => m.claims),
    fields: {
      date: dateValues,
      participants: tally(group, (m) =>
        m.event.participants
          .map((p) => p.entity.id)
          .sort()
          .join('+'),
      ),
      location: tally(group, (m) => m.event.location?.entity.id ?? ''),
      mode: modes,
      killed: tally(group, (m) => m.event.casualties?.killed?.value ?? ''),
      wounded: tally(group, (m) => m.event.casualties?.wounded?.value ?? ''),
    },
    outlets: new Set(reports.map((r) => r.outlet ?? r.document)).size,
    independentReports: group.length - copies.size,
    firstSeen:
      reports
        .map((r) => r.published ?? '')
        .filter(Boolean)
        .sort()[0] ?? null,
    mentions: group.map((m) => m.key),
    story: null,
  };
}

/**
 * How many of a group's reports must give a side or a place for the merged record to keep it: a
 * third of them (of four or more; one for fewer). What fewer give is one report's reading, kept in
 * that report's mention (eval:real sides 0.564 → 0.594, location 132 → 136/174).
 */
function supportNeeded(group: MentionRef[]): number {
  return Math.max(1, Math.ceil(new Set(group.map((m) => m.document)).size * 0.3));
}

/** The country an attacker is named by: a state itself, its forces and bodies, a force of its own. */
function stateOf(e: EntityRecord): string | undefined {
  if (!e.country) return undefined;
  if (isCountryRecord(e) || e.institution || e.sector === 'military' || e.sector === 'police')
    return e.country;
  return e.type === 'ORG' && !e.sector ? e.country : undefined;
}

/**
 * "غارة إسرائيلية" in one report, "أعلن الجيش الإسرائيلي" in another, the others naming no attacker:
 * one side named apart — a state, its army, its command — that no name has the support to keep
 * alone. Together they have it, and the attack keeps that side by the name most reports give (the
 * state's own among equals) — unless a report contradicts it (names another attacker, or that
 * state's own people among those struck), or the state's side is kept already by another name.
 */
function oneStateNamedApart(
  group: MentionRef[],
  minor: { entity: EntityRecord; docs: Set<string> }[],
  need: number,
): EntityRecord[] {
  const byState = new Map<string, { entity: EntityRecord; docs: Set<string> }[]>();
  for (const v of minor) {
    const state = stateOf(v.entity);
    if (state) byState.set(state, [...(byState.get(state) ?? []), v]);
  }
  const out: EntityRecord[] = [];
  for (const [state, members] of byState) {
    if (members.length < 2) continue;
    const support = new Set(members.flatMap((v) => [...v.docs]));
    if (support.size < need) continue;
    const contradicted = group.some((m) =>
      m.event.participants.some((p) =>
        (p.role ?? 'source') === 'source' ? stateOf(p.entity) !== state : p.entity.country === state,
      ),
    );
    if (contradicted) continue;
    const best = [...members].sort(
      (a, b) =>
        b.docs.size - a.docs.size || Number(isCountryRecord(b.entity)) - Number(isCountryRecord(a.entity)),
    )[0];
    out.push(best.entity);
  }
  return out;
}

// Acts between states, where a state, its officials, ministries and envoys are one side (a visit or
// meeting is between people, and its guest and host are read apart: guestsFirst, location.ts).
const BETWEEN_STATES = new Set(['AGREE', 'SANCTION', 'ACCUSE', 'REJECT', 'THREATEN', 'REQUEST']);

/**
 * "مصر وقطر وقعتا" in one report, "حضر الرئيس المصري وأمير قطر توقيع المذكرات" in another: reports that
 * name the two states in either order must not put a leader on one side and his state on the other.
 * In an act between two or more states, a state, its officials and its bodies take the side their
 * votes together give (each keeps its own where they tie).
 */
function statesTogether(
  e: { type: string; mode: string | null },
  votes: Iterable<{ entity: EntityRecord; source: number; target: number; first: 'source' | 'target' }>,
): void {
  if (!BETWEEN_STATES.has(e.type) || e.mode === 'ceasefire') return;
  const blocs = new Map<
    string,
    {
      source: number;
      target: number;
      members: { source: number; target: number; first: 'source' | 'target' }[];
    }
  >();
  for (const v of votes) {
    const x = v.entity;
    const member = isCountryRecord(x) || x.type === 'PERSON' || !!x.institution || x.sector === 'ambassador';
    if (!member || !x.country) continue;
    const b = blocs.get(x.country) ?? { source: 0, target: 0, members: [] };
    b.source += v.source;
    b.target += v.target;
    b.members.push(v);
    blocs.set(x.country, b);
  }
  if (blocs.size < 2) return;
  const roleOf = (b: { source: number; target: number }) =>
    b.source > b.target ? 'source' : b.target > b.source ? 'target' : null;
  // (A state whose votes tie faces the others when they all stand on one side.)
  const decided = new Set([...blocs.values()].map(roleOf).filter(Boolean));
  const facing = decided.size === 1 ? ([...decided][0] === 'source' ? 'target' : 'source') : null;
  for (const b of blocs.values()) {
    const role = roleOf(b) ?? facing;
    if (!role) continue;
    for (const v of b.members) {
      const n = v.source + v.target;
      v.source = role === 'source' ? n : 0;
      v.target = role === 'target' ? n : 0;
      v.first = role;
    }
  }
}

/**
 * "الملك يتصل هاتفياً بالرئيس" in one report, "الرئيس يخص الملك بأول اتصال" in another that then
 * tells "بادر الملك إلى الاتصال": who called is the side most reports give each, a report whose own
 * readings leave it even (its lean 0) giving none — not the first report's reading on a tie; a side
 * the reports leave even faces the side they decide, where they decide only one. (A report counts
 * once however surely it reads: one long report must not outvote three.)
 */
function callersByLean(
  group: MentionRef[],
  votes: Map<string, { entity: EntityRecord; source: number; target: number; first: 'source' | 'target' }>,
): void {
  const lean = new Map<string, number>();
  for (const m of group)
    for (const p of m.event.participants)
      lean.set(
        p.entity.id,
        (lean.get(p.entity.id) ?? 0) + Math.sign(p.lean ?? (p.role === 'target' ? -1 : 1)),
      );
  const decided = new Set(
    [...lean.values()].filter((n) => n !== 0).map((n) => (n > 0 ? 'source' : 'target')),
  );
  const facing = decided.size === 1 ? ([...decided][0] === 'source' ? 'target' : 'source') : null;
  for (const [id, n] of lean) {
    const v = votes.get(id);
    const role = n > 0 ? 'source' : n < 0 ? 'target' : facing;
    if (!v || !role) continue;
    const all = v.source + v.target;
    v.source = role === 'source' ? all : 0;
    v.target = role === 'target' ? all : 0;
    v.first = role;
  }
}

/** Each participant on the side most reports give it (the first report's side on a tie). */
function sidesOf(group: MentionRef[]): { sources: EntityRecord[]; targets: EntityRecord[] } {
  const votes = new Map<
    string,
    {
      entity: EntityRecord;
      source: number;
      target: number;
      first: 'source' | 'target';
      docs: Set<string>;
      named: boolean;
      /** Named by a group word ("مدنيين"), not only as persons ("أشخاص") or by a toll. */
      grouped: boolean;
    }
  >();
  for (const m of group) {
    for (const p of m.event.participants) {
      const role = p.role ?? 'source';
      const v = votes.get(p.entity.id) ?? {
        entity: p.entity,
        source: 0,
        target: 0,
        first: role,
        docs: new Set(),
        named: false,
        grouped: false,
      };
      v[role]++;
      v.entity = steadier(p.entity, v.entity);
      if (p.via !== 'toll') v.named = true;
      if (p.via !== 'toll' && p.via !== 'people') v.grouped = true;
      v.docs.add(m.document);
      votes.set(p.entity.id, v);
    }
  }
  // "وصل الرئيس إلى القاهرة" in one report, "استقبله الرئيس المصري" in another: the host country a
  // report gives for want of a host is the host another names, and supports him.
  if (group[0].event.type === 'CONSULT') {
    const destinations = new Map<string, Set<string>>();
    for (const m of group)
      for (const p of m.event.participants)
        if (p.via === 'destination' && p.entity.country)
          destinations.set(
            p.entity.country,
            new Set([...(destinations.get(p.entity.country) ?? []), m.document]),
          );
    for (const v of votes.values())
      if (v.entity.type === 'PERSON' && v.target > v.source && v.entity.country)
        for (const d of destinations.get(v.entity.country) ?? []) v.docs.add(d);
  }
  statesTogether(group[0].event, votes.values());
  if (group.some((m) => m.event.mode === 'phone')) callersByLean(group, votes);
  const need = supportNeeded(group);
  const sources: EntityRecord[] = [];
  const targets: EntityRecord[] = [];
  const role = (v: { source: number; target: number; first: 'source' | 'target' }) =>
    v.source > v.target || (v.source === v.target && v.first === 'source') ? 'source' : 'target';
  for (const v of votes.values())
    if (v.docs.size >= need) (role(v) === 'source' ? sources : targets).push(v.entity);
  if (group[0].event.type === 'ASSAULT')
    sources.push(
      ...oneStateNamedApart(
        group,
        [...votes.values()].filter((v) => role(v) === 'source' && v.docs.size < need),
        need,
      ).filter((e) => !sources.some((x) => stateOf(x) === e.country)),
    );
  // A visit or meeting is between people: the host country some report named for want of a host
  // yields to the host the other reports name.
  if (group[0].event.type === 'CONSULT') {
    const withPerson = (side: EntityRecord[]) =>
      side.filter(
        (e) => !(isCountryRecord(e) && side.some((p) => p.type === 'PERSON' && p.country === e.country)),
      );
    // (Not a visit's host state: a visit is to the host and his state.)
    const visit = group.some((m) => m.event.mode === 'visit');
    return { sources: withPerson(sources), targets: visit ? targets : withPerson(targets) };
  }
  // "مقتل 24", "30 شخصا": persons counted, civilians for want of a word for them, are not where
  // reports say the attack struck soldiers or police ("جنود", the army) or an armed group
  // ("انفجارات طالت أجهزة عناصر حزب الله"): the dead are theirs.
  // (Nor where they name a person, a state's body or another named body the attack was aimed at:
  // "اغتيال الحريري … ومقتل 21 شخصا", "تفجير استهدف وزارة الخارجية أودى بحياة 95 شخصا" — those
  // counted fell in the attack on it, the side reports give it.)
  const forces = targets.some(
    (e) =>
      votes.get(e.id)?.named &&
      (e.sector === 'military' ||
        e.sector === 'police' ||
        FORCES.has(e.institution ?? '') ||
        isArmedGroup(e) ||
        aimedAt(e)),
  );
  const guessed = (e: EntityRecord) => e.sector === 'civilians' && !votes.get(e.id)?.grouped;
  // "تفجير استهدف موكب المحافظ فلان": where a report names the person an attack was aimed at, its
  // guards and passers-by counted ("3 من حراسه ومدني", "بينهم شرطي") fell in the attack on him; the
  // sectors and forces told of them give way to him.
  const aimedPerson = group.some((m) =>
    m.event.participants.some((p) => p.via === 'aimed' && p.role === 'target'),
  );
  const beside = (e: EntityRecord) =>
    aimedPerson &&
    (['civilians', 'military', 'police'].includes(e.sector ?? '') || FORCES.has(e.institution ?? ''));
  const named = (forces ? targets.filter((e) => !guessed(e)) : targets).filter((e) => !beside(e));
  const struck = worshippersForCivilians(named.map((entity) => ({ entity }))).map((p) => p.entity);
  const sides = {
    sources: ownBodyForGovernment(notStruckOwn(placedSectors(sources), named)),
    targets: oneForcePerState(placedSectors(struck)),
  };
  return group.every((m) => mutualTruce(m.event)) || betweenStates(group, sides)
    ? bothWays(group, sides)
    : sides;
}

const UN = 'Q1065';

/**
 * An agreement between two states (no truce: "اتفقت السعودية وإيران على استئناف العلاقات") binds
 * each: which one a report names first says nothing of who acts, so each is a source and a target.
 */
function betweenStates(
  group: MentionRef[],
  sides: { sources: EntityRecord[]; targets: EntityRecord[] },
): boolean {
  if (group[0].event.type !== 'AGREE' || group.some((m) => m.event.mode)) return false;
  const all = [...sides.sources, ...sides.targets];
  const states = new Set(all.filter((e) => isCountryRecord(e)).map((e) => e.id));
  return states.size === 2 && all.every((e) => isCountryRecord(e));
}

/**
 * A truce both sides keep (mutualTruce): each party is a source and a target, whatever role one
 * report's sentence gave it ("دخلت الهدنة بين إسرائيل وحماس حيز التنفيذ" in one report, "بين حماس
 * وإسرائيل" in another). Its broker (the UN, an envoy) keeps the side it has. Two parties named, or
 * the parties named together ("الأطراف اليمنية"); one party alone is left as it is.
 */
function bothWays(
  group: MentionRef[],
  sides: { sources: EntityRecord[]; targets: EntityRecord[] },
): { sources: EntityRecord[]; targets: EntityRecord[] } {
  const brokers = new Set(
    group.flatMap((m) => m.event.participants.filter((p) => p.via === 'broker').map((p) => p.entity.id)),
  );
  brokers.add(UN);
  const parties = [...sides.sources, ...sides.targets].filter(
    (e, i, all) => !brokers.has(e.id) && all.findIndex((x) => x.id === e.id) === i,
  );
  if (parties.length < 2 && !parties.some((e) => e.sector === 'parties')) return sides;
  const add = (side: EntityRecord[]) => [...side, ...parties.filter((e) => !side.some((x) => x.id === e.id))];
  return { sources: add(sides.sources), targets: add(sides.targets) };
}

// The members a state's force is named by: its soldiers, its policemen.
const MEMBERS: Record<string, string[]> = {
  army: ['military'],
  'armed-forces': ['military'],
  'national-guard': ['military'],
  'security-forces': ['military', 'police'],
  police: ['police'],
};

/**
 * "مقتل ثلاثة عسكريين أمريكيين" in one report, "القوات الأمريكية" in another: the soldiers struck
 * and the force they serve in are one side, named by its members.
 */
function oneForcePerState(side: EntityRecord[]): EntityRecord[] {
  return side.filter(
    (e) =>
      !(MEMBERS[e.institution ?? ''] ?? []).some((sector) =>
        side.some((p) => p.sector === sector && p.country === e.country),
      ),
  );
}

const FORCES = new Set(['army', 'armed-forces', 'security-forces', 'police', 'national-guard']);

/** A person, or a body that is no crowd and no state: what an attack was aimed at, by name. */
const aimedAt = (e: EntityRecord) =>
  !e.sector && !isCountryRecord(e) && (e.type === 'PERSON' || e.type === 'ORG');

/**
 * "قتل 16 جنديا مصريا حين هاجم مسلحون نقطة تفتيش … وتبادلوا إطلاق النار مع القوات المسلحة": where
 * an attack struck a state's soldiers or police, that state's own force on the attacking side is
 * the force that fought back, not the attacker.
 */
function notStruckOwn(sources: EntityRecord[], targets: EntityRecord[]): EntityRecord[] {
  const struck = new Set(targets.filter(army).map((e) => e.country));
  // "تبنى تنظيم الدولة الهجوم على المسجد" in one report, "أعلنت شرطة عمان السلطانية مقتل المهاجمين" in
  // another: where an armed group struck a country's own people, that country's force beside it
  // answered the attack.
  const group = sources.some((e) => isArmedGroup(e) && !stateForce(e));
  const people = new Set(targets.filter((e) => STRUCK.has(e.sector ?? '')).map((e) => e.country));
  return sources.filter(
    (e) =>
      !(
        e.country &&
        (struck.has(e.country) || (group && people.has(e.country))) &&
        stateForce(e) &&
        !isCountryRecord(e)
      ),
  );
}

const army = (e: EntityRecord) => e.sector === 'military' || ARMIES.has(e.institution ?? '');

/** A state's force, not an armed group of that country ("الشباب" struck Somali soldiers). */
const stateForce = (e: EntityRecord) =>
  army(e) ||
  FORCES.has(e.institution ?? '') ||
  e.sector === 'police' ||
  /\b(?:(?:Armed|Defen[cs]e|Security) Forces|Police)\b/.test(e.en);

// The people an attack strikes who bear no arms (but tourists: visitors).
const STRUCK = new Set([...STRUCK_PEOPLE].filter((k) => k !== 'tourists'));

const ARMIES = new Set(['army', 'armed-forces']);

/**
 * "ألقت السلطات التونسية القبض على …" in one report, "أوقفت وحدات الأمن" or "وزارة الداخلية" in
 * another: a state's government beside its own force or ministry on one side is that body named
 * loosely; the side keeps the body.
 */
function ownBodyForGovernment(side: EntityRecord[]): EntityRecord[] {
  const body = (e: EntityRecord) => FORCES.has(e.institution ?? '') || e.institution?.startsWith('ministry-');
  return side.filter(
    (e) => !(e.institution === 'government' && side.some((p) => p.country === e.country && body(p))),
  );
}

/**
 * People named by sector in a report that gives no place ("civilians") are the same people
 * another report places ("civilians (Lebanon)"): the side keeps the placed one only.
 */
function placedSectors(side: EntityRecord[]): EntityRecord[] {
  return side.filter(
    (e) => !(e.sector && !e.country && side.some((p) => p !== e && p.sector === e.sector && p.country)),
  );
}

/** The place most reports give; among equals the finest (a town over its province). */
function locationOf(group: MentionRef[]): EventRecord['location'] {
  const byId = new Map<string, { entity: EntityRecord; documents: string[]; level: number }>();
  for (const m of group) {
    const loc = m.event.location;
    if (!loc) continue;
    const e = byId.get(loc.entity.id) ?? { entity: loc.entity, documents: [], level: placeLevel(loc) };
    if (!e.documents.includes(m.document)) e.documents.push(m.document);
    byId.set(loc.entity.id, e);
  }
  // The country most reports place it in, then the finest place there that a map can show
  // ("بغداد" over "العراق", the town over a district without coordinates), most reported first.
  // As with sides ("في الحديدة" in one report of a truce the others place in Yemen).
  const need = supportNeeded(group);
  const all = [...byId.values()];
  const places = all.some((p) => p.documents.length >= need)
    ? all.filter((p) => p.documents.length >= need)
    : all;
  const support = new Map<string, number>();
  for (const p of places)
    if (p.entity.country)
      support.set(p.entity.country, (support.get(p.entity.country) ?? 0) + p.documents.length);
  const country = [...support].sort((a, b) => b[1] - a[1])[0]?.[0];
  const mapped = (p: (typeof places)[number]) => (p.entity.coordinates ? 1 : 0);
  const inCountry = places.filter((p) => !country || !p.entity.country || p.entity.country === country);
  const finest = inCountry.sort(
    (a, b) => mapped(b) - mapped(a) || b.level - a.level || b.documents.length - a.documents.length,
  )[0];
  // Two towns or sites on the map are not one inside the other (the KB already places a site it
  // knows in its town): where reports disagree on them ("برفح" in two, "معبر كرم أبو سالم" in one),
  // the one most reports give, as with the country.
  const town = (p: (typeof places)[number]) => mapped(p) && p.level >= 3;
  const mostTold =
    finest && town(finest)
      ? inCountry.filter(town).sort((a, b) => b.documents.length - a.documents.length)[0]
      : undefined;
  const best = mostTold && mostTold.documents.length > finest.documents.length ? mostTold : finest;
  return best ? { entity: best.entity, documents: best.documents } : null;
}

function dateKey(t: TimeValue): string {
  return t.value ?? (t.weekday ? `weekday:${t.weekday}` : t.month ? `month:${t.month}` : 'unknown');
}

/** The most precise date any report gives, with its support; the tightest bound, or unknown, when none gives one. */
function bestDate(group: MentionRef[]): EventRecord['date'] {
  const rank = (t: TimeValue) =>
    t.value
      ? t.granularity === 'minute'
        ? 5
        : t.granularity === 'day'
          ? 4
          : 3
      : t.weekday
        ? 2
        : t.month
          ? 1
          : t.notAfter
            ? 0.5
            : 0;
  const best = [...group].sort(
    (a, b) =>
      rank(b.event.date) - rank(a.event.date) ||
      (a.event.date.notAfter ?? '').localeCompare(b.event.date.notAfter ?? ''),
  )[0].event.date;
  const shifted = dayOfTheWeekdayGiven(group, best);
  if (shifted) return shifted;
  const key = dateKey(best);
  const support = group.filter((m) => dateKey(m.event.date) === key).map((m) => m.document);
  return { ...best, supportedBy: support, confidence: support.length / group.length };
}

/**
 * "أعلنت … اليوم الجمعة" in one report, "يوم السبت" in more: the day a statement came is not the
 * day of the act when more reports name the weekday of a day next to it (one happening told a day
 * apart, nearDates): that day, as those reports give it.
 */
function dayOfTheWeekdayGiven(group: MentionRef[], best: TimeValue): EventRecord['date'] | null {
  if (best.derivation !== 'report-day' || best.value?.length !== 10) return null;
  const day = parseIso(best.value)!;
  const giving = (w: string) => group.filter((m) => !m.event.date.value && m.event.date.weekday === w);
  const own = group.filter((m) => m.event.date.value === best.value).length + giving(weekdayOf(day)).length;
  for (const n of [-1, 1]) {
    const next = addDays(day, n);
    const those = giving(weekdayOf(next));
    if (those.length > own)
      return {
        ...best,
        value: iso(next),
        weekday: weekdayOf(next),
        derivation: 'relative-to-reference',
        supportedBy: those.map((m) => m.document),
        confidence: those.length / group.length,
      };
  }
  return null;
}

function tally(group: MentionRef[], key: (m: MentionRef) => string): FieldValues {
  const values = new Map<string, string[]>();
  for (const m of group) {
    const k = key(m);
    const docs = values.get(k);
    if (docs) docs.push(m.document);
    else values.set(k, [m.document]);
  }
  const list = [...values].map(([value, documents]) => ({ value, documents }));
  const informative = list.filter((v) => v.value && v.value !== 'unknown');
  return { values: list, agreed: informative.length <= 1 };
}
