// @vitest-environment node
/** importFeed: one article per entry, idempotent by the entry's id, pages followed (issue 17 item 3). */
import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/server/db';
import { importFeed } from '../../src/server/feed/import-feed';
import type { FeedPage } from '../../src/server/feed/load-feed';
import { createSqliteStore } from '../../src/server/sqlite-store';
import { feedFixture, rssItem, rssOf } from '../feed/fixtures';

/** A site of these pages by address; any other address is a 404. Records what was asked. */
function site(pages: Record<string, string | Error>) {
  const asked: string[] = [];
  const load = async (address: string): Promise<FeedPage> => {
    asked.push(address);
    const page = pages[address];
    if (page instanceof Error) throw page;
    return page === undefined ? { kind: 'missing' } : { kind: 'page', xml: page };
  };
  return { load, asked };
}

const item = (n: number, content = `<p>Post ${n}.</p>`) =>
  rssItem({
    guid: `https://b.example/?p=${n}`,
    title: `Post ${n}`,
    link: `https://b.example/post-${n}/`,
    content: `<![CDATA[${content}]]>`,
  });

const newStore = () => createSqliteStore(openDb(':memory:'));

describe('importFeed', () => {
  it('imports each entry once: a second run changes nothing, a changed entry is updated in place', async () => {
    const store = newStore();
    const feed = 'https://b.example/feed/';
    const first = site({ [feed]: rssOf(item(1), item(2), item(3)) });
    const options = { follow: false, pagesMax: 10, load: first.load };
    expect(await importFeed(store, feed, options)).toEqual({
      created: 3,
      updated: 0,
      unchanged: 0,
      skipped: [],
      pages: 1,
    });
    expect(await importFeed(store, feed, options)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
    expect((await store.listArticles()).map((a) => a.slug).sort()).toEqual([
      'post-1',
      'post-2',
      'post-3',
    ]);

    const changed = site({ [feed]: rssOf(item(1), item(2, '<p>Edited.</p>'), item(3), item(4)) });
    expect(await importFeed(store, feed, { ...options, load: changed.load })).toMatchObject({
      created: 1,
      updated: 1,
      unchanged: 2,
    });
    expect(await store.listArticles()).toHaveLength(4);
    expect((await store.getArticle('post-2'))!.bodyHtml).toBe('<p>Edited.</p>');
    await store.close();
  });

  it('skips and reports a bad entry, and imports the others', async () => {
    const store = newStore();
    const bad = rssItem({ guid: 'x', title: 'Bad', pubDate: 'soon', content: 'x' });
    const { load } = site({ 'https://b.example/feed': rssOf(item(1), bad, item(2)) });
    const report = await importFeed(store, 'https://b.example/feed', {
      follow: false,
      pagesMax: 5,
      load,
    });
    expect(report).toMatchObject({
      created: 2,
      skipped: [{ entry: 'page 1, entry 2 (x)', problem: 'Its date "soon" is not a date.' }],
    });
    await store.close();
  });

  it('gives two entries with the same slug two articles, the same ones on every run: the second listed takes its id’s digest', async () => {
    const twin = (n: number) =>
      rssItem({ guid: `id-${n}`, title: 'Same title', content: `<![CDATA[<p>${n}</p>]]>` });
    const slugs = async (...order: number[]) => {
      const store = newStore();
      const { load } = site({ 'https://b.example/': rssOf(...order.map(twin)) });
      await importFeed(store, 'https://b.example/', { follow: false, pagesMax: 1, load });
      // The second takes the slug with its id's digest; the article for "id-2" is always the same.
      const bySlug = await Promise.all(
        (await store.listArticles()).map((a) => store.getArticle(a.slug)),
      );
      await store.close();
      return bySlug.map((a) => `${a!.slug}=${a!.bodyHtml}`).sort();
    };
    expect(await slugs(1, 2)).toHaveLength(2);
    expect(await slugs(1, 2)).toEqual(await slugs(1, 2));
    const [oneFirst, twoFirst] = [await slugs(1, 2), await slugs(2, 1)];
    expect(oneFirst.find((s) => s.endsWith('<p>2</p>'))).toMatch(/^same-title-[0-9a-f]{8}=/);
    expect(twoFirst.find((s) => s.endsWith('<p>1</p>'))).toMatch(/^same-title-[0-9a-f]{8}=/);
  });

  it('follows Atom rel="next" links to the end', async () => {
    const store = newStore();
    const { load, asked } = site({
      'https://blog.example.org/atom.xml': feedFixture('atom-page-1.xml'),
      'https://blog.example.org/atom-2.xml': feedFixture('atom-page-2.xml'),
    });
    const report = await importFeed(store, 'https://blog.example.org/atom.xml', {
      follow: true,
      pagesMax: 10,
      load,
    });
    expect(report).toMatchObject({ created: 3, pages: 2, skipped: [] });
    // Page 2 has no next link: WordPress's ?paged=3 is tried, and its 404 is the end.
    expect(asked).toEqual([
      'https://blog.example.org/atom.xml',
      'https://blog.example.org/atom-2.xml',
      'https://blog.example.org/atom.xml?paged=3',
    ]);
    expect(await store.getArticle('ola-adeus')).toMatchObject({
      lang: 'pt-BR',
      title: 'Olá & adeus',
    });
    expect(await store.getArticle('terceiro')).toMatchObject({
      bodyHtml: '<p>Texto &lt;simples&gt;.</p>',
    });
    await store.close();
  });

  it('pages WordPress feeds with ?paged=N, stopping at a 404, a repeated page or the cap; only with --follow', async () => {
    const feed = 'https://b.example/feed/';
    const wordpress = site({
      [feed]: rssOf(item(1), item(2)),
      [`${feed}?paged=2`]: rssOf(item(3)),
    });
    const store = newStore();
    expect(
      await importFeed(store, feed, { follow: false, pagesMax: 10, load: wordpress.load }),
    ).toMatchObject({ created: 2, pages: 1 });
    expect(
      await importFeed(store, feed, { follow: true, pagesMax: 10, load: wordpress.load }),
    ).toMatchObject({ created: 1, unchanged: 2, pages: 2 });
    expect(wordpress.asked.at(-1)).toBe(`${feed}?paged=3`);

    // A site that ignores ?paged sends its first page again and again.
    const ignoring = site({ [feed]: rssOf(item(1)) });
    ignoring.load = async (address) => (
      ignoring.asked.push(address),
      { kind: 'page', xml: rssOf(item(1)) }
    );
    expect(
      await importFeed(newStore(), feed, { follow: true, pagesMax: 10, load: ignoring.load }),
    ).toMatchObject({ pages: 1 });
    expect(ignoring.asked).toHaveLength(2);

    // Endless distinct pages: the cap.
    const endless = async (address: string): Promise<FeedPage> => ({
      kind: 'page',
      xml: rssOf(
        item(address.length * 1000 + Number(new URL(address).searchParams.get('paged') ?? 1)),
      ),
    });
    expect(
      await importFeed(newStore(), feed, { follow: true, pagesMax: 4, load: endless }),
    ).toMatchObject({ created: 4, pages: 4, stopped: 'the cap of 4 pages' });
    await store.close();
  });

  it('throws when the first page fails; a later page that fails stops there, keeping what was imported', async () => {
    const feed = 'https://b.example/feed/';
    await expect(
      importFeed(newStore(), feed, { follow: false, pagesMax: 1, load: site({}).load }),
    ).rejects.toThrow(/404/);
    await expect(
      importFeed(newStore(), feed, {
        follow: false,
        pagesMax: 1,
        load: site({ [feed]: '<html></html>' }).load,
      }),
    ).rejects.toThrow(/neither an RSS 2.0 feed/);
    const { load } = site({
      [feed]: rssOf(item(1)),
      [`${feed}?paged=2`]: new Error('connection reset'),
    });
    expect(await importFeed(newStore(), feed, { follow: true, pagesMax: 5, load })).toMatchObject({
      created: 1,
      pages: 1,
      stopped: `page 2 (${feed}?paged=2): connection reset`,
    });
  });
});
