// @vitest-environment node
import * as v from 'valibot';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/core/schemas';
import { demoSlug } from '../../src/server/seed/demo-article';
import type { SeedArticle } from '../../src/server/seed/seed-article';
import { createTestServer, newComment, postJson } from '../helpers/server';

type App = Awaited<ReturnType<typeof createTestServer>>['app'];

const countsSchema = v.strictObject({ counts: v.record(v.string(), v.number()) });

/** An article of `approved` shown comments and `pending` ones held for moderation. */
const article = (slug: string, approved: number, pending = 0): SeedArticle => ({
  slug,
  title: slug,
  bodyHtml: '<p>Body</p>',
  commentsOpen: true,
  comments: [
    ...Array.from({ length: approved }, () => 'approved' as const),
    ...Array.from({ length: pending }, () => 'pending' as const),
  ].map((status, i) => ({
    parentIndex: null,
    authorName: `Reader ${i}`,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    body: `Comment ${i}`,
    status,
  })),
});

async function counts(app: App, ids: string, headers: Record<string, string> = {}) {
  const res = await app.request(`/api/counts?articles=${ids}`, { headers });
  expect(res.status).toBe(200);
  return v.parse(countsSchema, await res.json()).counts;
}

async function expectRefusal(app: App, query: string, code: string) {
  const res = await app.request(`/api/counts${query}`);
  expect(res.status).toBe(400);
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  const { error } = v.parse(apiErrorSchema, await res.json());
  expect(error.code).toBe(code);
  expect(error.field).toBe('articles');
  expect(error.message).not.toBe('');
  return error.message;
}

describe('GET /api/counts', () => {
  it('counts the shown comments of each article asked for, and leaves unknown ones out', async () => {
    const { app, store } = await createTestServer();
    await store.seedArticle(article('three-shown', 3, 2));
    await store.seedArticle(article('none-yet', 0));
    expect(await counts(app, `${demoSlug},three-shown,none-yet,no-such-article`)).toEqual({
      [demoSlug]: 7,
      'three-shown': 3,
      'none-yet': 0,
    });
    // Names an object's prototype has are ids like any other.
    expect(await counts(app, 'constructor,prototype')).toEqual({});
  });

  it('answers any origin, in the same bytes for any order of the same ids', async () => {
    const { app, store } = await createTestServer();
    await store.seedArticle(article('three-shown', 3));
    const res = await app.request(`/api/counts?articles=three-shown,${demoSlug},three-shown`, {
      headers: { origin: 'https://blog.example.com' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('content-type')).toBe('application/json');
    const text = await res.text();
    const other = await app.request(`/api/counts?articles=${demoSlug},three-shown`);
    expect(await other.text()).toBe(text);
  });

  it('is gzipped for clients that take gzip', async () => {
    const { app } = await createTestServer();
    const res = await app.request(`/api/counts?articles=${demoSlug}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toContain('Accept-Encoding');
    const body = gunzipSync(Buffer.from(await res.arrayBuffer())).toString();
    expect(JSON.parse(body)).toEqual({ counts: { [demoSlug]: 7 } });
  });

  it('takes 100 ids and refuses the 101st, saying how many it takes', async () => {
    const { app } = await createTestServer();
    const ids = Array.from({ length: 100 }, (_, i) => `article-${i}`);
    expect(await counts(app, [demoSlug, ...ids.slice(1)].join(','))).toEqual({ [demoSlug]: 7 });
    const message = await expectRefusal(
      app,
      `?articles=${[...ids, 'one-more'].join(',')}`,
      'too_many_articles',
    );
    expect(message).toMatch(/at most 100/);
  });

  it('refuses an id too long, an id that is not one, and a missing list', async () => {
    const { app } = await createTestServer();
    const tooLong = 'a'.repeat(201);
    expect(await counts(app, 'a'.repeat(200))).toEqual({});
    const message = await expectRefusal(app, `?articles=${demoSlug},${tooLong}`, 'invalid_query');
    expect(message).toMatch(/number 2/);
    expect(message).not.toContain(tooLong);
    await expectRefusal(app, '?articles=Capitals', 'invalid_query');
    await expectRefusal(app, `?articles=${demoSlug},,other`, 'invalid_query');
    await expectRefusal(app, '?articles=%3Cscript%3E', 'invalid_query');
    await expectRefusal(app, '?articles=', 'invalid_query');
    await expectRefusal(app, '', 'invalid_query');
  });

  it('is read once until a write, and counts a new comment after it', async () => {
    const { app, store } = await createTestServer();
    const first = await store.countComments([demoSlug]);
    expect(await store.countComments([demoSlug])).toBe(first);
    expect(await counts(app, demoSlug)).toEqual({ [demoSlug]: 7 });

    const posted = await app.request(
      `/api/articles/${demoSlug}/comments`,
      postJson(newComment({ body: 'One more.' })),
    );
    expect(posted.status).toBe(201);
    expect(await store.countComments([demoSlug])).not.toBe(first);
    expect(await counts(app, demoSlug)).toEqual({ [demoSlug]: 8 });
  });

  it('does not count a comment held for moderation', async () => {
    const { app } = await createTestServer({ newCommentStatus: 'pending' });
    const posted = await app.request(
      `/api/articles/${demoSlug}/comments`,
      postJson(newComment({ body: 'Held.' })),
    );
    expect(posted.status).toBe(201);
    expect(await counts(app, demoSlug)).toEqual({ [demoSlug]: 7 });
  });
});
