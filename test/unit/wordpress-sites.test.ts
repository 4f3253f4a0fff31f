// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseWordPressSites } from '../../src/server/wordpress/wordpress-sites';
import { createTestServer } from '../helpers/server';

describe('PARLEY_WORDPRESS_SITES', () => {
  it('names a site by its host and port unless a name is given', () => {
    expect(
      parseWordPressSites(
        'http://127.0.0.1:8481, blog=https://example.com/news/ https://b.example',
      ),
    ).toEqual([
      { name: '127.0.0.1:8481', url: 'http://127.0.0.1:8481' },
      { name: 'blog', url: 'https://example.com/news' },
      { name: 'b.example', url: 'https://b.example' },
    ]);
    expect(parseWordPressSites(undefined)).toEqual([]);
    expect(parseWordPressSites('  ')).toEqual([]);
  });

  it.each([
    ['not a url', /is not a site address/],
    ['ftp://example.com', /is not a site address/],
    ['https://example.com/?p=1', /is not a site address/],
    ['a=https://x.example b=https://x.example a=https://y.example', /named twice/],
    ['bad/name=https://x.example', /is not a site address/],
    ['b@d=https://x.example', /not a usable name/],
  ])('refuses %j at start-up', (value, message) => {
    expect(() => parseWordPressSites(value)).toThrow(message);
  });
});

describe('GET /api/config', () => {
  it('lists the allowed WordPress sites, and the CSP lets the reader reach them', async () => {
    const sites = parseWordPressSites('blog=http://127.0.0.1:8481,https://example.com/news');
    const { app } = await createTestServer({ wordpressSites: sites });
    const response = await app.request('/api/config');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ wordpressSites: sites });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:8481 https://example.com;");
    expect(csp).toMatch(/img-src [^;]* http:\/\/127\.0\.0\.1:8481/);
  });

  it('lists none by default, and the CSP stays closed', async () => {
    const { app } = await createTestServer();
    const response = await app.request('/api/config');
    expect(await response.json()).toEqual({ wordpressSites: [] });
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self';");
  });
});
