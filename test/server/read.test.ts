// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  apiErrorSchema,
  articleListSchema,
  articleSchema,
  commentPageSchema,
  type Comment,
} from '../../src/core/schemas';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createTestServer } from '../helpers/server';

const commentsUrl = (query = '') => `/api/articles/${demoSlug}/comments${query}`;

type App = Awaited<ReturnType<typeof createTestServer>>['app'];

async function getPage(app: App, query = '') {
  const res = await app.request(commentsUrl(query));
  expect(res.status).toBe(200);
  return v.parse(commentPageSchema, await res.json());
}

async function expectError(res: Response, status: number, code: string, field?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = v.parse(apiErrorSchema, await res.json());
  expect(body.error.code).toBe(code);
  expect(body.error.message).not.toBe('');
  expect(body.error.field).toBe(field);
}

/** "author @ createdAt" of each comment, which names the demo comments uniquely. */
const label = (c: Comment) => `${c.author.name} @ ${c.createdAt}`;

describe('health and articles', () => {
  it('GET /healthz answers ok', async () => {
    const { app } = await createTestServer();
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('GET /api/articles lists the demo article with its 7 comments and no date', async () => {
    const { app } = await createTestServer();
    const res = await app.request('/api/articles');
    expect(res.status).toBe(200);
    const list = v.parse(articleListSchema, await res.json());
    expect(list.articles).toEqual([
      {
        slug: demoSlug,
        title: 'USA: Trump tells Russia to get its troops out of\u00a0Venezuela',
        commentCount: 7,
      },
    ]);
    expect(list.articles[0]).not.toHaveProperty('publishedAt');
  });

  it('GET /api/articles/:slug returns the whole article', async () => {
    const { app } = await createTestServer();
    const res = await app.request(`/api/articles/${demoSlug}`);
    expect(res.status).toBe(200);
    const article = v.parse(articleSchema, await res.json());
    expect(article.slug).toBe(demoSlug);
    expect(article.title).toBe('USA: Trump tells Russia to get its troops out of\u00a0Venezuela');
    expect(article.bodyHtml).toMatch(/^<p>The arrival of two Russian air force planes/);
    expect(article.bodyHtml.split('\n')).toHaveLength(16);
    expect(article.leadImage).toEqual({
      caption: expect.stringMatching(/^U\.S\. President Donald Trump meets with Fabiana Rosales/),
      credit: 'REUTERS/Carlos Barria',
    });
    expect(article.leadImage).not.toHaveProperty('src');
    expect(article.commentsOpen).toBe(true);
    expect(article.commentCount).toBe(7);
    expect(article).not.toHaveProperty('publishedAt');
    expect(article).not.toHaveProperty('author');
  });

  it('GET /api/articles/:slug of an unknown slug is a 404 JSON error', async () => {
    const { app } = await createTestServer();
    const res = await app.request('/api/articles/no-such-article');
    await expectError(res, 404, 'article_not_found');
  });

  it('an unknown /api path is a 404 JSON error', async () => {
    const { app } = await createTestServer();
    await expectError(await app.request('/api/nothing-here'), 404, 'not_found');
    await expectError(await app.request('/api/articles/x/y/z'), 404, 'not_found');
  });
});

describe('GET comments', () => {
  it('returns all 7 demo comments on one page', async () => {
    const { app } = await createTestServer();
    const page = await getPage(app);
    expect(page.comments).toHaveLength(7);
    expect(page.total).toBe(7);
    expect(page.nextCursor).toBeNull();
    for (const c of page.comments) {
      expect(c.status).toBe('approved');
      expect(c.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(c).not.toHaveProperty('email');
      expect(c.author).not.toHaveProperty('email');
    }
    // Guyana time (UTC-04:00) stored in UTC.
    expect(page.comments[0]).toMatchObject({
      author: { name: 'Rosaliene Bacchus' },
      createdAt: '2019-03-28T17:00:00.000Z',
      parentId: null,
      body: 'War in Venezuela would be catastrophic for the region: Guyana, the Caribbean, and the rest of South America.',
    });
  });

  it("Trevor's 2019-04-01 comment replies to wally n's of 2019-03-31", async () => {
    const { app } = await createTestServer();
    const { comments } = await getPage(app);
    const wally = comments.find(
      (c) => c.author.name === 'wally n' && c.createdAt.startsWith('2019-03-31'),
    );
    const trevor = comments.find(
      (c) => c.author.name === 'Trevor' && c.createdAt.startsWith('2019-04-01'),
    );
    expect(wally).toBeDefined();
    expect(trevor).toBeDefined();
    expect(wally!.createdAt).toBe('2019-03-31T23:08:00.000Z');
    expect(trevor!.createdAt).toBe('2019-04-01T11:35:00.000Z');
    expect(trevor!.parentId).toBe(wally!.id);
    expect(wally!.parentId).toBeNull();
    // It is the only reply.
    expect(comments.filter((c) => c.parentId !== null)).toEqual([trevor]);
    // Paragraphs are kept as plain text separated by blank lines.
    expect(trevor!.body.split('\n\n')).toHaveLength(2);
  });

  it('sort=oldest (the default) orders root threads oldest first', async () => {
    const { app } = await createTestServer();
    const expected = [
      'Rosaliene Bacchus @ 2019-03-28T17:00:00.000Z',
      'wally n @ 2019-03-28T18:45:00.000Z',
      'Trevor @ 2019-03-31T19:50:00.000Z',
      'Trevor @ 2019-03-31T19:54:00.000Z',
      'wally n @ 2019-03-31T23:08:00.000Z',
      'Trevor @ 2019-04-01T11:35:00.000Z',
      'Clyde Duncan @ 2019-04-02T03:48:00.000Z',
    ];
    expect((await getPage(app)).comments.map(label)).toEqual(expected);
    expect((await getPage(app, '?sort=oldest')).comments.map(label)).toEqual(expected);
  });

  it('sort=newest orders root threads newest first, replies still after their parent', async () => {
    const { app } = await createTestServer();
    const page = await getPage(app, '?sort=newest');
    expect(page.comments.map(label)).toEqual([
      'Clyde Duncan @ 2019-04-02T03:48:00.000Z',
      'wally n @ 2019-03-31T23:08:00.000Z',
      'Trevor @ 2019-04-01T11:35:00.000Z',
      'Trevor @ 2019-03-31T19:54:00.000Z',
      'Trevor @ 2019-03-31T19:50:00.000Z',
      'wally n @ 2019-03-28T18:45:00.000Z',
      'Rosaliene Bacchus @ 2019-03-28T17:00:00.000Z',
    ]);
  });

  it('sort=replies puts the thread with most replies first, then the rest oldest first', async () => {
    const { app } = await createTestServer();
    const page = await getPage(app, '?sort=replies');
    expect(page.comments.map(label)).toEqual([
      'wally n @ 2019-03-31T23:08:00.000Z',
      'Trevor @ 2019-04-01T11:35:00.000Z',
      'Rosaliene Bacchus @ 2019-03-28T17:00:00.000Z',
      'wally n @ 2019-03-28T18:45:00.000Z',
      'Trevor @ 2019-03-31T19:50:00.000Z',
      'Trevor @ 2019-03-31T19:54:00.000Z',
      'Clyde Duncan @ 2019-04-02T03:48:00.000Z',
    ]);
  });

  it('keeps replies inside a thread in time order whatever the sort', async () => {
    const { app, store } = await createTestServer();
    await store.seedArticle({
      slug: 'nested',
      title: 'Nested',
      bodyHtml: '<p>x</p>',
      commentsOpen: true,
      comments: [
        { parentIndex: null, authorName: 'root', createdAt: '2024-01-01T10:00:00Z', body: 'r' },
        { parentIndex: 0, authorName: 'a', createdAt: '2024-01-01T11:00:00Z', body: 'a' },
        { parentIndex: 0, authorName: 'b', createdAt: '2024-01-01T12:00:00Z', body: 'b' },
        { parentIndex: 1, authorName: 'a1', createdAt: '2024-01-01T13:00:00Z', body: 'a1' },
      ],
    });
    for (const sort of ['oldest', 'newest', 'replies']) {
      const res = await app.request(`/api/articles/nested/comments?sort=${sort}`);
      const page = v.parse(commentPageSchema, await res.json());
      expect(page.comments.map((c) => c.author.name)).toEqual(['root', 'a', 'b', 'a1']);
    }
  });

  it('pages hold whole threads: a thread that does not fit starts the next page', async () => {
    const { app } = await createTestServer();
    // Oldest first the threads hold 1, 1, 1, 1, 2 and 1 comments.
    const first = await getPage(app, '?limit=5');
    expect(first.comments.map((c) => c.author.name)).toEqual([
      'Rosaliene Bacchus',
      'wally n',
      'Trevor',
      'Trevor',
    ]);
    expect(first.total).toBe(7);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await getPage(app, `?limit=5&cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect(second.comments.map((c) => c.author.name)).toEqual([
      'wally n',
      'Trevor',
      'Clyde Duncan',
    ]);
    expect(second.comments[1]!.parentId).toBe(second.comments[0]!.id);
    expect(second.total).toBe(7);
    expect(second.nextCursor).toBeNull();
  });

  it('a thread larger than the page continues on the next page', async () => {
    const { app } = await createTestServer();
    const first = await getPage(app, '?sort=replies&limit=1');
    expect(first.comments.map(label)).toEqual(['wally n @ 2019-03-31T23:08:00.000Z']);
    const second = await getPage(app, `?sort=replies&limit=1&cursor=${first.nextCursor}`);
    expect(second.comments.map(label)).toEqual(['Trevor @ 2019-04-01T11:35:00.000Z']);
    expect(second.comments[0]!.parentId).toBe(first.comments[0]!.id);
  });

  it('a page that ends on the last thread has no next cursor', async () => {
    const { app } = await createTestServer();
    const first = await getPage(app, '?limit=6');
    expect(first.comments).toHaveLength(6);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await getPage(app, `?limit=6&cursor=${first.nextCursor}`);
    expect(second.comments.map((c) => c.author.name)).toEqual(['Clyde Duncan']);
    expect(second.nextCursor).toBeNull();
    expect((await getPage(app, '?limit=7')).nextCursor).toBeNull();
  });

  it('GET comments of an unknown article is a 404', async () => {
    const { app } = await createTestServer();
    await expectError(await app.request('/api/articles/nope/comments'), 404, 'article_not_found');
  });

  it.each([
    ['?sort=best', 'invalid_query', 'sort'],
    ['?sort=', 'invalid_query', 'sort'],
    ['?limit=0', 'invalid_query', 'limit'],
    ['?limit=501', 'invalid_query', 'limit'],
    ['?limit=ten', 'invalid_query', 'limit'],
    ['?limit=1.5', 'invalid_query', 'limit'],
    ['?limit=-1', 'invalid_query', 'limit'],
    ['?cursor=not-a-cursor', 'invalid_cursor', 'cursor'],
    ['?cursor=', 'invalid_cursor', 'cursor'],
  ])('GET comments%s is a 400 naming the field', async (query, code, field) => {
    const { app } = await createTestServer();
    await expectError(await app.request(commentsUrl(query)), 400, code, field);
  });

  it('accepts limit=500 and limit=1 at the bounds', async () => {
    const { app } = await createTestServer();
    expect((await getPage(app, '?limit=500')).comments).toHaveLength(7);
    expect((await getPage(app, '?limit=1')).comments).toHaveLength(1);
  });

  it('refuses a cursor given out for another sort order', async () => {
    const { app } = await createTestServer();
    const { nextCursor } = await getPage(app, '?sort=oldest&limit=2');
    expect(nextCursor).toEqual(expect.any(String));
    await expectError(
      await app.request(commentsUrl(`?sort=newest&limit=2&cursor=${nextCursor}`)),
      400,
      'invalid_cursor',
      'cursor',
    );
  });
});
