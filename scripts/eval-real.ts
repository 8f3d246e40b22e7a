// npm run eval:real: events on the shared real reports (../shared/bench/real-reports-dev.jsonl),
// scored as its README says (ingest all records as one JSONL; the events `mirsad events --json`
// lists). --errors prints each record's errors by class; --json writes the scores.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../src/store/sqlite.js';
import { ingestPaths } from '../src/ingest/index.js';
import { mergeNewMentions } from '../src/rebuild.js';
import { table } from '../src/cli/format.js';
import { normalize } from '../src/arabic/normalize.js';
import type { EventRecord } from '../src/shared/records.js';
import type { Claim } from '../src/types.js';
import { prf } from '../src/eval/prf.js';
import {
  dayOf,
  entityKeys,
  eventOfRecord,
  goldKeys,
  loadRealRecords,
  scoreReal,
  type Keyed,
  type NameMap,
  type RecordOutcome,
} from '../src/eval/real.js';

// --file PATH scores another set in the same format (a held-out set written from other pages).
const fileArg = process.argv.indexOf('--file');
const FILE = fileArg > 0 ? process.argv[fileArg + 1] : '../shared/bench/real-reports-dev.jsonl';
if (!existsSync(FILE)) {
  console.log(`eval:real skipped: ${FILE} is not here (the shared benchmarks sit beside the project).`);
  process.exit(0);
}
const records = loadRealRecords(FILE);
// --names PATH: the name keys of that set's gold (default: the shared set's, test/data/real/names.json).
const namesArg = process.argv.indexOf('--names');
const NAMES = namesArg > 0 ? process.argv[namesArg + 1] : 'test/data/real/names.json';
// --own scores each record's sides on its own report's mentions instead of the merged event's
// (to tell what the report's analysis gets wrong from what merging adds).
const OWN = process.argv.includes('--own');
const names = JSON.parse(readFileSync(NAMES, 'utf8')) as NameMap & { claimSources: Record<string, string[]> };
const dir = mkdtempSync(path.join(tmpdir(), 'mirsad-real-'));
const store = new SqliteStore(path.join(dir, 'real.db'));
const t0 = performance.now();
// (A generous time budget: the scores must not depend on how loaded the machine is — the default
// 10 s per document is wall time, and a machine running several evaluations at once may pass it.)
const summary = await ingestPaths(store, [FILE], { limits: { timeBudgetMs: 300_000 } });
await mergeNewMentions(store);
const seconds = (performance.now() - t0) / 1000;
// As `mirsad events --json` lists them: asserted events only.
const events = (await store.listEvents()).filter((e) => e.status === 'asserted');
const docs = await store.listDocuments();
const docOfLine = new Map<number, string>();
for (const d of docs) {
  docOfLine.set(lineOf(d.source), d.id);
  for (const s of await store.listSightings(d.id)) docOfLine.set(lineOf(s.source), d.id);
}
const eventsOfDoc = new Map<string, EventRecord[]>();
for (const e of events)
  for (const r of e.reports) eventsOfDoc.set(r.document, [...(eventsOfDoc.get(r.document) ?? []), e]);

const outcomes: RecordOutcome[] = [];
const claimRows: { id: string; gold: string; got: string; ok: boolean }[] = [];
for (const [i, record] of records.entries()) {
  const doc = docOfLine.get(i + 1);
  const event = doc ? eventOfRecord(record, eventsOfDoc.get(doc) ?? []) : null;
  const typed = !!event && event.type === record.event_type.split('/')[0];
  const ownDay = event && doc ? await ownDayOf(doc, event) : null;
  const own = OWN && event && doc ? await ownSides(doc, event) : null;
  outcomes.push({ record, event, typed, ownDay, ...(own ?? sidesOf(event)), location: locationOf(event) });
  if (record.claims?.length && doc) {
    const stored = await store.getDocument(doc);
    for (const c of record.claims) {
      const claim = stored ? claimWithQuote(stored.text, stored.claims, c.quote) : null;
      const keys = claim ? claimKeys(claim) : new Set<string>();
      const ok = goldKeys(c.source, names.claimSources).some((k) => keys.has(k));
      claimRows.push({
        id: record.id,
        gold: c.source,
        got: claim ? (claim.sourceText ?? '(outlet)') : '(no claim)',
        ok,
      });
    }
  }
}
await store.close();
rmSync(dir, { recursive: true, force: true });

