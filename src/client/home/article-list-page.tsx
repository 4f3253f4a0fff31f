import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'wouter';
import { articleQueries } from '../article';
import { SiteHeader } from '../ui/site-header';
import { useI18n } from '../i18n/i18n-context';
import { formatDateTime } from '../lib/format-date';
import { useSource } from '../sources/source-context';
import { ErrorPanel } from '../ui/error-panel';
import { SkeletonLines } from '../ui/skeleton';

export function ArticleListPage() {
  const source = useSource();
  const { t, locale } = useI18n();
  const articles = useQuery(articleQueries.list(source));

  useEffect(() => {
    document.title = 'Parley';
  }, []);

  return (
    <>
      <SiteHeader />
      <main id="main" className="page">
        <h1>{t('home.title')}</h1>
        {articles.isPending ? (
          <SkeletonLines lines={3} label={t('home.loading')} />
        ) : articles.isError ? (
          <ErrorPanel error={articles.error} onRetry={() => void articles.refetch()} />
        ) : articles.data.length === 0 ? (
          <p>{t('home.empty')}</p>
        ) : (
          <ul className="article-list">
            {articles.data.map((article) => (
              <li key={article.slug} className="article-list__item">
                <Link href={`/articles/${article.slug}`} className="article-list__title">
                  {article.title}
                </Link>
                <p className="article-list__meta">
                  {article.publishedAt && (
                    <>
                      <time dateTime={article.publishedAt}>
                        {formatDateTime(article.publishedAt, locale)}
                      </time>
                      {' · '}
                    </>
                  )}
                  {t('discussion.count', { count: article.commentCount })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
