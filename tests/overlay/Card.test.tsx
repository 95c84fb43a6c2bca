import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assessOverlay } from '../../entrypoints/background/overlay-assessment';
import { Card, countText } from '../../overlay/Card';
import { createOverlayStore, type OverlayStore } from '../../overlay/overlay-state';
import type { OverlayAssessment } from '../../shared/messages';
import { newPost } from '../../shared/platforms/blank-records';
import { sampleOf, sampleText } from '../../shared/platforms/sample';
import type { DisclosureReport } from '../../shared/schemas/disclosure';
import type { FitResult } from '../../shared/schemas/fit';
import type { CreatorProfile } from '../../shared/schemas/profile';
import { briefWith, postsEvery, profileWith } from '../shared/score/make-profile';

// The card only presents what the core decided, so these are results in the core's shape, written out.
const profile: CreatorProfile = {
  platform: 'tiktok',
  handle: 'illojuan',
  displayName: 'IlloJuan',
  url: 'https://www.tiktok.com/@illojuan',
  followers: { value: 783427, display: '783.4K', exact: true },
  following: null,
  posts: { value: 18, display: null, exact: false },
  verified: true,
  bio: 'Timing, saludos desde Almería',
  links: [],
  category: null,
  languageHint: 'es',
  countryHint: null,
  recentPosts: [],
  capturedAt: '2025-12-01T00:00:00Z',
  selfReported: false,
  sources: {},
};

const fit: FitResult = {
  briefId: 'b1',
  creator: 'tiktok:illojuan',
  excluded: null,
  score: 72,
  range: { min: 61, max: 84 },
  coverage: 0.66,
  confidence: 'medium',
  confidenceReason: 'Audience and cadence are unknown.',
  factors: [
    {
      id: 'niche',
      label: 'Niche',
      status: 'known',
      score: 80,
      weight: 3,
      reason: 'Bio and captions match "gaming".',
      evidence: ['gaming'],
    },
    {
      id: 'audience',
      label: 'Audience',
      status: 'unknown',
      score: null,
      weight: 1,
      reason: 'The page does not show where the audience lives.',
      evidence: [],
    },
  ],
  tier: { id: 'mid', label: 'Mid-tier (100K–500K)', source: 'followers 783,427 (exact)' },
  engagement: { basis: 'views', median: 0.043, sampleSize: 12, reach: null, band: null, position: null },
  authenticity: [
    { id: 'spiky', label: 'Spiky views', reason: 'One video has 40× the median.', severity: 'warn' },
  ],
  role: { role: 'hybrid', production: 0.6, distribution: 0.5, signals: [], reason: 'Makes and promotes.' },
};

const report: DisclosureReport = {
  verdict: 'missing',
  platform: 'tiktok',
  byJurisdiction: [
    {
      jurisdiction: 'ES',
      verdict: 'missing',
      reasons: [
        {
          jurisdiction: 'ES',
          text: 'Brand promotion without #publi.',
          rule: 'Código de conducta 2021 §5',
          source: null,
        },
      ],
    },
  ],
  signals: [],
  disclosures: [],
  reasons: [],
  truncationPoint: null,
};

function assessment(overrides: Partial<OverlayAssessment> = {}): OverlayAssessment {
  return {
    kind: 'profile',
    profile,
    post: null,
    fit,
    scored: true,
    jurisdictions: ['ES'],
    checks: [
      { postUrl: 'https://www.tiktok.com/@illojuan/video/1', caption: 'Menú nuevo @burgerking_es', report },
    ],
    postSample: sampleOf(profile.recentPosts),
    ...overrides,
  };
}

let scratch: HTMLElement;
let store: OverlayStore;
const actions = { save: vi.fn(), saveConfirmed: vi.fn(), createStarterBrief: vi.fn() };
const q = (id: string) => scratch.querySelector<HTMLElement>(`[data-testid=${id}]`);
/** A click as a person makes it: the browser marks it trusted (element.click() from a script is not). */
function userClick(element: HTMLElement | null) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element?.dispatchEvent(event);
}
const flush = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => {
  scratch = document.createElement('div');
  document.body.append(scratch);
  store = createOverlayStore();
  actions.save.mockReset();
  actions.saveConfirmed.mockReset();
  actions.createStarterBrief.mockReset();
});

afterEach(() => {
  render(null, scratch);
  scratch.remove();
});

