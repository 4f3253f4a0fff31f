import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, contrastRatio } from './axe';
import { launchChromium, phoneOptions, viewports } from './browser';
import { startHostPage } from './host-page-server';
import { startServer } from './server-process';
import { measureTargets, tooSmall } from './target-size';

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

/**
 * WCAG 2.2's target size (2.5.8), measured, without its spacing exception: every link, button
 * and form control at least 24 × 24 px; primary actions (test/e2e/target-size.ts says which:
 * Reply, Send, Cancel, the collapse toggle, Load more, Show more, the toolbar, the form's fields)
 * at least 44 px tall. Only links inside running text (an article's or a comment's words) are
 * left out, by the rule's inline exception.
 */
describe('target sizes on phones', () => {
  for (const viewport of [viewports.smallPhone, viewports.phone]) {
    const at = `${viewport.width}×${viewport.height}`;
    const phone = phoneOptions(viewport);

    it(`the reader at ${at}: header, toolbar, comments, a long comment, both reply forms`, async () => {
      const page = await open(`${baseUrl}/articles/${slug}`, 'light', phone);
      await page.getByRole('button', { name: 'Reply to Trevor' }).first().click();
      await page.getByRole('form', { name: 'Reply to Trevor' }).waitFor();
      await page.getByRole('form', { name: 'Leave a Reply' }).waitFor();
      const targets = await measureTargets(page);
      expect(tooSmall(targets)).toEqual([]);
      // Every kind was there to be measured.
      for (const kind of [
        'a.site-header__brand',
        'select',
        'button.collapse-toggle',
        'a.comment__permalink',
        'button.comment-actions__reply',
        'button.button "Send"',
        'button.button "Cancel reply"',
        'button.button "Show more of the comment by',
        'textarea.reply-form__input',
        'input.reply-form__input',
        'input@reply-form__remember',
      ]) {
        expect(
          targets.some((t) => t.what.startsWith(kind)),
          kind,
        ).toBe(true);
      }
      // The time link, which was 82 × 22: as tall as the collapse toggle on its line (and 24 px
      // at least where a long name pushes it onto a line of its own).
      const times = targets.filter((t) => t.what.startsWith('a.comment__permalink'));
      expect(times.filter((t) => t.height >= 44).length).toBeGreaterThan(times.length / 2);
      // The skip link, once it has focus.
      await page.keyboard.press('Tab');
      const skip = await page.locator('.skip-link').boundingBox();
      expect(skip!.width).toBeGreaterThanOrEqual(24);
      expect(skip!.height).toBeGreaterThanOrEqual(24);
      await page.context().close();
    });

    it(`a long discussion at ${at}: "In reply to", "Continue this thread", Load more, back`, async () => {
      const page = await open(`${baseUrl}/articles/synthetic-1000`, 'light', phone);
      await page.getByRole('button', { name: 'Load more comments' }).waitFor();
      await page.getByText('In reply to').first().waitFor();
      const targets = await measureTargets(page);
      expect(tooSmall(targets)).toEqual([]);
      for (const kind of [
        'a.comment__continue',
        'a@comment__in-reply-to',
        'button.button "Load more comments"',
      ]) {
        expect(
          targets.some((t) => t.what.startsWith(kind)),
          kind,
        ).toBe(true);
      }
      await page
        .getByRole('link', { name: /Continue this thread/ })
        .first()
        .click();
      await page.getByRole('link', { name: '← Back to all comments' }).waitFor();
      const focused = await measureTargets(page);
      expect(tooSmall(focused)).toEqual([]);
      expect(focused.some((t) => t.what.startsWith('a.thread-focus__back'))).toBe(true);
      await page.context().close();
    });

    it(`the article list at ${at}`, async () => {
      const page = await open(`${baseUrl}/`, 'light', phone);
      await page.getByRole('link', { name: /Trump tells Russia/ }).waitFor();
      expect(tooSmall(await measureTargets(page))).toEqual([]);
      await page.context().close();
    });

    it(`the embed at ${at}, and its Load more`, async () => {
      const host = await startHostPage(baseUrl, [slug, 'synthetic-1000']);
      try {
        const page = await open(host.url, 'light', phone);
        for (const index of [0, 1]) {
          const iframe = page.locator('iframe').nth(index);
          await iframe.scrollIntoViewIfNeeded();
          await page.waitForFunction(
            (i) => document.querySelectorAll('iframe')[i]?.style.visibility === 'visible',
            index,
          );
          const frame = (await (await iframe.elementHandle())!.contentFrame())!;
          await frame.locator('.leave-reply textarea').waitFor();
          const targets = await measureTargets(frame);
          expect(tooSmall(targets)).toEqual([]);
          const kinds =
            index === 0
              ? ['button.collapse-toggle', 'a.comment__permalink', 'button.comment-actions__reply']
              : ['button.button "Load more comments"'];
          for (const kind of kinds) {
            expect(
              targets.some((t) => t.what.startsWith(kind)),
              kind,
            ).toBe(true);
          }
        }
        await page.context().close();
      } finally {
        await host.close();
      }
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
