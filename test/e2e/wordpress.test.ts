/**
 * A WordPress post read and replied to in Chromium, straight from the real test WordPress
 * (.ci/wordpress/up.sh; `npm run wordpress:up`). Skipped only with PARLEY_SKIP_WORDPRESS=1.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freshAuthor,
  longPostSlug,
  plainPostSlug,
  seeded,
  skipWordPress,
  testSites,
  type TestSites,
} from '../wordpress/test-site';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, viewports } from './browser';
import { startServer, type RunningServer } from './server-process';

/** Several WordPress pages, each a PHP request of its own. */
const pollLong = { timeout: 15_000, interval: 200 };

describe.skipIf(skipWordPress)('a WordPress post in Chromium', () => {
  let sites: TestSites;
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    sites = await testSites();
    // The pretty site by its host and port, the plain one by a name of its own.
    server = await startServer({
      env: { PARLEY_WORDPRESS_SITES: `${sites.pretty.url},plain=${sites.plain.url}` },
    });
    // The shared arguments resolve only 127.0.0.1; the plain site lives on 127.0.0.2.
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs.map((arg) =>
        arg.startsWith('--host-resolver-rules=')
          ? arg.replace('EXCLUDE 127.0.0.1', 'EXCLUDE 127.0.0.1 , EXCLUDE 127.0.0.2')
          : arg,
      ),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** `locale` is the browser's language, which the reader speaks unless the address says. */
  async function openPage(path: string, locale = 'en-US'): Promise<Page> {
    const context = await browser.newContext({ viewport: viewports.desktop, locale });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${server.url}${path}`);
    return page;
  }
  const prettyPath = () => `/wp/${new URL(sites.pretty.url).host}/${longPostSlug}`;
  const loadedCount = (page: Page) =>
    page.locator('section.discussion').getAttribute('data-loaded-count').then(Number);

  it('shows the post and, page by page, every one of its comments', async () => {
    const post = seeded(sites.pretty, longPostSlug);
    const total = Number(
      (
        await fetch(`${sites.pretty.url}/wp-json/wp/v2/comments?post=${post.id}&per_page=1`)
      ).headers.get('x-wp-total'),
    );
    const page = await openPage(prettyPath());
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(post.title);
    await page.getByRole('heading', { name: `${total} comments` }).waitFor();
    expect(await page.locator('figure figcaption').textContent()).toContain('The harbour at dawn');
    expect(await page.locator('figure img').getAttribute('src')).toBe(
      `${sites.pretty.url}/wp-content/uploads/parley/harbour.png`,
    );
    // Comment HTML is shown formatted (the second comment has <strong>).
    await page.locator(`#comment-${post.approvedIds[1]} .comment__body strong`).waitFor();
    // The first WordPress page arrives first; the rest as the reader scrolls (or asks).
    await expect.poll(() => loadedCount(page)).toBeGreaterThanOrEqual(100);
    await expect
      .poll(async () => {
        const more = page.getByRole('button', { name: 'Load more comments' });
        if (await more.isVisible()) await more.click();
        return loadedCount(page);
      }, pollLong)
      .toBe(total);
    await page.context().close();
  });

  it('shows a comment’s HTML without running anything in it', async () => {
    const post = seeded(sites.pretty, longPostSlug);
    // The permalink loads pages until the comment is there.
    const page = await openPage(`${prettyPath()}#comment-${post.unsafeId}`);
    const unsafe = page.locator(`#comment-${post.unsafeId}`);
    await unsafe.waitFor();
    expect((await unsafe.locator('.comment__body').textContent())?.trim()).toBe('Hello world');
    expect(await unsafe.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => '__parleyXss' in window)).toBe(false);
    await page.context().close();
  });

  it('posts a reply from the browser to the site, and the reply stays after a reload', async () => {
    const page = await openPage(prettyPath());
    const body = `Sent from Chromium at ${Date.now()}.`;
    const form = page.getByRole('form', { name: 'Leave a Reply' });
    await form.getByLabel('Comment', { exact: true }).fill(body);
    await form.getByLabel('Name', { exact: true }).fill('Chromium Reader');
    await form.getByLabel('Email', { exact: true }).fill(`chromium-${Date.now()}@example.com`);
    await form.getByRole('button', { name: 'Send' }).click();
    await expect
      .poll(() => form.getByLabel('Comment', { exact: true }).inputValue(), pollLong)
      .toBe('');

    const stored = await fetch(
      `${sites.pretty.url}/wp-json/wp/v2/comments?search=${encodeURIComponent(body)}`,
    ).then((r) => r.json() as Promise<{ id: number }[]>);
    expect(stored).toHaveLength(1);
    // Long discussions are windowed, so the reply (the newest thread) is reached by its
    // permalink, which loads pages until it is there.
    await page.goto(`${server.url}${prettyPath()}#comment-${stored[0]!.id}`);
    await page.reload();
    await expect.poll(() => page.locator(`#comment-${stored[0]!.id}`).count(), pollLong).toBe(1);
    await page.context().close();
  });

  it('reads a site that answers only under ?rest_route=, and says it takes no anonymous replies', async () => {
    const page = await openPage(`/wp/plain/${plainPostSlug}`);
    await page.getByRole('heading', { name: '3 comments' }).waitFor();
    const form = page.getByRole('form', { name: 'Leave a Reply' });
    await form.getByLabel('Comment', { exact: true }).fill('Hello from Chromium.');
    await form.getByLabel('Name', { exact: true }).fill('Chromium Reader');
    await form.getByLabel('Email', { exact: true }).fill('chromium@example.com');
    await form.getByRole('button', { name: 'Send' }).click();
    await form.getByText(/takes comments only from signed-in readers/).waitFor();
    // The reader's words stay in the form.
    expect(await form.getByLabel('Comment', { exact: true }).inputValue()).toBe(
      'Hello from Chromium.',
    );
    await page.context().close();
  });

  it('tells a Spanish reader in Spanish that the site takes no anonymous replies', async () => {
    const page = await openPage(`/wp/plain/${plainPostSlug}`, 'es-ES');
    await page.getByRole('heading', { name: '3 comentarios' }).waitFor();
    const form = page.getByRole('form', { name: 'Deja una respuesta' });
    await form.getByLabel('Comentario', { exact: true }).fill('Hola desde Chromium.');
    await form.getByLabel('Nombre', { exact: true }).fill('Lectora de Chromium');
    await form.getByLabel('Correo electrónico', { exact: true }).fill('chromium@example.com');
    await form.getByRole('button', { name: 'Enviar' }).click();
    await form
      .getByText(
        /^Este sitio de WordPress solo acepta comentarios de lectores con sesión iniciada, así que Parley no puede publicar el tuyo\. Puedes comentar en la propia entrada: http:\/\/127\.0\.0\.2:\d+\/\?p=\d+$/,
      )
      .waitFor();
    expect(await form.getByLabel('Comentario', { exact: true }).inputValue()).toBe(
      'Hola desde Chromium.',
    );
    await page.context().close();
  });

  it('tells a Spanish reader in Spanish that WordPress already has this comment', async () => {
    const page = await openPage(prettyPath(), 'es-ES');
    const form = page.getByRole('form', { name: 'Deja una respuesta' });
    const comment = form.getByLabel('Comentario', { exact: true });
    const author = freshAuthor('Lectora');
    const body = `Dicho una vez desde Chromium, ${Date.now()}.`;
    const send = async () => {
      await comment.fill(body);
      await form.getByLabel('Nombre', { exact: true }).fill(author.name);
      await form.getByLabel('Correo electrónico', { exact: true }).fill(author.email);
      await form.getByRole('button', { name: 'Enviar' }).click();
    };
    await send();
    await expect.poll(() => comment.inputValue(), pollLong).toBe('');
    await send();
    // Beside the comment, which is the field WordPress found twice, and tied to it.
    await expect.poll(() => comment.getAttribute('aria-invalid'), pollLong).toBe('true');
    const describedBy = (await comment.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(
      describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(descriptions).toContain(
      'Ya publicaste este comentario aquí: WordPress no acepta el mismo comentario dos veces.',
    );
    expect(await comment.inputValue()).toBe(body);
    await page.context().close();
  });

  it('refuses a site the operator has not allowed', async () => {
    const page = await openPage(`/wp/evil.example/${longPostSlug}`);
    await page
      .getByRole('alert')
      .getByText(/does not show posts from “evil\.example”/)
      .waitFor();
    await page.context().close();
  });
});
