// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clientAddress, rateKey } from '../../../widget/receiver/client-address';

describe('clientAddress', () => {
  it('ignores X-Forwarded-For without configured proxy hops', () => {
    expect(clientAddress('198.51.100.1', '192.0.2.10', 0)).toBe('192.0.2.10');
  });

  it('takes the entry written by the last of your proxies, never what the client wrote before it', () => {
    expect(clientAddress('10.9.9.9, 203.0.113.9', '192.0.2.10', 1)).toBe('203.0.113.9');
    expect(clientAddress('10.9.9.9, 203.0.113.9, 192.0.2.77', '192.0.2.10', 2)).toBe('203.0.113.9');
  });

  it('falls back to the socket when the header has fewer entries than proxies (it did not pass them)', () => {
    expect(clientAddress('203.0.113.9', '192.0.2.10', 2)).toBe('192.0.2.10');
    expect(clientAddress(undefined, '192.0.2.10', 1)).toBe('192.0.2.10');
  });
});

describe('rateKey', () => {
  it('keys IPv6 by its /64, whatever the notation', () => {
    const key = rateKey('2001:db8:1:2::1');
    expect(key).toBe('2001:db8:1:2::/64');
    for (const same of ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:0db8:0001:0002::ffff', '[2001:DB8:1:2::9]'])
      expect(rateKey(same)).toBe(key);
    expect(rateKey('2001:db8:1:3::1')).not.toBe(key);
    expect(rateKey('::1')).toBe('0:0:0:0::/64');
    expect(rateKey('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(rateKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('keys IPv4 (also IPv4-mapped) by the address', () => {
    expect(rateKey('203.0.113.9')).toBe('203.0.113.9');
    expect(rateKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(rateKey('unknown')).toBe('unknown');
  });
});
