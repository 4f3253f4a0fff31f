// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCorsOrigins } from '../../src/server/cors';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createTestServer, newComment, postJson } from '../helpers/server';

const allowed = 'https://blog.example.com';
const stranger = 'https://evil.example';
const commentsUrl = `/api/articles/${demoSlug}/comments`;

const preflight = (origin: string) => ({
  method: 'OPTIONS',
  headers: {
    origin,
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'content-type',
  },
});

describe('CORS only for configured origins', () => {
  it('by default sends no CORS header to any origin, for reads, posts or preflights', async () => {
    const { app } = await createTestServer();
    const read = await app.request(commentsUrl, { headers: { origin: allowed } });
    expect(read.status).toBe(200);
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    const check = await app.request(commentsUrl, preflight(allowed));
    expect(check.headers.get('access-control-allow-origin')).toBeNull();
    expect(check.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('lets a configured origin read, post and see Retry-After', async () => {
    const { app } = await createTestServer({ corsOrigins: [allowed] });
    const check = await app.request(commentsUrl, preflight(allowed));
    expect(check.status).toBe(204);
    expect(check.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(check.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(check.headers.get('access-control-allow-headers')).toBe('Content-Type');

    const read = await app.request(commentsUrl, { headers: { origin: allowed } });
    expect(read.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(read.headers.get('vary')).toMatch(/Origin/);

    const request = postJson(newComment());
    const posted = await app.request(commentsUrl, {
      ...request,
      headers: { ...request.headers, origin: allowed },
    });
    expect(posted.status).toBe(201);
    expect(posted.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(posted.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);
  });

  it('gives another origin nothing, even when some origin is configured', async () => {
    const { app } = await createTestServer({ corsOrigins: [allowed] });
    const check = await app.request(commentsUrl, preflight(stranger));
    expect(check.headers.get('access-control-allow-origin')).toBeNull();
    expect(check.headers.get('access-control-allow-methods')).toBeNull();
    const read = await app.request(commentsUrl, { headers: { origin: stranger } });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    // A look-alike is not the origin: the match is exact.
    const lookAlike = await app.request(commentsUrl, {
      headers: { origin: `${allowed}.evil.example` },
    });
    expect(lookAlike.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('does not add CORS to pages outside the API', async () => {
    const { app } = await createTestServer({ corsOrigins: [allowed] });
    const health = await app.request('/healthz', { headers: { origin: allowed } });
    expect(health.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('PARLEY_CORS_ORIGINS', () => {
  it('reads origins separated by spaces or commas; unset or empty is none', () => {
    expect(parseCorsOrigins(undefined)).toEqual([]);
    expect(parseCorsOrigins(' ')).toEqual([]);
    expect(parseCorsOrigins('https://a.example, http://localhost:8080 https://b.example')).toEqual([
      'https://a.example',
      'http://localhost:8080',
      'https://b.example',
    ]);
  });

  it.each(['*', 'https://*.example.com', 'https://a.example/', 'a.example', 'ftp://a.example'])(
    'refuses %s at start-up',
    (value) => {
      expect(() => parseCorsOrigins(value)).toThrow(/PARLEY_CORS_ORIGINS/);
    },
  );
});
