import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { syntheticDiscussion } from '../../src/server/seed/synthetic-discussion';
import { stateFile } from '../wordpress/test-site';
import { measurePageLoad, type PageLoad } from './page-load';
import { medianOf, repeat } from './stats';

/** WordPress themes mark each comment so (classic themes and block themes alike). */
const wordPressComment =
  'li.comment .comment-body, li.comment .wp-block-comment-content, li.comment';

/**
 * WordPress's own post page with the same 1,000 synthetic comments Parley is measured on, where
 * the test WordPress (.ci/wordpress/up.sh) is running; null, with a note, where it is not.
 */
export async function wordPressReference(
  browser: Browser,
  loads: number,
  seed: number,
): Promise<(PageLoad & { name: string })[] | null> {
  const site = await runningSite();
  if (!site) {
    console.log('No test WordPress running (npm run wordpress:up): its side is left out.');
    return null;
  }
  const article = syntheticDiscussion({
    comments: 1000,
    seed,
    slug: `parley-bench-1000-seed-${seed}`,
  });
  const postUrl = execFileSync(
    'php',
    [join(import.meta.dirname, 'wordpress-seed.php'), new URL(site).host],
    {
      input: JSON.stringify(article),
      encoding: 'utf8',
    },
  ).trim();
  try {
    const runs = await repeat(loads, () => measurePageLoad(browser, postUrl, wordPressComment));
    return [{ name: 'WordPress post page, same 1,000 comments', ...medianOf(runs) }];
  } catch (error) {
    // Without a theme (up.sh installs twentytwentythree) the post page is blank.
    console.log(
      `WordPress's post page showed no comments (${String(error).split('\n')[0]}); is a theme ` +
        'installed (apt-get install wordpress-theme-twentytwentythree)? Its side is left out.',
    );
    return null;
  }
}

async function runningSite(): Promise<string | null> {
  if (!existsSync(stateFile)) return null;
  try {
    const { pretty } = JSON.parse(readFileSync(stateFile, 'utf8')) as { pretty?: { url?: string } };
    if (!pretty?.url) return null;
    const answer = await fetch(`${pretty.url}/?rest_route=/`, {
      signal: AbortSignal.timeout(5000),
    });
    return answer.ok ? pretty.url : null;
  } catch {
    return null;
  }
}
