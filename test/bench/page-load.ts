import type { Browser, Page } from 'playwright-core';
import { freshPage } from './bench-browser';

export interface PageLoad {
  /** First contentful paint, ms from navigation start. */
  fcpMs: number;
  /** The frame in which the first comment was laid out on the page, ms from navigation start. */
  firstCommentMs: number;
  /** JS heap in use after load and a garbage collection, MB. */
  heapMB: number;
  /** Elements in the document after load. */
  domElements: number;
  /** JS and CSS fetched before the first comment: requests and bytes as they came over the wire. */
  jsCssRequests: number;
  jsCssKB: number;
  /** The page's HTML as it came over the wire. */
  htmlKB: number;
  /** The frame in which the app had rendered into the page (after the first comment, where the server rendered it). */
  appMs: number;
}

/**
 * Records, in the page, the first frame in which an element matching the selector has a size,
 * and the first in which the app has rendered into #root (React marks the element it renders
 * into). Source text, not a function: the TypeScript runner would add helpers the page lacks.
 */
const watchFirstComment = (selector: string) => `(() => {
  const check = (time) => {
    const element = document.querySelector(${JSON.stringify(selector)});
    if (!('__firstComment' in window) && element && element.getBoundingClientRect().height > 0) {
      window.__firstComment = time;
    }
    const root = document.getElementById('root');
    if (!('__appStarted' in window)) {
      // A page that is not Parley's (WordPress's own) has no app to wait for.
      if (!root) window.__appStarted = NaN;
      else if (Object.keys(root).some((key) => key.startsWith('__reactContainer'))) {
        window.__appStarted = time;
      }
    }
    if (!('__firstComment' in window && '__appStarted' in window)) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

/** Loads `url` in a fresh context and measures it once the first comment is there and the network is quiet. */
export async function measurePageLoad(
  browser: Browser,
  url: string,
  commentSelector: string,
): Promise<PageLoad> {
  const page = await freshPage(browser);
  try {
    await page.addInitScript({ content: watchFirstComment(commentSelector) });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => '__firstComment' in window && '__appStarted' in window, null, {
      timeout: 60_000,
    });
    // Quiet network, or measure anyway: a page that keeps fetching is measured as it stands.
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    const timings = await page.evaluate(() => {
      const { __firstComment: firstComment, __appStarted: appStarted } = window as unknown as {
        __firstComment: number;
        __appStarted: number;
      };
      const navigation = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const jsCss = performance
        .getEntriesByType('resource')
        .filter((e): e is PerformanceResourceTiming => e instanceof PerformanceResourceTiming)
        .filter((e) => /\.(m?js|css)$/.test(new URL(e.name).pathname))
        .filter((e) => e.responseEnd <= firstComment);
      return {
        fcpMs: fcp,
        firstCommentMs: firstComment,
        domElements: document.getElementsByTagName('*').length,
        jsCssRequests: jsCss.length,
        jsCssKB: jsCss.reduce((sum, e) => sum + (e.encodedBodySize || e.transferSize), 0) / 1000,
        htmlKB: (navigation?.encodedBodySize ?? NaN) / 1000,
        appMs: appStarted,
      };
    });
    return { ...timings, heapMB: await usedHeapMB(page) };
  } finally {
    await page.context().close();
  }
}

/** The JS heap in use after a full garbage collection, from the DevTools protocol. */
export async function usedHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return used / 1e6;
}
