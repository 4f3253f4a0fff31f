import { Link } from 'wouter';
import { SiteHeader } from './site-header';

export function NotFoundPage() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="page">
        <h1>Page not found</h1>
        <p>
          There is nothing at this address. <Link href="/">See all articles</Link>.
        </p>
      </main>
    </>
  );
}
