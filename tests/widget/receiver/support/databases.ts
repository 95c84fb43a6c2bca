// The databases every receiver test runs against: embedded PGlite always, and a real PostgreSQL
// when TROUPE_TEST_DATABASE_URL is set (.ci/run always sets it). Each test gets a fresh database.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DbOptions } from '../../../../widget/receiver/db';

export interface TestDatabase {
  /** Options for openDb / the receiver process (DATABASE_URL or TROUPE_DATA_DIR). */
  options: DbOptions;
  env: Record<string, string>;
  drop(): Promise<void>;
}

export interface DatabaseTarget {
  name: 'pglite' | 'postgres';
  create(): Promise<TestDatabase>;
}

const adminUrl = process.env['TROUPE_TEST_DATABASE_URL'];

if (!adminUrl) {
  console.warn(
    'receiver tests: TROUPE_TEST_DATABASE_URL is not set, so the PostgreSQL half is SKIPPED ' +
      '(run `source .ci/postgres.sh && start_postgres` first; .ci/run always does).',
  );
}

const pglite: DatabaseTarget = {
  name: 'pglite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'troupe-receiver-'));
    return {
      options: { dataDir: dir },
      env: { TROUPE_DATA_DIR: dir },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

const postgres: DatabaseTarget = {
  name: 'postgres',
  async create() {
    const name = `troupe_test_${randomBytes(6).toString('hex')}`;
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    return {
      options: { databaseUrl: url.href },
      env: { DATABASE_URL: url.href },
      drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  },
};

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** PGlite, plus PostgreSQL when a server is configured. */
export const DATABASES: DatabaseTarget[] = adminUrl ? [pglite, postgres] : [pglite];
