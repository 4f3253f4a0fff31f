import type { PublishedArticle } from '../article-writes';

/**
 * What the Store takes to import one feed entry (npm run import:feed): its id in the feed, the
 * slugs it may take when new (the first free one wins), and the article, already checked and
 * sanitised. Comments stay open on a new article; an update keeps what the owner chose.
 */
export interface FeedEntryWrite {
  /** The entry's RSS guid or Atom id (its link when it has none). */
  entryId: string;
  slugs: readonly string[];
  article: Omit<PublishedArticle, 'slug' | 'commentsOpen'>;
}

export type FeedEntryResult =
  | { kind: 'created' | 'updated' | 'unchanged'; slug: string }
  /** Its article was deleted here (comments kept): an import does not bring it back. */
  | { kind: 'deleted'; slug: string }
  /** New, and every slug it may take belongs to another article. */
  | { kind: 'slug-taken' };
