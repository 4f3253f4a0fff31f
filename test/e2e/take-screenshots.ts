/**
 * Writes the README's screenshots to docs/screenshots/ from the built app:
 * `npm run build && npm run screenshots`.
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, phoneOptions, viewports } from './browser';
import { startHostPage } from './host-page-server';
import { startServer } from './server-process';

const slug = 'usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';
const outDir = 'docs/screenshots';
const desktop = (colorScheme: 'light' | 'dark'): BrowserContextOptions => ({
  viewport: viewports.desktop,
  colorScheme,
});

interface Shot {
  name: string;
  options: BrowserContextOptions;
  query?: string;
  /** Brings the page into the state worth showing, after the thread has loaded. */
  prepare?: (page: Page) => Promise<void>;
}

const scrollTo = (selector: string) => async (page: Page) => {
  await page.locator(selector).evaluate((el) => el.scrollIntoView());
};

const shots: Shot[] = [
  { name: 'desktop-light', options: desktop('light') },
  { name: 'desktop-dark', options: desktop('dark') },
  { name: 'phone-light', options: { ...phoneOptions(), colorScheme: 'light' } },
  { name: 'discussion-desktop', options: desktop('light'), prepare: scrollTo('#discussion-title') },
  {
    name: 'reply-form-error',
    options: desktop('light'),
    async prepare(page) {
      await page.getByRole('button', { name: 'Reply to wally n' }).last().click();
      const form = page.getByRole('form', { name: 'Reply to wally n' });
      await form.getByLabel('Comment', { exact: true }).fill('I agree with you about the planes.');
      await form.getByLabel('Email', { exact: true }).fill('not-an-address');
      await form.getByRole('button', { name: 'Send' }).click();
      await form.getByText('Enter your name.').waitFor();
      await form.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    },
  },
  {
    name: 'phone-spanish-dark',
    options: { ...phoneOptions(), colorScheme: 'dark' },
    query: '?lang=es',
    prepare: scrollTo('#discussion-title'),
  },
];

mkdirSync(outDir, { recursive: true });
const server = await startServer({ env: { PARLEY_RATE_LIMIT: 'off' } });
const browser = await launchChromium();
try {
  for (const shot of shots) {
    const context = await browser.newContext(shot.options);
    const page = await context.newPage();
    await page.goto(`${server.url}/articles/${slug}${shot.query ?? ''}`);
    await page.locator('#comment-7').waitFor();
    await page.locator('.article__body p').first().waitFor();
    await shot.prepare?.(page);
    await page.screenshot({ path: `${outDir}/${shot.name}.png` });
    await context.close();
    console.log(`${outDir}/${shot.name}.png`);
  }

  // Embedded in a host page of another origin, in the host's light and dark themes.
  const host = await startHostPage(server.url, [slug]);
  for (const theme of ['light', 'dark'] as const) {
    const context = await browser.newContext(desktop('light'));
    const page = await context.newPage();
    await page.goto(host.url);
    await page.waitForFunction(
      () => document.querySelector('iframe')?.style.visibility === 'visible',
    );
    await page.getByRole('button', { name: theme === 'dark' ? 'Dark' : 'Light' }).click();
    const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    await frame.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
    await page.evaluate(() => window.scrollTo(0, 120));
    await page.screenshot({ path: `${outDir}/embedded-${theme}.png` });
    await context.close();
    console.log(`${outDir}/embedded-${theme}.png`);
  }
  await host.close();
} finally {
  await browser.close();
  await server.stop();
}
