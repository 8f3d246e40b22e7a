// The API's in-memory index of merged events: one compact row per event, built by streaming the
// store once (and again after an ingest), so filters, sorting, pagination, entity pages, outlet
// figures and the map are answered without parsing every stored record per request.
import type { EntityRecord } from '../types.js';
import type { EventRecord } from '../shared/records.js';
import type { Store } from '../store/store.js';
import { normalize } from '../arabic/normalize.js';
import { loadKb } from '../entities/kb.js';
import {
  EventFilterSchema,
  type EventFilter,
  type EventSummary,
  type OutletJson,
  type PlaceJson,
  type StoryJson,
} from './schemas.js';

const FILTER_KEYS = Object.keys(EventFilterSchema.shape) as (keyof EventFilter)[];

export interface Row {
  summary: EventSummary;
  /** Known days [from, to] of the event (null when no day is known). */
  from: string | null;
  to: string | null;
  sortDate: string;
  documents: string[];
  /** Entity ids: participants, places discussed, where it happened. */
  actors: Set<string>;
  places: Set<string>;
  countries: Set<string>;
  publishedDays: string[];
  /** Per field, the documents giving each value (date, killed, wounded). */
  fields: Record<'date' | 'killed' | 'wounded', { value: string; documents: string[] }[]>;
  /** Document → outlet, for the outlet figures. */
  outletOf: Map<string, string>;
  reports: { document: string; outlet: string | null; published: string | null }[];
}

/** The ISO alpha-3 code of a place that is a country in the knowledge base, else null. */
function countryCodeOf(id: string): string | null {
  const e = loadKb().byId.get(id);
  return e?.subtype === 'country' && e.country ? e.country : null;
}

/** Code-point order ('~' after digits), the order cursors compare in. */
export const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const FIELDS = ['date', 'participants', 'location', 'mode', 'killed', 'wounded'] as const;

export function summarize(e: EventRecord): EventSummary {
  const published =
    e.reports
      .map((r) => r.published)
      .filter((p): p is string => !!p)
      .sort()[0] ?? null;
  const { supportedBy: _s, confidence: _c, ...date } = e.date;
  return {
    id: e.id,
    type: e.type,
    mode: e.mode,
    status: e.status,
    date,
    participants: e.participants,
    sources: (e.sources ?? []).map((x) => x.id),
    targets: (e.targets ?? []).map((x) => x.id),
    location: e.location?.entity ?? null,
    outlets: [...new Set(e.reports.map((r) => r.outlet).filter((o): o is string => !!o))],
    reports: e.reports.length,
    independentReports: e.independentReports,
    published,
    title: e.reports.find((r) => r.title)?.title ?? null,
    story: e.story,
    storyTitle: null,
    disagreements: FIELDS.filter((f) => e.fields[f] && !e.fields[f].agreed),
  };
}

function dayRange(e: EventRecord): [string | null, string | null] {
  const v = e.date.value;
  if (!v || v.length < 10) return [null, null];
  const [a, b = a] = v.split('/');
  return [a.slice(0, 10), b.length >= 10 ? b.slice(0, 10) : a.slice(0, 10)];
}

export class Catalog {
  rows: Row[] = [];
  byId = new Map<string, Row>();
  entities = new Map<string, EntityRecord>();
  stories = new Map<string, { id: string; title: string; rows: Row[] }>();
  /** Entity id → rows, for entity pages; document id → rows. */
  private byEntity = new Map<string, Row[]>();
  private byDocument = new Map<string, Row[]>();
  private outletFigures: OutletJson[] | null = null;

  static async build(store: Store): Promise<Catalog> {
    const c = new Catalog();
    for await (const e of store.eachEvent()) c.add(e);
    c.rows.sort((a, b) => cmpStr(a.sortDate, b.sortDate) || cmpStr(a.summary.id, b.summary.id));
    c.index();
    const titles = new Map((await store.listStories()).map((s) => [s.id, s.title]));
    for (const [id, s] of c.stories) {
      s.title = titles.get(id) ?? s.title;
      for (const r of s.rows) r.summary.storyTitle = s.title;
    }
    return c;
  }

  private entity(x: EntityRecord): EntityRecord {
    const known = this.entities.get(x.id);
    if (known) return known;
    this.entities.set(x.id, x);
    return x;
  }

