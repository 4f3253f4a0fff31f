// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { apiErrorSchema, commentPageSchema } from '../../src/core/schemas';
import { parseTrustedProxies } from '../../src/server/client-address';
import { configFromEnv, rateLimitFromEnv } from '../../src/server/config';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createTestServer, newComment, postJson } from '../helpers/server';

const commentsUrl = `/api/articles/${demoSlug}/comments`;

/** A server allowing `posts` per minute, on a clock the test moves by hand. */
async function limitedServer(posts: number, behindProxy = false) {
  let clock = Date.parse('2024-05-06T07:00:00.000Z');
  const server = await createTestServer({
    rateLimit: { posts, perMs: 60_000 },
    trustedProxies: behindProxy ? parseTrustedProxies('10.0.0.5') : null,
    now: () => new Date(clock),
  });
  return {
    ...server,
    advance: (ms: number) => {
      clock += ms;
    },
    post: (body: unknown, headers: Record<string, string> = {}) => {
      const init = postJson(body);
      // Every request comes from the proxy's socket, as @hono/node-server passes it.
      return server.app.request(
        commentsUrl,
        { ...init, headers: { ...init.headers, ...headers } },
        { incoming: { socket: { remoteAddress: '10.0.0.5' } } },
      );
    },
  };
}

async function total(app: Awaited<ReturnType<typeof createTestServer>>['app']) {
  const res = await app.request(`${commentsUrl}?limit=500`);
  return v.parse(commentPageSchema, await res.json()).total;
}

describe('the per-client rate limit on new comments', () => {
  it('answers 429 with Retry-After past the limit, and stores nothing', async () => {
    const server = await limitedServer(2);
    expect((await server.post(newComment())).status).toBe(201);
    expect((await server.post(newComment())).status).toBe(201);

    const refused = await server.post(newComment());
    expect(refused.status).toBe(429);
    // Two posts a minute: one comes back every 30 s.
    expect(refused.headers.get('Retry-After')).toBe('30');
    const body = v.parse(apiErrorSchema, await refused.json());
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(/Try again in 30 s/);
    expect(await total(server.app)).toBe(9);
  });

  it('lets the client post again once Retry-After has passed', async () => {
    const server = await limitedServer(1);
    expect((await server.post(newComment())).status).toBe(201);
    const refused = await server.post(newComment());
    const wait = Number(refused.headers.get('Retry-After'));
    server.advance(wait * 1000 - 1);
    expect((await server.post(newComment())).status).toBe(429);
    server.advance(1);
    expect((await server.post(newComment())).status).toBe(201);
  });

  it('does not count replays, refusals or invalid requests', async () => {
    const server = await limitedServer(1);
    const first = newComment();
    expect((await server.post(first)).status).toBe(201);
    server.advance(60_000);
    // A retry of the same comment is answered from the idempotency record and costs nothing.
    const replay = await server.post(first);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect((await server.post(newComment({ parentId: '999999' }))).status).toBe(404);
    expect((await server.post(newComment({ body: '' }))).status).toBe(400);
    expect((await server.post(newComment())).status).toBe(201);
  });

  it('keeps one budget per client address behind a trusted proxy', async () => {
    const server = await limitedServer(1, true);
    const from = (ip: string) => ({ 'x-forwarded-for': `198.51.100.9, ${ip}` });
    expect((await server.post(newComment(), from('203.0.113.1'))).status).toBe(201);
    expect((await server.post(newComment(), from('203.0.113.1'))).status).toBe(429);
    expect((await server.post(newComment(), from('203.0.113.2'))).status).toBe(201);
  });

  it('has no limit unless configured, and reads PARLEY_RATE_LIMIT', async () => {
    const { app } = await createTestServer();
    for (let i = 0; i < 15; i++) {
      expect((await app.request(commentsUrl, postJson(newComment()))).status).toBe(201);
    }
    expect(configFromEnv({}).rateLimit).toEqual({ posts: 10, perMs: 60_000 });
    expect(rateLimitFromEnv('3')).toEqual({ posts: 3, perMs: 60_000 });
    expect(rateLimitFromEnv('off')).toBeNull();
    expect(() => rateLimitFromEnv('lots')).toThrow(/PARLEY_RATE_LIMIT/);
  });
});
