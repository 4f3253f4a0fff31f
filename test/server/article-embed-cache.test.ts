// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { embedLocale, renderEmbedFirstView } from '../../src/client/render-first-view';
import { defaultConfig } from '../../src/server/config';
import { createServer } from '../../src/server/create-server';
import { demoSlug } from '../../src/server/seed/demo-article';
import { builtClient } from '../helpers/built-client';
import { createTestServer } from '../helpers/server';

const token = 'test-admin-token-0123456789abcdef0123456789';

/** The smallest build the embed's first view takes: an index.html and an empty manifest. */
const client = builtClient({
  'index.html':
    '<!doctype html><html lang="en"><head><script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>',
  '.vite/manifest.json': '{}',
});
afterAll(client.remove);

describe('the embed after an article is changed', () => {
  it('renders its view again: closed comments lose the form, a deleted article its thread', async () => {
    const { store } = await createTestServer();
    const app = createServer({
      store,
      config: { ...defaultConfig, adminToken: token },
      clientDir: client.dir,
      startRenderer: () => renderEmbedFirstView,
      localeOf: embedLocale,
    });
    const embed = async () => (await app.request(`/embed/${demoSlug}`)).text();
    const change = (method: string, body?: unknown) =>
      app.request(`/api/articles/${demoSlug}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });

    const open = await embed();
    expect(open).toMatch(/<textarea[^>]* name="body"/);
    expect(await embed()).toBe(open);

    expect((await change('PATCH', { commentsOpen: false })).status).toBe(200);
    const closed = await embed();
    expect(closed).toContain('War in Venezuela would be catastrophic');
    expect(closed).not.toMatch(/<textarea[^>]* name="body"/);

    expect((await change('DELETE')).status).toBe(204);
    const gone = await embed();
    expect(gone).not.toContain('War in Venezuela would be catastrophic');
  });
});