  private add(e: EventRecord): void {
    e.participants = e.participants.map((x) => this.entity(x));
    if (e.location) e.location.entity = this.entity(e.location.entity);
    for (const p of e.places) p.entity = this.entity(p.entity);
    const [from, to] = dayRange(e);
    const summary = summarize(e);
    const actors = new Set(e.participants.map((x) => x.id));
    const places = new Set([
      ...e.places.map((p) => p.entity.id),
      ...(e.location ? [e.location.entity.id] : []),
    ]);
    const countries = new Set<string>();
    if (e.location?.entity.country) countries.add(e.location.entity.country);
    const pick = (f: 'date' | 'killed' | 'wounded') =>
      (e.fields[f]?.values ?? []).filter((v) => v.value && v.value !== 'unknown');
    const row: Row = {
      summary,
      from,
      to,
      // Unknown dates sort after every known one, bounds by their bound.
      sortDate: from ?? (e.date.notAfter ? e.date.notAfter : '~'),
      documents: e.reports.map((r) => r.document),
      actors,
      places,
      countries,
      publishedDays: e.reports.map((r) => r.published?.slice(0, 10)).filter((p): p is string => !!p),
      fields: { date: pick('date'), killed: pick('killed'), wounded: pick('wounded') },
      outletOf: new Map(e.reports.filter((r) => r.outlet).map((r) => [r.document, r.outlet!])),
      reports: e.reports.map((r) => ({ document: r.document, outlet: r.outlet, published: r.published })),
    };
    this.rows.push(row);
    this.byId.set(e.id, row);
  }

  /** The lists by document, entity and story, each in date order (rows are sorted first). */
  private index(): void {
    const push = <K>(map: Map<K, Row[]>, k: K, r: Row) => {
      const list = map.get(k);
      if (list) list.push(r);
      else map.set(k, [r]);
    };
    for (const row of this.rows) {
      for (const d of new Set(row.documents)) push(this.byDocument, d, row);
      for (const id of new Set([...row.actors, ...row.places])) push(this.byEntity, id, row);
      const story = row.summary.story;
      if (story) {
        const s = this.stories.get(story) ?? { id: story, title: story, rows: [] };
        s.rows.push(row);
        this.stories.set(story, s);
      }
    }
  }

  /** Entity ids whose id or Arabic/English name holds the query (normalized). */
  matchEntities(q: string): Set<string> {
    const exact = this.entities.get(q);
    if (exact) return new Set([exact.id]);
    const n = normalize(q).toLowerCase();
    const out = new Set<string>();
    if (!n) return out;
    for (const e of this.entities.values()) {
      if (normalize(e.ar).includes(n) || e.en.toLowerCase().includes(n) || e.wikidata === q) out.add(e.id);
    }
    return out;
  }

  /** Rows matching the filters, in date order; `docs` are the documents a text query found. */
  filter(f: EventFilter, docs?: Set<string>): Row[] {
    const types = f.type ? new Set(f.type.toUpperCase().split(',').filter(Boolean)) : null;
    const actors = f.actor ? this.matchEntities(f.actor) : null;
    const places = f.place ? this.matchEntities(f.place) : null;
    // A country named as the place also takes the events that happened anywhere inside it.
    const inside = places
      ? new Set([...places].map((id) => countryCodeOf(id)).filter((c): c is string => !!c))
      : null;
    const undated = f.undated === 'include';
    if (!docs && !FILTER_KEYS.some((k) => k !== 'undated' && f[k] !== undefined)) return this.rows;
    return this.rows.filter((r) => {
      const s = r.summary;
      if (types && !types.has(s.type)) return false;
      if (f.status && s.status !== f.status) return false;
      if (f.story && s.story !== f.story) return false;
      if (f.from || f.to) {
        if (!r.from || !r.to) {
          if (!undated) return false;
        } else if ((f.from && r.to < f.from) || (f.to && r.from > f.to)) return false;
      }
      if (f.publishedFrom && !r.publishedDays.some((d) => d >= f.publishedFrom!)) return false;
      if (f.publishedTo && !r.publishedDays.some((d) => d <= f.publishedTo!)) return false;
      if (f.outlet && !s.outlets.includes(f.outlet)) return false;
      if (actors && ![...r.actors].some((a) => actors.has(a))) return false;
      if (
        places &&
        ![...r.places].some((p) => places.has(p)) &&
        ![...r.countries].some((c) => inside!.has(c))
      )
        return false;
      if (f.country && !r.countries.has(f.country)) return false;
      if (docs && !r.documents.some((d) => docs.has(d))) return false;
      return true;
    });
  }

