import type { Page } from 'playwright-core';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { sharedChromium, phoneOptions, viewports } from './browser';
import { startServer } from './server-process';

const baseUrl = inject('baseUrl');
const slug = 'usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';
const articleUrl = `${baseUrl}/articles/${slug}`;

const { openPage } = sharedChromium();

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the seed article in Chromium', () => {
  it('shows the article and its 7 comments, with Trevor’s reply nested under wally n', async () => {
    const page = await openPage({ viewport: viewports.desktop });
    await page.goto(articleUrl);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('USA: Trump tells Russia to get its troops out of\u00a0Venezuela');
    await page.getByRole('heading', { name: '7 comments' }).waitFor();
    expect(await page.locator('article.comment').count()).toBe(7);
    // The lead image has no file: its caption shows, and no broken image does.
    await expect
      .poll(() => page.locator('figcaption').textContent())
      .toMatch(/REUTERS\/Carlos Barria$/);
    expect(await page.locator('figure img').count()).toBe(0);

    const nested = page.locator('li:has(> #comment-5) > ol > li > article');
    expect(await nested.count()).toBe(1);
    expect(await nested.locator('.comment__author').textContent()).toBe('Trevor');
    expect(await nested.locator('time').getAttribute('datetime')).toBe('2019-04-01T11:35:00.000Z');
    expect(await page.title()).toMatch(/^USA: Trump tells Russia/);
    await page.context().close();
  });

  it('fits a 375 px phone with no horizontal scrolling', async () => {
    const page = await openPage(phoneOptions());
    await page.goto(articleUrl);
    await page.getByRole('heading', { name: '7 comments' }).waitFor();
    await page.locator('#comment-7').waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
  });

  it('lists the articles on the home page and opens one', async () => {
    const page = await openPage({ viewport: viewports.desktop });
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: /Trump tells Russia/ }).click();
    await page.waitForURL(articleUrl);
    await page.getByRole('heading', { name: '7 comments' }).waitFor();
    await page.context().close();
  });

  it('says so when the article does not exist', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/articles/no-such-article`);
    await page.getByRole('alert').getByText('Not found').waitFor();
    await page.context().close();
  });

  it('says the server is unreachable, then recovers with Try again', async () => {
    const page = await openPage();
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.goto(articleUrl);
    await page.getByText('Can’t reach the server').waitFor({ timeout: 15_000 });
    await page.unroute('**/api/**');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: '7 comments' }).waitFor();
    await page.context().close();
  });

  it('shows a clear error, not a crash, when comments break the contract, and keeps the article', async () => {
    const page = await openPage();
    await page.route('**/comments?*', (route) =>
      route.fulfill({ json: { comments: [{ id: 1 }], total: 'many', nextCursor: null } }),
    );
    await page.goto(articleUrl);
    await page.getByText('Something here can’t be shown').waitFor();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.context().close();
  });

  it('reads the static JSON copy with no API, and says replies are unavailable', async () => {
    const page = await openPage();
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.goto(`${articleUrl}?source=static`);
    await page.getByText(/replies are unavailable/).waitFor();
    expect(await page.locator('article.comment').count()).toBe(7);
    await page.context().close();
  });

  it('shows a reply posted through the API after a reload', async () => {
    // A server of its own: the shared one keeps the demo's 7 comments for every other test.
    const server = await startServer({ env: { PARLEY_RATE_LIMIT: 'off' } });
    onTestFinished(() => server.stop());
    const page = await openPage();
    const response = await page.request.post(`${server.url}/api/articles/${slug}/comments`, {
      data: {
        parentId: '1',
        author: { name: 'E2E Reader', email: 'e2e@example.com', url: 'https://example.com/me' },
        body: 'First paragraph.\n\nSecond paragraph, <b>not bold</b>.',
        idempotencyKey: `e2e-${Date.now()}`,
      },
    });
    expect(response.status()).toBe(201);
    const { id } = (await response.json()) as { id: string };
    await page.goto(`${server.url}/articles/${slug}`);
    const reply = page.locator(`li:has(> #comment-1) #comment-${id}`);
    await reply.waitFor();
    expect(await reply.locator('.comment__body p').allTextContents()).toEqual([
      'First paragraph.',
      'Second paragraph, <b>not bold</b>.',
    ]);
    expect(await reply.getByRole('link', { name: 'E2E Reader' }).getAttribute('rel')).toBe(
      'nofollow ugc noopener',
    );
    await page.context().close();
  });
});
