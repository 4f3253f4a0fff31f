import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../e2e/browser';

/**
 * Headless Chromium as the browser tests run it, with frames no longer tied to a 60 Hz clock:
 * "key press to next frame" then measures the page's own work, not the wait for the next vsync.
 */
export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--disable-gpu-vsync', '--disable-frame-rate-limit'],
    headless: true,
  });
}

export const benchViewport = { width: 1280, height: 800 };

/** A page in a context of its own: a cold cache and fresh storage, as a first visit. */
export async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: benchViewport });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error on ${page.url()}: ${error.message}`));
  return page;
}

/**
 * Installed in the page: resolves after the next frame has been produced (a task queued from
 * requestAnimationFrame runs once that frame's style, layout and paint are done).
 */
export const afterNextFrameSource = `() => new Promise((resolve) =>
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  }))`;
