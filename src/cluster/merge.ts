// Same event across outlets. A mention joins an event when type, mode and participants agree
// and the dates are compatible under uncertainty: two known days must be the same day, a
// weekday-only date must fall on that weekday; an unknown date is no evidence of sameness,
// so it merges only with a near-identical text (a republished copy). Mentions are visited in
// a canonical order, so any ingest order gives the same events.
import { createHash } from 'node:crypto';
import type { EntityRecord, TimeValue } from '../types.js';
import { placeLevel } from '../events/location.js';
import type { EventRecord, MentionRef, Report, FieldValues } from './types.js';
import { COPY_THRESHOLD, jaccard, shingles } from './similarity.js';
import { addDays, iso, weekdayOf, parseIso } from '../time/calendar.js';

export interface ClusterOptions {
  /** Use the temporal constraints (the ablation switches them off). */
  useDates?: boolean;
  /** Minimum text similarity for merging when a date is unknown. */
  unknownDateSimilarity?: number;
}

export function clusterEvents(mentions: MentionRef[], opts: ClusterOptions = {}): EventRecord[] {
  const useDates = opts.useDates ?? true;
  const minSim = opts.unknownDateSimilarity ?? 0.6;
  const sorted = [...mentions].sort((a, b) => a.key.localeCompare(b.key));
  const groups: MentionRef[][] = [];
  // Blocking: a mention is compared only with groups of its type that share a participant.
  const blocks = new Map<string, MentionRef[][]>();
  const keys = (m: MentionRef) =>
    m.event.participants.length
      ? m.event.participants.map((p) => `${m.event.type}|${p.entity.id}`)
      : m.event.placesDiscussed.map((p) => `${m.event.type}|place:${p.entity.id}`);
  const sim = similarityCache();
  for (const m of sorted) {
    // Attacks with named actors are also compared with actor-less attacks at the same place.
    const placeKeys = m.event.type === 'CONSULT' ? [] : m.event.placesDiscussed.map((p) => `${m.event.type}|place:${p.entity.id}`);
    // …and only within the weeks its date can fall in, so the cost per mention stays flat.
    const weeks = useDates ? weekBuckets(m) : ['all'];
    const mKeys = [...keys(m), ...placeKeys].flatMap((k) => weeks.map((w) => `${k}|${w}`));
    const candidates = new Set(mKeys.flatMap((k) => blocks.get(k) ?? []));
    let group: MentionRef[] | undefined;
    for (const g of candidates) {
      if (g.every((o) => o.document !== m.document) && g.some((o) => sameEvent(o, m, useDates, minSim, sim))) {
        group = g;
        break;
      }
    }
    if (!group) groups.push((group = []));
    group.push(m);
    for (const k of mKeys) {
      const list = blocks.get(k) ?? [];
      if (!list.includes(group)) list.push(group);
      blocks.set(k, list);
    }
  }
  return groups.map(toRecord);
}

/**
 * Reports that are copies of one text (a wire story run by several sites) are one source, not
 * independent confirmations: each copy points to the first report of its text (the canonical
 * one) by shingle Jaccard ≥ 0.8.
 */
function copyOf(group: MentionRef[]): Map<string, string> {
  const canon: { doc: string; sh: Set<string> }[] = [];
  const out = new Map<string, string>();
  for (const m of group) {
    const sh = shingles(m.text);
    const original = canon.find((c) => jaccard(c.sh, sh) >= COPY_THRESHOLD);
    if (original) out.set(m.document, original.doc);
    else canon.push({ doc: m.document, sh });
  }
  return out;
}

const DAY = 86400000;

/** No day, weekday or month known: unknown, or only bounded by the report ("on or before"). */
const undated = (t: TimeValue) => t.granularity === 'unknown' || t.granularity === 'on-or-before';
/** The last day an undated event can be: its bound, else its report's publication. */
const boundOf = (m: MentionRef) => m.event.date.notAfter ?? m.report.published;

/** Week numbers the mention's event can fall in: its date, else the days before its report. */
function weekBuckets(m: MentionRef): string[] {
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
  const out = new Set<string>();
  for (let d = from; d <= to; d += DAY) out.add(`w${Math.floor(d / DAY / 7)}`);
  return [...out];
}

