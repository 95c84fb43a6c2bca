// The check both browsers run on the real captured pages of ../shared: the card is ready and names
// the creator TRUTH.json names. Each browser test supplies how it opens a page and reads its card.
import type { SocialPage, TruthRecord } from './social-server';

/** The card on one opened page, as a browser test reads it. */
export interface ShownCard {
  /** The card's data-phase once it settled ('ready', 'unreadable'), or 'no card'. */
  phase: string;
  text: (testId: string) => Promise<string>;
  close: () => Promise<void>;
}

/** Opens every page and returns what differs from the truth (empty when all match); logs a summary. */
export async function missesOnRealPages(
  browserName: string,
  pages: (SocialPage & { truth: TruthRecord })[],
  show: (url: string) => Promise<ShownCard>,
): Promise<string[]> {
  const misses: string[] = [];
  let ready = 0;
  for (const saved of pages) {
    const card = await show(saved.url);
    const want = saved.truth.kind === 'post' ? saved.truth.authorHandle : saved.truth.handle;
    if (card.phase === 'ready') {
      ready++;
      const handle = (await card.text('troupe-handle')).replace(/^@/, '');
      if (want && handle.toLowerCase() !== want.replace(/^@/, '').toLowerCase())
        misses.push(`${saved.truth.file}: card @${handle}, truth @${want}`);
    } else {
      const why = card.phase === 'no card' ? 'no card' : await card.text('troupe-unreadable');
      misses.push(`${saved.truth.file}: ${why}`);
    }
    await card.close();
  }
  console.log(
    `${browserName} real pages: card ready on ${ready}/${pages.length}${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
  );
  return misses;
}
