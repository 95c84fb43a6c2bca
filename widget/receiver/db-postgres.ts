// PostgreSQL through a `pg` pool. BIGINT columns come back as strings (pg's default), which the
// receiver keeps: sequence numbers are cursors, never arithmetic.
//
// Every wait is bounded, so a database that stops answering (a network black hole, a hung server)
// turns into a prompt error, which the receiver answers as 503 with Retry-After, instead of requests
// that hang until the client gives up: a connection attempt, a statement on the server, the same
// statement seen from the client (for a server that never answers at all), and TCP keepalive so a
// silently dead connection is noticed even while idle.
import pg from 'pg';
import type { Db, DbOptions } from './db';

export async function openPostgres(connectionString: string, options: DbOptions = {}): Promise<Db> {
  const { poolSize = 16, connectTimeoutMs = 5_000, queryTimeoutMs = 10_000 } = options;
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    connectionTimeoutMillis: connectTimeoutMs,
    statement_timeout: queryTimeoutMs,
    lock_timeout: queryTimeoutMs,
    idle_in_transaction_session_timeout: queryTimeoutMs,
    // The server's own timeout answers first; this one only fires when nothing comes back at all.
    query_timeout: queryTimeoutMs + 1_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    application_name: 'troupe-receiver',
  });
  // A dropped idle connection must not crash the receiver; the pool replaces it.
  pool.on('error', () => {});
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    async query<Row>(sql: string, params: unknown[] = []) {
      // Named statements are parsed and planned once per connection instead of on every request.
      const result = await pool.query({ name: statementName(sql), text: sql, values: params });
      return result.rows as Row[];
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}

const names = new Map<string, string>();

function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) names.set(sql, (name = `troupe_${names.size}`));
  return name;
}
