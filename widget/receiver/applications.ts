// Storing and exporting applications. One statement stores an application, its webhook outbox row
// and nothing else, so a retry either finds the committed row or writes it whole.
import type { Application } from '../../shared/schemas/application';
import type { FitResult } from '../../shared/schemas/fit';
import type { ReceivedApplication } from '../../shared/schemas/received-application';
import type { Db } from './db';

export interface NewApplication {
  idempotencyKey: string;
  bodyHash: string;
  briefId: string | null;
  score: number | null;
  claimedScore: number | null;
  application: Application;
  fits: FitResult[];
}

export interface StoredApplication {
  id: string;
  receivedAt: string;
}

export type SaveResult =
  | { kind: 'stored'; application: StoredApplication }
  | { kind: 'replayed'; application: StoredApplication }
  | { kind: 'conflict'; application: StoredApplication };

const ISO = `to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Stores an application once per idempotency key; resolves after the row is committed. */
export async function saveApplication(db: Db, a: NewApplication, forward: boolean): Promise<SaveResult> {
  const inserted = await db.query<{ id: string; received_at: string }>(
    `WITH ins AS (
       INSERT INTO applications (idempotency_key, body_hash, brief_id, score, claimed_score, application, fits)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING seq, received_at
     ), outbox AS (
       INSERT INTO webhook_deliveries (application_seq) SELECT seq FROM ins WHERE $8::boolean
     )
     SELECT seq::text AS id, ${ISO} AS received_at FROM ins`,
    [
      a.idempotencyKey,
      a.bodyHash,
      a.briefId,
      a.score,
      a.claimedScore,
      JSON.stringify(a.application),
      JSON.stringify(a.fits),
      forward,
    ],
  );
  const row = inserted[0];
  if (row) return { kind: 'stored', application: { id: row.id, receivedAt: row.received_at } };
  // The key exists (committed, since ON CONFLICT waits for a concurrent insert to finish).
  const [existing] = await db.query<{ id: string; received_at: string; body_hash: string }>(
    `SELECT seq::text AS id, ${ISO} AS received_at, body_hash FROM applications WHERE idempotency_key = $1`,
    [a.idempotencyKey],
  );
  if (!existing) throw new Error(`Application ${a.idempotencyKey} vanished after a conflict`);
  const application = { id: existing.id, receivedAt: existing.received_at };
  return { kind: existing.body_hash === a.bodyHash ? 'replayed' : 'conflict', application };
}

export interface Cursor {
  tx: string;
  seq: string;
}

export const START: Cursor = { tx: '0', seq: '0' };

export function formatCursor(c: Cursor): string {
  return `${c.tx}-${c.seq}`;
}

/** Both halves are PostgreSQL bigints; a larger number is no cursor of ours (and would fail the query). */
const BIGINT_MAX = 2n ** 63n - 1n;

/** Parses `?since=`; null when it is not a cursor this receiver handed out. */
export function parseCursor(value: string | undefined): Cursor | null {
  if (!value || value === '0') return START;
  const m = /^(\d{1,19})-(\d{1,19})$/.exec(value);
  if (!m || BigInt(m[1]!) > BIGINT_MAX || BigInt(m[2]!) > BIGINT_MAX) return null;
  return { tx: m[1]!, seq: m[2]! };
}

interface ExportRow {
  id: string;
  tx: string;
  received_at: string;
  brief_id: string | null;
  score: number | null;
  claimed_score: number | null;
  application: Application;
  fits: FitResult[];
}

const EXPORT_COLUMNS = `seq::text AS id, tx::text AS tx, ${ISO} AS received_at, brief_id, score, claimed_score,
  application, fits`;

function toReceived(row: ExportRow): ReceivedApplication {
  return {
    id: row.id,
    cursor: formatCursor({ tx: row.tx, seq: row.id }),
    receivedAt: row.received_at,
    briefId: row.brief_id,
    score: row.score,
    claimedScore: row.claimed_score,
    fits: row.fits,
    application: row.application,
  };
}

/**
 * Applications after `since`, oldest first. Only transactions older than every running one are
 * shown: a row that commits later always sorts after the last cursor handed out, so paging by
 * cursor never skips one.
 */
export async function listApplications(db: Db, since: Cursor, limit: number): Promise<ReceivedApplication[]> {
  const rows = await db.query<ExportRow>(
    `SELECT ${EXPORT_COLUMNS} FROM applications
     WHERE (tx, seq) > ($1::bigint, $2::bigint)
       AND tx < receiver_horizon()
     ORDER BY tx, seq LIMIT $3`,
    [since.tx, since.seq, limit],
  );
  return rows.map(toReceived);
}

export async function getApplication(db: Db, id: string): Promise<ReceivedApplication | null> {
  const [row] = await db.query<ExportRow>(`SELECT ${EXPORT_COLUMNS} FROM applications WHERE seq = $1`, [id]);
  return row ? toReceived(row) : null;
}
