import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
  const server = await startServer();
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
