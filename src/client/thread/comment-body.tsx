import { linkify } from '../../core/linkify';

/**
 * A comment's text: paragraphs split on blank lines, web addresses as links, everything else as
 * text — never as HTML.
 */
export function CommentBody({ text }: { text: string }) {
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
