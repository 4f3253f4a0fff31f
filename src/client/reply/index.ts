/**
 * What the thread needs from the reply feature (forms, drafts, outbox). The thread renders these
 * slots; the reply feature owns everything behind them.
 */
export { CommentActions } from './comment-actions';
export { LeaveReplyForm } from './leave-reply-form';
export { preloadReplyForm } from './lazy-reply-form';
export { RepliesOpen } from './replies-open';
export { LocalCommentStatus } from './local-comment-status';
export { useLocalComments } from './use-local-comments';
