// Applications as the receiver exports them (GET /applications), written by us for the roster's tests.
import type { Application } from '../../../../shared/schemas/application';
import type { ReceivedApplication } from '../../../../shared/schemas/received-application';

/** Application `id`, received on the id-th of November 2025 from a<id>@example.com. */
export function received(
  id: number,
  handles: Application['handles'],
  name = `Applicant ${id}`,
): ReceivedApplication {
  return {
    id: String(id),
    cursor: `100-${id}`,
    receivedAt: `2025-11-0${id}T09:00:00.000Z`,
    briefId: 'receiver-brief',
    score: 55,
    claimedScore: 90,
    fits: [],
    application: {
      idempotencyKey: `key-${id}-abcdef`,
      brand: 'Trailhead',
      name,
      email: `a${id}@example.com`,
      country: 'CA',
      languages: ['en'],
      handles,
      niches: ['trail running', 'hiking'],
      samples: ['https://example.com/sample'],
      pitch: 'I film long trail days and gear reviews.',
      consent: { given: true, version: 'v1', at: '2025-11-01T08:59:00.000Z' },
      attribution: {} as Application['attribution'],
    },
  };
}

export const jsonl = (items: ReceivedApplication[]) => items.map((i) => JSON.stringify(i)).join('\n');
