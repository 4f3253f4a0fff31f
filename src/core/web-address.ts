import { limits } from './limits';
import { parseUrl } from './parse-url';
import { decodePunycode } from './punycode';

/**
 * Which web addresses Parley stores and shows (a commenter's homepage, a comment's permalink),
 * and in what form: the one every browser reads the same way.
 *
 * Node's URL parser and Chromium's agree on nearly everything but host names: Node accepts
 * `https://a\u05d0.com` (a Latin and a Hebrew letter) as `xn--a-0hc.com`, while Chromium applies
 * the IDNA bidi rule (RFC 5893) and refuses it, and a stored address one reader's browser cannot
 * parse must never reach it. So the rule is narrower than either parser:
 * - http: or https: only, parsed by the URL standard and kept as it serialises it (`href`):
 *   lowercase punycode host, percent-encoded path, so the stored text is what browsers produce;
 * - no user name or password (`https://bank.example@evil.example` misleads the reader);
 * - the host is an IPv6 address in brackets, or a name of dot-separated labels of ASCII
 *   letters, digits and inner hyphens, at most 63 characters each and 253 in all (IPv4
 *   addresses and `localhost` fit; `a_b`, `-a`, `a..b` and a trailing dot do not);
 * - an internationalised label ("xn--…") must decode, to letters outside the right-to-left
 *   scripts and without joiners (U+200C, U+200D). Checking the bidi rule needs Unicode's bidi
 *   classes, which JavaScript does not expose; refusing right-to-left labels is the safe half
 *   of it. Such an address is refused with a clear message, and the comment can go without it;
 * - the host is stored as it was typed, but for letter case: browsers map some characters
 *   before encoding them, and not all alike (Node's ICU maps ẞ to "ss", Chromium's to "ß";
 *   Node composes `>` and U+0338 into ≯, Chromium refuses the pair), so an address whose host
 *   needs mapping (compatibility forms, full-width letters and dots, percent escapes) is refused;
 * - `^` and `|` in the path are stored percent-encoded, as Chromium writes them (Node and the
 *   URL standard keep them), so the stored text is the same in every parser;
 * - at most `limits.authorUrlMax` characters, as typed and as serialised.
 */
export type WebAddressProblem = 'not-url' | 'scheme' | 'credentials' | 'host' | 'too-long';

export type WebAddressCheck =
  { ok: true; href: string } | { ok: false; problem: WebAddressProblem };

const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** As the URL standard serialises one: hex groups and colons (an IPv4 tail becomes hex). */
const ipv6 = /^\[[0-9a-f:]{2,39}\]$/;
/** The blocks whose characters are right-to-left by default (Unicode's DerivedBidiClass.txt). */
const rightToLeft =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const joiner = /[\u200c\u200d]/;
/** The host as typed: after the scheme and its slashes, before the path, query or fragment. */
const typedHost = /^[\0- ]*[a-z][a-z0-9+.-]*:[\\/]*([^\\/?#]*)/i;
const typedPort = /:\d*$/;
const encodedByChromiumInPath = /[\^|]/g;

export function checkWebAddress(value: string): WebAddressCheck {
  if (value.length > limits.authorUrlMax) return { ok: false, problem: 'too-long' };
  const url = parseUrl(value);
  if (!url) return { ok: false, problem: 'not-url' };
  url.pathname = url.pathname.replace(encodedByChromiumInPath, encodeURIComponent);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, problem: 'scheme' };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
  if (!isPlainHostName(url.hostname, typedHost.exec(value)?.[1]?.replace(typedPort, '')))
    return { ok: false, problem: 'host' };
  if (url.href.length > limits.authorUrlMax) return { ok: false, problem: 'too-long' };
  return { ok: true, href: url.href };
}

function isPlainHostName(host: string, typed: string | undefined): boolean {
  if (ipv6.test(host)) return true;
  if (host.length > 253) return false;
  const parts = host.split('.');
  if (!parts.every((part) => label.test(part) && isReadableIdn(part))) return false;
  return typed?.toLowerCase() === parts.map(unicodeLabel).join('.');
}

function unicodeLabel(part: string): string {
  return part.startsWith('xn--') ? (decodePunycode(part.slice(4)) ?? part) : part;
}

/** True for a plain label, and for an "xn--" one that a browser reads as this code does. */
function isReadableIdn(part: string): boolean {
  if (!part.startsWith('xn--')) return true;
  const decoded = decodePunycode(part.slice(4));
  return (
    decoded !== undefined &&
    /[^\0-\x7f]/.test(decoded) &&
    decoded === decoded.normalize('NFC') &&
    !rightToLeft.test(decoded) &&
    !joiner.test(decoded)
  );
}
