// The API and the web app over one store: hono with zod-validated routes (one file per
// resource), the OpenAPI document at /api/openapi.json, and the built web assets.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import type { Store } from '../store/store.js';
import { mergeNewMentions } from '../rebuild.js';
import { Catalog } from './catalog.js';
import type { ApiContext, ErrorBody } from './context.js';
import { registerEvents } from './events.js';
import { registerStories } from './stories.js';
import { registerEntities } from './entities.js';
import { registerDocuments } from './documents.js';
import { registerSearch } from './search.js';
import { registerExport } from './exports.js';
import { registerOutlets } from './outlets.js';
import { loadAssets, type Asset } from './static.js';

export interface ApiOptions {
  store: Store;
  /** The built web app (dist/web); without it only the API is served. */
  webRoot?: string;
  /** When set, POST /api/documents needs `Authorization: Bearer <token>`. */
  token?: string;
}

/** Everything the page may load comes from this server: scripts, styles, fonts, map data. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function createApp(opts: ApiOptions): { app: OpenAPIHono; ctx: ApiContext } {
  let catalog: Promise<Catalog> = Catalog.build(opts.store);
  let chain: Promise<void> = Promise.resolve();
  const ctx: ApiContext = {
    store: opts.store,
    catalog: () => catalog,
    token: opts.token,
    // One rebuild at a time; a failed one does not stop the next.
    rebuild: () =>
      (chain = chain
        .catch(() => undefined)
        .then(async () => {
          await mergeNewMentions(opts.store);
          const next = Catalog.build(opts.store);
          await next;
          catalog = next;
        })),
  };

  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const field = issue?.path.length ? issue.path.join('.') : result.target;
        return c.json(
          {
            error: 'invalid_request',
            field,
            message: issue?.message ?? 'invalid request',
          } satisfies ErrorBody,
          400,
        );
      }
    },
  });

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (!c.req.path.startsWith('/api/')) c.header('Content-Security-Policy', CSP);
  });

  registerEvents(app, ctx);
  registerStories(app, ctx);
  registerEntities(app, ctx);
  registerDocuments(app, ctx);
  registerSearch(app, ctx);
  registerExport(app, ctx);
  registerOutlets(app, ctx);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Mirsad API',
      version: '0.1.0',
      description:
        "Merged news events with per-field provenance, over the Mirsad store. Every span is [start, end) over the document's original text.",
    },
  });

  app.onError((err, c) => {
    if (err instanceof HTTPException)
      return c.json({ error: 'http_error', message: err.message } satisfies ErrorBody, err.status);
    console.error(err);
    return c.json({ error: 'internal', message: 'internal error' } satisfies ErrorBody, 500);
  });

  // Only a built app (dist/web, with its assets/): the sources in src/web are not servable.
  const assets: Map<string, Asset> =
    opts.webRoot && existsSync(path.join(opts.webRoot, 'assets')) ? loadAssets(opts.webRoot) : new Map();
  app.notFound((c) => {
    const p = c.req.path;
    if (p.startsWith('/api/') || p === '/api' || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) {
      return c.json(
        { error: 'not_found', message: `no route ${c.req.method} ${p}` } satisfies ErrorBody,
        404,
      );
    }
    // A page path (no extension) is the app's; it routes on the client.
    const asset = assets.get(p) ?? (/\.[a-z0-9]+$/i.test(p) ? undefined : assets.get('/index.html'));
    if (!asset) return c.text('not found', 404);
    c.header('Content-Type', asset.type);
    c.header('Cache-Control', asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(new Uint8Array(asset.body), 200);
  });

  return { app, ctx };
}
