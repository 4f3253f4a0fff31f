/** What the rest of the client needs from the article feature: its page, its view, its queries. */
export { preloadArticleSanitizer } from './article-body';
export { ArticlePage } from './article-page';
export { articleQueries } from './article-queries';
export { ArticleView } from './article-view';
