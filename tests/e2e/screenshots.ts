// Regenerates .github/screenshots/ from the built extension and widget, on our own fixture pages:
// the card on each platform, the roster, its detail, the options, the popup, the side panel and the
// widget, each in light and dark. Run with `npm run screenshots` after `npm run build`.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CARD, cardOf } from './support/card';
import { launch } from './support/chromium';
import { callFrom } from './support/extension-call';
import { ownPages, REPO_ROOT, startSocialServer } from './support/social-server';
import { startWidgetSite } from './widget-site';

const OUT = join(REPO_ROOT, '.github/screenshots');
const SCHEMES = ['light', 'dark'] as const;

async function main() {
  const pages = ownPages();
  if (pages.length === 0) throw new Error('No fixture pages in tests/fixtures/pages');
  mkdirSync(OUT, { recursive: true });
  for (const old of readdirSync(OUT)) if (old.endsWith('.png')) rmSync(join(OUT, old));

  const server = await startSocialServer(pages);
  const widget = await startWidgetSite();
  const browser = await launch({ extension: true, mapHostsToPort: server.port });
  const shots: string[] = [];
  const shoot = async (page: Page, name: string, target?: string) => {
    const path = join(OUT, `${name}.png`);
    if (target) await page.locator(target).first().screenshot({ path });
    else await page.screenshot({ path });
    shots.push(name);
  };
  try {
    const ext = `chrome-extension://${browser.extensionId}`;
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(`${ext}/options.html`);
    const starter = await callFrom(page, 'brief.createStarter', {});
    await callFrom(page, 'brief.save', {
      brief: {
        ...starter,
        name: 'Handmade studio community',
        brand: 'Kiln & Co',
        niches: [{ name: 'Ceramics', keywords: ['ceramic', 'pottery', 'glaze', 'clay'] }],
        jurisdictions: ['US', 'UK', 'DE'],
      },
      activate: true,
    });

    // The card on each platform's profile, saved from the card (so the roster holds real readings).
    for (const saved of pages.filter(
      (p) => p.url.includes('lena') && !/\/(p|video|status|clip)\//.test(p.url) && !p.url.includes('watch'),
    )) {
      const card = await browser.context.newPage();
      await card.setViewportSize({ width: 1100, height: 900 });
      await card.goto(saved.url, { waitUntil: 'domcontentloaded' });
      // The card's shadow root is closed: it is read and clicked through the content-script world.
      const view = await cardOf(card, browser.extensionId!);
      await view.waitFor(`${CARD}[data-phase=ready]`);
      await view.click('[data-testid=troupe-save]');
      await view.waitFor('[data-testid=troupe-roster-status][data-status=in-roster]');
      const platform = new URL(saved.url).hostname.replace(/^www\./, '').split('.')[0]!;
      for (const scheme of SCHEMES) {
        await card.emulateMedia({ colorScheme: scheme });
        await view.screenshot(CARD, join(OUT, `card-${platform}-${scheme}.png`));
        shots.push(`card-${platform}-${scheme}`);
      }
      await card.close();
    }

    const views: {
      name: string;
      path: string;
      width: number;
      height: number;
      ready: (p: Page) => Promise<void>;
    }[] = [
      {
        name: 'roster',
        path: '/roster.html',
        width: 1280,
        height: 760,
        ready: (p) => p.getByTestId('roster-handle').first().waitFor(),
      },
      {
        name: 'detail',
        path: '/roster.html',
        width: 1440,
        height: 900,
        ready: async (p) => {
          await p.getByTestId('roster-handle').first().click();
          await p.getByTestId('score-breakdown').waitFor();
        },
      },
      {
        name: 'options',
        path: '/options.html',
        width: 1280,
        height: 1000,
        ready: (p) => p.getByTestId('brief-preview').locator('li').first().waitFor(),
      },
      {
        name: 'popup',
        path: '/popup.html',
        width: 340,
        height: 260,
        ready: (p) => p.getByTestId('popup-counts').waitFor(),
      },
      {
        name: 'sidepanel',
        path: '/sidepanel.html',
        width: 360,
        height: 560,
        ready: (p) => p.getByTestId('roster-handle').first().waitFor(),
      },
    ];
    for (const view of views) {
      for (const scheme of SCHEMES) {
        await page.setViewportSize({ width: view.width, height: view.height });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${ext}${view.path}`);
        await view.ready(page);
        await shoot(page, `${view.name}-${scheme}`);
      }
    }

    const form = await browser.context.newPage();
    await form.setViewportSize({ width: 900, height: 1400 });
    for (const scheme of SCHEMES) {
      await form.emulateMedia({ colorScheme: scheme });
      await form.goto(widget.url());
      await form.locator('troupe-apply form').waitFor();
      // The widget takes the brand's colours (README: custom properties); the dark shot is a dark page.
      if (scheme === 'dark')
        await form.evaluate(() => {
          document.body.style.background = '#17171a';
          const el = document.querySelector<HTMLElement>('troupe-apply')!;
          for (const [name, value] of Object.entries({
            '--troupe-bg': '#1f1e24',
            '--troupe-fg': '#ecebf2',
            '--troupe-line': '#77768a',
            '--troupe-accent': '#a99bff',
            '--troupe-on-accent': '#15121f',
          }))
            el.style.setProperty(name, value);
        });
      await shoot(form, `widget-${scheme}`, 'troupe-apply');
    }
  } finally {
    await browser.close();
    await widget.close();
    await server.close();
  }
  console.log(`${shots.length} screenshots in ${OUT}:\n  ${shots.join('\n  ')}`);
}

await main();
