import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { configFromEnv } from './config';
import { createServer } from './create-server';
import { openServerDb, StartupProblem } from './db-startup';
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

  const app = createServer({
    store,
    config,
    // The built client sits beside the built server (dist/client next to dist/server).
    clientDir: join(dirname(fileURLToPath(import.meta.url)), '..', 'client'),
    // In a thread of its own: a render never holds up the readers this thread answers.
    startRenderer: () => renderInThread(new URL(import.meta.url)),
    localeOf: embedLocale,
    turns,
  });

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
  return import('../client/render-first-view');
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
