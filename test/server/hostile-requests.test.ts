// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/core/schemas';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createTestServer, newComment } from '../helpers/server';

const commentsUrl = `/api/articles/${demoSlug}/comments`;

const postRaw = (body: BodyInit, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body,
  duplex: 'half',
});

async function expectCode(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(v.parse(apiErrorSchema, await res.json()).error.code).toBe(code);
}

describe('requests built to hurt', () => {
  it('413 for a body over 64 KB sent in chunks with no Content-Length', async () => {
    const { app } = await createTestServer();
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Bounded: stops after 1 MB whether or not the server has stopped reading.
        if (sent++ >= 64) controller.close();
        else controller.enqueue(chunk);
      },
    });
    await expectCode(await app.request(commentsUrl, postRaw(stream)), 413, 'too_large');
  });

  it('400, not 500, for JSON nested ten thousand levels deep', async () => {
    const { app } = await createTestServer();
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    await expectCode(await app.request(commentsUrl, postRaw(deep)), 400, 'invalid_input');
  });

  it('400 for bytes that are not UTF-8, never stored as U+FFFD', async () => {
    const { app } = await createTestServer();
    const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]); // {"\xff\xfe":1}
    await expectCode(await app.request(commentsUrl, postRaw(bytes)), 400, 'invalid_json');
    // A whole comment whose body holds a lone continuation byte, an overlong "/" and a surrogate.
    const [before, after] = JSON.stringify(newComment({ body: 'BAD' })).split('BAD');
    for (const bad of [[0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80]]) {
      const body = new Uint8Array([
        ...new TextEncoder().encode(before),
        ...bad,
        ...new TextEncoder().encode(after),
      ]);
      const res = await app.request(commentsUrl, postRaw(body));
      expect(res.status).toBe(400);
      const { error } = v.parse(apiErrorSchema, await res.json());
      expect(error).toMatchObject({
        code: 'invalid_json',
        message: expect.stringMatching(/UTF-8/),
      });
    }
  });

  it('ignores __proto__ and constructor keys: nothing polluted, the comment as sent', async () => {
    const { app } = await createTestServer();
    const json = JSON.stringify(newComment()).replace(
      /^\{/,
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    const res = await app.request(commentsUrl, postRaw(json));
    expect(res.status).toBe(201);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a huge limit', `${commentsUrl}?limit=99999999999`, 400],
    ['a negative limit', `${commentsUrl}?limit=-1`, 400],
    ['a sort that is a path', `${commentsUrl}?sort=../../etc/passwd`, 400],
    ['a forged cursor', `${commentsUrl}?cursor=${'A'.repeat(5000)}`, 400],
    ['a slug that climbs out', '/api/articles/..%2F..%2Fetc%2Fpasswd/comments', 404],
    ['a slug with SQL in it', `/api/articles/${encodeURIComponent("x' OR '1'='1")}`, 404],
  ])('%s is refused plainly', async (_what, url, status) => {
    const { app } = await createTestServer();
    const res = await app.request(url);
    expect(res.status).toBe(status);
    v.parse(apiErrorSchema, await res.json());
  });
});
