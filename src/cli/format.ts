// Plain-text rendering for the terminal: tables, dates with their uncertainty, events.
import type { TimeValue } from '../types.js';
import type { EventRecord } from '../shared/records.js';

export { table } from '../shared/table.js';

/**
 * "2020-02-04", "2021-06-24 (year inferred)", "2023-01-15 (report day)", "Monday (date unknown)",
 * "Sunday (report day)", "on or before 2023-01-16", "unknown".
 */
export function formatDate(t: TimeValue): string {
  if (t.granularity === 'on-or-before' && t.notAfter) return `on or before ${t.notAfter}`;
  const reportDay = t.derivation === 'report-day';
  if (t.value) {
    const note = t.derivation === 'year-inferred' ? ' (year inferred)' : reportDay ? ' (report day)' : '';
    const pod = t.partOfDay ? ` ${t.partOfDay}` : '';
    return `${t.value}${pod}${note}`;
  }
  if (t.weekday) return `${t.weekday} (${reportDay ? 'report day' : 'date unknown'})`;
  if (t.month) return `month ${t.month} (year unknown)`;
  return 'unknown';
}

export function eventSummary(e: EventRecord): string[] {
  const outlets = [...new Set(e.reports.map((r) => r.outlet ?? '(no outlet)'))].join('، ');
  return [
    e.id,
    formatDate(e.date),
    `${e.type}${e.mode ? '/' + e.mode : ''}`,
    e.participants.map((p) => p.en).join(' + '),
    String(e.reports.length),
    outlets,
  ];
}

/** The stable machine shape of `mirsad events --json` (other tools read it). */
export function eventJson(e: EventRecord) {
  return {
    id: e.id,
    type: e.type,
    mode: e.mode,
    status: e.status,
    date: {
      value: e.date.value,
      granularity: e.date.granularity,
      derivation: e.date.derivation,
      ...(e.date.weekday ? { weekday: e.date.weekday } : {}),
      ...(e.date.notAfter ? { notAfter: e.date.notAfter } : {}),
    },
    participants: e.participants.map((p) => ({ name: p.ar, en: p.en, wikidata: p.wikidata })),
    sources: (e.sources ?? []).map((p) => ({ name: p.ar, en: p.en, wikidata: p.wikidata })),
    targets: (e.targets ?? []).map((p) => ({ name: p.ar, en: p.en, wikidata: p.wikidata })),
    location: e.location
      ? {
          name: e.location.entity.ar,
          en: e.location.entity.en,
          wikidata: e.location.entity.wikidata,
          coordinates: e.location.entity.coordinates ?? null,
        }
      : null,
    places: e.places.map((p) => ({
      name: p.entity.ar,
      en: p.entity.en,
      wikidata: p.entity.wikidata,
      coordinates: p.entity.coordinates ?? null,
    })),
    reports: e.reports.map((r) => ({
      document: r.document,
      source: r.source,
      url: r.url,
      outlet: r.outlet,
      published: r.published,
    })),
    outlets: e.outlets,
    story: e.story,
  };
}
