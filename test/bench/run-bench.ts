/**
 * `npm run bench`: every benchmark in one run, written to docs/bench/results.md and results.json.
 *   --seed N          other synthetic discussions (default 1)
 *   --quick           fewer rounds
 *   --baseline DIR    also measures the checkout in DIR (an older commit, say), in the same run,
 *                     taking turns with this one: "before and after" ratios
 *   --baseline-label  what the baseline is, for the results (a commit, "before issue 8")
 *   --out DIR         where to write (default docs/bench)
 * Nothing here fails on a slow machine: figures are reported, never asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { startServer, type RunningServer } from '../e2e/server-process';
import { launchBenchBrowser } from './bench-browser';
import { buildForBench, type Build } from './bench-build';
import { createBenchDb, type BenchArticles } from './bench-db';
import { measureViews } from './bundle-views';
import { collapseTimings, openDiscussion, typingLatency } from './interactions';
import { describeMachine } from './machine';
import { measurePageLoad, type PageLoad } from './page-load';
import { resultsMarkdown, type BuildResults } from './results-markdown';
import { limits } from '../../src/core/limits';
import { benchCacheBusting } from './cache-busting-bench';
import { benchServer } from './server-bench';
import { medianOf, repeat } from './stats';
import { wordPressReference } from './wordpress-reference';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    quick: { type: 'boolean', default: false },
    baseline: { type: 'string' },
    'baseline-label': { type: 'string' },
    out: { type: 'string', default: 'docs/bench' },
  },
});
const seed = Number(values.seed);
const quick = values.quick;
const loads = quick ? 3 : 5;
const typingRoundCount = quick ? 1 : 3;
const step = (what: string) => console.log(`\n=== ${what}`);

interface Running {
  build: Build;
  server: RunningServer;
}

step('build');
const builds = [buildForBench('current')];
if (values.baseline) builds.push(buildForBench('baseline', values.baseline));

step(`databases (seed ${seed})`);
const running: Running[] = [];
let articles: BenchArticles | undefined;
for (const build of builds) {
  // A database each: a server may migrate it, and posts must not reach the other's reads.
  const db = await createBenchDb(seed);
  articles = db.articles;
  const server = await startServer({
    dbFile: db.dbFile,
    entry: build.serverEntry,
    env: { PARLEY_RATE_LIMIT: 'off', PARLEY_LOG: 'errors' },
  });
  running.push({ build, server });
}

try {
  const browser = await launchBenchBrowser();
  try {
    const results = await measureAll(browser, running, articles!);
    const wordpress = await wordPressReference(browser, loads, seed);
    const all = {
      machine: describeMachine(),
      seed,
      commit: currentCommit(),
      baselineLabel: values['baseline-label'] ?? values.baseline ?? null,
      builds: results,
      wordpress,
    };
    mkdirSync(values.out, { recursive: true });
    // Formatted as the repository's own files are, so the results pass `npm run format:check`.
    const write = async (file: string, text: string, parser: string) => {
      const path = join(values.out, file);
      const options = { ...(await resolveConfig(path)), parser };
      writeFileSync(path, await format(text, options));
    };
    await write('results.json', JSON.stringify(all), 'json');
    await write('results.md', resultsMarkdown(all), 'markdown');
    step(`written to ${values.out}/results.md and results.json`);
  } finally {
    await browser.close();
  }
} finally {
  for (const { server } of running) await server.stop();
}

/** This checkout's commit, marked when files differ from it. */
function currentCommit(): string {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  try {
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' with changes' : ''}`;
  } catch {
    return 'unknown';
  }
}

async function measureAll(
  browser: Browser,
  runs: Running[],
  { demo, small, large, index }: BenchArticles,
): Promise<BuildResults[]> {
  const results: BuildResults[] = runs.map(({ build }) => ({
    name: build.name,
    bytes: measureViews(build.clientDir),
    pages: [],
    typing: undefined,
    collapse: undefined,
    server: undefined,
  }));

  step('page loads');
  const targets = [
    { name: 'Demo article, reader', path: `/articles/${demo}` },
    { name: 'Demo article, embed', path: `/embed/${demo}` },
    { name: '1,000 comments, reader', path: `/articles/${small}` },
    { name: '1,000 comments, embed', path: `/embed/${small}` },
    { name: '10,000 comments, reader', path: `/articles/${large}` },
    { name: '10,000 comments, embed', path: `/embed/${large}` },
  ];
  for (const target of targets) {
    const samples: PageLoad[][] = runs.map(() => []);
    // Builds take turns, so a slow minute on a shared machine falls on both.
    for (let round = 0; round < loads; round++) {
      for (const [i, { server }] of runs.entries()) {
        samples[i]!.push(
          await measurePageLoad(browser, server.url + target.path, 'article.comment'),
        );
      }
    }
    for (const [i, result] of results.entries()) {
      result.pages.push({ name: target.name, ...medianOf(samples[i]!) });
      console.log(result.name, JSON.stringify(result.pages.at(-1)));
    }
  }

  for (const [i, { server }] of runs.entries()) {
    const result = results[i]!;
    step(`${result.name}: typing and collapsing with 10,000 comments loaded`);
    const page = await openDiscussion(browser, `${server.url}/articles/${large}`, {
      total: 10_000,
    });
    // A p95 of 200 keys moves with whatever else the shared machine does: the median of rounds.
    const typingRounds = async (field: string) =>
      medianOf(await repeat(typingRoundCount, () => typingLatency(page, field)));
    const leaveReply = await typingRounds('section.leave-reply form textarea');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.comment-actions__reply').first().click();
    const inlineReply = await typingRounds(
      'form.reply-form:not(section.leave-reply form) textarea',
    );
    result.typing = { leaveReply, inlineReply };
    console.log(JSON.stringify(result.typing));
    const answer = await fetch(`${server.url}/api/articles/${large}/comments?sort=replies&limit=1`);
    const [big] = ((await answer.json()) as { comments: { id: string }[] }).comments;
    result.collapse = await collapseTimings(page, big!.id, quick ? 5 : 10);
    console.log(JSON.stringify(result.collapse));
    await page.context().close();
  }

  for (const [i, { server }] of runs.entries()) {
    const result = results[i]!;
    step(`${result.name}: server`);
    const answer = await fetch(`${server.url}/api/articles/${small}/comments?limit=1`);
    const [parent] = ((await answer.json()) as { comments: { id: string }[] }).comments;
    result.server = await benchServer({
      url: server.url,
      readSlug: large,
      postSlug: small,
      parentId: parent!.id,
      indexSlugs: index,
      rounds: quick ? 1 : 3,
      seconds: quick ? 3 : 5,
    });
    console.log(JSON.stringify(result.server));
  }

  for (const [i, { server }] of runs.entries()) {
    const result = results[i]!;
    step(`${result.name}: requests made to miss every cache`);
    result.cacheBusting = await benchCacheBusting({
      url: server.url,
      attackSlug: large,
      probeSlug: small,
      pageLimit: limits.commentsPageMax,
      seconds: quick ? 5 : 10,
    });
    console.log(JSON.stringify(result.cacheBusting));
  }
  return results;
}
