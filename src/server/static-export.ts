import type { ArticleSummary, Comment, CommentPage, StaticArticleFile } from '../core/schemas';
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
    files.set(slug, { article, comments: await allComments(store, slug) });
  }
  return { index: { articles }, files };
}

/** Every approved comment of an article, oldest thread first, read page by page. */
export async function allComments(store: Store, slug: string): Promise<Comment[]> {
  const comments: Comment[] = [];
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
  return comments;
}
