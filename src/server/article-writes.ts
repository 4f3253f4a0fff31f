import type { Article } from '../core/schemas';

/**
 * What the Store takes to publish an article (PUT /api/articles/:slug, `npm run article`): the
 * body already rendered and sanitised (sanitize-article.ts), every field already checked.
 */
export interface PublishedArticle {
  slug: string;
  title: string;
  url?: string | undefined;
  lang?: string | undefined;
  author?: string | undefined;
  /** UTC, as Date.toISOString writes it. */
  publishedAt?: string | undefined;
  bodyHtml: string;
  commentsOpen: boolean;
}

/** Some of an article's fields (PATCH): null clears an optional one, undefined leaves it. */
export interface ArticleChanges {
  title?: string | undefined;
  url?: string | null | undefined;
  lang?: string | null | undefined;
  author?: string | null | undefined;
  publishedAt?: string | null | undefined;
  bodyHtml?: string | undefined;
  commentsOpen?: boolean | undefined;
}

export interface PublishResult {
  /** `replaced` also for an article deleted with its discussion kept: it is back, with it. */
  kind: 'created' | 'replaced';
  article: Article;
}

/**
 * `keep`: the article and its comments are no longer shown (404) but stay stored, and come back
 * if an article is published at the same slug. `delete`: both are removed for good.
 */
export type CommentsOnDelete = 'keep' | 'delete';
