// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import {
  apiErrorSchema,
  articleListSchema,
  articleSchema,
  commentPageSchema,
  commentSchema,
} from '../../src/core/schemas';
import { createApp } from '../../src/server/app';
import { defaultConfig } from '../../src/server/config';
import { openDb } from '../../src/server/db';
import { seedDemo } from '../../src/server/seed';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createSqliteStore } from '../../src/server/sqlite-store';
import type { Store } from '../../src/server/store';
import { createTestServer, newComment, newKey, postJson } from '../helpers/server';

const commentsUrl = `/api/articles/${demoSlug}/comments`;
const fixedNow = new Date('2024-05-06T07:08:09.123Z');

type App = Awaited<ReturnType<typeof createTestServer>>['app'];

async function post(app: App, body: unknown, url = commentsUrl) {
  return app.request(url, postJson(body));
}

async function listComments(app: App, slug = demoSlug) {
  const res = await app.request(`/api/articles/${slug}/comments?limit=500`);
  expect(res.status).toBe(200);
  return v.parse(commentPageSchema, await res.json());
}

async function expectError(res: Response, status: number, code: string, field?: string) {
  expect(res.status).toBe(status);
  const body = v.parse(apiErrorSchema, await res.json());
  expect(body.error.code).toBe(code);
  expect(body.error.message).not.toBe('');
  expect(body.error.field).toBe(field);
}

