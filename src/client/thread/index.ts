/**
 * What the pages need from the thread feature: the discussion under an article, asking for its
 * first page early, the query options the embed's first view seeds, and the comment HTML
 * sanitiser that a source sending HTML preloads.
 */
export { CommentHtml } from './comment-body';
export { commentQueries } from './comment-queries';
export { CommentSection, type DiscussionOptions } from './comment-section';
export { usePrefetchComments } from './use-prefetch-comments';
