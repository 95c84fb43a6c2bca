// A loopback TCP proxy to a database that can turn into a black hole: from `swallow()` on, it keeps
// every connection open (old and new) and passes nothing either way, as a dead network path or a
// hung server does. Nothing is refused or reset, so only timeouts can notice.
import type { AddressInfo, Socket } from 'node:net';
import { createConnection, createServer } from 'node:net';

export async function blackHoleProxy(target: string) {
  const { hostname, port } = new URL(target);
  let swallowing = false;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    if (swallowing) return void client.resume(); // accepted, read, never answered
    const upstream = createConnection({ host: hostname, port: Number(port) });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('data', (chunk) => {
      if (!swallowing) upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (!swallowing) client.write(chunk);
    });
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxied = new URL(target);
  proxied.hostname = '127.0.0.1';
  proxied.port = String((server.address() as AddressInfo).port);
  return {
    url: proxied.href,
    swallow() {
      swallowing = true;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
