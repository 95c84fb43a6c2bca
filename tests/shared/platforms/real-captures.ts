// One platform's real captured pages and answers, in ../shared/fixtures/pages/<platform>. They are
// never copied into the repo: each adapter's test reads them from there and, when the folder is
// absent, skips its real-capture cases and says so.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Platform } from '../../../shared/schemas/enums';

export function realCaptures(platform: Platform) {
  const dir = path.resolve(import.meta.dirname, '../../../../shared/fixtures/pages', platform);
  const skip =
    !existsSync(dir) && `skipped: ../shared/fixtures/pages/${platform} is absent (real captured pages)`;
  if (skip) console.warn(skip);
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  return {
    /** For it.skipIf / describe.skipIf: false when the captures are there, else why their cases skip. */
    skip,
    /** A saved page as a document, parsed by linkedom as the CLI parses it. */
    page: (file: string) => parseHTML(read(file)).document as unknown as Document,
    /** A saved API answer or embedded state. */
    json: (file: string): unknown => JSON.parse(read(file)),
  };
}
