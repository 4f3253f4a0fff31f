import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');
const slug = 'usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';

/** The built server's pages and files, as a browser gets them. */
describe('security headers from the real server', () => {
  it('on every page and file: a CSP with no inline script, nosniff, a referrer policy', async () => {
    const html = await (await fetch(`${baseUrl}/articles/${slug}`)).text();
    // The page itself must need no inline script, or the CSP would break it.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter(([, attrs, text]) => !/\bsrc=/.test(attrs!) || text!.trim())).toEqual([]);
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;

    for (const path of ['/', `/articles/${slug}`, asset, '/api/articles', '/no-such-page']) {
      const res = await fetch(`${baseUrl}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(csp, path).toMatch(/(^|; )object-src 'none'(;|$)/);
      expect(csp, path).toMatch(/(^|; )frame-ancestors 'self'(;|$)/);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
  });

  it('lets only the allowed sites frame the embed pages', async () => {
    const res = await fetch(`${baseUrl}/embed/${slug}`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/frame-ancestors 'self' http:\/\/localhost:\* http:\/\/127\.0\.0\.1:\*/);
    expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    // The server-rendered page runs no inline script: only files, and data that never runs.
    const html = await res.text();
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attrs, text]) => !/\bsrc=/.test(attrs!) || text!.trim(),
    );
    expect(inline.map(([, attrs]) => attrs!.trim())).toEqual([
      'type="application/json" id="parley-first-view"',
    ]);
  });
});
