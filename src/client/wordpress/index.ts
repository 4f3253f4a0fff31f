/** A WordPress site's post and discussion (/wp/<site>/<post>): loaded only for those addresses. */
export { WordPressArticlePage } from './wordpress-article-page';
