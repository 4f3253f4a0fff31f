// @vitest-environment node
/**
 * Issue 17 item 3's acceptance: npm run import:feed on the test WordPress's own feeds (started by
 * .ci/wordpress/up.sh), run twice: the same articles, nothing doubled. Skipped only with
 * PARLEY_SKIP_WORDPRESS=1.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/server/db';
import { importFeed } from '../../src/server/feed/import-feed';
import { createSqliteStore } from '../../src/server/sqlite-store';
import {
  longPostSlug,
  seeded,
  skipWordPress,
  testSites,
  type TestSites,
} from '../wordpress/test-site';

let sites: TestSites;

const summary = /: (\d+) created, (\d+) updated, (\d+) unchanged, (\d+) skipped$/m;

describe.skipIf(skipWordPress)('importing a real WordPress feed', () => {
  beforeAll(async () => {
    sites = await testSites();
  });

  it('imports /feed/ and /?feed=atom as the same articles; run twice, nothing is doubled', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'parley-feed-')), 'parley.db');
    const run = async (feed: string) => {
      const { stdout } = await promisify(execFile)(
        'npm',
        ['run', '--silent', 'import:feed', '--', `${sites.pretty.url}${feed}`, '--follow'],
        { env: { ...process.env, PARLEY_DB: db } },
      );
      const [, created, updated, unchanged, skipped] = summary.exec(stdout)!.map(Number);
      return { created, updated, unchanged, skipped };
    };
    const first = await run('/feed/');
    expect(first.created).toBeGreaterThanOrEqual(sites.pretty.posts.length);
    expect(first).toMatchObject({ updated: 0, unchanged: 0, skipped: 0 });
    const articlesOf = async () => {
      const store = createSqliteStore(openDb(db));
      const articles = await store.listArticles();
      const post = await store.getArticle(longPostSlug);
      await store.close();
      return { slugs: articles.map((a) => a.slug).sort(), post };
    };
    const once = await articlesOf();
    expect(once.slugs).toHaveLength(first.created!);
    expect(once.post).toMatchObject({
      title: seeded(sites.pretty, longPostSlug).title,
      url: `${sites.pretty.url}/${longPostSlug}/`,
      lang: 'en-US',
      author: 'parley',
    });

    for (const feed of ['/feed/', '/?feed=atom', '/?feed=atom']) {
      expect(await run(feed)).toEqual({
        created: 0,
        updated: 0,
        unchanged: first.created,
        skipped: 0,
      });
    }
    expect(await articlesOf()).toEqual(once);
  }, 60_000);

  it('imports the plain-permalink site’s feed, its posts’ slugs from their titles', async () => {
    const store = createSqliteStore(openDb(':memory:'));
    const options = { follow: true, pagesMax: 10 };
    const first = await importFeed(store, `${sites.plain.url}/?feed=rss2`, options);
    expect(first).toMatchObject({ updated: 0, unchanged: 0, skipped: [] });
    expect(first.created).toBeGreaterThanOrEqual(sites.plain.posts.length);
    const again = await importFeed(store, `${sites.plain.url}/?feed=atom`, options);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: first.created });
    const slugs = (await store.listArticles()).map((a) => a.slug);
    expect(slugs).toHaveLength(first.created);
    // Its links are /?p=4: the slug is the title's.
    expect(slugs).toContain('a-site-with-plain-permalinks');
    expect((await store.getArticle('a-site-with-plain-permalinks'))!.url).toMatch(/\/\?p=\d+$/);
    await store.close();
  });
});
