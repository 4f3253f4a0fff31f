import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser';
import { startServer } from './server-process';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the app once, starts it on a fresh database, and hands its address to every test file. */
export default async function setup(project: TestProject) {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Browser tests need Chromium at ${chromiumPath}: install it with "apt-get install -y chromium" ` +
        '(.ci/run does this), or run only the unit tests with "npm run test:unit".',
    );
  }
  // Vitest sets NODE_ENV=test, which would make Vite build React's development version.
  execFileSync('npm', ['run', 'build', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  // Besides the demo, synthetic discussions of 1,000 and 10,000 comments (one thread of 1,000).
  const dbFile = join(mkdtempSync(join(tmpdir(), 'parley-e2e-')), 'parley.db');
  for (const args of [
    ['--bulk', '1000'],
    ['--bulk', '10000', '--big-thread', '1000'],
  ]) {
    execFileSync('npx', ['tsx', 'src/server/cli/seed.ts', ...args], {
      stdio: 'inherit',
      env: { ...process.env, PARLEY_DB: dbFile },
    });
  }
  // Tests that check the rate limit start a server of their own; this one lets tests post freely.
  const server = await startServer({ dbFile, env: { PARLEY_RATE_LIMIT: 'off' } });
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
