import { defineConfig } from 'wxt';

// The five platforms Troupe reads. Host permissions stay limited to these.
export const PLATFORM_HOSTS = [
  '*://*.instagram.com/*',
  '*://*.tiktok.com/*',
  '*://*.youtube.com/*',
  '*://x.com/*',
  '*://*.x.com/*',
  '*://twitter.com/*',
  '*://*.twitter.com/*',
  '*://*.twitch.tv/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Troupe: creator community scout',
    description:
      'Explainable creator fit scores, disclosure checks and a roster for brands growing a creator community.',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    host_permissions: PLATFORM_HOSTS,
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