describe('Card', () => {
  it('shows the fit with range, coverage, confidence, each factor reason, tier, role, engagement and flags', () => {
    store.card.value = { phase: 'ready', assessment: assessment() };
    render(<Card store={store} actions={actions} />, scratch);
    expect(q('troupe-handle')?.textContent).toBe('@illojuan');
    expect(q('troupe-followers')?.textContent).toBe('783,427');
    expect(q('troupe-score')?.textContent).toBe('72');
    expect(q('troupe-range')?.textContent).toBe('range 61–84');
    expect(q('troupe-coverage')?.textContent).toBe('coverage 66%');
    expect(q('troupe-confidence')?.textContent).toBe('medium confidence');
    const factors = [...scratch.querySelectorAll('[data-testid=troupe-factor]')].map((li) => li.textContent);
    expect(factors[0]).toContain('Bio and captions match "gaming".');
    expect(factors[1]).toContain('unknown');
    expect(q('troupe-tier')?.textContent).toBe('Mid-tier (100K–500K)');
    expect(q('troupe-role')?.textContent).toBe('hybrid');
    expect(q('troupe-engagement')?.textContent).toBe('4.3% of views, median of 12 posts');
    expect(q('troupe-flag')?.textContent).toContain('Spiky views');
  });

  it('shows a YouTube channel known only by its id as a channel, not as an @handle', () => {
    const channel = { ...profile, platform: 'youtube' as const, handle: 'UCXPjxIofFid9z2JlKT6Jb3w' };
    store.card.value = { phase: 'ready', assessment: assessment({ profile: channel }) };
    render(<Card store={store} actions={actions} />, scratch);
    expect(q('troupe-handle')?.textContent).toBe('channel UCXPjxIofFid9z2JlKT6Jb3w');
  });

  it('shows the sample the figures rest on, exact and rounded apart, and grows it as posts arrive live', async () => {
    const post = (id: string, exact: boolean) => ({
      ...newPost(),
      id,
      views: { value: 25500, display: exact ? null : '25.5K', exact },
    });
    const withPosts = (n: number) =>
      assessment({
        profile: { ...profile, recentPosts: [...Array(n)].map((_, i) => post(String(i), i % 3 === 0)) },
      });
    const ready = (n: number, livePosts = 0) => {
      const a = withPosts(n);
      return {
        phase: 'ready' as const,
        assessment: a,
        sample: sampleText(sampleOf(a.profile.recentPosts), livePosts),
      };
    };
    store.card.value = ready(3);
    render(<Card store={store} actions={actions} />, scratch);
    expect(q('troupe-sample')?.textContent).toBe('3 posts seen · 1 with exact counts, 2 rounded');
    store.card.value = ready(24, 21);
    await flush();
    expect(q('troupe-sample')?.textContent).toBe(
      '24 posts seen · 8 with exact counts, 16 rounded · 21 loaded live by the site',
    );
  });

  it('shows each disclosure verdict with the rule it rests on', () => {
    store.card.value = { phase: 'ready', assessment: assessment() };
    render(<Card store={store} actions={actions} />, scratch);
    const check = q('troupe-disclosure');
    expect(check?.dataset.verdict).toBe('missing');
    expect(check?.textContent).toContain('Menú nuevo @burgerking_es');
    expect(q('troupe-rule')?.textContent).toBe(
      'ES: Brand promotion without #publi. (Código de conducta 2021 §5)',
    );
  });

  it('says per signal whether and by what it is disclosed', () => {
    const reason = { jurisdiction: null, text: '', rule: null, source: null };
    const affiliate: DisclosureReport = {
      ...report,
      verdict: 'ambiguous',
      signals: [
        {
          kind: 'affiliate_link',
          text: 'https://amzn.to/cam',
          start: 33,
          end: 52,
          detail: 'Amazon Associates',
        },
      ],
      disclosures: [
        { term: '#ad', start: 23, end: 26, strength: 'ambiguous', language: 'en', placement: 'above_fold' },
      ],
      byJurisdiction: [
        {
          jurisdiction: 'DE',
          verdict: 'ambiguous',
          reasons: [reason],
          signals: [{ verdict: 'ambiguous', disclosure: 0, text: 'only "#ad" says so' }],
        },
        {
          jurisdiction: 'US',
          verdict: 'disclosed',
          reasons: [reason],
          signals: [{ verdict: 'disclosed', disclosure: 0, text: 'disclosed by "#ad"' }],
        },
      ],
    };
    store.card.value = {
      phase: 'ready',
      assessment: assessment({
        checks: [{ postUrl: null, caption: 'Sponsored by NordShield #ad', report: affiliate }],
      }),
    };
    render(<Card store={store} actions={actions} />, scratch);
    expect(q('troupe-signal')?.textContent).toBe(
      'affiliate link "https://amzn.to/cam" (Amazon Associates): DE: only "#ad" says so · US: disclosed by "#ad"',
    );
    expect(q('troupe-signal')?.dataset.verdict).toBe('ambiguous');
  });

  it('saves with one click and then says so; a second save reads as an update', async () => {
    store.card.value = { phase: 'ready', assessment: assessment() };
    store.roster.value = { status: 'absent' };
    render(<Card store={store} actions={actions} />, scratch);
    expect(q('troupe-save')?.textContent).toBe('Save to roster');
    userClick(q('troupe-save'));
    expect(actions.save).toHaveBeenCalledTimes(1);
    store.roster.value = {
      status: 'in-roster',
      snapshotCount: 1,
      updatedAt: 'x',
      savedNow: true,
      updated: false,
    };
    await flush();
    expect(q('troupe-roster-status')?.textContent).toBe('Saved to roster · 1 snapshot');
    store.roster.value = {
      status: 'in-roster',
      snapshotCount: 2,
      updatedAt: 'y',
      savedNow: true,
      updated: true,
    };
    await flush();
    expect(q('troupe-roster-status')?.textContent).toBe('Updated in roster · 2 snapshots');
  });

  it('says "In roster" for a creator saved before', () => {
    store.card.value = { phase: 'ready', assessment: assessment() };
    store.roster.value = {
      status: 'in-roster',
      snapshotCount: 3,
      updatedAt: 'x',
      savedNow: false,
      updated: false,
    };
    render(<Card store={store} actions={actions} />, scratch);
    expect(q('troupe-roster-status')?.textContent).toBe('In roster · 3 snapshots');
    expect(q('troupe-save')?.textContent).toBe('Save snapshot');
  });

  it('without a brief shows the facts and offers a starter brief instead of a score', () => {
    store.card.value = { phase: 'ready', assessment: assessment({ scored: false }) };
    render(<Card store={store} actions={actions} />, scratch);
    expect(q('troupe-score')).toBeNull();
    expect(q('troupe-tier')?.textContent).toBe('Mid-tier (100K–500K)');
    expect(q('troupe-disclosure')).not.toBeNull();
    userClick(q('troupe-starter'));
    expect(actions.createStarterBrief).toHaveBeenCalledTimes(1);
  });

  it("ignores a script's clicks: Save and the starter brief act only on a user's", () => {
    store.card.value = { phase: 'ready', assessment: assessment({ scored: false }) };
    store.roster.value = { status: 'absent' };
    render(<Card store={store} actions={actions} />, scratch);
    q('troupe-save')?.click();
    q('troupe-starter')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(actions.save).not.toHaveBeenCalled();
    expect(actions.createStarterBrief).not.toHaveBeenCalled();
  });

  it('a held save shows the figures that jumped and saves them only when the user confirms', async () => {
    store.card.value = { phase: 'ready', assessment: assessment() };
    store.roster.value = {
      status: 'held',
      jumps: [{ field: 'followers', stored: 48_200, reading: 9_999_999 }],
    };
    render(<Card store={store} actions={actions} />, scratch);
    expect(q('troupe-held')?.textContent).toContain('followers 48,200 → 9,999,999');
    q('troupe-save-confirmed')?.click();
    expect(actions.saveConfirmed).not.toHaveBeenCalled();
    userClick(q('troupe-save-confirmed'));
    expect(actions.saveConfirmed).toHaveBeenCalledTimes(1);
  });

  it("keeps the platform's own wording for a rounded figure instead of adding 'followers'", () => {
    const youtube = { ...profile, followers: { value: 86_300, display: '86.3K subscribers', exact: false } };
    store.card.value = { phase: 'ready', assessment: assessment({ profile: youtube }) };
    render(<Card store={store} actions={actions} />, scratch);
    expect(q('troupe-followers')?.parentElement?.textContent).toBe('tiktok · 86.3K subscribers · ≈18 posts');
  });

  it('shows a clear state when the page could not be read', () => {
    store.card.value = { phase: 'unreadable', message: 'No profile header found.' };
    render(<Card store={store} actions={actions} />, scratch);
    expect(q('troupe-unreadable')?.textContent).toBe("Couldn't read this page. No profile header found.");
  });

  it('collapses and expands from its keyboard-reachable toggle', async () => {
    store.card.value = { phase: 'ready', assessment: assessment() };
    render(<Card store={store} actions={actions} />, scratch);
    const toggle = q('troupe-toggle')!;
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.click();
    await flush();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(q('troupe-score')).toBeNull();
    expect(toggle.textContent).toContain('Fit 72');
  });

  it('reports each rendered state once it is in the DOM', () => {
    const onRendered = vi.fn((phase: string) => {
      if (phase === 'ready') expect(q('troupe-score')?.textContent).toBe('72');
    });
    render(<Card store={store} actions={actions} onRendered={onRendered} />, scratch);
    store.card.value = { phase: 'ready', assessment: assessment() };
    render(<Card store={store} actions={actions} onRendered={onRendered} />, scratch);
    expect(onRendered.mock.calls.map((c) => c[0])).toEqual(['reading', 'ready']);
  });
});

