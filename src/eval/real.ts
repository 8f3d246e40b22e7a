// Evaluation on real reports (../shared/bench/real-reports-dev.jsonl), scored as the bench's
// README says: ingest every record as one JSONL, read the merged events as `mirsad events --json`
// lists them, and give each record the event of its gold type among those its document supports
// (else its most-reported event). Actors and places are matched by name or Wikidata id through
// test/data/real/names.json, which maps the gold's English names to acceptable keys.
import { readFileSync } from 'node:fs';
import type { EventRecord } from '../shared/records.js';
import { score } from './cluster.js';
import { normalize } from '../arabic/normalize.js';

/**
 * The day a date claims, or null: a day, or a time of day ("الساعة 14:30 يوم الاثنين …"), which
 * claims its day as much; a week, a month or a weekday claims none.
 */
export function dayOf(date: { value: string | null; granularity: string }): string | null {
  return (date.granularity === 'day' || date.granularity === 'minute') && date.value
    ? date.value.slice(0, 10)
    : null;
}

export interface RealRecord {
  id: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
  event_key: string;
  event_type: string;
  source_actors: string[];
  target_actors: string[];
  location: string | null;
  event_date: string | null;
  date_basis: string;
  claims?: { source: string; quote: string }[];
}

export interface NameMap {
  actors: Record<string, string[]>;
  places: Record<string, string[]>;
}

