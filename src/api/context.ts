// What every route file is given: the store (passed in, never imported), the event index, and
// the shared error shape.
import type { Context } from 'hono';
import type { Store } from '../store/store.js';
import type { Catalog } from './catalog.js';
import { ErrorSchema } from './schemas.js';

export interface ApiContext {
  store: Store;
  /** The current index of merged events (rebuilt after an ingest). */
  catalog(): Promise<Catalog>;
  /** Re-cluster the stored mentions and rebuild the index (serialized). */
  rebuild(): Promise<void>;
  /** When set, POST requests need `Authorization: Bearer <token>`. */
  token?: string;
}

export type ErrorBody = { error: string; field?: string; message: string };

export const notFound = (c: Context, what: string, id: string) =>
  c.json({ error: 'not_found', message: `no ${what} with id "${id}"` } satisfies ErrorBody, 404);

export const badRequest = (c: Context, field: string, message: string) =>
  c.json({ error: 'invalid_request', field, message } satisfies ErrorBody, 400);

const json = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

/** The error responses a route can give, for its OpenAPI entry. */
export const errors = {
  400: json('A request field is wrong; `field` names it'),
  404: json('No record with this id'),
};
