import { defineConfig } from 'wxt';

import { ADAPTERS } from './shared/platforms';
import { PLATFORM_MATCHES } from './shared/platforms/platform-records';

/**
 * The web app requests the page-world script reads: the adapters' own `apiCalls`, inlined as plain
 * data so that script ships no adapter (entrypoints/page-world.content).
 */
const API_CALLS = ADAPTERS.flatMap((adapter) => adapter.apiCalls);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  vite: () => ({ define: { __TROUPE_API_CALLS__: JSON.stringify(API_CALLS) } }),
  manifest: ({ browser }) => ({
    name: 'Troupe: creator community scout',
    description:
      'Explainable creator fit scores, disclosure checks and a roster for brands growing a creator community.',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    // The content scripts' match patterns, one record per platform (shared/platforms/platform-records.ts).
    host_permissions: [...PLATFORM_MATCHES],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'troupe@troupe.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
