import { serveStatic } from '@hono/node-server/serve-static';
import { compress } from 'hono/compress';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { createApp } from './app';
import { configFromEnv } from './config';
import { hideBuildFiles } from './build-files';
import { openServerDb, StartupProblem } from './db-startup';
import { builtModulesOf } from './client-manifest';
import { embedFirstView } from './embed-first-view';
import { gracefulShutdown } from './graceful-shutdown';
import { listen } from './listen';
import { isRenderThread, renderInThread, serveRenders } from './render-thread';
import { seedDemo } from './seed';
import { createSqliteStore } from './sqlite-store';
import { createTurns } from './turns';

// This file is also the entry of the render thread (render-thread.ts), which only renders.
if (!isMainThread && isRenderThread(workerData)) {
  serveRenders((await importRenderer()).renderEmbedFirstView);
} else {
  await startServer();
}

async function startServer() {
  const config = configFromEnv(process.env);
  // First, so that a database it cannot use stops the server at once, saying why.
  const db = openDatabaseOrStop(config.dbFile);

  const { embedLocale } = await importRenderer();

  // One line for the work that holds the event loop: page reads no cache holds, writes.
  const turns = createTurns();
  const store = createSqliteStore(db, { turns });
  await seedDemo(store);

  const app = createApp(store, config);

  // The built client sits beside the built server (dist/client next to dist/server).
  const clientDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'client');
  if (existsSync(clientDir)) {
    const root = relative(process.cwd(), clientDir);
    // The scripts and styles shrink to about a third gzipped: on a phone's connection that is
    // more than a second of Lighthouse's First Contentful Paint (its "enable text compression").
    app.use('/assets/*', compress());
    app.use('/*', hideBuildFiles());
    app.use('/*', serveStatic({ root }));
    // The embed's comments arrive as HTML, so its host can show them before the app's script.
    app.get(
      '/embed/:slug',
      embedFirstView({
        store,
        template: readFileSync(join(clientDir, 'index.html'), 'utf8'),
        // In a thread of its own: a render never holds up the readers this thread answers.
        render: renderInThread(new URL(import.meta.url)),
        localeOf: embedLocale,
        turns,
        // The app renders over the first view once the form's code (and a Spanish reader's
        // catalogue) is there: fetched alongside it.
        preload: (locale) => [
          ...builtModulesOf(clientDir, 'src/client/reply/reply-form.tsx'),
          ...builtModulesOf(clientDir, `src/client/i18n/${locale}.ts`),
        ],
      }),
    );
    // Every other page is the single-page app, which routes on the client.
    app.get('/*', serveStatic({ root, path: 'index.html' }));
  }

  const server = listen(app, config, (info) => {
    const host = info.address.includes(':') ? `[${info.address}]` : info.address;
    console.log(`Parley is running at http://${host}:${info.port}/`);
    console.log(`Database: ${config.dbFile}`);
  });
  const shutdown = gracefulShutdown(server, () => store.close());
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

/**
 * React picks its production or development build from NODE_ENV when it is first imported, so
 * the embed's renderer is imported only once it is set: a server started without one
 * (`npm start`) is a production server, and React's development build renders three to four
 * times slower.
 */
function importRenderer() {
  process.env.NODE_ENV ??= 'production';
  return import('../client/embed/render-first-view');
}

/** The database, or one sentence on why it cannot be used, and the process stops (no stack). */
function openDatabaseOrStop(file: string) {
  try {
    return openServerDb(file);
  } catch (error) {
    if (!(error instanceof StartupProblem)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