  rowsOfEntity(id: string): Row[] {
    return this.byEntity.get(id) ?? [];
  }

  /** Rows whose reports include the document. */
  rowsOfDocument(doc: string): Row[] {
    return this.byDocument.get(doc) ?? [];
  }

  storyList(): StoryJson[] {
    return [...this.stories.values()].map((s) => {
      const days = s.rows
        .flatMap((r) => [r.from, r.to])
        .filter((d): d is string => !!d)
        .sort();
      return {
        id: s.id,
        title: s.title,
        events: s.rows.length,
        from: days[0] ?? null,
        to: days.at(-1) ?? null,
        outlets: [...new Set(s.rows.flatMap((r) => r.summary.outlets))],
      };
    });
  }

  /** Computed once per index (the index is rebuilt after an ingest). */
  outlets(): OutletJson[] {
    return (this.outletFigures ??= this.computeOutlets());
  }

  private computeOutlets(): OutletJson[] {
    const out = new Map<string, OutletJson & { docs: Set<string> }>();
    const get = (o: string) => {
      let x = out.get(o);
      if (!x)
        out.set(
          o,
          (x = {
            outlet: o,
            documents: 0,
            events: 0,
            firstReports: 0,
            dates: { compared: 0, differs: 0 },
            numbers: { compared: 0, differs: 0 },
            docs: new Set(),
          }),
        );
      return x;
    };
    for (const r of this.rows) {
      for (const [doc, o] of r.outletOf) get(o).docs.add(doc);
      for (const o of r.summary.outlets) get(o).events++;
      // First to report: the outlet of the earliest published report (a tie between outlets counts for none).
      const dated = r.reports
        .filter((x) => x.published && x.outlet)
        .sort((a, b) => a.published!.localeCompare(b.published!));
      if (
        dated.length &&
        (dated.length === 1 ||
          dated[0].published !== dated[1].published ||
          dated[0].outlet === dated[1].outlet)
      )
        get(dated[0].outlet!).firstReports++;
      if (r.summary.outlets.length < 2) continue;
      tally(r, r.fields.date, (o) => get(o).dates);
      tally(r, [...r.fields.killed, ...r.fields.wounded], (o) => get(o).numbers);
    }
    return [...out.values()]
      .map(({ docs, ...x }) => ({ ...x, documents: docs.size }))
      .sort((a, b) => b.events - a.events || a.outlet.localeCompare(b.outlet));
  }

  places(rows: Row[]): PlaceJson[] {
    const out = new Map<string, PlaceJson>();
    for (const r of rows) {
      const loc = r.summary.location;
      if (!loc?.coordinates) continue;
      const p = out.get(loc.id) ?? { entity: loc, events: 0, ids: [] };
      p.events++;
      if (p.ids.length < 50) p.ids.push(r.summary.id);
      out.set(loc.id, p);
    }
    return [...out.values()].sort((a, b) => b.events - a.events);
  }
}

/**
 * Outlets whose value for a field differs from the others' on the same event: when the outlets
 * giving a value give more than one, an outlet differs unless it gives the one value most outlets
 * give (in a tie every outlet differs: the field is disputed).
 */
function tally(
  r: Row,
  values: { value: string; documents: string[] }[],
  bucket: (outlet: string) => { compared: number; differs: number },
): void {
  const byOutlet = new Map<string, Set<string>>();
  for (const v of values)
    for (const d of v.documents) {
      const o = r.outletOf.get(d);
      if (!o) continue;
      const s = byOutlet.get(o) ?? new Set();
      s.add(v.value);
      byOutlet.set(o, s);
    }
  if (byOutlet.size < 2) return;
  const count = new Map<string, number>();
  for (const s of byOutlet.values()) for (const v of s) count.set(v, (count.get(v) ?? 0) + 1);
  const top = Math.max(...count.values());
  const leaders = [...count].filter(([, n]) => n === top).map(([v]) => v);
  const majority = count.size > 1 && leaders.length === 1 ? leaders[0] : null;
  for (const [o, s] of byOutlet) {
    const b = bucket(o);
    b.compared++;
    if (count.size > 1 && (majority === null || !s.has(majority))) b.differs++;
  }
}
