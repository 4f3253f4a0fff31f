import type { Comment } from '../../core/schemas';

/** For a comment this reader sent: "Posting…", "Awaiting moderation", or what failed and Retry. */
export function LocalCommentStatus(_props: { slug: string; comment: Comment }) {
  return null;
}
