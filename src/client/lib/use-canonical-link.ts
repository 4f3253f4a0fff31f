import { useEffect } from 'react';

/**
 * `<link rel="canonical">` for the page on show, so search engines keep one address per article:
 * without its query (?lang=, ?source=) and, for an embed, the reader's own page. Set per route
 * from here because every route shares one index.html (which, under the CSP, has no inline script).
 * `null` (a page still loading, or not found) leaves the head without one.
 */
export function useCanonicalLink(path: string | null) {
  useEffect(() => {
    if (path === null) return;
    const link = document.createElement('link');
    link.rel = 'canonical';
    link.href = new URL(path, location.origin).href;
    document.head.append(link);
    return () => link.remove();
  }, [path]);
}
