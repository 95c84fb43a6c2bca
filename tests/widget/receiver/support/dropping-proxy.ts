// A loopback TCP proxy that loses the receiver's answer on chosen connections: the request reaches
// the receiver (which commits and answers) but the client sees the socket die, as on a flaky network.

import type { AddressInfo } from 'node:net';
import { createConnection, createServer, type Server } from 'node:net';

export async function droppingProxy(target: string, drop: (connection: number) => boolean) {
  const { hostname, port } = new URL(target);
  let connections = 0;
  let dropped = 0;
  const server: Server = createServer((client) => {
    const losing = drop(connections++);
    const upstream = createConnection({ host: hostname, port: Number(port) });
    client.pipe(upstream);
    upstream.on('data', (chunk) => {
      if (losing) {
        if (!client.destroyed) dropped++;
        client.destroy();
        upstream.destroy();
      } else client.write(chunk);
    });
    upstream.on('end', () => client.end());
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    stats: () => ({ connections, dropped }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
