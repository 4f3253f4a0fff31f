import type { ArticleSummary, CommentPage, StaticArticleFile } from '../core/schemas';
import type { Store } from './store';

/** The files a serverless copy of Parley reads: one per article, and an index of them all. */
export interface StaticExport {
  index: { articles: ArticleSummary[] };
  files: Map<string, StaticArticleFile>;
}

export async function exportStatic(store: Store): Promise<StaticExport> {
  const articles = await store.listArticles();
  const files = new Map<string, StaticArticleFile>();
  for (const { slug } of articles) {
    const article = (await store.getArticle(slug))!;
    const comments: StaticArticleFile['comments'] = [];
    let cursor: string | null = null;
    do {
      const page: CommentPage = (await store.listComments(slug, {
        sort: 'oldest',
        limit: 500,
        cursor,
      }))!;
      comments.push(...page.comments);
      cursor = page.nextCursor;
    } while (cursor !== null);
    files.set(slug, { article, comments });
  }
  return { index: { articles }, files };
}
