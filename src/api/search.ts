// /api/search?q=: documents by Arabic-normalized full text, the events they report, and the
// entities whose names hold the words.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { errors, type ApiContext } from './context.js';
import { SearchResultSchema } from './schemas.js';

export function registerSearch(app: OpenAPIHono, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/search',
      summary:
        'Full-text search after Arabic normalization ("اردوغان" finds "إردوغان", "تباحث" finds "وتباحث")',
      request: {
        query: z.object({
          q: z.string().trim().min(1).max(200),
          limit: z.coerce.number().int().min(1).max(200).optional(),
        }),
      },
      responses: {
        200: { description: 'Matches', content: { 'application/json': { schema: SearchResultSchema } } },
        400: errors[400],
      },
    }),
    async (c) => {
      const { q, limit = 20 } = c.req.valid('query');
      const documents = await ctx.store.search(q, limit);
      const cat = await ctx.catalog();
      const docs = new Set(documents.map((d) => d.id));
      const events = cat.rows
        .filter((r) => r.documents.some((d) => docs.has(d)))
        .slice(0, limit)
        .map((r) => r.summary);
      const entities = [...cat.matchEntities(q)]
        .map((id) => ({ entity: cat.entities.get(id)!, events: cat.rowsOfEntity(id).length }))
        .sort((a, b) => b.events - a.events)
        .slice(0, limit);
      return c.json({ documents, events, entities }, 200);
    },
  );
}
