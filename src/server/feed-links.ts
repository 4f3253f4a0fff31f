import { articleFeedPath, articleFeedTitle, siteFeedPath, siteFeedTitle } from './atom-feed';
import type { FeedArticle } from './store';
import { xmlText } from './xml-text';

const feedLink = (title: string, href: string) =>
  `<link rel="alternate" type="application/atom+xml" title="${xmlText(title)}" href="${xmlText(href)}">`;

/** The <head> links to an article's feed and the site's, for feed readers to discover. */
export const feedLinks = (article: FeedArticle) =>
  feedLink(articleFeedTitle(article), articleFeedPath(article.slug)) +
  feedLink(siteFeedTitle, siteFeedPath);

/** `html` with `article`'s feed links at the end of its <head>. */
export function withFeedLinks(html: string, article: FeedArticle): string {
  // A function, not a string: "$&" in a title must stay text, not a pattern.
  return html.replace('</head>', () => `${feedLinks(article)}</head>`);
}