function similarityCache() {
  const memo = new Map<string, Set<string>>();
  const get = (t: string) => {
    let s = memo.get(t);
    if (!s) memo.set(t, (s = shingles(t)));
    return s;
  };
  return (a: string, b: string) => jaccard(get(a), get(b));
}

// A phone call and a meeting are different events; a visit, a meeting and a reception are one kind.
const IN_PERSON = new Set(['meeting', 'visit']);
const modesAgree = (a: string | null, b: string | null) => !a || !b || a === b || (IN_PERSON.has(a) && IN_PERSON.has(b));

function sameEvent(a: MentionRef, b: MentionRef, useDates: boolean, minSim: number, sim: (a: string, b: string) => number): boolean {
  if (a.event.type !== b.event.type || !modesAgree(a.event.mode, b.event.mode)) return false;
  const pa = new Set(a.event.participants.map((p) => p.entity.id));
  const pb = b.event.participants.map((p) => p.entity.id);
  const shared = pb.filter((id) => pa.has(id)).length;
  if (pa.size && pb.length) {
    if (shared < Math.min(2, pa.size, pb.length) || shared === 0) return false;
  } else {
    // Attacks often name no actor: the place must be shared instead.
    if (a.event.type === 'CONSULT') return false;
    const places = new Set(a.event.placesDiscussed.map((p) => p.entity.id));
    if (!b.event.placesDiscussed.some((p) => places.has(p.entity.id))) return false;
  }
  if (!useDates) return true;
  const da = a.event.date;
  const db = b.event.date;
  if (!undated(da) && !undated(db)) return compatibleDates(da, db);
  // One named side and no date: too little to tell two calls of the same leader apart.
  if (a.event.type === 'CONSULT' && (pa.size === 1 || pb.length === 1) && sim(a.text, b.text) < minSim / 3) return false;
  // An unknown date is no evidence, but the publication date bounds it: the event happened at
  // most a few days before the report. Two unknowns also need the same day of report or close text.
  const wa = undated(da) ? window(boundOf(a)) : null;
  const wb = undated(db) ? window(boundOf(b)) : null;
  if (wa && wb) return overlapWindows(wa, wb) && (boundOf(a)?.slice(0, 10) === boundOf(b)?.slice(0, 10) || sim(a.text, b.text) >= minSim / 3);
  if (wa) return withinWindow(db, wa);
  if (wb) return withinWindow(da, wb);
  return sim(a.text, b.text) >= minSim;
}

const REPORT_LAG_DAYS = 3;

function window(published: string | null | undefined): [string, string] | null {
  const d = published ? parseIso(published) : null;
  if (!d) return null;
  return [iso(addDays(d, -REPORT_LAG_DAYS)), iso(d)];
}

const overlapWindows = (a: [string, string], b: [string, string]) => a[0] <= b[1] && b[0] <= a[1];

function withinWindow(t: TimeValue, w: [string, string]): boolean {
  if (t.value && t.value.length >= 10) return overlaps(t.value, `${w[0]}/${w[1]}`);
  if (t.weekday) {
    for (let d = parseIso(w[0])!; iso(d) <= w[1]; d = addDays(d, 1)) if (weekdayOf(d) === t.weekday) return true;
  }
  return false;
}

export function compatibleDates(a: TimeValue, b: TimeValue): boolean {
  if (a.value && b.value) return overlaps(a.value, b.value);
  const known = a.value ? a : b.value ? b : null;
  const other = known === a ? b : a;
  if (!known) return !!a.weekday && a.weekday === b.weekday && a.month === b.month;
  const d = parseIso(known.value!);
  if (!d || known.value!.length < 10) return false;
  if (other.weekday) return weekdayOf(d) === other.weekday;
  if (other.month) return d.m === other.month;
  return false;
}

/** ISO values or ranges ("a/b") that share at least one day / month / year. */
function overlaps(a: string, b: string): boolean {
  const [a1, a2 = a1] = a.split('/');
  const [b1, b2 = b1] = b.split('/');
  const n = Math.min(a1.length, b1.length, 10);
  return a1.slice(0, n) <= b2.slice(0, n) && b1.slice(0, n) <= a2.slice(0, n);
}