export function loadRealRecords(path: string): RealRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** Lowercase, no diacritics, no apostrophes, no punctuation: "Recep Tayyip Erdoğan" = "recep tayyip erdogan", "Sana'a" = "sanaa". */
export const nameKey = (s: string) =>
  normalize(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʿʾ‘`]/gu, '')
    .replace(/[^\p{L}\p{N}:]+/gu, ' ')
    .trim();

/** The sector keys a state institution answers to ("Armed Forces (Egypt)" is EGY:military). */
const INSTITUTION_SECTORS: Record<string, string[]> = {
  army: ['military'],
  'armed-forces': ['military'],
  navy: ['military'],
  'air-defence': ['military'],
  'national-guard': ['military'],
  'security-forces': ['security', 'police'],
  police: ['police', 'security'],
  intelligence: ['intelligence'],
  government: ['government'],
  authorities: ['government'],
  presidency: ['government', 'presidency'],
  // (Morocco's royal court is called its royal cabinet, "الديوان الملكي" all the same.)
  'court-royal': ['royal_court', 'royal_cabinet'],
  'court-emiri': ['amiri_diwan'],
  'ministry-foreign': ['foreign'],
  'ministry-interior': ['interior', 'security'],
  embassy: ['embassy'],
  // (A consulate answers to its state's mission: "IRN:consulate", or its embassy.)
  consulate: ['consulate', 'embassy'],
  parliament: ['parliament'],
  prosecution: ['court'],
  'general-staff': ['military'],
  'ministry-security': ['security'],
  'general-security': ['security'],
  'presidential-guard': ['presidential_guard', 'security'],
  'republican-guard': ['republican_guard', 'military'],
  gendarmerie: ['gendarmerie', 'security', 'police'],
  'national-security': ['security'],
  'internal-security': ['security', 'police'],
};

export interface Keyed {
  en: string;
  ar?: string;
  wikidata: string | null;
  id: string;
  country?: string;
  sector?: string;
  institution?: string;
}

/** The keys a predicted entity answers to: its English name, Wikidata id, KB id, country:sector. */
export function entityKeys(e: Keyed): Set<string> {
  const keys = [e.en, e.ar ?? '', e.wikidata ?? '', e.id];
  if (e.sector) keys.push(`${e.country ?? ''}:${e.sector}`, `:${e.sector}`);
  // (A ministry answers to its field: "ministry-health" is health, "ministry-defence" defence or defense.)
  const field = /^ministry-(.+)$/.exec(e.institution ?? '')?.[1];
  const sectors =
    INSTITUTION_SECTORS[e.institution ?? ''] ??
    (field ? [field, ...(field === 'defence' ? ['defense'] : [])] : []);
  for (const sector of sectors) keys.push(`${e.country ?? ''}:${sector}`, `:${sector}`);
  return new Set(keys.filter(Boolean).map(nameKey));
}

/** The keys that satisfy one gold name: the map's list, else the name itself. */
export function goldKeys(name: string, map: Record<string, string[]>): string[] {
  return (map[name] ?? [name]).map(nameKey);
}

export interface RecordOutcome {
  record: RealRecord;
  event: EventRecord | null;
  /** The day the record's own report gives its event (its mention in the merged event), if any. */
  ownDay?: string | null;
  typed: boolean;
  sources: Keyed[];
  targets: Keyed[];
  location: Keyed | null;
}

/** The record's event: one of its gold type among its document's events, else the most reported. */
export function eventOfRecord(record: RealRecord, events: EventRecord[]): EventRecord | null {
  if (!events.length) return null;
  const gold = record.event_type.split('/')[0];
  const byReports = [...events].sort(
    (a, b) => b.reports.length - a.reports.length || a.id.localeCompare(b.id),
  );
  return byReports.find((e) => e.type === gold) ?? byReports[0];
}

export interface SideCounts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Gold names matched one-to-one with predicted entities, as many as can be (augmenting paths): the
 * score must not depend on the order the sides are listed in (a greedy first match can take the
 * entity a later gold name needed, "Muslim Brotherhood" for "Mohamed Badie").
 */
function matchSide(pred: Keyed[], gold: string[], map: NameMap, c: SideCounts): void {
  const predKeys = pred.map(entityKeys);
  const fits = gold.map((g) => {
    const keys = goldKeys(g, map.actors);
    return predKeys.flatMap((k, j) => (keys.some((x) => k.has(x)) ? [j] : []));
  });
  const goldOf = new Map<number, number>();
  const augment = (g: number, seen: Set<number>): boolean =>
    fits[g].some((j) => {
      if (seen.has(j)) return false;
      seen.add(j);
      const other = goldOf.get(j);
      if (other !== undefined && !augment(other, seen)) return false;
      goldOf.set(j, g);
      return true;
    });
  const matched = gold.filter((_, g) => augment(g, new Set())).length;
  c.tp += matched;
  c.fn += gold.length - matched;
  c.fp += pred.length - matched;
}

export interface RealScores {
  records: number;
  found: number;
  typed: number;
  b3: ReturnType<typeof score>['b3'];
  dated: number;
  datesRight: number;
  invented: number;
  /** Of the invented: days the record's own report gives (the rest come from other reports merged with it). */
  inventedByReport: number;
  sides: SideCounts;
  sources: SideCounts;
  targets: SideCounts;
  located: number;
  locationsRight: number;
  locationsInvented: number;
  confusion: Map<string, Map<string, number>>;
  /** Sides per gold type. */
  sidesByType: Map<string, SideCounts>;
}

export function scoreReal(outcomes: RecordOutcome[], map: NameMap): RealScores {
  const s: RealScores = {
    records: outcomes.length,
    found: 0,
    typed: 0,
    b3: { precision: 0, recall: 0, f1: 0 },
    dated: 0,
    datesRight: 0,
    invented: 0,
    inventedByReport: 0,
    sides: { tp: 0, fp: 0, fn: 0 },
    sources: { tp: 0, fp: 0, fn: 0 },
    targets: { tp: 0, fp: 0, fn: 0 },
    located: 0,
    locationsRight: 0,
    locationsInvented: 0,
    confusion: new Map(),
    sidesByType: new Map(),
  };
  for (const o of outcomes) {
    const gold = o.record.event_type.split('/')[0];
    const pred = o.event?.type ?? 'NONE';
    const row = s.confusion.get(gold) ?? new Map<string, number>();
    row.set(pred, (row.get(pred) ?? 0) + 1);
    s.confusion.set(gold, row);
    if (o.event) s.found++;
    if (o.typed) s.typed++;
    const day = o.event ? dayOf(o.event.date) : null;
    if (o.record.event_date) {
      s.dated++;
      if (day === o.record.event_date) s.datesRight++;
    } else if (day) {
      s.invented++;
      if (o.ownDay) s.inventedByReport++;
    }
    const byType = s.sidesByType.get(gold) ?? { tp: 0, fp: 0, fn: 0 };
    s.sidesByType.set(gold, byType);
    const counts = [s.sources, s.targets].map((c) => ({ ...c }));
    if (o.typed) {
      matchSide(o.sources, o.record.source_actors, map, s.sources);
      matchSide(o.targets, o.record.target_actors, map, s.targets);
    } else {
      s.sources.fn += o.record.source_actors.length;
      s.targets.fn += o.record.target_actors.length;
    }
    for (const k of ['tp', 'fp', 'fn'] as const)
      byType[k] += s.sources[k] - counts[0][k] + s.targets[k] - counts[1][k];
    if (o.record.location) {
      s.located++;
      const keys = goldKeys(o.record.location, map.places);
      if (o.location && keys.some((k) => entityKeys(o.location!).has(k))) s.locationsRight++;
    } else if (o.location) s.locationsInvented++;
  }
  for (const k of ['tp', 'fp', 'fn'] as const) s.sides[k] = s.sources[k] + s.targets[k];
  s.b3 = score(
    outcomes.map((o) => o.record.event_key),
    outcomes.map((o) => o.event?.id ?? null),
  ).b3;
  return s;
}
