// A creator's status change, with its time in the history. Pure.
import type { Status } from '../schemas/enums';
import type { CreatorRecord } from './records';

export function withStatus(record: CreatorRecord, status: Status, at: string): CreatorRecord {
  if (record.status === status) return record;
  return { ...record, status, statusHistory: [...record.statusHistory, { status, at }], updatedAt: at };
}
