// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createTestServer, newComment, postJson } from '../helpers/server';

/** The headers every answer carries, whatever its status. */
function expectSecurityHeaders(res: Response) {
  const csp = res.headers.get('content-security-policy') ?? '';
  const directives = new Map(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]); // no inline script, no eval
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'self'"]);
  expect(directives.get('frame-ancestors')).toEqual(["'self'"]);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
}

describe('security headers on every answer', () => {
  it.each([
    ['a health check', '/healthz', undefined, 200],
    ['an article', `/api/articles/${demoSlug}`, undefined, 200],
    ['an unknown API path', '/api/nope', undefined, 404],
    ['a refused POST', `/api/articles/${demoSlug}/comments`, postJson({}), 400],
    ['a POST', `/api/articles/${demoSlug}/comments`, postJson(newComment()), 201],
  ] as const)('%s', async (_what, path, init, status) => {
    const { app } = await createTestServer();
    const res = await app.request(path, init);
    expect(res.status).toBe(status);
    expectSecurityHeaders(res);
  });

  it('an internal error', async () => {
    const { app, store } = await createTestServer();
    await store.close(); // every query now throws
    const res = await app.request(`/api/articles/${demoSlug}`);
    expect(res.status).toBe(500);
    expectSecurityHeaders(res);
  });
});
