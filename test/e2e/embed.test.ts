import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { phoneOptions, viewports } from './browser';
import { chromiumAndHostPage, startHostPage } from './host-page-server';
import { startServer } from './server-process';

const baseUrl = inject('baseUrl');
const slug = 'usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';

const running = chromiumAndHostPage(baseUrl, [slug, 'synthetic-1000']);

async function openHost(options = {}, hash = ''): Promise<Page> {
  const context = await running.browser.newContext({ viewport: viewports.desktop, ...options });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(running.host.url + hash);
  return page;
}

/** The embed's frame, once it has said it is ready (the host then makes it visible). */
async function readyFrame(page: Page, index: number): Promise<Frame> {
  const iframe = page.locator('iframe').nth(index);
  await iframe.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (i) => document.querySelectorAll('iframe')[i]?.style.visibility === 'visible',
    index,
  );
  const frame = await (await iframe.elementHandle())!.contentFrame();
  return frame!;
}

const frameHeight = (page: Page, index: number) =>
  page.evaluate(
    (i) => document.querySelectorAll('iframe')[i]!.getBoundingClientRect().height,
    index,
  );

/** The iframe shows all of its page: as tall as the content, so no inner scrollbar. */
async function expectNoInnerScroll(page: Page, frame: Frame, index: number) {
  await expect
    .poll(async () => {
      const content = await frame.evaluate(() => document.documentElement.scrollHeight);
      return Math.abs(content - (await frameHeight(page, index)));
    })
    .toBeLessThanOrEqual(1);
}

describe('Parley embedded on another origin', () => {
  it('embeds two articles that each size themselves to their content', async () => {
    const page = await openHost();
    const comments = await readyFrame(page, 0);
    await comments.getByRole('heading', { name: '7 comments' }).waitFor();
    await expectNoInnerScroll(page, comments, 0);
    const full = await readyFrame(page, 1);
    await full.getByRole('heading', { level: 1 }).waitFor();
    await expectNoInnerScroll(page, full, 1);
    expect(new URL(comments.url()).origin).not.toBe(new URL(page.url()).origin);
    await page.context().close();
  });

  it('follows its content when a thread collapses and when a reply form opens', async () => {
    const page = await openHost();
    const frame = await readyFrame(page, 0);
    const contentHeight = () => frame.evaluate(() => document.documentElement.scrollHeight);
    await expectNoInnerScroll(page, frame, 0);

    const full = await contentHeight();
    await frame.getByRole('button', { name: 'Collapse thread by Clyde Duncan' }).click();
    await expect.poll(contentHeight).toBeLessThan(full);
    await expectNoInnerScroll(page, frame, 0);

    const collapsed = await contentHeight();
    await frame
      .getByRole('button', { name: /^Reply/ })
      .first()
      .click();
    await expect.poll(contentHeight).toBeGreaterThan(collapsed);
    await expectNoInnerScroll(page, frame, 0);
    await page.context().close();
  });

  it('switches theme when the host asks, and lets the host page show through', async () => {
    const page = await openHost({ colorScheme: 'light' });
    const frame = await readyFrame(page, 0);
    const scheme = () =>
      frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    const background = () => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgba(0, 0, 0, 0)');
    await page.getByRole('button', { name: 'Dark' }).click();
    await expect
      .poll(() => frame.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    expect(await scheme()).toBe('dark');
    // The iframe element follows, so the browser paints no opaque backdrop behind the frame.
    expect(await page.evaluate(() => document.querySelector('iframe')!.style.colorScheme)).toBe(
      'dark',
    );
    await page.getByRole('button', { name: 'Light' }).click();
    await expect.poll(scheme).toBe('light');
    await page.context().close();
  });

  it('stores a reply sent from inside the frame', async () => {
    const page = await openHost();
    // The second embed (a synthetic article): the demo's own count stays as other tests expect.
    const frame = await readyFrame(page, 1);
    const text = `Sent from an embed ${Date.now()}`;
    const form = frame.getByRole('form', { name: /Leave a Reply/i });
    await form.getByLabel('Comment', { exact: true }).fill(text);
    await form.getByLabel('Name', { exact: true }).fill('Embed Reader');
    await form.getByLabel('Email', { exact: true }).fill('embed@example.com');
    await form.getByRole('button', { name: 'Send' }).click();
    await expect
      .poll(async () => {
        const res = await fetch(
          `${baseUrl}/api/articles/synthetic-1000/comments?sort=newest&limit=5`,
        );
        const { comments } = (await res.json()) as { comments: { body: string }[] };
        return comments.filter((c) => c.body === text).length;
      })
      .toBe(1);
    await page.context().close();
  });

  it('opens a permalink from the host page’s address and scrolls the host to it', async () => {
    const page = await openHost({ viewport: { width: 1280, height: 600 } }, '#comment-7');
    const frame = await readyFrame(page, 0);
    // The comment was opened: it has focus (its highlight fades after a moment).
    await frame.waitForFunction(() => document.activeElement?.id === 'comment-7');
    // The host page scrolled so that the comment is on its screen (boxes are in host coordinates).
    await expect
      .poll(async () => {
        const box = await frame.locator('#comment-7').boundingBox();
        return box !== null && box.y >= 0 && box.y < 600;
      })
      .toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.context().close();
  });

  it('fits a phone with no horizontal scrolling', async () => {
    const page = await openHost(phoneOptions());
    const frame = await readyFrame(page, 0);
    await frame.locator('#comment-7').waitFor();
    const overflow = (target: Page | Frame) =>
      target.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    expect(await overflow(page)).toBe(0);
    expect(await overflow(frame)).toBe(0);
    await page.context().close();
  });
});

describe('the frame-ancestors allowlist', () => {
  it('lets the browser refuse a host that is not on the list', async () => {
    const strict = await startServer({
      env: { PARLEY_EMBED_ORIGINS: 'https://only-this.example' },
    });
    const otherHost = await startHostPage(strict.url, [slug]);
    try {
      const response = await fetch(`${strict.url}/embed/${slug}`);
      expect(response.headers.get('content-security-policy')).toContain(
        'frame-ancestors https://only-this.example',
      );
      const page = await running.browser.newPage();
      await page.goto(otherHost.url);
      // Refused: the host's fallback shows the frame after a few seconds, with no Parley inside.
      await page.waitForFunction(
        () => document.querySelector('iframe')?.style.visibility === 'visible',
      );
      const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
      expect(await frame.locator('.discussion').count()).toBe(0);
      expect(await page.locator('iframe').getAttribute('style')).toContain('height: 150px');
      await page.close();
    } finally {
      await otherHost.close();
      await strict.stop();
    }
  });
});
