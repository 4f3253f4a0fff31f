import { Link } from 'wouter';
import { useT } from '../i18n/i18n-context';
import { SiteHeader } from '../ui/site-header';

export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <SiteHeader />
      <main id="main" className="page">
        <h1>{t('notFound.title')}</h1>
        <p>
          {t('notFound.body')} <Link href="/">{t('notFound.link')}</Link>
        </p>
      </main>
    </>
  );
}