describe('countText', () => {
  it.each([
    [{ value: 783427, display: '783.4K', exact: true }, '783,427'],
    [{ value: 4_690_000, display: '4,69 M de suscriptores', exact: false }, '4,69 M de suscriptores'],
    [{ value: 6_200_000, display: null, exact: false }, '≈6.2M'],
    [null, '?'],
  ])('%j → %s', (count, text) => {
    expect(countText(count)).toBe(text);
  });
});

describe("the card and the brief's private terms", () => {
  const brief = briefWith({
    niches: [{ name: 'Yoga', keywords: ['yoga'] }],
    excludedTerms: ['competitorx', 'gambling'],
    cautionTerms: ['energy drink'],
  });
  const PRIVATE = ['competitorx', 'gambling', 'energy drink'];

  it.each([
    [
      'excluded',
      'yoga, CompetitorX and gambling nights',
      /uses 2 terms your brief excludes \(see the roster\)/,
    ],
    ['caution', 'yoga and my energy drink', /Uses a term your brief marks for caution \(see the roster\)/],
  ])('%s terms are counted, never named, in everything the card renders', (_, bio, says) => {
    // In the bio, which the card does not print: whatever names a term then comes from the brief.
    const reading = profileWith({ bio, recentPosts: postsEvery(3, () => ({ caption: 'morning yoga' })) });
    store.card.value = {
      phase: 'ready',
      assessment: assessOverlay({ kind: 'profile', profile: reading }, brief),
    };
    render(<Card store={store} actions={actions} />, scratch);
    const text = scratch.textContent ?? '';
    expect(text).toMatch(says);
    for (const term of PRIVATE) expect(text.toLowerCase()).not.toContain(term);
    for (const term of PRIVATE) expect(scratch.innerHTML.toLowerCase()).not.toContain(term);
  });
});

