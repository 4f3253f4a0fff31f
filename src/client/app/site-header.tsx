import { Link } from 'wouter';

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Link href="/" className="site-header__brand">
        Parley
      </Link>
    </header>
  );
}
