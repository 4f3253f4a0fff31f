import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseBlogText } from '../../src/server/seed/parse-blog-text';
import { demoArticle, demoSlug } from '../../src/server/seed/demo-article';
import { demoPageText } from '../../src/server/seed/demo-page-text';

describe('the demo article converted from the blog page', () => {
  const article = demoArticle();

  it('takes the title from the first line and invents no author or date', () => {
    expect(article.slug).toBe(demoSlug);
    expect(article.title).toBe('USA: Trump tells Russia to get its troops out of\u00a0Venezuela');
    expect(article.author).toBeUndefined();
    expect(article.publishedAt).toBeUndefined();
  });

  it('keeps every paragraph of the article and none of the page furniture', () => {
    const paragraphs = article.bodyHtml.split('\n');
    expect(paragraphs).toHaveLength(16);
    expect(paragraphs[0]).toMatch(/^<p>The arrival of two Russian air force planes/);
    expect(paragraphs.at(-1)).toBe(
      '<p>\u201cOur message very simply is: We\u2019re with you,\u201d Pence said.</p>',
    );
    expect(article.bodyHtml).not.toMatch(/trackback|Leave a Reply|bloggers like this/i);
  });

  it('moves the photo caption out of the text into the lead image, with its credit', () => {
    expect(article.leadImage).toEqual({
      caption: expect.stringMatching(
        /^U\.S\. President Donald Trump meets with Fabiana Rosales.*March 27, 2019\.$/,
      ),
      credit: 'REUTERS/Carlos Barria',
    });
    expect(article.leadImage?.src).toBeUndefined();
    expect(article.bodyHtml).not.toContain('REUTERS');
  });

  it('has all 7 comments in page order, with authors and Guyana-time dates', () => {
    expect(article.comments.map((c) => [c.authorName, c.createdAt])).toEqual([
      ['Rosaliene Bacchus', '2019-03-28T13:00:00-04:00'],
      ['wally n', '2019-03-28T14:45:00-04:00'],
      ['Trevor', '2019-03-31T15:50:00-04:00'],
      ['Trevor', '2019-03-31T15:54:00-04:00'],
      ['wally n', '2019-03-31T19:08:00-04:00'],
      ['Trevor', '2019-04-01T07:35:00-04:00'],
      ['Clyde Duncan', '2019-04-01T23:48:00-04:00'],
    ]);
  });

  it("nests only Trevor's 7:35 am comment, under wally n's of 7:08 pm", () => {
    const replies = article.comments.filter((c) => c.parentIndex !== null);
    expect(replies).toHaveLength(1);
    const [reply] = replies;
    expect(reply?.createdAt).toBe('2019-04-01T07:35:00-04:00');
    expect(article.comments[reply!.parentIndex!]?.createdAt).toBe('2019-03-31T19:08:00-04:00');
  });

  it('keeps the paragraphs of a comment, as text', () => {
    const trevor = article.comments[3]!;
    expect(trevor.body.split('\n\n')).toHaveLength(5);
    const clyde = article.comments[6]!;
    expect(clyde.body.split('\n\n')[1]).toBe('M K Bhadrakumar | Russia Insider');
    expect(clyde.body).not.toContain('Leave a Reply');
  });

  it('matches the seed in shared/ when that copy is present', () => {
    const shared = resolve('../shared/seed/000_84b3d3db90818de1.txt');
    let original: string;
    try {
      original = readFileSync(shared, 'utf8');
    } catch {
      return expect(demoPageText.startsWith('USA: Trump')).toBe(true);
    }
    expect(demoPageText).toBe(original);
  });
});

describe('parseBlogText', () => {
  it('refuses a page without a title', () => {
    expect(() => parseBlogText('\n\nbody', { utcOffset: 'Z' })).toThrow(/title/);
  });

  it('reads 12 am as midnight and 12 pm as noon, and nests deeper bullets', () => {
    const page = [
      'Title',
      '',
      'Body.',
      'Post a comment or leave a trackback: Trackback URL.',
      '  \u2022 A\u00a0 On 01/02/2020 at 12:05 am',
      '    First.',
      '    \u2022 B\u00a0 On 01/02/2020 at 12:30 pm',
      '      Second.',
      '      \u2022 C\u00a0 On 01/03/2020 at 1:00 pm',
      '        Third.',
      '  \u2022 D\u00a0 On 01/04/2020 at 9:00 am',
      '    Fourth.',
      'Leave a Reply',
      '  \u2022 Not a comment\u00a0 On 01/04/2020 at 9:00 am',
    ].join('\n');
    const parsed = parseBlogText(page, { utcOffset: 'Z' });
    expect(parsed.comments.map((c) => [c.authorName, c.parentIndex, c.createdAt, c.body])).toEqual([
      ['A', null, '2020-01-02T00:05:00Z', 'First.'],
      ['B', 0, '2020-01-02T12:30:00Z', 'Second.'],
      ['C', 1, '2020-01-03T13:00:00Z', 'Third.'],
      ['D', null, '2020-01-04T09:00:00Z', 'Fourth.'],
    ]);
  });
});

// The converted comments must satisfy the contract the API promises.
it('produces dates the shared schema accepts', async () => {
  const { commentSchema } = await import('../../src/core/schemas');
  for (const c of demoArticle().comments) {
    const result = v.safeParse(commentSchema, {
      id: '1',
      parentId: null,
      author: { name: c.authorName },
      createdAt: c.createdAt,
      body: c.body,
      status: 'approved',
    });
    expect(result.success).toBe(true);
  }
});
