import type { Comment } from '../../core/schemas';

/** Under each comment: the Reply button and, when open, the inline reply form. */
export function CommentActions(_props: { slug: string; comment: Comment }) {
  return null;
}
