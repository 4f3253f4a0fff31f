import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, contrastRatio } from './axe';
import { launchChromium, phoneOptions, viewports } from './browser';
import { startHostPage } from './host-page-server';
import { startServer } from './server-process';

const baseUrl = inject('baseUrl');
const slug = 'usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(url: string, colorScheme: 'light' | 'dark', options = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: viewports.desktop,
    colorScheme,
    ...options,
  });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

describe.each(['light', 'dark'] as const)('WCAG 2.1 AA with axe-core, %s theme', (scheme) => {
  it('the article page', async () => {
    const page = await open(`${baseUrl}/articles/${slug}`, scheme);
    await page.locator('#comment-7').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the article page in Spanish', async () => {
    const page = await open(`${baseUrl}/articles/${slug}?lang=es`, scheme);
    await page.getByRole('heading', { name: '7 comentarios' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('a thread with an open reply form showing a validation error', async () => {
    const page = await open(`${baseUrl}/articles/${slug}`, scheme);
    await page.getByRole('button', { name: 'Reply to wally n' }).first().click();
    const form = page.getByRole('form', { name: 'Reply to wally n' });
    await form.getByRole('button', { name: 'Send' }).click();
    await form.getByText('Write a comment before sending.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the article list', async () => {
    const page = await open(`${baseUrl}/`, scheme);
    await page.getByRole('link', { name: /Trump tells Russia/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the embed on a host page', async () => {
    const host = await startHostPage(baseUrl, [slug]);
    try {
      const page = await open(host.url, scheme);
      await page.waitForFunction(
        () => document.querySelector('iframe')?.style.visibility === 'visible',
      );
      const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
      await frame.locator('#comment-7').waitFor();
      expect(await axeViolations(frame, { skipContrast: true })).toEqual([]);
      // The frame is transparent: its text must contrast with the host page's background.
      const hostBackground = await page.evaluate(
        () => getComputedStyle(document.body).backgroundColor,
      );
      for (const selector of [
        '.comment__body p',
        '.comment__permalink',
        '.comment-actions__reply',
      ]) {
        const color = await frame
          .locator(selector)
          .first()
          .evaluate((el) => getComputedStyle(el).color);
        expect(contrastRatio(color, hostBackground), selector).toBeGreaterThanOrEqual(4.5);
      }
      await page.context().close();
    } finally {
      await host.close();
    }
  });
});

describe('phones', () => {
  for (const viewport of [viewports.smallPhone, viewports.phone]) {
    it(`has no horizontal overflow at ${viewport.width}×${viewport.height}, with a reply form open`, async () => {
      const page = await open(`${baseUrl}/articles/${slug}`, 'light', phoneOptions(viewport));
      await page.getByRole('button', { name: 'Reply to Trevor' }).first().click();
      await page.getByRole('form', { name: 'Reply to Trevor' }).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      // Primary actions are at least 44 px tall for a finger.
      const send = await page
        .getByRole('form', { name: 'Reply to Trevor' })
        .getByRole('button', { name: 'Send' })
        .boundingBox();
      expect(send!.height).toBeGreaterThanOrEqual(44);
      await page.context().close();
    });
  }
});

describe('keyboard only', () => {
  it('goes from the first comment to a posted reply without a mouse', async () => {
    const server = await startServer({ env: { PARLEY_RATE_LIMIT: 'off' } });
    try {
      const page = await open(`${server.url}/articles/${slug}`, 'light');
      await page.locator('#comment-1').waitFor();
      await page.keyboard.press('j');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment-1');
      // Tab through the first comment's controls until its Reply button has focus.
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
        if (name === 'Reply to Rosaliene Bacchus') break;
      }
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
        'Reply to Rosaliene Bacchus',
      );
      await page.keyboard.press('Enter');
      // The form opens with the cursor in its comment box (its code may still be arriving).
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.tagName))
        .toBe('TEXTAREA');
      const text = `Typed with the keyboard alone ${Date.now()}`;
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
      await page.keyboard.type('Keyboard Reader');
      await page.keyboard.press('Tab');
      await page.keyboard.type('keys@example.com');
      await page.keyboard.press('Control+Enter');
      await expect
        .poll(async () => {
          const res = await fetch(`${server.url}/api/articles/${slug}/comments`);
          const { comments } = (await res.json()) as {
            comments: { body: string; parentId: string }[];
          };
          return comments.filter((c) => c.body === text && c.parentId === '1').length;
        })
        .toBe(1);
      // Focus went back to the Reply button, and the posted reply is on the page.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
        .toBe('Reply to Rosaliene Bacchus');
      await page.getByText(text).waitFor();
      await page.context().close();
    } finally {
      await server.stop();
    }
  });
});
