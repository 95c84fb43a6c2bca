// Small builders for test profiles and briefs: every field present, overridable one at a time.

import { newPost, newProfile } from '../../../shared/platforms/blank-records';
import { type Brief, type BriefInput, BriefSchema } from '../../../shared/schemas/brief';
import type { Count, CreatorProfile, Post } from '../../../shared/schemas/profile';

export const n = (value: number, exact = true): Count => ({ value, display: String(value), exact });

export function postWith(over: Partial<Post> = {}): Post {
  return { ...newPost(), ...over };
}

export function profileWith(over: Partial<CreatorProfile> = {}): CreatorProfile {
  return {
    ...newProfile('instagram', 'someone', 'https://www.instagram.com/someone/'),
    capturedAt: '2025-11-20T10:00:00Z',
    ...over,
  };
}

/** `count` posts, one a day back from the capture time, with the given likes and comments. */
export function postsEvery(count: number, make: (i: number) => Partial<Post> = () => ({})): Post[] {
  return Array.from({ length: count }, (_, i) =>
    postWith({
      postedAt: new Date(Date.parse('2025-11-20T09:00:00Z') - i * 86_400_000).toISOString(),
      ...make(i),
    }),
  );
}

export const briefWith = (over: Partial<BriefInput> = {}): Brief =>
  BriefSchema.parse({ id: 'b', name: 'Brief', ...over });

export async function fixture<T = unknown>(path: string): Promise<T> {
  const { readFile } = await import('node:fs/promises');
  const { resolve } = await import('node:path');
  return JSON.parse(await readFile(resolve(import.meta.dirname, '../../fixtures', path), 'utf8')) as T;
}
