import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { launchChromium } from '../browser';
import { waitTimeout, type DriverPage, type DriverScope, type Engine, type Target } from './driver';

const waitOptions = { timeout: waitTimeout };

/** Every element the target finds (its `nth` aside). */
function locateAll(root: Page | Frame, target: Target): Locator {
  const base: Page | Frame | Locator = target.within ? locate(root, target.within) : root;
  if ('role' in target) return base.getByRole(target.role, { name: target.name, exact: true });
  if ('label' in target) return base.getByLabel(target.label, { exact: true });
  // A pattern, because a plain string would match regardless of case.
  if ('text' in target) {
    return base.getByText(new RegExp(target.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  }
  return base.locator(target.css);
}

const locate = (root: Page | Frame, target: Target) => locateAll(root, target).nth(target.nth ?? 0);

function scope(root: Page | Frame): DriverScope {
  const options = waitOptions;
  return {
    waitFor: (target) => locate(root, target).waitFor({ state: 'visible', ...options }),
    count: (target) => locateAll(root, target).count(),
    click: (target) => locate(root, target).click(options),
    fill: (target, text) => locate(root, target).fill(text, options),
    type: (target, text) => locate(root, target).pressSequentially(text, options),
    inputValue: (target) => locate(root, target).inputValue(options),
    attribute: (target, name) => locate(root, target).getAttribute(name, options),
    evaluate: (fn) => root.evaluate(fn),
    async waitForFunction(fn) {
      await root.waitForFunction(fn, undefined, options);
    },
  };
}

async function newPage(browser: Browser, ...[options]: Parameters<Engine['newPage']>) {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    ...(options.phone ? { deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {}),
  });
  return playwrightPage(await context.newPage(), () => context.close());
}

/** A Playwright page as the flows see it; `close` ends whatever the page had to itself. */
export function playwrightPage(page: Page, close: () => Promise<void>): DriverPage {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return {
    ...scope(page),
    errors,
    async goto(url) {
      await page.goto(url);
    },
    async reload() {
      await page.reload();
    },
    async frame(index) {
      const element = await page.locator('iframe').nth(index).elementHandle(waitOptions);
      const frame = await element?.contentFrame();
      if (!frame) throw new Error(`No document in iframe ${index}`);
      return scope(frame);
    },
    close,
  };
}

/** Debian's Chromium through Playwright, with the suite's usual flags (browser.ts). */
export async function launchChromiumEngine(): Promise<Engine> {
  const browser = await launchChromium();
  return {
    name: 'Chromium',
    newPage: (pageOptions) => newPage(browser, pageOptions),
    close: () => browser.close(),
  };
}
