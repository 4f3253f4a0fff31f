import { Puppeteer, type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { waitTimeout, type DriverPage, type DriverScope, type Engine, type Target } from './driver';
import { launchFirefox, setFirefoxViewport } from './firefox';

/**
 * `::-p-label(text)`: form controls whose label, aria-label or aria-labelledby text is exactly
 * `text` (whitespace collapsed), as Playwright's getByLabel(text, { exact: true }) finds them.
 * Puppeteer sends this function to the page, so it must stand alone.
 */
const labelQuery = {
  queryAll: (root: Node, label: string) => {
    const text = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const controls = (root as ParentNode).querySelectorAll<HTMLInputElement>(
      'input, textarea, select',
    );
    return Array.from(controls).filter((control) => {
      const labelledBy = (control.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => text(document.getElementById(id)))
        .join(' ');
      return (
        Array.from(control.labels ?? []).some((element) => text(element) === label) ||
        control.getAttribute('aria-label') === label ||
        labelledBy === label
      );
    });
  },
};
// Registered once per process: Puppeteer's handlers are global, and a second registration throws.
if (!Puppeteer.customQueryHandlerNames().includes('label')) {
  Puppeteer.registerCustomQueryHandler('label', labelQuery);
}

/** Puppeteer's ARIA selector takes the name in quotes; none of the flows' names has one. */
function selector(target: Target): string {
  if ('role' in target) return `::-p-aria([name="${target.name}"][role="${target.role}"])`;
  if ('label' in target) return `::-p-label(${target.label})`;
  if ('text' in target) return `::-p-text(${target.text})`;
  return target.css;
}

async function findAll(root: Page | Frame, target: Target): Promise<ElementHandle[]> {
  if (!target.within) return root.$$(selector(target));
  const outer = await find(root, target.within);
  return outer ? outer.$$(selector(target)) : [];
}

async function find(root: Page | Frame, target: Target): Promise<ElementHandle | null> {
  return (await findAll(root, target))[target.nth ?? 0] ?? null;
}

/** Checks `probe` every 50 ms until it gives a value, failing after the flows' wait timeout. */
async function until<T>(what: string, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + waitTimeout;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${waitTimeout} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The target once it is visible: Puppeteer's waitForSelector has no `within` + `nth`. */
function visible(root: Page | Frame, target: Target): Promise<ElementHandle> {
  return until(`${JSON.stringify(target)} visible`, async () => {
    const element = await find(root, target);
    return element && (await element.isVisible()) ? element : null;
  });
}

function scope(root: Page | Frame): DriverScope {
  return {
    async waitFor(target) {
      await visible(root, target);
    },
    count: async (target) => (await findAll(root, target)).length,
    async click(target) {
      await (await visible(root, target)).click();
    },
    // Not Locator.fill: it waits with a polling script that Firefox ESR 140 runs under the
    // page's own policy, which (script-src 'self', no eval) refuses it. Select, then type over.
    async fill(target, text) {
      const field = await visible(root, target);
      await field.evaluate((element) => (element as HTMLInputElement).select());
      if (text === '') await field.press('Backspace');
      else await field.type(text);
    },
    async type(target, text) {
      await (await visible(root, target)).type(text);
    },
    inputValue: async (target) =>
      (await visible(root, target)).evaluate((element) => (element as HTMLInputElement).value),
    attribute: async (target, name) =>
      (await until(JSON.stringify(target), () => find(root, target))).evaluate(
        (element, attribute) => element.getAttribute(attribute),
        name,
      ),
    evaluate: (fn) => root.evaluate(fn),
    async waitForFunction(fn) {
      await root.waitForFunction(fn, { timeout: waitTimeout });
    },
  };
}

async function newPage(browser: Browser, ...[options]: Parameters<Engine['newPage']>) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await setFirefoxViewport(page, {
    width: options.width,
    height: options.height,
    ...(options.phone ? { deviceScaleFactor: 2, hasTouch: true } : {}),
  });
  return puppeteerPage(page, () => context.close());
}

/** A Puppeteer page as the flows see it; `close` ends whatever the page had to itself. */
export function puppeteerPage(page: Page, close: () => Promise<void>): DriverPage {
  const errors: Error[] = [];
  page.on('pageerror', (error: unknown) =>
    errors.push(error instanceof Error ? error : new Error(String(error))),
  );
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
      const element = await until(
        `iframe ${index}`,
        async () => (await page.$$('iframe'))[index] ?? null,
      );
      const frame = await element.contentFrame();
      return scope(frame);
    },
    close,
  };
}

/** Debian's Firefox ESR through Puppeteer over WebDriver BiDi (firefox.ts). */
export async function launchFirefoxEngine(): Promise<Engine> {
  const browser = await launchFirefox();
  return {
    name: 'Firefox',
    newPage: (pageOptions) => newPage(browser, pageOptions),
    close: () => browser.close(),
  };
}
