import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;

/**
 * A small classic script of its own, written beside the client's files: no React, no imports
 * left, one IIFE.
 */
const scriptBuild = (entry: string, fileName: string, name: string) =>
  defineConfig({
    build: {
      outDir: 'dist/client',
      emptyOutDir: false,
      lib: { entry, formats: ['iife'], name, fileName: () => fileName },
    },
  });

/**
 * The host page's scripts (/embed.js, /count.js) and the embed frame's boot script
 * (/embed-frame.js).
 */
const scriptBuilds: Record<string, ReturnType<typeof scriptBuild>> = {
  'embed-host': scriptBuild('src/embed-host/embed.ts', 'embed.js', 'ParleyEmbed'),
  'embed-frame': scriptBuild('src/client/embed/frame-boot.ts', 'embed-frame.js', 'ParleyFrame'),
  // Comment counts on a host's index pages (/count.js).
  'count-host': scriptBuild('src/embed-host/count.ts', 'count.js', 'ParleyCount'),
};

const appConfig = defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist/client',
    sourcemap: true,
    // .vite/manifest.json maps source modules to chunks: the byte budgets (test/bench) read it.
    manifest: true,
  },
  server: {
    // `npm run dev`: Vite serves the client and hands the API to the Parley server.
    proxy: { '/api': apiTarget, '/healthz': apiTarget },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/{unit,components,server}/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/setup.ts'],
          restoreMocks: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // Two cores: one browser at a time keeps timings steady.
          fileParallelism: false,
        },
      },
    ],
  },
});

export default defineConfig(({ mode, isSsrBuild }) => {
  if (isSsrBuild) {
    // The server (dist/server) serves the client's public files from dist/client: no second copy.
    return { ...appConfig, build: { ...appConfig.build, copyPublicDir: false } };
  }
  return scriptBuilds[mode] ?? appConfig;
});
