// Each adapter on Troupe's own logged-in pages (tests/fixtures/pages), parsed by happy-dom like
// the extension's content script sees them, plus the JSON path and stale embedded state.
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../shared/platforms/index';
import { CreatorProfileSchema, PostSchema } from '../../../shared/schemas/profile';
import { OWN_PAGES, ownPage } from './own-pages';

describe('every own page validates against the shared schemas and records its sources', () => {
  for (const page of OWN_PAGES) {
    it(page.file, () => {
      const { doc, url } = ownPage(page.platform, page.kind);
      const e = extractPage(doc, url);
      expect(e.kind).toBe(page.kind);
      const profile = e.kind === 'profile' ? e.profile : e.author;
      expect(() => CreatorProfileSchema.parse(profile)).not.toThrow();
      expect(profile.platform).toBe(page.platform);
      for (const field of ['followers', 'displayName', 'bio', 'verified'] as const) {
        if (profile[field] !== null) expect(profile.sources[field], `${page.file} ${field}`).toBeTruthy();
      }
      if (e.kind === 'post') {
        expect(() => PostSchema.parse(e.post)).not.toThrow();
        // Every own post carries the platform's paid-partnership label.
        expect(e.post.paidPartnership, page.file).toBe(true);
        expect(e.post.sources.paidPartnership).toBeTruthy();
      }
    });
  }
});
