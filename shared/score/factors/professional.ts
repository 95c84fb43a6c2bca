// Professional signals: a way to reach the creator for work, a link, the platform's verification,
// and a history of disclosed sponsorship (a creator who labels paid posts is easier to work with).
import { plural } from '../format';
import { type FactorOutcome, type FitContext, known, termsOfKind, unknown } from './context';

export const PROFESSIONAL_POINTS = { contact: 35, link: 20, verified: 15, disclosed: 30 } as const;
const EMAIL = /[^\s@]@[^\s@]+\.[a-z]{2,}/i;

export function professionalFactor(ctx: FitContext): FactorOutcome {
  const { profile, found, sponsoredPosts } = ctx;
  const bio = profile.bio ?? '';
  const n = profile.recentPosts.length;
  if (bio.trim() === '' && profile.links.length === 0 && profile.verified === null && n === 0) {
    return unknown('No bio, links, verification or posts to read professional signals from.');
  }
  let score = 0;
  const evidence: string[] = [];
  const contact = termsOfKind(ctx, found.header, 'contact');
  const email = bio.includes('@') && EMAIL.test(bio);
  // An applicant's email arrives as a mailto: link (shared/application/profile.ts).
  const mailto = profile.links.some((l) => l.startsWith('mailto:'));
  const links = profile.links.filter((l) => !l.startsWith('mailto:'));
  if (email || mailto || contact.length > 0) {
    score += PROFESSIONAL_POINTS.contact;
    evidence.push(
      email
        ? 'e-mail in bio'
        : mailto
          ? 'e-mail given in the application'
          : `bio mentions ${contact.map((c) => `"${c}"`).join(', ')}`,
    );
  }
  if (links.length > 0) {
    score += PROFESSIONAL_POINTS.link;
    evidence.push(`link: ${links[0]}`);
  }
  if (profile.verified) {
    score += PROFESSIONAL_POINTS.verified;
    evidence.push('verified by the platform');
  }
  if (sponsoredPosts > 0) {
    score += PROFESSIONAL_POINTS.disclosed;
    evidence.push(`${sponsoredPosts} of ${plural(n, 'recent post')} carry a sponsorship label or tag`);
  }
  // The reason names the signals found, so "some" is never left unexplained.
  const reason =
    score >= 70
      ? `Works like a professional: ${evidence.join('; ')}.`
      : score >= 35
        ? `Some professional signals: ${evidence.join('; ')}.`
        : evidence.length > 0
          ? `Few professional signals: ${evidence.join('; ')}; no contact route or sponsorship history shown.`
          : 'Few professional signals: no contact route or sponsorship history shown.';
  return known(score, reason, evidence);
}
