// Picks the platform adapter for a URL (or, for JSON without a URL, by the JSON's shape).
// The content script calls extractPage(document, new URL(location.href)); the CLI calls
// extractPage on a parsed saved page or extractJson on a saved API response.

import { PLATFORMS, type Platform } from '../schemas/enums';
import type { Extraction, PlatformAdapter, UrlMatch } from './contract';
import { ExtractionError } from './contract';
import { instagram } from './instagram';
import { platformNames } from './platform-records';
import { tiktok } from './tiktok';
import { twitch } from './twitch';
import { x } from './x';
import { youtube } from './youtube';

export type { Extraction, PlatformAdapter, UrlMatch } from './contract';
export { ExtractionError } from './contract';

/** Each platform's adapter: a missing or extra platform fails the type check. */
export const ADAPTER_OF: Record<Platform, PlatformAdapter> = { instagram, tiktok, youtube, x, twitch };

/** The adapters in PLATFORMS order (the order matchPage tries them in). */
export const ADAPTERS: readonly PlatformAdapter[] = PLATFORMS.map((p) => ADAPTER_OF[p]);

/** The adapter and what the URL points at; null when no platform recognises it. */
export function matchPage(url: URL | string): { adapter: PlatformAdapter; match: UrlMatch } | null {
  for (const adapter of ADAPTERS) {
    const match = adapter.matchUrl(url);
    if (match) return { adapter, match };
  }
  return null;
}

/** The adapter whose platform recognises `url` as a profile or post page; null otherwise. */
export function adapterFor(url: URL | string): PlatformAdapter | null {
  return matchPage(url)?.adapter ?? null;
}

/** Extracts the creator (and post) from a document at `url`; throws ExtractionError. */
export function extractPage(doc: Document, url: URL): Extraction {
  const found = matchPage(url);
  if (!found) {
    throw new ExtractionError(
      'unsupported_url',
      `Not a creator profile or post URL on ${platformNames()}: ${url.href}`,
    );
  }
  return found.adapter.extract(doc, url);
}

/** Extracts from an API response or embedded state; the URL picks the platform when given. */
export function extractJson(json: unknown, url?: URL): Extraction {
  const adapter = url ? matchPage(url)?.adapter : ADAPTERS.find((a) => a.recognizesJson(json));
  if (!adapter) {
    throw new ExtractionError(
      url ? 'unsupported_url' : 'no_creator_data',
      url
        ? `Not a creator profile or post URL: ${url.href}`
        : 'JSON matches no known platform response (YouTube InnerTube, TikTok state, Instagram API, X GraphQL).',
    );
  }
  return adapter.extractFromJson(json, url);
}
