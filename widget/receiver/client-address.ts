// Who sent a request, for the rate limits. X-Forwarded-For is a list every proxy appends to, and its
// left end is whatever the client wrote, so only the entries your own proxies added can be believed:
// with `hops` proxies in front, the client is the entry `hops` places from the right. Without a
// configured hop count the header is ignored and the socket's address is used.
import { isIP } from 'node:net';

export function clientAddress(forwardedFor: string | undefined, socket: string, hops: number): string {
  if (hops === 0 || !forwardedFor) return socket;
  const entries = forwardedFor
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request did not come through all of them, so nothing in it is ours.
  return entries[entries.length - hops] ?? socket;
}

/**
 * The rate-limit key for an address: an IPv6 host usually owns a whole /64 (it can pick any address in
 * it), so the /64 is one client; IPv4 addresses (also when IPv4-mapped) are keyed as they are.
 */
export function rateKey(address: string): string {
  const plain = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped) return mapped[1]!;
  if (isIP(plain) !== 6) return plain;
  const [head = '', tail = ''] = plain.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::1.2.3.4) counts as two groups; it sits in the low 64 bits anyway.
  const rightGroups = right.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  const groups = plain.includes('::')
    ? [...left, ...Array<string>(8 - left.length - rightGroups).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
