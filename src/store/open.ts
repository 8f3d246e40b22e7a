// One way to open the store: a file path is SQLite, a postgres:// URL is PostgreSQL.
import { SqliteStore, type SqliteOptions } from './sqlite.js';
import { PostgresStore, isPostgresUrl } from './postgres.js';
import type { Store } from './store.js';

export { isPostgresUrl };

export function openStore(db: string, opts: SqliteOptions = {}): Store {
  return isPostgresUrl(db) ? new PostgresStore(db) : new SqliteStore(db, opts);
}
