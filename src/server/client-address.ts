import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { BlockList, isIP } from 'node:net';

/** The reverse proxies whose X-Forwarded-For is believed: PARLEY_TRUST_PROXY. */
export interface TrustedProxies {
  has(address: string): boolean;
}

const loopback = ['127.0.0.0/8', '::1/128'];

/**
 * Parses PARLEY_TRUST_PROXY: the proxies' addresses or ranges, separated by spaces or commas
 * ("10.0.0.5, 192.168.0.0/16, fd00::/8"); `1` or `true` for a proxy on this machine (loopback);
 * unset, empty, `0` or `false` for none. Anything else is refused at start-up.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies | null {
  const setting = value?.trim() ?? '';
  if (['', '0', 'false'].includes(setting)) return null;
  const entries = ['1', 'true'].includes(setting) ? loopback : setting.split(/[\s,]+/);
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (
      family === 0 ||
      rest.length > 0 ||
      (bits !== null && !(/^\d{1,3}$/.test(prefix!) && bits <= maxBits))
    ) {
      throw new Error(
        `PARLEY_TRUST_PROXY: "${entry}" is not an IP address or a range such as 10.0.0.0/8 (or 1 for a proxy on this machine).`,
      );
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === null) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return {
    has(address) {
      const plain = unmapped(address);
      const family = isIP(plain);
      return family !== 0 && list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}

/** An IPv4 address as a dual-stack socket reports it ("::ffff:10.0.0.5"), as IPv4. */
const unmapped = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

/**
 * Who is asking: the socket's address; or, when that is a trusted proxy, the address the proxies
 * saw, read from X-Forwarded-For right to left past every trusted proxy (a client can write what
 * it likes at the left of that header; only what our proxies appended is true). Requests made
 * in-process (tests) have no socket and share one client.
 */
export function clientAddress(c: Context, proxies: TrustedProxies | null): string {
  let address: string;
  try {
    address = unmapped(getConnInfo(c).remote.address ?? 'unknown');
  } catch {
    return 'unknown';
  }
  if (!proxies?.has(address)) return address;
  const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim());
  for (const hop of hops.reverse()) {
    if (isIP(unmapped(hop)) === 0) break;
    address = unmapped(hop);
    if (!proxies.has(address)) break;
  }
  return address;
}
