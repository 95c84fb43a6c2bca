// What the shared adapter reads from a saved page offline (in happy-dom): the facts the card in a
// real browser must show for the same page.
import { Window } from 'happy-dom';
import { adapterFor } from '../../../shared/platforms';
import type { Extraction } from '../../../shared/platforms/contract';
import { pageHtml, type SocialPage } from './social-server';

export function expectedFacts(page: SocialPage): Extraction {
  const window = new Window({ url: page.url });
  const doc = new window.DOMParser().parseFromString(pageHtml(page), 'text/html');
  const adapter = adapterFor(page.url);
  if (!adapter) throw new Error(`No adapter for ${page.url}`);
  return adapter.extract(doc as unknown as Document, new URL(page.url));
}

/** The creator a reading is about: the profile's owner or the post's author. */
export function creatorOf(e: Extraction) {
  return e.kind === 'post' ? e.author : e.profile;
}
