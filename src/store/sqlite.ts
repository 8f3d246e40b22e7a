// The embedded default store: SQLite through better-sqlite3, WAL, migrations, FTS5 over the
// normalized text (FTS5 does not fold Arabic letter forms or diacritics, so we index the shadow).
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { AnalyzedDocument } from '../types.js';
import type { EventRecord, MentionRef, Story } from '../shared/records.js';
import { featuresOf } from '../shared/mentions.js';
import { decodeFeatures, encodeFeatures, shingleJaccard, type DocFeatures } from '../shared/features.js';
import { normalize } from '../arabic/normalize.js';
import { queryWords, searchHit, type SearchRow } from './search-text.js';
import { MIGRATIONS } from './migrations.js';
import { prepared, type PreparedDocument, type StorableDocument } from './prepare.js';
import { documentValues, sightingValues } from './rows.js';
import { COPY_THRESHOLD, estimatedSimilarity, fingerprint, type Fingerprint } from './near-duplicates.js';
import type { DocSummary, FailureRecord, MergeTx, PutResult, SearchHit, Sighting, Store } from './store.js';
import {
  SqliteWatchStore,
  type DiscoveredUrl,
  type FeedState,
  type FetchRecord,
  type FetchedUrl,
  type QueuedUrl,
  type WatchCounts,
} from './watch.js';

export interface SqliteOptions {
  /** Open for reading only (reading commands): works on a file or folder the user cannot write. */
  readonly?: boolean;
  /** How long to wait for another writer's lock before a write is retried (ms). */
  busyTimeoutMs?: number;
}

/** A database file that is not there, or cannot be opened as asked. */
export class StoreOpenError extends Error {}

