// Who may ask the background what. A content script lives in a social site's renderer, which the
// site's own scripts (or an XSS there, or a compromised renderer) share: it may only do what the card
// needs, for the platform of the page it runs on. Everything else (settings with the receiver token,
// backups, removals, imports…) is for the extension's own pages.
import type { RosterEntry, RosterMethod, RosterReply, RosterRequest } from '../../shared/messages';
import { platformOfUrl } from '../../shared/platforms/platform-urls';
import type { Platform } from '../../shared/schemas/enums';

/** The parts of runtime.MessageSender the policy reads. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type Caller =
  | { kind: 'extension-page' }
  | { kind: 'content-script'; platform: Platform; url: string }
  | { kind: 'stranger'; why: string };

/** What the card on a social page needs: assess the page, save and look up its creator, the starter brief. */
export const CONTENT_SCRIPT_METHODS: readonly RosterMethod[] = [
  'overlay.assess',
  'roster.save',
  'roster.lookup',
  'brief.createStarter',
  'collaborations.logDeliverable',
];

/** `origin` is the extension's own, e.g. "chrome-extension://<id>/". */
export function callerOf(sender: Sender, runtimeId: string, origin: string): Caller {
  if (sender.id !== runtimeId) return { kind: 'stranger', why: 'another extension' };
  const url = sender.url ?? '';
  if (url.startsWith(origin)) return { kind: 'extension-page' };
  const platform = platformOfUrl(url);
  if (sender.tab?.id !== undefined && platform) return { kind: 'content-script', platform, url };
  return { kind: 'stranger', why: `a page Troupe does not run on (${url.slice(0, 80) || 'no address'})` };
}

/**
 * The request as the background will answer it, or the reason it is refused. A content script's
 * save must be of a creator on its own page's platform, and its fit is dropped: the background
 * scores with the active brief itself and never stores a score a page sent.
 */
export function admit(
  request: RosterRequest,
  caller: Caller,
): { request: RosterRequest } | { refused: string } {
  if (caller.kind === 'extension-page') return { request };
  const refused = `Troupe refuses "${request.method}" from`;
  if (caller.kind === 'stranger') return { refused: `${refused} ${caller.why}` };
  if (!CONTENT_SCRIPT_METHODS.includes(request.method))
    return { refused: `${refused} a web page: only Troupe's own pages may ask that` };
  const input = (request.input ?? {}) as Record<string, unknown>;
  if (request.method === 'roster.save') {
    const platform = (input['profile'] as { platform?: unknown } | undefined)?.platform;
    if (platform !== caller.platform)
      return { refused: `${refused} a ${caller.platform} page for a creator on ${String(platform)}` };
    return { request: { ...request, input: { ...input, fit: null } } as RosterRequest };
  }
  if (request.method === 'collaborations.logDeliverable') {
    // Only the post open in the sender's own tab: a page cannot log someone else's post.
    const post = (input['extraction'] as { post?: { url?: unknown } } | undefined)?.post;
    if (!samePage(post?.url, caller.url))
      return { refused: `${refused} a page for a post other than its own` };
    return { request };
  }
  if (request.method === 'roster.lookup' && !String(input['key']).startsWith(`${caller.platform}:`))
    return { refused: `${refused} a ${caller.platform} page for another platform's creator` };
  return { request };
}

/** The same page: host and path equal (query, hash and a trailing slash aside). */
export function samePage(postUrl: unknown, pageUrl: string): boolean {
  if (typeof postUrl !== 'string') return false;
  try {
    const a = new URL(postUrl);
    const b = new URL(pageUrl);
    const path = (u: URL) => u.pathname.replace(/\/+$/, '');
    return a.protocol === 'https:' && a.host === b.host && path(a) === path(b);
  } catch {
    return false;
  }
}

/**
 * What of a roster entry a content script is sent: only what the card's save row shows. The rest
 * (the fit with the brief's terms named, tags, status history, an applicant's email) stays with
 * the extension's pages. Typed as a full entry for the shared API; the card reads only these fields.
 */
function entryForPage(entry: RosterEntry | null): RosterEntry | null {
  if (!entry) return null;
  const { key, profile, status, snapshotCount, firstSavedAt, updatedAt } = entry;
  return {
    key,
    profile,
    status,
    snapshotCount,
    firstSavedAt,
    updatedAt,
    tags: [],
    fit: null,
    disclosures: [],
  };
}

/** A reply as a content script may see it (the entries in it trimmed by entryForPage). */
export function replyForPage(method: RosterMethod, reply: RosterReply): RosterReply {
  if (!reply.ok) return reply;
  const value = reply.value as Record<string, unknown> | RosterEntry | null;
  if (method === 'roster.lookup') return { ok: true, value: entryForPage(value as RosterEntry | null) };
  if ((method === 'overlay.assess' || method === 'roster.save') && value && 'entry' in value)
    return {
      ok: true,
      value: { ...value, entry: entryForPage(value['entry'] as RosterEntry | null) },
    } as RosterReply;
  return reply;
}
