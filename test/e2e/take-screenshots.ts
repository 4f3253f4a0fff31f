/**
 * Writes the README's screenshots to docs/screenshots/ from the built app:
 * `npm run build && npm run screenshots`.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium, phoneOptions, viewports } from './browser';
import { startHostPage } from './host-page-server';
import { startServer } from './server-process';

const slug = 'usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';
const outDir = 'docs/screenshots';

const shots = [
  {
    name: 'desktop-light',
    options: { viewport: viewports.desktop, colorScheme: 'light' },
    fullPage: false,
  },
  {
    name: 'desktop-dark',
    options: { viewport: viewports.desktop, colorScheme: 'dark' },
    fullPage: false,
  },
  { name: 'phone-light', options: { ...phoneOptions(), colorScheme: 'light' }, fullPage: false },
  {
    name: 'discussion-desktop',
    options: { viewport: viewports.desktop, colorScheme: 'light' },
    scrollTo: '#discussion-title',
  },
] as const;

mkdirSync(outDir, { recursive: true });
const server = await startServer();
const browser = await launchChromium();
try {
  for (const shot of shots) {
    const context = await browser.newContext(shot.options);
    const page = await context.newPage();
    await page.goto(`${server.url}/articles/${slug}`);
    await page.locator('#comment-7').waitFor();
    if ('scrollTo' in shot) await page.locator(shot.scrollTo).evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: `${outDir}/${shot.name}.png` });
    await context.close();
    console.log(`${outDir}/${shot.name}.png`);
  }
  // Embedded in a host page of another origin, in the host's light and dark themes.
  const host = await startHostPage(server.url, [slug]);
  for (const theme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: viewports.desktop });
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