const BUSY = /^SQLITE_(BUSY|LOCKED)/;
// URI file names ("file:…?immutable=1", for a read-only folder) are off in better-sqlite3's build;
// it reads this once, when the first database is opened.
process.env.SQLITE_USE_URI ??= '1';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class SqliteStore implements Store {
  private db: Database.Database;
  readonly readonly: boolean;
  /** Statements prepared once and reused. */
  private statements = new Map<string, Database.Statement>();
  private stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  constructor(path: string, opts: SqliteOptions = {}) {
    const timeout = opts.busyTimeoutMs ?? 10_000;
    this.readonly = !!opts.readonly;
    if (opts.readonly) {
      if (!existsSync(path))
        throw new StoreOpenError(`no database at ${path} (run \`mirsad ingest <paths>\` first)`);
      this.db = openReadonly(path, timeout);
      if (this.pendingMigrations() === 0) return;
      // An older schema: upgrade it if the file can be written, else say what to do.
      this.db.close();
      try {
        this.db = new Database(path, { timeout, fileMustExist: true });
      } catch (e) {
        throw new StoreOpenError(
          `database at ${path} has an older schema and cannot be upgraded here: ${(e as Error).message}`,
        );
      }
      this.readonly = false;
    } else {
      this.db = new Database(path, { timeout });
    }
    this.db.pragma(`busy_timeout = ${timeout}`);
    try {
      // Two processes opening one new file at once: switching it to WAL can report the file busy
      // without waiting on busy_timeout (SQLite does not wait where waiting could deadlock).
      retryBusySync(() => this.db.pragma('journal_mode = WAL'));
    } catch (e) {
      if (/readonly|read-only/i.test((e as Error).message))
        throw new StoreOpenError(`database at ${path} is read-only: ${(e as Error).message}`);
      throw e;
    }
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('synchronous = NORMAL');
    // The merge index and the full-text index take writes at random places: a page cache of 64 MB
    // keeps their upper levels in memory however large the store grows (memory stays bounded).
    this.db.pragma('cache_size = -65536');
    retryBusySync(() => this.migrate());
  }

  private pendingMigrations(): number {
    const has = this.db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
      .get();
    if (!has) return MIGRATIONS.length;
    const done = (this.db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n;
    return MIGRATIONS.length - done;
  }

  /**
   * A write transaction, retried while another writer holds the database. BEGIN IMMEDIATE takes the
   * write lock first (waiting up to busy_timeout), so a transaction never fails halfway on upgrade.
   */
  private write<T>(fn: () => T): Promise<T> {
    const tx = this.db.transaction(fn);
    return this.exclusive(() => retryBusy(() => tx.immediate()));
  }

  /** The process's writes one at a time: a merge's transaction spans awaits, and no other write may land inside it. */
  private writing: Promise<unknown> = Promise.resolve();
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writing.then(fn, fn);
    this.writing = run.catch(() => undefined);
    return run;
  }

  private migrate(): void {
    // Two processes opening a new file at once: the second waits for the first's migrations.
    this.db
      .transaction(() => {
        this.db.exec(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
        );
      })
      .immediate();
    const done = () =>
      new Set(
        (this.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
          (r) => r.version,
        ),
      );
    if (done().size >= MIGRATIONS.length) return;
    MIGRATIONS.forEach((sql, i) => {
      this.db
        .transaction(() => {
          if (done().has(i + 1)) return;
          this.db.exec(sql);
          this.db.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(i + 1, new Date().toISOString());
          // Documents stored before the near-duplicate index get their bands now.
          if (i + 1 === 2) {
            const rows = this.db.prepare('SELECT document_id AS id, body FROM documents_fts').all() as {
              id: string;
              body: string;
            }[];
            for (const r of rows) this.insertFingerprint(r.id, fingerprint(r.body));
          }
          // Documents stored before features were: computed from their stored body.
          if (i + 1 === 5) {
            const ins = this.db.prepare('INSERT INTO document_features VALUES (?, ?)');
            const rows = this.db.prepare('SELECT id, text, analysis FROM documents').all() as {
              id: string;
              text: string;
              analysis: string;
            }[];
            for (const r of rows)
              ins.run(r.id, encodeFeatures(featuresOf({ ...JSON.parse(r.analysis), text: r.text })));
          }
        })
        .immediate();
    });
  }

  private insertFingerprint(id: string, fp: Pick<Fingerprint, 'signature' | 'bands'>): void {
    if (!fp.bands.length) return;
    const ins = this.stmt('INSERT INTO document_bands VALUES (?, ?)');
    for (const b of fp.bands) ins.run(b, id);
    this.stmt('INSERT INTO document_minhash VALUES (?, ?)').run(
      id,
      Buffer.from(fp.signature.buffer, fp.signature.byteOffset, fp.signature.byteLength),
    );
  }

  /**
   * A stored document whose body this one repeats: the same hash, or a near copy by MinHash, then
   * the shingle Jaccard from the stored shingle hashes (the body is not shingled again).
   */
  private findTwin(
    contentHash: string,
    fp: Pick<Fingerprint, 'signature' | 'bands'>,
    features: DocFeatures,
  ): { id: string; similarity: number } | null {
    const exact = this.stmt(
      "SELECT id FROM documents WHERE content_hash = ? AND content_hash != '' LIMIT 1",
    ).get(contentHash) as { id: string } | undefined;
    if (exact) return { id: exact.id, similarity: 1 };
    if (!fp.bands.length) return null;
    const candidates = this.stmt(
      `SELECT m.document_id AS id, m.signature FROM document_minhash m
       WHERE m.document_id IN (SELECT document_id FROM document_bands WHERE band IN (${fp.bands.map(() => '?').join(',')}))
       ORDER BY m.document_id`,
    ).all(...fp.bands) as { id: string; signature: Buffer }[];
    let best: { id: string; similarity: number } | null = null;
    const featuresOfDoc = this.stmt('SELECT data FROM document_features WHERE document_id = ?');
    for (const c of candidates) {
      const sig = new Uint32Array(
        c.signature.buffer.slice(c.signature.byteOffset, c.signature.byteOffset + c.signature.byteLength),
      );
      if (estimatedSimilarity(fp.signature, sig) < COPY_THRESHOLD - 0.2) continue;
      const row = featuresOfDoc.get(c.id) as { data: Buffer } | undefined;
      const sim = row ? shingleJaccard(features, decodeFeatures(row.data)) : 0;
      if (sim >= COPY_THRESHOLD && (!best || sim > best.similarity)) best = { id: c.id, similarity: sim };
    }
    return best;
  }

  async putDocument(doc: AnalyzedDocument): Promise<PutResult> {
    return (await this.putDocuments([doc]))[0];
  }

  async putDocuments(docs: StorableDocument[]): Promise<PutResult[]> {
    // What takes time (normalizing, fingerprints, features) is done before the write lock is taken
    // (at ingest, in the analysis worker).
    const ready = docs.map(prepared);
    return this.write(() => ready.map((p) => this.putOne(p)));
  }

  private putOne({ doc, normBody, fp, features, mentions, stems }: PreparedDocument): PutResult {
    const x = doc.extraction;
    // Stored now, so whatever failed before under this source does not any more.
    this.stmt('UPDATE failures SET resolved_at = ? WHERE source = ? AND resolved_at IS NULL').run(
      new Date().toISOString(),
      doc.source,
    );
    if (this.stmt('SELECT 1 FROM documents WHERE id = ?').get(doc.id)) return 'unchanged';
    if (this.stmt('SELECT 1 FROM sightings WHERE identity = ?').get(doc.identity)) return 'unchanged';
    const now = new Date().toISOString();
    const twin = x.paragraphs.length ? this.findTwin(doc.contentHash, fp, features) : null;
    if (twin) {
      this.stmt('INSERT OR IGNORE INTO sightings VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        ...sightingValues(twin, doc, now),
      );
      return 'republished';
    }
    this.stmt('INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      ...documentValues(doc, now),
    );
    const row = this.stmt('INSERT INTO search_docs (document_id) VALUES (?)').run(doc.id).lastInsertRowid;
    this.stmt('INSERT INTO documents_search (rowid, title, body, stems) VALUES (?, ?, ?, ?)').run(
      row,
      normalize(x.title?.value ?? ''),
      normBody,
      stems,
    );
    this.insertFingerprint(doc.id, fp);
    this.stmt('INSERT INTO document_features VALUES (?, ?)').run(doc.id, encodeFeatures(features));
    // Mentions wait, without a group, for the merge (src/merge.ts) to place them.
    const insert = this.stmt('INSERT INTO mentions (key, document_id, data) VALUES (?, ?, ?)');
    for (const { features: _, ...m } of mentions) insert.run(m.key, doc.id, JSON.stringify(m));
    return 'inserted';
  }

  async listSightings(id: string): Promise<Sighting[]> {
    return this.db
      .prepare(
        'SELECT source, identity, url, outlet, seen_at AS seenAt, similarity FROM sightings WHERE document_id = ? ORDER BY seen_at, identity',
      )
      .all(id) as Sighting[];
  }

  async recordFailure(source: string, reason: string, file?: string): Promise<void> {
    const now = new Date().toISOString();
    await this.write(() =>
      this.db
        .prepare(
          `INSERT INTO failures (source, file, reason, first_at, last_at, attempts) VALUES (?, ?, ?, ?, ?, 1)
           ON CONFLICT(source) DO UPDATE SET reason = excluded.reason, file = COALESCE(excluded.file, file),
             last_at = excluded.last_at, attempts = attempts + 1, resolved_at = NULL`,
        )
        .run(source, file ?? null, reason, now, now),
    );
  }

  async resolveFailures(file: string, stillFailing: string[]): Promise<number> {
    const keep = new Set(stillFailing);
    return this.write(() => {
      const rows = this.db
        .prepare('SELECT source FROM failures WHERE file = ? AND resolved_at IS NULL')
        .all(file) as { source: string }[];
      const upd = this.db.prepare('UPDATE failures SET resolved_at = ? WHERE source = ?');
      const now = new Date().toISOString();
      let n = 0;
      for (const r of rows) if (!keep.has(r.source)) n += upd.run(now, r.source).changes;
      return n;
    });
  }

  async hasDocument(id: string): Promise<boolean> {
    return !!this.db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id);
  }

  async getDocument(id: string): Promise<AnalyzedDocument | null> {
    const row = this.db
      .prepare(
        'SELECT text, analysis FROM documents WHERE substr(id, 1, length(@p)) = @p ORDER BY id LIMIT 2',
      )
      .all({ p: id }) as { text: string; analysis: string }[];
    if (row.length !== 1) return null;
    return { ...JSON.parse(row[0].analysis), text: row[0].text };
  }

  async listDocuments(): Promise<DocSummary[]> {
    const rows = this.db
      .prepare(`SELECT d.id, d.source, d.title, d.outlet, d.published, d.ingested_at AS ingestedAt,
                (SELECT COUNT(*) FROM mentions m WHERE m.document_id = d.id) AS events,
                (SELECT COUNT(*) FROM sightings s WHERE s.document_id = d.id) AS copies
                FROM documents d ORDER BY d.source`)
      .all() as DocSummary[];
    return rows;
  }

  async listFailures(opts: { all?: boolean } = {}): Promise<FailureRecord[]> {
    return this.db
      .prepare(
        `SELECT source, file, reason, last_at AS at, first_at AS firstAt, attempts, resolved_at AS resolvedAt FROM failures
         ${opts.all ? '' : 'WHERE resolved_at IS NULL'} ORDER BY last_at, source`,
      )
      .all() as FailureRecord[];
  }

  async allMentions(): Promise<MentionRef[]> {
    return this.db.transaction(() =>
      this.withFeatures(
        this.stmt('SELECT data, document_id AS doc FROM mentions ORDER BY key').all() as {
          data: string;
          doc: string;
        }[],
      ),
    )();
  }

  /** Mention rows with their document's features (read once per document). */
  private withFeatures(rows: { data: string; doc: string }[]): MentionRef[] {
    const get = this.stmt('SELECT data FROM document_features WHERE document_id = ?');
    const cache = new Map<string, DocFeatures>();
    return rows.map((r) => {
      let f = cache.get(r.doc);
      if (!f) cache.set(r.doc, (f = decodeFeatures((get.get(r.doc) as { data: Buffer }).data)));
      return { ...JSON.parse(r.data), features: f };
    });
  }

  /**
   * The merge awaits each answer (PostgreSQL's come over the network), so its transaction is opened
   * and closed by hand rather than by better-sqlite3's synchronous `transaction`.
   */
  async merge<T>(fn: (tx: MergeTx) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      await retryBusy(() => this.db.exec('BEGIN IMMEDIATE'));
      try {
        const out = await fn(this.mergeTx());
        this.db.exec('COMMIT');
        return out;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw e;
      }
    });
  }

  /** The merge's view, with what it reads cached for the length of one transaction. */
  private mergeTx(): MergeTx {
    const mentions = new Map<string, MentionRef>();
    const features = new Map<string, DocFeatures>();
    const blocks = new Map<string, { adds: string[]; lookups: string[] }>();
    const st = (sql: string) => this.stmt(sql);
    const keys = (rows: unknown[]) => (rows as { k: string }[]).map((r) => r.k);
    return {
      unmerged: (limit) =>
        keys(st('SELECT key AS k FROM mentions WHERE group_key IS NULL ORDER BY key LIMIT ?').all(limit)),
      takeStale: () => st("DELETE FROM merge_state WHERE name = 'stale'").run().changes > 0,
      reset: () => this.resetMergeNow(),
      setBlocks: (key, b) => {
        blocks.set(key, b);
        st('UPDATE mentions SET blocks = ? WHERE key = ?').run(JSON.stringify(b), key);
        const ins = st('INSERT OR IGNORE INTO merge_blocks VALUES (?, ?, ?)');
        for (const x of b.adds) ins.run(x, 0, key);
        for (const x of b.lookups) ins.run(x, 1, key);
      },
      blocks: (key) => {
        let b = blocks.get(key);
        if (!b)
          blocks.set(
            key,
            (b = JSON.parse(
              (st('SELECT blocks FROM mentions WHERE key = ?').get(key) as { blocks: string }).blocks,
            )),
          );
        return b!;
      },
      adders: (block, before) =>
        st(
          'SELECT b.key, m.group_key AS "group" FROM merge_blocks b JOIN mentions m ON m.key = b.key WHERE b.block = ? AND b.kind = 0 AND b.key < ? ORDER BY b.key',
        ).all(block, before) as {
          key: string;
          group: string | null;
        }[],
      lookers: (block, after) =>
        keys(
          st('SELECT key AS k FROM merge_blocks WHERE block = ? AND kind = 1 AND key > ? ORDER BY key').all(
            block,
            after,
          ),
        ),
      groupOf: (key) =>
        (st('SELECT group_key AS g FROM mentions WHERE key = ?').get(key) as { g: string | null } | undefined)
          ?.g ?? null,
      members: (group) =>
        keys(st('SELECT key AS k FROM mentions WHERE group_key = ? ORDER BY key').all(group)),
      mention: (key) => {
        let m = mentions.get(key);
        if (m) return m;
        const row = st('SELECT data, document_id AS doc FROM mentions WHERE key = ?').get(key) as {
          data: string;
          doc: string;
        };
        let f = features.get(row.doc);
        if (!f)
          features.set(
            row.doc,
            (f = decodeFeatures(
              (
                st('SELECT data FROM document_features WHERE document_id = ?').get(row.doc) as {
                  data: Buffer;
                }
              ).data,
            )),
          );
        mentions.set(key, (m = { ...JSON.parse(row.data), features: f }));
        return m!;
      },
      setGroup: (key, group) => void st('UPDATE mentions SET group_key = ? WHERE key = ?').run(group, key),
      putEvent: (e, storyKeys, card) => {
        const story =
          (st('SELECT story_id AS s FROM events WHERE id = ?').get(e.id) as { s: string | null } | undefined)
            ?.s ?? null;
        st(
          'INSERT OR REPLACE INTO events (id, type, date_value, story_id, data, story_data) VALUES (?, ?, ?, ?, ?, ?)',
        ).run(e.id, e.type, e.date.value, story, JSON.stringify({ ...e, story: null }), JSON.stringify(card));
        st('DELETE FROM story_keys WHERE event_id = ?').run(e.id);
        const ins = st('INSERT OR IGNORE INTO story_keys VALUES (?, ?)');
        for (const k of storyKeys) ins.run(k, e.id);
      },
      deleteEvent: (id) => {
        st('DELETE FROM events WHERE id = ?').run(id);
        st('DELETE FROM story_keys WHERE event_id = ?').run(id);
      },
      storyOf: (id) =>
        (st('SELECT story_id AS s FROM events WHERE id = ?').get(id) as { s: string | null } | undefined)
          ?.s ?? null,
      eventsOfStory: (id) => keys(st('SELECT id AS k FROM events WHERE story_id = ?').all(id)),
      eventsWithStoryKey: (k) => keys(st('SELECT event_id AS k FROM story_keys WHERE skey = ?').all(k)),
      storyKeys: (id) => keys(st('SELECT skey AS k FROM story_keys WHERE event_id = ?').all(id)),
      storyCard: (id) => {
        const row = st('SELECT story_data AS d FROM events WHERE id = ?').get(id) as
          | { d: string | null }
          | undefined;
        return row?.d ? JSON.parse(row.d) : null;
      },
      putStory: (s) =>
        void st('INSERT OR REPLACE INTO stories VALUES (?, ?, ?)').run(s.id, s.title, JSON.stringify(s)),
      storyState: (id) => {
        const row = st('SELECT data FROM stories WHERE id = ?').get(id) as { data: string } | undefined;
        return row ? JSON.parse(row.data) : null;
      },
      renameStory: (from, to) => void st('UPDATE events SET story_id = ? WHERE story_id = ?').run(to, from),
      keyEvents: (k, limit) =>
        st(
          'SELECT k.event_id AS id, e.story_id AS story FROM story_keys k JOIN events e ON e.id = k.event_id WHERE k.skey = ? LIMIT ?',
        ).all(k, limit) as { id: string; story: string | null }[],
      deleteStory: (id) => void st('DELETE FROM stories WHERE id = ?').run(id),
      setStory: (id, story) => void st('UPDATE events SET story_id = ? WHERE id = ?').run(story, id),
    };
  }

  async resetMerge(): Promise<void> {
    await this.write(() => this.resetMergeNow());
  }

  private resetMergeNow(): void {
    this.db.exec(`DELETE FROM events; DELETE FROM stories; DELETE FROM story_keys; DELETE FROM merge_blocks; DELETE FROM merge_state;
                  UPDATE mentions SET group_key = NULL, blocks = NULL;`);
  }

  async replaceEvents(events: EventRecord[], stories: Story[]): Promise<void> {
    await this.write(() => {
      this.db.exec('DELETE FROM events; DELETE FROM stories; DELETE FROM story_keys;');
      const ins = this.db.prepare(
        'INSERT INTO events (id, type, date_value, story_id, data) VALUES (?, ?, ?, ?, ?)',
      );
      for (const e of events) ins.run(e.id, e.type, e.date.value, e.story, JSON.stringify(e));
      const st = this.db.prepare('INSERT INTO stories VALUES (?, ?, ?)');
      for (const s of stories) st.run(s.id, s.title, JSON.stringify(s));
    });
  }

  async counts(): Promise<{ events: number; stories: number }> {
    const n = (t: string) => (this.stmt(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { events: n('events'), stories: n('stories') };
  }

  async listEvents(): Promise<EventRecord[]> {
    return (
      this.db
        .prepare('SELECT data, story_id FROM events ORDER BY date_value IS NULL, date_value, id')
        .all() as EventRow[]
    ).map(eventOf);
  }

  async getEvent(idOrPrefix: string): Promise<EventRecord | null> {
    const rows = this.db
      .prepare('SELECT data, story_id FROM events WHERE substr(id, 1, length(@p)) = @p ORDER BY id LIMIT 2')
      .all({ p: idOrPrefix }) as EventRow[];
    return rows.length === 1 ? eventOf(rows[0]) : null;
  }

  async matchIds(kind: 'event' | 'document', prefix: string, limit = 10): Promise<string[]> {
    const table = kind === 'event' ? 'events' : 'documents';
    return (
      this.db
        .prepare(`SELECT id FROM ${table} WHERE substr(id, 1, length(@p)) = @p ORDER BY id LIMIT @n`)
        .all({ p: prefix, n: limit }) as { id: string }[]
    ).map((r) => r.id);
  }

  async listStories(): Promise<Story[]> {
    // A story's events are those whose story column names it (stories grow without being rewritten whole).
    const events = new Map<string, string[]>();
    for (const r of this.stmt(
      'SELECT id, story_id AS s FROM events WHERE story_id IS NOT NULL ORDER BY id',
    ).iterate() as Iterable<{ id: string; s: string }>) {
      const list = events.get(r.s);
      if (list) list.push(r.id);
      else events.set(r.s, [r.id]);
    }
    return (
      this.stmt('SELECT id, title FROM stories ORDER BY id').all() as { id: string; title: string }[]
    ).map((r) => ({ id: r.id, title: r.title, events: events.get(r.id) ?? [] }));
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const words = queryWords(query);
    if (!words.length) return [];
    const match = words.map((w) => `stems:"${w.replace(/"/g, '')}"`).join(' AND ');
    const rows = this.db
      .prepare(`SELECT d.id, d.title, d.outlet, d.text FROM documents_search f JOIN search_docs s ON s.rowid = f.rowid JOIN documents d ON d.id = s.document_id
                WHERE documents_search MATCH ? ORDER BY rank LIMIT ?`)
      .all(match, limit) as SearchRow[];
    return rows.map((r) => searchHit(r, words[0]));
  }

  async *eachEvent(): AsyncIterable<EventRecord> {
    for (const r of this.db.prepare('SELECT data, story_id FROM events').iterate() as Iterable<EventRow>)
      yield eventOf(r);
  }

  async getEvents(ids: string[]): Promise<EventRecord[]> {
    const get = this.db.prepare('SELECT data, story_id FROM events WHERE id = ?');
    return ids
      .map((id) => get.get(id) as EventRow | undefined)
      .filter((r) => !!r)
      .map(eventOf);
  }

  async getStory(id: string): Promise<Story | null> {
    const row = this.stmt('SELECT id, title FROM stories WHERE id = ?').get(id) as
      | { id: string; title: string }
      | undefined;
    if (!row) return null;
    return {
      id: row.id,
      title: row.title,
      events: (
        this.stmt('SELECT id FROM events WHERE story_id = ? ORDER BY id').all(id) as { id: string }[]
      ).map((r) => r.id),
    };
  }

  async getMentions(keys: string[]): Promise<MentionRef[]> {
    const get = this.db.prepare('SELECT data, document_id AS doc FROM mentions WHERE key = ?');
    return this.withFeatures(
      keys.map((k) => get.get(k) as { data: string; doc: string } | undefined).filter((r) => !!r),
    );
  }

  async documentTexts(ids: string[]): Promise<Map<string, string>> {
    const get = this.db.prepare('SELECT text FROM documents WHERE id = ?');
    const out = new Map<string, string>();
    for (const id of ids) {
      const row = get.get(id) as { text: string } | undefined;
      if (row) out.set(id, row.text);
    }
    return out;
  }

  async close(): Promise<void> {
    this.db.close();
  }

  // `mirsad watch` state (src/store/watch.ts).
  private watchStore?: SqliteWatchStore;
  private get watch(): SqliteWatchStore {
    return (this.watchStore ??= new SqliteWatchStore(this.db));
  }
  addFeed(f: Pick<FeedState, 'url' | 'outlet' | 'language' | 'country' | 'parent'>): Promise<void> {
    return this.watch.addFeed(f);
  }
  getFeed(url: string): Promise<FeedState | null> {
    return this.watch.getFeed(url);
  }
  listFeeds(): Promise<FeedState[]> {
    return this.watch.listFeeds();
  }
  recordListing(feed: FeedState, urls: DiscoveredUrl[]): Promise<DiscoveredUrl[]> {
    return this.watch.recordListing(feed, urls);
  }
  pendingUrls(now: string, limit: number): Promise<QueuedUrl[]> {
    return this.watch.pendingUrls(now, limit);
  }
  urlState(
    url: string,
  ): Promise<{ state: string; aliasOf: string | null; documentId: string | null } | null> {
    return this.watch.urlState(url);
  }
  recordFetch(r: FetchRecord): Promise<void> {
    return this.watch.recordFetch(r);
  }
  getFetch(url: string): Promise<FetchedUrl | null> {
    return this.watch.getFetch(url);
  }
  documentForIdentity(identity: string): Promise<string | null> {
    return this.watch.documentForIdentity(identity);
  }
  watchCounts(now: string): Promise<WatchCounts> {
    return this.watch.watchCounts(now);
  }
}

/** Run `fn`, again while another process holds the write lock (it waited busy_timeout already). */
async function retryBusy<T>(fn: () => T): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return fn();
    } catch (e) {
      await sleep(busyPause(e, attempt));
    }
  }
}