function toRecord(group: MentionRef[]): EventRecord {
  const first = group[0];
  const id = 'ev_' + createHash('sha256').update(first.key).digest('hex').slice(0, 10);
  const copies = copyOf(group);
  const reports: Report[] = group.map((m) => (copies.has(m.document) ? { ...m.report, copyOf: copies.get(m.document) } : m.report));
  const dateValues = tally(group, (m) => dateKey(m.event.date));
  const best = bestDate(group);
  const participants = new Map<string, MentionRef['event']['participants'][number]['entity']>();
  for (const m of group) for (const p of m.event.participants) participants.set(p.entity.id, p.entity);
  const places = new Map<string, { entity: MentionRef['event']['placesDiscussed'][number]['entity']; documents: string[] }>();
  for (const m of group) {
    for (const p of m.event.placesDiscussed) {
      const e = places.get(p.entity.id) ?? { entity: p.entity, documents: [] };
      if (!e.documents.includes(m.document)) e.documents.push(m.document);
      places.set(p.entity.id, e);
    }
  }
  const modes = tally(group, (m) => m.event.mode ?? '');
  const sides = sidesOf(group);
  return {
    id,
    type: first.event.type,
    mode: [...modes.values].sort((a, b) => b.documents.length - a.documents.length).find((v) => v.value)?.value ?? null,
    status: first.event.status,
    date: best,
    participants: [...participants.values()],
    sources: sides.sources,
    targets: sides.targets,
    location: locationOf(group),
    places: [...places.values()],
    reports,
    claims: group.flatMap((m) => m.claims),
    fields: {
      date: dateValues,
      participants: tally(group, (m) => m.event.participants.map((p) => p.entity.id).sort().join('+')),
      location: tally(group, (m) => m.event.location?.entity.id ?? ''),
      mode: modes,
      killed: tally(group, (m) => m.event.casualties?.killed?.value ?? ''),
      wounded: tally(group, (m) => m.event.casualties?.wounded?.value ?? ''),
    },
    outlets: new Set(reports.map((r) => r.outlet ?? r.document)).size,
    independentReports: group.length - copies.size,
    firstSeen: reports.map((r) => r.published ?? '').filter(Boolean).sort()[0] ?? null,
    mentions: group.map((m) => m.key),
    story: null,
  };
}

/** Each participant on the side most reports give it (the first report's side on a tie). */
function sidesOf(group: MentionRef[]): { sources: EntityRecord[]; targets: EntityRecord[] } {
  const votes = new Map<string, { entity: EntityRecord; source: number; target: number; first: 'source' | 'target' }>();
  for (const m of group) {
    for (const p of m.event.participants) {
      const role = p.role ?? 'source';
      const v = votes.get(p.entity.id) ?? { entity: p.entity, source: 0, target: 0, first: role };
      v[role]++;
      votes.set(p.entity.id, v);
    }
  }
  const sources: EntityRecord[] = [];
  const targets: EntityRecord[] = [];
  for (const v of votes.values()) (v.source > v.target || (v.source === v.target && v.first === 'source') ? sources : targets).push(v.entity);
  return { sources, targets };
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
  const best = [...byId.values()].sort((a, b) => b.documents.length - a.documents.length || b.level - a.level)[0];
  return best ? { entity: best.entity, documents: best.documents } : null;
}

function dateKey(t: TimeValue): string {
  return t.value ?? (t.weekday ? `weekday:${t.weekday}` : t.month ? `month:${t.month}` : 'unknown');
}

/** The most precise date any report gives, with its support; the tightest bound, or unknown, when none gives one. */
function bestDate(group: MentionRef[]): EventRecord['date'] {
  const rank = (t: TimeValue) => (t.value ? (t.granularity === 'minute' ? 5 : t.granularity === 'day' ? 4 : 3) : t.weekday ? 2 : t.month ? 1 : t.notAfter ? 0.5 : 0);
  const best = [...group].sort((a, b) => rank(b.event.date) - rank(a.event.date) || (a.event.date.notAfter ?? '').localeCompare(b.event.date.notAfter ?? ''))[0].event.date;
  const key = dateKey(best);
  const support = group.filter((m) => dateKey(m.event.date) === key).map((m) => m.document);
  return { ...best, supportedBy: support, confidence: support.length / group.length };
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
