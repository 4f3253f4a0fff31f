import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createApiSource } from '../../src/client/sources/api-source';
import { createStaticSource } from '../../src/client/sources/static-source';
import { renderApp } from '../helpers/render-app';
import { createTestServer } from '../helpers/server';

const slug = 'usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';

/** What a source may send in place of one good comment: each must cost that comment only. */
const hostileChanges: Record<string, (comment: Record<string, unknown>) => void> = {
  'a script address': (c) => ((c.author as { url: string }).url = 'javascript:alert(1)'),
  'a data: address': (c) => ((c.author as { url: string }).url = 'data:text/html,<script>'),
  'a host name no browser opens': (c) =>
    ((c.author as { url: string }).url = 'https://a_b.example'),
  'a host Chromium refuses': (c) => ((c.author as { url: string }).url = 'https://a\u05d0.com'),
  'the same host in punycode': (c) => ((c.author as { url: string }).url = 'https://xn--a-0hc.com'),
  'an address with a password': (c) => ((c.author as { url: string }).url = 'https://u:p@x.co'),
  'a date that is no date': (c) => (c.createdAt = 'yesterday'),
  'a name that is a number': (c) => ((c.author as { name: unknown }).name = 42),
  'no body': (c) => delete c.body,
  'no id': (c) => delete c.id,
  'an unknown status': (c) => (c.status = 'spam'),
  'a list in place of the author': (c) => (c.author = ['Ana']),
};

/** A server (or something pretending to be one) whose first comment is changed by `change`. */
async function apiSourceWith(change: (comment: Record<string, unknown>) => void) {
  const { app } = await createTestServer();
  return createApiSource('http://parley.test', async (input, init) => {
    const res = await app.request(input, init);
    if (!input.includes('/comments')) return res;
    const page = (await res.json()) as { comments: Record<string, unknown>[] };
    change(page.comments[0]!);
    return Response.json(page);
  });
}

/** Waits until `count` comments are on screen (the first render of a file takes seconds). */
async function expectCommentsShown(count: number) {
  const heading = await screen.findByRole(
    'heading',
    { name: /^\d+ comments$/ },
    { timeout: 10_000 },
  );
  const section = heading.closest('section') ?? document.body;
  await vi.waitFor(() => expect(within(section).queryAllByRole('article')).toHaveLength(count), {
    timeout: 5_000,
  });
}

describe('a source that sends one hostile comment', () => {
  it.each(Object.keys(hostileChanges))(
    'with %s: only that comment is left out, reported in the console',
    async (kind) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      renderApp(await apiSourceWith(hostileChanges[kind]!), `/articles/${slug}`);
      // The demo has 7 comments; 6 are shown, and the thread says nothing is wrong.
      await expectCommentsShown(6);
      expect(screen.queryByText(/can’t be shown/)).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Parley left out comment/));
      const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.filter((href) => !/^(https?:|\/|#)/i.test(href))).toEqual([]);
    },
    15_000,
  );

  it('in a static file too: the others are shown', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { app } = await createTestServer();
    const article = await (await app.request(`/api/articles/${slug}`)).json();
    const page = (await (await app.request(`/api/articles/${slug}/comments`)).json()) as {
      comments: Record<string, unknown>[];
    };
    hostileChanges['a host name no browser opens']!(page.comments[1]!);
    const source = createStaticSource('/', async () =>
      Response.json({ article, comments: page.comments }),
    );
    renderApp(source, `/articles/${slug}`);
    await expectCommentsShown(6);
    expect(warn).toHaveBeenCalledTimes(1);
  }, 15_000);

  it('keeps a name written to reorder the line in its own direction, its time where it was', async () => {
    const overriding = '\u202Eevil\u202B';
    renderApp(
      await apiSourceWith((c) => ((c.author as { name: string }).name = overriding)),
      `/articles/${slug}`,
    );
    await expectCommentsShown(7);
    const name = screen.getByText(overriding);
    // A <bdi> isolates the name: its overrides end with it, before the time that follows.
    expect(name.closest('bdi')).not.toBeNull();
    expect(name.closest('header')?.querySelector('time')).not.toBeNull();
  }, 15_000);
});
