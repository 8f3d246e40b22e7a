// /api/outlets: per outlet, its reports, the events it reported first, and how often its dates
// or numbers differ from the other outlets' on the same event.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ApiContext } from './context.js';
import { OutletSchema } from './schemas.js';

export function registerOutlets(app: OpenAPIHono, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/outlets',
      summary: 'Outlets: documents, events, first reports, disagreement on dates and numbers',
      responses: {
        200: {
          description: 'Outlets',
          content: { 'application/json': { schema: z.object({ outlets: z.array(OutletSchema) }) } },
        },
      },
    }),
    async (c) => c.json({ outlets: (await ctx.catalog()).outlets() }, 200),
  );
}
