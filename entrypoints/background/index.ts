import { browser } from 'wxt/browser';
import type { ImportProgress } from '../../shared/messages';
import { rescoreOpenCards } from './open-cards';
import { openRosterDb } from './roster-db';
import { listenForRoster } from './roster-listener';
import { createRosterService } from './roster-service';
import { scoring } from './scoring';

export default defineBackground(() => {
  // A first install opens the welcome page: what Troupe does and where to start.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  // Registered synchronously so a message that woke the service worker is answered once the database opens.
  listenForRoster(
    openRosterDb().then((db) =>
      createRosterService({
        db,
        scoring,
        onImportProgress: (done, total) => {
          const progress: ImportProgress = { troupe: 1, event: 'import.progress', done, total };
          // No page may be listening; progress is best effort and must never fail the import.
          browser.runtime.sendMessage(progress).catch(() => undefined);
        },
        onActiveBriefChange: () => void rescoreOpenCards(),
      }),
    ),
  );
});
