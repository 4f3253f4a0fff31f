import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { compress } from 'hono/compress';
import { existsSync, readFileSync } from 'node:fs';
import { Server } from 'node:http';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app';
import { configFromEnv } from './config';
import { openDb } from './db';
import { builtModulesOf } from './client-manifest';
import { embedFirstView } from './embed-first-view';
import { gracefulShutdown } from './graceful-shutdown';
import { seedDemo } from './seed';
import { createSqliteStore } from './sqlite-store';

// React picks its production or development build from NODE_ENV when it is first imported, so
// the embed's renderer is imported only now: a server started without one (`npm start`) is a
// production server, and React's development build renders three to four times slower.
process.env.NODE_ENV ??= 'production';
const { renderEmbedFirstView } = await import('../client/embed/render-first-view');

const config = configFromEnv(process.env);
const store = createSqliteStore(openDb(config.dbFile));
await seedDemo(store);

const app = createApp(store, config);

// The built client sits beside the built server (dist/client next to dist/server).
const clientDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'client');
if (existsSync(clientDir)) {
  const root = relative(process.cwd(), clientDir);
  // The scripts and styles shrink to about a third gzipped: on a phone's connection that is
  // more than a second of Lighthouse's First Contentful Paint (its "enable text compression").
  app.use('/assets/*', compress());
  app.use('/*', serveStatic({ root }));
  // The embed's comments arrive as HTML, so its host can show them before the app's script.
  app.get(
    '/embed/:slug',
    embedFirstView({
      store,
      template: readFileSync(join(clientDir, 'index.html'), 'utf8'),
      render: renderEmbedFirstView,
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

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const host = info.address.includes(':') ? `[${info.address}]` : info.address;
  console.log(`Parley is running at http://${host}:${info.port}/`);
  console.log(`Database: ${config.dbFile}`);
});

// serve() makes a plain HTTP/1.1 server unless asked for HTTP/2, which Parley never does.
if (!(server instanceof Server)) throw new Error('Parley expects a plain HTTP server.');
const shutdown = gracefulShutdown(server, () => store.close());
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
