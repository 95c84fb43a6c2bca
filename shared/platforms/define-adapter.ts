// Builds a platform adapter from its platform's record and the parts only that adapter knows, so
// every adapter carries its record the same way and the contract's promise that a live answer
// never throws is kept in one place instead of in a try/catch in each adapter.
import type { Platform } from '../schemas/enums';
import type { PlatformAdapter } from './contract';
import { PLATFORM_RECORDS, type PlatformRecord } from './platform-records';

/**
 * What an adapter writes itself: the contract without its platform record. `readApiAnswer` may
 * throw on a shape its readers did not foresee; the adapter answers null for it.
 */
export type AdapterParts = Omit<PlatformAdapter, 'platform' | keyof PlatformRecord>;

export function defineAdapter(platform: Platform, parts: AdapterParts): PlatformAdapter {
  const { readApiAnswer } = parts;
  return {
    platform,
    ...PLATFORM_RECORDS[platform],
    ...parts,
    readApiAnswer(json, requestUrl, pageUrl, pageLanguage) {
      try {
        return readApiAnswer(json, requestUrl, pageUrl, pageLanguage);
      } catch {
        // The answer is untrusted JSON the page shaped (getters that throw, cyclic objects, shapes
        // no reader foresaw): whatever goes wrong in reading it, the page carries on without a reading.
        return null;
      }
    },
  };
}
