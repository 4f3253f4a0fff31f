// @vitest-environment node
/**
 * The WordPress source against a real WordPress (started by .ci/wordpress/up.sh, which
 * `npm run wordpress:up` runs). Skipped only with PARLEY_SKIP_WORDPRESS=1.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommentPage } from '../../src/core/schemas';
import { HttpError } from '../../src/client/lib/http';
import { createWordPressSource } from '../../src/client/sources/wordpress/wordpress-source';
import {
  closedPostSlug,
  freshAuthor,
  longPostSlug,
  plainPostSlug,
  seeded,
  skipWordPress,
  testSites,
  type TestSites,
} from '../wordpress/test-site';

let sites: TestSites;

type WordPressSource = ReturnType<typeof createWordPressSource>;

async function readAll(source: WordPressSource, slug: string) {
  const pages: CommentPage[] = [];
  let cursor: string | null = null;
  do {
    const page: CommentPage = await source.getComments(slug, { sort: 'oldest', cursor });
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return pages;
}

/** What WordPress itself says the post has, asked without the adapter. */
async function wpTotal(siteUrl: string, post: number) {
  const response = await fetch(`${siteUrl}/wp-json/wp/v2/comments?post=${post}&per_page=1`);
  return Number(response.headers.get('x-wp-total'));
}

describe.skipIf(skipWordPress)('the WordPress source, against a real WordPress', () => {
  beforeAll(async () => {
    sites = await testSites();
  });

  it('reads the post and all of its >250 comments, page by page', async () => {
    const post = seeded(sites.pretty, longPostSlug);
    const source = createWordPressSource(sites.pretty.url);
    const article = await source.getArticle(longPostSlug);
    expect(article.title).toBe(post.title);
    const total = await wpTotal(sites.pretty.url, post.id);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(article.commentCount).toBe(total);

    const pages = await readAll(source, longPostSlug);
    expect(pages.length).toBe(Math.ceil(total / 100));
    const comments = pages.flatMap((p) => p.comments);
    expect(comments).toHaveLength(total);
    const ids = new Set(comments.map((c) => c.id));
    for (const id of post.approvedIds) expect(ids).toContain(String(id));
    for (const id of post.hiddenIds ?? []) expect(ids).not.toContain(String(id));
    // The chain twelve replies deep keeps every link.
    const byId = new Map(comments.map((c) => [c.id, c]));
    const chain = post.deepChain!.map(String);
    chain.slice(1).forEach((id, i) => expect(byId.get(id)!.parentId).toBe(chain[i]));
  });

  it('reads a site that answers only under ?rest_route=', async () => {
    const post = seeded(sites.plain, plainPostSlug);
    const source = createWordPressSource(sites.plain.url);
    const page = await source.getComments(plainPostSlug, { sort: 'oldest', cursor: null });
    expect(page.comments.map((c) => c.id)).toEqual(post.approvedIds.map(String));
    expect(page.comments[1]!.parentId).toBe(String(post.approvedIds[0]));
  });

  it('posts an anonymous reply at depth, which readers then see', async () => {
    const post = seeded(sites.pretty, longPostSlug);
    const deepest = String(post.deepChain!.at(-1));
    const body = `A reply at depth 13, ${Date.now()}.`;
    const reply = await createWordPressSource(sites.pretty.url).postComment(longPostSlug, {
      parentId: deepest,
      author: freshAuthor(),
      body,
      idempotencyKey: 'integration-1',
    });
    expect(reply).toMatchObject({ parentId: deepest, status: 'approved', body });

    // Another reader, another source: the newest thread first holds the reply under its parent.
    const page = await createWordPressSource(sites.pretty.url).getComments(longPostSlug, {
      sort: 'newest',
      cursor: null,
    });
    expect(page.comments.find((c) => c.id === reply.id)).toMatchObject({ parentId: deepest });
  });

  it('shows a held comment as pending to its author; readers never see it', async () => {
    const held = await createWordPressSource(sites.pretty.url).postComment(longPostSlug, {
      parentId: null,
      author: freshAuthor(),
      body: `Please hold-for-moderation, ${Date.now()}.`,
      idempotencyKey: 'integration-2',
    });
    expect(held.status).toBe('pending');
    const pages = await readAll(createWordPressSource(sites.pretty.url), longPostSlug);
    expect(pages.flatMap((p) => p.comments).map((c) => c.id)).not.toContain(held.id);
  });

  it('refuses the same comment twice, then a second one too soon', async () => {
    const source = createWordPressSource(sites.pretty.url);
    const author = freshAuthor();
    const send = (body: string) =>
      source.postComment(longPostSlug, {
        parentId: null,
        author,
        body,
        idempotencyKey: 'integration-3',
      });
    const body = `Said once, ${Date.now()}.`;
    await send(body);
    await expect(send(body)).rejects.toMatchObject({ status: 409, code: 'comment_duplicate' });
    await expect(send(`${body} And again.`)).rejects.toMatchObject({
      status: 429,
      code: 'comment_flood',
    });
  });

  it('says when a post is closed to comments', async () => {
    const source = createWordPressSource(sites.pretty.url);
    expect((await source.getArticle(closedPostSlug)).commentsOpen).toBe(false);
    await expect(
      source.postComment(closedPostSlug, {
        parentId: null,
        author: freshAuthor(),
        body: 'Too late?',
        idempotencyKey: 'integration-4',
      }),
    ).rejects.toMatchObject({ status: 403, code: 'comments_closed' });
  });

  it('says when a site takes no anonymous comments, with a link to the post', async () => {
    const error = await createWordPressSource(sites.plain.url)
      .postComment(plainPostSlug, {
        parentId: null,
        author: freshAuthor(),
        body: 'Hello?',
        idempotencyKey: 'integration-5',
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 401, code: 'login_required' });
    expect((error as HttpError).message).toContain(sites.plain.url);
  });
});
