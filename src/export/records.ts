// Export of merged events, shared by the CLI and the API: PLOVER/POLECAT-style JSON records and CSV.
import type { EventRecord } from '../shared/records.js';

/** One event as a PLOVER-compatible record (field names after the POLECAT data release). */
export function ploverRecord(e: EventRecord) {
  const [source, ...targets] = e.participants;
  const place = e.places[0]?.entity;
  return {
    event_id: e.id,
    event_type: e.type,
    mode: e.mode,
    context: [] as string[],
    event_date: e.date.value,
    date_granularity: e.date.granularity,
    date_derivation: e.date.derivation,
    /** For an 'on-or-before' date: the latest day it can be (the report's publication). */
    date_not_after: e.date.notAfter ?? null,
    source_actor: source
      ? {
          name: source.en,
          name_ar: source.ar,
          wikidata: source.wikidata,
          country: source.country ?? null,
          type: source.type,
        }
      : null,
    target_actors: targets.map((t) => ({
      name: t.en,
      name_ar: t.ar,
      wikidata: t.wikidata,
      country: t.country ?? null,
      type: t.type,
    })),
    location: place
      ? {
          name: place.en,
          name_ar: place.ar,
          wikidata: place.wikidata,
          country: place.country ?? null,
          lat: place.coordinates?.[0] ?? null,
          lon: place.coordinates?.[1] ?? null,
        }
      : null,
    source_sentences: e.claims.slice(0, 3).map((c) => c.text),
    story_id: e.story,
    num_reports: e.reports.length,
    num_independent_reports: e.independentReports,
    outlets: [...new Set(e.reports.map((r) => r.outlet).filter(Boolean))],
    status: e.status,
  };
}

const CSV_COLUMNS = [
  'event_id',
  'event_type',
  'mode',
  'event_date',
  'date_granularity',
  'date_derivation',
  'actors',
  'actor_wikidata',
  'location',
  'lat',
  'lon',
  'story_id',
  'num_reports',
  'outlets',
  'status',
];

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) is prefixed with ' so that it stays text; numbers are numbers.
 */
export function cell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (typeof v !== 'number' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function eventsCsv(events: EventRecord[]): string {
  const rows = events.map((e) => {
    const p = ploverRecord(e);
    return [
      p.event_id,
      p.event_type,
      p.mode,
      p.event_date,
      p.date_granularity,
      p.date_derivation,
      e.participants.map((x) => x.en).join('; '),
      e.participants.map((x) => x.wikidata ?? '').join('; '),
      p.location?.name,
      p.location?.lat,
      p.location?.lon,
      p.story_id,
      p.num_reports,
      p.outlets.join('; '),
      p.status,
    ]
      .map(cell)
      .join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\n') + '\n';
}
