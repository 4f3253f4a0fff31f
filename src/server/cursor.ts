import type { CommentSort } from '../core/schemas';

/** Where the next page of threads starts: the n-th root in the sort order, and how far into it. */
export interface CursorPosition {
  rootIndex: number;
  offset: number;
}

export function encodeCursor({
  sort,
  rootIndex,
  offset,
}: CursorPosition & { sort: CommentSort }): string {
  return Buffer.from(`${sort}:${rootIndex}:${offset}`).toString('base64url');
}

/** Null for anything this server did not give out, or a cursor of another sort order. */
export function decodeCursor(cursor: string, sort: CommentSort): CursorPosition | null {
  const match = /^([a-z]+):(\d{1,9}):(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match || match[1] !== sort) return null;
  return { rootIndex: Number(match[2]), offset: Number(match[3]) };
}
