import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articleSanitizerConfig,
  finishArticleElement,
} from '../../src/client/article/article-html-policy';
import { openDb } from '../../src/server/db';
import { createSqliteStore } from '../../src/server/sqlite-store';
import { problemsIn } from '../helpers/html-problems';
import { corpus } from '../helpers/naughty-strings';
import { sharedChromium } from './browser';
import { startServer, type RunningServer } from './server-process';

const { openPage } = sharedChromium();

const hostileBody = [
  '<div class="wp-block"><p>Kept inside a wrapper, <font>old font</font> and all.</p></div>',
  '<p><a href="https://example.org/">a link</a> <a href="javascript:window.__pwned=1">no</a></p>',
  '<img src="/missing.png" alt="a photo" onerror="window.__pwned=2">',
  '<script>window.__pwned=3</script><p onclick="window.__pwned=4" style="color:red">Last.</p>',
].join('');

describe('article HTML in a browser with the Sanitizer API (Chromium)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'parley-article-html-')), 'parley.db');
    const store = createSqliteStore(openDb(dbFile));
    await store.seedArticle({
      slug: 'hostile-html',
      title: 'Hostile HTML',
      bodyHtml: hostileBody,
      commentsOpen: true,
      comments: [
        { parentIndex: null, authorName: 'Ana', createdAt: '2024-01-01T00:00:00Z', body: 'Hi' },
      ],
    });
    await store.close();
    server = await startServer({ dbFile });
  });
  afterAll(() => server?.stop());

  it('shows the body sanitised by the browser itself, without loading DOMPurify', async () => {
    const page = await openPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${server.url}/articles/hostile-html`);
    const body = page.locator('.article__body');
    await body.getByText('Kept inside a wrapper').waitFor();
    await page.getByRole('heading', { name: '1 comment' }).waitFor();

    expect(await body.evaluate((el) => el.innerHTML)).toBe(
      '<p>Kept inside a wrapper, old font and all.</p>' +
        '<p><a href="https://example.org/" rel="nofollow ugc noopener">a link</a> <a>no</a></p>' +
        '<img src="/missing.png" alt="a photo" loading="lazy" decoding="async">' +
        '<p>Last.</p>',
    );
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(scripts.filter((url) => /purify/i.test(url))).toEqual([]);
    await page.context().close();
  });

  it('leaves nothing that runs from the naughty strings', { timeout: 60_000 }, async () => {
    const page = await openPage();
    await page.setContent('<!doctype html><title>sanitiser</title>');
    const found = await page.evaluate(
      ({ inputs, config, finishSource, problemsSource }) => {
        const finish = new Function(`return (${finishSource})`)() as (el: Element) => void;
        const problemsOf = new Function(`return (${problemsSource})`)() as (h: string) => string[];
        return inputs
          .map((input) => {
            const div = document.createElement('div');
            (div as unknown as { setHTML: (h: string, o: object) => void }).setHTML(input, {
              sanitizer: config,
            });
            div.querySelectorAll('a, img').forEach(finish);
            return { input, problems: problemsOf(div.innerHTML) };
          })
          .filter(({ problems }) => problems.length > 0);
      },
      {
        inputs: [...corpus],
        config: articleSanitizerConfig,
        finishSource: finishArticleElement.toString(),
        problemsSource: problemsIn.toString(),
      },
    );
    expect(found).toEqual([]);
    // The check itself finds what it looks for.
    expect(await page.evaluate(`(${problemsIn.toString()})('<a href="javascript:x">')`)).toEqual([
      'href=javascript:x',
      'a without rel',
    ]);
    await page.context().close();
  });
});
