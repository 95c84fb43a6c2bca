// An application's handles as creator profiles, so the receiver and the roster's import score an
// applicant with the same core as a profile seen on the platform. Every figure is the applicant's
// own claim: selfReported is true and each source says so, which keeps confidence low until the
// marketer opens the real profile.

import { profileUrl } from '../roster/profile-url';
import type { Application, ApplicationHandle } from '../schemas/application';
import type { CreatorProfile } from '../schemas/profile';

/** One profile per handle, in the application's order. `at` is when the claim was received. */
export function applicationProfiles(application: Application, at: string): CreatorProfile[] {
  return application.handles.map((h) => handleProfile(application, h, at));
}

function handleProfile(application: Application, h: ApplicationHandle, at: string): CreatorProfile {
  const handle = h.handle.replace(/^@/, '');
  const sources: Record<string, string> = { handle: 'self-reported', displayName: 'self-reported' };
  if (h.followers !== null) sources['followers'] = 'self-reported';
  if (application.pitch) sources['bio'] = 'self-reported:pitch';
  if (application.niches.length) sources['category'] = 'self-reported:niches';
  return {
    platform: h.platform,
    handle,
    displayName: application.name,
    url: profileUrl(h.platform, handle),
    followers: h.followers === null ? null : { value: h.followers, display: null, exact: false },
    following: null,
    posts: null,
    verified: null,
    bio: application.pitch || null,
    // The email is how the applicant asked to be reached: a contact route for the professional factor.
    links: [...application.samples, `mailto:${application.email}`],
    category: application.niches.length ? application.niches.join(', ') : null,
    languageHint: application.languages[0] ?? null,
    countryHint: application.country,
    // Typical views are a claim about no particular post, so no post is invented for them.
    recentPosts: [],
    capturedAt: at,
    selfReported: true,
    sources,
  };
}
