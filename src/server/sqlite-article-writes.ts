import type { ArticleChanges, CommentsOnDelete, PublishedArticle } from './article-writes';
import { publishedColumns, type PublishedColumns } from './article-columns';
import type { Db } from './db';

interface StoredRow extends PublishedColumns {
  comments_open: number;
}

/** The writes behind the Store's putArticle, updateArticle and deleteArticle, each one transaction. */
export function createArticleWrites(db: Db) {
  const statements = {
    // Deleted or not: a slug is one row for good, so a new article brings the discussion back.
    bySlug: db.prepare<[string], StoredRow>(
      `SELECT id, title, canonical_url, lang, author, published_at, body_html, comments_open,
              deleted_at
       FROM articles WHERE slug = ?`,
    ),
    insert: db.prepare(`
      INSERT INTO articles (slug, title, canonical_url, lang, author, published_at, body_html,
                            comments_open)
      VALUES (@slug, @title, @url, @lang, @author, @publishedAt, @bodyHtml, @commentsOpen)`),
    // A replaced article is the article sent, all of it: a lead image it had goes too.
    replace: db.prepare(`
      UPDATE articles SET title = @title, canonical_url = @url, lang = @lang, author = @author,
        published_at = @publishedAt, body_html = @bodyHtml, comments_open = @commentsOpen,
        lead_image = NULL, deleted_at = NULL
      WHERE id = @id`),
    update: db.prepare(`
      UPDATE articles SET title = @title, canonical_url = @url, lang = @lang, author = @author,
        published_at = @publishedAt, body_html = @bodyHtml, comments_open = @commentsOpen
      WHERE id = @id`),
    hide: db.prepare<[string, number]>('UPDATE articles SET deleted_at = ? WHERE id = ?'),
    deleteComments: db.prepare<[number]>('DELETE FROM comments WHERE article_id = ?'),
    deleteArticle: db.prepare<[number]>('DELETE FROM articles WHERE id = ?'),
  };

  const columns = (article: Omit<PublishedArticle, 'slug'>) => ({
    ...publishedColumns(article),
    commentsOpen: article.commentsOpen ? 1 : 0,
  });

  const put = db.transaction((article: PublishedArticle): 'created' | 'replaced' => {
    const row = statements.bySlug.get(article.slug);
    if (!row) {
      statements.insert.run({ slug: article.slug, ...columns(article) });
      return 'created';
    }
    statements.replace.run({ id: row.id, ...columns(article) });
    return 'replaced';
  });

  /** False when there is no shown article at `slug`: a deleted one comes back by PUT only. */
  const update = db.transaction((slug: string, changes: ArticleChanges): boolean => {
    const row = statements.bySlug.get(slug);
    if (!row || row.deleted_at !== null) return false;
    const pick = <T>(change: T | null | undefined, current: T | null) =>
      change === undefined ? current : change;
    statements.update.run({
      id: row.id,
      title: changes.title ?? row.title,
      url: pick(changes.url, row.canonical_url),
      lang: pick(changes.lang, row.lang),
      author: pick(changes.author, row.author),
      publishedAt: pick(changes.publishedAt, row.published_at),
      bodyHtml: changes.bodyHtml ?? row.body_html,
      commentsOpen: (changes.commentsOpen ?? row.comments_open === 1) ? 1 : 0,
    });
    return true;
  });

  /**
   * False when there is nothing to delete: no article, or (keeping comments) one already
   * deleted. Deleting comments too also clears what a deletion that kept them left stored.
   */
  const remove = db.transaction((slug: string, comments: CommentsOnDelete, now: Date) => {
    const row = statements.bySlug.get(slug);
    if (!row) return false;
    if (comments === 'keep') {
      if (row.deleted_at !== null) return false;
      statements.hide.run(now.toISOString(), row.id);
      return true;
    }
    // One statement for every comment: SQLite checks the replies' foreign keys at its end.
    statements.deleteComments.run(row.id);
    statements.deleteArticle.run(row.id);
    return true;
  });

  return { put, update, remove };
}
