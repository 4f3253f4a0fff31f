/**
 * The web-address rule (src/core/web-address.ts) is checked in Node, on the server and in the
 * reply form, but the stored address is parsed again by every reader's browser. This property
 * test asks Chromium itself: every address the rule accepts, Chromium parses too, to the very
 * text the rule stores (issue 15 item 2: Node took https://a\u05d0.com, Chromium did not).
 */
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUrl } from '../../src/core/parse-url';
import { checkWebAddress } from '../../src/core/web-address';
import { launchChromium } from './browser';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

/** Pieces of host names: ASCII, and Unicode that IDNA maps, refuses or checks by direction. */
const hostPiece = fc.oneof(
  fc.constantFrom(...'abcxz09-.'),
  fc.constantFrom(
    'xn--',
    '\u05d0',
    '\u0627',
    '\u0661',
    '\u06f1',
    '\u00fc',
    '\u00df',
    '\u03c2',
    '\u0131',
    '\u0130',
    '\u4f8b',
    '\u0e01',
    '\u0915\u094d',
    '\u0301',
    '\u200d',
    '\u200c',
    '\u00ad',
    '\u3164',
    '\u2800',
    '\uff21',
    '\u2160',
    '\ufe0f',
    '%41',
    '%00',
    '\u3002',
    '\uff0e',
    '<\u0338',
    '>\u0338',
    '=\u0338',
    '\u0338',
  ),
  fc.string({ unit: 'grapheme', maxLength: 1 }),
);
const host = fc.array(hostPiece, { minLength: 1, maxLength: 12 }).map((p) => p.join(''));
const address = fc
  .tuple(
    fc.constantFrom('http://', 'https://', 'HTTPS://', 'https://user@', 'https:'),
    host,
    fc.constantFrom('', '.com', '.de', '.xn--p1ai'),
    fc.constantFrom('', '/', ':8080/', ':0/', '/a b?c=d#e', '/%zz', '/\\..//./', '/a^b|c'),
    fc.string({ unit: 'binary', maxLength: 10 }),
  )
  .map((parts) => parts.join(''));

/** Chromium's own parse of each address: its href, or null when it refuses it. */
const chromiumHrefs = (addresses: string[]) =>
  page.evaluate(
    (list) =>
      list.map((value) => {
        try {
          return new URL(value).href;
        } catch {
          return null;
        }
      }),
    addresses,
  );

describe('the web-address rule and Chromium', () => {
  it('agree on every address the rule accepts, and on its stored form', async () => {
    const addresses = fc.sample(address, 10_000);
    const accepted = addresses.flatMap((value) => {
      const result = checkWebAddress(value);
      return result.ok ? [{ value, href: result.href }] : [];
    });
    // Enough of each kind to mean something: the generator is not refused wholesale.
    expect(accepted.length).toBeGreaterThan(500);
    expect(accepted.filter((a) => a.href.includes('xn--')).length).toBeGreaterThan(20);
    const asTyped = await chromiumHrefs(accepted.map((a) => a.value));
    const asStored = await chromiumHrefs(accepted.map((a) => a.href));
    const disagreements = accepted.filter(
      (a, i) => asTyped[i] !== a.href || asStored[i] !== a.href,
    );
    expect(disagreements).toEqual([]);
  });

  it('accepts a Latin-1 host after thousands of checks (Node 20 URL.canParse fails it then)', () => {
    for (let i = 0; i < 20_000; i++) checkWebAddress(`https://example.com/${i}`);
    expect(checkWebAddress('https://b\u00fccher.de/')).toEqual({
      ok: true,
      href: 'https://xn--bcher-kva.de/',
    });
  });

  it('refuses what issue 15 found, which Node alone accepts', () => {
    for (const value of ['https://a\u05d0.com', 'https://xn--a-0hc.com', 'https://\u0661.com']) {
      expect(parseUrl(value)).not.toBeNull();
      expect(checkWebAddress(value)).toEqual({ ok: false, problem: 'host' });
    }
  });

  it('settles what clean-clone runs found: hosts browsers map apart, and ^ or | in the path', async () => {
    const mapped = ['https://x>\u0338c.de/', 'http://=\u0338.com/', 'https://\u00df\u1e9ex.com/'];
    for (const value of [...mapped, 'https://\uff45xample.com', 'https://ex%61mple.com']) {
      expect(parseUrl(value)).not.toBeNull();
      expect(checkWebAddress(value)).toEqual({ ok: false, problem: 'host' });
    }
    expect(checkWebAddress('https://B\u00fccher.DE:443/')).toEqual({
      ok: true,
      href: 'https://xn--bcher-kva.de/',
    });
    const stored = checkWebAddress('http://example.com/a^b|c?d^e');
    expect(stored).toEqual({ ok: true, href: 'http://example.com/a%5Eb%7Cc?d^e' });
    expect(await chromiumHrefs(['http://example.com/a^b|c?d^e'])).toEqual([
      'http://example.com/a%5Eb%7Cc?d^e',
    ]);
  });
});
