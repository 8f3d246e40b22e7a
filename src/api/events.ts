// /api/events (filters, sorting, cursor pagination), /api/events/{id} (the event page),
// /api/volume (events per day or month) and /api/places (where events happened, for the map).
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Catalog, Row } from './catalog.js';
import { badRequest, errors, notFound, type ApiContext } from './context.js';
import {
  EventDetailSchema,
  EventFilterSchema,
  EventListQuerySchema,
  EventPageSchema,
  PlaceSchema,
  VolumeSchema,
  type EventFilter,
} from './schemas.js';
import { eventDetail } from './views.js';

type SortKey = 'date' | 'published' | 'reports' | 'outlets';

/** The value a row sorts by; unknown values sort last in either order. */
function keyOf(r: Row, sort: SortKey): string {
  switch (sort) {
    case 'date':
      return r.sortDate;
    case 'published':
      return r.summary.published ?? '~';
    case 'reports':
      return String(r.summary.reports).padStart(8, '0');
    case 'outlets':
      return String(r.summary.outlets.length).padStart(8, '0');
  }
}

const encodeCursor = (key: string, id: string) =>
  Buffer.from(JSON.stringify([key, id])).toString('base64url');
function decodeCursor(c: string): [string, string] | null {
  try {
    const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));
    return Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string'
      ? [v[0], v[1]]
      : null;
  } catch {
    return null;
  }
}

/** Date order reversed, ids ascending within a day (as the comparator wants). */
function groupReverse<T extends { k: string }>(xs: T[]): T[] {
  const out: T[] = [];
  let end = xs.length;
  for (let i = xs.length - 1; i >= -1; i--) {
    if (i === -1 || xs[i].k !== xs[end - 1].k) {
      out.push(...xs.slice(i + 1, end));
      end = i + 1;
    }
  }
  return out;
}

/** Rows for the filters, the text query answered by the store's full-text index. */
export async function filtered(ctx: ApiContext, cat: Catalog, f: EventFilter): Promise<Row[]> {
  const docs = f.q ? new Set((await ctx.store.search(f.q, 2000)).map((h) => h.id)) : undefined;
  return cat.filter(f, docs);
}

export function registerEvents(app: OpenAPIHono, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/events',
      summary: 'Merged events, filtered, sorted and paginated by cursor',
      request: { query: EventListQuerySchema },
      responses: {
        200: {
          description: 'One page of events',
          content: { 'application/json': { schema: EventPageSchema } },
        },
        400: errors[400],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const sort: SortKey = q.sort ?? 'date';
      const desc = (q.order ?? (sort === 'date' || sort === 'published' ? 'asc' : 'desc')) === 'desc';
      const limit = q.limit ?? 50;
      const cursor = q.cursor ? decodeCursor(q.cursor) : null;
      if (q.cursor && !cursor) return badRequest(c, 'cursor', 'not a cursor this API gave');
      // Unknown values ('~') stay last whichever the order; ties break by id.
      const cmp = (a: { k: string; id: string }, b: { k: string; id: string }) => {
        const ua = a.k === '~';
        const ub = b.k === '~';
        if (ua !== ub) return ua ? 1 : -1;
        const d = a.k < b.k ? -1 : a.k > b.k ? 1 : 0;
        return (desc && !ua ? -d : d) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      };
      const rows = await filtered(ctx, await ctx.catalog(), q);
      let keyed = rows.map((r) => ({ r, k: keyOf(r, sort), id: r.summary.id }));
      if (sort !== 'date') keyed.sort(cmp);
      else if (desc) {
        // The index is in date order already (unknown last): reverse the known part only.
        const known = keyed.filter((x) => x.k !== '~');
        keyed = [...groupReverse(known), ...keyed.filter((x) => x.k === '~')];
      }
      // The page starts after the cursor's row (binary search: the list is in cmp order).
      let start = 0;
      if (cursor) {
        let hi = keyed.length;
        while (start < hi) {
          const mid = (start + hi) >> 1;
          if (cmp(keyed[mid], { k: cursor[0], id: cursor[1] }) > 0) hi = mid;
          else start = mid + 1;
        }
      }
      const page = keyed.slice(start, start + limit);
      const last = page.at(-1);
      const more = start + limit < keyed.length;
      return c.json(
        {
          events: page.map((x) => x.r.summary),
          total: keyed.length,
          next: more && last ? encodeCursor(last.k, last.id) : null,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/events/{id}',
      summary:
        'One merged event: every report side by side, per-field agreement, claims with sources and stance, provenance spans',
      request: {
        params: z.object({
          id: z
            .string()
            .regex(/^ev_[0-9a-f]{4,20}$/, 'an event id (ev_ + hex)')
            .openapi({ param: { name: 'id', in: 'path' }, example: 'ev_f7faf9b8fa' }),
        }),
      },
      responses: {
        200: { description: 'The event', content: { 'application/json': { schema: EventDetailSchema } } },
        400: errors[400],
        404: errors[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const cat = await ctx.catalog();
      const full = cat.byId.has(id)
        ? id
        : [...cat.byId.keys()].filter((k) => k.startsWith(id)).length === 1
          ? [...cat.byId.keys()].find((k) => k.startsWith(id))!
          : null;
      const [e] = full ? await ctx.store.getEvents([full]) : [];
      if (!e) return notFound(c, 'event', id);
      const mentions = await ctx.store.getMentions(e.mentions.slice(0, 500));
      const texts = await ctx.store.documentTexts([...new Set(mentions.map((m) => m.document))]);
      const s = e.story ? cat.stories.get(e.story) : undefined;
      return c.json(
        eventDetail(e, mentions, texts, s ? { id: s.id, title: s.title, events: s.rows.length } : null),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/volume',
      summary: 'How many events fall on each day (or month), for the timeline',
      request: { query: EventFilterSchema.extend({ by: z.enum(['day', 'month']).optional() }) },
      responses: {
        200: { description: 'Counts', content: { 'application/json': { schema: VolumeSchema } } },
        400: errors[400],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const rows = await filtered(ctx, await ctx.catalog(), q);
      const by = q.by ?? 'day';
      const counts = new Map<string, number>();
      let undated = 0;
      // An event counts on the day (or month) it began; events with no known day apart.
      for (const r of rows) {
        if (!r.from) undated++;
        else {
          const k = by === 'day' ? r.from : r.from.slice(0, 7);
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
      }
      const buckets = [...counts]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([key, events]) => ({ key, events }));
      return c.json({ by, buckets, undated }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/places',
      summary: 'Where the filtered events happened, with coordinates, for the map',
      request: { query: EventFilterSchema },
      responses: {
        200: {
          description: 'Places',
          content: {
            'application/json': { schema: z.object({ places: z.array(PlaceSchema), unplaced: z.number() }) },
          },
        },
        400: errors[400],
      },
    }),
    async (c) => {
      const cat = await ctx.catalog();
      const rows = await filtered(ctx, cat, c.req.valid('query'));
      const places = cat.places(rows);
      return c.json({ places, unplaced: rows.length - places.reduce((n, p) => n + p.events, 0) }, 200);
    },
  );
}
