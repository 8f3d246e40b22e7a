// A real server on 127.0.0.1 (a free port) over a fresh store with the seed articles ingested,
// and four reports of one shelling whose outlets disagree on the dead (9 and 10), from the
// labelled cluster reports (test/data/cluster/), so that a disagreement is there to show.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.js';
import { ingestPaths } from '../../src/ingest/index.js';
import { rebuildEvents } from '../../src/rebuild.js';
import { startServer } from '../../src/api/server.js';

export interface SeedServer {
  url: string;
  stop(): Promise<void>;
}

// The shelling of camps in Idlib on 2022-11-06: 9 killed in two reports, 10 in a later one.
const DISPUTED = new Set(['r109', 'r110', 'r111', 'r144']);

export async function seedServer(opts: { token?: string } = {}): Promise<SeedServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mirsad-serve-'));
  const store = new SqliteStore(path.join(dir, 'serve.db'));
  const disputed = readFileSync('test/data/cluster/reports.jsonl', 'utf8')
    .split('\n')
    .filter((l) => l.trim() && DISPUTED.has(JSON.parse(l).id));
  writeFileSync(path.join(dir, 'disputed.jsonl'), disputed.join('\n') + '\n');
  await ingestPaths(store, ['examples/', path.join(dir, 'disputed.jsonl')]);
  await rebuildEvents(store);
  const running = await startServer({
    store,
    host: '127.0.0.1',
    port: 0,
    webRoot: 'dist/web',
    token: opts.token,
  });
  return {
    url: running.url,
    stop: async () => {
      await running.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
