// Schema migrations, run on start by both drivers. Append new steps; never edit a shipped one.
import type { Db } from './db';

const MIGRATIONS: { id: number; sql: string }[] = [
  {
    id: 1,
    sql: `
      CREATE TABLE applications (
        seq BIGSERIAL PRIMARY KEY,
        -- Transaction that wrote the row: exports page by (tx, seq) and only show transactions older
        -- than every running one, so a row committed late under a smaller seq is never skipped.
        tx BIGINT NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
        idempotency_key TEXT NOT NULL UNIQUE,
        body_hash TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        brief_id TEXT,
        score INTEGER,
        claimed_score DOUBLE PRECISION,
        application JSONB NOT NULL,
        fits JSONB NOT NULL
      );
      CREATE INDEX applications_cursor ON applications (tx, seq);

      -- Transactional outbox for the brand's webhook: one row per application, written with it.
      CREATE TABLE webhook_deliveries (
        id BIGSERIAL PRIMARY KEY,
        application_seq BIGINT NOT NULL REFERENCES applications (seq),
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        delivered_at TIMESTAMPTZ
      );
      CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';

      -- Delivery log: every attempt, what the brand's endpoint answered.
      CREATE TABLE webhook_attempts (
        id BIGSERIAL PRIMARY KEY,
        delivery_id BIGINT NOT NULL REFERENCES webhook_deliveries (id),
        attempted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        status_code INTEGER,
        error TEXT,
        duration_ms INTEGER NOT NULL
      );
    `,
  },
  {
    id: 2,
    sql: `
      -- Transaction ids restart when the data moves to another server (a PGlite folder dumped into
      -- PostgreSQL, a restore): cursors would then go backwards and an export would skip new rows.
      -- Every tx is shifted by an offset that start-up raises past the largest one stored.
      CREATE TABLE receiver_clock (
        only_row BOOLEAN PRIMARY KEY DEFAULT true CHECK (only_row),
        xid_offset BIGINT NOT NULL
      );
      INSERT INTO receiver_clock (xid_offset) VALUES (0);
      CREATE FUNCTION receiver_tx() RETURNS BIGINT LANGUAGE sql STABLE AS
        'SELECT pg_current_xact_id()::text::bigint + (SELECT xid_offset FROM receiver_clock)';
      -- Oldest transaction still running (shifted alike): rows below it can no longer be joined by
      -- a row that sorts before them.
      CREATE FUNCTION receiver_horizon() RETURNS BIGINT LANGUAGE sql STABLE AS
        'SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint + (SELECT xid_offset FROM receiver_clock)';
      ALTER TABLE applications ALTER COLUMN tx SET DEFAULT receiver_tx();
    `,
  },
];

/** Raises the tx offset when the stored rows are ahead of this server's transaction ids. */
const ALIGN_CLOCK = `
  UPDATE receiver_clock SET xid_offset = xid_offset + ahead
  FROM (SELECT max(tx) - (pg_snapshot_xmax(pg_current_snapshot())::text::bigint
          + (SELECT xid_offset FROM receiver_clock)) + 1 AS ahead FROM applications) a
  WHERE ahead > 0`;

/** Applies the missing migrations, each in its own transaction; safe when two receivers start at once. */
export async function migrate(db: Db): Promise<void> {
  await db.exec(`CREATE TABLE IF NOT EXISTS receiver_migrations (
    id INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
  for (const { id, sql } of MIGRATIONS) {
    // The advisory lock serialises concurrent starts; the re-check inside makes the step idempotent.
    await db.exec(`BEGIN;
      SELECT pg_advisory_xact_lock(7317001);
      DO $migrate$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM receiver_migrations WHERE id = ${id}) THEN
          EXECUTE ${quote(sql)};
          INSERT INTO receiver_migrations (id) VALUES (${id});
        END IF;
      END $migrate$;
      COMMIT;`);
  }
  await db.exec(ALIGN_CLOCK);
}

function quote(sql: string): string {
  return `'${sql.replaceAll("'", "''")}'`;
}
