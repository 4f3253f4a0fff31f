// @vitest-environment node
/**
 * The importer against a real WordPress (started by .ci/wordpress/up.sh, which
 * `npm run wordpress:up` runs). Skipped only with PARLEY_SKIP_WORDPRESS=1.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/server/db';
import { createSqliteStore } from '../../src/server/sqlite-store';
import { allComments } from '../../src/server/static-export';
import { importWordPressPost } from '../../src/server/wordpress/import-post';
import {
  longPostSlug,
  seeded,
  skipWordPress,
  testSites,
  type TestSites,
} from '../wordpress/test-site';

let sites: TestSites;

describe.skipIf(skipWordPress)('importing from a real WordPress', () => {
  beforeAll(async () => {
    sites = await testSites();
  });

  it('copies the post and every comment with its threading; a second run changes nothing', async () => {
    const store = createSqliteStore(openDb(':memory:'));
    const post = seeded(sites.pretty, longPostSlug);
    const first = await importWordPressPost(store, sites.pretty.url, longPostSlug);
    expect(first.result).toBe('inserted');
    expect(first.comments).toBeGreaterThanOrEqual(post.approvedIds.length);

    const article = (await store.getArticle(longPostSlug))!;
    expect(article).toMatchObject({ title: post.title, commentCount: first.comments });
    const comments = await allComments(store, longPostSlug);
    expect(comments).toHaveLength(first.comments);
    const byBody = new Map(comments.map((c) => [c.body, c]));
    const byId = new Map(comments.map((c) => [c.id, c]));
    let depth = 0;
    for (let c = byBody.get('Depth 12 reply.'); c?.parentId; c = byId.get(c.parentId)) depth++;
    expect(depth).toBe(12);

    const second = await importWordPressPost(store, sites.pretty.url, longPostSlug);
    expect(second).toEqual({
      result: 'exists',
      slug: longPostSlug,
      comments: 0,
      skipped: [],
      addressesDropped: 0,
    });
    expect((await store.getArticle(longPostSlug))!.commentCount).toBe(first.comments);
    await store.close();
  });

  it('runs as npm run import:wordpress, by the site’s allowlisted name', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'parley-import-')), 'parley.db');
    const run = () =>
      promisify(execFile)(
        'npx',
        ['tsx', 'src/server/cli/import-wordpress.ts', 'test', longPostSlug],
        {
          env: {
            ...process.env,
            PARLEY_DB: db,
            PARLEY_WORDPRESS_SITES: `test=${sites.pretty.url}`,
          },
        },
      );
    expect((await run()).stdout).toMatch(
      /^Imported \/articles\/fish-chips-and-a-long-discussion with \d+ comments/,
    );
    expect((await run()).stdout).toMatch(/is already in .*nothing changed/);
  }, 30_000);
});
