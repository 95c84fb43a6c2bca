// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../widget/receiver/migrations';
import { sampleApplication } from './support/application';
import { DATABASES } from './support/databases';
import { TOKEN, testDb, testReceiver } from './support/receiver';

describe.each(DATABASES)('migrations on $name', (target) => {
  it('run again on start without changing anything, and keep cursors moving forward after a restore', async () => {
    const store = await testDb(target);
    try {
      await migrate(store.db);
      await migrate(store.db);
      const offset = async () =>
        Number(
          (await store.db.query<{ o: string }>('SELECT xid_offset::text AS o FROM receiver_clock'))[0]!.o,
        );
      expect(await offset()).toBe(0);

      const r = testReceiver(store.db);
      const exportSince = async (since: string) => {
        const res = await r.app.request(`/applications?since=${since}`, {
          headers: { authorization: `Bearer ${TOKEN}` },
        });
        return {
          names: (await res.text())
            .split('\n')
            .filter(Boolean)
            .map((l) => (JSON.parse(l) as { application: { name: string } }).application.name),
          cursor: res.headers.get('troupe-cursor')!,
        };
      };
      await r.post(sampleApplication({ name: 'Before the move' }));
      // The rows arrive from a server whose transaction ids ran far ahead of this one's.
      await store.db.exec('UPDATE applications SET tx = tx + 1000000000');
      await migrate(store.db); // the receiver starts on the restored data
      expect(await offset()).toBeGreaterThan(0);
      const before = await exportSince('');
      expect(before.names).toEqual(['Before the move']);
      await r.post(sampleApplication({ name: 'After the move' }));
      expect((await exportSince(before.cursor)).names).toEqual(['After the move']);
    } finally {
      await store.close();
    }
  }, 120_000);
});
