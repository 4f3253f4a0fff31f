import type {
  Article,
  ArticleSummary,
  Comment,
  CommentPage,
  CommentSort,
  NewComment,
} from '../core/schemas';
import type { SeedArticle } from './seed/seed-article';
import type {
  ArticleChanges,
  CommentsOnDelete,
  PublishedArticle,
  PublishResult,
} from './article-writes';
import type { FeedEntryResult, FeedEntryWrite } from './feed/entry-write';

/**
 * Where articles and comments live. Asynchronous on purpose: SQLite answers synchronously, but a
 * PostgreSQL store for deployments on several machines can implement the same interface without
 * any change to the routes.
 */
export interface Store {
  listArticles(): Promise<ArticleSummary[]>;
  getArticle(slug: string): Promise<Article | null>;
  /** Null when the article does not exist. */
  listComments(slug: string, query: CommentQuery): Promise<CommentPage | null>;
  createComment(slug: string, input: NewComment, options: CreateOptions): Promise<CreateResult>;
  /** Inserts an article and its comments unless an article with that slug exists. */
  seedArticle(article: SeedArticle): Promise<'inserted' | 'exists'>;
  /** Creates the article or replaces it whole, keeping its discussion (article-writes.ts). */
  putArticle(article: PublishedArticle): Promise<PublishResult>;
  /** Creates or updates the article of a feed entry, found by the entry's id (import-feed). */
  importFeedEntry(entry: FeedEntryWrite): Promise<FeedEntryResult>;
  /** Changes some fields of a shown article; null when there is none at `slug`. */
  updateArticle(slug: string, changes: ArticleChanges): Promise<Article | null>;
  /** False when there was nothing to delete. */
  deleteArticle(slug: string, comments: CommentsOnDelete, now: Date): Promise<boolean>;
  close(): Promise<void>;
  /** Shown comments of each article of `slugs` that exists; the others are left out. */
  countComments(slugs: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /**
   * The latest `limit` shown comments, newest first: of the article `slug` (null when it does
   * not exist), or of every article when `slug` is null.
   */
  latestComments(slug: string | null, limit: number): Promise<CommentFeed | null>;
}

/** An article as a feed names it. */
export interface FeedArticle {
  slug: string;
  title: string;
}

/** What an Atom feed of comments is made of: the same object until something is written. */
export interface CommentFeed {
  /** The feed's article; null for the feed of every article. */
  article: FeedArticle | null;
  comments: readonly (Comment & { article: FeedArticle })[];
}

export interface CommentQuery {
  sort: CommentSort;
  limit: number;
  /** Opaque, from a previous page's nextCursor. */
  cursor: string | null;
}

export interface CreateOptions {
  status: Comment['status'];
  now: Date;
}

export type CreateResult =
  | { kind: 'created'; comment: Comment }
  /** The idempotency key was used before for this same request: the first result, nothing new. */
  | { kind: 'replayed'; comment: Comment }
  /** The key was used before for a different request. */
  | { kind: 'key-conflict' }
  | { kind: 'article-not-found' }
  | { kind: 'parent-not-found' }
  | { kind: 'comments-closed' };

export class InvalidCursorError extends Error {
  constructor() {
    super('The cursor is not one this server gave out.');
    this.name = 'InvalidCursorError';
  }
}
