import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A production build: its client files and the server that serves them. */
export interface Build {
  name: string;
  clientDir: string;
  serverEntry: string;
}

/**
 * Builds the checkout at `root` (client, host script, server) into a folder of its own under
 * node_modules/.cache, so the browser tests' `npm run build` into dist/ can never swap files
 * under a running benchmark. Kept inside the project so the server finds its node_modules.
 */
export function buildForBench(name: string, root = '.'): Build {
  const outDir = resolve('node_modules/.cache/parley-bench', name);
  const vite = (...args: string[]) =>
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], {
      cwd: root,
      stdio: 'inherit',
      // Vitest or a shell may set NODE_ENV; the figures are for the production build.
      env: { ...process.env, NODE_ENV: 'production' },
    });
  const clientDir = join(outDir, 'client');
  vite('--outDir', clientDir, '--emptyOutDir');
  vite('--mode', 'embed-host', '--outDir', clientDir);
  // The embed frame's boot script, in builds that render the embed's first view on the server.
  if (existsSync(join(root, 'src/client/embed/frame-boot.ts'))) {
    vite('--mode', 'embed-frame', '--outDir', clientDir);
  }
  // The index pages' count script (issue 17), in builds that have it.
  if (existsSync(join(root, 'src/embed-host/count.ts'))) {
    vite('--mode', 'count-host', '--outDir', clientDir);
  }
  vite('--ssr', 'src/server/index.ts', '--outDir', join(outDir, 'server'), '--emptyOutDir');
  const serverEntry = join(outDir, 'server', 'index.js');
  if (!existsSync(serverEntry)) throw new Error(`The build of ${root} has no ${serverEntry}.`);
  return { name, clientDir, serverEntry };
}
