import type { Handler } from 'hono';
import { isArticleId } from '../core/comment-counts';
import { withFeedLinks } from './feed-links';
import type { Store } from './store';

/**
 * GET /articles/:slug, the reader's page: the single-page app's index.html with the article's
 * Atom feeds linked in its <head>. Feed readers and browsers look for those links in the HTML
 * as served and run no script, so the server puts them there; the app cannot. An address that
 * names no article falls through to the plain app, which says so.
 */
export function readerPage(store: Store, template: string): Handler {
  if (!template.includes('</head>')) throw new Error('index.html must have a </head>.');
  return async (c, next) => {
    const slug = c.req.param('slug') ?? '';
    const article = isArticleId(slug) ? await store.getArticle(slug) : null;
    if (!article) return next();
    return c.html(withFeedLinks(template, article));
  };
}
