import { Suspense } from 'react';
import { linkify } from '../../core/linkify';
import { lazyWithPreload } from '../lib/lazy-with-preload';

/** Only sources that send HTML need the sanitiser (DOMPurify): it loads when one does. */
export const CommentHtml = lazyWithPreload(() =>
  import('./comment-html').then((module) => module.CommentHtml),
);

/**
 * A comment's text: paragraphs split on blank lines, web addresses as links, everything else as
 * text — never as HTML. A source that sends HTML (WordPress) gives `html` too: it is shown
 * through the comment sanitiser's allowlist instead.
 */
export function CommentBody({ text, html }: { text: string; html?: string | undefined }) {
  if (html !== undefined) {
    // The text while the sanitiser loads: the same words, only without their formatting.
    return (
      <Suspense fallback={<CommentBody text={text} />}>
        <CommentHtml html={html} />
      </Suspense>
    );
  }
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <div className="comment__body">
      {paragraphs.map((paragraph, i) => (
        <p key={i}>
          {linkify(paragraph).map((part, j) =>
            part.kind === 'link' ? (
              <a key={j} href={part.href} rel="nofollow ugc noopener">
                {part.text}
              </a>
            ) : (
              part.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}
