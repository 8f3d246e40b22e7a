/** A value, or a promise of it: the SQLite store answers at once, PostgreSQL over the network. */
export type Awaitable<T> = T | Promise<T>;
