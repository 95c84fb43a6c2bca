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
  hooks: {
    // Content scripts use the browser's own promise API instead of webextension-polyfill (~2.6 KB gzip of
    // their 35 KB budget): Chrome's MV3 and Firefox's sendMessage return promises, and the one listener
    // answers through sendResponse (overlay/tab-responder.ts). Pages and the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = config.resolve?.alias as Record<string, string> | undefined;
      if (alias) delete alias['wxt/browser'];
    },
  },
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
