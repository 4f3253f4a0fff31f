import { publishedColumns, type PublishedColumns } from '../article-columns';
import type { Db } from '../db';
import type { FeedEntryResult, FeedEntryWrite } from './entry-write';

interface ImportedRow extends PublishedColumns {
  slug: string;
}

/** The write behind the Store's importFeedEntry: one transaction per entry. */
export function createFeedWrites(db: Db) {
  const statements = {
    byEntry: db.prepare<[string], ImportedRow>(
      `SELECT id, slug, title, canonical_url, lang, author, published_at, body_html, deleted_at
       FROM articles WHERE feed_entry_id = ?`,
    ),
    // Deleted or not, a slug is one row for good (sqlite-article-writes.ts).
    slugTaken: db.prepare<[string], number>('SELECT 1 FROM articles WHERE slug = ?').pluck(),
    insert: db.prepare(`
      INSERT INTO articles (slug, feed_entry_id, title, canonical_url, lang, author, published_at,
                            body_html, comments_open)
      VALUES (@slug, @entryId, @title, @url, @lang, @author, @publishedAt, @bodyHtml, 1)`),
    // Comments open or closed and the lead image stay as they are: a feed says nothing of them.
    update: db.prepare(`
      UPDATE articles SET title = @title, canonical_url = @url, lang = @lang, author = @author,
        published_at = @publishedAt, body_html = @bodyHtml
      WHERE id = @id`),
  };

  return db.transaction((entry: FeedEntryWrite): FeedEntryResult => {
    const columns = publishedColumns(entry.article);
    const row = statements.byEntry.get(entry.entryId);
    if (row) {
      if (row.deleted_at !== null) return { kind: 'deleted', slug: row.slug };
      const same =
        row.title === columns.title &&
        row.canonical_url === columns.url &&
        row.lang === columns.lang &&
        row.author === columns.author &&
        row.published_at === columns.publishedAt &&
        row.body_html === columns.bodyHtml;
      if (same) return { kind: 'unchanged', slug: row.slug };
      statements.update.run({ id: row.id, ...columns });
      return { kind: 'updated', slug: row.slug };
    }
    const slug = entry.slugs.find((candidate) => statements.slugTaken.get(candidate) === undefined);
    if (slug === undefined) return { kind: 'slug-taken' };
    statements.insert.run({ slug, entryId: entry.entryId, ...columns });
    return { kind: 'created', slug };
  });
}
