import { sanitizeCommentHtml } from '../lib/sanitize-comment-html';

/** A comment's HTML (WordPress), through the comment sanitiser's allowlist. Loaded on demand. */
export function CommentHtml({ html }: { html: string }) {
  return (
    <div
      className="comment__body"
      dangerouslySetInnerHTML={{ __html: sanitizeCommentHtml(html) }}
    />
  );
}
