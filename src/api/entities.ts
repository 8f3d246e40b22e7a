// /api/entities (people, bodies and places by how many events they are in) and
// /api/entities/{id}: names, Wikidata id, roles, events over time, co-actors.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { EntityRecord } from '../types.js';
import { errors, notFound, type ApiContext } from './context.js';
import { EntityDetailSchema, EntitySchema } from './schemas.js';

export function registerEntities(app: OpenAPIHono, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/entities',
      summary: 'Entities of the merged events, most events first; q filters by name',
      request: {
        query: z.object({
          q: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(1000).optional(),
        }),
      },
      responses: {
        200: {
          description: 'Entities',
          content: {
            'application/json': {
              schema: z.object({ entities: z.array(z.object({ entity: EntitySchema, events: z.number() })) }),
            },
          },
        },
        400: errors[400],
      },
    }),
    async (c) => {
      const { q, limit = 100 } = c.req.valid('query');
      const cat = await ctx.catalog();
      const ids = q ? [...cat.matchEntities(q)] : [...cat.entities.keys()];
      const list = ids.map((id) => ({ entity: cat.entities.get(id)!, events: cat.rowsOfEntity(id).length }));
      list.sort((a, b) => b.events - a.events || a.entity.id.localeCompare(b.entity.id));
      return c.json({ entities: list.slice(0, limit) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/entities/{id}',
      summary: 'One entity: names, Wikidata id, roles in events, events per month, co-actors, events',
      request: {
        params: z.object({
          id: z
            .string()
            .min(1)
            .max(120)
            .openapi({ param: { name: 'id', in: 'path' }, example: 'Q7747' }),
        }),
        query: z.object({ limit: z.coerce.number().int().min(1).max(1000).optional() }),
      },
      responses: {
        200: { description: 'The entity', content: { 'application/json': { schema: EntityDetailSchema } } },
        400: errors[400],
        404: errors[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { limit = 200 } = c.req.valid('query');
      const cat = await ctx.catalog();
      const entity = cat.entities.get(id);
      if (!entity) return notFound(c, 'entity', id);
      const rows = cat.rowsOfEntity(id);
      const roles = { source: 0, target: 0, participant: 0, location: 0, place: 0 };
      const months = new Map<string, number>();
      const co = new Map<string, { entity: EntityRecord; events: number }>();
      for (const r of rows) {
        const s = r.summary;
        if (s.sources.includes(id)) roles.source++;
        if (s.targets.includes(id)) roles.target++;
        if (r.actors.has(id)) roles.participant++;
        if (s.location?.id === id) roles.location++;
        else if (r.places.has(id)) roles.place++;
        if (r.from) months.set(r.from.slice(0, 7), (months.get(r.from.slice(0, 7)) ?? 0) + 1);
        for (const p of s.participants) {
          if (p.id === id) continue;
          const x = co.get(p.id) ?? { entity: p, events: 0 };
          x.events++;
          co.set(p.id, x);
        }
      }
      return c.json(
        {
          entity,
          roles,
          months: [...months]
            .sort((a, b) => a[0].localeCompare(b[0]))
            .map(([month, events]) => ({ month, events })),
          coActors: [...co.values()]
            .sort((a, b) => b.events - a.events || a.entity.id.localeCompare(b.entity.id))
            .slice(0, 30),
          events: rows.slice(0, limit).map((r) => r.summary),
          total: rows.length,
        },
        200,
      );
    },
  );
}
