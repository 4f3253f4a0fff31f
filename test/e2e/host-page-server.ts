import { createServer } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import type { AddressInfo } from 'node:net';
import { demoHostPage } from '../../src/embed-host/demo-host-page';

/** Serves the demo host page on a port of its own: another origin than Parley's. */
export async function startHostPage(parleyUrl: string, articles: readonly string[]) {
  const html = demoHostPage({ parleyUrl, articles });
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A Chromium and a host page embedding `articles`, started before a file's tests and closed after
 * them: read `browser` and `host` inside the tests.
 */
export function chromiumAndHostPage(parleyUrl: string, articles: readonly string[]) {
  const running = {} as { browser: Browser; host: Awaited<ReturnType<typeof startHostPage>> };
  beforeAll(async () => {
    [running.browser, running.host] = await Promise.all([
      launchChromium(),
      startHostPage(parleyUrl, articles),
    ]);
  });
  afterAll(async () => {
    await Promise.all([running.browser?.close(), running.host?.close()]);
  });
  return running;
}
