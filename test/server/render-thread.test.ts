// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderInThread } from '../../src/server/render-thread';

const entry = new URL('../helpers/render-thread-entry.mjs', import.meta.url);
const view = {} as never;

describe('renders in a thread of their own', () => {
  it('answers each render, in any number at once, and a failure as a failure', async () => {
    const render = renderInThread(entry);
    const paths = Array.from({ length: 20 }, (_, i) => `/embed/${i}`);
    expect(
      await Promise.all(paths.map((path) => render({ path, search: '', locale: 'es', view }))),
    ).toEqual(paths.map((path) => `${path} in es`));
    await expect(render({ path: '/fail', search: '', locale: 'en', view })).rejects.toThrow(
      'cannot render this',
    );
    expect(await render({ path: '/after', search: '', locale: 'en', view })).toBe('/after in en');
  });

  it('starts the thread again after it died, failing only the renders it had', async () => {
    const render = renderInThread(entry);
    await expect(render({ path: '/die', search: '', locale: 'en', view })).rejects.toThrow(
      'The render thread stopped (3).',
    );
    expect(await render({ path: '/again', search: '', locale: 'en', view })).toBe('/again in en');
  });
});
