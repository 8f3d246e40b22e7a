// Schema migrations for the SQLite store, applied in order and recorded in schema_migrations.
import { WATCH_MIGRATION } from './watch.js';

export const MIGRATIONS: string[] = [
  `CREATE TABLE documents (
     id TEXT PRIMARY KEY,
     content_hash TEXT NOT NULL,
     source TEXT NOT NULL,
     identity TEXT NOT NULL,
     url TEXT,
     title TEXT,
     outlet TEXT,
     published TEXT,
     text TEXT NOT NULL,
     analysis TEXT NOT NULL,
     ingested_at TEXT NOT NULL
   );
   CREATE INDEX documents_content_hash ON documents(content_hash);
   CREATE TABLE sightings (
     document_id TEXT NOT NULL REFERENCES documents(id),
     source TEXT NOT NULL,
     identity TEXT NOT NULL,
     url TEXT,
     outlet TEXT,
     seen_at TEXT NOT NULL,
     PRIMARY KEY (document_id, identity)
   );
   CREATE TABLE mentions (
     key TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id),
     data TEXT NOT NULL
   );
   CREATE INDEX mentions_document ON mentions(document_id);
   CREATE TABLE events (
     id TEXT PRIMARY KEY,
     type TEXT NOT NULL,
     date_value TEXT,
     story_id TEXT,
     data TEXT NOT NULL
   );
   CREATE TABLE stories (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     data TEXT NOT NULL
   );
   CREATE TABLE failures (
     source TEXT NOT NULL,
     reason TEXT NOT NULL,
     at TEXT NOT NULL
   );
   CREATE VIRTUAL TABLE documents_fts USING fts5(document_id UNINDEXED, title, body, stems);`,
  // Near-duplicate lookup (MinHash bands of the normalized body) and how alike a sighting is.
  `CREATE TABLE document_bands (
     band TEXT NOT NULL,
     document_id TEXT NOT NULL REFERENCES documents(id)
   );
   CREATE INDEX document_bands_band ON document_bands(band);
   CREATE TABLE document_minhash (
     document_id TEXT PRIMARY KEY REFERENCES documents(id),
     signature BLOB NOT NULL
   );
   ALTER TABLE sightings ADD COLUMN similarity REAL;`,
  // `mirsad watch`: feeds polled and article URLs fetched (src/store/watch.ts).
  WATCH_MIGRATION,
  // Failures keyed by source: a source that fails again is one row (attempts, first and last time),
  // the file to read to retry it, and when it stopped failing.
  `CREATE TABLE failures_v4 (
     source TEXT PRIMARY KEY,
     file TEXT,
     reason TEXT NOT NULL,
     first_at TEXT NOT NULL,
     last_at TEXT NOT NULL,
     attempts INTEGER NOT NULL,
     resolved_at TEXT
   );
   INSERT INTO failures_v4 (source, file, reason, first_at, last_at, attempts)
     SELECT source, NULL, (SELECT f2.reason FROM failures f2 WHERE f2.source = f.source ORDER BY f2.at DESC LIMIT 1), MIN(at), MAX(at), COUNT(*)
     FROM failures f GROUP BY source;
   DROP TABLE failures;
   ALTER TABLE failures_v4 RENAME TO failures;
   CREATE INDEX failures_file ON failures(file);`,
  // What the merge compares of each document (TF-IDF vector, shingle hashes), stored once per
  // document; mentions no longer carry the body.
  `CREATE TABLE document_features (
     document_id TEXT PRIMARY KEY REFERENCES documents(id),
     data BLOB NOT NULL
   );`,
  // Incremental merging: each mention's group (the key of the group's first mention) and blocks,
  // the blocking index (kind 0: a group registers there; 1: a mention looks there), the keys that
  // link events into stories, each event's story card. Events made before are stale: the next
  // merge rebuilds them from all mentions.
  `ALTER TABLE mentions ADD COLUMN group_key TEXT;
   ALTER TABLE mentions ADD COLUMN blocks TEXT;
   CREATE INDEX mentions_group ON mentions(group_key);
   CREATE INDEX mentions_unmerged ON mentions(key) WHERE group_key IS NULL;
   CREATE TABLE merge_blocks (
     block TEXT NOT NULL,
     kind INTEGER NOT NULL,
     key TEXT NOT NULL,
     PRIMARY KEY (block, kind, key)
   ) WITHOUT ROWID;
   ALTER TABLE events ADD COLUMN story_data TEXT;
   CREATE INDEX events_story ON events(story_id);
   CREATE TABLE story_keys (
     skey TEXT NOT NULL,
     event_id TEXT NOT NULL,
     PRIMARY KEY (skey, event_id)
   ) WITHOUT ROWID;
   CREATE INDEX story_keys_event ON story_keys(event_id);
   CREATE TABLE merge_state (name TEXT PRIMARY KEY, value TEXT);
   INSERT INTO merge_state SELECT 'stale', '1' WHERE EXISTS (SELECT 1 FROM events);`,
  // Each body stored once: the full-text index keeps no copy of the normalized body and its clitic
  // readings (contentless FTS5); its rows point to documents through search_docs.
  `CREATE TABLE search_docs (
     rowid INTEGER PRIMARY KEY,
     document_id TEXT NOT NULL UNIQUE REFERENCES documents(id)
   );
   CREATE VIRTUAL TABLE documents_search USING fts5(title, body, stems, content='');
   INSERT INTO search_docs (document_id) SELECT document_id FROM documents_fts ORDER BY rowid;
   INSERT INTO documents_search (rowid, title, body, stems)
     SELECT s.rowid, f.title, f.body, f.stems FROM documents_fts f JOIN search_docs s ON s.document_id = f.document_id;
   DROP TABLE documents_fts;`,
];