describe('POST a comment', () => {
  it('stores it and answers 201 with the comment, without the email', async () => {
    const { app } = await createTestServer({ now: () => fixedNow });
    const res = await post(
      app,
      newComment({
        author: { name: '  Ana Reader ', email: 'ana@example.com', url: 'https://ana.example/' },
        body: '  First paragraph.\n\nSecond paragraph.  ',
      }),
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('Idempotent-Replayed')).toBeNull();
    const raw: unknown = await res.json();
    expect(JSON.stringify(raw)).not.toContain('ana@example.com');
    const comment = v.parse(commentSchema, raw);
    expect(comment).toEqual({
      id: expect.stringMatching(/^\d+$/),
      parentId: null,
      author: { name: 'Ana Reader', url: 'https://ana.example/' },
      createdAt: '2024-05-06T07:08:09.123Z',
      body: 'First paragraph.\n\nSecond paragraph.',
      status: 'approved',
    });

    const page = await listComments(app);
    expect(page.total).toBe(8);
    expect(page.comments).toHaveLength(8);
    // The newest root thread is last when sorted oldest first.
    expect(page.comments.at(-1)).toEqual(comment);
    expect(JSON.stringify(page)).not.toContain('ana@example.com');

    const article = v.parse(
      articleSchema,
      await (await app.request(`/api/articles/${demoSlug}`)).json(),
    );
    expect(article.commentCount).toBe(8);
    const list = v.parse(articleListSchema, await (await app.request('/api/articles')).json());
    expect(list.articles[0]!.commentCount).toBe(8);
  });

  it('answers a createdAt in UTC with Z from the real clock', async () => {
    const { app } = await createTestServer();
    const before = Date.now();
    const comment = v.parse(commentSchema, await (await post(app, newComment())).json());
    expect(comment.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(comment.createdAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(comment.createdAt)).toBeLessThanOrEqual(Date.now());
  });

  it('posts a reply under its parent, inside the parent thread', async () => {
    const { app } = await createTestServer();
    const before = await listComments(app);
    const rosaliene = before.comments[0]!;
    expect(rosaliene.author.name).toBe('Rosaliene Bacchus');

    const res = await post(app, newComment({ parentId: rosaliene.id, body: 'I agree.' }));
    expect(res.status).toBe(201);
    const reply = v.parse(commentSchema, await res.json());
    expect(reply.parentId).toBe(rosaliene.id);

    const after = await listComments(app);
    expect(after.total).toBe(8);
    expect(after.comments.map((c) => c.id).slice(0, 2)).toEqual([rosaliene.id, reply.id]);

    // A reply to a reply lands in the same thread.
    const deeper = v.parse(
      commentSchema,
      await (await post(app, newComment({ parentId: reply.id, body: 'Me too.' }))).json(),
    );
    const final = await listComments(app);
    expect(final.comments.map((c) => c.id).slice(0, 3)).toEqual([
      rosaliene.id,
      reply.id,
      deeper.id,
    ]);
  });

  it('holds a comment for moderation when new comments are pending', async () => {
    const { app } = await createTestServer({ newCommentStatus: 'pending' });
    const res = await post(app, newComment({ body: 'Held for review.' }));
    expect(res.status).toBe(201);
    const comment = v.parse(commentSchema, await res.json());
    expect(comment.status).toBe('pending');
    expect(comment.body).toBe('Held for review.');

    const page = await listComments(app);
    expect(page.total).toBe(7);
    expect(page.comments.map((c) => c.id)).not.toContain(comment.id);
    const article = v.parse(
      articleSchema,
      await (await app.request(`/api/articles/${demoSlug}`)).json(),
    );
    expect(article.commentCount).toBe(7);
    const list = v.parse(articleListSchema, await (await app.request('/api/articles')).json());
    expect(list.articles[0]!.commentCount).toBe(7);
  });

  it('refuses a reply to a comment that is still pending (404), as if it did not exist', async () => {
    const { app } = await createTestServer({ newCommentStatus: 'pending' });
    const held = v.parse(commentSchema, await (await post(app, newComment())).json());
    const res = await post(app, newComment({ parentId: held.id }));
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({
      error: { code: 'parent_not_found', field: 'parentId' },
    });
  });
});

describe('idempotency', () => {
  it('replays the first comment for the same key and body, storing nothing new', async () => {
    const { app } = await createTestServer();
    const body = newComment({ body: 'Only once, please.' });
    const first = await post(app, body);
    expect(first.status).toBe(201);
    const created = v.parse(commentSchema, await first.json());

    const again = await post(app, body);
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(v.parse(commentSchema, await again.json())).toEqual(created);

    const page = await listComments(app);
    expect(page.total).toBe(8);
    expect(page.comments.filter((c) => c.body === 'Only once, please.')).toHaveLength(1);
  });

  it('treats a body that differs only in surrounding spaces as the same request', async () => {
    const { app } = await createTestServer();
    const body = newComment({ body: 'Same words.' });
    const created = v.parse(commentSchema, await (await post(app, body)).json());
    const again = await post(app, { ...body, body: '  Same words.\n' });
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(v.parse(commentSchema, await again.json()).id).toBe(created.id);
  });

  it('refuses the same key with a different comment: 422, nothing stored', async () => {
    const { app } = await createTestServer();
    const body = newComment({ body: 'The first words.' });
    expect((await post(app, body)).status).toBe(201);
    await expectError(
      await post(app, { ...body, body: 'Other words.' }),
      422,
      'idempotency_key_reused',
      'idempotencyKey',
    );
    await expectError(
      await post(app, { ...body, author: { name: 'Someone Else', email: 'ana@example.com' } }),
      422,
      'idempotency_key_reused',
      'idempotencyKey',
    );
    const page = await listComments(app);
    expect(page.total).toBe(8);
    expect(page.comments.map((c) => c.body)).not.toContain('Other words.');
  });

  it('refuses the same key used for another article', async () => {
    const { app, store } = await createTestServer();
    await store.seedArticle({
      slug: 'other',
      title: 'Other',
      bodyHtml: '<p>o</p>',
      commentsOpen: true,
      comments: [],
    });
    const body = newComment();
    expect((await post(app, body)).status).toBe(201);
    await expectError(
      await post(app, body, '/api/articles/other/comments'),
      422,
      'idempotency_key_reused',
      'idempotencyKey',
    );
    expect((await listComments(app, 'other')).total).toBe(0);
  });

  describe('across a restart', () => {
    const dirs: string[] = [];
    const stores: Store[] = [];
    afterEach(async () => {
      for (const store of stores.splice(0)) await store.close().catch(() => undefined);
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    });

    async function start(file: string) {
      const store = createSqliteStore(openDb(file));
      stores.push(store);
      await seedDemo(store);
      return { store, app: createApp(store, defaultConfig) };
    }

    it('replays a key used before the server restarted', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'parley-test-'));
      dirs.push(dir);
      const file = join(dir, 'parley.db');
      const body = newComment({ body: 'Sent just before the restart.' });

      const before = await start(file);
      const res = await post(before.app, body);
      expect(res.status).toBe(201);
      const created = v.parse(commentSchema, await res.json());
      await before.store.close();

      const after = await start(file);
      const again = await post(after.app, body);
      expect(again.status).toBe(201);
      expect(again.headers.get('Idempotent-Replayed')).toBe('true');
      expect(v.parse(commentSchema, await again.json())).toEqual(created);

      const page = await listComments(after.app);
      expect(page.total).toBe(8);
      expect(page.comments.filter((c) => c.id === created.id)).toEqual([created]);
    });
  });
});

