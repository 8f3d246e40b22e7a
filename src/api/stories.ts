// /api/stories and /api/stories/{id}: events grouped into the stories they belong to.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { errors, notFound, type ApiContext } from './context.js';
import { EventSummarySchema, StorySchema } from './schemas.js';

export function registerStories(app: OpenAPIHono, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/stories',
      summary: 'Stories, most events first',
      request: {
        query: z.object({
          limit: z.coerce.number().int().min(1).max(1000).optional(),
          offset: z.coerce.number().int().min(0).optional(),
        }),
      },
      responses: {
        200: {
          description: 'Stories',
          content: {
            'application/json': { schema: z.object({ stories: z.array(StorySchema), total: z.number() }) },
          },
        },
        400: errors[400],
      },
    }),
    async (c) => {
      const { limit = 100, offset = 0 } = c.req.valid('query');
      const all = (await ctx.catalog())
        .storyList()
        .sort(
          (a, b) => b.events - a.events || (b.to ?? '').localeCompare(a.to ?? '') || a.id.localeCompare(b.id),
        );
      return c.json({ stories: all.slice(offset, offset + limit), total: all.length }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/stories/{id}',
      summary: 'One story and its events in date order',
      request: {
        params: z.object({
          id: z
            .string()
            .min(1)
            .max(100)
            .openapi({ param: { name: 'id', in: 'path' } }),
        }),
      },
      responses: {
        200: {
          description: 'The story',
          content: {
            'application/json': {
              schema: z.object({ story: StorySchema, events: z.array(EventSummarySchema) }),
            },
          },
        },
        404: errors[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const cat = await ctx.catalog();
      const s = cat.stories.get(id);
      if (!s) return notFound(c, 'story', id);
      const story = cat.storyList().find((x) => x.id === id)!;
      return c.json({ story, events: s.rows.map((r) => r.summary) }, 200);
    },
  );
}
