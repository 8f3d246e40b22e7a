// /api/export?format=csv|plover|json with the filters of /api/events.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { eventsCsv, ploverRecord } from '../export/records.js';
import { errors, type ApiContext } from './context.js';
import { filtered } from './events.js';
import { ExportQuerySchema } from './schemas.js';

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  plover: 'application/x-ndjson; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

export function registerExport(app: OpenAPIHono, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/export',
      summary: 'Filtered events as CSV, PLOVER/POLECAT-style JSON lines, or the full merged records',
      request: { query: ExportQuerySchema },
      responses: {
        200: {
          description: 'The export, as an attachment',
          content: {
            'text/csv': { schema: { type: 'string' } },
            'application/x-ndjson': { schema: { type: 'string' } },
            'application/json': { schema: { type: 'array', items: {} } },
          },
        },
        400: errors[400],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const format = q.format ?? 'plover';
      const rows = await filtered(ctx, await ctx.catalog(), q);
      const events = await ctx.store.getEvents(rows.map((r) => r.summary.id));
      const body =
        format === 'csv'
          ? eventsCsv(events)
          : format === 'json'
            ? JSON.stringify(events)
            : events.map((e) => JSON.stringify(ploverRecord(e)) + '\n').join('');
      c.header('Content-Type', TYPES[format]);
      c.header(
        'Content-Disposition',
        `attachment; filename="mirsad-events.${format === 'plover' ? 'jsonl' : format}"`,
      );
      return c.body(body, 200);
    },
  );
}
