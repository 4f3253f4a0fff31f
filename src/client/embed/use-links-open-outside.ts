import { useEffect } from 'react';

/**
 * In a frame, a link to another page must not replace the frame's content: links to other
 * origins, and Parley's own full pages, open in a new tab. In-page links (#comment-…) and the
 * frame's own navigation (a thread's page) stay inside.
 */
export function useLinksOpenOutside() {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement)) return;
      const url = new URL(link.href, window.location.href);
      const sameDocument =
        url.origin === window.location.origin && url.pathname === window.location.pathname;
      if (sameDocument) return;
      link.target = '_blank';
      link.relList.add('noopener');
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);
}
