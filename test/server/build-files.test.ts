// @vitest-environment node
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { hideBuildFiles } from '../../src/server/build-files';

/** The middleware in front of a stand-in for the static files. */
function staticServer() {
  const app = new Hono();
  app.use('/*', hideBuildFiles());
  app.get('/*', (c) => c.text('a file'));
  return app;
}

describe('files of the build that are not served', () => {
  it.each([
    '/assets/index-abc123.js.map',
    '/assets/index-abc123.css.map',
    '/assets/INDEX.JS.MAP',
    '/.vite/manifest.json',
    '/%2Evite/manifest.json',
    '/assets/index.js%2Emap',
    '/.vite',
  ])('404 for %s', async (path) => {
    const res = await staticServer().request(path);
    expect(res.status).toBe(404);
  });

  it.each(['/assets/index-abc123.js', '/index.html', '/articles/maps', '/vite/x', '/%E0%A4%A'])(
    'serves %s as before',
    async (path) => {
      const res = await staticServer().request(path);
      expect(await res.text()).toBe('a file');
    },
  );
});
