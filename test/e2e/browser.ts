import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, kept off every network but this machine's. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
];

/** One headless Chromium (Playwright gives each launch a fresh temporary profile). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/**
 * A browser on a profile folder of our own, for tests that close the browser and open it again
 * on the same profile (what a killed browser leaves behind). Removed on closeAll.
 */
export async function newPersistentContext(
  options: BrowserContextOptions,
  userDataDir = mkdtempSync(join(tmpdir(), 'parley-chromium-')),
): Promise<BrowserContext & { userDataDir: string; closeAll(): Promise<void> }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    ...options,
  });
  return Object.assign(context, {
    userDataDir,
    async closeAll() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  });
}

export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 667 },
  smallPhone: { width: 360, height: 740 },
} as const;

/** Phone contexts emulate touch and a mobile user agent's scale, as a real phone would. */
export function phoneOptions(
  viewport: { width: number; height: number } = viewports.phone,
): BrowserContextOptions {
  return { viewport, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
}

/**
 * For a test file: one Chromium for all its tests, closed after them, and `openPage` for a page
 * in a fresh context that fails the test on any uncaught page error.
 */
export function sharedChromium() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async openPage(options: BrowserContextOptions = {}): Promise<Page> {
      const page = await (await browser!.newContext(options)).newPage();
      page.on('pageerror', (error) => {
        throw error;
      });
      return page;
    },
  };
}
