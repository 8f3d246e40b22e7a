// The store tests run against both stores: SQLite in a temporary file, and PostgreSQL (127.0.0.1:5432,
// user postgres, or MIRSAD_TEST_PG) in a database of a random name that this test file creates and
// drops, one schema per fresh store. When the server cannot be reached the PostgreSQL variant is
// left out, and says so.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';

export const PG_SERVER = process.env.MIRSAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface StoreKind {
  name: 'sqlite' | 'postgres';
  /** A new empty store: a file path or a postgres:// URL (for `openStore`). */
  fresh(): Promise<string>;
}

/** Why PostgreSQL cannot be used, or null when it can. */
async function unreachable(): Promise<string | null> {
  const c = new pg.Client({ connectionString: PG_SERVER, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return null;
  } catch (e) {
    return (e as Error).message || String(e);
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** A database of a random name, dropped after this test file. */
export async function testDatabase(): Promise<{ url: string; schema(): Promise<string> }> {
  const name = `mirsad_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  await admin.end();
  const url = new URL(PG_SERVER);
  url.pathname = `/${name}`;
  afterAll(async () => {
    const c = new pg.Client({ connectionString: PG_SERVER });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });
  let n = 0;
  return {
    url: url.toString(),
    /** A new schema of the database: the URL of a store in it. */
    async schema() {
      const s = `s${++n}`;
      const c = new pg.Client({ connectionString: url.toString() });
      await c.connect();
      await c.query(`CREATE SCHEMA ${s}`);
      await c.end();
      const u = new URL(url);
      u.searchParams.set('options', `-c search_path=${s}`);
      return u.toString();
    },
  };
}

let pgReason: string | null | undefined;

/** SQLite always; PostgreSQL when its server answers (else a warning). Call at the top of a test file. */
export async function storeKinds(): Promise<StoreKind[]> {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const sqlite: StoreKind = {
    name: 'sqlite',
    async fresh() {
      const dir = mkdtempSync(path.join(tmpdir(), 'mirsad-store-'));
      dirs.push(dir);
      return path.join(dir, 'test.db');
    },
  };
  pgReason ??= await unreachable();
  if (pgReason) {
    console.warn(`PostgreSQL at ${PG_SERVER} is unreachable (${pgReason}): its store tests are skipped`);
    return [sqlite];
  }
  const db = await testDatabase();
  const postgres: StoreKind = { name: 'postgres', fresh: () => db.schema() };
  return [sqlite, postgres];
}
