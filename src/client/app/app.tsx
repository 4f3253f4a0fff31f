import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Route, Switch } from 'wouter';
import { ArticlePage } from '../article/article-page';
import { ArticleListPage } from '../home/article-list-page';
import { SourceProvider } from '../sources/source-context';
import type { Source } from '../sources/source';
import { ErrorBoundary } from './error-boundary';
import { ErrorPanel } from '../ui/error-panel';
import { NotFoundPage } from './not-found-page';

export function App({ source, queryClient }: { source: Source; queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <SourceProvider source={source}>
        <ErrorBoundary fallback={(error, reset) => <ErrorPanel error={error} onRetry={reset} />}>
          <Switch>
            <Route path="/">
              <ArticleListPage />
            </Route>
            <Route path="/articles/:slug">{(params) => <ArticlePage slug={params.slug} />}</Route>
            <Route>
              <NotFoundPage />
            </Route>
          </Switch>
        </ErrorBoundary>
      </SourceProvider>
    </QueryClientProvider>
  );
}
