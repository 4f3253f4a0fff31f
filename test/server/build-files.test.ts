// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/server/config';
import { createServer } from '../../src/server/create-server';
import { builtClient } from '../helpers/built-client';
import { createTestServer } from '../helpers/server';

const singlePageApp =
  '<!doctype html><html lang="en"><head>' +
  '<script type="module" crossorigin src="/assets/index-abc123.js"></script>' +
  '</head><body><div id="root"></div></body></html>';

const client = builtClient({
  'index.html': singlePageApp,
  'assets/index-abc123.js': 'the script',
  'assets/index-abc123.js.map': '{"sources":["src/client/main.tsx"]}',
  'assets/index-abc123.css.map': '{"sources":["src/client/styles.css"]}',
  '.vite/manifest.json': '{}',
});
afterAll(client.remove);

/** The server's own routes in front of that build. */
async function staticServer() {
  const { store } = await createTestServer();
  return createServer({
    store,
    config: defaultConfig,
    clientDir: client.dir,
    startRenderer: () => () => Promise.reject(new Error('No page here is rendered.')),
    localeOf: () => 'en',
  });
}

describe('files of the build that are not served', () => {
  it.each([
    '/assets/index-abc123.js.map',
    '/assets/index-abc123.css.map',
    '/assets/INDEX.JS.MAP',
    '/.vite/manifest.json',
    '/%2Evite/manifest.json',
    '/assets/index-abc123.js%2Emap',
    '/.vite',
  ])('404 for %s', async (path) => {
    const res = await (await staticServer()).request(path);
    expect(res.status).toBe(404);
  });

  it.each([
    ['/assets/index-abc123.js', 'the script'],
    ['/index.html', singlePageApp],
    ['/articles/maps', singlePageApp],
    ['/vite/x', singlePageApp],
    ['/%E0%A4%A', singlePageApp],
  ])('serves %s as before', async (path, body) => {
    const res = await (await staticServer()).request(path);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(body);
  });
});
