// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { apiErrorSchema, articleListSchema, articleSchema } from '../../src/core/schemas';
import { adminTokenFromEnv } from '../../src/server/admin-auth';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createTestServer, newComment, postJson } from '../helpers/server';

const token = 'test-admin-token-0123456789abcdef0123456789';
const slug = 'a-new-post';

type App = Awaited<ReturnType<typeof createTestServer>>['app'];

const adminServer = () => createTestServer({ adminToken: token });

function send(
  app: App,
  method: 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  authorization: string | null = `Bearer ${token}`,
) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== null) headers.authorization = authorization;
  return app.request(path, {
    method,
    headers,
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

const put = (app: App, body: unknown, at = slug) => send(app, 'PUT', `/api/articles/${at}`, body);
const patch = (app: App, body: unknown, at = slug) =>
  send(app, 'PATCH', `/api/articles/${at}`, body);
const remove = (app: App, query = '', at = slug) =>
  send(app, 'DELETE', `/api/articles/${at}${query}`);

const post = { title: 'A new post', body: '<p>Hello.</p>' };

async function expectError(res: Response, status: number, code: string, field?: string) {
  expect(res.status).toBe(status);
  const { error } = v.parse(apiErrorSchema, await res.json());
  expect(error.code).toBe(code);
  expect(error.message).not.toBe('');
  expect(error.field).toBe(field);
  return error.message;
}

async function getArticle(app: App, at = slug) {
  const res = await app.request(`/api/articles/${at}`);
  expect(res.status).toBe(200);
  return v.parse(articleSchema, await res.json());
}

async function commentTotal(app: App, at = slug) {
  const res = await app.request(`/api/articles/${at}/comments`);
  return res.status === 200 ? ((await res.json()) as { total: number }).total : res.status;
}

async function addComments(app: App, count: number, at = slug) {
  for (let i = 0; i < count; i++) {
    const res = await app.request(`/api/articles/${at}/comments`, postJson(newComment()));
    expect(res.status).toBe(201);
  }
}

describe('the admin token', () => {
  it('leaves the routes out when PARLEY_ADMIN_TOKEN is not set (404, as if absent)', async () => {
    const { app } = await createTestServer();
    for (const res of [
      await put(app, post),
      await patch(app, { commentsOpen: false }, demoSlug),
      await remove(app, '', demoSlug),
    ]) {
      await expectError(res, 404, 'not_found');
      expect(res.headers.get('WWW-Authenticate')).toBeNull();
    }
    expect((await getArticle(app, demoSlug)).commentsOpen).toBe(true);
  });

  it('answers 401 with WWW-Authenticate: Bearer to a request without the token', async () => {
    const { app } = await adminServer();
    for (const authorization of [null, '', 'Bearer', `Basic ${btoa(`admin:${token}`)}`, token]) {
      const res = await send(app, 'PUT', `/api/articles/${slug}`, post, authorization);
      await expectError(res, 401, 'unauthorized');
      expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer realm="parley"$/);
    }
    expect((await app.request(`/api/articles/${slug}`)).status).toBe(404);
  });

  it('answers 401 to a wrong token, of any length, and changes nothing', async () => {
    const { app } = await adminServer();
    for (const wrong of [`${token}x`, token.slice(0, -1), 'x', `${token.slice(0, -1)}X`]) {
      const res = await send(
        app,
        'DELETE',
        `/api/articles/${demoSlug}`,
        undefined,
        `Bearer ${wrong}`,
      );
      await expectError(res, 401, 'unauthorized');
      expect(res.headers.get('WWW-Authenticate')).toContain('error="invalid_token"');
    }
    expect((await getArticle(app, demoSlug)).title).toMatch(/Trump/);
  });

  it('takes the scheme in any case', async () => {
    const { app } = await adminServer();
    const res = await send(app, 'PUT', `/api/articles/${slug}`, post, `bearer ${token}`);
    expect(res.status).toBe(201);
  });

  it('is read from the environment: unset or empty is none, a short one stops the server', () => {
    expect(adminTokenFromEnv(undefined)).toBeNull();
    expect(adminTokenFromEnv('')).toBeNull();
    expect(adminTokenFromEnv(token)).toBe(token);
    expect(() => adminTokenFromEnv('short')).toThrow(/at least 32/);
    expect(() => adminTokenFromEnv(`${token} with spaces`)).toThrow(/without spaces/);
  });
});

describe('PUT /api/articles/:slug', () => {
  it('creates the article (201, Location), shown and listed', async () => {
    const { app } = await adminServer();
    const res = await put(app, {
      title: '  A new post ',
      url: 'HTTPS://Blog.Example.com/posts/a new post',
      lang: 'pt-br',
      author: 'Ana',
      publishedAt: '2026-03-01T10:00:00+01:00',
      commentsOpen: true,
      body: '<p>Hello, <em>readers</em>.</p>',
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe(`/api/articles/${slug}`);
    const expected = {
      slug,
      title: 'A new post',
      url: 'https://blog.example.com/posts/a%20new%20post',
      lang: 'pt-BR',
      author: 'Ana',
      publishedAt: '2026-03-01T09:00:00.000Z',
      bodyHtml: '<p>Hello, <em>readers</em>.</p>',
      commentsOpen: true,
      commentCount: 0,
    };
    expect(await res.json()).toEqual(expected);
    expect(await getArticle(app)).toEqual(expected);
    const list = v.parse(articleListSchema, await (await app.request('/api/articles')).json());
    expect(list.articles.map((article) => article.slug)).toContain(slug);
  });

  it('stores the body sanitised: no script, no event handler, no javascript: link', async () => {
    const { app } = await adminServer();
    const res = await put(app, {
      title: 'Hostile',
      body: [
        '<div class="wp-block"><p>Kept inside a wrapper, <font>old font</font> and all.</p></div>',
        '<p><a href="https://example.org/">a link</a> <a href="javascript:alert(1)">no</a>',
        ' <a href="JaVaScRiPt&#58;alert(1)">no either</a></p>',
        '<img src="/photo.png" alt="a photo" onerror="alert(2)">',
        '<script>alert(3)</script><p onclick="alert(4)" style="color:red" lang="es">Último.</p>',
        '<iframe src="https://evil.example/"></iframe><svg><script>alert(5)</script></svg>',
      ].join(''),
    });
    expect(res.status).toBe(201);
    expect((await getArticle(app, slug)).bodyHtml).toBe(
      '<p>Kept inside a wrapper, old font and all.</p>' +
        '<p><a href="https://example.org/">a link</a> <a>no</a> <a>no either</a></p>' +
        '<img src="/photo.png" alt="a photo" />' +
        '<p lang="es">Último.</p>',
    );
  });

  it('renders a Markdown body, raw HTML kept as text, and sanitises it', async () => {
    const { app } = await adminServer();
    const res = await put(app, {
      title: 'In Markdown',
      format: 'markdown',
      body: [
        '# A section',
        '',
        'Some *emphasis*, a [link](https://example.org/) and [a trap](javascript:alert(1)).',
        '',
        '<script>alert(1)</script> <img src=x onerror=alert(2)>',
        '',
        '- one',
        '- two',
      ].join('\n'),
    });
    expect(res.status).toBe(201);
    expect((await getArticle(app)).bodyHtml).toBe(
      [
        '<h2>A section</h2>',
        '<p>Some <em>emphasis</em>, a <a href="https://example.org/">link</a> and [a trap](javascript:alert(1)).</p>',
        '<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;</p>',
        '<ul>',
        '<li>one</li>',
        '<li>two</li>',
        '</ul>',
      ].join('\n'),
    );
  });

  it('stores a title with markup as text', async () => {
    const { app } = await adminServer();
    const title = '<b>Bold</b> & <script>alert(1)</script>';
    expect((await put(app, { ...post, title })).status).toBe(201);
    expect((await getArticle(app)).title).toBe(title);
  });

  it('replaces the whole article and keeps its discussion', async () => {
    const { app } = await adminServer();
    await put(app, { ...post, author: 'Ana', lang: 'en', url: 'https://example.com/a' });
    await addComments(app, 2);
    const res = await put(app, { title: 'Second title', body: 'Plain *text*', format: 'markdown' });
    expect(res.status).toBe(200);
    expect(res.headers.get('Location')).toBeNull();
    expect(await getArticle(app)).toEqual({
      slug,
      title: 'Second title',
      bodyHtml: '<p>Plain <em>text</em></p>',
      commentsOpen: true,
      commentCount: 2,
    });
    expect(await commentTotal(app)).toBe(2);
  });

  it('refuses a slug that is too long or not lowercase words', async () => {
    const { app } = await adminServer();
    const long = await expectError(
      await put(app, post, 'a'.repeat(201)),
      400,
      'invalid_input',
      'slug',
    );
    expect(long).toMatch(/at most 200/);
    await expectError(await put(app, post, 'Not_A_Slug'), 400, 'invalid_input', 'slug');
    expect((await put(app, post, 'a'.repeat(200))).status).toBe(201);
  });

  it('refuses what the article schema refuses, naming the field', async () => {
    const { app } = await adminServer();
    const refusals: [unknown, string | undefined, RegExp][] = [
      [{ ...post, lang: 'en_US' }, 'lang', /BCP 47/],
      [{ ...post, lang: 'not a language' }, 'lang', /BCP 47/],
      [{ ...post, lang: 'x'.repeat(65) }, 'lang', /at most 64/],
      [{ ...post, title: 'x'.repeat(301) }, 'title', /at most 300/],
      [{ ...post, title: '   ' }, 'title', /empty/],
      [{ ...post, title: 'Two\nlines' }, 'title', /one line/],
      [{ ...post, url: 'javascript:alert(1)' }, 'url', /http/],
      [{ ...post, url: 'https://user:pw@example.com/' }, 'url', /user name/],
      [{ ...post, publishedAt: '2026-02-30' }, 'publishedAt', /day/],
      [{ ...post, publishedAt: '2026-03-01T10:00:00' }, 'publishedAt', /time zone/],
      [{ ...post, format: 'rtf' }, 'format', /html/],
      [{ ...post, commentsOpen: 'no' }, 'commentsOpen', /true or false/],
      [{ ...post, commentOpen: false }, 'commentOpen', /no such field/],
      [{ title: 'No body' }, 'body', /must have one/],
      [{ ...post, body: 'x'.repeat(500_001) }, 'body', /at most 500,000/],
      [{ ...post, body: '<div>'.repeat(257) }, 'body', /more than 256 deep/],
      [[post], undefined, /JSON object/],
      ['a string', undefined, /JSON object/],
    ];
    for (const [body, field, message] of refusals) {
      expect(await expectError(await put(app, body), 400, 'invalid_input', field)).toMatch(message);
    }
    expect((await app.request(`/api/articles/${slug}`)).status).toBe(404);
  });

  it('takes HTML nested 256 deep', async () => {
    const { app } = await adminServer();
    const res = await put(app, {
      ...post,
      body: `${'<div>'.repeat(256)}Deep${'</div>'.repeat(256)}`,
    });
    expect(res.status).toBe(201);
    expect((await getArticle(app)).bodyHtml).toBe('Deep');
  });

  it('refuses a body that is not JSON, or too large, before it is parsed', async () => {
    const { app } = await adminServer();
    const headers = { authorization: `Bearer ${token}` };
    await expectError(
      await app.request(`/api/articles/${slug}`, { method: 'PUT', headers, body: '{}' }),
      415,
      'unsupported_media_type',
    );
    await expectError(
      await app.request(`/api/articles/${slug}`, {
        method: 'PUT',
        headers: { ...headers, 'content-type': 'application/json' },
        body: '{"title":',
      }),
      400,
      'invalid_json',
    );
    const huge = JSON.stringify({ ...post, body: 'x'.repeat(3 * 1024 * 1024) });
    await expectError(
      await app.request(`/api/articles/${slug}`, {
        method: 'PUT',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': `${huge.length}`,
        },
        body: huge,
      }),
      413,
      'too_large',
    );
  });
});

describe('PATCH /api/articles/:slug', () => {
  it('closes comments, and a new comment is then refused with comments_closed', async () => {
    const { app } = await adminServer();
    const res = await patch(app, { commentsOpen: false }, demoSlug);
    expect(res.status).toBe(200);
    const changed = v.parse(articleSchema, await res.json());
    expect(changed.commentsOpen).toBe(false);
    expect(changed.title).toMatch(/Trump/);
    const refused = await app.request(`/api/articles/${demoSlug}/comments`, postJson(newComment()));
    await expectError(refused, 403, 'comments_closed');

    expect((await patch(app, { commentsOpen: true }, demoSlug)).status).toBe(200);
    await addComments(app, 1, demoSlug);
  });

  it('changes the fields sent, clears those sent as null, and leaves the rest', async () => {
    const { app } = await adminServer();
    await put(app, { ...post, author: 'Ana', lang: 'es', url: 'https://example.com/a' });
    const res = await patch(app, {
      title: 'Renamed',
      author: null,
      lang: 'ES-mx',
      body: '**Bold** <b>not</b>',
      format: 'markdown',
    });
    expect(res.status).toBe(200);
    expect(await getArticle(app)).toEqual({
      slug,
      title: 'Renamed',
      lang: 'es-MX',
      url: 'https://example.com/a',
      bodyHtml: '<p><strong>Bold</strong> &lt;b&gt;not&lt;/b&gt;</p>',
      commentsOpen: true,
      commentCount: 0,
    });
    // A body alone is HTML, sanitised.
    await patch(app, { body: '<p onclick="x()">HTML</p><script>x()</script>' });
    expect((await getArticle(app)).bodyHtml).toBe('<p>HTML</p>');
  });

  it('drops the cached pages, on which the embed keeps its rendered views', async () => {
    const { app, store } = await adminServer();
    const firstPage = () =>
      store.listComments(demoSlug, { sort: 'oldest', limit: 200, cursor: null });
    const before = await firstPage();
    expect(await firstPage()).toBe(before);
    await patch(app, { commentsOpen: false }, demoSlug);
    const after = await firstPage();
    expect(after).not.toBe(before);
    await put(app, { ...post, title: 'Replaced' }, demoSlug);
    expect(await firstPage()).not.toBe(after);
  });

  it('refuses an empty change, a format without a body, and answers 404 for no article', async () => {
    const { app } = await adminServer();
    await expectError(await patch(app, {}, demoSlug), 400, 'invalid_input');
    await expectError(await patch(app, { format: 'markdown' }, demoSlug), 400, 'invalid_input');
    await expectError(await patch(app, { lang: 'en_GB' }, demoSlug), 400, 'invalid_input', 'lang');
    await expectError(await patch(app, { title: 'x' }, 'no-such-post'), 404, 'article_not_found');
  });
});

describe('DELETE /api/articles/:slug', () => {
  it('keeps the discussion stored but unreachable, and a PUT brings both back', async () => {
    const { app } = await adminServer();
    await put(app, post);
    await addComments(app, 3);
    // The first page is cached now: the deletion must drop it.
    expect(await commentTotal(app)).toBe(3);

    const res = await remove(app);
    expect(res.status).toBe(204);
    await expectError(await app.request(`/api/articles/${slug}`), 404, 'article_not_found');
    expect(await commentTotal(app)).toBe(404);
    await expectError(
      await app.request(`/api/articles/${slug}/comments`, postJson(newComment())),
      404,
      'article_not_found',
    );
    const list = v.parse(articleListSchema, await (await app.request('/api/articles')).json());
    expect(list.articles.map((article) => article.slug)).not.toContain(slug);
    const counts = await (await app.request(`/api/counts?articles=${slug}`)).json();
    expect(counts).toEqual({ counts: {} });
    await expectError(await patch(app, { commentsOpen: false }), 404, 'article_not_found');
    await expectError(await remove(app), 404, 'article_not_found');

    expect((await put(app, { ...post, title: 'Back' })).status).toBe(200);
    expect((await getArticle(app)).commentCount).toBe(3);
    expect(await commentTotal(app)).toBe(3);
  });

  it('deletes the comments too with ?comments=delete', async () => {
    const { app } = await adminServer();
    await put(app, post);
    await addComments(app, 2);
    expect((await remove(app, '?comments=delete')).status).toBe(204);
    expect(await commentTotal(app)).toBe(404);
    expect((await put(app, post)).status).toBe(201);
    expect((await getArticle(app)).commentCount).toBe(0);
    expect(await commentTotal(app)).toBe(0);
  });

  it('deletes for good what a deletion that kept the comments left stored', async () => {
    const { app, store } = await adminServer();
    await put(app, post);
    await addComments(app, 2);
    await remove(app);
    expect((await remove(app, '?comments=delete')).status).toBe(204);
    expect(
      await store.seedArticle({ slug, title: 't', bodyHtml: '', commentsOpen: true, comments: [] }),
    ).toBe('inserted');
    expect(await commentTotal(app)).toBe(0);
  });

  it('deletes a threaded discussion (replies before their parents are gone)', async () => {
    const { app } = await adminServer();
    expect(await commentTotal(app, demoSlug)).toBe(7);
    expect((await remove(app, '?comments=delete', demoSlug)).status).toBe(204);
    expect(await commentTotal(app, demoSlug)).toBe(404);
  });

  it('refuses another comments= value and answers 404 for no article', async () => {
    const { app } = await adminServer();
    await expectError(
      await remove(app, '?comments=purge', demoSlug),
      400,
      'invalid_query',
      'comments',
    );
    await expectError(await remove(app, '', 'no-such-post'), 404, 'article_not_found');
    expect(await commentTotal(app, demoSlug)).toBe(7);
  });
});
