import { Suspense } from 'react';
import { linkify } from '../../core/linkify';
import { lazyWithPreload } from '../lib/lazy-with-preload';

/** Only sources that send HTML need the sanitiser (DOMPurify): it loads when one does. */
export const CommentHtml = lazyWithPreload(() =>
  import('./comment-html').then((module) => module.CommentHtml),
);

/**
 * A line that shows nothing: spaces, and characters with no glyph (zero-width spaces and joiners,
 * Hangul fillers, the blank Braille pattern, variation selectors, …).
 */
const blankLine = /^[\s\p{Default_Ignorable_Code_Point}\u2800]*$/u;

/**
 * A comment's paragraphs: its lines, split where one or more blank lines come. A run of blank
 * lines is one break however long, and a line of invisible characters is blank too (such lines
 * used to take a line of height each: thousands of them made a comment thousands of lines tall).
 */
export function paragraphsOf(text: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of text.split(/\r\n?|\n/)) {
    if (!blankLine.test(line)) {
      current.push(line);
    } else if (current.length > 0) {
      paragraphs.push(current.join('\n'));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current.join('\n'));
  return paragraphs;
}

/**
 * A comment's text: paragraphs split on blank lines (see `paragraphsOf`), web addresses as
 * links, everything else as text — never as HTML. A source that sends HTML (WordPress) gives
 * `html` too: it is shown through the comment sanitiser's allowlist instead.
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
  const paragraphs = paragraphsOf(text);
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
