// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/server/db';
import { createSqliteStore } from '../../src/server/sqlite-store';

const dir = mkdtempSync(join(tmpdir(), 'parley-article-cli-'));
const dbFile = join(dir, 'parley.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run article -- …` as a person runs it, against the temporary database. */
async function article(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli/article.ts', ...args],
      { env: { ...process.env, PARLEY_DB: dbFile } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

async function stored(slug: string) {
  const store = createSqliteStore(openDb(dbFile));
  try {
    return await store.getArticle(slug);
  } finally {
    await store.close();
  }
}

describe('npm run article', () => {
  it('publishes a Markdown file, replaces it, and deletes it', async () => {
    const file = join(dir, 'post.md');
    writeFileSync(
      file,
      '---\ntitle: From a file\nslug: from-a-file\ndate: 2026-03-01\nlang: fr\ncomments: closed\n---\n' +
        '# Part one\n\nWith <script>alert(1)</script> in it.\n',
    );
    const first = await article('put', file);
    expect(first).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Published \/articles\/from-a-file/),
    });
    expect(await stored('from-a-file')).toEqual({
      slug: 'from-a-file',
      title: 'From a file',
      lang: 'fr',
      publishedAt: '2026-03-01T00:00:00.000Z',
      bodyHtml: '<h2>Part one</h2>\n<p>With &lt;script&gt;alert(1)&lt;/script&gt; in it.</p>',
      commentsOpen: false,
      commentCount: 0,
    });
    expect((await article('put', file)).stdout).toMatch(/^Replaced/);

    const deleted = await article('delete', 'from-a-file', '--comments', 'delete');
    expect(deleted).toMatchObject({ code: 0, stdout: expect.stringMatching(/and its comments/) });
    expect(await stored('from-a-file')).toBeNull();
    expect(await article('delete', 'from-a-file')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/no article/),
    });
  }, 30_000);

  it('refuses a file the API would refuse, and says why', async () => {
    const file = join(dir, 'bad.md');
    writeFileSync(file, '---\ntitle: Bad\nslug: bad\ndate: 2026-03-01\nlang: en_US\n---\nBody\n');
    expect(await article('put', file)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/bad\.md: lang: .*BCP 47/),
    });
    expect(await article('publish', file)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/usage/),
    });
  }, 30_000);
});
