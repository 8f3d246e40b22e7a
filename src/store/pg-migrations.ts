// Schema migrations for the PostgreSQL store, applied in order (each in its transaction, under an
// advisory lock so that workers starting at once apply each once) and recorded in schema_migrations.
// Text columns that the merge orders or compares by (keys, ids, blocks) are COLLATE "C": code point
// order, as SQLite's BINARY and JavaScript's `<` compare them, so both stores merge in one order.
const C = 'TEXT COLLATE "C"';

export const PG_MIGRATIONS: string[] = [
  `CREATE TABLE documents (
     id ${C} PRIMARY KEY,
     content_hash TEXT NOT NULL,
     source ${C} NOT NULL,
     identity TEXT NOT NULL,
     url TEXT,
     title TEXT,
     outlet TEXT,
     published TEXT,
     text TEXT NOT NULL,
     analysis TEXT NOT NULL,
     ingested_at ${C} NOT NULL
   );
   CREATE INDEX documents_content_hash ON documents(content_hash);
   CREATE INDEX documents_identity ON documents(identity);
   CREATE TABLE sightings (
     document_id ${C} NOT NULL REFERENCES documents(id),
     source TEXT NOT NULL,
     identity ${C} NOT NULL,
     url TEXT,
     outlet TEXT,
     seen_at ${C} NOT NULL,
     similarity DOUBLE PRECISION,
     PRIMARY KEY (document_id, identity)
   );
   CREATE INDEX sightings_identity ON sightings(identity);
   -- Full-text search: the clitic readings of the normalized body as lexemes of the simple
   -- configuration (no stemming, no stop words: the words are ours already).
   CREATE TABLE document_search (
     document_id ${C} PRIMARY KEY REFERENCES documents(id),
     stems tsvector NOT NULL
   );
   CREATE INDEX document_search_stems ON document_search USING gin(stems);
   CREATE TABLE document_bands (
     band TEXT NOT NULL,
     document_id ${C} NOT NULL REFERENCES documents(id)
   );
   CREATE INDEX document_bands_band ON document_bands(band);
   CREATE TABLE document_minhash (
     document_id ${C} PRIMARY KEY REFERENCES documents(id),
     signature BYTEA NOT NULL
   );
   CREATE TABLE document_features (
     document_id ${C} PRIMARY KEY REFERENCES documents(id),
     data BYTEA NOT NULL
   );
   CREATE TABLE mentions (
     key ${C} PRIMARY KEY,
     document_id ${C} NOT NULL REFERENCES documents(id),
     data TEXT NOT NULL,
     group_key ${C},
     blocks TEXT
   );
   CREATE INDEX mentions_document ON mentions(document_id);
   CREATE INDEX mentions_group ON mentions(group_key);
   CREATE INDEX mentions_unmerged ON mentions(key) WHERE group_key IS NULL;
   CREATE TABLE merge_blocks (
     block ${C} NOT NULL,
     kind SMALLINT NOT NULL,
     key ${C} NOT NULL,
     PRIMARY KEY (block, kind, key)
   );
   CREATE TABLE events (
     id ${C} PRIMARY KEY,
     type TEXT NOT NULL,
     date_value ${C},
     story_id ${C},
     data TEXT NOT NULL,
     story_data TEXT
   );
   CREATE INDEX events_story ON events(story_id);
   CREATE TABLE stories (
     id ${C} PRIMARY KEY,
     title TEXT NOT NULL,
     data TEXT NOT NULL
   );
   CREATE TABLE story_keys (
     skey ${C} NOT NULL,
     event_id ${C} NOT NULL,
     PRIMARY KEY (skey, event_id)
   );
   CREATE INDEX story_keys_event ON story_keys(event_id);
   CREATE TABLE merge_state (name TEXT PRIMARY KEY, value TEXT);
   CREATE TABLE failures (
     source ${C} PRIMARY KEY,
     file TEXT,
     reason TEXT NOT NULL,
     first_at ${C} NOT NULL,
     last_at ${C} NOT NULL,
     attempts INTEGER NOT NULL,
     resolved_at TEXT
   );
   CREATE INDEX failures_file ON failures(file);`,
  // `mirsad watch`: feeds polled and article URLs fetched (src/store/watch.ts; seq keeps discovery order).
  `CREATE TABLE watch_feeds (
     url ${C} PRIMARY KEY,
     outlet TEXT, language TEXT, country TEXT,
     kind TEXT, parent ${C}, active INTEGER NOT NULL DEFAULT 1,
     etag TEXT, last_modified TEXT, lastmod TEXT,
     checked_at TEXT, success_at TEXT, changed_at TEXT,
     status INTEGER, error TEXT,
     errors INTEGER NOT NULL DEFAULT 0, error_total INTEGER NOT NULL DEFAULT 0,
     requests INTEGER NOT NULL DEFAULT 0, not_modified INTEGER NOT NULL DEFAULT 0,
     items INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE watch_urls (
     seq BIGSERIAL,
     url ${C} PRIMARY KEY,
     feed TEXT, outlet TEXT, title TEXT, published TEXT,
     state TEXT NOT NULL,
     discovered_at ${C} NOT NULL,
     attempts INTEGER NOT NULL DEFAULT 0,
     next_at ${C},
     fetched_at ${C}, final_url TEXT, canonical_url TEXT, http_date TEXT, http_status INTEGER,
     document_id TEXT, result TEXT, error TEXT, alias_of TEXT
   );
   CREATE INDEX watch_urls_state ON watch_urls(state, next_at);
   CREATE INDEX watch_urls_fetched ON watch_urls(fetched_at);`,
  // The processes of `mirsad worker`: the id graphile-worker locks jobs with, and the token of the
  // advisory lock the process holds while it lives (src/queue/worker.ts).
  `CREATE TABLE queue_workers (
     pool_id TEXT PRIMARY KEY,
     token BIGINT NOT NULL,
     started_at TEXT NOT NULL
   );`,
];
