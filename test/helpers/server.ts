// A real server on 127.0.0.1 (a free port) over a fresh store with the seed articles ingested.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.js';
import { ingestPaths } from '../../src/ingest/index.js';
import { rebuildEvents } from '../../src/cluster/rebuild.js';
import { startServer } from '../../src/api/server.js';

export interface SeedServer {
  url: string;
  stop(): Promise<void>;
}

export async function seedServer(opts: { token?: string } = {}): Promise<SeedServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mirsad-serve-'));
  const store = new SqliteStore(path.join(dir, 'serve.db'));
  await ingestPaths(store, ['examples/']);
  await rebuildEvents(store);
  const running = await startServer({ store, host: '127.0.0.1', port: 0, webRoot: 'dist/web', token: opts.token });
  return {
    url: running.url,
    stop: async () => {
      await running.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
