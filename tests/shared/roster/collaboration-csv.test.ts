import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { COLLABORATION_CSV_COLUMNS, collaborationsCsv } from '../../../shared/roster/collaboration-csv';
import { collaborationWith, deliverableWith } from './collaborations';

it('one line per deliverable with the collaboration’s figures, formula cells defused', () => {
  const csv = collaborationsCsv([
    {
      id: 'c1',
      ...collaborationWith({
        promoCodes: ['=HYPERLINK("x")', 'AMI10'],
        deliverables: [
          deliverableWith({ id: 'a' }),
          deliverableWith({ id: 'b', status: 'posted', postUrl: 'https://www.instagram.com/p/B/' }),
        ],
      }),
    },
    { id: 'c2', ...collaborationWith({ deliverables: [], compensation: null }) },
  ]);
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
  expect(parsed.meta.fields).toEqual([...COLLABORATION_CSV_COLUMNS]);
  expect(parsed.data).toHaveLength(3);
  const [a, b, c] = parsed.data as [Record<string, string>, Record<string, string>, Record<string, string>];
  expect(a).toMatchObject({
    collaboration_id: 'c1',
    fee: '800',
    spend: '1160',
    deliverable_status: 'planned',
    rights_paid_ads: 'yes',
  });
  expect(b).toMatchObject({ deliverable_status: 'posted', post_url: 'https://www.instagram.com/p/B/' });
  expect(a.promo_codes!.startsWith("'=")).toBe(true);
  expect(c).toMatchObject({ collaboration_id: 'c2', currency: '', spend: '', deliverable: '' });
});
