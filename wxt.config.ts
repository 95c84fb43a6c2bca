import { defineConfig } from 'wxt';

import { PLATFORM_MATCHES } from './shared/platforms/platform-records';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: '.output',
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
