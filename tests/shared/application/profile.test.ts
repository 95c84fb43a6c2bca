import { describe, expect, it } from 'vitest';
import { applicationProfiles } from '../../../shared/application/profile';
import { CreatorProfileSchema } from '../../../shared/schemas/profile';
import { sampleApplication } from '../../widget/receiver/support/application';

describe('applicationProfiles', () => {
  const at = '2026-03-01T10:00:00.000Z';

  it('makes one self-reported profile per handle, in order, every figure marked as a claim', () => {
    const profiles = applicationProfiles(sampleApplication(), at);
    expect(profiles.map((p) => `${p.platform}:${p.handle}`)).toEqual([
      'instagram:ana.trails',
      'youtube:anatrails',
    ]);
    const [instagram, youtube] = profiles;
    expect(instagram).toMatchObject({
      url: 'https://www.instagram.com/ana.trails/',
      displayName: 'Ana Lima',
      followers: { value: 18_400, display: null, exact: false },
      countryHint: 'PT',
      languageHint: 'pt',
      category: 'hiking, camp cooking',
      selfReported: true,
      capturedAt: at,
      recentPosts: [],
    });
    expect(instagram!.sources).toMatchObject({ followers: 'self-reported', bio: 'self-reported:pitch' });
    expect(youtube!.url).toBe('https://www.youtube.com/@anatrails');
    for (const p of profiles) expect(CreatorProfileSchema.parse(p)).toEqual(p);
  });

  it('leaves unknown figures unknown rather than zero', () => {
    const [p] = applicationProfiles(
      sampleApplication({
        handles: [{ platform: 'tiktok', handle: 'quiet', followers: null, typicalViews: null }],
        niches: [],
        pitch: '',
      }),
      at,
    );
    expect(p).toMatchObject({ followers: null, category: null, bio: null });
    expect(p!.sources).not.toHaveProperty('followers');
  });
});
