// @vitest-environment node
/** npm run import:feed on a file: skipped entries listed, the summary line, exit codes (issue 17 item 3). */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { rssItem, rssOf } from '../feed/fixtures';

const run = (args: string[], db: string) =>
  promisify(execFile)('npx', ['tsx', 'src/server/cli/import-feed.ts', ...args], {
    env: { ...process.env, PARLEY_DB: db },
  });

describe('npm run import:feed', () => {
  it('lists each skipped entry with why, ends with the counts, and changes nothing on a second run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-feed-cli-'));
    const feed = join(dir, 'feed.xml');
    writeFileSync(
      feed,
      rssOf(
        rssItem({ guid: 'a', title: 'First', content: '<![CDATA[<p>One.</p>]]>' }),
        rssItem({ title: 'No id', content: 'x' }),
      ),
    );
    const db = join(dir, 'parley.db');
    const first = await run([feed], db);
    expect(first.stderr).toContain(
      'Skipped page 1, entry 2 ("No id"): It has neither a guid/id nor a link.',
    );
    expect(first.stdout).toMatch(/: 1 created, 0 updated, 0 unchanged, 1 skipped\n$/);
    expect((await run([feed], db)).stdout).toMatch(
      /: 0 created, 0 updated, 1 unchanged, 1 skipped\n$/,
    );
  }, 30_000);

  it('exits 1 when the feed cannot be read, 2 for a wrong command line', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'parley-feed-cli-')), 'parley.db');
    await expect(run(['/nonexistent/feed.xml'], db)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Could not import /nonexistent/feed.xml: ENOENT'),
    });
    await expect(run([], db)).rejects.toMatchObject({ code: 2 });
    await expect(run(['a.xml', '--max-pages', '0'], db)).rejects.toMatchObject({ code: 2 });
  }, 30_000);
});
