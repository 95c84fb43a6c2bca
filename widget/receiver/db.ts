// One small database interface with two drivers, so the receiver runs the same SQL on a laptop
// (embedded PGlite in a data folder, nothing to install) and in production (PostgreSQL via `pg`).

export interface Db {
  readonly kind: 'pglite' | 'postgres';
  /** One parameterised statement in its own transaction; resolves once it is committed. */
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Several statements without parameters (migrations), sent as one script. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** PostgreSQL connection string; when set, PostgreSQL is used instead of PGlite. */
  databaseUrl?: string;
  /** PGlite data folder; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  /** PostgreSQL pool size. */
  poolSize?: number;
  /** PostgreSQL: longest wait for a connection (new or from the pool), default 5 s. */
  connectTimeoutMs?: number;
  /** PostgreSQL: longest statement, enforced by the server and, for a server that never answers, by the client; default 10 s. */
  queryTimeoutMs?: number;
}

export async function openDb(options: DbOptions): Promise<Db> {
  if (options.databaseUrl) {
    const { openPostgres } = await import('./db-postgres');
    return openPostgres(options.databaseUrl, options);
  }
  const { openPglite } = await import('./db-pglite');
  return openPglite(options.dataDir ?? '.data/receiver/db');
}
