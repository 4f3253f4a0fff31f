// @vitest-environment node
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies } from '../../src/server/client-address';

/** The client address the server sees for a request on a socket from `from`. */
async function addressOf(proxies: string | undefined, from: string, forwardedFor?: string) {
  const app = new Hono();
  app.get('/', (c) => c.text(clientAddress(c, parseTrustedProxies(proxies))));
  const headers: Record<string, string> =
    forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor };
  const res = await app.request(
    '/',
    { headers },
    { incoming: { socket: { remoteAddress: from } } },
  );
  return res.text();
}

describe('the client address behind trusted proxies (PARLEY_TRUST_PROXY)', () => {
  it('believes X-Forwarded-For only from a listed proxy', async () => {
    expect(await addressOf('10.0.0.5', '10.0.0.5', '203.0.113.9')).toBe('203.0.113.9');
    expect(await addressOf('10.0.0.5', '198.51.100.7', '203.0.113.9')).toBe('198.51.100.7');
    expect(await addressOf(undefined, '10.0.0.5', '203.0.113.9')).toBe('10.0.0.5');
  });

  it('reads the header right to left past every trusted proxy, never what the client wrote', async () => {
    const proxies = '10.0.0.0/8, 192.168.1.1';
    // The client wrote "1.2.3.4"; the first proxy appended the client's real address.
    const chain = '1.2.3.4, 203.0.113.9, 10.1.2.3, 192.168.1.1';
    expect(await addressOf(proxies, '10.0.0.5', chain)).toBe('203.0.113.9');
    expect(await addressOf(proxies, '10.0.0.5', 'not-an-ip, 10.9.9.9')).toBe('10.9.9.9');
    expect(await addressOf(proxies, '10.0.0.5', '')).toBe('10.0.0.5');
  });

  it('takes IPv4 addresses as a dual-stack socket reports them, and IPv6 ranges', async () => {
    expect(await addressOf('127.0.0.1', '::ffff:127.0.0.1', '203.0.113.9')).toBe('203.0.113.9');
    expect(await addressOf('fd00::/8', 'fd00::1', '2001:db8::1')).toBe('2001:db8::1');
  });

  it('reads 1 or true as a proxy on this machine, and refuses what is not an address', async () => {
    expect(await addressOf('1', '127.0.0.1', '203.0.113.9')).toBe('203.0.113.9');
    expect(await addressOf('true', '::1', '203.0.113.9')).toBe('203.0.113.9');
    expect(await addressOf('1', '10.0.0.5', '203.0.113.9')).toBe('10.0.0.5');
    expect(parseTrustedProxies('0')).toBeNull();
    expect(parseTrustedProxies('')).toBeNull();
    for (const bad of ['yes', '10.0.0.0/33', '10.0.0.0/8/1', 'example.com', '::1/129']) {
      expect(() => parseTrustedProxies(bad)).toThrow(/PARLEY_TRUST_PROXY: ".*" is not an IP/);
    }
  });
});