/** retryBusy for the constructor, which cannot wait asynchronously: the thread sleeps between tries. */
function retryBusySync<T>(fn: () => T): T {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; ; attempt++) {
    try {
      return fn();
    } catch (e) {
      Atomics.wait(pause, 0, 0, busyPause(e, attempt));
    }
  }
}

/** How long to wait before trying again after `e`: rethrown unless the database was busy, at most 8 times. */
function busyPause(e: unknown, attempt: number): number {
  const code = (e as { code?: string }).code ?? '';
  if (!BUSY.test(code) || attempt >= 8) throw e;
  return Math.min(2000, 25 * 2 ** attempt) * (0.5 + Math.random());
}

/**
 * Read-only, also where the folder cannot be written: a WAL database needs its -shm file, and
 * when that cannot be made the file is opened as immutable (no other writer can be there then).
 */
function openReadonly(path: string, timeout: number): Database.Database {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true, timeout });
    try {
      db.prepare('SELECT COUNT(*) FROM sqlite_master').get();
      return db;
    } catch (e) {
      db.close();
      throw e;
    }
  } catch (e) {
    if (!/unable to open|cannot open|readonly|read-only/i.test((e as Error).message)) throw e;
    const uri = `file:${encodeURI(path).replace(/[?#]/g, encodeURIComponent)}?immutable=1`;
    return new Database(uri, { readonly: true, fileMustExist: true, timeout });
  }
}

interface EventRow {
  data: string;
  story_id: string | null;
}

/** A stored event, its story as the story column says (stories change without rewriting their events). */
function eventOf(r: EventRow): EventRecord {
  const e = JSON.parse(r.data) as EventRecord;
  e.story = r.story_id;
  return e;
}
