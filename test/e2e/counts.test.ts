import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/server/db';
import { seedDemo } from '../../src/server/seed';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createSqliteStore } from '../../src/server/sqlite-store';
import { launchChromium } from './browser';
import { startServer, type RunningServer } from './server-process';

/** Five articles and their shown comments (the demo has 7). */
const counted: Record<string, number> = {
  [demoSlug]: 7,
  'one-comment': 1,
  'no-comments': 0,
  twelve: 12,
  'twenty-one': 21,
};

/** A database of those articles; a held comment on each, which is not counted. */
async function countsDb(): Promise<string> {
  const dbFile = join(mkdtempSync(join(tmpdir(), 'parley-counts-')), 'parley.db');
  const store = createSqliteStore(openDb(dbFile));
  await seedDemo(store);
  for (const [slug, count] of Object.entries(counted)) {
    if (slug === demoSlug) continue;
    await store.seedArticle({
      slug,
      title: slug,
      bodyHtml: '<p>Body</p>',
      commentsOpen: true,
      comments: [
        ...Array.from({ length: count }, () => 'approved' as const),
        'pending' as const,
      ].map((status, i) => ({
        parentIndex: null,
        authorName: `Reader ${i}`,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
        body: `Comment ${i}`,
        status,
      })),
    });
  }
  await store.close();
  return dbFile;
}

/**
 * A host's index page on another origin: a link per article, one to an article Parley does not
 * have, one whose id is not an id, and `extra` more links to unknown articles.
 */
function indexPage(parleyUrl: string, lang: string, { scriptLang = '', extra = 0 } = {}) {
  const links = [...Object.keys(counted), 'not-in-parley', 'Not An Id']
    .concat(Array.from({ length: extra }, (_, i) => `unknown-${i}`))
    .map((slug) => `<li><a href="/posts/${slug}" data-parley-count="${slug}">Comments</a></li>`)
    .join('\n');
  const dataLang = scriptLang ? ` data-lang="${scriptLang}"` : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Blog</title>
<script src="${parleyUrl}/count.js"${dataLang} async></script></head>
<body><ul>${links}</ul></body></html>`;
}

let parley: RunningServer;
let browser: Browser;
let host: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  [parley, browser] = await Promise.all([
    countsDb().then((dbFile) => startServer({ dbFile })),
    launchChromium(),
  ]);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      indexPage(parley.url, url.searchParams.get('lang') ?? 'en', {
        scriptLang: url.searchParams.get('script-lang') ?? '',
        extra: Number(url.searchParams.get('extra') ?? 0),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
});
afterAll(async () => {
  await Promise.all([browser?.close(), host?.close(), parley?.stop()]);
});

/** Opens the index page, recording every request for counts. */
async function openIndex(query: string): Promise<{ page: Page; countRequests: string[] }> {
  const page = await (await browser.newContext()).newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  const countRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/counts')) countRequests.push(request.url());
  });
  await page.goto(`${host.url}?${query}`);
  return { page, countRequests };
}

const linkTexts = (page: Page) =>
  page.$$eval('a[data-parley-count]', (links) =>
    links.map((link) => [link.getAttribute('data-parley-count'), link.textContent]),
  );

/** Waits until every article Parley has shows a count, then reads every link. */
async function countsShown(page: Page) {
  await page.waitForFunction(
    (slugs) =>
      slugs.every((slug) =>
        [...document.querySelectorAll(`a[data-parley-count="${slug}"]`)].every(
          (link) => link.textContent !== 'Comments',
        ),
      ),
    Object.keys(counted),
  );
  return Object.fromEntries(await linkTexts(page));
}

describe('count.js on an index page of another origin', () => {
  it('shows five counts in English from one request, leaving unknown links as they were', async () => {
    const { page, countRequests } = await openIndex('lang=en');
    expect(new URL(page.url()).origin).not.toBe(new URL(parley.url).origin);
    expect(await countsShown(page)).toEqual({
      [demoSlug]: '7 comments',
      'one-comment': '1 comment',
      'no-comments': '0 comments',
      twelve: '12 comments',
      'twenty-one': '21 comments',
      'not-in-parley': 'Comments',
      'Not An Id': 'Comments',
    });
    expect(countRequests).toHaveLength(1);
    // The words change once, silently: nothing is announced.
    expect(await page.locator('[aria-live]').count()).toBe(0);
    await page.context().close();
  });

  it('speaks Spanish on a page in Spanish, and as the script’s data-lang says', async () => {
    const spanish = {
      [demoSlug]: '7 comentarios',
      'one-comment': '1 comentario',
      'no-comments': '0 comentarios',
      twelve: '12 comentarios',
      'twenty-one': '21 comentarios',
    };
    for (const query of ['lang=es', 'lang=en&script-lang=es-VE']) {
      const { page, countRequests } = await openIndex(query);
      expect(await countsShown(page)).toMatchObject(spanish);
      expect(countRequests).toHaveLength(1);
      await page.context().close();
    }
  });

  it('asks for 100 articles a request at most', async () => {
    const { page, countRequests } = await openIndex('lang=en&extra=150');
    await countsShown(page);
    const asked = countRequests.map(
      (url) => new URL(url).searchParams.get('articles')!.split(',').length,
    );
    expect(asked.sort((a, b) => a - b)).toEqual([56, 100]);
    await page.context().close();
  });

  it('leaves every link as it was when the counts cannot be had', async () => {
    for (const fail of ['status', 'network'] as const) {
      const page = await (await browser.newContext()).newPage();
      await page.route(
        (url) => url.pathname === '/api/counts',
        (route) =>
          fail === 'status'
            ? route.fulfill({
                status: 500,
                headers: { 'access-control-allow-origin': '*' },
                body: '{"counts":{"twelve":12}}',
              })
            : route.abort(),
      );
      const isCounts = (request: Request) => request.url().includes('/api/counts');
      const settled =
        fail === 'status'
          ? page.waitForEvent('requestfinished', isCounts)
          : page.waitForEvent('requestfailed', isCounts);
      await page.goto(`${host.url}?lang=en`);
      await settled;
      // One more task, so the script has read what came back.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
      const texts = await linkTexts(page);
      expect(texts.every(([, text]) => text === 'Comments')).toBe(true);
      await page.context().close();
    }
  });
});
