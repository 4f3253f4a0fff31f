import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;

/**
 * `vite build --mode embed-host` builds the host-page script (/embed.js) on its own: one small
 * IIFE with no React, written beside the client's files.
 */
const embedHostBuild = defineConfig({
  build: {
    outDir: 'dist/client',
    emptyOutDir: false,
    lib: {
      entry: 'src/embed-host/embed.ts',
      formats: ['iife'],
      name: 'ParleyEmbed',
      fileName: () => 'embed.js',
    },
  },
});

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

export default defineConfig(({ mode }) => (mode === 'embed-host' ? embedHostBuild : appConfig));
