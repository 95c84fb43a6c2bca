// The README says what the extension reads on each site; the adapters' `apiCalls` decide it. Keep
// them the same: every host, operation name and fixed path the page-world script matches is named.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../shared/platforms';

const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');

describe('README: what the extension reads on each site', () => {
  it.each(ADAPTERS.map((a) => [a.platform, a] as const))(
    'names every API call the %s adapter reads',
    (_, adapter) => {
      for (const call of adapter.apiCalls) {
        expect(readme, call.host).toContain(`\`${call.host}\``);
        for (const operation of call.operations ?? [])
          expect(readme, operation).toContain(`\`${operation}\``);
        // The path's fixed start, e.g. "^/api/post/item_list/?$" → "/api/post/item_list".
        const fixed =
          call.path
            .replace(/^\^/, '')
            .match(/^[\w/.-]+/)?.[0]
            ?.replace(/\/$/, '') ?? '';
        expect(readme, call.path).toContain(fixed);
      }
    },
  );
});
