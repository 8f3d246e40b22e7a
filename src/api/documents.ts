// /api/documents: the stored articles; /api/documents/{id}: clean text, metadata, the furniture
// cut and every annotation as a span; POST /api/documents ingests one article.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import type { RawInput } from '../types.js';
import { analyze } from '../pipeline.js';
import { errors, notFound, type ApiContext, type ErrorBody } from './context.js';
import {
  DocSummarySchema,
  DocumentSchema,
  ErrorSchema,
  IngestBodySchema,
  IngestResultSchema,
} from './schemas.js';
import { documentView } from './views.js';

/** Largest article body POST accepts. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

const docId = z
  .string()
  .regex(/^[0-9a-f]{6,16}$/, 'a document id (hex)')
  .openapi({ param: { name: 'id', in: 'path' }, example: 'bddfe3bbf27099a5' });

function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token) {
      const given = Buffer.from(c.req.header('authorization') ?? '');
      const want = Buffer.from(`Bearer ${token}`);
      if (given.length !== want.length || !timingSafeEqual(given, want)) {
        return c.json(
          {
            error: 'unauthorized',
            field: 'authorization',
            message: 'POST needs Authorization: Bearer <token>',
          } satisfies ErrorBody,
          401,
        );
      }
    }
    await next();
  };
}

export function registerDocuments(app: OpenAPIHono, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents',
      summary: 'Stored documents (republished copies are sightings of one document)',
      request: {
        query: z.object({
          outlet: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(1000).optional(),
          offset: z.coerce.number().int().min(0).optional(),
        }),
      },
      responses: {
        200: {
          description: 'Documents',
          content: {
            'application/json': {
              schema: z.object({ documents: z.array(DocSummarySchema), total: z.number() }),
            },
          },
        },
        400: errors[400],
      },
    }),
    async (c) => {
      const { outlet, limit = 100, offset = 0 } = c.req.valid('query');
      const all = (await ctx.store.listDocuments()).filter((d) => !outlet || d.outlet === outlet);
      all.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id));
      const documents = all
        .slice(offset, offset + limit)
        .map(({ id, source, title, outlet, published, events, copies }) => ({
          id,
          source,
          title,
          outlet,
          published,
          events,
          copies,
        }));
      return c.json({ documents, total: all.length }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}',
      summary:
        'One document: original text, metadata, furniture cut (and why), annotations as spans, its events',
      request: { params: z.object({ id: docId }) },
      responses: {
        200: { description: 'The document', content: { 'application/json': { schema: DocumentSchema } } },
        400: errors[400],
        404: errors[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const doc = await ctx.store.getDocument(id);
      if (!doc) return notFound(c, 'document', id);
      const cat = await ctx.catalog();
      return c.json(
        documentView(
          doc,
          await ctx.store.listSightings(doc.id),
          cat
            .rowsOfDocument(doc.id)
            .slice(0, 200)
            .map((r) => r.summary),
        ),
        200,
      );
    },
  );

  const post = createRoute({
    method: 'post',
    path: '/api/documents',
    summary: 'Ingest one article (text or HTML); returns its analysis and the merged events it joined',
    middleware: [
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: (c) =>
          c.json(
            {
              error: 'too_large',
              field: 'body',
              message: `bodies over ${MAX_BODY_BYTES} bytes are refused`,
            } satisfies ErrorBody,
            413,
          ),
      }),
      requireToken(ctx.token),
    ] as const,
    request: { body: { required: true, content: { 'application/json': { schema: IngestBodySchema } } } },
    responses: {
      201: {
        description: 'Stored; the analysis and the events it joined',
        content: { 'application/json': { schema: IngestResultSchema } },
      },
      200: {
        description: 'Already stored (or a copy of a stored text)',
        content: { 'application/json': { schema: IngestResultSchema } },
      },
      400: errors[400],
      401: {
        description: 'A token is set and the request does not carry it',
        content: { 'application/json': { schema: ErrorSchema } },
      },
      413: {
        description: 'Body over the size limit',
        content: { 'application/json': { schema: ErrorSchema } },
      },
    },
  });
  app.openapi(post, async (c) => {
    const b = c.req.valid('json');
    const content = (b.html ?? b.text)!;
    const identity = b.url ?? `api:${createHash('sha256').update(content).digest('hex').slice(0, 16)}`;
    const input: RawInput = {
      source: b.url ?? 'api',
      identity,
      kind: b.html ? 'html' : 'text',
      content,
      hints: { url: b.url, title: b.title, outlet: b.outlet, published: b.published },
      messages: [],
    };
    const doc = analyze(input);
    const result = await ctx.store.putDocument(doc);
    if (result === 'inserted') await ctx.rebuild();
    const cat = await ctx.catalog();
    const events = cat.rowsOfDocument(doc.id).map((r) => r.summary);
    const document =
      result === 'republished' ? null : documentView(doc, await ctx.store.listSightings(doc.id), events);
    return c.json({ result, document, events }, result === 'inserted' ? 201 : 200);
  });
}
