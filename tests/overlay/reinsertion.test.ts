import { afterEach, describe, expect, it } from 'vitest';
import { keepInserted } from '../../overlay/reinsertion';

const flush = () => new Promise((done) => setTimeout(done, 0));

/** A card in the page, guarded as the overlay guards it: put back into the body when it is wanted. */
function guardedCard({ wanted = () => true, now }: { wanted?: () => boolean; now?: () => number } = {}) {
  const host = document.createElement('troupe-overlay');
  document.body.append(host);
  const controller = new AbortController();
  const guard = keepInserted(document, {
    host: () => (wanted() ? host : null),
    reinsert: () => document.body.append(host),
    signal: controller.signal,
    now,
  });
  return { host, controller, guard };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('keepInserted', () => {
  it('puts the card back when the site removes it', async () => {
    const { host, controller, guard } = guardedCard();
    host.remove();
    await flush();
    expect(host.isConnected).toBe(true);
    expect(guard.count()).toBe(1);
    controller.abort();
  });

  it('gives up after 10 re-insertions in 10 seconds and resumes after the window', async () => {
    let clock = 0;
    const { host, controller, guard } = guardedCard({ now: () => clock });
    for (let i = 0; i < 15; i++) {
      clock += 100;
      host.remove();
      await flush();
    }
    expect(guard.count()).toBe(10);
    expect(host.isConnected).toBe(false);
    clock += 10_000;
    document.body.append(document.createElement('p'));
    await flush();
    expect(host.isConnected).toBe(true);
    expect(guard.count()).toBe(11);
    controller.abort();
  });

  it('leaves the card out when it is not wanted, and stops on abort', async () => {
    let wanted = true;
    const { host, controller, guard } = guardedCard({ wanted: () => wanted });
    wanted = false;
    host.remove();
    await flush();
    expect(host.isConnected).toBe(false);
    wanted = true;
    controller.abort();
    document.body.append(document.createElement('p'));
    await flush();
    expect(host.isConnected).toBe(false);
    expect(guard.count()).toBe(0);
  });
});
