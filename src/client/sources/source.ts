import type {
  Article,
  ArticleSummary,
  Comment,
  CommentPage,
  CommentSort,
  NewCommentInput,
} from '../../core/schemas';

/**
 * Where articles and comments come from. Every source returns the same domain model; the rest of
 * the client never knows which one it talks to.
 */
export interface Source {
  /** Part of every query key, so two sources never share cached data. */
  readonly id: string;
  /** False for read-only sources (a static JSON file): the page then says replies are unavailable. */
  readonly canReply: boolean;
  listArticles(signal?: AbortSignal): Promise<ArticleSummary[]>;
  getArticle(slug: string, signal?: AbortSignal): Promise<Article>;
  getComments(slug: string, page: CommentPageRequest, signal?: AbortSignal): Promise<CommentPage>;
  postComment(slug: string, input: NewCommentInput, signal?: AbortSignal): Promise<Comment>;
}

export interface CommentPageRequest {
  sort: CommentSort;
  cursor: string | null;
}
