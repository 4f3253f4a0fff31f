import { useMemo } from 'react';
import { sanitizeArticleHtml } from './sanitize-html';

/** The article's own HTML, sanitised before it reaches the DOM. */
export function ArticleBody({ html }: { html: string }) {
  const clean = useMemo(() => sanitizeArticleHtml(html), [html]);
  return <div className="article__body" dangerouslySetInnerHTML={{ __html: clean }} />;
}
