import { Link } from 'wouter';
import { useT } from '../i18n/i18n-context';
import { ThemeSwitch } from './theme-switch';

export function SiteHeader() {
  const t = useT();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <Link href="/" className="site-header__brand">
        {t('nav.home')}
      </Link>
      <ThemeSwitch />
    </header>
  );
}
