// Start the API and web app on a host and port (`mirsad serve`).
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type ApiOptions } from './app.js';

export interface Running {
  url: string;
  close(): Promise<void>;
}

export async function startServer(opts: ApiOptions & { host: string; port: number }): Promise<Running> {
  const { app, ctx } = createApp(opts);
  await ctx.catalog();
  return new Promise((resolve, reject) => {
    let server: ServerType;
    server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
    server.once('error', reject);
  });
}
