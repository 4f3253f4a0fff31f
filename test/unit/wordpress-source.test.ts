// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Comment, CommentPage, NewCommentInput } from '../../src/core/schemas';
import { ContractError } from '../../src/core/validate';
import { HttpError, NetworkError } from '../../src/client/lib/http';
import { createWordPressSource } from '../../src/client/sources/wordpress/wordpress-source';
import { fixture, recordedPlainSite, recordedSite } from '../wordpress/fixtures';
import { answer, replayingFetch, type Exchange } from '../wordpress/recorded-fetch';
import { longPostSlug, plainPostSlug } from '../wordpress/test-site';

const readLong = fixture('read-long-post');

async function allPages(source: ReturnType<typeof createWordPressSource>, slug: string) {
  const pages: CommentPage[] = [];
  let cursor: string | null = null;
  do {
    const page: CommentPage = await source.getComments(slug, { sort: 'oldest', cursor });
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return pages;
}

describe('reading a post from WordPress (recorded answers)', () => {
  it('maps the post: entities decoded, date_gmt as UTC, author and featured image embedded', async () => {
    const { fetchFn, requests } = replayingFetch(readLong);
    const article = await createWordPressSource(recordedSite, fetchFn).getArticle(longPostSlug);
    expect(article).toMatchObject({
      slug: longPostSlug,
      title: 'Café Fish & Chips: “Curly Quotes”, Apostrophe’s — and 3 < 5',
      author: 'parley',
      // The site runs on Berlin time: `date` says 08:30, `date_gmt` 07:30.
      publishedAt: '2024-01-10T07:30:00Z',
      commentsOpen: true,
      commentCount: 300,
      leadImage: {
        src: `${recordedSite}/wp-content/uploads/parley/harbour.png`,
        alt: 'Boats leaving a harbour at dawn',
        caption: 'The harbour at dawn & the first boats. Photo: A. Photographer',
      },
    });
    expect(article.bodyHtml).toContain('<strong>bold</strong>');
    const lookup = new URL(requests[0]!.url);
    expect(lookup.pathname).toBe('/wp-json/wp/v2/posts');
    expect(lookup.searchParams.get('slug')).toBe(longPostSlug);
    expect(lookup.searchParams.get('_embed')).toBe('author,wp:featuredmedia');
  });

  it('pages through every comment, 100 at a time, oldest first, parents before replies', async () => {
    const { fetchFn, requests } = replayingFetch(readLong);
    const source = createWordPressSource(recordedSite, fetchFn);
    const pages = await allPages(source, longPostSlug);
    expect(pages.map((p) => [p.comments.length, p.total, p.nextCursor])).toEqual([
      [100, 300, '2'],
      [100, 300, '3'],
      [100, 300, null],
    ]);
    const comments = pages.flatMap((p) => p.comments);
    expect(new Set(comments.map((c) => c.id)).size).toBe(300);
    const seen = new Set<string>();
    for (const comment of comments) {
      if (comment.parentId !== null) expect(seen).toContain(comment.parentId);
      seen.add(comment.id);
    }
    for (const request of requests.filter((r) => r.url.includes('/comments?post='))) {
      const query = new URL(request.url).searchParams;
      if (query.get('per_page') === '1') continue; // the count
      expect(Object.fromEntries(query)).toMatchObject({
        per_page: '100',
        orderby: 'date_gmt',
        order: 'asc',
      });
    }
    // The post is looked up once, for the article and all the pages.
    expect(requests.filter((r) => r.url.includes('/wp/v2/posts')).length).toBe(1);
  });

  it('maps each comment: parent, author, date, HTML kept beside its plain text, status', async () => {
    const { fetchFn } = replayingFetch(readLong);
    const [first] = await allPages(createWordPressSource(recordedSite, fetchFn), longPostSlug);
    const byId = new Map(first!.comments.map((c) => [c.id, c]));
    const raw = JSON.parse(readLong.find((e) => e.url.includes('&page=1&'))!.body) as {
      id: number;
      parent: number;
      date_gmt: string;
      author_url: string;
    }[];
    const reply = raw.find((c) => c.parent !== 0)!;
    expect(byId.get(String(reply.id))).toMatchObject({
      parentId: String(reply.parent),
      createdAt: `${reply.date_gmt}Z`,
      status: 'approved',
    });
    const withUrl = raw.find((c) => c.author_url !== '')!;
    expect(byId.get(String(withUrl.id))!.author.url).toBe(withUrl.author_url);
    const second = first!.comments[1]!;
    expect(second).toMatchObject({
      parentId: null,
      body: 'Comment 2. Not sure. Who decided that?\n\nA second paragraph, after a blank line.',
      link: `${recordedSite}/fish-chips-and-a-long-discussion/#comment-${second.id}`,
    });
    expect(second.bodyHtml).toContain('<strong>Who</strong>');
  });

  it('orders whole threads for "newest", reading every page first', async () => {
    const { fetchFn } = replayingFetch(readLong);
    const source = createWordPressSource(recordedSite, fetchFn);
    const page = await source.getComments(longPostSlug, { sort: 'newest', cursor: null });
    expect(page).toMatchObject({ total: 300, nextCursor: null });
    expect(page.comments).toHaveLength(300);
    const roots = page.comments.filter((c) => c.parentId === null);
    const times = roots.map((c) => Date.parse(c.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // A thread is contiguous: each reply's parent is already listed, and inside its own thread.
    const rootOf = new Map<string, string>();
    let currentRoot = '';
    for (const comment of page.comments) {
      if (comment.parentId === null) currentRoot = comment.id;
      else expect(rootOf.get(comment.parentId)).toBe(currentRoot);
      rootOf.set(comment.id, currentRoot);
    }
  });

  it('says which post is missing', async () => {
    const { fetchFn } = replayingFetch(fixture('missing-post'));
    const error = await createWordPressSource(recordedSite, fetchFn)
      .getArticle('no-such-post')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 404, code: 'article_not_found', isNotFound: true });
    expect((error as HttpError).message).toContain('no-such-post');
  });

  it('refuses a cursor it did not give out', async () => {
    const { fetchFn } = replayingFetch(readLong);
    const source = createWordPressSource(recordedSite, fetchFn);
    await expect(
      source.getComments(longPostSlug, { sort: 'oldest', cursor: 'x' }),
    ).rejects.toMatchObject({ status: 400, code: 'invalid_cursor', field: 'cursor' });
  });

  it('turns an answer of the wrong shape into a ContractError', async () => {
    const broken = readLong.map((e, i) =>
      i === 0 ? { ...e, body: e.body.replace(/"date_gmt":"[^"]*"/, '"date_gmt":"yesterday"') } : e,
    );
    const { fetchFn } = replayingFetch(broken);
    await expect(
      createWordPressSource(recordedSite, fetchFn).getArticle(longPostSlug),
    ).rejects.toBeInstanceOf(ContractError);
  });
});

describe('a site without pretty permalinks (only ?rest_route=)', () => {
  it('falls back from /wp-json/ (an HTML page there) and keeps using ?rest_route=', async () => {
    const { fetchFn, requests } = replayingFetch(fixture('read-plain-site'));
    const source = createWordPressSource(recordedPlainSite, fetchFn);
    expect((await source.getArticle(plainPostSlug)).title).toBe('A site with plain permalinks');
    const page = await source.getComments(plainPostSlug, { sort: 'oldest', cursor: null });
    expect(page.comments.map((c) => c.parentId)).toEqual([null, page.comments[0]!.id, null]);
    expect(
      requests.map(
        (r) => new URL(r.url).pathname + (r.url.includes('rest_route') ? '?rest_route' : ''),
      ),
    ).toEqual(['/wp-json/wp/v2/posts', '/?rest_route', '/?rest_route', '/?rest_route']);
  });

  it('falls back when /wp-json/ fails like a cross-origin request without CORS headers', async () => {
    const plain = fixture('read-plain-site').filter((e) => e.url.includes('rest_route'));
    const { fetchFn } = replayingFetch(plain);
    const source = createWordPressSource(recordedPlainSite, async (url, init) => {
      if (url.includes('/wp-json/')) throw new TypeError('Failed to fetch');
      return fetchFn(url, init);
    });
    expect((await source.getArticle(plainPostSlug)).commentCount).toBe(3);
  });

  it('reports a site that answers neither way as unreachable', async () => {
    const source = createWordPressSource(recordedPlainSite, async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(source.getArticle(plainPostSlug)).rejects.toBeInstanceOf(NetworkError);
  });
});

const input = (overrides: Partial<NewCommentInput> = {}): NewCommentInput => ({
  parentId: null,
  author: { name: 'Ana Reader', email: 'ana@example.com' },
  body: 'A reply.',
  idempotencyKey: 'key-12345678',
  ...overrides,
});

/** A source whose post lookup and POST are answered from recordings. */
function sourceAnswering(post: Exchange[], site = recordedSite) {
  const lookup = (site === recordedSite ? readLong : fixture('read-plain-site')).filter((e) =>
    /\/wp\/v2\/posts|%2Fwp%2Fv2%2Fposts/.test(e.url),
  );
  const posted: unknown[] = [];
  const { fetchFn } = replayingFetch(lookup);
  const source = createWordPressSource(site, async (url, init) => {
    if (init?.method !== 'POST') return fetchFn(url, init);
    posted.push(JSON.parse(String(init.body)));
    const exchange = post.find((e) => e.url === url);
    if (!exchange) throw new TypeError('Failed to fetch');
    return answer(exchange);
  });
  return { source, posted };
}

describe('replying to WordPress (recorded answers)', () => {
  it('posts the reply to the site in WordPress’s own fields', async () => {
    const { source, posted } = sourceAnswering(fixture('post-approved'));
    const comment: Comment = await source.postComment(
      longPostSlug,
      input({
        parentId: '7',
        author: { name: ' Ana ', email: 'ana@example.com', url: 'https://ana.example' },
      }),
    );
    expect(posted).toEqual([
      {
        post: 4,
        parent: 7,
        author_name: 'Ana',
        author_email: 'ana@example.com',
        author_url: 'https://ana.example',
        content: 'A reply.',
      },
    ]);
    expect(comment).toMatchObject({
      status: 'approved',
      body: 'A recorded reply.',
      parentId: null,
    });
  });

  it('shows a held comment as pending (awaiting moderation)', async () => {
    const { source } = sourceAnswering(fixture('post-held'));
    expect((await source.postComment(longPostSlug, input())).status).toBe('pending');
  });

  it('does not pass on a comment whose honeypot is filled', async () => {
    const { source, posted } = sourceAnswering(fixture('post-approved'));
    await expect(
      source.postComment(longPostSlug, input({ subject: 'buy now' })),
    ).rejects.toMatchObject({ code: 'spam_suspected', field: 'subject' });
    expect(posted).toEqual([]);
  });

  it.each([
    ['error-comment-duplicate', { status: 409, code: 'comment_duplicate', field: 'body' }],
    ['error-comment-flood', { status: 429, code: 'comment_flood', retryAfterSeconds: 15 }],
    ['error-comments-closed', { status: 403, code: 'comments_closed' }],
    ['error-invalid-post-id', { status: 404, code: 'article_not_found' }],
    ['error-content-invalid', { status: 400, code: 'invalid_input', field: 'body' }],
    ['error-author-data-required', { status: 400, code: 'invalid_input', field: 'author.email' }],
    ['error-name-too-long', { status: 400, code: 'invalid_input', field: 'author.name' }],
    ['error-invalid-email', { status: 400, code: 'invalid_input', field: 'author.email' }],
  ])('maps %s to a clear HttpError', async (name, expected) => {
    const { source } = sourceAnswering(fixture(name));
    const error = await source.postComment(longPostSlug, input()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject(expected);
    expect((error as HttpError).message).not.toMatch(/<|&#/);
  });

  it('says the site takes no anonymous comments, and links to the post', async () => {
    const { source } = sourceAnswering(fixture('error-login-required'), recordedPlainSite);
    const error = await source.postComment(plainPostSlug, input()).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 401,
      code: 'login_required',
      params: { link: 'http://127.0.0.2:8481/?p=4' },
    });
  });
});
