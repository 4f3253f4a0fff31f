import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { ArticlePage } from '../article';
import { useT } from '../i18n/i18n-context';
import { SiteHeader } from '../ui/site-header';
import { HttpError } from '../lib/http';
import { ErrorPanel } from '../ui/error-panel';
import { SkeletonLines } from '../ui/skeleton';
import { CommentHtml } from '../thread';
import { SourceProvider } from '../sources/source-context';
import { publicConfigQuery } from './public-config-queries';
import { createWordPressSource } from '../sources/wordpress/wordpress-source';

/**
 * /wp/<site>/<post>: a post and its discussion read from a WordPress site, through the same
 * article page as Parley's own. Only the sites the operator allows (PARLEY_WORDPRESS_SITES, as
 * GET /api/config lists them) are shown, so nobody can show arbitrary pages under this domain.
 */
export function WordPressArticlePage({ site, slug }: { site: string; slug: string }) {
  const t = useT();
  const config = useQuery(publicConfigQuery());
  // WordPress comments come as HTML: their sanitiser loads while the post does.
  useEffect(() => void CommentHtml.preload(), []);
  const url = config.data?.wordpressSites.find((s) => s.name === site)?.url;
  // One source per site for the life of the page: its id keys the cache, drafts and outbox.
  const source = useMemo(() => (url ? createWordPressSource(url) : null), [url]);

  if (source) {
    return (
      <SourceProvider source={source}>
        <ArticlePage slug={slug} />
      </SourceProvider>
    );
  }
  return (
    <>
      <SiteHeader />
      <main id="main" className="page">
        {config.isPending ? (
          <SkeletonLines lines={3} label={t('article.loading')} />
        ) : (
          <ErrorPanel
            error={
              config.error ??
              new HttpError(
                404,
                'site_not_allowed',
                `${site} is not allowed`,
                undefined,
                undefined,
                { site },
              )
            }
            onRetry={() => void config.refetch()}
          />
        )}
      </main>
    </>
  );
}
