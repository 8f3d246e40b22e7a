// The Store on PostgreSQL (`--db postgres://…`), for many workers on many machines: the same tables
// and answers as the SQLite store (sqlite.ts), over a pg Pool. Writers that must see each other's
// rows take a transaction-scoped advisory lock: storing documents (the copy check reads what is
// stored) and merging (one merge step at a time; ARCHITECTURE.md says why that is enough).
import pg from 'pg';
import type { AnalyzedDocument } from '../types.js';
import type { EventRecord, MentionRef, Story } from '../shared/records.js';
import { decodeFeatures, encodeFeatures, shingleJaccard, type DocFeatures } from '../shared/features.js';
import { COPY_THRESHOLD, estimatedSimilarity, type Fingerprint } from './near-duplicates.js';
import { prepared, type PreparedDocument, type StorableDocument } from './prepare.js';
import type { DocSummary, FailureRecord, MergeTx, PutResult, SearchHit, Sighting, Store } from './store.js';
import { PG_MIGRATIONS } from './pg-migrations.js';
import { documentValues, sightingValues } from './rows.js';
import { sqlOf, type Sql } from './pg-sql.js';
import { PgWatchStore } from './pg-watch.js';
import { pgMergeTx } from './pg-merge.js';
import { queryWords, searchHit, type SearchRow } from './search-text.js';
import type { WatchStore } from './watch.js';

/** Advisory lock keys (first half: 'mirs'); each is held for one transaction. */
export const LOCK = { space: 0x6d697273, migrate: 1, put: 2, merge: 3 } as const;

export const isPostgresUrl = (s: string) => /^postgres(ql)?:\/\//.test(s);

