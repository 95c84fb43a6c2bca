// Builds table rows the way the background does (mergeSave then rosterRow), for the pure tests.
import { mergeSave, withStatus } from '../../../shared/roster/merge';
import type { RosterRow, StatusChange } from '../../../shared/roster/records';
import { rosterRow } from '../../../shared/roster/row';
import type { Platform, Status } from '../../../shared/schemas/enums';
import { disclosure, fitResult, profile } from './creators';

export function row(options: {
  handle: string;
  platform?: Platform;
  score?: number | null;
  status?: Status;
  history?: StatusChange[];
  tags?: string[];
  notes?: string[];
  collaborations?: string[];
  verdicts?: ('disclosed' | 'missing' | 'not_needed')[];
  followers?: number;
}): RosterRow {
  const at = '2025-01-05T00:00:00.000Z';
  let record = mergeSave(
    undefined,
    {
      profile: profile({
        handle: options.handle,
        platform: options.platform ?? 'instagram',
        followers:
          options.followers === undefined ? null : { value: options.followers, display: null, exact: true },
      }),
      fit:
        options.score === undefined
          ? fitResult(50)
          : options.score === null
            ? null
            : fitResult(options.score),
      disclosures: (options.verdicts ?? []).map((v, i) => disclosure(v, `https://x/${options.handle}/${i}`)),
    },
    at,
  );
  if (options.status) record = withStatus(record, options.status, at);
  if (options.history)
    record = { ...record, statusHistory: options.history, status: options.history.at(-1)!.status };
  record = { ...record, tags: options.tags ?? [] };
  return rosterRow(
    record,
    (options.notes ?? []).map((text) => ({ text })),
    (options.collaborations ?? []).map((date) => ({ date })),
  );
}
