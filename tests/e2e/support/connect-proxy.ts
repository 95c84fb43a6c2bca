// A tiny HTTP CONNECT proxy that tunnels every host name to one local port. Firefox has no
// --host-resolver-rules; pointed at this proxy (network.proxy.ssl) it opens
// https://www.instagram.com/... on the local HTTPS server, with the real host name in the URL and the
// TLS handshake, exactly as for a user. Other hosts (a captured page's Google sign-in iframe,
// Firefox's own services) reach the same server and get its 404, so nothing leaves the machine; a
// refused tunnel would put an error page in that iframe, which WebDriver BiDi reports as a failed
// navigation of the whole page.
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

export interface ConnectProxy {
  port: number;
  /** Every host name a tunnel was opened for. */
  hosts: Set<string>;
  close: () => Promise<void>;
}

export async function startConnectProxy(targetPort: number): Promise<ConnectProxy> {
  const hosts = new Set<string>();
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const server: Server = createServer((_req, res) => res.writeHead(405).end('CONNECT only'));
  server.on('connect', (req, client: Socket, head: Buffer) => {
    track(client);
    hosts.add((req.url ?? '').replace(/:\d+$/, '').toLowerCase());
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    hosts,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