// COUNT(*) and other bigints as numbers (a store's counts stay far below 2^53).
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export class PostgresStore implements Store {
  readonly pool: pg.Pool;
  private sql: Sql;
  /** Migrations, run once on the first query (the constructor cannot wait for them). */
  readonly ready: Promise<void>;
  private watch: WatchStore;

  constructor(
    readonly url: string,
    opts: { max?: number } = {},
  ) {
    this.pool = new pg.Pool({ connectionString: url, max: opts.max ?? 4, types });
    // An idle client losing its server (a restart) must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
    const pool = sqlOf(this.pool);
    this.sql = {
      query: async (q, p) => {
        await this.ready;
        return pool.query(q, p);
      },
    };
    this.ready = this.migrate();
    this.ready.catch(() => undefined);
    this.watch = new PgWatchStore(this.sql, (fn) => this.transaction(fn));
  }

  /** One transaction on one client, rolled back if `fn` throws. */
  async transaction<T>(fn: (sql: Sql) => Promise<T>, lock?: number): Promise<T> {
    await this.ready;
    return this.inTransaction(fn, lock);
  }

  private async inTransaction<T>(fn: (sql: Sql) => Promise<T>, lock?: number): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      if (lock !== undefined) await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK.space, lock]);
      const out = await fn(sqlOf(client));
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  private async migrate(): Promise<void> {
    await this.inTransaction(async (sql) => {
      await sql.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
      );
      const done = new Set(
        (await sql.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
          (r) => r.version,
        ),
      );
      for (const [i, ddl] of PG_MIGRATIONS.entries()) {
        if (done.has(i + 1)) continue;
        await sql.query(ddl);
        await sql.query('INSERT INTO schema_migrations VALUES (?, ?)', [i + 1, new Date().toISOString()]);
      }
    }, LOCK.migrate);
  }

  async putDocument(doc: AnalyzedDocument): Promise<PutResult> {
    return (await this.putDocuments([doc]))[0];
  }

  async putDocuments(docs: StorableDocument[]): Promise<PutResult[]> {
    // What takes time (normalizing, fingerprints, features) is done before the lock is taken.
    const ready = docs.map(prepared);
    return this.transaction(async (sql) => {
      const out: PutResult[] = [];
      for (const p of ready) out.push(await this.putOne(sql, p));
      return out;
    }, LOCK.put);
  }

  private async putOne(
    sql: Sql,
    { doc, fp, features, mentions, stems }: PreparedDocument,
  ): Promise<PutResult> {
    const x = doc.extraction;
    const now = new Date().toISOString();
    await sql.query('UPDATE failures SET resolved_at = ? WHERE source = ? AND resolved_at IS NULL', [
      now,
      doc.source,
    ]);
    if ((await sql.query('SELECT 1 FROM documents WHERE id = ?', [doc.id])).rowCount) return 'unchanged';
    if ((await sql.query('SELECT 1 FROM sightings WHERE identity = ?', [doc.identity])).rowCount)
      return 'unchanged';
    const twin = x.paragraphs.length ? await this.findTwin(sql, doc.contentHash, fp, features) : null;
    if (twin) {
      await sql.query(
        'INSERT INTO sightings VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
        sightingValues(twin, doc, now),
      );
      return 'republished';
    }
    await sql.query(
      'INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      documentValues(doc, now),
    );
    await sql.query("INSERT INTO document_search VALUES (?, to_tsvector('simple', ?))", [doc.id, stems]);
    if (fp.bands.length) {
      await sql.query('INSERT INTO document_bands SELECT unnest(?::text[]), ?', [fp.bands, doc.id]);
      await sql.query('INSERT INTO document_minhash VALUES (?, ?)', [
        doc.id,
        Buffer.from(fp.signature.buffer, fp.signature.byteOffset, fp.signature.byteLength),
      ]);
    }
    await sql.query('INSERT INTO document_features VALUES (?, ?)', [doc.id, encodeFeatures(features)]);
    // Mentions wait, without a group, for the merge to place them.
    const rows = mentions.map(({ features: _, ...m }) => m);
    await sql.query(
      'INSERT INTO mentions (key, document_id, data) SELECT unnest(?::text[]), ?, unnest(?::text[])',
      [rows.map((m) => m.key), doc.id, rows.map((m) => JSON.stringify(m))],
    );
    return 'inserted';
  }

  /** As SqliteStore's: the same hash, or a near copy by MinHash confirmed by the stored shingle hashes. */
  private async findTwin(
    sql: Sql,
    contentHash: string,
    fp: Pick<Fingerprint, 'signature' | 'bands'>,
    features: DocFeatures,
  ): Promise<{ id: string; similarity: number } | null> {
    const exact = await sql.query<{ id: string }>(
      "SELECT id FROM documents WHERE content_hash = ? AND content_hash != '' ORDER BY id LIMIT 1",
      [contentHash],
    );
    if (exact.rows[0]) return { id: exact.rows[0].id, similarity: 1 };
    if (!fp.bands.length) return null;
    const candidates = await sql.query<{ id: string; signature: Buffer; data: Buffer }>(
      `SELECT m.document_id AS id, m.signature, f.data FROM document_minhash m JOIN document_features f ON f.document_id = m.document_id
       WHERE m.document_id IN (SELECT document_id FROM document_bands WHERE band = ANY(?::text[])) ORDER BY m.document_id`,
      [fp.bands],
    );
    let best: { id: string; similarity: number } | null = null;
    for (const c of candidates.rows) {
      const sig = new Uint32Array(
        c.signature.buffer.slice(c.signature.byteOffset, c.signature.byteOffset + c.signature.byteLength),
      );
      if (estimatedSimilarity(fp.signature, sig) < COPY_THRESHOLD - 0.2) continue;
      const sim = shingleJaccard(features, decodeFeatures(c.data));
      if (sim >= COPY_THRESHOLD && (!best || sim > best.similarity)) best = { id: c.id, similarity: sim };
    }
    return best;
  }

  async listSightings(id: string): Promise<Sighting[]> {
    return (
      await this.sql.query<Sighting>(
        'SELECT source, identity, url, outlet, seen_at AS seenAt, similarity FROM sightings WHERE document_id = ? ORDER BY seen_at, identity',
        [id],
      )
    ).rows;
  }

  async recordFailure(source: string, reason: string, file?: string): Promise<void> {
    const now = new Date().toISOString();
    await this.sql.query(
      `INSERT INTO failures (source, file, reason, first_at, last_at, attempts) VALUES (?, ?, ?, ?, ?, 1)
       ON CONFLICT(source) DO UPDATE SET reason = excluded.reason, file = COALESCE(excluded.file, failures.file),
         last_at = excluded.last_at, attempts = failures.attempts + 1, resolved_at = NULL`,
      [source, file ?? null, reason, now, now],
    );
  }

  async resolveFailures(file: string, stillFailing: string[]): Promise<number> {
    const r = await this.sql.query(
      'UPDATE failures SET resolved_at = ? WHERE file = ? AND resolved_at IS NULL AND NOT (source = ANY(?::text[]))',
      [new Date().toISOString(), file, stillFailing],
    );
    return r.rowCount;
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.sql.query('SELECT 1 FROM documents WHERE id = ?', [id])).rowCount > 0;
  }

  async getDocument(id: string): Promise<AnalyzedDocument | null> {
    const { rows } = await this.sql.query<{ text: string; analysis: string }>(
      'SELECT text, analysis FROM documents WHERE starts_with(id, ?) ORDER BY id LIMIT 2',
      [id],
    );
    if (rows.length !== 1) return null;
    return { ...JSON.parse(rows[0].analysis), text: rows[0].text };
  }

  async listDocuments(): Promise<DocSummary[]> {
    return (
      await this.sql.query<DocSummary>(`SELECT d.id, d.source, d.title, d.outlet, d.published, d.ingested_at AS ingestedAt,
        (SELECT COUNT(*) FROM mentions m WHERE m.document_id = d.id) AS events,
        (SELECT COUNT(*) FROM sightings s WHERE s.document_id = d.id) AS copies
        FROM documents d ORDER BY d.source`)
    ).rows;
  }

  async listFailures(opts: { all?: boolean } = {}): Promise<FailureRecord[]> {
    return (
      await this.sql.query<FailureRecord>(
        `SELECT source, file, reason, last_at AS at, first_at AS firstAt, attempts, resolved_at AS resolvedAt FROM failures
         ${opts.all ? '' : 'WHERE resolved_at IS NULL'} ORDER BY last_at, source`,
      )
    ).rows;
  }

  async allMentions(): Promise<MentionRef[]> {
    const { rows } = await this.sql.query<{ data: string; doc: string; f: Buffer }>(
      `SELECT m.data, m.document_id AS doc, f.data AS f FROM mentions m JOIN document_features f ON f.document_id = m.document_id
       ORDER BY m.key`,
    );
    return withFeatures(rows);
  }

  async merge<T>(fn: (tx: MergeTx) => Promise<T>): Promise<T> {
    return this.transaction((sql) => fn(pgMergeTx(sql)), LOCK.merge);
  }

  async resetMerge(): Promise<void> {
    await this.transaction(async (sql) => pgMergeTx(sql).reset(), LOCK.merge);
  }

  async replaceEvents(events: EventRecord[], stories: Story[]): Promise<void> {
    await this.transaction(async (sql) => {
      await sql.query('DELETE FROM events');
      await sql.query('DELETE FROM stories');
      await sql.query('DELETE FROM story_keys');
      for (const e of events)
        await sql.query('INSERT INTO events (id, type, date_value, story_id, data) VALUES (?, ?, ?, ?, ?)', [
          e.id,
          e.type,
          e.date.value,
          e.story,
          JSON.stringify(e),
        ]);
      for (const s of stories)
        await sql.query('INSERT INTO stories VALUES (?, ?, ?)', [s.id, s.title, JSON.stringify(s)]);
    }, LOCK.merge);
  }

  async counts(): Promise<{ events: number; stories: number }> {
    const { rows } = await this.sql.query<{ events: number; stories: number }>(
      'SELECT (SELECT COUNT(*) FROM events) AS events, (SELECT COUNT(*) FROM stories) AS stories',
    );
    return rows[0];
  }

  async listEvents(): Promise<EventRecord[]> {
    return (
      await this.sql.query<EventRow>(
        'SELECT data, story_id FROM events ORDER BY date_value IS NULL, date_value, id',
      )
    ).rows.map(eventOf);
  }

  async getEvent(idOrPrefix: string): Promise<EventRecord | null> {
    const { rows } = await this.sql.query<EventRow>(
      'SELECT data, story_id FROM events WHERE starts_with(id, ?) ORDER BY id LIMIT 2',
      [idOrPrefix],
    );
    return rows.length === 1 ? eventOf(rows[0]) : null;
  }

  async matchIds(kind: 'event' | 'document', prefix: string, limit = 10): Promise<string[]> {
    const table = kind === 'event' ? 'events' : 'documents';
    return (
      await this.sql.query<{ id: string }>(
        `SELECT id FROM ${table} WHERE starts_with(id, ?) ORDER BY id LIMIT ?`,
        [prefix, limit],
      )
    ).rows.map((r) => r.id);
  }

  async listStories(): Promise<Story[]> {
    const events = new Map<string, string[]>();
    for (const r of (
      await this.sql.query<{ id: string; s: string }>(
        'SELECT id, story_id AS s FROM events WHERE story_id IS NOT NULL ORDER BY id',
      )
    ).rows) {
      const list = events.get(r.s);
      if (list) list.push(r.id);
      else events.set(r.s, [r.id]);
    }
    return (
      await this.sql.query<{ id: string; title: string }>('SELECT id, title FROM stories ORDER BY id')
    ).rows.map((r) => ({ id: r.id, title: r.title, events: events.get(r.id) ?? [] }));
  }

  /** Every query word among a document's clitic readings (the simple configuration, no stemming of its own). */
  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const words = queryWords(query);
    if (!words.length) return [];
    const q = words.map((w) => `'${w}'`).join(' & ');
    const { rows } = await this.sql.query<SearchRow>(
      `SELECT d.id, d.title, d.outlet, d.text FROM document_search s JOIN documents d ON d.id = s.document_id,
         to_tsquery('simple', ?) q
       WHERE s.stems @@ q ORDER BY ts_rank(s.stems, q, 1) DESC, d.id LIMIT ?`,
      [q, limit],
    );
    return rows.map((r) => searchHit(r, words[0]));
  }

  /** Every event, a page at a time (memory bounded whatever the store's size). */
  async *eachEvent(): AsyncIterable<EventRecord> {
    let after = '';
    for (;;) {
      const { rows } = await this.sql.query<EventRow & { id: string }>(
        'SELECT id, data, story_id FROM events WHERE id > ? ORDER BY id LIMIT 500',
        [after],
      );
      for (const r of rows) yield eventOf(r);
      if (rows.length < 500) return;
      after = rows[rows.length - 1].id;
    }
  }

  async getEvents(ids: string[]): Promise<EventRecord[]> {
    const { rows } = await this.sql.query<EventRow & { id: string }>(
      'SELECT id, data, story_id FROM events WHERE id = ANY(?::text[])',
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => (byId.has(id) ? [eventOf(byId.get(id)!)] : []));
  }

  async getStory(id: string): Promise<Story | null> {
    const row = (
      await this.sql.query<{ id: string; title: string }>('SELECT id, title FROM stories WHERE id = ?', [id])
    ).rows[0];
    if (!row) return null;
    const events = await this.sql.query<{ id: string }>(
      'SELECT id FROM events WHERE story_id = ? ORDER BY id',
      [id],
    );
    return { id: row.id, title: row.title, events: events.rows.map((r) => r.id) };
  }

  async getMentions(keys: string[]): Promise<MentionRef[]> {
    const { rows } = await this.sql.query<{ key: string; data: string; doc: string; f: Buffer }>(
      `SELECT m.key, m.data, m.document_id AS doc, f.data AS f FROM mentions m
       JOIN document_features f ON f.document_id = m.document_id WHERE m.key = ANY(?::text[])`,
      [keys],
    );
    const byKey = new Map(rows.map((r) => [r.key, r]));
    return withFeatures(keys.flatMap((k) => (byKey.has(k) ? [byKey.get(k)!] : [])));
  }

  async documentTexts(ids: string[]): Promise<Map<string, string>> {
    const { rows } = await this.sql.query<{ id: string; text: string }>(
      'SELECT id, text FROM documents WHERE id = ANY(?::text[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.text]));
  }

  async close(): Promise<void> {
    await this.ready.catch(() => undefined);
    await this.pool.end();
  }

  // `mirsad watch` state (pg-watch.ts).
  addFeed: WatchStore['addFeed'] = (f) => this.watch.addFeed(f);
  getFeed: WatchStore['getFeed'] = (url) => this.watch.getFeed(url);
  listFeeds: WatchStore['listFeeds'] = () => this.watch.listFeeds();
  recordListing: WatchStore['recordListing'] = (feed, urls) => this.watch.recordListing(feed, urls);
  pendingUrls: WatchStore['pendingUrls'] = (now, limit) => this.watch.pendingUrls(now, limit);
  urlState: WatchStore['urlState'] = (url) => this.watch.urlState(url);
  recordFetch: WatchStore['recordFetch'] = (r) => this.watch.recordFetch(r);
  getFetch: WatchStore['getFetch'] = (url) => this.watch.getFetch(url);
  documentForIdentity: WatchStore['documentForIdentity'] = (identity) =>
    this.watch.documentForIdentity(identity);
  watchCounts: WatchStore['watchCounts'] = (now) => this.watch.watchCounts(now);
}

interface EventRow {
  data: string;
  story_id: string | null;
}

function eventOf(r: EventRow): EventRecord {
  const e = JSON.parse(r.data) as EventRecord;
  e.story = r.story_id;
  return e;
}

/** Mention rows with their document's features, decoded once per document. */
function withFeatures(rows: { data: string; doc: string; f: Buffer }[]): MentionRef[] {
  const cache = new Map<string, DocFeatures>();
  return rows.map((r) => {
    let f = cache.get(r.doc);
    if (!f) cache.set(r.doc, (f = decodeFeatures(r.f)));
    return { ...JSON.parse(r.data), features: f };
  });
}
