// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseTrustedProxies } from '../../src/server/client-address';
import { jsonLogger, loggerFromEnv, type LogRecord } from '../../src/server/logger';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createTestServer, newComment, postJson } from '../helpers/server';

const commentsUrl = `/api/articles/${demoSlug}/comments`;

async function serverWithLog(
  config: { trustedProxies?: ReturnType<typeof parseTrustedProxies> } = {},
) {
  const records: LogRecord[] = [];
  const server = await createTestServer({ ...config, log: (record) => records.push(record) });
  return { ...server, records };
}

describe('request logs', () => {
  it('logs one record per request: method, path, status, ms and client', async () => {
    const { app, records } = await serverWithLog();
    await app.request('/api/articles');
    await app.request('/api/articles/no-such-article');
    expect(records).toEqual([
      {
        level: 'info',
        msg: 'request',
        method: 'GET',
        path: '/api/articles',
        status: 200,
        ms: expect.any(Number),
        client: 'unknown', // in-process requests have no socket
      },
      expect.objectContaining({ path: '/api/articles/no-such-article', status: 404 }),
    ]);
  });

  it('never logs the body, the email, the query or headers', async () => {
    const { app, records } = await serverWithLog();
    const comment = newComment({
      author: { name: 'Secret Name', email: 'secret@example.com' },
      body: 'Private words',
    });
    await app.request(commentsUrl, postJson(comment));
    await app.request(`${commentsUrl}?sort=newest&cursor=secret-cursor`, {
      headers: { authorization: 'Bearer secret-token' },
    });
    expect(records.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', commentsUrl, 201],
      ['GET', commentsUrl, 400],
    ]);
    const logged = JSON.stringify(records);
    for (const secret of ['Secret Name', 'secret@example.com', 'Private words', 'secret-cursor']) {
      expect(logged).not.toContain(secret);
    }
    expect(logged).not.toContain('secret-token');
  });

  it('names the client from X-Forwarded-For only behind a trusted proxy', async () => {
    // As @hono/node-server passes the socket a request came on.
    const fromProxy = { incoming: { socket: { remoteAddress: '10.0.0.5' } } };
    const forwarded = { headers: { 'x-forwarded-for': '203.0.113.9' } };
    const trusted = await serverWithLog({ trustedProxies: parseTrustedProxies('10.0.0.5') });
    await trusted.app.request('/healthz', forwarded, fromProxy);
    expect(trusted.records[0]?.client).toBe('203.0.113.9');
    const direct = await serverWithLog();
    await direct.app.request('/healthz', forwarded, fromProxy);
    expect(direct.records[0]?.client).toBe('10.0.0.5');
  });
});

describe('the JSON logger', () => {
  it('writes one JSON line per record, info to stdout and errors to stderr', () => {
    const out: string[] = [];
    const err: string[] = [];
    const log = jsonLogger(
      (line) => out.push(line),
      (line) => err.push(line),
    );
    log({ level: 'info', msg: 'request', path: '/a "quoted"\npath' });
    log({ level: 'error', msg: 'unhandled error', error: 'boom' });
    expect(out).toHaveLength(1);
    expect(out[0]).not.toContain('\n');
    expect(JSON.parse(out[0]!)).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      level: 'info',
      msg: 'request',
      path: '/a "quoted"\npath',
    });
    expect(JSON.parse(err[0]!)).toMatchObject({ level: 'error', error: 'boom' });
  });

  it('PARLEY_LOG accepts "requests" and "errors", and refuses anything else', () => {
    expect(loggerFromEnv(undefined)).toBeTypeOf('function');
    expect(loggerFromEnv('errors')).toBeTypeOf('function');
    expect(() => loggerFromEnv('verbose')).toThrow(/PARLEY_LOG/);
  });
});
