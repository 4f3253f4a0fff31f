// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseArticleFile, splitFrontMatter } from '../../src/server/article-file';

const file = (front: string, body = 'The *body*.\n') => `---\n${front}\n---\n${body}`;
const complete = 'title: A new post\nslug: a-new-post\ndate: 2026-03-01\nlang: en-gb';

/** The problem a file is refused with (the test fails if it is taken). */
function problemOf(text: string, name = 'post.md'): string {
  const parsed = parseArticleFile(text, name);
  if (parsed.ok) throw new Error('taken');
  return parsed.problem;
}

describe('an article file (npm run article -- put)', () => {
  it('reads the front matter and keeps the rest as the body, Markdown by extension', () => {
    const text = file(
      `${complete}\nurl: https://blog.example.com/a-new-post\nauthor: Ana\ncomments: closed`,
      'The body.\n\n---\n\nAfter a rule: not front matter.\n',
    );
    expect(parseArticleFile(text, 'posts/A-New-Post.MD')).toEqual({
      ok: true,
      slug: 'a-new-post',
      input: {
        title: 'A new post',
        url: 'https://blog.example.com/a-new-post',
        lang: 'en-GB',
        author: 'Ana',
        publishedAt: '2026-03-01T00:00:00.000Z',
        commentsOpen: false,
        format: 'markdown',
        body: 'The body.\n\n---\n\nAfter a rule: not front matter.',
      },
    });
  });

  it('takes HTML by extension, a date-time with a zone, a byte-order mark and CRLF lines', () => {
    const text = `\uFEFF---\r\ntitle: "Quoted: title"\r\nslug: p\r\ndate: 2026-03-01T10:00:00-05:00\r\nlang: es\r\ncomments: open\r\n---\r\n<p>Hi</p>\r\n`;
    const parsed = parseArticleFile(text, 'p.html');
    expect(parsed).toMatchObject({
      ok: true,
      slug: 'p',
      input: {
        title: 'Quoted: title',
        publishedAt: '2026-03-01T15:00:00.000Z',
        commentsOpen: true,
        format: 'html',
        body: '<p>Hi</p>',
      },
    });
  });

  it('refuses a file without front matter, or with front matter that is not YAML keys', () => {
    expect(problemOf('# Just Markdown\n')).toMatch(/open with front matter/);
    expect(problemOf('---\ntitle: never closed\n')).toMatch(/open with front matter/);
    expect(problemOf(file('title: [unclosed'))).toMatch(/not YAML/);
    expect(problemOf(file('- a\n- list'))).toMatch(/keys and values/);
    expect(problemOf(file(complete), 'post.txt')).toMatch(/\.md/);
  });

  it('refuses what is missing, unknown or wrong, naming the front matter key', () => {
    expect(problemOf(file('title: T\nslug: t\nlang: en'))).toMatch(/needs "date"/);
    expect(problemOf(file('title: T\nslug: t\ndate: 2026-03-01'))).toMatch(/needs "lang"/);
    expect(problemOf(file(`${complete}\ntags: [a]`))).toMatch(/"tags", which an article does not/);
    expect(problemOf(file(complete.replace('a-new-post', 'A New Post')))).toMatch(/^slug: /);
    expect(problemOf(file(complete.replace('en-gb', 'english please')))).toMatch(/^lang: .*BCP 47/);
    expect(problemOf(file(complete.replace('2026-03-01', '2026-02-30')))).toMatch(/^date: /);
    expect(problemOf(file(`${complete}\ncomments: maybe`))).toMatch(/^comments: .*open or closed/);
    expect(problemOf(file(complete.replace('A new post', '123')))).toMatch(/^title: .*text/);
    expect(problemOf(file(complete, '   \n'))).toMatch(/^body: .*empty/);
  });

  it('splits at the first closing line only, in one pass', () => {
    expect(splitFrontMatter('---\na: 1\n...\nbody\n---\nmore')).toEqual({
      yaml: 'a: 1\n',
      body: 'body\n---\nmore',
    });
    expect(splitFrontMatter('---\n---\n')).toEqual({ yaml: '', body: '' });
    expect(splitFrontMatter('no\n---\n')).toBeUndefined();
  });
});
