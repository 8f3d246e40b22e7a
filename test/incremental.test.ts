// Incremental merging gives the events and stories a merge of all mentions at once gives, whatever
// order and batches the documents come in: the seeds, the labelled reports of test/data/cluster
// (45 happenings told by 2–5 outlets each, with undated reports among them) and the page fixtures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyze } from '../src/pipeline.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { storeKinds, type StoreKind } from './helpers/stores.js';
import { mergeNewMentions, rebuildEvents } from '../src/rebuild.js';
import { cluster } from '../src/cluster/index.js';
import type { AnalyzedDocument, RawInput } from '../src/types.js';
import type { EventRecord, Story } from '../src/shared/records.js';

function corpus(): AnalyzedDocument[] {
  const inputs: RawInput[] = [];
  for (const f of readdirSync('examples/seeds').sort()) {
    inputs.push({
      source: f,
      identity: f,
      kind: 'text',
      content: readFileSync(`examples/seeds/${f}`, 'utf8'),
      hints: {},
      messages: [],
    });
  }
  for (const line of readFileSync('test/data/cluster/reports.jsonl', 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line) as { id: string; outlet: string; published: string | null; text: string };
    inputs.push({
      source: r.id,
      identity: r.id,
      kind: 'text',
      content: r.text,
      hints: { outlet: r.outlet, published: r.published ?? undefined },
      messages: [],
    });
  }
  const pages = 'test/fixtures/pages';
  for (const f of readdirSync(pages)
    .filter((x) => /\.(txt|html)$/.test(x))
    .sort()) {
    inputs.push({
      source: f,
      identity: f,
      kind: f.endsWith('.html') ? 'html' : 'text',
      content: readFileSync(path.join(pages, f), 'utf8'),
      hints: {},
      messages: [],
    });
  }
  return inputs.map((i) => analyze(i)).filter((d) => d.extraction.paragraphs.length);
}

let seed = 7;
const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
function shuffled<T>(xs: T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const canonical = (events: EventRecord[], stories: Story[]) =>
  JSON.stringify({
    events: [...events].sort((a, b) => a.id.localeCompare(b.id)),
    stories: [...stories].sort((a, b) => a.id.localeCompare(b.id)),
  });

let docs: AnalyzedDocument[];
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mirsad-incr-'));
  // Near copies are one document (stored once, whichever comes first): kept out, so every order
  // stores the same documents.
  const all = corpus();
  const probe = new SqliteStore(path.join(dir, 'probe.db'));
  const put = await probe.putDocuments(all);
  await probe.close();
  docs = all.filter((_, i) => put[i] === 'inserted');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The events and stories one merge of all the store's mentions at once gives (in memory). */
async function reference(store: Store): Promise<string> {
  const { events, stories } = cluster(await store.allMentions());
  return canonical(JSON.parse(JSON.stringify(events)), stories);
}

/** Store the documents in batches, merging after each; the events and stories then stored. */
async function ingestInBatches(
  kind: StoreKind,
  order: AnalyzedDocument[],
  maxBatch: number,
): Promise<{ store: Store; state: string; revisited: number }> {
  const store = openStore(await kind.fresh());
  let revisited = 0;
  for (let i = 0; i < order.length; ) {
    const n = 1 + Math.floor(rand() * maxBatch);
    await store.putDocuments(order.slice(i, i + n));
    const s = await mergeNewMentions(store);
    revisited += s.visited - s.merged;
    i += n;
  }
  return { store, state: canonical(await store.listEvents(), await store.listStories()), revisited };
}

const kinds = await storeKinds();
let acrossStores: string | undefined;

describe.each(kinds)('incremental merge ($name)', (kind) => {
  it('gives, in shuffled orders and batches, the events and stories of one merge of all mentions', async () => {
    // All mentions at once, in memory (clusterEvents + buildStories): the reference.
    const reference = openStore(await kind.fresh());
    await reference.putDocuments(docs);
    const all = await reference.allMentions();
    const { events, stories } = cluster(all);
    const expected = canonical(JSON.parse(JSON.stringify(events)), stories);
    expect(events.length).toBeGreaterThan(50);
    expect(stories.length).toBeGreaterThan(10);
    // Both stores hold the same mentions: the same events and stories.
    acrossStores ??= expected;
    expect(expected).toBe(acrossStores);
    // Undated mentions (no date and no report date) are among them: they are compared across all weeks.
    expect(all.some((m) => m.event.date.granularity === 'unknown' && !m.report.published)).toBe(true);
    await reference.close();

    const states = new Set<string>();
    for (const [i, maxBatch] of [1, 5, 17, 40].entries()) {
      const order = shuffled(docs);
      const { store, state, revisited } = await ingestInBatches(kind, order, maxBatch);
      expect((await store.listDocuments()).length).toBe(docs.length);
      expect(state).toBe(expected);
      // Stored mentions whose decision a new one could change were visited again (and only those).
      expect(revisited).toBeGreaterThan(0);
      // And a rebuild from scratch changes nothing.
      await rebuildEvents(store);
      expect(canonical(await store.listEvents(), await store.listStories())).toBe(expected);
      states.add(state);
      await store.close();
    }
    expect(states.size).toBe(1);
  }, 120_000);

  it('merges in reverse key order (every new mention before all stored ones) as in key order', async () => {
    const byKey = [...docs].sort((a, b) => (a.id < b.id ? 1 : -1));
    const { store: reversed, state } = await ingestInBatches(kind, byKey, 3);
    const { store: forward, state: forwardState } = await ingestInBatches(kind, [...byKey].reverse(), 3);
    expect(state).toBe(await reference(reversed));
    expect(state).toBe(forwardState);
    await reversed.close();
    await forward.close();
  }, 120_000);

  it('a second ingest of the same documents changes nothing; the merge index names every mention', async () => {
    const { store, state } = await ingestInBatches(kind, docs, 10);
    expect(await store.putDocuments(docs.slice(0, 5))).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    const again = await mergeNewMentions(store);
    expect(again.merged).toBe(0);
    expect(canonical(await store.listEvents(), await store.listStories())).toBe(state);
    // Every mention is in exactly one stored event.
    const mentions = (await store.listEvents()).flatMap((e) => e.mentions);
    expect(new Set(mentions).size).toBe(mentions.length);
    expect(mentions.length).toBe((await store.allMentions()).length);
    await store.close();
  }, 120_000);
});
