// PostgreSQL through a `pg` pool. BIGINT columns come back as strings (pg's default), which the
// receiver keeps: sequence numbers are cursors, never arithmetic.
import pg from 'pg';
import type { Db } from './db';

export async function openPostgres(connectionString: string, poolSize = 16): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
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
