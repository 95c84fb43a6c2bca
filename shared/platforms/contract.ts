// The one contract every platform adapter implements. The extension's content script and the
// `troupe extract` CLI both go through it; nothing else in Troupe knows a social site's markup.
import type { Platform } from '../schemas/enums';
import type { CreatorProfile, Post } from '../schemas/profile';
import type { PlatformRecord } from './platform-records';
import type { SelectorList } from './selectors';

/** What a URL points at, as far as the URL alone tells. */
export interface UrlMatch {
  kind: 'profile' | 'post';
  /** Creator handle without "@", when the URL carries it. */
  handle?: string;
  /** Post, video or clip id, when the URL carries it (YouTube channel ids too). */
  id?: string;
}

export type Extraction =
  | { kind: 'profile'; profile: CreatorProfile }
  | { kind: 'post'; post: Post; author: CreatorProfile };

export type ExtractionErrorCode =
  /** The URL is not a profile or post page of any supported platform. */
  | 'unsupported_url'
  /** The page or document has none of the facts the adapter looks for (layout changed?). */
  | 'no_creator_data'
  /** The input could not be read at all (not HTML, not JSON, broken JSON). */
  | 'malformed_input';

/** A typed failure with a message a marketer or a developer can act on. */
export class ExtractionError extends Error {
  override readonly name = 'ExtractionError';
  constructor(
    readonly code: ExtractionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * One kind of request the platform's own web app makes whose answer carries creator data. The
 * page-world script (entrypoints/page-world) matches requests against these, so they must stay
 * plain data: a host, a path pattern and, for GraphQL, the operation names (ids and query hashes
 * rotate; names do not).
 */
export interface ApiCall {
  /** Request host, e.g. "www.youtube.com", "gql.twitch.tv". */
  host: string;
  /** Pattern source (no flags) the request path must match, e.g. "^/youtubei/v1/browse$". */
  path: string;
  /**
   * GraphQL operation names worth reading. X carries the name in the path (matched here against the
   * last path segment); Twitch in each batched answer's `extensions.operationName` (matched by the
   * adapter when it reads the answer). Absent: every answer at `path` is read.
   */
  operations?: readonly string[];
}

/** What one captured API answer (or embedded state) tells about the creator whose page is open. */
export interface ApiReading {
  /** The creator the answer is about, without "@" (null when the answer does not say). */
  handle: string | null;
  /**
   * Profile facts the answer carries (followers, bio…) as a profile record whose unknown fields are
   * null; `recentPosts` holds the creator's own posts in the answer (reposts and other channels' items
   * left out), in the answer's order. Null when the answer holds posts only.
   */
  profile: CreatorProfile | null;
  /** The creator's own posts in the answer, in the answer's order (same objects as profile.recentPosts when both). */
  posts: Post[];
  /**
   * A stream live right now (Twitch ChannelShell/StreamMetadata): viewers at this moment, never
   * counted as a post's views. Absent when the answer does not say.
   */
  live?: LiveStream | null;
}

/** A stream live right now: who watches at this moment (not views of a recording). */
export interface LiveStream {
  viewers: number | null;
  startedAt: string | null;
  title: string | null;
}

/**
 * An adapter carries its platform's record (name, hosts, match patterns, profile address). Each is
 * built by defineAdapter (define-adapter.ts) from that record and the members below.
 */
export interface PlatformAdapter extends PlatformRecord {
  /** Which platform this adapter reads. */
  readonly platform: Platform;
  /** Example URLs with what matchUrl must return (null: not a creator page); tested against every adapter. */
  readonly examples: readonly { url: string; match: UrlMatch | null }[];
  /** Recognises profile and post URLs of this platform; null for anything else (other hosts included). */
  matchUrl(url: URL | string): UrlMatch | null;
  /**
   * Reads the creator (and the post, on a post page) from a live or parsed document at `url`.
   * Embedded JSON is trusted only when it describes `url` (in-app navigation leaves it stale).
   * Throws ExtractionError when nothing usable is found.
   */
  extract(doc: Document, url: URL): Extraction;
  /** True when `json` looks like this platform's API or embedded state (used when no URL is given). */
  recognizesJson(json: unknown): boolean;
  /** Same as extract, for an API response or embedded state saved as JSON. */
  extractFromJson(json: unknown, url?: URL): Extraction;
  /** The rendered-DOM fallbacks this adapter reads, per fact, newest first (see selectors.ts). */
  readonly selectors: Readonly<Record<string, SelectorList>>;
  /** The web app's own API calls whose answers this adapter reads on a live page. */
  readonly apiCalls: readonly ApiCall[];
  /**
   * Reads one answer the web app itself loaded from `requestUrl` (one of `apiCalls`) while `pageUrl`
   * was open: untrusted JSON of any shape. Returns null when the answer holds nothing this adapter
   * reads (another operation, another kind of page); never throws on an odd shape. `pageLanguage` is
   * the open page's interface language (its `<html lang>`): answers carry none, and a figure they print
   * means what it means in that language ("86,3 B abone" is 86.3 thousand in Turkish, not billion).
   */
  readApiAnswer(
    json: unknown,
    requestUrl: URL,
    pageUrl: URL,
    pageLanguage?: string | null,
  ): ApiReading | null;
}

/** `matchUrl` takes a URL or a string; a string that is no URL matches nothing. */
export function asUrl(input: URL | string): URL | null {
  if (typeof input !== 'string') return input;
  try {
    return new URL(input);
  } catch {
    return null;
  }
}
