// Reads a creator page that may still be rendering. Social sites are single-page apps: after a
// navigation the URL changes first and the DOM follows later, and logged-in pages fill their counts
// in after the first paint. So the first extraction may be stale (the previous creator) or thin;
// we re-read on DOM mutations, bounded in time, and report every reading that adds facts.
import type { Extraction } from '../shared/platforms/contract';

export type { Extraction };

export type ExtractPage = (doc: Document, url: string) => Extraction;

export interface ReadingOptions {
  /** Who the page showed before this navigation, to recognise a DOM that has not changed yet. */
  previousIdentity?: string | null;
  /** How long to keep re-reading a page that renders late. */
  settleMs?: number;
  /** Re-read at most this often while the page mutates. */
  throttleMs?: number;
}

/** "kind:handle:postId", the creator (and post) a reading is about. */
export function identityOf(extraction: Extraction): string {
  const profile = extraction.kind === 'post' ? extraction.author : extraction.profile;
  const postId = extraction.kind === 'post' ? (extraction.post.id ?? '') : '';
  return `${extraction.kind}:${profile.handle.replace(/^@/, '').toLowerCase()}:${postId}`;
}

/** How many facts a reading holds; a later reading is reported only when it knows more. */
function factCount(extraction: Extraction): number {
  const profile = extraction.kind === 'post' ? extraction.author : extraction.profile;
  let count = countFilled(profile) + profile.recentPosts.length;
  if (extraction.kind === 'post') count += countFilled(extraction.post);
  return count;
}

function countFilled(record: object): number {
  return Object.values(record).filter((v) => v !== null && v !== undefined && v !== '').length;
}

/** Complete enough to stop watching: the headline figures a marketer looks at first are there. */
function isComplete(extraction: Extraction): boolean {
  if (extraction.kind === 'profile') return extraction.profile.followers !== null;
  const { post } = extraction;
  return post.caption !== null && (post.views !== null || post.likes !== null);
}

/**
 * True when the reading plausibly describes `url` rather than the page before it: the handle or post
 * id appears in the URL, or the reading is about someone other than the previous page's creator.
 */
export function describesUrl(extraction: Extraction, url: string, previousIdentity: string | null): boolean {
  const parsed = new URL(url);
  // forEach, not a spread of searchParams.values(): in a Firefox content script URL is the page's
  // (seen through an Xray wrapper) and its iterators are not iterable there ("is not iterable").
  const parts = parsed.pathname.split('/');
  parsed.searchParams.forEach((value) => {
    parts.push(value);
  });
  const tokens = new Set(parts.map((t) => safeDecode(t).replace(/^@/, '').toLowerCase()).filter(Boolean));
  const profile = extraction.kind === 'post' ? extraction.author : extraction.profile;
  if (tokens.has(profile.handle.replace(/^@/, '').toLowerCase())) return true;
  if (extraction.kind === 'post' && extraction.post.id && tokens.has(extraction.post.id.toLowerCase()))
    return true;
  return previousIdentity === null || identityOf(extraction) !== previousIdentity;
}

function safeDecode(token: string): string {
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}

/**
 * Calls `onReading` with the first reading that describes `url`, then again each time a re-read
 * finds more facts, until the page is complete, `settleMs` passes, or `signal` aborts. When nothing
 * could be read by the deadline, `onFailure` gets the last error.
 */
export function readPage(
  doc: Document,
  url: string,
  extract: ExtractPage,
  signal: AbortSignal,
  onReading: (extraction: Extraction) => void,
  onFailure: (error: unknown) => void,
  options: ReadingOptions = {},
): void {
  const { previousIdentity = null, settleMs = 3000, throttleMs = 50 } = options;
  let best = -1;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let finished = false;

  const finish = () => {
    finished = true;
    observer.disconnect();
    if (timer) clearTimeout(timer);
    clearTimeout(deadline);
    signal.removeEventListener('abort', finish);
  };

  const attempt = (atDeadline: boolean) => {
    timer = null;
    if (finished || signal.aborted) return;
    let extraction: Extraction;
    try {
      extraction = extract(doc, url);
    } catch (error) {
      if (atDeadline) {
        finish();
        if (best < 0) onFailure(error);
      }
      return;
    }
    // At the deadline a reading that still looks like the previous page is shown anyway: some URLs
    // (YouTube /channel/UC…) carry neither the handle nor an id we could compare.
    if (!atDeadline && !describesUrl(extraction, url, previousIdentity)) return;
    const facts = factCount(extraction);
    if (facts > best) {
      best = facts;
      onReading(extraction);
    }
    if (atDeadline || isComplete(extraction)) finish();
  };

  // Leading edge: the first mutation after a navigation is usually the router swapping the page in,
  // so read at once (observer callbacks run after the page's synchronous DOM work); then at most
  // once per throttleMs while the page keeps mutating.
  let lastMutationRead = Number.NEGATIVE_INFINITY;
  const observer = new MutationObserver(() => {
    if (timer || finished) return;
    const wait = lastMutationRead + throttleMs - performance.now();
    const read = () => {
      lastMutationRead = performance.now();
      attempt(false);
    };
    if (wait <= 0) read();
    else timer = setTimeout(read, wait);
  });
  const deadline = setTimeout(() => attempt(true), settleMs);
  signal.addEventListener('abort', finish, { once: true });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  attempt(false);
}
