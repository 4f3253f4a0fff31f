import type { PublishedArticle } from './article-writes';

/** An article's published fields as the articles table holds them (what PUT and a feed write). */
export interface PublishedColumns {
  id: number;
  title: string;
  canonical_url: string | null;
  lang: string | null;
  author: string | null;
  published_at: string | null;
  body_html: string;
  deleted_at: string | null;
}

/** The named parameters those fields are written with, from an article as checked. */
export const publishedColumns = (article: Omit<PublishedArticle, 'slug' | 'commentsOpen'>) => ({
  title: article.title,
  url: article.url ?? null,
  lang: article.lang ?? null,
  author: article.author ?? null,
  publishedAt: article.publishedAt ?? null,
  bodyHtml: article.bodyHtml,
});
