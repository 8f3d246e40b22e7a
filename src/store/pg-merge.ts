// The merge's view of the PostgreSQL store within one transaction (as SqliteStore's mergeTx), with
// what it reads of mentions, features and blocks cached for the transaction's length.
import type { MentionRef } from '../shared/records.js';
import { decodeFeatures, type DocFeatures } from '../shared/features.js';
import type { MergeTx } from './store.js';
import type { Sql } from './pg-sql.js';

export function pgMergeTx(sql: Sql): MergeTx {
  const mentions = new Map<string, MentionRef>();
  const features = new Map<string, DocFeatures>();
  const blocks = new Map<string, { adds: string[]; lookups: string[] }>();
  const rows = async <R>(q: string, p: unknown[] = []) => (await sql.query<R>(q, p)).rows;
  const keys = async (q: string, p: unknown[]) => (await rows<{ k: string }>(q, p)).map((r) => r.k);
  const one = async <R>(q: string, p: unknown[]) => (await rows<R>(q, p))[0];
  const run = async (q: string, p: unknown[] = []) => void (await sql.query(q, p));
  return {
    unmerged: (limit) =>
      keys('SELECT key AS k FROM mentions WHERE group_key IS NULL ORDER BY key LIMIT ?', [limit]),
    takeStale: async () => (await sql.query("DELETE FROM merge_state WHERE name = 'stale'")).rowCount > 0,
    reset: async () => {
      for (const t of ['events', 'stories', 'story_keys', 'merge_blocks', 'merge_state'])
        await run(`DELETE FROM ${t}`);
      await run(
        'UPDATE mentions SET group_key = NULL, blocks = NULL WHERE group_key IS NOT NULL OR blocks IS NOT NULL',
      );
    },
    setBlocks: async (key, b) => {
      blocks.set(key, b);
      await run('UPDATE mentions SET blocks = ? WHERE key = ?', [JSON.stringify(b), key]);
      await run(
        `INSERT INTO merge_blocks SELECT unnest(?::text[]), unnest(?::smallint[]), ? ON CONFLICT DO NOTHING`,
        [[...b.adds, ...b.lookups], [...b.adds.map(() => 0), ...b.lookups.map(() => 1)], key],
      );
    },
    blocks: async (key) => {
      let b = blocks.get(key);
      if (!b) {
        const row = await one<{ blocks: string }>('SELECT blocks FROM mentions WHERE key = ?', [key]);
        blocks.set(key, (b = JSON.parse(row.blocks)));
      }
      return b!;
    },
    adders: (block, before) =>
      rows<{ key: string; group: string | null }>(
        'SELECT b.key, m.group_key AS "group" FROM merge_blocks b JOIN mentions m ON m.key = b.key WHERE b.block = ? AND b.kind = 0 AND b.key < ? ORDER BY b.key',
        [block, before],
      ),
    lookers: (block, after) =>
      keys('SELECT key AS k FROM merge_blocks WHERE block = ? AND kind = 1 AND key > ? ORDER BY key', [
        block,
        after,
      ]),
    groupOf: async (key) =>
      (await one<{ g: string | null }>('SELECT group_key AS g FROM mentions WHERE key = ?', [key]))?.g ??
      null,
    members: (group) => keys('SELECT key AS k FROM mentions WHERE group_key = ? ORDER BY key', [group]),
    mention: async (key) => {
      let m = mentions.get(key);
      if (m) return m;
      const row = await one<{ data: string; doc: string }>(
        'SELECT data, document_id AS doc FROM mentions WHERE key = ?',
        [key],
      );
      let f = features.get(row.doc);
      if (!f) {
        const fr = await one<{ data: Buffer }>('SELECT data FROM document_features WHERE document_id = ?', [
          row.doc,
        ]);
        features.set(row.doc, (f = decodeFeatures(fr.data)));
      }
      mentions.set(key, (m = { ...JSON.parse(row.data), features: f }));
      return m!;
    },
    setGroup: (key, group) => run('UPDATE mentions SET group_key = ? WHERE key = ?', [group, key]),
    putEvent: async (e, storyKeys, card) => {
      // The event keeps the story it had (story_id is left out of the update).
      await run(
        `INSERT INTO events (id, type, date_value, story_id, data, story_data) VALUES (?, ?, ?, NULL, ?, ?)
         ON CONFLICT (id) DO UPDATE SET type = excluded.type, date_value = excluded.date_value, data = excluded.data,
           story_data = excluded.story_data`,
        [e.id, e.type, e.date.value, JSON.stringify({ ...e, story: null }), JSON.stringify(card)],
      );
      await run('DELETE FROM story_keys WHERE event_id = ?', [e.id]);
      await run('INSERT INTO story_keys SELECT DISTINCT unnest(?::text[]), ? ON CONFLICT DO NOTHING', [
        storyKeys,
        e.id,
      ]);
    },
    deleteEvent: async (id) => {
      await run('DELETE FROM events WHERE id = ?', [id]);
      await run('DELETE FROM story_keys WHERE event_id = ?', [id]);
    },
    storyOf: async (id) =>
      (await one<{ s: string | null }>('SELECT story_id AS s FROM events WHERE id = ?', [id]))?.s ?? null,
    eventsOfStory: (id) => keys('SELECT id AS k FROM events WHERE story_id = ?', [id]),
    eventsWithStoryKey: (k) => keys('SELECT event_id AS k FROM story_keys WHERE skey = ?', [k]),
    storyKeys: (id) => keys('SELECT skey AS k FROM story_keys WHERE event_id = ?', [id]),
    storyCard: async (id) => {
      const row = await one<{ d: string | null }>('SELECT story_data AS d FROM events WHERE id = ?', [id]);
      return row?.d ? JSON.parse(row.d) : null;
    },
    putStory: (s) =>
      run(
        'INSERT INTO stories VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title, data = excluded.data',
        [s.id, s.title, JSON.stringify(s)],
      ),
    storyState: async (id) => {
      const row = await one<{ data: string }>('SELECT data FROM stories WHERE id = ?', [id]);
      return row ? JSON.parse(row.data) : null;
    },
    renameStory: (from, to) => run('UPDATE events SET story_id = ? WHERE story_id = ?', [to, from]),
    keyEvents: (k, limit) =>
      rows<{ id: string; story: string | null }>(
        'SELECT k.event_id AS id, e.story_id AS story FROM story_keys k JOIN events e ON e.id = k.event_id WHERE k.skey = ? LIMIT ?',
        [k, limit],
      ),
    deleteStory: (id) => run('DELETE FROM stories WHERE id = ?', [id]),
    setStory: (id, story) => run('UPDATE events SET story_id = ? WHERE id = ?', [story, id]),
  };
}
