import { serveStatic } from '@hono/node-server/serve-static';
import { compress } from 'hono/compress';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createApp } from './app';
import { hideBuildFiles } from './build-files';
import { builtModulesOf } from './client-manifest';
import type { ServerConfig } from './config';
import { embedFirstView, type EmbedLocale, type EmbedRenderer } from './embed-first-view';
import { readerPage } from './reader-page';
import type { Store } from './store';
import { createTurns, type Turns } from './turns';

/**
 * Every route the server answers: the API (app.ts) and, where the built client is there, its
 * files, the embed's server-rendered first view and the single-page app. The entry (index.ts)
 * and the tests build the same server with this; only starting it is the entry's.
 */
export function createServer({
  store,
  config,
  clientDir,
  startRenderer,
  localeOf,
  turns = createTurns(),
}: {
  store: Store;
  config: ServerConfig;
  /** The built client (index.html, assets/, .vite/manifest.json). Without it, the API alone. */
  clientDir: string;
  /**
   * The embed's first-view renderer, asked for once and only where there is a built client to
   * serve (the entry's starts a thread, which a server of the API alone has no use for).
   */
  startRenderer: () => EmbedRenderer;
  localeOf: EmbedLocale;
  /** Shared with the store: a render waits its turn with the other heavy work (turns.ts). */
  turns?: Turns;
}) {
  const app = createApp(store, config);
  // index.html marks a build: beside src/server (`npm run dev`) is src/client, the sources.
  if (!existsSync(join(clientDir, 'index.html'))) return app;

  const root = relative(process.cwd(), clientDir);
  // The scripts and styles shrink to about a third gzipped: on a phone's connection that is
  // more than a second of Lighthouse's First Contentful Paint (its "enable text compression").
  app.use('/assets/*', compress());
  app.use('/*', hideBuildFiles());
  app.use('/*', serveStatic({ root }));
  const template = readFileSync(join(clientDir, 'index.html'), 'utf8');
  // The embed's comments arrive as HTML, so its host can show them before the app's script.
  app.get(
    '/embed/:slug',
    embedFirstView({
      store,
      template,
      render: startRenderer(),
      localeOf,
      turns,
      // The app renders over the first view once the form's code (and a Spanish reader's
      // catalogue) is there: fetched alongside it.
      preload: (locale) => [
        ...builtModulesOf(clientDir, 'src/client/reply/reply-form.tsx'),
        ...builtModulesOf(clientDir, `src/client/i18n/${locale}.ts`),
      ],
      now: () => config.now().getTime(),
    }),
  );
  // The reader's page links the article's Atom feeds (issue 17).
  app.get('/articles/:slug', readerPage(store, template));
  // Every other page is the single-page app, which routes on the client.
  app.get('/*', serveStatic({ root, path: 'index.html' }));
  return app;
}
