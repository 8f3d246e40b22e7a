// The store's SQL is written once in SQLite's dialect where the two agree; this turns its `?` and
// `@name` parameters into PostgreSQL's `$n`, and quotes camelCase aliases (PostgreSQL folds unquoted
// names to lower case).
import type pg from 'pg';

export type Params = unknown[] | Record<string, unknown>;

/** Something that runs a query: the pool, or one client inside a transaction. */
export interface Sql {
  query<R = Record<string, unknown>>(sql: string, params?: Params): Promise<{ rows: R[]; rowCount: number }>;
}

const converted = new Map<string, { text: string; names: string[] | null }>();

export function toPg(sql: string): { text: string; names: string[] | null } {
  let hit = converted.get(sql);
  if (hit) return hit;
  let n = 0;
  const names: string[] = [];
  let text = sql.replace(/\bAS ([a-z]+[A-Z]\w*)/g, 'AS "$1"');
  if (text.includes('?')) text = text.replace(/\?/g, () => `$${++n}`);
  else
    text = text.replace(/@(\w+)/g, (_, name: string) => {
      const i = names.indexOf(name);
      if (i >= 0) return `$${i + 1}`;
      names.push(name);
      return `$${names.length}`;
    });
  converted.set(sql, (hit = { text, names: names.length ? names : null }));
  return hit;
}

/** A Sql over a pg client or pool. */
export function sqlOf(db: pg.Pool | pg.PoolClient): Sql {
  return {
    async query<R>(sql: string, params: Params = []) {
      const { text, names } = toPg(sql);
      const values = names ? names.map((k) => (params as Record<string, unknown>)[k]) : (params as unknown[]);
      const r = await db.query(text, values);
      return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
    },
  };
}
