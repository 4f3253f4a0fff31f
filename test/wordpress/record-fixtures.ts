/**
 * Records real answers of the test WordPress into test/wordpress/fixtures/, for the unit tests.
 * Run against freshly seeded sites, so the counts are the seeded ones:
 *   npm run wordpress:up -- --fresh && npx tsx test/wordpress/record-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWordPressSource } from '../../src/client/sources/wordpress/wordpress-source';
import { createWpRest } from '../../src/core/wordpress/wp-rest';
import { wpCommentSchema } from '../../src/core/wordpress/wp-schemas';
import { recordingFetch, type Exchange } from './recorded-fetch';
import { closedPostSlug, freshAuthor, longPostSlug, plainPostSlug, testSites } from './test-site';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
mkdirSync(dir, { recursive: true });
const sites = await testSites();

async function record(
  name: string,
  work: (fetchFn: ReturnType<typeof recordingFetch>) => Promise<unknown>,
) {
  const exchanges: Exchange[] = [];
  await work(recordingFetch(exchanges)).catch(() => undefined);
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(exchanges, null, 2)}\n`);
  console.log(`${name}: ${exchanges.length} exchanges`);
}

await record('read-long-post', async (fetchFn) => {
  const source = createWordPressSource(sites.pretty.url, fetchFn);
  await source.getArticle(longPostSlug);
  for (let cursor: string | null = null, first = true; first || cursor; first = false) {
    cursor = (await source.getComments(longPostSlug, { sort: 'oldest', cursor })).nextCursor;
  }
});

await record('read-plain-site', async (fetchFn) => {
  const source = createWordPressSource(sites.plain.url, fetchFn);
  await source.getArticle(plainPostSlug);
  await source.getComments(plainPostSlug, { sort: 'oldest', cursor: null });
});

await record('missing-post', (fetchFn) =>
  createWordPressSource(sites.pretty.url, fetchFn).getArticle('no-such-post'),
);

/** Raw POSTs, one refusal (or acceptance) each, straight through the REST client. */
const post = async (name: string, siteUrl: string, body: Record<string, unknown>) =>
  record(name, (fetchFn) =>
    createWpRest(siteUrl, fetchFn).post('/wp/v2/comments', body, wpCommentSchema, 'The comment'),
  );
const longPost = sites.pretty.posts.find((p) => p.slug === longPostSlug)!.id;
const closedPost = sites.pretty.posts.find((p) => p.slug === closedPostSlug)!.id;
const plainPost = sites.plain.posts.find((p) => p.slug === plainPostSlug)!.id;
const author = () => {
  const { name, email } = freshAuthor('Recorder');
  return { author_name: name, author_email: email };
};

await post('post-approved', sites.pretty.url, {
  post: longPost,
  parent: 0,
  ...author(),
  content: 'A recorded reply.',
});
await post('post-held', sites.pretty.url, {
  post: longPost,
  parent: 0,
  ...author(),
  content: 'Please hold-for-moderation.',
});
const same = author();
await post('post-first-of-two', sites.pretty.url, {
  post: longPost,
  parent: 0,
  ...same,
  content: 'Once.',
});
await post('error-comment-duplicate', sites.pretty.url, {
  post: longPost,
  parent: 0,
  ...same,
  content: 'Once.',
});
await post('error-comment-flood', sites.pretty.url, {
  post: longPost,
  parent: 0,
  ...same,
  content: 'Twice, too soon.',
});
await post('error-login-required', sites.plain.url, {
  post: plainPost,
  parent: 0,
  ...author(),
  content: 'Hello.',
});
await post('error-comments-closed', sites.pretty.url, {
  post: closedPost,
  parent: 0,
  ...author(),
  content: 'Hello.',
});
await post('error-invalid-post-id', sites.pretty.url, {
  post: 999999,
  parent: 0,
  ...author(),
  content: 'Hello.',
});
await post('error-content-invalid', sites.pretty.url, {
  post: longPost,
  parent: 0,
  ...author(),
  content: '',
});
await post('error-author-data-required', sites.pretty.url, {
  post: longPost,
  parent: 0,
  author_name: 'No Email',
  author_email: '',
  content: 'Hello.',
});
await post('error-name-too-long', sites.pretty.url, {
  post: longPost,
  parent: 0,
  ...author(),
  author_name: 'N'.repeat(246),
  content: 'Hello.',
});
await post('error-invalid-email', sites.pretty.url, {
  post: longPost,
  parent: 0,
  author_name: 'Bad Email',
  author_email: 'not-an-email',
  content: 'Hello.',
});