const s = scoreReal(outcomes, names);
const pct = (n: number, d: number) => `${n}/${d} (${(n / Math.max(1, d)).toFixed(3)})`;
const side = (c: { tp: number; fp: number; fn: number }) => {
  const m = prf(c);
  return [m.precision.toFixed(3), m.recall.toFixed(3), m.f1.toFixed(3)];
};
console.log(
  `${records.length} real reports of ${new Set(records.map((r) => r.event_key)).size} happenings; ${summary.ingested} ingested, ${summary.republished} republished copies, ${summary.failed.length} failed; ${events.length} asserted events (${seconds.toFixed(1)} s)`,
);
console.log(
  table(
    ['measure', 'score'],
    [
      ['found', pct(s.found, s.records)],
      ['typed', pct(s.typed, s.records)],
      ['B³ precision', s.b3.precision.toFixed(3)],
      ['B³ recall', s.b3.recall.toFixed(3)],
      ['B³ F1', s.b3.f1.toFixed(3)],
      ['dates right (dated records)', pct(s.datesRight, s.dated)],
      ['invented dates (the merged event has a day, the gold none)', String(s.invented)],
      ["  of which the record's own report gives that day", String(s.inventedByReport)],
      ['location right (located records)', pct(s.locationsRight, s.located)],
      ['location where gold has none', String(s.locationsInvented)],
      ['claim sources right', pct(claimRows.filter((c) => c.ok).length, claimRows.length)],
    ],
  ),
);
console.log();
console.log(
  table(
    ['sides', 'P', 'R', 'F1'],
    [
      ['source', ...side(s.sources)],
      ['target', ...side(s.targets)],
      ['source+target', ...side(s.sides)],
      ...[...s.sidesByType].sort().map(([t, c]) => [`  ${t} (gold type)`, ...side(c)]),
    ],
  ),
);
console.log();
const types = [
  ...new Set([...s.confusion.keys(), ...[...s.confusion.values()].flatMap((r) => [...r.keys()])]),
].sort();
console.log("confusion (rows: gold type, columns: predicted type of the record's event)");
console.log(
  table(
    ['gold \\ pred', ...types],
    [...s.confusion.keys()]
      .sort()
      .map((g) => [g, ...types.map((t) => String(s.confusion.get(g)?.get(t) ?? ''))]),
  ),
);

if (process.argv.includes('--errors')) {
  console.log('\nerrors by record (type, date, sides, location):');
  for (const o of outcomes) {
    const r = o.record;
    const out: string[] = [];
    if (!o.event) out.push('NO EVENT');
    else if (!o.typed)
      out.push(`TYPE ${r.event_type} → ${o.event.type}${o.event.mode ? '/' + o.event.mode : ''}`);
    const day = o.event ? dayOf(o.event.date) : null;
    if (r.event_date && day !== r.event_date)
      out.push(
        `DATE ${r.event_date} → ${o.event ? `${o.event.date.value ?? '-'} [${o.event.date.granularity}/${o.event.date.derivation}]` : '-'}`,
      );
    if (!r.event_date && day)
      out.push(
        `INVENTED DATE ${day} [${o.event!.date.derivation}]${o.ownDay ? ` (own report: ${o.ownDay})` : ''}`,
      );
    const names1 = (k: Keyed[]) => k.map((x) => x.en).join('+') || '-';
    if (o.typed) {
      const srcOk = sameSide(o.sources, r.source_actors);
      const tgtOk = sameSide(o.targets, r.target_actors);
      if (!srcOk || !tgtOk)
        out.push(
          `SIDES ${r.source_actors.join('+') || '-'} → ${r.target_actors.join('+') || '-'} | got ${names1(o.sources)} → ${names1(o.targets)}`,
        );
    }
    const locKeys = r.location ? goldKeys(r.location, names.places) : [];
    if (r.location && !(o.location && locKeys.some((k) => entityKeys(o.location!).has(k))))
      out.push(`LOC ${r.location} → ${o.location?.en ?? '-'}`);
    if (!r.location && o.location) out.push(`LOC none → ${o.location.en}`);
    if (out.length) console.log(`${r.id} [${r.event_key}] ${out.join(' · ')}`);
  }
  const byGold = new Map<string, Set<string>>();
  outcomes.forEach((o) =>
    byGold.set(
      o.record.event_key,
      new Set([...(byGold.get(o.record.event_key) ?? []), o.event?.id ?? `none:${o.record.id}`]),
    ),
  );
  const describe = (o: RecordOutcome) => {
    const e = o.event;
    if (!e) return `${o.record.id}: none`;
    const side = (k: Keyed[]) => k.map((x) => x.en).join('+') || '-';
    return `${o.record.id}: ${e.id.slice(3, 9)} ${e.type}/${e.mode ?? ''} ${e.date.value ?? e.date.weekday ?? '-'}[${e.date.granularity}] ${side(o.sources)}→${side(o.targets)} @${o.location?.en ?? '-'}`;
  };
  for (const [g, set] of byGold) {
    if (set.size < 2) continue;
    console.log(`SPLIT ${g}:`);
    for (const o of outcomes.filter((x) => x.record.event_key === g)) console.log(`    ${describe(o)}`);
  }
  const byPred = new Map<string, Set<string>>();
  outcomes.forEach(
    (o) =>
      o.event && byPred.set(o.event.id, new Set([...(byPred.get(o.event.id) ?? []), o.record.event_key])),
  );
  for (const [p, set] of byPred) if (set.size > 1) console.log(`MERGED ${p}: ${[...set].join(' ')}`);
  for (const c of claimRows) if (!c.ok) console.log(`CLAIM ${c.id}: ${c.gold} → ${c.got}`);
  // Which predicted sides match no gold side, and which gold sides are missed, by kind.
  const extra = new Map<string, number>();
  const missed = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const diffs: string[] = [];
  const sideDiffs: string[] = [];
  for (const o of outcomes.filter((x) => x.typed)) {
    for (const [pred, gold, side] of [
      [o.sources, o.record.source_actors, 'source'],
      [o.targets, o.record.target_actors, 'target'],
    ] as const) {
      for (const p of pred)
        if (!gold.some((g) => goldKeys(g, names.actors).some((k) => entityKeys(p).has(k)))) {
          bump(extra, `${side} ${kindOf(p)}`);
          diffs.push(`+${side}:${p.en}(${kindOf(p)})`);
        }
      for (const g of gold)
        if (!pred.some((p) => goldKeys(g, names.actors).some((k) => entityKeys(p).has(k)))) {
          bump(missed, `${side} ${g}`);
          diffs.push(`-${side}:${g}`);
        }
    }
    // One line a record: its gold type, then each side predicted but not gold (+) and gold but missed (-).
    if (diffs.length) sideDiffs.push(`SIDEDIFF ${o.record.id} ${o.record.event_type} ${diffs.join(' ; ')}`);
    diffs.length = 0;
  }
  for (const l of sideDiffs) console.log(l);
  console.log(
    '\nextra sides by kind:',
    [...extra]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', '),
  );
  console.log(
    'missed sides:',
    [...missed]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 60)
      .map(([k, n]) => `${k} ${n}`)
      .join(', '),
  );
}