describe('refused comments', () => {
  it('400 invalid_json for a body that is not JSON', async () => {
    const { app } = await createTestServer();
    const res = await app.request(commentsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"author": ',
    });
    await expectError(res, 400, 'invalid_json');
    expect((await listComments(app)).total).toBe(7);
  });

  it.each([
    ['a bad email', { author: { name: 'Ana', email: 'not-an-email' } }, 'author.email'],
    ['a missing email', { author: { name: 'Ana' } }, 'author.email'],
    ['an empty name', { author: { name: '   ', email: 'ana@example.com' } }, 'author.name'],
    [
      'a name over 100 characters',
      { author: { name: 'n'.repeat(101), email: 'ana@example.com' } },
      'author.name',
    ],
    ['an empty body', { body: '' }, 'body'],
    ['a body of only spaces', { body: '  \n\n ' }, 'body'],
    ['a body over 10,000 characters', { body: 'x'.repeat(10_001) }, 'body'],
    [
      'a javascript: url',
      { author: { name: 'Ana', email: 'ana@example.com', url: 'javascript:alert(1)' } },
      'author.url',
    ],
    [
      'a url without a scheme',
      { author: { name: 'Ana', email: 'ana@example.com', url: 'ana.example' } },
      'author.url',
    ],
    ['a short idempotency key', { idempotencyKey: 'short' }, 'idempotencyKey'],
    ['an idempotency key with spaces', { idempotencyKey: 'has spaces in it' }, 'idempotencyKey'],
    ['a missing idempotency key', { idempotencyKey: undefined }, 'idempotencyKey'],
    ['a parentId that is not an id', { parentId: 'abc' }, 'parentId'],
  ])('400 invalid_input for %s', async (_what, overrides, field) => {
    const { app } = await createTestServer();
    await expectError(await post(app, newComment(overrides)), 400, 'invalid_input', field);
    expect((await listComments(app)).total).toBe(7);
  });

  it('accepts a body of exactly 10,000 characters', async () => {
    const { app } = await createTestServer();
    const res = await post(app, newComment({ body: 'y'.repeat(10_000) }));
    expect(res.status).toBe(201);
    expect(v.parse(commentSchema, await res.json()).body).toHaveLength(10_000);
  });

  it('404 for an unknown article', async () => {
    const { app } = await createTestServer();
    await expectError(
      await post(app, newComment(), '/api/articles/no-such-article/comments'),
      404,
      'article_not_found',
    );
  });

  it('404 parent_not_found for an unknown parent', async () => {
    const { app } = await createTestServer();
    await expectError(
      await post(app, newComment({ parentId: '999999' })),
      404,
      'parent_not_found',
      'parentId',
    );
    expect((await listComments(app)).total).toBe(7);
  });

  it('404 parent_not_found for a parent on another article', async () => {
    const { app, store } = await createTestServer();
    await store.seedArticle({
      slug: 'elsewhere',
      title: 'Elsewhere',
      bodyHtml: '<p>e</p>',
      commentsOpen: true,
      comments: [
        { parentIndex: null, authorName: 'Bo', createdAt: '2024-01-01T00:00:00Z', body: 'Hi.' },
      ],
    });
    const [foreign] = (await listComments(app, 'elsewhere')).comments;
    expect(foreign?.author.name).toBe('Bo');
    await expectError(
      await post(app, newComment({ parentId: foreign!.id })),
      404,
      'parent_not_found',
      'parentId',
    );
    expect((await listComments(app)).total).toBe(7);
    expect((await listComments(app, 'elsewhere')).total).toBe(1);
  });

  it('413 too_large for a request over 64 KB', async () => {
    const { app } = await createTestServer();
    const body = newComment({ body: 'z'.repeat(64 * 1024) });
    expect(JSON.stringify(body).length).toBeGreaterThan(64 * 1024);
    await expectError(await post(app, body), 413, 'too_large');
    expect((await listComments(app)).total).toBe(7);
  });

  it('415 unsupported_media_type for a body that is not application/json', async () => {
    const { app } = await createTestServer();
    const res = await app.request(commentsUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(newComment()),
    });
    await expectError(res, 415, 'unsupported_media_type');
    expect((await listComments(app)).total).toBe(7);
  });

  it('accepts application/json with a charset', async () => {
    const { app } = await createTestServer();
    const res = await app.request(commentsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(newComment()),
    });
    expect(res.status).toBe(201);
  });

  it('403 comments_closed on an article closed to comments', async () => {
    const { app, store } = await createTestServer();
    await store.seedArticle({
      slug: 'closed',
      title: 'Closed',
      bodyHtml: '<p>c</p>',
      commentsOpen: false,
      comments: [
        {
          parentIndex: null,
          authorName: 'Cy',
          createdAt: '2024-01-01T00:00:00Z',
          body: 'Last word.',
        },
      ],
    });
    const article = v.parse(
      articleSchema,
      await (await app.request('/api/articles/closed')).json(),
    );
    expect(article.commentsOpen).toBe(false);
    expect(article.commentCount).toBe(1);

    await expectError(
      await post(app, newComment(), '/api/articles/closed/comments'),
      403,
      'comments_closed',
    );
    const [last] = (await listComments(app, 'closed')).comments;
    await expectError(
      await post(
        app,
        newComment({ parentId: last!.id, idempotencyKey: newKey() }),
        '/api/articles/closed/comments',
      ),
      403,
      'comments_closed',
    );
    expect((await listComments(app, 'closed')).total).toBe(1);
  });
});
