import { useT } from '../i18n/i18n-context';
import { SkeletonLines } from '../ui/skeleton';

/** Where the article will be: its title and a few paragraphs' worth of lines. */
export function ArticleSkeleton() {
  const t = useT();
  return (
    <div className="article">
      <SkeletonLines lines={2} label={t('article.loading')} />
      <SkeletonLines lines={8} />
    </div>
  );
}
