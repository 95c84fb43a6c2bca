// The roster's CSV columns, shared by the export (roster page) and the import (background), so a file
// exported from one roster imports into another unchanged.
import Papa from 'papaparse';
import type { RosterRow } from './records';

export const ROSTER_CSV_COLUMNS = [
  'key',
  'platform',
  'handle',
  'name',
  'status',
  'tags',
  'score',
  'tier',
  'role',
  'followers',
  'engagement',
  'disclosure',
  'disclosure_checked',
  'disclosure_issues',
  'formats',
  'self_reported',
  'first_saved_at',
  'updated_at',
] as const;

/** Tags and formats share one cell, separated by this. */
export const LIST_SEPARATOR = '; ';

function csvLine(row: RosterRow): (string | number)[] {
  return [
    row.key,
    row.platform,
    row.handle,
    row.name ?? '',
    row.status,
    row.tags.join(LIST_SEPARATOR),
    row.excluded ? 'excluded' : (row.score ?? ''),
    row.tier,
    row.role,
    row.followers ?? '',
    row.engagement === null ? '' : percent(row.engagement),
    row.disclosure,
    row.disclosureChecked,
    row.disclosureIssues,
    row.formats.join(LIST_SEPARATOR),
    row.selfReported ? 'yes' : 'no',
    row.firstSavedAt,
    row.updatedAt,
  ];
}

/** 0.02345 -> "2.35%": as a marketer reads engagement, and as a spreadsheet parses a percentage. */
function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(2)}%`;
}

/** Excel reads a CSV without a byte-order mark in the system code page, garbling "Zoë" and "ñ". */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Cells a spreadsheet would run as a formula get a leading `'` (papaparse's escapeFormulae). Its own
 * default, /^[=+\-@\t\r].*$/, has no `s` flag, so a cell with a line break after the `=` (such as
 * `=HYPERLINK("…","Click\nme")`) did not match and was written as a live formula; only the start
 * matters, so the pattern stops there.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export function rosterCsv(rows: readonly RosterRow[]): string {
  return (
    BYTE_ORDER_MARK +
    Papa.unparse(
      { fields: [...ROSTER_CSV_COLUMNS], data: rows.map(csvLine) },
      { escapeFormulae: FORMULA_START, newline: '\r\n' },
    )
  );
}
