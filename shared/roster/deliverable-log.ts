// "Log as deliverable": which of a creator's collaborations a post delivers (its caption carries one
// of the collaboration's promo codes or tracking links, or the brand's handle or hashtag), and the
// collaboration with the post logged on it. A post logged again adds a capture of its figures, so
// their history is kept, and refreshes its disclosure verdict.
import type { DisclosureReport } from '../schemas/disclosure';
import type { Platform } from '../schemas/enums';
import type { Post } from '../schemas/profile';
import { type Capture, type Collaboration, type Deliverable, newDeliverable } from './collaboration';

export interface DeliverableMatch {
  collaboration: Collaboration;
  /** What tied the post to it, as the card says it: 'code AMI10', 'link terra.example/…', '@terra'. */
  matched: string;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();
/** "Terra Mats" → "terramats": how a brand's name reads as a handle or hashtag. */
const tagOf = (brand: string) => fold(brand).replace(/[^\p{L}\p{N}_.]/gu, '');
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A code as a whole word: "AMI10" in "use AMI10!" but not in "KAMI100". */
const hasWord = (text: string, word: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${literal(fold(word))}($|[^\\p{L}\\p{N}])`, 'u').test(text);
const bareLink = (link: string) =>
  fold(link)
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');

/** The collaboration the post delivers, codes and links first, then the brand; newest first within each. */
export function deliverableMatch(
  post: Pick<Post, 'caption' | 'hashtags' | 'mentions'>,
  collaborations: readonly Collaboration[],
  brand: string,
): DeliverableMatch | null {
  const caption = fold(post.caption ?? '');
  const newest = [...collaborations].sort((a, b) => b.date.localeCompare(a.date));
  for (const collaboration of newest) {
    const code = collaboration.promoCodes.find((c) => c.trim() && hasWord(caption, c.trim()));
    if (code) return { collaboration, matched: `code ${code.trim()}` };
    const link = collaboration.trackingLinks.find((l) => bareLink(l) && caption.includes(bareLink(l)));
    if (link) return { collaboration, matched: `link ${bareLink(link)}` };
  }
  const tag = tagOf(brand);
  if (!tag || newest.length === 0) return null;
  const mentioned =
    post.mentions.some((m) => tagOf(m) === tag) ||
    new RegExp(`@${literal(tag)}(?![\\p{L}\\p{N}_])`, 'u').test(caption);
  const tagged =
    post.hashtags.some((h) => tagOf(h.replace(/^#/, '')) === tag) ||
    new RegExp(`#${literal(tag)}(?![\\p{L}\\p{N}_])`, 'u').test(caption);
  if (mentioned || tagged) return { collaboration: newest[0]!, matched: `${mentioned ? '@' : '#'}${tag}` };
  return null;
}

export function captureOf(post: Pick<Post, 'views' | 'likes' | 'comments' | 'shares'>, at: string): Capture {
  return {
    at,
    views: post.views?.value ?? null,
    likes: post.likes?.value ?? null,
    comments: post.comments?.value ?? null,
    shares: post.shares?.value ?? null,
  };
}

export interface LoggedPost {
  post: Post & { url: string };
  platform: Platform;
  report: DisclosureReport | null;
  at: string;
}

/**
 * The collaboration with the post on it: the deliverable already carrying its URL gains a capture;
 * else the first planned one on the platform without a post becomes it; else a new one is added.
 */
export function logDeliverable(
  c: Collaboration,
  { post, platform, report, at }: LoggedPost,
  newId: () => string,
): { collaboration: Collaboration; deliverable: Deliverable; updated: boolean } {
  const capture = captureOf(post, at);
  const disclosure = report ? { checkedAt: at, report } : null;
  const same = c.deliverables.findIndex((d) => d.postUrl === post.url);
  const open = c.deliverables.findIndex(
    (d) => d.postUrl === null && d.platform === platform && d.status === 'planned',
  );
  const index = same !== -1 ? same : open;
  const base: Deliverable =
    index === -1
      ? newDeliverable(newId(), platform, { format: post.format, status: 'posted' })
      : c.deliverables[index]!;
  const deliverable: Deliverable = {
    ...base,
    format: base.format ?? post.format,
    status: base.status === 'planned' || base.status === 'late' ? 'posted' : base.status,
    postUrl: post.url,
    postedAt: post.postedAt ?? base.postedAt,
    captures: [...base.captures, capture],
    disclosure: disclosure ?? base.disclosure,
  };
  const deliverables =
    index === -1
      ? [...c.deliverables, deliverable]
      : c.deliverables.map((d, i) => (i === index ? deliverable : d));
  return { collaboration: { ...c, deliverables }, deliverable, updated: same !== -1 };
}
