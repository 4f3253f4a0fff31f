import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { ArticlePage } from '../article';
import { EmbedPage } from '../embed/embed-page';
import { ArticleListPage } from '../home/article-list-page';
import { SourceProvider } from '../sources/source-context';
import { lazyWithPreload } from '../lib/lazy-with-preload';
import type { Source } from '../sources/source';
import { ErrorBoundary } from '../ui/error-boundary';
import { ErrorPanel } from '../ui/error-panel';
import { NotFoundPage } from './not-found-page';
import type { SafeStorage } from '../lib/safe-storage';
import { StorageProvider } from '../lib/storage-context';
import { I18nProvider } from '../i18n/i18n-context';
import { english, type Language } from '../i18n/locale';

/** The WordPress source (REST client, mapping, entities) loads only for /wp/ addresses. */
const WordPressArticlePage = lazyWithPreload(() =>
  import('../wordpress').then((module) => module.WordPressArticlePage),
);

interface AppProps {
  source: Source;
  queryClient: QueryClient;
  storage: SafeStorage;
  /** The interface's language (main.tsx picks it from the address and the browser). */
  language?: Language;
}

export function App({ source, queryClient, storage, language = english }: AppProps) {
  return (
    <I18nProvider language={language}>
      <QueryClientProvider client={queryClient}>
        <SourceProvider source={source}>
          <StorageProvider storage={storage}>
            <ErrorBoundary
              fallback={(error, reset) => <ErrorPanel error={error} onRetry={reset} />}
            >
              <Switch>
                <Route path="/">
                  <ArticleListPage />
                </Route>
                <Route path="/articles/:slug">
                  {(params) => <ArticlePage slug={params.slug} />}
                </Route>
                <Route path="/embed/:slug">{(params) => <EmbedPage slug={params.slug} />}</Route>
                <Route path="/wp/:site/:slug">
                  {(params) => (
                    <Suspense fallback={null}>
                      <WordPressArticlePage site={params.site} slug={params.slug} />
                    </Suspense>
                  )}
                </Route>
                <Route>
                  <NotFoundPage />
                </Route>
              </Switch>
            </ErrorBoundary>
          </StorageProvider>
        </SourceProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
