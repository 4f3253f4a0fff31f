import { Hono } from 'hono';
import { countsPath } from '../core/comment-counts';
import { siteFeedPath } from './atom-feed';
import { countsRoute } from './counts';
import { feedRoutes } from './feed-routes';
import type { Store } from './store';

/**
 * What other pages read of Parley's discussions (issue 17): comment counts for index pages
 * (/api/counts, with CORS for any site) and the Atom feeds of comments. Mounted ahead of the API,
 * whose CORS is for the origins an operator names.
 */
export function indexRoutes(store: Store) {
  const routes = new Hono();
  const feeds = feedRoutes(store);
  routes.get(countsPath, countsRoute(store));
  routes.get(siteFeedPath, feeds.site);
  routes.get('/articles/:slug/comments.atom', feeds.article);
  return routes;
}