describe('Card: a stream live right now', () => {
  const twitchChannel: CreatorProfile = {
    ...profile,
    platform: 'twitch',
    handle: 'lenamakes',
    url: 'https://www.twitch.tv/lenamakes',
    capturedAt: '2026-05-21T10:12:40Z',
    live: {
      viewers: { value: 1234, display: null, exact: true },
      startedAt: '2026-05-21T08:02:11Z',
      title: 'Throwing the big batch, Q&A',
    },
    sources: { live: 'json:StreamMetadata.user.stream' },
  };

  it('says so: viewers watching, for how long, the title and where it was read', () => {
    store.card.value = { phase: 'ready', assessment: assessment({ profile: twitchChannel }) };
    render(<Card store={store} actions={actions} />, scratch);
    expect(q('troupe-live-line')?.textContent).toBe('Live now · 1,234 watching · for 2 h 10 min');
    expect(q('troupe-live-title')?.textContent).toBe('Throwing the big batch, Q&A');
    expect(q('troupe-live')?.textContent).toContain("read from the site's live answer");
    // Followers stay followers.
    expect(q('troupe-followers')?.textContent).toBe('783,427');
  });

  it('shows what the page showed: a rounded count as printed, no duration when the start is unknown', () => {
    const fromPage = {
      ...twitchChannel,
      live: { viewers: { value: 1200, display: '1.2K', exact: false }, startedAt: null, title: null },
      sources: { live: 'dom:[data-a-target="animated-channel-viewers-count"]' },
    };
    store.card.value = { phase: 'ready', assessment: assessment({ profile: fromPage }) };
    render(<Card store={store} actions={actions} />, scratch);
    expect(q('troupe-live-line')?.textContent).toBe('Live now · 1.2K watching');
    expect(q('troupe-live')?.textContent).toContain('read from the page');
    expect(q('troupe-live-title')).toBeNull();
  });

  it('shows nothing when the channel is not live (or the record predates live readings)', () => {
    for (const live of [null, undefined]) {
      store.card.value = { phase: 'ready', assessment: assessment({ profile: { ...twitchChannel, live } }) };
      render(<Card store={store} actions={actions} />, scratch);
      expect(q('troupe-live')).toBeNull();
      render(null, scratch);
    }
  });
});