/** The day the document's own mention of the event gives, if it gives one. */
async function ownDayOf(doc: string, event: EventRecord): Promise<string | null> {
  const stored = await store.getDocument(doc);
  const keys = event.mentions.filter((k) => k.startsWith(`${doc}#`));
  for (const k of keys) {
    const m = stored?.events[Number(k.split('#')[1])];
    const day = m ? dayOf(m.date) : null;
    if (day) return day;
  }
  return null;
}

function kindOf(e: Keyed): string {
  if (e.sector) return `sector:${e.sector}`;
  if (e.institution) return `institution:${e.institution}`;
  if (e.id.includes('unknown-org')) return 'unknown-org';
  if (e.id.includes('unknown-person')) return 'unknown-person';
  return (e as Keyed & { type?: string }).type ?? 'kb';
}

function lineOf(source: string): number {
  return Number(source.slice(source.lastIndexOf(':') + 1));
}

function sameSide(pred: Keyed[], gold: string[]): boolean {
  if (pred.length !== gold.length) return false;
  return gold.every((g) => pred.some((p) => goldKeys(g, names.actors).some((k) => entityKeys(p).has(k))));
}

/** Sources and targets of the merged event; without roles, the first participant acts. */
function sidesOf(e: EventRecord | null): { sources: Keyed[]; targets: Keyed[] } {
  if (!e) return { sources: [], targets: [] };
  const withSides = e as EventRecord & { sources?: Keyed[]; targets?: Keyed[] };
  if (withSides.sources && withSides.targets)
    return { sources: withSides.sources, targets: withSides.targets };
  return { sources: e.participants.slice(0, 1), targets: e.participants.slice(1) };
}

/** The sides the document's own mentions of the event give. */
async function ownSides(doc: string, event: EventRecord): Promise<{ sources: Keyed[]; targets: Keyed[] }> {
  const stored = await store.getDocument(doc);
  const sides = { sources: new Map<string, Keyed>(), targets: new Map<string, Keyed>() };
  for (const k of event.mentions.filter((x) => x.startsWith(`${doc}#`)))
    for (const p of stored?.events[Number(k.split('#')[1])]?.participants ?? [])
      (p.role === 'target' ? sides.targets : sides.sources).set(p.entity.id, p.entity as Keyed);
  return { sources: [...sides.sources.values()], targets: [...sides.targets.values()] };
}

function locationOf(e: EventRecord | null): Keyed | null {
  const loc = (e as (EventRecord & { location?: { entity: Keyed } | null }) | null)?.location;
  return loc?.entity ?? null;
}

/** The claim whose sentence holds the quote (matched on the normalized text). */
function claimWithQuote(text: string, claims: Claim[], quote: string): Claim | null {
  const q = normalize(quote).replace(/\s+/g, ' ').slice(0, 40);
  return (
    claims.find((c) => normalize(text.slice(c.span.start, c.span.end)).replace(/\s+/g, ' ').includes(q)) ??
    null
  );
}

function claimKeys(c: Claim): Set<string> {
  const keys = c.source ? entityKeys(c.source as Keyed) : new Set<string>();
  // (A state the report names as speaking through one of its bodies answers for that state as well.)
  if (c.namedAs) for (const k of entityKeys(c.namedAs as Keyed)) keys.add(k);
  if ((c as Claim & { anonymous?: boolean }).anonymous) keys.add('anonymous');
  return keys;
}
