import { useMemo } from 'react';
import { sanitizeArticleHtml } from './sanitize-html';

/** The article's HTML through DOMPurify: for browsers without the Sanitizer API. */
export function PurifiedArticleBody({ html }: { html: string }) {
  const clean = useMemo(() => sanitizeArticleHtml(html), [html]);
  return <div className="article__body" dangerouslySetInnerHTML={{ __html: clean }} />;
}
