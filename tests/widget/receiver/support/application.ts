// A valid application as the widget sends it; tests vary one field at a time.
import { randomUUID } from 'node:crypto';
import type { Application } from '../../../../shared/schemas/application';

export function sampleApplication(overrides: Partial<Application> = {}): Application {
  return {
    idempotencyKey: randomUUID(),
    brand: 'Northwind Outdoors',
    briefId: 'demo-outdoor-2026',
    name: 'Ana Lima',
    email: 'ana@example.com',
    country: 'PT',
    languages: ['pt', 'en'],
    handles: [
      { platform: 'instagram', handle: '@ana.trails', followers: 18_400, typicalViews: null },
      { platform: 'youtube', handle: 'anatrails', followers: 5_200, typicalViews: 3_100 },
    ],
    niches: ['hiking', 'camp cooking'],
    samples: ['https://www.instagram.com/p/Cx1/'],
    pitch: 'I film backpacking food and campfire recipes on long trails.',
    consent: { given: true, version: '2026-01', at: '2026-03-01T10:00:00.000Z' },
    // The schema's record types every attribution key; the widget sends only those it found.
    attribution: {
      utm_source: 'newsletter',
      landingUrl: 'https://brand.example/ambassadors',
    } as Application['attribution'],
    locale: 'pt-BR',
    claimedScore: 64,
    website: '',
    ...overrides,
  };
}
