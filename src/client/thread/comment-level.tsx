import type { ReactNode } from 'react';

/** Levels indented on every screen, and the extra levels indented only on wide ones. */
export const indentedEverywhere = 3;
export const indentedWhenWide = 6;

/** Which indentation a list of replies at `depth` gets (see styles.css). */
export function indentFor(depth: number): 'none' | 'always' | 'wide' {
  if (depth === 0) return 'none';
  if (depth <= indentedEverywhere) return 'always';
  if (depth <= indentedWhenWide) return 'wide';
  return 'none';
}

interface Props {
  /** 0 for the top-level threads. */
  depth: number;
  /** Kept on the page but hidden: the replies of a collapsed comment. */
  hidden?: boolean | undefined;
  children: ReactNode;
}

/**
 * The list that holds one level of the discussion. Its own file, so that a comment can render
 * its replies' list and the top-level list its comments without importing each other.
 */
export function CommentLevel({ depth, hidden, children }: Props) {
  return (
    <ol className="comment-list" data-indent={indentFor(depth)} hidden={hidden}>
      {children}
    </ol>
  );
}
